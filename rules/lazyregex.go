package rules

import (
	"regexp"
	"regexp/syntax"
	"sync"
)

// Regexp is a rule's regular expression. Compile parses it, charges it
// to the regex budget and reports it if malformed, but compiles it only
// on first use: most rules never see their keyword in a run, and
// compiling all 1,354 default regexes up front was most of the time and
// memory of a small scan. It is safe for concurrent use.
type Regexp struct {
	expr string
	once sync.Once
	re   *regexp.Regexp
}

// newRegexp returns expr, which syntax.Parse has accepted with the
// flags regexp.Compile uses, to be compiled on first use.
func newRegexp(expr string) *Regexp { return &Regexp{expr: expr} }

// Compiled returns the compiled expression, compiling it on the first call.
func (r *Regexp) Compiled() *regexp.Regexp {
	r.once.Do(func() {
		// regexp.Compile fails only where syntax.Parse does, and the
		// expression was parsed with the same flags when its rule was
		// compiled, so this cannot panic.
		r.re = regexp.MustCompile(r.expr)
	})
	return r.re
}

// FindAllSubmatchIndex is [regexp.Regexp.FindAllSubmatchIndex].
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.Compiled().FindAllSubmatchIndex(b, n)
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }

// parseFlags are the flags regexp.Compile parses with.
const parseFlags = syntax.Perl
