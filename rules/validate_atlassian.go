package rules

// checkAtlassianCRC32 checks Atlassian API and Bitbucket access tokens
// (ATATT3..., ATCTT3...): the last eight characters are the upper-case
// hex CRC32 of everything before them, "=" separator included.
func checkAtlassianCRC32(secret []byte) Check {
	body, sum, ok := crcHex.split(string(secret))
	return Check{OK: ok && crcHex.verify(body, sum)}
}
