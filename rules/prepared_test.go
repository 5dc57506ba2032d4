package rules

import (
	"maps"
	"reflect"
	"slices"
	"testing"
)

// TestPreparedPlanRebuildsTheAnchor checks that each default rule's plan
// (Rule.Prepare) gives back the anchor the matcher worked out: the
// built-in ruleset searches with anchors rebuilt from plans.
func TestPreparedPlanRebuildsTheAnchor(t *testing.T) {
	t.Parallel()
	rs, err := internalDefault()
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rs.Rules {
		want := r.Regex.anchoredAt(r.Keywords)
		p := r.Prepare()
		got := p.anchor()
		if got.kind != want.kind || got.numGroups != want.numGroups || got.lits.size != want.lits.size ||
			got.lits.first != want.lits.first || !maps.Equal(got.lits.texts, want.lits.texts) ||
			!slices.Equal(got.required, want.required) || (got.required == nil) != (want.required == nil) ||
			!reflect.DeepEqual(got.run, want.run) || !samePaths(got.paths, want.paths) ||
			!slices.EqualFunc(got.rests, want.rests, func(a, b *anchoredRest) bool { return a.expr == b.expr }) {
			t.Fatalf("%s: the plan's anchor differs from the matcher's:\n%+v\n%+v", r.ID, got, *want)
		}
		if p.SecretGroup != r.Regex.group() {
			t.Fatalf("%s: the plan's secret group is %d, the regex's %d", r.ID, p.SecretGroup, r.Regex.group())
		}
	}
}

func samePaths(a, b []leadPath) bool {
	return slices.EqualFunc(a, b, func(x, y leadPath) bool {
		return x.rest == y.rest && slices.EqualFunc(x.lead, y.lead, func(u, v pathLead) bool {
			return u.assert == v.assert && u.run == v.run && slices.Equal(u.class, v.class)
		})
	})
}
