package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckTwilioAccessToken(t *testing.T) {
	g := fake.New(5)
	account := "AC" + g.Hex(32)
	key := "SK" + g.Hex(32)
	claims := `{"jti":"` + key + `-1700000000","iss":"` + key + `","sub":"` + account + `","exp":4102444800,"grants":{"identity":"alice"}}`
	live := g.JWTWithClaims(`{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}`, claims)
	c := checkNamed(t, "twilio-access-token", live)
	wantCheck(t, "live", c, true, "", account)
	if c.Expires.Unix() != 4102444800 {
		t.Errorf("expiry %v not passed on", c.Expires)
	}
	// the header's members in another order, as Twilio's Node library writes them
	wantCheck(t, "cty first", checkNamed(t, "twilio-access-token",
		g.JWTWithClaims(`{"cty":"twilio-fpa;v=1","alg":"HS256","typ":"JWT"}`, claims)), true, "", account)
	wantCheck(t, "no content type", checkNamed(t, "twilio-access-token",
		g.JWTWithClaims(`{"typ":"JWT","alg":"HS256"}`, claims)), false, "", "")
	wantCheck(t, "other content type", checkNamed(t, "twilio-access-token",
		g.JWTWithClaims(`{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=2"}`, claims)), false, "", "")
	wantCheck(t, "subject not an account", checkNamed(t, "twilio-access-token",
		g.JWTWithClaims(`{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}`, `{"iss":"`+key+`","sub":"alice"}`)), false, "", "")
	wantCheck(t, "two segments", checkNamed(t, "twilio-access-token", live[:len(live)-44]), false, "", "")
}
