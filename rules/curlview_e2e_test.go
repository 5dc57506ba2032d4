package rules_test

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestProviderRulesReadCurlHeaders checks, with the default ruleset, that
// a provider rule knowing its key by the API's host finds the key a curl
// command sends in a header before its URL or lines after it, and takes
// nothing from a header that names no credential.
func TestProviderRulesReadCurlHeaders(t *testing.T) {
	t.Parallel()
	m := loadDefault(t).NewMatcher()
	g := fake.New(11)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"curl -X GET \\\n  -H \"key: {V}\" \\\n  \"https://api.holded.com/api/invoicing/v1/contacts\"\n", true},
		{"curl -sS \"https://api.holded.com/api/invoicing/v1/contacts\" \\\n  -H \"Accept: application/json\" \\\n  -H \"key: {V}\"\n", true},
		{"curl -X GET -H \"X-Request-Id: {V}\" \"https://api.holded.com/api/invoicing/v1/contacts\"\n", false},
	} {
		value := g.Hex(32)
		text := strings.ReplaceAll(tc.text, "{V}", value)
		found := ruleAt(m.Find([]byte(text)), text, value) == "holded-api-key"
		if found != tc.want {
			t.Errorf("holded-api-key found %v, want %v, in:\n%s", found, tc.want, text)
		}
	}
}
