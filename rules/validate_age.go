package rules

import "strings"

// checkAgeBech32 checks an age identity (AGE-SECRET-KEY-1...): a bech32
// string with a valid checksum carrying a 32-byte X25519 key.
func checkAgeBech32(secret []byte) Check {
	_, values, ok := decodeBech32(strings.ToLower(string(secret)))
	if !ok {
		return Check{}
	}
	key, ok := bech32Regroup(values, 5, 8)
	return Check{OK: ok && len(key) == 32}
}
