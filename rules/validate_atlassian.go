package rules

import (
	"hash/crc32"
	"strconv"
)

// checkAtlassianCRC32 checks Atlassian API and Bitbucket access tokens
// (ATATT3..., ATCTT3...): the last eight characters are the upper-case
// hex CRC32 of everything before them, "=" separator included.
func checkAtlassianCRC32(secret []byte) Check {
	if len(secret) < 9 {
		return Check{}
	}
	body, sum := secret[:len(secret)-8], secret[len(secret)-8:]
	want, err := strconv.ParseUint(string(sum), 16, 32)
	return Check{OK: err == nil && uint32(want) == crc32.ChecksumIEEE(body)}
}
