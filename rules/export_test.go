package rules

import "bytes"

// findLocs is the search of a window that the matcher makes: locate,
// when mayMatch lets the window through.
func findLocs(r *Rule, text []byte, w window, hits []int) [][]int {
	if !mayMatch(r, text) {
		return nil
	}
	return locate(r, text, w, hits)
}

// AnchoredAndWhole returns, for each line of text, the matches of rule
// id's regex as the matcher finds them (anchored at keyword hits or
// leading texts where the rule allows it) and as a search of the whole
// line finds them, so that tests outside the package can compare the two
// on their own texts. It returns nil for a rule searched whole.
func AnchoredAndWhole(rs *Ruleset, id string, text []byte) (anchored, whole [][][]int) {
	r := rs.Rule(id)
	if r == nil || nameRunsOf(r) != nil || r.Regex.anchoredAt(r.Keywords).kind == anchorNone {
		return nil, nil
	}
	for _, line := range bytes.SplitAfter(text, []byte("\n")) {
		anchored = append(anchored, findLocs(r, line, window{0, len(line)}, keywordStarts(line, r.Keywords)))
		whole = append(whole, r.Regex.FindAllSubmatchIndex(line, -1))
	}
	return anchored, whole
}

// Unheld are the matches of a rule's regex that a window would not be
// searched for: those holding none of the rule's required texts (see
// requiredTexts) and those holding no run of its required run (see
// requiredRun). CheckedTexts and CheckedRuns count the matches checked
// against each; a rule with no texts or no run checks none.
type Unheld struct {
	Texts, Runs               []string
	CheckedTexts, CheckedRuns int
}

// UnheldRequired returns the matches of rule id's regex in text (a search
// of each whole line, run once) that a window holding only them would not
// be searched for, so the match would be lost.
func UnheldRequired(rs *Ruleset, id string, text []byte) Unheld {
	r := rs.Rule(id)
	a := r.Regex.anchoredAt(r.Keywords)
	var u Unheld
	if a.required == nil && a.run == nil {
		return u
	}
	for _, line := range bytes.SplitAfter(text, []byte("\n")) {
		for _, loc := range r.Regex.FindAllSubmatchIndex(line, -1) {
			m := line[loc[0]:loc[1]]
			if a.required != nil {
				u.CheckedTexts++
				if !a.required.foundIn(m) {
					u.Texts = append(u.Texts, string(m))
				}
			}
			if a.run != nil {
				u.CheckedRuns++
				if !a.run.foundIn(m) {
					u.Runs = append(u.Runs, string(m))
				}
			}
		}
	}
	return u
}

// RulesWithRequiredRuns counts the rules of rs whose pattern has a
// required run.
func RulesWithRequiredRuns(rs *Ruleset) int {
	n := 0
	for _, r := range rs.Rules {
		if r.Regex.anchoredAt(r.Keywords).run != nil {
			n++
		}
	}
	return n
}

// SupersededBy returns the ids of the rules r supersedes.
func SupersededBy(r *Rule) []string {
	var ids []string
	for _, s := range r.supersedes {
		ids = append(ids, s.ID)
	}
	return ids
}

// SharedDefault returns the default ruleset this test binary's internal
// tests use (internalDefault), so that the external tests share its
// prepared rules instead of preparing a second copy of every rule.
func SharedDefault() (*Ruleset, error) { return internalDefault() }
