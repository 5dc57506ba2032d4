// Cases of the rules added for well-known commerce, payments, messaging, social and media providers
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rules_test

// bizCases are the generated cases of the commerce, payments, messaging, social and media providers rules.
func bizCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
