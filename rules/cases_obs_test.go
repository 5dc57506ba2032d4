// Cases of the rules added for well-known observability, analytics and feature-flag services
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rules_test

// obsCases are the generated cases of the observability, analytics and feature-flag services rules.
func obsCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
