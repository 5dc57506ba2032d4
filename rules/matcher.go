package rules

import (
	"bytes"
	"cmp"
	"regexp"
	"slices"
)

// lineSpan bounds how far a window reaches either side of a keyword on one
// line, so that a 10 MB minified line costs no more than a short one.
const lineSpan = 4096

// genericLookback is how far before its keyword a generic rule's window
// starts. A generic rule's match starts at or just before its keyword (a
// name, a header, a flag, "://"), so the bytes further back on the line
// need no search; on keyword-dense source code this halves its cost.
const genericLookback = 80

// Match is a candidate secret that passed every check of its rule.
type Match struct {
	Rule *Rule
	// Start and End are the byte offsets of the secret in the scanned data.
	Start, End int
	// Secret is a copy of the secret's bytes.
	Secret []byte
	// Entropy of the secret in bits per byte.
	Entropy float64
	// Validated names the validator that passed, or is empty.
	Validated string
	// Severity is the rule's severity, or the validator's adjustment of it.
	Severity Severity
	// Owner is who the secret belongs to, where the format says so.
	Owner string
	// Decoded names the encoding (base64, hex, percent) the secret was
	// found inside; Start and End then span the encoded text.
	Decoded string
	// rejectedByCheck marks a candidate of a provider rule that its
	// proving validator turned down (a bad checksum, a key that does not
	// parse): the span is a known shape, not a secret.
	rejectedByCheck bool
}

// window is a byte range of the input that one rule's regex will search.
type window struct{ start, end int }

// Matcher finds secrets in byte slices. It holds per-goroutine scratch
// space: create one per worker with [Ruleset.NewMatcher].
type Matcher struct {
	rs      *Ruleset
	pending []window // pending[r] is rule r's window not yet searched
	touched []int    // rules with a pending window
	out     []Match
	clock   scanClock // the time validators' expiry dates are judged against
	// rejected are the spans a provider rule's proving validator turned
	// down in the current findPlain pass: known shapes that failed their
	// check, which no generic rule may report either.
	rejected []window
	// order[r] is rule r's position in the ruleset, for ties between
	// generic rules.
	order map[*Rule]int
	// done, once closed, makes Find stop early (see SetDone).
	done <-chan struct{}
	// overlap is how far the streaming matcher (All) searches either side
	// of a segment; see segmentOverlap.
	overlap int
	// entryLines are the starts of the lines where the current findPlain
	// pass found a generic rule's keyword, ascending and distinct.
	entryLines []int
	// curlHits are where the current findPlain pass found "curl".
	curlHits []int
	// hits[r] are where rule r's keywords start in its pending window:
	// a rule whose matches start at a keyword is tried there only.
	hits [][]int
	// view is the scratch space of the derived views (views.go).
	view view
	// checksums judges whether a hex value is an entry of a checksums
	// section (checksum_sections.go).
	checksums checksumSections
	// forms, plainBuf and hitsBuf are the scratch space of
	// findAssignmentForms, plainAssignments and the second search of a
	// rewritten window.
	forms    []formRewrite
	plainBuf []byte
	hitsBuf  []int
	// generic are the current findPlain pass's candidates of generic
	// rules, checked once every rule has searched (see checkGeneric).
	generic []genericCandidate
}

// genericCandidate is a generic rule's candidate secret, found by take
// and waiting for its checks (see checkGeneric).
type genericCandidate struct {
	ri         int
	w          window // the window searched; offsets below are in its text
	start, end int    // the secret, its quotes taken off
	valueStart int    // where the secret group began
	// retryUntil is where the rule's next match in the window begins (or
	// the window's end); it is 0 when a rejected value may not be
	// searched again for a fallback (see searchFrom).
	retryUntil int
}

// noteEntryLine records the start of the line holding a generic keyword
// found at start, once per line.
func (m *Matcher) noteEntryLine(data []byte, start int) {
	if n := len(m.entryLines); n > 0 && m.entryLines[n-1] <= start && bytes.IndexByte(data[m.entryLines[n-1]:start], '\n') < 0 {
		return // the line is noted already
	}
	m.entryLines = append(m.entryLines, lineStartBefore(data, start, lineSpan))
}

// NewMatcher returns a Matcher for rs.
func (rs *Ruleset) NewMatcher() *Matcher {
	order := make(map[*Rule]int, len(rs.Rules))
	for i, r := range rs.Rules {
		order[r] = i
	}
	return &Matcher{rs: rs, pending: make([]window, len(rs.Rules)), hits: make([][]int, len(rs.Rules)), order: order, overlap: segmentOverlap(rs)}
}

