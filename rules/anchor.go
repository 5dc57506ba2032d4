package rules

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
)

// Bounds of the leading-text analysis of startsAtKeyword.
const (
	maxLeadStrings = 256 // distinct leading strings followed
	maxLeadLength  = 40  // bytes of each followed
	maxLeadClass   = 8   // characters a class may hold to be followed
)

// startsAtKeyword reports whether every match of expr starts where one of
// keywords (lower-case) starts: each text a match can begin with begins
// with a keyword. Such a rule need not search the bytes between its
// keyword hits: its pattern is tried anchored at each hit (see
// [Matcher.findLocs]), which costs a few steps where an unanchored search
// of the hit's line tries every position of it. The analysis follows
// literals, small classes, alternations and optional parts; anything else
// ends a leading text where it is, and a text shorter than every keyword
// it could start makes the answer false.
func startsAtKeyword(expr string, keywords []string) bool {
	re, err := syntax.Parse(expr, syntax.Perl)
	return err == nil && parsedStartsAtKeyword(re, keywords)
}

// parsedStartsAtKeyword is startsAtKeyword for a parsed expression.
func parsedStartsAtKeyword(re *syntax.Regexp, keywords []string) bool {
	if len(keywords) == 0 {
		return false
	}
	leads, ok := leadingTexts(re.Simplify(), []lead{{}})
	if !ok {
		return false
	}
	for _, l := range leads {
		if !hasKeywordPrefix(l.text, keywords) {
			return false
		}
	}
	return true
}

// anchorKind says where in a window a rule's regex is tried.
type anchorKind uint8

const (
	// anchorNone: anywhere; the window is searched whole.
	anchorNone anchorKind = iota
	// anchorAtHit: where a keyword starts, after a lead that only looks
	// at the bytes before it (\b, (?:^|[^\w-])), if any.
	anchorAtHit
	// anchorAtLiteral: where one of the regex's leading texts occurs, its
	// lead checked backwards from there (see literalAnchor); the keyword
	// hits do not say where.
	anchorAtLiteral
)

// anchor is how a rule's regex is tried at a few places of a window: its
// keyword hits, or the occurrences of its leading texts. Either way a
// match takes one of paths, a lead checked backwards from the place and a
// rest tried anchored there (see findAt).
type anchor struct {
	kind anchorKind
	// lits are the leading texts (anchorAtLiteral).
	lits literalSet
	// paths are the ways a match may begin, in the order a search prefers
	// them; rests are their regexes; numGroups counts the whole regex's
	// groups.
	paths     []leadPath
	rests     []*anchoredRest
	numGroups int
	// required are texts one of which each match holds, whatever the
	// kind: a window holding none is not searched.
	required textSet
	// run is a run of bytes of one class each match holds (nil when the
	// pattern has none worth checking): a window without it is not
	// searched either.
	run *byteRun
}

// keywordAnchor analyses re, a parsed expression, for anchorAtHit: every
// match starts at a keyword (startsAtKeyword), or a lead comes first that
// only looks at the bytes before a keyword: an assertion or a class, or
// an alternation of them and of short literals (\b, (?:^|[^\w-]),
// (?:^|\\[nrt]|[^\w])). It returns false for any other regex, and when the
// rest does not compile.
func keywordAnchor(re *syntax.Regexp, keywords []string) (anchor, bool) {
	if parsedStartsAtKeyword(re, keywords) {
		return hitAnchor(re, [][]pathLead{nil}, re)
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return anchor{}, false
	}
	leads, ok := leadBranches(re.Sub[0])
	if !ok {
		return anchor{}, false
	}
	rest := &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[1:]}
	if !parsedStartsAtKeyword(rest, keywords) {
		return anchor{}, false
	}
	return hitAnchor(re, leads, rest)
}

// hitAnchor returns re's anchorAtHit anchor: one path per lead, all taking
// rest.
func hitAnchor(re *syntax.Regexp, leads [][]pathLead, rest *syntax.Regexp) (anchor, bool) {
	compiled, err := compileRest(rest)
	if err != nil {
		return anchor{}, false
	}
	a := anchor{kind: anchorAtHit, rests: []*anchoredRest{compiled}, numGroups: re.MaxCap()}
	for _, l := range leads {
		a.paths = append(a.paths, leadPath{lead: l})
	}
	return a, true
}

