package rules

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCharClassValidators(t *testing.T) {
	g := fake.New(7)
	runValidatorCases(t, checkMixedCaseDigits, []validatorCase{
		{"mixed", "gsk_" + g.MixedAlnum(52), true},
		{"lower only", "gsk_" + g.String(fake.Lower+fake.Digits, 52), false},
		{"no digits", "gsk_" + g.String(fake.Upper+fake.Lower, 52), false},
	})
	runValidatorCases(t, checkLettersAndDigits, []validatorCase{
		{"lower and digits", "csk-" + g.LowerAlnum(48), true},
		{"letters only", "csk-" + g.String(fake.Lower, 48), false},
	})
	runValidatorCases(t, checkMixedCaseLetters, []validatorCase{
		{"mixed", "hf_" + g.MixedLetters(34), true},
		{"lower", "hf_" + g.String(fake.Lower, 34), false},
	})
}

func TestCheckGenericValue(t *testing.T) {
	g := fake.New(7)
	runValidatorCases(t, checkGenericValue, []validatorCase{
		{"random", g.MixedAlnum(24), true},
		{"hex", g.Hex(40), true},
		{"password with symbols", "Tr0ub4dor&3-" + g.MixedAlnum(4), true},
		{"symbols without digits", "correct!horse#battery", true},
		{"base64 of bytes", base64.StdEncoding.EncodeToString([]byte(g.Hex(8) + "\x01\x02")), true},
		{"shell variable", "$DB_PASSWORD_" + g.MixedAlnum(6), false},
		{"windows variable", "%APP_TOKEN%", false},
		{"identifier", "testRSA2048PrivateKey", false},
		{"kebab name", "server-valid-token-1", false},
		{"cgo constant", "C.NL80211_ATTR_SAE_PASSWORD", false},
		{"path", "cms/sites/passwords#update", false},
		{"url", "https://example.org/reset", false},
		{"home path", "~/.ssh/id_ed25519", false},
		{"parent path", "../keys/deploy_" + g.String(fake.Digits, 4) + ".pem", false},
		{"secret store path", "prod/api-" + g.MixedAlnum(6), false},
		{"word", "thisismypassword", false},
		{"interleaved placeholder", "px-api-a1b2c3d4-e5f6-g7h8-i8j0", false},
		{"query string", "secret%3Dpassword&oauth_token=lock%26key", false},
		{"base64 prose", base64.StdEncoding.EncodeToString([]byte("not my real password")), false},
		{"one symbol no digit", strings.Repeat("ab", 3) + "$cdefgh", false},
	})
}

func TestCheckDBPassword(t *testing.T) {
	for pw, want := range map[string]bool{
		"Tr0ub4dor&3":      true,
		"#gets0m3":         true,
		"password":         false,
		"MyPassword1":      false,
		"${DB_PASSWORD}":   false,
		"$DB_PASSWORD":     false,
		"%s":               false,
		"{0}":              false,
		"#{db_password}":   false,
		"*****":            false,
		"guest":            false,
		"[Password here]":  false,
		"postgres":         false,
		"correct-horse-42": true,
	} {
		if got := checkDBPassword([]byte(pw)).OK; got != want {
			t.Errorf("checkDBPassword(%q) = %v, want %v", pw, got, want)
		}
	}
}
