package rules

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Bounds of the analysis of literalAnchor.
const (
	minLiteralLen = 3  // bytes of the shortest leading text a rest may have
	maxLiteralLen = 8  // bytes of each leading text looked for
	maxLeadPaths  = 32 // paths a regex may have
	// maxLiteralRests is how many rests a regex may have, each compiled on
	// its own: a bound on what anchoring adds to a rule's compiled size.
	maxLiteralRests = 4
)

// A rule whose keywords are longer than its regex's leading text
// (backlog_api, backlog.jp, ... for a regex opening with backlog), or
// whose branches each have their own lead, cannot be tried at its keyword
// hits: a match may start at an occurrence of backlog that no keyword
// begins.
// It is tried instead at each occurrence of its regex's leading texts in
// the window (anchorAtLiteral), its lead checked by hand before there: a
// handful of anchored tries where an unanchored search runs the whole
// regex from every byte of the window.
//
// The regex is read as a list of paths in the order a backtracking search
// prefers them, each a lead (assertions, single characters and runs of a
// class: ^, \b, [^\w], \\n, [ \t]*) and a rest whose every match begins
// with one of a few texts of at least minLiteralLen bytes. An alternation
// contributes the paths of each of its branches followed by what comes
// after it, in their order; paths whose rests differ only by a lead share
// one rest. Leading texts are matched ASCII case folded, as keywords are:
// a (?i) literal matched by a non-ASCII fold (the Kelvin sign for k) is
// not tried: the keyword automaton does not see it either. A rule tried
// at its keyword hits (keywordAnchor) has paths too: one per branch of
// its lead, all sharing one rest; both kinds are tried by findAt.

// pathLead is one step of a path's lead: an assertion, one character of a
// class, or a run of a class.
type pathLead struct {
	assert syntax.EmptyOp // an assertion when not zero
	class  []rune         // else the character's class, as ranges
	run    bool           // the class repeated, any number of times ([ \t]*)
}

// leadPath is one way a match may begin: its lead, checked backwards from
// an occurrence of a leading text, then rests[rest] anchored there.
type leadPath struct {
	lead []pathLead
	rest int
}

// literalSet finds the leading texts of a rule's rests, ASCII case folded.
type literalSet struct {
	size  int             // bytes of each text
	first [256]bool       // bytes a text begins with, in both cases
	texts map[string]bool // the texts, lower-case
}

// anchoredRest is one rest of an anchored rule: its regex, anchored at
// the text's start, and the group of the whole regex that each of its
// groups is. A rest of a prepared plan (see Prepared) is compiled on its
// first try: most rules' windows are turned down before any is tried.
type anchoredRest struct {
	expr   string // \A(?:rest), its groups named g<index in the whole regex>
	once   sync.Once
	re     *regexp.Regexp
	groups []int // groups[i] is the whole regex's index of the rest's group i
}

// compiled returns the rest's regex and its groups, compiling it on the
// first call.
func (r *anchoredRest) compiled() (*regexp.Regexp, []int) {
	r.once.Do(func() {
		if r.re == nil {
			// expr compiled when the plan was prepared, so this cannot panic
			r.re = regexp.MustCompile(r.expr)
			r.groups = restGroups(r.re)
		}
	})
	return r.re, r.groups
}

// literalAnchor analyses re, a parsed expression, for anchorAtLiteral and
// compiles its rests (naming re's groups for them). It returns false when
// re does not have that shape.
func literalAnchor(re *syntax.Regexp) (anchor, bool) {
	paths, rests, ok := regexPaths(re)
	if !ok || len(paths) > maxLeadPaths {
		return anchor{}, false
	}
	a := anchor{kind: anchorAtLiteral, paths: paths, numGroups: re.MaxCap()}
	var leads []lead
	for _, rest := range rests {
		got, ok := leadingTexts(rest.Simplify(), []lead{{}})
		if !ok {
			return anchor{}, false
		}
		leads = append(leads, got...)
	}
	lits, ok := newLiteralSet(leads)
	if !ok || runIsAmbiguous(paths, &lits) {
		return anchor{}, false
	}
	a.lits = lits
	for _, rest := range rests {
		lr, err := compileRest(rest)
		if err != nil {
			return anchor{}, false
		}
		a.rests = append(a.rests, lr)
	}
	return a, true
}

