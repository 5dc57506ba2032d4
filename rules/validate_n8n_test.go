package rules

import (
	"encoding/base64"
	"testing"
	"time"
)

func TestN8nAPIKey(t *testing.T) {
	enc := base64.RawURLEncoding.EncodeToString
	tok := func(claims string) string {
		return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + "." + enc([]byte("not a real signature, just bytes"))
	}
	c := checkN8nAPIKey([]byte(tok(`{"sub":"u-1","iss":"n8n","aud":"public-api","exp":1890000000}`)))
	if !c.OK || c.Owner != "n8n user u-1" || !c.Expires.Equal(time.Unix(1890000000, 0)) {
		t.Errorf("valid key: got %+v", c)
	}
	if c := checkN8nAPIKey([]byte(tok(`{"sub":"u-1","iss":"n8n","aud":["other","public-api"]}`))); !c.OK {
		t.Errorf("audience list: got %+v", c)
	}
	for name, claims := range map[string]string{
		"other issuer":   `{"sub":"u-1","iss":"n9n","aud":"public-api"}`,
		"other audience": `{"sub":"u-1","iss":"n8n","aud":"mcp-server-api"}`,
		"no audience":    `{"sub":"u-1","iss":"n8n"}`,
		"not an object":  `["n8n","public-api"]`,
	} {
		if c := checkN8nAPIKey([]byte(tok(claims))); c.OK {
			t.Errorf("%s: accepted", name)
		}
	}
}
