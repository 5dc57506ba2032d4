package rules

import (
	"strings"
)

// checkAgeBech32 checks an age identity (AGE-SECRET-KEY-1...): a bech32
// string with a valid checksum carrying a 32-byte X25519 key.
func checkAgeBech32(secret []byte) Check {
	s := strings.ToLower(string(secret))
	sep := strings.LastIndexByte(s, '1')
	if sep < 1 || len(s)-sep-1 < 6 {
		return Check{}
	}
	hrp, data := s[:sep], s[sep+1:]
	values := make([]byte, len(data))
	for i := range len(data) {
		d := strings.IndexByte(bech32Letters, data[i])
		if d < 0 {
			return Check{}
		}
		values[i] = byte(d)
	}
	if bech32PolymodVCS(append(bech32ExpandVCS(hrp), values...)) != 1 {
		return Check{}
	}
	key, ok := bech32Regroup(values[:len(values)-6], 5, 8)
	return Check{OK: ok && len(key) == 32}
}