// runIsAmbiguous reports whether a run in a path's lead could end in more
// than one place: where what follows it (the next unit, or the first byte
// of a leading text) may be a character of its class, or is not a class.
// Each run must end where what follows begins, so that where the match
// starts follows from where the text occurs.
func runIsAmbiguous(paths []leadPath, lits *literalSet) bool {
	for _, p := range paths {
		for k, u := range p.lead {
			if !u.run {
				continue
			}
			if k+1 < len(p.lead) {
				next := p.lead[k+1]
				if next.run || next.assert != 0 || classesMeet(u.class, next.class) {
					return true
				}
				continue
			}
			for c := range lits.first {
				if lits.first[c] && inClass(u.class, rune(c)) {
					return true
				}
			}
		}
	}
	return false
}

// classesMeet reports whether two classes (lists of ranges) share a
// character.
func classesMeet(a, b []rune) bool {
	for i := 0; i+1 < len(a); i += 2 {
		for j := 0; j+1 < len(b); j += 2 {
			if a[i] <= b[j+1] && b[j] <= a[i+1] {
				return true
			}
		}
	}
	return false
}

// regexPaths lists re's paths (see literalAnchor) and their rests, paths
// with the same rest sharing it.
func regexPaths(re *syntax.Regexp) ([]leadPath, []*syntax.Regexp, bool) {
	var paths []leadPath
	var restParts [][]*syntax.Regexp
	addPath := func(lead []pathLead, rest []*syntax.Regexp) {
		if len(rest) > 1 && isClassRun(rest[0]) {
			lead = append(slices.Clip(lead), pathLeads(rest[0])...)
			rest = rest[1:]
		}
		i := slices.IndexFunc(restParts, func(parts []*syntax.Regexp) bool { return slices.Equal(parts, rest) })
		if i < 0 {
			i = len(restParts)
			restParts = append(restParts, rest)
		}
		paths = append(paths, leadPath{lead: lead, rest: i})
	}
	var walk func(parts []*syntax.Regexp) bool
	walk = func(parts []*syntax.Regexp) bool {
		if len(paths) > maxLeadPaths || len(parts) == 0 {
			return false
		}
		first := parts[0]
		switch first.Op {
		case syntax.OpConcat:
			return walk(append(slices.Clip(first.Sub), parts[1:]...))
		case syntax.OpAlternate:
			for _, branch := range first.Sub {
				if !walk(append([]*syntax.Regexp{branch}, parts[1:]...)) {
					return false
				}
			}
			return true
		case syntax.OpWordBoundary, syntax.OpNoWordBoundary, syntax.OpBeginLine, syntax.OpBeginText, syntax.OpCharClass:
			if len(parts) < 2 {
				return false
			}
			addPath(pathLeads(first), parts[1:])
			return true
		}
		addPath(nil, parts)
		return true
	}
	if !walk([]*syntax.Regexp{re}) {
		return nil, nil, false
	}
	paths, restParts = shareRests(paths, restParts)
	if len(restParts) > maxLiteralRests {
		return nil, nil, false
	}
	rests := make([]*syntax.Regexp, len(restParts))
	for i, parts := range restParts {
		rests[i] = concatOf(parts, re.Flags)
	}
	return paths, rests, true
}

// shareRests moves the characters and assertions a rest begins with into
// the lead of its paths where what follows them is another rest: the
// branch \\[nrt]acme… of (?:^|\\[nrt]|[^\w])acme… then shares the rest
// acme… of the other two, and a rule compiles it once.
func shareRests(paths []leadPath, restParts [][]*syntax.Regexp) ([]leadPath, [][]*syntax.Regexp) {
	used := make([]bool, len(restParts))
	moved := make([]int, len(restParts)) // the rest each moves to, or itself
	prefix := make([][]pathLead, len(restParts))
	for i, parts := range restParts {
		moved[i] = i
		for j, other := range restParts {
			if n := len(parts) - len(other); j != i && n > 0 && slices.Equal(parts[n:], other) {
				if lead, ok := leadsOf(parts[:n]); ok {
					moved[i], prefix[i] = j, lead
					break
				}
			}
		}
	}
	for k := range paths {
		i := paths[k].rest
		if moved[i] != i && moved[moved[i]] == moved[i] {
			paths[k].lead = append(slices.Clip(paths[k].lead), prefix[i]...)
			paths[k].rest = moved[i]
		}
		used[paths[k].rest] = true
	}
	index := make([]int, len(restParts))
	var kept [][]*syntax.Regexp
	for i, parts := range restParts {
		if used[i] {
			index[i] = len(kept)
			kept = append(kept, parts)
		}
	}
	for k := range paths {
		paths[k].rest = index[paths[k].rest]
	}
	return paths, kept
}