// Find returns the secrets in data, ordered by offset. The keyword
// automaton scans data once; each rule's regex then runs only on windows
// around its keywords' hits, merged where they overlap. Entries of a
// section named after a provider are scanned joined to its name (see
// findNested), base64, hex and percent-encoded runs decoded (see
// findEncoded), JSON strings with escapes unescaped (findJSONStrings), a
// log's lines without their timestamps (findLogLines) and lines holding
// HTML or XML references for quotes and brackets decoded
// (findEntityLines) and the headers of curl commands after their URL's
// host (findCurlHeaders).
func (m *Matcher) Find(data []byte) []Match {
	out := m.findPlain(data)
	curls := slices.Clone(m.curlHits) // the views' passes reuse m.curlHits
	out = append(out, m.findNested(data, m.entryLines, out)...)
	out = append(out, m.findEncoded(data, 1)...)
	out = append(out, m.findJSONStrings(data, out)...)
	out = append(out, m.findLogLines(data, out)...)
	out = append(out, m.findEntityLines(data, out)...)
	out = append(out, m.findCurlHeaders(data, curls, out)...)
	out = dropShadowedGeneric(out)
	out = m.dropDuplicateGeneric(out)
	out = dropSuperseded(out)
	slices.SortFunc(out, func(a, b Match) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.Rule.ID, b.Rule.ID), cmp.Compare(a.End, b.End))
	})
	// A secret two passes found (as it stands and percent-decoded, or in
	// two decodings) is one finding.
	out = slices.CompactFunc(out, func(a, b Match) bool {
		return a.Rule == b.Rule && a.Start == b.Start && a.End == b.End
	})
	return dropDecodedTwins(out)
}

// dropDecodedTwins drops a match found inside a decoding (base64, hex,
// percent) whose span a provider rule found as the text stands: the same
// bytes are one secret, which the rule written for its encoded form
// names. A base64 PEM key was reported twice, by base64-private-key and,
// decoded, by private-key.
func dropDecodedTwins(ms []Match) []Match {
	var plain []window
	for _, m := range ms {
		if m.Decoded == "" && m.Rule.Category != "generic" {
			plain = append(plain, window{m.Start, m.End})
		}
	}
	if len(plain) == 0 || len(plain) == len(ms) {
		return ms
	}
	byStart := func(a, b window) int { return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(a.end, b.end)) }
	slices.SortFunc(plain, byStart)
	return slices.DeleteFunc(ms, func(m Match) bool {
		_, found := slices.BinarySearchFunc(plain, window{m.Start, m.End}, byStart)
		return m.Decoded != "" && found
	})
}

// findPlain returns the matches in data as it stands, in no set order.
func (m *Matcher) findPlain(data []byte) []Match {
	m.out, m.rejected, m.entryLines, m.curlHits = m.out[:0], m.rejected[:0], m.entryLines[:0], m.curlHits[:0]
	m.generic = m.generic[:0]
	m.checksums.reset()
	m.rs.automaton.findUntil(data, m.stopped, func(keyword, start, end int) {
		if m.rs.entryKeyword[keyword] {
			m.noteEntryLine(data, start)
		}
		if keyword == m.rs.curlKeyword && len(m.curlHits) < maxCurlHits {
			m.curlHits = append(m.curlHits, start)
		}
		lineEnd, pairEnd := hitLineEnd(data, start, end) // the same for every rule of the keyword
		for _, ri := range m.rs.keywordRules[keyword] {
			windowEnd := lineEnd
			if m.rs.Rules[ri].Category != "generic" {
				windowEnd = pairEnd
			}
			m.extend(data, ri, m.windowFor(data, ri, start, end, windowEnd), start)
		}
	})
	for _, ri := range m.touched {
		m.search(data, ri, m.pending[ri])
		m.pending[ri] = window{}
	}
	m.touched = m.touched[:0]
	m.checkGeneric(data)
	return slices.Clone(m.out)
}

