package rules_test

import (
	"regexp/syntax"
	"testing"
)

// maxBacktrackProg is the largest program, in instructions, that Go's
// regexp runs with its bit-state backtracker (regexp/backtrack.go); a
// larger one runs on the NFA, several times slower per byte.
const maxBacktrackProg = 500

// TestGenericRulesFitTheBacktracker keeps every generic rule's regex small
// enough for Go's backtracker. Generic rules run on every window of words
// as common as token, password and key, so one that outgrows the limit
// slows the whole matcher (generic-secret did, at 539 instructions).
func TestGenericRulesFitTheBacktracker(t *testing.T) {
	t.Parallel()
	for _, r := range loadDefault(t).Rules {
		if r.Category != "generic" {
			continue
		}
		re, err := syntax.Parse(r.Regex.String(), syntax.Perl)
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		prog, err := syntax.Compile(re.Simplify())
		if err != nil {
			t.Fatalf("%s: %v", r.ID, err)
		}
		if n := len(prog.Inst); n > maxBacktrackProg {
			t.Errorf("%s compiles to %d instructions, over the backtracker's %d", r.ID, n, maxBacktrackProg)
		}
	}
}
