package rules

import (
	"os"
	"testing"
)

// TestSupersedesNameRules checks that every id a default rule supersedes
// names another rule of the default ruleset: an unknown id is passed over
// at compile time (a user may disable the rule), so a misspelt one would
// silently do nothing.
func TestSupersedesNameRules(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := ParseDefault("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	rs := defaultForTest(t)
	named := 0
	for _, spec := range cfg.Rules {
		for _, id := range spec.Supersedes {
			named++
			if rs.Rule(id) == nil || id == spec.ID {
				t.Errorf("rule %q supersedes %q, which is not another rule of the default ruleset", spec.ID, id)
			}
		}
		if r := rs.Rule(spec.ID); len(r.supersedes) != len(spec.Supersedes) {
			t.Errorf("rule %q: %d superseded rules linked, %d named", spec.ID, len(r.supersedes), len(spec.Supersedes))
		}
	}
	if named == 0 {
		t.Error("no default rule supersedes another: the lists were lost")
	}
}
