package rules

import (
	"strings"
	"time"
)

// twilioAccessTokenType is the content type Twilio sets in the header of
// every Access Token it accepts (https://www.twilio.com/docs/iam/access-tokens).
const twilioAccessTokenType = "twilio-fpa;v=1"

// checkTwilioAccessToken accepts a Twilio Access Token: a compact JWT
// whose header names Twilio's content type and whose subject is an
// account SID (AC...). The account SID is the owner; the expiry is passed
// on, since these tokens live for 24 hours at most.
func checkTwilioAccessToken(secret []byte) Check {
	t, ok := parseJWT(string(secret))
	if !ok || !t.compact() {
		return Check{}
	}
	var header struct {
		Cty string `json:"cty"`
	}
	if !decodeBase64JSON(t.segments[0], b64URL, &header) || header.Cty != twilioAccessTokenType {
		return Check{}
	}
	var claims struct {
		Sub string  `json:"sub"`
		Exp float64 `json:"exp"`
	}
	if !t.claims(&claims) || !strings.HasPrefix(claims.Sub, "AC") {
		return Check{}
	}
	c := Check{OK: true, Owner: claims.Sub}
	if claims.Exp > 0 {
		c.Expires = time.Unix(int64(claims.Exp), 0)
	}
	return c
}