// checkGeneric checks the generic rules' candidates of the pass, now that
// every provider rule has searched data, and keeps those that pass. A
// candidate whose secret overlaps a provider rule's match or rejected
// span is shadowed (see dropShadowedGeneric): it is not kept, and not
// checked either. Checking is most of a generic rule's cost, and a
// provider's key is nearly always named so that a generic rule finds it
// too (ACME_API_KEY=…). Only a shadowed candidate whose rejection would
// search its fallback again (see searchFrom) is checked, for the sake of
// that search.
func (m *Matcher) checkGeneric(data []byte) {
	if len(m.generic) == 0 {
		return
	}
	specific := specificSpans(m.out, m.rejected)
	shadow := newWindowIndex(specific)
	for i := 0; i < len(m.generic); i++ { // a fallback's search adds candidates
		c := m.generic[i]
		text := data[c.w.start:c.w.end]
		fallback := c.end < c.retryUntil && hasFallback(text[c.end:c.retryUntil])
		shadowed := len(specific) > 0 && shadow.overlaps(c.w.start+c.start, c.w.start+c.end)
		if shadowed && !fallback {
			continue
		}
		match, ok := m.check(m.rs.Rules[c.ri], text[c.start:c.end])
		switch {
		case ok && !shadowed:
			match.Start, match.End = c.w.start+c.start, c.w.start+c.end
			m.out = append(m.out, match)
		case !ok && fallback:
			m.searchFrom(data, c.ri, window{c.w.start + c.valueStart, c.w.start + c.retryUntil}, false)
		}
	}
	m.generic = m.generic[:0]
}

// hitLineEnd returns where the windows of a keyword found at [start, end)
// end: the end of its line, bounded by lineSpan, or of the next line when
// this one hands its value to it (see [valueOnNextLine]). pairEnd is where
// provider rules' windows end: the next line's end, too, when the line is
// the name of a name/value pair whose value is on that line
// ([pairValueNext]; the generic rules have a rule of their own for it,
// json-named-entry-secret).
func hitLineEnd(data []byte, start, end int) (lineEnd, pairEnd int) {
	lineEnd = hitOwnLineEnd(data, start, end)
	if lineEnd < len(data) && data[lineEnd] == '\n' && pairValueNext(data, start, lineEnd) {
		return lineEnd, lineEndAfter(data, lineEnd+1, lineSpan)
	}
	return lineEnd, lineEnd
}

// hitOwnLineEnd is hitLineEnd's lineEnd.
func hitOwnLineEnd(data []byte, start, end int) int {
	limit := min(len(data), end+lineSpan)
	i := bytes.IndexByte(data[end:limit], '\n')
	if i < 0 {
		return limit
	}
	if valueOnNextLine(data[start:end+i], data[end+i+1:]) {
		return lineEndAfter(data, end+i+1, lineSpan)
	}
	if data[max(start, end+i-1)] == '>' || data[max(start, end+i-2)] == '>' {
		if next := lineEndAfter(data, end+i+1, lineSpan); next < len(data) && elementValueNext(lineBefore(data, start, end+i), data[end+i+1:next]) {
			// <name>, the value, then </name> on the line after it
			return lineEndAfter(data, next+1, lineSpan)
		}
	}
	return end + i
}

// pairValueNext reports whether the line of a keyword found at start,
// which ends at lineEnd, is the "name" of a JSON name/value pair whose
// "value" is the next line: "name": "DB_PASSWORD",⏎ "value": … (an ECS
// task definition; CloudFormation writes "Name" and "Value").
func pairValueNext(data []byte, start, lineEnd int) bool {
	line := trimSpaceRight(data[start:lineEnd])
	if len(line) == 0 || line[len(line)-1] != ',' {
		return false
	}
	next := data[lineEnd+1 : lineEndAfter(data, lineEnd+1, nextLineProbe)]
	next = next[leadingSpace(next):]
	if !hasAnyPrefix(next, jsonValueLabels) {
		return false
	}
	body := lineBefore(data, start, lineEnd)
	return hasAnyPrefix(body[leadingSpace(body):], jsonNameLabels)
}

// elementValueNext reports whether line is an XML start tag alone
// (`<apiToken>`, `<password type="x">`) and next holds a value, not
// another element: pretty-printed XML puts the element's value on the
// next line and its end tag on the one after.
func elementValueNext(line, next []byte) bool {
	next = next[leadingSpace(next):]
	line = trimSpaceRight(line)
	return len(next) > 0 && next[0] != '<' && next[0] != '\r' && xmlStartTag.Match(line[leadingSpace(line):])
}

// lineBefore returns the line of data that ends at end and holds start,
// from its first byte (at most lineSpan before start).
func lineBefore(data []byte, start, end int) []byte {
	lo := max(0, start-lineSpan)
	if i := bytes.LastIndexByte(data[lo:start], '\n'); i >= 0 {
		lo += i + 1
	}
	return data[lo:end]
}

