package rules

import (
	"testing"
)

// TestEncodeAlphabet checks the checksum encoding against the vectors of
// Microsoft's CustomAlphabetEncoder tests (base62 alphabet).
func TestEncodeAlphabet(t *testing.T) {
	const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	for n, want := range map[uint32]string{4294967295: "4gfFC3", 2883656711: "399Wq7", 61: "00000z"} {
		if got := encodeAlphabet(n, base62, 6); got != want {
			t.Errorf("encodeAlphabet(%d) = %q, want %q", n, got, want)
		}
	}
}
