package rules

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckSentryOrgToken(t *testing.T) {
	g := fake.New(7)
	c := checkSentryOrgToken([]byte(g.SentryOrgToken("acme-web")))
	if !c.OK || c.Owner != "acme-web" {
		t.Errorf("got %+v, want OK with owner acme-web", c)
	}
	claims := base64.StdEncoding.EncodeToString([]byte(`{"org":"acme-web"}`))
	if checkSentryOrgToken([]byte(fake.Join("sntr", "ys_", claims, "_", g.Alnum(43)))).OK {
		t.Error("token without an iat claim accepted")
	}
	if checkSentryOrgToken([]byte(fake.Join("sntr", "ys_", "eyJ", g.Alnum(41), "_", g.Alnum(43)))).OK {
		t.Error("token whose claims are not JSON accepted")
	}
}
