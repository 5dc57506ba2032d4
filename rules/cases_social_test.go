// Cases of the rules added in the second 2026-11-27 provider pass
// (social). Values are built at run time from split parts, never stored
// whole.

package rules_test

// socialCases returns the cases of this pass's social rules.
func socialCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
