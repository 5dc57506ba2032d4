package rules

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestJWKPrivate(t *testing.T) {
	g := fake.New(7)
	b := func(n int) string { return base64.RawURLEncoding.EncodeToString(g.Bytes(n)) }
	ec := func(crv string, n int) string {
		return `{"kty":"EC","crv":"` + crv + `","x":"` + b(32) + `","y":"` + b(32) + `","d":"` + b(n) + `"}`
	}
	for _, tc := range []struct {
		label, jwk string
		ok         bool
	}{
		{"RSA", `{"kty":"RSA","n":"` + b(256) + `","e":"AQAB","d":"` + b(256) + `"}`, true},
		{"RSA without modulus", `{"kty":"RSA","e":"AQAB","d":"` + b(256) + `"}`, false},
		{"RSA exponent longer than modulus", `{"kty":"RSA","n":"` + b(128) + `","d":"` + b(256) + `"}`, false},
		{"P-256", ec("P-256", 32), true},
		{"P-521", ec("P-521", 66), true},
		{"EC scalar too short", ec("P-256", 16), false},
		{"Ed25519, JavaScript", `{ kty: 'OKP', crv: 'Ed25519', d: '` + b(32) + `' }`, true},
		{"X448", `{"kty":"OKP","crv":"X448","d":"` + b(56) + `"}`, true},
		{"OKP wrong size", `{"kty":"OKP","d":"` + b(40) + `"}`, false},
		{"oct", `{\"kty\":\"oct\",\"k\":\"` + b(32) + `\"}`, true},
		{"oct too short", `{"kty":"oct","k":"` + b(8) + `"}`, false},
		{"oct with only d", `{"kty":"oct","d":"` + b(32) + `"}`, false},
		{"public key", `{"kty":"EC","crv":"P-256","x":"` + b(32) + `","y":"` + b(32) + `"}`, false},
		{"not base64url", `{"kty":"EC","d":"` + strings.Repeat("+/", 22) + `"}`, false},
		{"toy value", `{"kty":"EC","d":"` + strings.Repeat("Ab", 21) + `A"}`, false},
		{"unknown kty", `{"kty":"DSA","d":"` + b(32) + `"}`, false},
	} {
		wantCheck(t, tc.label, checkNamed(t, "jwk-private-key", tc.jwk), tc.ok, "", "")
	}
}

func TestJWKSampleDigests(t *testing.T) {
	d := base64.RawURLEncoding.EncodeToString(fake.New(8).Bytes(32))
	jwk := `{"kty":"EC","crv":"P-256","d":"` + d + `"}`
	wantCheck(t, "before listing", checkJWKPrivate([]byte(jwk)), true, "", "")
	for digest := range jwkSampleDigests {
		if len(digest) != 64 || strings.Trim(digest, "0123456789abcdef") != "" {
			t.Errorf("digest %q is not lower-case hex SHA-256", digest)
		}
	}
	samples := map[string]bool{sha256Hex(d): true}
	wantCheck(t, "listed sample", jwkCheck([]byte(jwk), samples), false, "", "")
}