// windowFor returns the part of data rule ri searches for a keyword found
// at [start, end) whose windows end at lineEnd: from the keyword's line
// start, bounded by lineSpan (genericLookback before the keyword for
// generic rules), reaching a further Window bytes for multi-line rules.
func (m *Matcher) windowFor(data []byte, ri, start, end, lineEnd int) window {
	lo := max(0, start-lineSpan)
	if m.rs.Rules[ri].Category == "generic" {
		lo = max(0, start-genericLookback)
	}
	w := window{start: lo, end: lineEnd}
	if i := bytes.LastIndexByte(data[lo:start], '\n'); i >= 0 {
		w.start = lo + i + 1
	}
	if extra := m.rs.Rules[ri].Window; extra > 0 {
		w.end = max(w.end, min(len(data), end+extra))
	}
	if back := m.rs.Rules[ri].Lookback; back > 0 {
		w.start = min(w.start, max(0, start-back))
	}
	return w
}

// extend merges w into rule ri's pending window, or searches the pending
// window and starts a new one when they do not overlap. Hits arrive in
// order of their end offset, so windows are searched in order and never
// overlap: no match is found twice.
func (m *Matcher) extend(data []byte, ri int, w window, hit int) {
	p := &m.pending[ri]
	switch {
	case p.end == 0:
		m.touched = append(m.touched, ri)
		*p = w
	case w.start <= p.end:
		p.start, p.end = min(p.start, w.start), max(p.end, w.end)
	default:
		m.search(data, ri, *p)
		*p = w
	}
	m.hits[ri] = append(m.hits[ri], hit)
}

// search runs rule ri's regex over one window and keeps the matches that
// pass the rule's checks.
func (m *Matcher) search(data []byte, ri int, w window) {
	m.searchFrom(data, ri, w, true)
	m.hits[ri] = m.hits[ri][:0]
}

// maxAnchoredHits is the most keyword hits a window is searched anchored at.
const maxAnchoredHits = 8

// locate returns the matches of rule r's regex in text, the bytes of
// window w, which mayMatch has let through: an unanchored search of text,
// or, for a rule the matcher can anchor (see Regexp.anchoredAt), searches
// anchored at each of hits (keyword starts in w) or at each occurrence of
// the regex's leading texts. The two give the same matches; the anchored
// one skips the bytes between those places, which on keyword-dense lines
// is most of the cost.
//
// Each anchored try may read to the window's end, so a window of more than
// maxAnchoredHits places (a line dense with keywords, which may be
// hostile) is searched whole, whose cost is bounded by the window's length
// alone.
func locate(r *Rule, text []byte, w window, hits []int) [][]int {
	a := r.Regex.anchoredAt(r.Keywords)
	if n := nameRunsOf(r); n != nil {
		return findInNameRuns(r, n, text)
	}
	var places []int
	switch a.kind {
	case anchorAtHit:
		places = hitsIn(hits, w, len(text))
	case anchorAtLiteral:
		var occ [maxAnchoredHits + 1]int
		places = a.lits.occurrences(occ[:0], text, maxAnchoredHits)
	}
	if a.kind == anchorNone || len(places) > maxAnchoredHits || a.kind == anchorAtHit && len(places) == 0 {
		return findAllByLine(r.Regex, text)
	}
	locs := a.findAt(text, places)
	return resumeAtLines(text, locs, func(from int) []int {
		i, _ := slices.BinarySearch(places, from)
		if i == len(places) || places[i]-from > maxLineLead {
			return nil // no hit near the line's start
		}
		rest := make([]int, 0, 4)
		for _, p := range places[i:] {
			if p-from > maxLineLead {
				break
			}
			rest = append(rest, p-from)
		}
		if more := a.findAt(text[from:], rest); len(more) > 0 {
			return more[0]
		}
		return nil
	})
}

// mayMatch reports whether text holds what every match of rule r holds:
// one of its required texts and its required run. A window without them
// is not searched.
func mayMatch(r *Rule, text []byte) bool {
	a := r.Regex.anchoredAt(r.Keywords)
	return a.required.foundIn(text) && a.run.foundIn(text)
}

// maxLineLead bounds how far into a line the anchored search looks for
// a match that begins the line (resumeAtLines): its keyword comes within
// the name that opens the line.
const maxLineLead = 256

