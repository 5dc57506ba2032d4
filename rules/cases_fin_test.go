// Cases of the rules added in the 2026-11-27 provider pass (fin): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rules_test

// finCases returns the cases of this pass's fin rules.
func finCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
