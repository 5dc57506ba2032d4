package rules

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// tamper changes the character at i to another one of the same class.
func tamper(s string, i int) string {
	c := s[i]
	switch {
	case c == '9':
		c = '0'
	case c == 'z' || c == 'Z':
		c--
	default:
		c++
	}
	return s[:i] + string(c) + s[i+1:]
}

func TestCheckGrafanaServiceAccount(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		tok := fake.New(seed).GrafanaServiceAccountToken()
		if !checkGrafanaServiceAccount([]byte(tok)).OK {
			t.Errorf("well-formed token rejected: %s", tok)
		}
		if checkGrafanaServiceAccount([]byte(tamper(tok, 10))).OK {
			t.Errorf("token with a changed body accepted")
		}
		if checkGrafanaServiceAccount([]byte(tok[:len(tok)-1])).OK {
			t.Errorf("token with a short checksum accepted")
		}
	}
}

func TestCheckConfluentSecret(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		secret := fake.New(seed).ConfluentSecret()
		if !checkConfluentSecret([]byte(secret)).OK {
			t.Errorf("well-formed secret rejected: %s", secret)
		}
		if checkConfluentSecret([]byte(tamper(secret, 20))).OK {
			t.Errorf("secret with a changed body accepted")
		}
		if checkConfluentSecret([]byte(secret + "A")).OK {
			t.Errorf("secret of the wrong length accepted")
		}
	}
}

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

func TestCheckSupabaseServiceRole(t *testing.T) {
	g := fake.New(3)
	c := checkSupabaseServiceRole([]byte(g.SupabaseKey("service_role", "abcprojectref")))
	if !c.OK || c.Owner != "abcprojectref" {
		t.Errorf("got %+v, want OK with owner abcprojectref", c)
	}
	if checkSupabaseServiceRole([]byte(g.SupabaseKey("anon", "abcprojectref"))).OK {
		t.Error("anon key accepted")
	}
	if checkSupabaseServiceRole([]byte("eyJ" + g.Alnum(20) + ".eyJ" + g.Alnum(20) + "." + g.Alnum(20))).OK {
		t.Error("token that does not decode accepted")
	}
}

func TestCheckGrafanaLegacyKey(t *testing.T) {
	g := fake.New(5)
	if !checkGrafanaLegacyKey([]byte(g.GrafanaLegacyKey("ci"))).OK {
		t.Error("well-formed key rejected")
	}
	report := base64.StdEncoding.EncodeToString([]byte(`{"k":"` + g.Hex(32) + `","t":"` + g.Hex(32) + `","c":5}`))
	if checkGrafanaLegacyKey([]byte(report)).OK {
		t.Error("Power BI style payload accepted")
	}
}

func TestCheckMapboxToken(t *testing.T) {
	g := fake.New(9)
	if c := checkMapboxToken([]byte(g.MapboxToken("sk", "cartographer"))); !c.OK || c.Owner != "cartographer" {
		t.Errorf("got %+v, want OK with owner cartographer", c)
	}
	damaged := "sk.eyJ1Ijoi" + base64.RawURLEncoding.EncodeToString([]byte("mapper")) + "Cf99." + g.Alnum(22)
	if c := checkMapboxToken([]byte(damaged)); !c.OK {
		t.Errorf("damaged payload dropped: %+v", c)
	}
}

func TestCheckBraintreeEnvironment(t *testing.T) {
	tok := func(env string) []byte {
		return []byte(fake.Join("access", "_token$", env, "$abcdefgh12345678$", fake.New(1).Hex(32)))
	}
	if c := checkBraintreeEnvironment(tok("sandbox")); !c.OK || c.Severity != Low {
		t.Errorf("sandbox: got %+v, want OK with low severity", c)
	}
	if c := checkBraintreeEnvironment(tok("production")); !c.OK || c.Severity != "" {
		t.Errorf("production: got %+v, want OK with the rule's severity", c)
	}
}
