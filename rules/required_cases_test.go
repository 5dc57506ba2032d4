package rules_test

import (
	"testing"

	"github.com/keysieve/keysieve/rules"
)

// TestRequiredTextsHeldOnCases checks, on every line of every rule's
// positive and negative cases, that each match of the rule's regex holds
// one of the texts the matcher requires of a window before it searches
// it: a match without one would be skipped.
func TestRequiredTextsHeldOnCases(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	checked := 0
	for id, build := range allCases(t) {
		c, _ := sharedCase(id, 1, build)
		for _, text := range append(append([]string(nil), c.Positives...), c.Negatives...) {
			unheld, n := rules.UnheldRequiredTexts(rs, id, []byte(text))
			checked += n
			for _, m := range unheld {
				t.Errorf("%s: match %q holds none of the rule's required texts", id, m)
			}
		}
	}
	if checked < 1000 {
		t.Errorf("%d matches checked: the cases or the required texts were lost", checked)
	}
	t.Logf("%d matches checked against required texts", checked)
}
