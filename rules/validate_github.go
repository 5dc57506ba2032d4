package rules

import "strings"

// checkBase62CRC32 checks tokens of the form prefix_RANDOMCHECKS, where
// the last six characters are the base62 CRC32 of the random part, as
// GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens are built.
func checkBase62CRC32(secret []byte) Check {
	s := string(secret)
	random, sum, ok := crcBase62.split(s[strings.LastIndexByte(s, '_')+1:])
	return Check{OK: ok && crcBase62.verify(random, sum)}
}
