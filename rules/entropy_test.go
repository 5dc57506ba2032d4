package rules

import (
	"strings"
	"testing"
)

func TestEntropyFloor(t *testing.T) {
	hex32 := strings.Repeat("0123456789abcdef", 2)
	generic := func(floor float64) *Rule { return &Rule{Category: "generic", Entropy: floor} }
	for _, c := range []struct {
		name   string
		rule   *Rule
		secret string
		want   float64
	}{
		{"hex at a measured length", generic(3.5), hex32, 3.22},
		{"never raised", generic(3.0), hex32, 3.0},
		{"upper-case hex", generic(3.5), strings.ToUpper(hex32), 3.22},
		{"UUID, between 32 and 40", generic(3.5), "01234567-89ab-cdef-0123-456789abcdef", 3.22 + (3.36-3.22)*4/8},
		{"past the longest length measured", generic(4.0), strings.Repeat(hex32, 8), 3.81},
		{"a provider's rule keeps its floor", &Rule{Category: "saas", Entropy: 3.5}, hex32, 3.5},
		{"shorter than 32: a short hash or an id", generic(3.5), hex32[:31], 3.5},
		{"mixed-case hex", generic(3.5), "0123456789abcdef0123456789ABCDEF", 3.5},
		{"digits only: a number", generic(3.5), strings.Repeat("0123456789", 4), 3.5},
		{"letters only", generic(3.5), strings.Repeat("abcdef", 6), 3.5},
		{"five dashes", generic(3.5), "01234567-89ab-cdef-0123-4567-89abcdef", 3.5},
		{"not hex", generic(3.5), strings.Repeat("0123456789abcdefg", 2), 3.5},
	} {
		if got := entropyFloor(c.rule, []byte(c.secret)); got < c.want-1e-9 || got > c.want+1e-9 {
			t.Errorf("%s: entropyFloor(%v, %q) = %v, want %v", c.name, c.rule.Entropy, c.secret, got, c.want)
		}
	}
}
