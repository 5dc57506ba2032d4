package rules_test

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

func TestGenericPasswordValidator(t *testing.T) {
	g := fake.New(11)
	accept := []string{
		rulecases.HumanPassword(g),
		rulecases.Passphrase(g),
		g.MixedAlnum(24),
		g.Pick(rulecases.HumanWords()...) + g.String(fake.Digits, 2) + " & (" + g.String(fake.Lower, 5) + ")?",
		"/" + g.MixedAlnum(20) + "+" + g.MixedAlnum(18), // base64 that starts with '/'
		"p%26" + g.MixedAlnum(10),     // percent-encoded user-info
		rulecases.GeneratedLetters(g), // a generated password of letters only
		// a random token in which a code word's letters fall at a case
		// change by chance ("IDX" after "u"), not a camelCase word
		"uIDXUyuv5KuPoKma1zNOGrMEP03UiE8v",
	}
	reject := []string{
		"$DB_PASSWORD", "%APPDATA%", "@@TOKEN@@", "{secret}", "[REDACTED]", ":api_key", "!Ref DbPassword",
		"true", "null", "undefined", "string", "SecureString", "12345678",
		"/run/secrets/db", "./certs/client.key", "~/.ssh/id_ed25519", `C:\keys\app.pfx`, "secrets/db-password",
		"https://vault.acme.test/v1/kv", "getPassword(user)", "args[0]", "user + suffix", "+committed+",
		"`${prefix}x`", "%s:%s", "{0}", "Enter your password", "Mot de passe oublié",
		"cfg.Password2", "testRSA2048PrivateKey", "PKCS8PEM", "mypassword1", "swordfish42", "a1b2c3d4e5f6",
		"rowIdx42Value", "cacheKey2024", // camelCase names holding a code word
		base64.StdEncoding.EncodeToString([]byte("not my real secret value")),
		base64.StdEncoding.EncodeToString([]byte("TODO")), // a Kubernetes Secret's data left to fill
		"abc12",                         // too short
		"timeout=30", "retry_count=5x2", // the next keyword argument of a call
		"2017-01-21T00:00:00Z", "2024-06-07 09:09:22.294640", // a time
		base64.StdEncoding.EncodeToString([]byte("hello world")), // base64 of sample words
		// letters only: camelCase names and words change case a few times
		"thisIsMyLongPasswordValue", "ProductionDatabaseReplica", "QUICKBROWNFOXJUMPS",
		"szThingsBoardCases", "parseHTTPResponseXML",
		"aBcDeFgHiJk", // too short for letters only
	}
	for _, s := range accept {
		if c, _ := rules.CheckSecret("generic-password", []byte(s)); !c.OK {
			t.Errorf("generic-password rejects %q", s)
		}
	}
	for _, s := range reject {
		if c, _ := rules.CheckSecret("generic-password", []byte(s)); c.OK {
			t.Errorf("generic-password accepts %q", s)
		}
	}
}

func TestBasicAuthValidator(t *testing.T) {
	g := fake.New(12)
	enc := func(s string) []byte { return []byte(base64.StdEncoding.EncodeToString([]byte(s))) }
	c, _ := rules.CheckSecret("basic-auth", enc("deploy:"+rulecases.HumanPassword(g)))
	if !c.OK || c.Owner != "deploy" {
		t.Errorf("user:password pair: got %+v, want OK with owner deploy", c)
	}
	for _, s := range []string{"user:password", "admin:changeme", "deploy", "deploy:", "x:${PASS}", "x:abc"} {
		if c, _ := rules.CheckSecret("basic-auth", enc(s)); c.OK {
			t.Errorf("basic-auth accepts %q", s)
		}
	}
	if c, _ := rules.CheckSecret("basic-auth", []byte("not base64!")); c.OK {
		t.Error("basic-auth accepts text that is not base64")
	}
}
