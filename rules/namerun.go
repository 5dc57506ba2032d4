package rules

import (
	"bytes"
	"regexp"
	"slices"
	"strings"
)

// nameBoundary is how the rules that take a value assigned to a name
// ending in a word (generic-key-assignment: ACME_KEY, acmeAccessKey) begin:
// a byte that cannot be part of the name, or the start of the text.
const nameBoundary = `(?:^|[^\w.-])`

// maxNameRunTries is the most name runs a window is searched anchored
// at; a window with more is searched whole (see findInNameRuns).
const maxNameRunTries = 64

// nameRuns describes how to search a rule whose matches start at the
// boundary before a name: stems are the words one of which every such
// name holds (the letters its keywords begin with), anchored is the
// expression anchored at the start of the text.
type nameRuns struct {
	stems    [][]byte
	anchored *regexp.Regexp
}

// nameRunsOf returns how to search rule r by name runs, or nil when r is
// not a generic rule whose expression starts at a name boundary. Its
// keywords must each begin with a word that the first name of each of
// its matches holds, as `key=`, `key":` and `key0` do for names that end
// in key: a keyword that begins with no letter gives nil.
// TestNameRunSearchAgrees holds every rule this takes to it.
func nameRunsOf(r *Rule) *nameRuns {
	re := r.Regex
	re.nameRunsOnce.Do(func() {
		if r.Category != "generic" || !strings.HasPrefix(re.expr, nameBoundary) {
			return
		}
		var stems [][]byte
		for _, k := range r.Keywords {
			n := 0
			for n < len(k) && k[n] >= 'a' && k[n] <= 'z' {
				n++
			}
			if n == 0 {
				return
			}
			stem := []byte(k[:n])
			if !slices.ContainsFunc(stems, func(s []byte) bool { return bytes.Equal(s, stem) }) {
				stems = append(stems, stem)
			}
		}
		re.nameRuns = &nameRuns{stems: stems, anchored: regexp.MustCompile(`\A(?:` + re.expr + `)`)}
	})
	return re.nameRuns
}

// findInNameRuns returns the matches of rule r in text, for a rule whose
// matches start at the boundary before a name that holds one of n's
// stems. Only where such a name starts is the expression tried, anchored;
// an unanchored search tries every byte of the line, and on source code
// that was a fifth of the time of all the regexes.
//
// A match may end with the byte after its value, which can be the
// boundary of the next name (`a_key=… b_key=…`): the next match may start
// there, right after the previous secret.
func findInNameRuns(r *Rule, n *nameRuns, text []byte) [][]int {
	starts := nameRunStarts(text, n.stems)
	if len(starts) > maxNameRunTries {
		return findAfterSecrets(r, text)
	}
	var locs [][]int
	covered := 0
	for _, at := range starts {
		if at < covered {
			continue
		}
		loc := n.anchored.FindSubmatchIndex(text[at:])
		if loc == nil {
			continue
		}
		shiftLoc(loc, at)
		locs = append(locs, loc)
		covered = nextSearchFrom(r, loc)
	}
	return locs
}

// findAfterSecrets is the whole search of text for findInNameRuns: each
// next match is searched from the end of the previous match's secret.
// A search that starts there matches as one from the start of the line
// would: the byte after a secret is never part of a name.
func findAfterSecrets(r *Rule, text []byte) [][]int {
	re := r.Regex.Compiled()
	var locs [][]int
	for from := 0; from < len(text); {
		loc := re.FindSubmatchIndex(text[from:])
		if loc == nil {
			break
		}
		shiftLoc(loc, from)
		locs = append(locs, loc)
		from = nextSearchFrom(r, loc)
	}
	return locs
}

// nextSearchFrom is where the search after match loc goes on: the end of
// its secret, or past its start when the secret is empty or missing.
func nextSearchFrom(r *Rule, loc []int) int {
	group := r.SecretGroup
	if group < 0 {
		group = r.Regex.group()
	}
	end := loc[2*group+1]
	return max(end, loc[0]+1)
}

// nameRunStarts returns, in order, where the names of text that hold one
// of stems (in any case) start: the byte before the name, or 0 for a
// name at the start of text.
func nameRunStarts(text []byte, stems [][]byte) []int {
	var starts []int
	runStart := 0 // first byte of the name run at i
	for i := 0; i < len(text); i++ {
		c := text[i]
		if !isNameByte(c) {
			runStart = i + 1
			continue
		}
		if !hasStemAt(text[i:], stems) {
			continue
		}
		at := max(runStart-1, 0)
		if len(starts) == 0 || starts[len(starts)-1] != at {
			starts = append(starts, at)
		}
	}
	return starts
}

// hasStemAt reports whether text begins with one of stems, which are
// lower case, in any case. The first byte is compared before the rest, so
// most name bytes cost one comparison per stem.
func hasStemAt(text []byte, stems [][]byte) bool {
	for _, s := range stems {
		if len(text) >= len(s) && text[0]|0x20 == s[0] && bytes.EqualFold(text[:len(s)], s) {
			return true
		}
	}
	return false
}

// shiftLoc moves the offsets of loc, a match of a text that starts at by
// in its window, to offsets in the window; unset groups (-1) stay unset.
func shiftLoc(loc []int, by int) {
	for i := range loc {
		if loc[i] >= 0 {
			loc[i] += by
		}
	}
}
