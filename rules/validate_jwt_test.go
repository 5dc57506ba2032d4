package rules

import (
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestJWTClaims(t *testing.T) {
	g := fake.New(4)
	live := g.JWTWithClaims(`{"alg":"ES256"}`, `{"iss":"https://auth.acme.test","exp":4102444800}`)
	wantCheck(t, "live", checkNamed(t, "jwt-claims", live), true, "", "https://auth.acme.test")
	expired := g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"42","exp":1500000000}`)
	c := checkNamed(t, "jwt-claims", expired)
	wantCheck(t, "expired, as the validator sees it", c, true, "", "")
	if want := time.Unix(1500000000, 0); !c.Expires.Equal(want) {
		t.Errorf("Expires = %v, want %v", c.Expires, want)
	}
	wantCheck(t, "expired, judged after exp", c.at(time.Unix(1500000001, 0)), true, Low, "")
	wantCheck(t, "expired, judged before exp", c.at(time.Unix(1499999999, 0)), true, "", "")
	if got := checkNamed(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `{"sub":"42"}`)); !got.Expires.IsZero() {
		t.Errorf("token without exp: Expires = %v", got.Expires)
	}
	wantCheck(t, "no algorithm", checkNamed(t, "jwt-claims", g.JWTWithClaims(`{"typ":"JWT"}`, `{"sub":"42"}`)), false, "", "")
	wantCheck(t, "claims not JSON", checkNamed(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `{"sub":`)), false, "", "")
	wantCheck(t, "claims an array", checkNamed(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `[1,2]`)), false, "", "")
	wantCheck(t, "two segments", checkNamed(t, "jwt-claims", live[:strings.LastIndexByte(live, '.')]), false, "", "")
}

func TestParseJWT(t *testing.T) {
	g := fake.New(6)
	tok := g.JWTWithClaims(`{"alg":"RS256","kid":"k1"}`, `{"sub":"42","role":"admin"}`)
	parsed, ok := parseJWT(tok)
	if !ok || parsed.alg != "RS256" || !parsed.compact() {
		t.Fatalf("parseJWT = %+v, %v", parsed, ok)
	}
	var claims struct {
		Role string `json:"role"`
	}
	if !parsed.claims(&claims) || claims.Role != "admin" {
		t.Errorf("claims = %+v", claims)
	}
	header, _, _ := strings.Cut(tok, ".")
	for label, bad := range map[string]string{
		"no dot":      header,
		"header junk": "!!!." + tok,
		"alg empty":   g.JWTWithClaims(`{"alg":""}`, `{}`),
		"alg number":  g.JWTWithClaims(`{"alg":1}`, `{}`),
	} {
		if _, ok := parseJWT(bad); ok {
			t.Errorf("%s: parsed", label)
		}
	}
	// The header alone decides for checkJWT: a second segment need not decode.
	if !checkJWT([]byte(header + ".$$$")).OK {
		t.Error("checkJWT looks past the header")
	}
}
