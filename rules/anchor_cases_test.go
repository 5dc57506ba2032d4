package rules_test

import (
	"reflect"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

// eachCaseText calls visit with every positive and negative case text of
// every rule.
func eachCaseText(t *testing.T, visit func(id, text string)) {
	for id, build := range allCases(t) {
		c, _ := shared.Case(id, 1, build)
		for _, text := range append(append([]string(nil), c.Positives...), c.Negatives...) {
			visit(id, text)
		}
	}
}

// TestAnchoredSearchAgreesOnCases checks, on every line of every rule's
// positive and negative cases, that the anchored search the matcher uses
// for the rule finds exactly what a search of the whole line finds: the
// cases hold each rule's keywords and leading texts in the contexts its
// keys are written in, which a text built from the keywords alone does
// not.
func TestAnchoredSearchAgreesOnCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	compared := 0
	eachCaseText(t, func(id, text string) {
		anchored, whole := rules.AnchoredAndWhole(rs, id, []byte(text))
		for i := range anchored {
			if len(anchored[i]) > 0 || len(whole[i]) > 0 {
				compared++
			}
			if (len(anchored[i]) > 0 || len(whole[i]) > 0) && !reflect.DeepEqual(anchored[i], whole[i]) {
				t.Errorf("%s: anchored search found %v, the whole search %v, in:\n%s", id, anchored[i], whole[i], text)
			}
		}
	})
	if compared < 2000 {
		t.Errorf("%d lines with matches compared: the cases or the anchoring were lost", compared)
	}
	t.Logf("%d lines with matches compared", compared)
}

// TestRequiredTextsHeldOnCases checks, on every line of every rule's
// positive and negative cases, that each match of the rule's regex holds
// one of the texts, and the run of one class of bytes, the matcher
// requires of a window before it searches it: a match without them would
// be skipped.
func TestRequiredTextsHeldOnCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	checkedTexts, checkedRuns := 0, 0
	eachCaseText(t, func(id, text string) {
		u := rules.UnheldRequired(rs, id, []byte(text))
		checkedTexts += u.CheckedTexts
		checkedRuns += u.CheckedRuns
		for _, m := range u.Texts {
			t.Errorf("%s: match %q holds none of the rule's required texts", id, m)
		}
		for _, m := range u.Runs {
			t.Errorf("%s: match %q holds no run the rule requires", id, m)
		}
	})
	withRuns := rules.RulesWithRequiredRuns(rs)
	if withRuns < 1000 {
		t.Errorf("%d rules have a required run: the analysis lost most patterns", withRuns)
	}
	if checkedTexts < 1000 || checkedRuns < 1000 {
		t.Errorf("%d matches checked against required texts and %d against runs: the cases or the analyses were lost", checkedTexts, checkedRuns)
	}
	t.Logf("%d matches checked against required texts, %d against the runs of %d rules", checkedTexts, checkedRuns, withRuns)
}
