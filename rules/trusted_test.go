package rules

import (
	"os"
	"path/filepath"
	"testing"
)

// A Trusted config skips parsing its regexes up front; once compiled,
// every default rule takes its secret from the same group as when the
// regexes are parsed and checked first.
func TestTrustedDefaultTakesTheSameGroups(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(filepath.Join("..", "rules.toml"))
	if err != nil {
		t.Fatal(err)
	}
	compile := func(trusted bool) *Ruleset {
		cfg, err := ParseDefault("rules.toml", data)
		if err != nil {
			t.Fatal(err)
		}
		cfg.Trusted = trusted
		rs, err := Compile(cfg)
		if err != nil {
			t.Fatal(err)
		}
		return rs
	}
	checked, trusted := compile(false), compile(true)
	lazy := 0
	for i, r := range trusted.Rules {
		group := r.SecretGroup
		if group < 0 {
			lazy++
			r.Regex.Compiled()
			group = r.Regex.group()
		}
		if want := checked.Rules[i].SecretGroup; group != want {
			t.Errorf("rule %s: trusted takes group %d, checked %d", r.ID, group, want)
		}
	}
	if lazy == 0 {
		t.Error("no trusted rule left its group to the compiled regex: the test checks nothing")
	}
}