// findAllByLine is re's FindAllSubmatchIndex on text, except that a match
// whose end took the line break after it does not hide a match that
// begins the next line (resumeAtLines).
func findAllByLine(re *Regexp, text []byte) [][]int {
	return resumeAtLines(text, re.FindAllSubmatchIndex(text, -1), func(from int) []int {
		return re.FindSubmatchIndex(text[from:])
	})
}

// resumeAtLines returns locs, matches in text, with the matches that
// begin a line added where the match before took that line's break as
// its closing boundary ((?:[^\w-]|$)). Such a match needs the break as
// its own lead ((?:^|[^\w-])name), so a search that goes on after the
// first match misses the second of two adjacent lines (ACME_KEY=…⏎
// ACME_TOKEN=…). first(from) is the first match of text[from:], searched
// as a window starting at that line would be, relative to from, or nil;
// it is taken when it begins the line. A match added this way may share
// the line break with the match after it; each search stops at the next
// match, so the pass stays linear in text.
func resumeAtLines(text []byte, locs [][]int, first func(from int) []int) [][]int {
	for i := 0; i < len(locs); i++ {
		end := locs[i][1]
		if end == 0 || end >= len(text) || text[end-1] != '\n' || i+1 < len(locs) && locs[i+1][0] <= end {
			continue
		}
		loc := first(end)
		if loc == nil || loc[0] != 0 {
			continue
		}
		for k := range loc {
			if loc[k] >= 0 {
				loc[k] += end
			}
		}
		locs = slices.Insert(locs, i+1, loc)
	}
	return locs
}

// hitsIn returns hits (keyword starts in data) as offsets into text, the
// bytes of window w of length n: sorted, once each, those inside it. It
// reuses hits' storage.
func hitsIn(hits []int, w window, n int) []int {
	slices.Sort(hits)
	in := hits[:0]
	for _, h := range slices.Compact(hits) {
		if at := h - w.start; at >= 0 && at < n {
			in = append(in, at)
		}
	}
	return in
}

// searchFrom is search; retry says whether a generic match whose value is
// turned down may be searched again from that value on. A rejected value
// can hold the assignment that matters: in `SECRET = process.env.SECRET
// || "…"` the first match's value is the reference, and the literal
// fallback follows it. Only a value followed by a fallback operator is
// searched again, once, which keeps the cost of the many rejected values
// of source code (token := tok.Value) at nothing. A provider rule's
// window that holds a fallback or a type annotation is also searched as
// plainAssignments writes it (ACME_KEY || '…' as ACME_KEY  = '…').
func (m *Matcher) searchFrom(data []byte, ri int, w window, retry bool) {
	if m.stopped() {
		return
	}
	r := m.rs.Rules[ri]
	text := data[w.start:w.end]
	if !retry {
		m.take(data, ri, w, text, r.Regex.FindAllSubmatchIndex(text, -1), false)
		return
	}
	if !mayMatch(r, text) {
		return
	}
	var plain []byte // text with its fallbacks and type annotations as assignments
	if r.Category != "generic" {
		m.forms = findAssignmentForms(m.forms[:0], text)
		plain = plainAssignments(text, m.forms, m.plainBuf)
	}
	if plain == nil {
		m.take(data, ri, w, text, locate(r, text, w, m.hits[ri]), true)
		return
	}
	m.plainBuf = plain
	m.hitsBuf = append(m.hitsBuf[:0], m.hits[ri]...) // locate makes the hits its offsets
	m.take(data, ri, w, text, locate(r, text, w, m.hits[ri]), true)
	m.take(data, ri, w, plain, locate(r, plain, w, m.hitsBuf), false)
}

// take keeps the matches locs of rule ri's regex in text, window w of
// data (or its plainAssignments form), that pass the rule's checks; retry
// is searchFrom's. A match whose secret takes a byte plainAssignments
// rewrote is no match of data. A generic rule's candidates are checked
// later, by checkGeneric.
func (m *Matcher) take(data []byte, ri int, w window, text []byte, locs [][]int, retry bool) {
	r := m.rs.Rules[ri]
	group := r.SecretGroup
	for i, loc := range locs {
		if group < 0 {
			group = r.Regex.group()
		}
		start, end := loc[2*group], loc[2*group+1]
		if start < 0 || start == end || !nameOK(r, text, loc[0], start, end) ||
			r.prefixReject != nil && r.prefixReject(text[loc[0]:start], text[start:end]) ||
			!bytes.Equal(text[start:end], data[w.start+start:w.start+end]) {
			continue
		}
		if m.checksums.holds(data, w.start+start, text[start:end]) {
			continue
		}
		valueStart := start
		start, end = unquote(text, start, end)
		if r.Category == "generic" {
			if start == valueStart {
				end = queryValueEnd(text, start, end)
			}
			c := genericCandidate{ri: ri, w: w, start: start, end: end, valueStart: valueStart}
			if retry && valueStart > loc[0] {
				c.retryUntil = len(text)
				if i+1 < len(locs) {
					c.retryUntil = locs[i+1][0]
				}
			}
			m.generic = append(m.generic, c)
			continue
		}
		match, ok := m.check(r, text[start:end])
		switch {
		case ok:
			match.Start, match.End = w.start+start, w.start+end
			m.out = append(m.out, match)
		case match.rejectedByCheck:
			m.rejected = append(m.rejected, window{w.start + start, w.start + end})
		}
	}
}

