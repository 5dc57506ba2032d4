package rules

import (
	"bytes"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// Bounds of the required-text analysis (see requiredTexts).
const (
	maxRequiredTexts  = 24 // texts of one set
	maxRequiredLength = 32 // bytes of a text built by joining parts
	maxRequiredClass  = 4  // characters a class may hold to be spelt out
	minRequiredLength = 2  // bytes of each text of a set: one byte is in most windows
	// maxRequiredKeywords is the most keywords a rule may have to be
	// analysed: each set found is judged against every keyword.
	maxRequiredKeywords = 256
)

// textSet is a set of ASCII texts, lower-case, at least one of which every
// match of a regex holds: a window that holds none of them, in any case,
// cannot match, and is not searched. A nil set says nothing: every window
// is searched.
//
// It is what keeps a rule whose keyword is common from costing its
// regex's search on every window of it: checkout-secret-key's windows
// open at every `checkout-` of a Git history, and its regex cannot match
// one without `sk_`, which a scan for the byte pair rules out at a
// fraction of the search's cost.
type textSet []string

// foundIn reports whether text may hold a match: it holds one of the set's
// texts, ASCII case folded, or the set is nil. Under (?i) the regex also
// takes K (U+212A) for k and ſ (U+017F) for s, so a text holding either is
// searched too.
func (s textSet) foundIn(text []byte) bool {
	if s == nil {
		return true
	}
	for _, t := range s {
		if containsFold(text, t) {
			return true
		}
	}
	return bytes.Contains(text, kelvinSign) || bytes.Contains(text, longS)
}

var (
	kelvinSign = []byte("\u212a")
	longS      = []byte("\u017f")
)

// containsFold reports whether s holds t (lower-case ASCII, not empty) in
// any ASCII case. It looks for t's least common byte (see probeAt), so
// that a window of dashes costs no more than any other when t is `-u`.
func containsFold(s []byte, t string) bool {
	n := len(s) - len(t) + 1
	if n <= 0 {
		return false
	}
	p := probeAt(t)
	probes := s[p : p+n] // probes[i] is the byte t's probe meets if t starts at i
	lower, upper := t[p], toUpperASCII(t[p])
	nextLower, nextUpper := -1, -1
	for i := 0; i < n; {
		if nextLower < i {
			nextLower = indexByteFrom(probes, lower, i)
		}
		if nextUpper < i {
			nextUpper = nextLower
			if upper != lower {
				nextUpper = indexByteFrom(probes, upper, i)
			}
		}
		at := min(nextLower, nextUpper)
		if at >= n {
			return false
		}
		if bytes.EqualFold(s[at:at+len(t)], []byte(t)) {
			return true
		}
		i = at + 1
	}
	return false
}

// probeAt returns the index of the byte of t least common in text, by a
// rough rank: spaces and punctuation, then common letters, then other
// letters, then digits and the rest.
// It runs at every window a required text is looked for in, so the ranks
// are a table.
func probeAt(t string) int {
	best, bestRank := 0, -1
	for i := range len(t) {
		if r := int(byteRanks[t[i]]); r > bestRank {
			best, bestRank = i, r
		}
	}
	return best
}

// byteRanks is byteRank of every byte, built once.
var byteRanks = func() (ranks [256]uint8) {
	for c := range ranks {
		ranks[c] = uint8(byteRank(byte(c)))
	}
	return ranks
}()

func byteRank(c byte) int {
	switch {
	case strings.IndexByte(" \t-_.,:;=/\"'()", c) >= 0:
		return 0
	case strings.IndexByte("etaoinsrlcdu", c) >= 0:
		return 1
	case 'a' <= c && c <= 'z':
		return 2
	}
	return 3
}

// indexByteFrom returns the first index of c in s at or after from, or
// len(s).
func indexByteFrom(s []byte, c byte, from int) int {
	if i := bytes.IndexByte(s[from:], c); i >= 0 {
		return from + i
	}
	return len(s)
}

// requiredTexts returns the texts at least one of which every match of re
// (parsed) holds, chosen to rule out as many windows as it can: of the
// sets the analysis finds, the one whose shortest text is longest, then
// the smallest. A set that every keyword of the rule already holds (a
// rule keyed on `curl` needing `curl`) rules out no window and is not
// chosen; nil when no set is worth checking.
//
// The analysis follows literals, small classes, concatenations,
// alternations, optional parts and repeats of at least one; anything else
// (a wide class, a star) is a part of unknown text that splits the texts
// around it.
func requiredTexts(re *syntax.Regexp, keywords []string) textSet {
	if len(keywords) > maxRequiredKeywords {
		return nil // a user's rule of many keywords: not worth judging sets against them all
	}
	a := requiredAnalysis{}
	for _, k := range keywords {
		a.keywords = append(a.keywords, strings.ToLower(k))
	}
	f := a.facts(re.Simplify())
	return a.better(f.need, f.exactSet(&a))
}

// requiredAnalysis holds what the analysis of one regex judges sets by.
type requiredAnalysis struct {
	keywords []string // the rule's keywords, lower-case
}

// textFacts is what the analysis knows of a part of a regex: every text
// it matches (exact, when exactKnown), and a set at least one of which
// each of its matches holds (need, nil when none is known).
type textFacts struct {
	exact      []string
	exactKnown bool
	need       textSet
}

var unknownText = textFacts{}

// exactSet returns f's exact texts as a usable set, or nil.
func (f textFacts) exactSet(a *requiredAnalysis) textSet {
	if !f.exactKnown {
		return nil
	}
	return a.usable(f.exact)
}

func exactly(texts ...string) textFacts { return textFacts{exact: texts, exactKnown: true} }

// facts analyses re, simplified.
func (a *requiredAnalysis) facts(re *syntax.Regexp) textFacts {
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return exactly("")
	case syntax.OpLiteral:
		return literalFacts(re.Rune)
	case syntax.OpCharClass:
		return classFacts(re.Rune)
	case syntax.OpCapture:
		return a.facts(re.Sub[0])
	case syntax.OpQuest:
		f := a.facts(re.Sub[0])
		if !f.exactKnown || len(f.exact) >= maxRequiredTexts {
			return unknownText
		}
		return exactly(appendNew(slices.Clone(f.exact), "")...)
	case syntax.OpPlus:
		f := a.facts(re.Sub[0])
		return textFacts{need: a.better(f.need, f.exactSet(a))}
	case syntax.OpRepeat:
		if re.Min < 1 {
			return unknownText
		}
		f := a.facts(re.Sub[0])
		return textFacts{need: a.better(f.need, f.exactSet(a))}
	case syntax.OpConcat:
		return a.concatFacts(re.Sub)
	case syntax.OpAlternate:
		return a.alternateFacts(re.Sub)
	}
	return unknownText
}

