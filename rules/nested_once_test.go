package rules_test

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestNestedEntryFoundOnce checks that a provider's value under a YAML
// section is one match, though it is found both as it stands and joined
// to its section's name.
func TestNestedEntryFoundOnce(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	g := fake.New(7)
	for _, text := range []string{
		"service:\n  github_token: " + g.GitHubToken(fake.Join("gh", "p")) + "\n",
		"[service]\ngithub_token = " + g.GitHubToken(fake.Join("gh", "p")) + "\n",
	} {
		ms := rs.NewMatcher().Find([]byte(text))
		n := 0
		for _, m := range ms {
			if m.Rule.ID == "github-token" {
				n++
			}
		}
		if n != 1 {
			t.Errorf("github-token found %d times, want once, in %q", n, text)
		}
	}
}
