package rules_test

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestDecodedMatchStartsInDecodedText checks that a token whose last part
// happens to be base64 of readable text (a TeamCity token ends in base64
// of a UUID) is reported once, by the plain pass: a match that starts in
// the line around a decoded run is not a secret found inside it.
func TestDecodedMatchStartsInDecodedText(t *testing.T) {
	t.Parallel()
	g := fake.New(10)
	header := base64.RawURLEncoding.EncodeToString([]byte(`{"typ": "TCV2"}`))
	token := header + "." + g.MixedAlnum(36) + "." + base64.StdEncoding.EncodeToString([]byte(g.UUID()))
	text := "<add key=\"BuildServerToken\" value=\"" + token + "\" />\n"
	ms := loadDefault(t).NewMatcher().Find([]byte(text))
	if len(ms) != 1 || ms[0].Rule.ID != "teamcity-access-token" || ms[0].Decoded != "" {
		for _, m := range ms {
			t.Logf("%s at %d-%d decoded=%q", m.Rule.ID, m.Start, m.End, m.Decoded)
		}
		t.Fatalf("got %d matches, want one plain teamcity-access-token", len(ms))
	}
}
