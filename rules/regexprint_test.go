package rules

import (
	"regexp/syntax"
	"testing"
)

// TestExprStringCompilesAlike: an expression written back by exprString
// compiles to the same program as the expression it was parsed from, for
// every default rule and for the parts the rules do not use.
func TestExprStringCompilesAlike(t *testing.T) {
	t.Parallel()
	exprs := []string{
		`(?:)`, `[^\x00-\x{10FFFF}]`, `(?s:.)x.`, `^a$`, `(?m)^a$`, `\Aa\z`, `\bx\B`, `a{2,}b{3}c{0,4}?`,
		`(?i)straße[k-m]+?`, `(?P<secret>a|b)(c)?`, `(?U)a*b`, `[\[\]\\-]\.\*`, `(?i)(?:é|Ω)`,
	}
	for _, r := range defaultForTest(t).Rules {
		exprs = append(exprs, r.Regex.String())
	}
	for _, expr := range exprs {
		re, err := syntax.Parse(expr, parseFlags)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		written := exprString(re)
		again, err := syntax.Parse(written, parseFlags)
		if err != nil {
			t.Errorf("%s written as %s: %v", expr, written, err)
			continue
		}
		if a, b := programOf(t, re), programOf(t, again); a != b {
			t.Errorf("%s written as %s compiles to another program:\n%s\nagainst\n%s", expr, written, b, a)
		}
	}
}

func programOf(t *testing.T, re *syntax.Regexp) string {
	t.Helper()
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		t.Fatal(err)
	}
	return prog.String()
}
