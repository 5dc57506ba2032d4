package rules_test

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

func TestGitHubTokenChecksum(t *testing.T) {
	rs := loadDefault(t)
	m := rs.NewMatcher()
	g := fake.New(7)
	prefix := fake.Join("gh", "p")
	good := g.GitHubToken(prefix)
	ms := m.Find([]byte("token: " + good))
	if len(ms) != 1 || ms[0].Rule.ID != "github-token" || ms[0].Validated != "base62-crc32" {
		t.Fatalf("well-formed token: got %+v", ms)
	}
	// Flip one character of the payload: the checksum no longer matches.
	bad := good[:10] + flip(good[10]) + good[11:]
	for _, m := range m.Find([]byte("token: " + bad)) {
		if m.Rule.ID == "github-token" {
			t.Errorf("token with a bad checksum reported")
		}
	}
}

func flip(c byte) string {
	if c == 'a' {
		return "b"
	}
	return "a"
}

func TestPEMPrivateKeyValidator(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	block := string(pem.EncodeToMemory(&pem.Block{Type: "EC " + "PRIVATE KEY", Bytes: der}))
	m := loadDefault(t).NewMatcher()
	found := func(text string) *rules.Match {
		for _, match := range m.Find([]byte(text)) {
			if match.Rule.ID == "private-key" {
				return &match
			}
		}
		return nil
	}
	if got := found("key.pem:\n" + block); got == nil || got.Validated != "pem-private-key" {
		t.Fatalf("real key: got %+v", got)
	}
	escaped := `{"key": "` + strings.ReplaceAll(block, "\n", `\n`) + `"}`
	if found(escaped) == nil {
		t.Error("key escaped inside a JSON string not found")
	}
	// A corrupt line: still a leaked key, reported at lower severity.
	lines := strings.Split(block, "\n")
	lines[2] = strings.Repeat("A", len(lines[2]))
	if got := found(strings.Join(lines, "\n")); got == nil || got.Validated != "pem-unparsed" || got.Severity != rules.Medium {
		t.Errorf("corrupt key: got %+v, want pem-unparsed at medium", got)
	}
}

// TestDamagedKeysFoundOnce scans damaged private keys with the default
// ruleset: each is reported once, by the rule for its shape, as
// pem-unparsed at medium severity; placeholders are not reported.
func TestDamagedKeysFoundOnce(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(pem.EncodeToMemory(&pem.Block{Type: fake.Join("PRIVATE", " KEY"), Bytes: der}))), "\n")
	lost := append(append([]string{}, lines[:2]...), lines[3:]...) // the second body line gone
	m := loadDefault(t).NewMatcher()
	for label, tc := range map[string]struct{ text, rule string }{
		"PEM file":    {strings.Join(lost, "\n") + "\n", "private-key"},
		"JSON \\n":    {`{"key": "` + strings.Join(lost, `\n`) + `\n"}`, "private-key"},
		"JSON \\r\\n": {`{"key": "` + strings.Join(lost, `\r\n`) + `"}`, "private-key"},
		"one line":    {"KEY=" + strings.Join(lost, " ") + "\n", "private-key"},
		"YAML":        {"tls:\n  key: |\n    " + strings.Join(lost, "\n    ") + "\n", "private-key-embedded"},
	} {
		var got []rules.Match
		for _, match := range m.Find([]byte(tc.text)) {
			if strings.Contains(match.Rule.ID, "private-key") {
				got = append(got, match)
			}
		}
		if len(got) != 1 || got[0].Rule.ID != tc.rule || got[0].Validated != "pem-unparsed" || got[0].Severity != rules.Medium {
			t.Errorf("%s: got %+v, want one %s finding, pem-unparsed at medium", label, got, tc.rule)
		}
	}
	// Whole keys joined onto one line or indented keep their finding and
	// severity, and an indented one is not reported twice.
	for label, tc := range map[string]struct{ text, rule string }{
		"one line, whole": {"KEY=" + strings.Join(lines, " ") + "\n", "private-key"},
		"YAML, whole":     {"tls:\n  key: |\n    " + strings.Join(lines, "\n    ") + "\n", "private-key-embedded"},
	} {
		ids := rulecases.RuleIDs(m.Find([]byte(tc.text)))
		if len(ids) != 1 || ids[0] != tc.rule {
			t.Errorf("%s: found by %v, want %s alone", label, ids, tc.rule)
		}
	}
	for _, body := range []string{"...", "<private key here>", "REDACTED", strings.Repeat("A", 64)} {
		text := lines[0] + "\n" + body + "\n" + lines[len(lines)-1] + "\n"
		if got := rulecases.RuleIDs(m.Find([]byte(text))); len(got) > 0 {
			t.Errorf("placeholder %q reported by %v", body, got)
		}
	}
}

func TestKubernetesSecretDataIsDecoded(t *testing.T) {
	g := fake.New(9)
	token := g.GitHubToken(fake.Join("gh", "p"))
	manifest := "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci\ntype: Opaque\ndata:\n  GITHUB_TOKEN: " +
		base64.StdEncoding.EncodeToString([]byte(token)) + "\n"
	ms := loadDefault(t).NewMatcher().Find([]byte(manifest))
	if len(ms) != 1 || ms[0].Rule.ID != "github-token" || ms[0].Decoded != "base64" || string(ms[0].Secret) != token {
		t.Fatalf("matches = %+v, want the decoded GitHub token", ms)
	}
	if got := manifest[ms[0].Start:ms[0].End]; got != base64.StdEncoding.EncodeToString([]byte(token)) {
		t.Errorf("location %q does not point at the encoded value", got)
	}
}

// TestMatcherJudgesExpiryAtItsClock checks that a JWT's expiry is judged
// against the Matcher's scan time, not read from the clock by the validator.
func TestMatcherJudgesExpiryAtItsClock(t *testing.T) {
	rs := loadDefault(t)
	tok := fake.New(8).JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"42","exp":1800000000}`)
	text := []byte("SESSION_JWT=" + tok + "\n")
	for _, tc := range []struct {
		now  time.Time
		want rules.Severity
	}{
		{time.Unix(1700000000, 0), rs.Rule("jwt").Severity},
		{time.Unix(1900000000, 0), rules.Low},
	} {
		var got []rules.Match
		for _, m := range rs.NewMatcherAt(tc.now).Find(text) {
			if m.Rule.ID == "jwt" {
				got = append(got, m)
			}
		}
		if len(got) != 1 || got[0].Severity != tc.want {
			t.Errorf("at %v: matches %+v, want one at severity %s", tc.now, got, tc.want)
		}
	}
}
