// Cases of the rules added in the 2026-11-27 provider pass (host): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rules_test

// hostCases returns the cases of this pass's host rules.
func hostCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
