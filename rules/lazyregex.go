package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
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
	// secretGroup is where a rule that names no group takes its secret
	// from (see Rule.SecretGroup): the group named secret, else the
	// first group, else the whole match. It is set on first use (see
	// group), from the parsed expression: an anchored copy has the same
	// groups, and compiling the whole expression only to learn them would
	// double a short scan's compiling.
	groupOnce   sync.Once
	secretGroup int
	// anchored says where in a window the expression is tried, set on
	// first use (see anchoredAt).
	anchoredOnce sync.Once
	anchored     anchor
	// nameRuns says how to search a rule whose matches start before a
	// name, set on first use (see nameRunsOf), else nil.
	nameRunsOnce sync.Once
	nameRuns     *nameRuns
	// prepared, when set, is the plan worked out when keysieve was built
	// (see Prepared), which anchoredAt and group take instead of parsing
	// and analysing the expression.
	prepared *Prepared
}

// anchoredAt returns where in a window the expression is tried: at the
// hits of its keywords (see keywordAnchor) or at the occurrences of its
// leading texts (see literalAnchor); kind anchorNone when it is searched
// whole. It also holds the texts and the run of bytes a window must hold
// to be tried at all (see requiredTexts and requiredRun).
func (r *Regexp) anchoredAt(keywords []string) *anchor {
	r.anchoredOnce.Do(func() {
		if p := r.prepared; p != nil && slices.Equal(p.Keywords, keywords) {
			r.anchored = p.anchor()
			return
		}
		re, err := syntax.Parse(r.expr, parseFlags)
		if err != nil {
			return // cannot happen: the expression was parsed when its rule was compiled
		}
		r.anchored = analyseAnchor(re, keywords)
	})
	return &r.anchored
}

// analyseAnchor works out the anchor of re, a parsed expression, for a
// rule with keywords (lower-case).
func analyseAnchor(re *syntax.Regexp, keywords []string) anchor {
	required := requiredTexts(re, keywords)
	a, ok := keywordAnchor(re, keywords)
	if !ok {
		a, _ = literalAnchor(re)
	}
	a.required = required
	a.run = requiredRun(re)
	return a
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

// group returns secretGroup, working it out on the first call.
func (r *Regexp) group() int {
	r.groupOnce.Do(func() {
		if r.prepared != nil {
			r.secretGroup = r.prepared.SecretGroup
			return
		}
		re, err := syntax.Parse(r.expr, syntax.Perl)
		if err != nil {
			return // cannot happen: the expression was parsed when its rule was compiled
		}
		secretAt := -1
		for i, name := range re.CapNames() {
			if name == "secret" {
				secretAt = i
				break
			}
		}
		r.secretGroup = defaultSecretGroup(secretAt, re.MaxCap())
	})
	return r.secretGroup
}

// defaultSecretGroup is the group a rule takes its secret from when it
// names none, given the index of the group named secret (or -1) and
// how many groups the regex has.
func defaultSecretGroup(secretAt, numSubexp int) int {
	switch {
	case secretAt > 0:
		return secretAt
	case numSubexp > 0:
		return 1
	}
	return 0
}

// FindAllSubmatchIndex is [regexp.Regexp.FindAllSubmatchIndex].
func (r *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return r.Compiled().FindAllSubmatchIndex(b, n)
}

// FindSubmatchIndex is [regexp.Regexp.FindSubmatchIndex].
func (r *Regexp) FindSubmatchIndex(b []byte) []int {
	return r.Compiled().FindSubmatchIndex(b)
}

// String returns the source text of the expression.
func (r *Regexp) String() string { return r.expr }

// parseFlags are the flags regexp.Compile parses with.
const parseFlags = syntax.Perl

// parsedRegex is what parsing one rule's regex tells Compile. It depends
// on the expression alone, so a Config keeps it for every Compile it
// takes part in (see Config.parsedRegex).
type parsedRegex struct {
	expr      string
	err       error // malformed, or over the per-regex budget
	cost      int   // estimated compiled size, for the ruleset's budget
	numSubexp int
	secretAt  int // the index of the group named secret, or -1
	re        *Regexp
	// unchecked says the expression was not parsed: it belongs to a
	// Trusted config, and only err and re are meaningful.
	unchecked bool
}

func parseRegex(expr string) parsedRegex {
	p := parsedRegex{expr: expr, secretAt: -1}
	parsed, cost, err := measure(expr)
	if err != nil {
		p.err = err
		return p
	}
	p.cost, p.numSubexp, p.re = cost, parsed.MaxCap(), newRegexp(expr)
	p.secretAt = slices.Index(parsed.CapNames(), "secret")
	return p
}

// regexMemo holds the parsed regexes of a Config's rules, filled on the
// first Compile the Config takes part in: a user config is compiled on
// top of the same parsed default ruleset again and again (every run of a
// long-lived App, every 'rules check'), and parsing its 1,354 regexes was
// most of the cost. The rules' Regexps are shared too, so each is
// compiled at most once per process.
type regexMemo struct {
	once sync.Once
	list []parsedRegex
}

// parsedRegex returns rule i's regex parsed, from the memo unless the
// rule's regex was changed after the memo was filled.
func (c *Config) parsedRegex(i int) parsedRegex {
	expr := c.Rules[i].Regex
	c.regexes.once.Do(func() {
		c.regexes.list = make([]parsedRegex, len(c.Rules))
		for j := range c.Rules {
			if c.Trusted {
				re := newRegexp(c.Rules[j].Regex)
				if len(c.Prepared) == len(c.Rules) {
					re.prepared = &c.Prepared[j]
				}
				c.regexes.list[j] = parsedRegex{expr: c.Rules[j].Regex, re: re, unchecked: true}
				continue
			}
			c.regexes.list[j] = parseRegex(c.Rules[j].Regex)
		}
	})
	if i < len(c.regexes.list) && c.regexes.list[i].expr == expr {
		return c.regexes.list[i]
	}
	return parseRegex(expr)
}
