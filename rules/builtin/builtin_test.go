package builtin

import (
	"os"
	"reflect"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

// TestSpecsMatchRulesToml checks that the Go ruleset is rules.toml as
// the rules package decodes it.
func TestSpecsMatchRulesToml(t *testing.T) {
	data, err := os.ReadFile("../../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	want, err := rules.ParseDefault("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	got := Config()
	stale := "rules.toml changed since rules/builtin/specs_gen.go was written: run go generate ./rules/builtin"
	if !reflect.DeepEqual(got.Extend, want.Extend) || !reflect.DeepEqual(got.Allowlist, want.Allowlist) {
		t.Fatalf("the top-level tables differ. %s", stale)
	}
	if len(got.Rules) != len(want.Rules) {
		t.Fatalf("%d rules, rules.toml has %d. %s", len(got.Rules), len(want.Rules), stale)
	}
	for i := range want.Rules {
		if !reflect.DeepEqual(got.Rules[i], want.Rules[i]) {
			t.Fatalf("rule %d (%s) differs from rules.toml's (%s). %s", i, got.Rules[i].ID, want.Rules[i].ID, stale)
		}
	}
	if !got.Trusted {
		t.Error("the built-in ruleset is not marked Trusted")
	}
}

// TestConfigIsACopy checks that a caller changing one Config's rules
// changes no other.
func TestConfigIsACopy(t *testing.T) {
	a := Config()
	a.Rules[0].ID = "changed"
	if Config().Rules[0].ID == "changed" {
		t.Error("Config shares its rules between calls")
	}
}