// didKey starts a did:key identifier (did:key:z6Mk…), which is a public
// key by definition, so no value after it is a secret.
var didKey = []byte("did:key:")

// publicTokenQueries come before a URL's token= that is published with
// the URL, not a credential: a Firebase Storage download URL's
// (…/o/img.png?alt=media&token=<uuid>, a capability to read that one
// file) and a coverage badge's (codecov.io/…/badge.svg?token=…, a
// read-only token a README shows).
var publicTokenQueries = [][]byte{[]byte("alt=media&"), []byte("badge.svg?")}

// afterPublicQuery reports whether before, the text ahead of a name,
// ends in one of publicTokenQueries.
func afterPublicQuery(before []byte) bool {
	return slices.ContainsFunc(publicTokenQueries, func(q []byte) bool { return bytes.HasSuffix(before, q) })
}

// nameOK applies rule r's name check to a match of text from from whose
// secret is [start, end). A rule may match from its keyword on (`token`
// in `authenticity_token`): the start of the name it left out is judged
// too. A match that starts at a byte outside a name (a quote, a space)
// holds its whole name.
func nameOK(r *Rule, text []byte, from, start, end int) bool {
	if r.nameCheck == nil {
		return true
	}
	if bytes.HasSuffix(text[:start], didKey) || afterPublicQuery(text[:from]) {
		return false
	}
	if !r.nameCheck(text[from:start], text[start:end]) {
		return false
	}
	lead := from
	for from < len(text) && isNameByte(text[from]) && lead > 0 && isNameByte(text[lead-1]) && !escapeLetter(text, lead-1) {
		lead--
	}
	if lead == from {
		return !startsWithBareTokens(text[from:start])
	}
	return leadingNameIsSecret(text[lead:from])
}

// escapeLetter reports whether text[i] is the letter of a \n, \r or \t
// escape: in a string literal ("\ttokens = …", "\npublic_token: …") the
// name starts after it.
func escapeLetter(text []byte, i int) bool {
	return i > 0 && text[i-1] == '\\' && (text[i] == 'n' || text[i] == 'r' || text[i] == 't')
}

// check applies entropy, placeholder, allowlist and validator checks.
func (m *Matcher) check(r *Rule, secret []byte) (Match, bool) {
	match := Match{Rule: r, Entropy: Entropy(secret), Severity: r.Severity}
	if match.Entropy < entropyFloor(r, secret) || IsPlaceholder(secret) {
		return match, false
	}
	if m.rs.Allowlist.AllowsSecret(secret) || r.Allowlist.AllowsSecret(secret) {
		return match, false
	}
	if r.validator != nil {
		c := m.validate(r, secret)
		if !c.OK {
			match.rejectedByCheck = r.validator.Proves && r.Category != "generic"
			return match, false
		}
		if r.validator.Proves {
			match.Validated = cmp.Or(c.Validated, r.Validate)
		}
		match.Owner = c.Owner
		if c.Severity != "" {
			match.Severity = c.Severity
		}
	}
	match.Secret = bytes.Clone(secret)
	return match, true
}

// unquote narrows [start, end) of text to the inside of the quotes around
// it, when the secret group took a quoted value whole: "v", 'v', `v`, a
// JSON-escaped \"v\", or @"v" (Objective-C's string, C#'s verbatim one).
// A rule captures a quoted value with its quotes when the value may hold
// spaces and any other printable byte.
func unquote(text []byte, start, end int) (int, int) {
	s := text[start:end]
	if len(s) >= 4 && s[0] == '\\' && s[len(s)-2] == '\\' && s[1] == s[len(s)-1] && isQuote(s[1]) {
		return start + 2, end - 2
	}
	if len(s) >= 2 && s[0] == s[len(s)-1] && isQuote(s[0]) {
		return start + 1, end - 1
	}
	if len(s) >= 3 && s[0] == '@' && s[1] == '"' && s[len(s)-1] == '"' {
		return start + 2, end - 1 // Objective-C's @"…" and C#'s verbatim string
	}
	return start, end
}

