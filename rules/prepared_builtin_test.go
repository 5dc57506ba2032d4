package rules_test

import (
	"reflect"
	"testing"

	"github.com/keysieve/keysieve/rules/builtin"
)

// TestBuiltinPlansMatchAnalysis checks that the search plans package
// builtin holds (prepared_gen.go) are those the matcher works out from
// rules.toml's regexes and keywords as they stand: a plan written before
// a rule or the analysis changed would search that rule wrongly.
func TestBuiltinPlansMatchAnalysis(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	plans := builtin.Config().Prepared
	stale := "rules/builtin/prepared_gen.go is stale: run go generate ./rules/builtin"
	if len(plans) != len(rs.Rules) {
		t.Fatalf("%d plans for %d rules. %s", len(plans), len(rs.Rules), stale)
	}
	for i, r := range rs.Rules {
		if got := r.Prepare(); !reflect.DeepEqual(got, plans[i]) {
			t.Fatalf("rule %d (%s): the matcher works out\n%+v\nthe built-in plan is\n%+v\n%s", i, r.ID, got, plans[i], stale)
		}
	}
}
