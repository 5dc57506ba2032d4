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
		c, _ := sharedCase(id, 1, build)
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
// one of the texts the matcher requires of a window before it searches
// it: a match without one would be skipped.
func TestRequiredTextsHeldOnCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	checked := 0
	eachCaseText(t, func(id, text string) {
		unheld, n := rules.UnheldRequiredTexts(rs, id, []byte(text))
		checked += n
		for _, m := range unheld {
			t.Errorf("%s: match %q holds none of the rule's required texts", id, m)
		}
	})
	if checked < 1000 {
		t.Errorf("%d matches checked: the cases or the required texts were lost", checked)
	}
	t.Logf("%d matches checked against required texts", checked)
}

// TestRequiredRunsHeldOnCases checks requiredRun's analysis against every
// rule's cases: each match of a rule with a required run holds the run.
func TestRequiredRunsHeldOnCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	checked := 0
	eachCaseText(t, func(id, text string) {
		unheld, n := rules.UnheldRequiredRuns(rs, id, []byte(text))
		checked += n
		for _, m := range unheld {
			t.Errorf("%s: match %q holds no run the rule requires", id, m)
		}
	})
	n := rules.RulesWithRequiredRuns(rs)
	if n < 1000 {
		t.Errorf("%d rules have a required run: the analysis lost most patterns", n)
	}
	if checked < 1000 {
		t.Errorf("%d matches checked: the cases or the required runs were lost", checked)
	}
	t.Logf("%d matches of %d rules checked against required runs", checked, n)
}
