// Cases of the rules added in the second 2026-11-27 provider pass
// (idsec). Values are built at run time from split parts, never stored
// whole.

package rules_test

// idsecCases returns the cases of this pass's idsec rules.
func idsecCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
