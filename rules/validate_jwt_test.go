package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestJWTClaims(t *testing.T) {
	g := fake.New(4)
	live := g.JWTWithClaims(`{"alg":"ES256"}`, `{"iss":"https://auth.acme.test","exp":4102444800}`)
	vcsWant(t, "live", vcsCheck(t, "jwt-claims", live), true, "", "https://auth.acme.test")
	expired := g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"42","exp":1500000000}`)
	vcsWant(t, "expired", vcsCheck(t, "jwt-claims", expired), true, Low, "")
	vcsWant(t, "no algorithm", vcsCheck(t, "jwt-claims", g.JWTWithClaims(`{"typ":"JWT"}`, `{"sub":"42"}`)), false, "", "")
	vcsWant(t, "claims not JSON", vcsCheck(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `{"sub":`)), false, "", "")
	vcsWant(t, "claims an array", vcsCheck(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `[1,2]`)), false, "", "")
}
