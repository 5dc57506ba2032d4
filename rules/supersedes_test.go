package rules_test

import (
	"slices"
	"testing"

	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// TestSupersedesOneFinding checks, on the positive cases of every rule
// that supersedes others, that a secret it finds is one finding: no rule
// it supersedes reports an overlapping secret. A Labelbox key (a JWT) is
// reported by labelbox-api-key alone, a Clerk key (sk_live_…) by
// clerk-secret-key, not also by jwt and stripe-live-key.
func TestSupersedesOneFinding(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	cases := allCases(t)
	checked := 0
	for _, r := range rs.Rules {
		superseded := rules.SupersededBy(r)
		if len(superseded) == 0 {
			continue
		}
		c, _ := shared.Case(r.ID, 1, cases[r.ID])
		for _, text := range c.Positives {
			ms := rs.NewMatcher().Find([]byte(text))
			for _, own := range ms {
				if own.Rule != r {
					continue
				}
				checked++
				for _, other := range ms {
					if slices.Contains(superseded, other.Rule.ID) && other.Start < own.End && own.Start < other.End {
						t.Errorf("%s supersedes %s, yet both report the secret in:\n%s", r.ID, other.Rule.ID, text)
					}
				}
			}
		}
	}
	if checked < 100 {
		t.Errorf("%d findings of superseding rules checked: the cases or the supersedes lists were lost", checked)
	}
	for _, c := range []struct{ id, superseded string }{{"labelbox-api-key", "jwt"}, {"clerk-secret-key", "stripe-live-key"}} {
		positive, _ := shared.Case(c.id, 1, cases[c.id])
		got := rulecases.RuleIDs(rs.NewMatcher().Find([]byte(positive.Positives[0])))
		if !slices.Equal(got, []string{c.id}) {
			t.Errorf("%s's positive: found %v, want only %s", c.id, got, c.id)
		}
		// The superseded rule still reports a secret no other rule names.
		alone, _ := shared.Case(c.superseded, 1, cases[c.superseded])
		if got := rulecases.RuleIDs(rs.NewMatcher().Find([]byte(alone.Positives[0]))); !slices.Contains(got, c.superseded) {
			t.Errorf("%s's own positive: found %v, want %s", c.superseded, got, c.superseded)
		}
	}
}