// leadsOf returns parts as a lead, when each is an assertion, a class or
// a literal.
func leadsOf(parts []*syntax.Regexp) ([]pathLead, bool) {
	var lead []pathLead
	for _, p := range parts {
		l := pathLeads(p)
		if l == nil {
			return nil, false
		}
		lead = append(lead, l...)
	}
	return lead, true
}

// concatOf returns parts as one expression.
func concatOf(parts []*syntax.Regexp, flags syntax.Flags) *syntax.Regexp {
	if len(parts) == 1 {
		return parts[0]
	}
	return &syntax.Regexp{Op: syntax.OpConcat, Flags: flags, Sub: slices.Clone(parts)}
}

// isClassRun reports whether re is a class repeated any number of times.
func isClassRun(re *syntax.Regexp) bool {
	return re.Op == syntax.OpStar && re.Sub[0].Op == syntax.OpCharClass
}

// pathLeads returns the lead that re is: an assertion, a class, a class's
// run or each character of a literal; nil for anything else.
func pathLeads(re *syntax.Regexp) []pathLead {
	if isClassRun(re) {
		return []pathLead{{class: re.Sub[0].Rune, run: true}}
	}
	switch re.Op {
	case syntax.OpWordBoundary:
		return []pathLead{{assert: syntax.EmptyWordBoundary}}
	case syntax.OpNoWordBoundary:
		return []pathLead{{assert: syntax.EmptyNoWordBoundary}}
	case syntax.OpBeginLine:
		return []pathLead{{assert: syntax.EmptyBeginLine}}
	case syntax.OpBeginText:
		return []pathLead{{assert: syntax.EmptyBeginText}}
	case syntax.OpCharClass:
		return []pathLead{{class: re.Rune}}
	case syntax.OpLiteral:
		var lead []pathLead
		for _, r := range re.Rune {
			lead = append(lead, pathLead{class: literalClass(r, re.Flags&syntax.FoldCase != 0)})
		}
		return lead
	}
	return nil
}

// literalClass returns the class of r, with its other cases when fold.
func literalClass(r rune, fold bool) []rune {
	class := []rune{r, r}
	for f := unicode.SimpleFold(r); fold && f != r; f = unicode.SimpleFold(f) {
		class = append(class, f, f)
	}
	return class
}

// newLiteralSet returns the set of leads' texts cut to one length, or
// false when a lead is shorter than minLiteralLen or holds a byte outside
// ASCII (whose other cases the set would not find).
func newLiteralSet(leads []lead) (literalSet, bool) {
	s := literalSet{size: maxLiteralLen, texts: map[string]bool{}}
	for _, l := range leads {
		s.size = min(s.size, len(l.text))
	}
	if s.size < minLiteralLen {
		return literalSet{}, false
	}
	for _, l := range leads {
		if strings.ContainsFunc(l.text[:s.size], func(r rune) bool { return r >= utf8.RuneSelf }) {
			return literalSet{}, false
		}
	}
	for _, l := range leads {
		text := l.text[:s.size]
		s.texts[text] = true
		s.first[text[0]] = true
		s.first[toUpperASCII(text[0])] = true
	}
	return s, true
}

func toUpperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

// occurrences appends to dst where the set's texts occur in text, in
// order, stopping once dst holds more than limit.
func (s *literalSet) occurrences(dst []int, text []byte, limit int) []int {
	var buf [maxLiteralLen]byte
	for i := 0; i+s.size <= len(text); i++ {
		if !s.first[text[i]] {
			continue
		}
		for j := range s.size {
			buf[j] = toLowerASCII(text[i+j])
		}
		if s.texts[string(buf[:s.size])] {
			if dst = append(dst, i); len(dst) > limit {
				return dst
			}
		}
	}
	return dst
}

func toLowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c - 'A' + 'a'
	}
	return c
}

// compileRest compiles rest anchored at the text's start, its groups
// named for the whole regex's groups they are.
func compileRest(rest *syntax.Regexp) (*anchoredRest, error) {
	renameGroups(rest)
	expr := `\A(?:` + exprString(rest) + `)`
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	return &anchoredRest{expr: expr, re: re, groups: restGroups(re)}, nil
}

// restGroups returns the whole regex's index of each group of re, a rest
// whose groups renameGroups named.
func restGroups(re *regexp.Regexp) []int {
	groups := make([]int, re.NumSubexp()+1)
	for i, name := range re.SubexpNames() {
		if i > 0 {
			groups[i], _ = strconv.Atoi(strings.TrimPrefix(name, "g"))
		}
	}
	return groups
}

