package rules

import (
	"encoding/base64"
	"testing"
)

func TestPhoenixAPIKey(t *testing.T) {
	enc := base64.RawURLEncoding.EncodeToString
	tok := func(claims string) string {
		return enc([]byte(`{"alg":"HS256"}`)) + "." + enc([]byte(claims)) + "." + enc([]byte("not a real signature, just bytes"))
	}
	if c := checkPhoenixAPIKey([]byte(tok(`{"jti":"ApiKey:42"}`))); !c.OK || c.Owner != "phoenix api key 42" {
		t.Errorf("valid key: got %+v", c)
	}
	for name, claims := range map[string]string{
		"access token": `{"jti":"AccessToken:42"}`,
		"no number":    `{"jti":"ApiKey:"}`,
		"not a number": `{"jti":"ApiKey:4x"}`,
		"no jti":       `{"sub":"ApiKey:42"}`,
	} {
		if c := checkPhoenixAPIKey([]byte(tok(claims))); c.OK {
			t.Errorf("%s: accepted", name)
		}
	}
}