func isQuote(c byte) bool { return c == '"' || c == '\'' || c == '`' }

// queryValueEnd ends an unquoted value [start, end) of text at an `&`
// that starts the next parameter of a URL query or form body
// (`token=…&page=2`): generic values may hold `&`, and would run on.
func queryValueEnd(text []byte, start, end int) int {
	for i := start; i < end; i++ {
		if text[i] == '&' && startsParameter(text[i+1:end]) {
			return i
		}
	}
	return end
}

// startsParameter reports whether s begins with a parameter name and `=`.
func startsParameter(s []byte) bool {
	n := 0
	for n < len(s) && (isNameByte(s[n]) || s[n] == '[' || s[n] == ']') {
		n++
	}
	return n > 0 && n < len(s) && s[n] == '=' && !(s[0] >= '0' && s[0] <= '9')
}

// dropShadowedGeneric removes generic-rule matches whose secret overlaps a
// match of a provider-specific rule, the specific one saying more. Each
// findPlain pass has already left out its own shadowed candidates, and
// those overlapping a provider rule's rejected candidate (see
// checkGeneric); this judges the passes' matches together.
func dropShadowedGeneric(ms []Match) []Match {
	specific := specificSpans(ms, nil)
	if len(specific) == 0 {
		return ms
	}
	index := newWindowIndex(specific)
	return slices.DeleteFunc(ms, func(m Match) bool {
		return m.Rule.Category == "generic" && index.overlaps(m.Start, m.End)
	})
}

// specificSpans returns rejected, the spans of candidates a provider
// rule's validator turned down (a token with a wrong checksum is a known
// shape, not a secret), with the spans of ms's provider-rule matches.
func specificSpans(ms []Match, rejected []window) []window {
	specific := slices.Clone(rejected)
	for _, m := range ms {
		if m.Rule.Category != "generic" {
			specific = append(specific, window{m.Start, m.End})
		}
	}
	return specific
}

// dropSuperseded removes a match whose secret overlaps a match of a rule
// that supersedes its rule (Rule.supersedes): one secret is one finding,
// named by the rule that knows it best. A Clerk or Paystack secret key
// starts like Stripe's (sk_live_); a Labelbox or Supabase key is a JWT.
func dropSuperseded(ms []Match) []Match {
	var spans map[*Rule][]window
	for _, m := range ms {
		for _, r := range m.Rule.supersedes {
			if spans == nil {
				spans = map[*Rule][]window{}
			}
			spans[r] = append(spans[r], window{m.Start, m.End})
		}
	}
	if spans == nil {
		return ms
	}
	indexes := make(map[*Rule]windowIndex, len(spans))
	for r, w := range spans {
		indexes[r] = newWindowIndex(w)
	}
	return slices.DeleteFunc(ms, func(m Match) bool {
		index, ok := indexes[m.Rule]
		return ok && index.overlaps(m.Start, m.End)
	})
}

// windowIndex answers whether any of a set of spans overlaps a given one:
// the spans by start, and reach[i] the furthest end among the first i+1,
// so that each question is a binary search and a file of many matches
// costs n log n, not n².
type windowIndex struct {
	spans []window
	reach []int
}

func newWindowIndex(spans []window) windowIndex {
	slices.SortFunc(spans, func(a, b window) int { return cmp.Compare(a.start, b.start) })
	return windowIndex{spans: spans, reach: runningReach(len(spans), func(i int) int { return spans[i].end })}
}

// overlaps reports whether a span overlaps [start, end).
func (x windowIndex) overlaps(start, end int) bool {
	// Spans starting before end overlap it when one reaches past start.
	n, _ := slices.BinarySearchFunc(x.spans, end, func(w window, end int) int { return cmp.Compare(w.start, end) })
	return n > 0 && x.reach[n-1] > start
}

