package rules

import "strings"

// checkCloudflareCRC32 checks Cloudflare's scannable credentials (user and
// account API tokens, Global API keys: a cfut_, cfat_ or cfk_ prefix, 40
// characters, a checksum): the last eight characters are the lower-case
// hex CRC32 of the 40 characters between the prefix and the checksum.
func checkCloudflareCRC32(secret []byte) Check {
	s := string(secret)
	i := strings.IndexByte(s, '_')
	if i < 0 {
		return Check{}
	}
	body, sum, ok := crcHexLower.split(s[i+1:])
	return Check{OK: ok && len(body) == 40 && crcHexLower.verify(body, sum)}
}
