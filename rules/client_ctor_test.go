package rules_test

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestProviderKeyGivenToItsClient checks that a provider's key passed to a
// client named after the provider (client = AcmeClient("<key>",
// timeout=30)) is found by the provider's rule, for rules whose name is
// distinctive enough to stand for the key on its own.
func TestProviderKeyGivenToItsClient(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	cases := allCases(t)
	for _, id := range []string{"spoonacular-api-key", "zerobounce-api-key", "scalr-api-token",
		"salesflare-api-key", "todoist-api-token", "webflow-api-token", "speechmatics-api-key",
		"cohere-api-key", "mistral-api-key", "fastly-api-token", "pagerduty-api-key", "trello-token"} {
		m := rs.NewMatcher()
		g := fake.New(7)
		var secret string
		for _, p := range cases[id](g).Positives {
			for _, x := range m.Find([]byte(p)) {
				if x.Rule.ID == id && secret == "" {
					secret = string(x.Secret)
				}
			}
		}
		if secret == "" {
			t.Fatalf("%s: no positive of its own found", id)
		}
		name := strings.Split(id, "-")[0]
		for _, text := range []string{
			"client = " + strings.ToUpper(name[:1]) + name[1:] + "Client(\"" + secret + "\", timeout=30)\n",
			"const api = new " + name + ".Api('" + secret + "');\n",
		} {
			found := false
			for _, x := range m.Find([]byte(text)) {
				found = found || x.Rule.ID == id && string(x.Secret) == secret
			}
			if !found {
				t.Errorf("%s: not found in %q", id, text)
			}
		}
	}
}
