package rules

import "bytes"

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

// UnheldRequiredTexts returns each match of rule id's regex in text (a
// search of each whole line) that holds none of the rule's required texts
// (see requiredTexts): a window holding only such a match would not be
// searched, and the match would be lost. It also returns how many matches
// were checked against a set.
func UnheldRequiredTexts(rs *Ruleset, id string, text []byte) (unheld []string, checked int) {
	r := rs.Rule(id)
	required := r.Regex.anchoredAt(r.Keywords).required
	if required == nil {
		return nil, 0
	}
	return unheldMatches(r, text, required.foundIn)
}

// UnheldRequiredRuns is UnheldRequiredTexts for the rule's required run
// (see requiredRun).
func UnheldRequiredRuns(rs *Ruleset, id string, text []byte) (unheld []string, checked int) {
	r := rs.Rule(id)
	run := r.Regex.anchoredAt(r.Keywords).run
	if run == nil {
		return nil, 0
	}
	return unheldMatches(r, text, run.foundIn)
}

// unheldMatches returns the matches of r's regex in text, line by line,
// for which held is false, and how many matches there were.
func unheldMatches(r *Rule, text []byte, held func([]byte) bool) (unheld []string, checked int) {
	for _, line := range bytes.SplitAfter(text, []byte("\n")) {
		for _, loc := range r.Regex.FindAllSubmatchIndex(line, -1) {
			checked++
			if !held(line[loc[0]:loc[1]]) {
				unheld = append(unheld, string(line[loc[0]:loc[1]]))
			}
		}
	}
	return unheld, checked
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
