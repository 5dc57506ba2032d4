// Cases of the rules added for well-known developer platforms, package registries, CI/CD and code tools
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rules_test

// devCases are the generated cases of the developer platforms, package registries, CI/CD and code tools rules.
func devCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
