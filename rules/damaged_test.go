package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestPlaceholderKeyBodyStrayBytes checks which stray characters in a key
// body mark a stand-in and which are damage to a real key.
func TestPlaceholderKeyBodyStrayBytes(t *testing.T) {
	t.Parallel()
	g := fake.New(12)
	body := func(n int, insert string) string {
		b := g.String(fake.Base64, n)
		return b[:n/2] + insert + b[n/2:]
	}
	for _, tc := range []struct {
		name        string
		body        string
		placeholder bool
	}{
		{"clean", body(300, ""), false},
		{"a byte that is not UTF-8", body(300, "\xa1"), false},
		{"two such bytes and a backtick", body(300, "`\xa1\xfe"), false},
		{"an ellipsis", body(300, "..."), true},
		{"a typographic ellipsis", body(300, "\u2026"), true},
		{"an angle-bracket stand-in", body(300, "<key>"), true},
		{"a short body", body(60, "\xa1"), true},
		{"too many stray bytes", body(300, strings.Repeat("\xa1", 4)), true},
	} {
		if got := isPlaceholderKeyBody(tc.body); got != tc.placeholder {
			t.Errorf("%s: isPlaceholderKeyBody = %v, want %v", tc.name, got, tc.placeholder)
		}
	}
}