// leadBranches returns the leads lead stands for, one per branch when it
// is an alternation, each a fixed run of assertions and characters; false
// for anything else (a repetition, a group).
func leadBranches(lead *syntax.Regexp) ([][]pathLead, bool) {
	branches := []*syntax.Regexp{lead}
	if lead.Op == syntax.OpAlternate {
		branches = lead.Sub
	}
	var leads [][]pathLead
	for _, b := range branches {
		parts := []*syntax.Regexp{b}
		if b.Op == syntax.OpConcat {
			parts = b.Sub
		}
		l, ok := leadsOf(parts)
		if !ok || slices.ContainsFunc(l, func(u pathLead) bool { return u.run }) {
			return nil, false
		}
		leads = append(leads, l)
	}
	return leads, len(leads) <= maxLeadPaths
}

// lead is a text a match may begin with; done says nothing more can be
// added to it (a part the analysis does not follow came next).
type lead struct {
	text string
	done bool
}

// leadingTexts extends each of leads with the texts re may begin with. Where
// the number of texts would grow past maxLeadStrings they end before the
// part that grew them. It returns false when an assertion comes first.
func leadingTexts(re *syntax.Regexp, leads []lead) ([]lead, bool) {
	open := false
	for _, l := range leads {
		open = open || !l.done && len(l.text) < maxLeadLength
	}
	if !open {
		return leads, true
	}
	switch re.Op {
	case syntax.OpLiteral:
		return appendRunes(leads, re.Rune), true
	case syntax.OpCharClass:
		return appendClass(leads, re.Rune)
	case syntax.OpCapture:
		return leadingTexts(re.Sub[0], leads)
	case syntax.OpConcat:
		var ok bool
		for _, sub := range re.Sub {
			if leads, ok = leadingTexts(sub, leads); !ok {
				return nil, false
			}
		}
		return leads, true
	case syntax.OpAlternate:
		var all []lead
		for _, sub := range re.Sub {
			got, ok := leadingTexts(sub, leads)
			if !ok {
				return nil, false
			}
			all = append(all, got...)
		}
		return finishPast(all, leads), true
	case syntax.OpQuest:
		got, ok := leadingTexts(re.Sub[0], leads)
		all := append(append([]lead(nil), leads...), got...)
		return finishPast(all, leads), ok
	case syntax.OpEmptyMatch:
		return leads, true
	case syntax.OpBeginText, syntax.OpBeginLine, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		// An assertion looks at the byte before it. Past a lead's first
		// byte that byte is the lead's own, which a search anchored where
		// the lead starts sees; at the start it is not: such a rule is
		// searched whole.
		for _, l := range leads {
			if !l.done && l.text == "" {
				return nil, false
			}
		}
	}
	return finish(leads), true
}

// appendRunes appends a literal to every open lead, lower-cased: keywords
// are found in any case, so a literal's case does not matter to where its
// keyword starts (Client( starts at a hit of client().
func appendRunes(leads []lead, runes []rune) []lead {
	s := strings.ToLower(string(runes))
	out := make([]lead, len(leads))
	for i, l := range leads {
		out[i] = l
		if !l.done {
			out[i].text += s
		}
	}
	return out
}

// appendClass branches every open lead on each character of a small
// class; a larger one, or one holding a non-ASCII or upper-case letter
// that keywords could not spell, ends them.
func appendClass(leads []lead, ranges []rune) ([]lead, bool) {
	var chars []rune
	for i := 0; i+1 < len(ranges); i += 2 {
		for c := ranges[i]; c <= ranges[i+1]; c++ {
			if len(chars) == maxLeadClass || c > unicode.MaxASCII {
				return finish(leads), true
			}
			chars = append(chars, unicode.ToLower(c))
		}
	}
	var out []lead
	for _, l := range leads {
		if l.done {
			out = append(out, l)
			continue
		}
		for _, c := range chars {
			out = append(out, lead{text: l.text + string(c)})
		}
	}
	return finishPast(dedupLeads(out), leads), true
}

// finishPast returns grown, the leads extended by a part of the regex,
// or, when they number more than maxLeadStrings, leads as they were before
// it, ended: each is still a text every match it stands for begins with.
func finishPast(grown, leads []lead) []lead {
	if len(grown) > maxLeadStrings {
		return finish(leads)
	}
	return grown
}

func finish(leads []lead) []lead {
	out := make([]lead, len(leads))
	for i, l := range leads {
		out[i] = lead{text: l.text, done: true}
	}
	return out
}

func dedupLeads(leads []lead) []lead {
	seen := map[lead]bool{}
	out := leads[:0]
	for _, l := range leads {
		if !seen[l] {
			seen[l] = true
			out = append(out, l)
		}
	}
	return out
}

// hasKeywordPrefix reports whether text begins with one of keywords.
func hasKeywordPrefix(text string, keywords []string) bool {
	for _, k := range keywords {
		if strings.HasPrefix(text, k) {
			return true
		}
	}
	return false
}
