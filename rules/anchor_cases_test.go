package rules_test

import (
	"reflect"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

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
	for id, build := range allCases(t) {
		c, _ := sharedCase(id, 1, build)
		for _, text := range append(append([]string(nil), c.Positives...), c.Negatives...) {
			anchored, whole := rules.AnchoredAndWhole(rs, id, []byte(text))
			for i := range anchored {
				if len(anchored[i]) > 0 || len(whole[i]) > 0 {
					compared++
				}
				if (len(anchored[i]) > 0 || len(whole[i]) > 0) && !reflect.DeepEqual(anchored[i], whole[i]) {
					t.Errorf("%s: anchored search found %v, the whole search %v, in:\n%s", id, anchored[i], whole[i], text)
				}
			}
		}
	}
	if compared < 2000 {
		t.Errorf("%d lines with matches compared: the cases or the anchoring were lost", compared)
	}
	t.Logf("%d lines with matches compared", compared)
}