// literalFacts: a literal of ASCII runes is its text, lower-case.
func literalFacts(runes []rune) textFacts {
	if slices.ContainsFunc(runes, func(r rune) bool { return r >= utf8.RuneSelf }) {
		return unknownText
	}
	return exactly(strings.ToLower(string(runes)))
}

// classFacts: a class of a few ASCII characters is each of them.
func classFacts(ranges []rune) textFacts {
	var texts []string
	for i := 0; i < len(ranges); i += 2 {
		if ranges[i+1] >= utf8.RuneSelf || ranges[i+1]-ranges[i] >= 2*maxRequiredClass {
			return unknownText
		}
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			texts = appendNew(texts, strings.ToLower(string(r)))
		}
		if len(texts) > maxRequiredClass {
			return unknownText
		}
	}
	return exactly(texts...)
}

// concatFacts joins the exact texts of consecutive parts while the joined
// set stays small; each run of parts so joined, and each part's own need,
// is a candidate set.
func (a *requiredAnalysis) concatFacts(subs []*syntax.Regexp) textFacts {
	run := exactly("")
	whole := true
	var need textSet
	for _, sub := range subs {
		f := a.facts(sub)
		need = a.better(need, f.need)
		if run.exactKnown && f.exactKnown {
			if joined, ok := joinTexts(run.exact, f.exact); ok {
				run.exact = joined
				continue
			}
		}
		whole = false
		need = a.better(need, run.exactSet(a))
		run = f
	}
	need = a.better(need, run.exactSet(a))
	if whole {
		return textFacts{exact: run.exact, exactKnown: true, need: need}
	}
	return textFacts{need: need}
}

