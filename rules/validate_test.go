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
	lines := strings.Split(block, "\n")
	lines[2] = strings.Repeat("A", len(lines[2]))
	if found(strings.Join(lines, "\n")) != nil {
		t.Error("corrupt key reported")
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
