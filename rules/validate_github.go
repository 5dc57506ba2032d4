package rules

import (
	"hash/crc32"
	"strings"
)

const base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// checkBase62CRC32 checks tokens of the form prefix_RANDOMCHECKS, where
// the last six characters are the base62 CRC32 of the random part, as
// GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens are built.
func checkBase62CRC32(secret []byte) Check {
	s := string(secret)
	underscore := strings.LastIndexByte(s, '_')
	body := s[underscore+1:]
	if len(body) <= 6 {
		return Check{}
	}
	payload, sum := body[:len(body)-6], body[len(body)-6:]
	want, ok := decodeBase62(sum)
	return Check{OK: ok && want == uint64(crc32.ChecksumIEEE([]byte(payload)))}
}

// decodeBase62 decodes s as a big-endian base62 number.
func decodeBase62(s string) (uint64, bool) {
	var n uint64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base62Alphabet, s[i])
		if d < 0 {
			return 0, false
		}
		n = n*62 + uint64(d)
	}
	return n, true
}
