// Cases of the rules added in the second 2026-11-27 provider pass
// (docapi). Values are built at run time from split parts, never stored
// whole.

package rules_test

// docapiCases returns the cases of this pass's docapi rules.
func docapiCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
