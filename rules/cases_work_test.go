// Cases of the rules added for well-known HR, CRM, marketing, productivity and finance SaaS providers
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rules_test

// workCases are the generated cases of the HR, CRM, marketing, productivity and finance SaaS providers rules.
func workCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