// renameGroups names each group of re g<index>, its index in the whole
// regex, so that the rest's groups can be told apart once compiled alone.
func renameGroups(re *syntax.Regexp) {
	if re.Op == syntax.OpCapture {
		re.Name = "g" + strconv.Itoa(re.Cap)
	}
	for _, sub := range re.Sub {
		renameGroups(sub)
	}
}

// startBefore returns where a match taking path p would start, given that
// its rest starts at text[at]: the leftmost place its lead matches from
// up to at, matched backwards.
func (p *leadPath) startBefore(text []byte, at int) (int, bool) {
	return leadStart(p.lead, text, at)
}

// leadStart returns the leftmost place from which lead matches text up to
// at. A run takes the longest stretch of its class before at that lets the
// units before it match, tried from the longest; the start only moves
// right as the stretch shortens, so the first that matches is leftmost.
func leadStart(lead []pathLead, text []byte, at int) (int, bool) {
	for i := len(lead) - 1; i >= 0; i-- {
		u := &lead[i]
		switch {
		case u.run:
			from := at
			for from > 0 {
				c, size := utf8.DecodeLastRune(text[:from])
				if !inClass(u.class, c) {
					break
				}
				from -= size
			}
			for q := from; q <= at; {
				if start, ok := leadStart(lead[:i], text, q); ok {
					return start, true
				}
				_, size := utf8.DecodeRune(text[q:])
				q += max(size, 1)
			}
			return 0, false
		case u.assert != 0:
			if !assertionHolds(u.assert, text, at) {
				return 0, false
			}
			continue
		case at == 0:
			return 0, false
		}
		c, size := utf8.DecodeLastRune(text[:at])
		if !inClass(u.class, c) {
			return 0, false
		}
		at -= size
	}
	return at, true
}

// assertionHolds reports whether assertion op holds at text[at].
func assertionHolds(op syntax.EmptyOp, text []byte, at int) bool {
	before, after := rune(-1), rune(-1)
	if at > 0 {
		before, _ = utf8.DecodeLastRune(text[:at])
	}
	if at < len(text) {
		after, _ = utf8.DecodeRune(text[at:])
	}
	return syntax.EmptyOpContext(before, after)&op == op
}

// inClass reports whether c is in class, a list of ranges.
func inClass(class []rune, c rune) bool {
	for i := 0; i+1 < len(class); i += 2 {
		if class[i] <= c && c <= class[i+1] {
			return true
		}
	}
	return false
}

// candidate is a place a match may start: path's lead begins at start
// and its rest at at.
type candidate struct{ start, path, at int }

// findAt returns the matches of the anchor's regex in text, tried at
// places (ascending: keyword hits, or occurrences of the leading texts),
// as [regexp.Regexp.FindAllSubmatchIndex] would return them. Each path is
// tried at each place; the candidates are taken leftmost first, paths in
// their order where they start alike, and none that starts inside the
// last match.
func (a *anchor) findAt(text []byte, places []int) [][]int {
	var cands []candidate
	for _, p := range places {
		for pi := range a.paths {
			if start, ok := a.paths[pi].startBefore(text, p); ok {
				cands = append(cands, candidate{start, pi, p})
			}
		}
	}
	slices.SortStableFunc(cands, func(x, y candidate) int { return x.start - y.start })
	var locs [][]int
	covered := 0
	for _, c := range cands {
		if c.start < covered {
			continue
		}
		if loc := a.tryPath(text, c); loc != nil {
			locs = append(locs, loc)
			covered = max(loc[1], c.start+1)
		}
	}
	return locs
}

// tryPath returns the match of candidate c's rest anchored at c.at, as a
// match of the whole regex starting at c.start, or nil.
func (a *anchor) tryPath(text []byte, c candidate) []int {
	re, groups := a.rests[a.paths[c.path].rest].compiled()
	got := re.FindSubmatchIndex(text[c.at:])
	if got == nil {
		return nil
	}
	loc := make([]int, 2*(a.numGroups+1))
	for i := range loc {
		loc[i] = -1
	}
	loc[0], loc[1] = c.start, c.at+got[1]
	for i := 1; i < len(groups); i++ {
		if g := groups[i]; got[2*i] >= 0 {
			loc[2*g], loc[2*g+1] = c.at+got[2*i], c.at+got[2*i+1]
		}
	}
	return loc
}
