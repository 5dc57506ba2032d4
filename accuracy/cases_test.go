package accuracy_test

import (
	"slices"
	"testing"

	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// shared holds the cases and the Finds on their texts that the tests of
// this package share (see rulecases.Memo).
var shared rulecases.Memo

// allCases returns every rule's case builder (internal/rulecases).
func allCases(t testing.TB) map[string]rulecases.Builder { return rulecases.MustAll(t) }

// loadDefault returns the default ruleset, compiled once per test binary.
func loadDefault(t testing.TB) *rules.Ruleset { return rulecases.MustDefault(t) }

// TestEveryRuleHasCases fails when a rule of the default ruleset lacks
// generated positives or negatives, so coverage cannot rot, and checks
// every case against the full ruleset.
func TestEveryRuleHasCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	cases := allCases(t)
	m := rs.NewMatcher()
	find := func(text []byte) []rules.Match { return shared.Find(m.Find, text) } // shared: see rulecases.Memo
	for _, r := range rs.Rules {
		t.Run(r.ID, func(t *testing.T) {
			build, ok := cases[r.ID]
			if !ok {
				t.Fatalf("rule %s has no test cases", r.ID)
			}
			for seed := uint64(1); seed <= 3; seed++ {
				c, _ := shared.Case(r.ID, seed, build)
				if len(c.Positives) < rulecases.MinCases || len(c.Negatives) < rulecases.MinCases {
					t.Fatalf("rule %s has %d positives and %d negatives; want at least %d of each",
						r.ID, len(c.Positives), len(c.Negatives), rulecases.MinCases)
				}
				checkCasesWith(t, find, r.ID, c)
			}
		})
	}
	for id := range cases {
		if rs.Rule(id) == nil {
			t.Errorf("cases for unknown rule %q", id)
		}
	}
}

// checkCasesWith checks that find, a Find of the default ruleset, gives
// rule id on each of c's positives and not on any negative.
func checkCasesWith(t *testing.T, find func([]byte) []rules.Match, id string, c rulecases.Cases) {
	t.Helper()
	for _, text := range c.Positives {
		if got := rulecases.RuleIDs(find([]byte(text))); !slices.Contains(got, id) {
			t.Errorf("positive not found by %s (found %v) in:\n%s", id, got, rulecases.Indent(text))
		}
	}
	for _, text := range c.Negatives {
		if got := rulecases.RuleIDs(find([]byte(text))); slices.Contains(got, id) {
			t.Errorf("negative found by %s in:\n%s", id, rulecases.Indent(text))
		}
	}
}
