package rules_test

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

// nameOnlyBranch finds, in a provider rule's regex, the branch that takes
// the provider's name written straight before its value (SALESMATE=…,
// salesmate: …), with no key, token or secret word: the name is the
// first group.
var nameOnlyBranch = regexp.MustCompile(`\|(?:\(\?:\\b\|_\))?([a-z0-9]+)\(\?:\[_\.-\]\?\(\?:api\|io\|com\|prod\|production\|live\)\)\?`)

// TestNameOnlyAssignment checks, for every rule with such a branch, that
// its own secrets are found assigned to the bare name in env, YAML and
// JSON, and not under the name of an id or written by a longer word.
func TestNameOnlyAssignment(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	cases := allCases(t)
	m := rs.NewMatcher()
	tested := 0
	for _, r := range rs.Rules {
		sub := nameOnlyBranch.FindStringSubmatch(r.Regex.String())
		if sub == nil {
			continue
		}
		name := sub[1]
		c, _ := sharedCase(r.ID, 1, cases[r.ID])
		secret := firstSecret(m.Find, r.ID, c.Positives)
		if secret == "" {
			t.Errorf("%s: no secret found in its own positives", r.ID)
			continue
		}
		tested++
		for _, text := range []string{
			strings.ToUpper(name) + "=" + secret + "\n",
			"integrations:\n  " + name + ": \"" + secret + "\"\n",
			"{\"" + name + "_api\": \"" + secret + "\"}\n",
		} {
			if !slices.Contains(ruleIDs(m.Find([]byte(text))), r.ID) {
				t.Errorf("%s: not found in %q", r.ID, text)
			}
		}
		for _, text := range []string{
			name + "_id: " + secret + "\n",      // an id, not a key
			"un" + name + "x: " + secret + "\n", // the name inside a longer word
		} {
			if slices.Contains(ruleIDs(m.Find([]byte(text))), r.ID) {
				t.Errorf("%s: found in %q", r.ID, text)
			}
		}
	}
	if tested < 100 {
		t.Errorf("%d rules take a bare name; want 100 or more", tested)
	}
}

// firstSecret returns the secret the rule id finds first in texts.
func firstSecret(find func([]byte) []rules.Match, id string, texts []string) string {
	for _, text := range texts {
		for _, mt := range find([]byte(text)) {
			if mt.Rule.ID == id {
				return string(mt.Secret)
			}
		}
	}
	return ""
}