// dropDuplicateGeneric keeps one generic match where several generic
// rules found overlapping secrets: the one of the rule listed first (the
// default ruleset's generic-secret before the drafts' narrower rules),
// then the longer span. Matches are taken in clusters of overlapping
// spans, so the cost stays n log n for a file of many findings.
func (m *Matcher) dropDuplicateGeneric(ms []Match) []Match {
	var gen []int
	for i, x := range ms {
		if x.Rule.Category == "generic" {
			gen = append(gen, i)
		}
	}
	if len(gen) < 2 {
		return ms
	}
	slices.SortFunc(gen, func(a, b int) int { return cmp.Compare(ms[a].Start, ms[b].Start) })
	drop := make([]bool, len(ms))
	for lo := 0; lo < len(gen); {
		hi, reach := lo+1, ms[gen[lo]].End
		for hi < len(gen) && ms[gen[hi]].Start < reach {
			reach = max(reach, ms[gen[hi]].End)
			hi++
		}
		m.keepFirstGeneric(ms, gen[lo:hi], drop)
		lo = hi
	}
	out := ms[:0]
	for i, x := range ms {
		if !drop[i] {
			out = append(out, x)
		}
	}
	return out
}

// keepFirstGeneric marks in drop the matches of one cluster that overlap a
// match of higher priority.
func (m *Matcher) keepFirstGeneric(ms []Match, cluster []int, drop []bool) {
	if len(cluster) < 2 {
		return
	}
	slices.SortFunc(cluster, func(a, b int) int {
		return cmp.Or(cmp.Compare(m.order[ms[a].Rule], m.order[ms[b].Rule]),
			cmp.Compare(ms[b].End-ms[b].Start, ms[a].End-ms[a].Start))
	})
	var kept []window
	for _, i := range cluster {
		x := ms[i]
		for _, k := range kept {
			if k.start < x.End && x.Start < k.end {
				drop[i] = true
				break
			}
		}
		if !drop[i] {
			kept = append(kept, window{x.Start, x.End})
		}
	}
}

// valueOnNextLine reports whether a line hands its value to the next one,
// so that a rule's window takes that line too: the line ends in an
// assignment (=, :, =>) and the next starts with a quoted value
// (API_KEY =⏎ "…", a long Java or JavaScript constant), the line opens
// an object whose next line is its "value" (an Azure Resource Manager
// parameter, "adminPassword": {⏎ "value": …), or the next line is the
// value: of a name/value pair (a Kubernetes env entry
// `- name: DB_PASSWORD⏎  value: …`). The line may also be a section
// named after the keyword whose next line is the first entry of it: a
// YAML mapping (stripe:⏎  secret_key: …), a TOML or INI table
// ([stripe]⏎secret_key = …) or a JSON object ("stripe": {⏎ "secretKey": …).
func valueOnNextLine(line, rest []byte) bool {
	line = trimSpaceRight(line)
	// The start of the next line is enough to judge it; reading to its end
	// would cost a long line's length at every keyword before it.
	next := rest[:lineEndAfter(rest, 0, nextLineProbe)]
	next = next[leadingSpace(next):]
	if len(line) == 0 || len(next) == 0 {
		return false
	}
	switch line[len(line)-1] {
	case '=', ':', '>':
		if q := next[0]; q == '"' || q == '\'' || q == '`' {
			return true
		}
	case '{':
		if bytes.HasPrefix(next, []byte(`"value"`)) {
			return true
		}
	}
	if bytes.HasPrefix(next, []byte("value:")) || bytes.HasPrefix(next, []byte("value =")) || bytes.HasPrefix(next, []byte("value=")) {
		return true
	}
	return opensSection(line, next)
}

// opensSection reports whether line names a section and next is an entry
// of it: `name:` then `key: v` (YAML), `[name]` then `key = v` (TOML,
// INI), or `"name": {` then `"key": v` (JSON), read as the nested pass
// reads them (nested.go).
func opensSection(line, next []byte) bool {
	if _, ok := sectionName(line[leadingSpace(line):]); !ok {
		return false
	}
	_, _, ok := entryValue(next)
	return ok
}

// xmlStartTag is an XML start tag alone on its line.
var xmlStartTag = regexp.MustCompile(`^<[\w.:-]+(?:\s[^<>/]*)?>$`)

// nextLineProbe is how much of the next line valueOnNextLine reads.
const nextLineProbe = 256

// hasFallback reports whether text holds an operator that gives a
// default when what precedes it is unset: ||, ?? or Python's or.
func hasFallback(text []byte) bool {
	return bytes.Contains(text, []byte("||")) || bytes.Contains(text, []byte("??")) || bytes.Contains(text, []byte(" or "))
}
