// Cases of the rules added in the 2026-11-27 provider pass (crm): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rules_test

// crmCases returns the cases of this pass's crm rules.
func crmCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