// alternateFacts: the branches' texts together, or the union of their
// best sets; a branch that needs nothing makes the whole need nothing.
func (a *requiredAnalysis) alternateFacts(subs []*syntax.Regexp) textFacts {
	all := make([]textFacts, len(subs))
	exact := true
	var texts []string
	for i, sub := range subs {
		all[i] = a.facts(sub)
		exact = exact && all[i].exactKnown
		for _, t := range all[i].exact {
			texts = appendNew(texts, t)
		}
	}
	if exact && len(texts) <= maxRequiredTexts {
		return exactly(texts...)
	}
	var union []string
	for _, f := range all {
		best := a.better(f.need, f.exactSet(a))
		if best == nil {
			return unknownText
		}
		for _, t := range best {
			union = appendNew(union, t)
		}
	}
	return textFacts{need: a.usable(union)}
}

// joinTexts returns every text of prefixes followed by one of suffixes,
// or false when that is too many texts or too long a one.
func joinTexts(prefixes, suffixes []string) ([]string, bool) {
	if len(prefixes)*len(suffixes) > maxRequiredTexts {
		return nil, false
	}
	var joined []string
	for _, p := range prefixes {
		for _, s := range suffixes {
			if len(p)+len(s) > maxRequiredLength {
				return nil, false
			}
			joined = appendNew(joined, p+s)
		}
	}
	return joined, true
}

func appendNew(texts []string, t string) []string {
	if slices.Contains(texts, t) {
		return texts
	}
	return append(texts, t)
}

// usable returns texts as a set worth checking, or nil: not too many
// texts, none shorter than minRequiredLength, and not held by every
// keyword. A text that holds another of the set is dropped, the other
// being found wherever it is.
func (a *requiredAnalysis) usable(texts []string) textSet {
	if len(texts) == 0 || len(texts) > maxRequiredTexts ||
		slices.ContainsFunc(texts, func(t string) bool { return len(t) < minRequiredLength }) {
		return nil
	}
	var set textSet
	for _, t := range texts {
		if !slices.ContainsFunc(texts, func(o string) bool { return o != t && strings.Contains(t, o) }) {
			set = appendNew(set, t)
		}
	}
	for _, k := range a.keywords {
		if !slices.ContainsFunc(set, func(t string) bool { return strings.Contains(k, t) }) {
			return set // this keyword's windows need not hold the set
		}
	}
	return nil
}

// better returns the set of x and y that rules out more windows: one
// none of whose texts a keyword holds (a window of that keyword holds the
// text), then the one whose shortest text is longer, then the smaller;
// nil ones lose.
func (a *requiredAnalysis) better(x, y textSet) textSet {
	if x == nil || y == nil {
		if x == nil {
			return y
		}
		return x
	}
	if a.score(y) > a.score(x) {
		return y
	}
	return x
}

func (a *requiredAnalysis) score(s textSet) int {
	shortest := len(s[0])
	inKeyword := false
	for _, t := range s {
		shortest = min(shortest, len(t))
		inKeyword = inKeyword || slices.ContainsFunc(a.keywords, func(k string) bool { return strings.Contains(k, t) })
	}
	score := min(shortest, 8)*(maxRequiredTexts+1) - len(s)
	if inKeyword {
		score -= 8 * (maxRequiredTexts + 1)
	}
	return score
}
