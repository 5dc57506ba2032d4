package rules

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The cheap test in isExpression may only skip values the pattern would
// not match: random values built from the pattern's own pieces agree.
func TestIsExpressionAgreesWithItsPattern(t *testing.T) {
	pieces := []string{
		"a", "Z", "9", "_", ".", "$", "-", `\`, "+", "(", ")", "[", "]", "=>", "->", "::", ":",
		"%s", "%d", "%v", "%", "{", "}", "{0}", "#{", "${", " ", "\t", "\v", "\f", "|| ", "&& ",
		"?? ", "new ", "await ", "func", "function", "return", "fun", "retur", "x",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for range 20000 {
		s := joinRandomPieces(rng, pieces, 6)
		want := expressionShape.MatchString(s)
		if got := isExpression(s); got != want {
			t.Fatalf("isExpression(%q) = %v, the pattern says %v", s, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 1000 {
		t.Fatalf("only %d of the random values are expressions: the test checks too little", matched)
	}
}

// joinRandomPieces joins 1 to most pieces drawn at random, for tests that
// check a byte test against its pattern on random values.
func joinRandomPieces(rng *rand.Rand, pieces []string, most int) string {
	var b strings.Builder
	for range 1 + rng.IntN(most) {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}
