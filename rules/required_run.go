package rules

import (
	"math"
	"regexp/syntax"
	"unicode/utf8"
)

// Most rules' matches hold a long run of one class of bytes: the 64 hex
// digits of an Ethereum key, the 40 letters and digits of a token, the
// twelve lower-case words of a mnemonic. A window with no run that long
// of bytes of that class cannot hold a match, and one pass of a byte
// table over it is far cheaper than the regex: keywords such as
// `accounts` or `wallet` open many windows in source code, few with a
// 64-digit run. requiredRun works the run out from the parsed pattern
// once; the matcher checks it with the required texts (required.go).

// minRequiredRun is the shortest run worth a check: shorter ones are
// found in most windows of source code.
const minRequiredRun = 16

// maxRunClassSize bounds the ASCII bytes a run's class may hold: a
// broader class (any byte but a quote, any printable byte but a blank)
// is found in most windows.
const maxRunClassSize = 80

// byteRun is a run of at least min bytes, each of class in, that every
// match of a pattern holds.
type byteRun struct {
	in  byteSet
	min int
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(b byte)      { s[b>>6] |= 1 << (b & 63) }
func (s *byteSet) has(b byte) bool { return s[b>>6]&(1<<(b&63)) != 0 }
func (s *byteSet) union(o byteSet) {
	s[0], s[1], s[2], s[3] = s[0]|o[0], s[1]|o[1], s[2]|o[2], s[3]|o[3]
}
func (s *byteSet) addRange(lo, hi byte) {
	for b := int(lo); b <= int(hi); b++ {
		s.add(byte(b))
	}
}

// asciiSize counts the ASCII bytes in s: what judges how often a class
// turns up in text, most of which is ASCII (under (?i) a class with k or
// s holds every byte from 0x80 up, for the Kelvin sign and the long s).
func (s *byteSet) asciiSize() int {
	n := 0
	for b := range utf8.RuneSelf {
		if s.has(byte(b)) {
			n++
		}
	}
	return n
}

// foundIn reports whether text holds the run, or r is nil.
func (r *byteRun) foundIn(text []byte) bool {
	if r == nil {
		return true
	}
	n := 0
	for _, c := range text {
		if !r.in.has(c) {
			n = 0
			continue
		}
		if n++; n >= r.min {
			return true
		}
	}
	return false
}

// requiredRun returns the most selective run every match of re holds, or
// nil when re has none of at least minRequiredRun bytes from a class of
// at most maxRunClassSize.
func requiredRun(re *syntax.Regexp) *byteRun {
	var best *byteRun
	bestScore := 0.0
	for _, run := range necessaryRuns(re) {
		size := run.in.asciiSize()
		if run.min < minRequiredRun || size > maxRunClassSize || size == 0 {
			continue
		}
		// How unlikely the run is in text of uniform bytes, in bits.
		if score := float64(run.min) * math.Log2(256/float64(size)); score > bestScore {
			best, bestScore = &run, score
		}
	}
	return best
}

// necessaryRuns returns runs every match of re holds: re's own when all
// it matches is of one class, and those of the parts every match goes
// through (a concatenation's elements and its stretches of such parts, a
// group's content, a repetition of at least one; an alternation holds
// the weakest of its branches' runs joined).
func necessaryRuns(re *syntax.Regexp) []byteRun {
	var runs []byteRun
	if run, ok := classRun(re); ok {
		runs = append(runs, run)
	}
	switch re.Op {
	case syntax.OpCapture, syntax.OpPlus:
		runs = append(runs, necessaryRuns(re.Sub[0])...)
	case syntax.OpRepeat:
		if re.Min >= 1 {
			runs = append(runs, necessaryRuns(re.Sub[0])...)
		}
	case syntax.OpConcat:
		runs = append(runs, concatRuns(re.Sub)...)
		for _, sub := range re.Sub {
			runs = append(runs, necessaryRuns(sub)...)
		}
	case syntax.OpAlternate:
		if run, ok := alternateRun(re.Sub); ok {
			runs = append(runs, run)
		}
	}
	return runs
}

// concatRuns returns the runs of the stretches of subs (in a row) whose
// every part matches bytes of one class.
func concatRuns(subs []*syntax.Regexp) []byteRun {
	var runs []byteRun
	var cur byteRun
	parts := 0
	for _, sub := range subs {
		run, ok := classRun(sub)
		if !ok {
			if parts > 1 {
				runs = append(runs, cur)
			}
			cur, parts = byteRun{}, 0
			continue
		}
		cur.in.union(run.in)
		cur.min += run.min
		parts++
	}
	if parts > 1 {
		runs = append(runs, cur)
	}
	return runs
}

// alternateRun joins the best run of each branch: a match holds one of
// them, so it holds a run of the weakest length from their joined class.
func alternateRun(branches []*syntax.Regexp) (byteRun, bool) {
	var joined byteRun
	for i, b := range branches {
		run := requiredRun(b)
		if run == nil {
			return byteRun{}, false
		}
		joined.in.union(run.in)
		if i == 0 || run.min < joined.min {
			joined.min = run.min
		}
	}
	return joined, len(branches) > 0
}

// classRun reports whether every byte re matches falls in one class of
// bytes, and if so that class and the fewest bytes a match has. A rune
// beyond ASCII counts as its UTF-8 bytes (all of 0x80 and above), so the
// run is never overstated.
func classRun(re *syntax.Regexp) (byteRun, bool) {
	var run byteRun
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return run, true
	case syntax.OpLiteral:
		for _, r := range re.Rune {
			addRune(&run.in, r, re.Flags&syntax.FoldCase != 0)
		}
		run.min = len(re.Rune)
		return run, true
	case syntax.OpCharClass:
		for i := 0; i+1 < len(re.Rune); i += 2 {
			addRunes(&run.in, re.Rune[i], re.Rune[i+1])
		}
		run.min = 1
		return run, true
	case syntax.OpCapture:
		return classRun(re.Sub[0])
	case syntax.OpStar, syntax.OpQuest, syntax.OpPlus, syntax.OpRepeat:
		sub, ok := classRun(re.Sub[0])
		switch re.Op {
		case syntax.OpStar, syntax.OpQuest:
			sub.min = 0
		case syntax.OpRepeat:
			sub.min *= re.Min
		}
		return sub, ok
	case syntax.OpConcat, syntax.OpAlternate:
		for i, sub := range re.Sub {
			part, ok := classRun(sub)
			if !ok {
				return byteRun{}, false
			}
			run.in.union(part.in)
			switch {
			case re.Op == syntax.OpConcat:
				run.min += part.min
			case i == 0 || part.min < run.min:
				run.min = part.min
			}
		}
		return run, true
	}
	return byteRun{}, false // any character
}

// addRune adds the bytes of r (in either ASCII case when fold) to s. Under
// (?i) k and s also match the Kelvin sign and the long s, beyond ASCII.
func addRune(s *byteSet, r rune, fold bool) {
	if r >= utf8.RuneSelf {
		s.addRange(utf8.RuneSelf, 0xff)
		return
	}
	s.add(byte(r))
	if !fold {
		return
	}
	switch {
	case r >= 'a' && r <= 'z':
		s.add(byte(r) - 'a' + 'A')
	case r >= 'A' && r <= 'Z':
		s.add(byte(r) - 'A' + 'a')
	default:
		return
	}
	if r == 'k' || r == 'K' || r == 's' || r == 'S' {
		s.addRange(utf8.RuneSelf, 0xff)
	}
}

// addRunes adds the bytes of the runes lo to hi to s.
func addRunes(s *byteSet, lo, hi rune) {
	if lo < utf8.RuneSelf {
		s.addRange(byte(lo), byte(min(hi, utf8.RuneSelf-1)))
	}
	if hi >= utf8.RuneSelf {
		s.addRange(utf8.RuneSelf, 0xff)
	}
}
