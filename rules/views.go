package rules

import (
	"cmp"
	"slices"
)

// Limits shared by the derived views (JSON strings, log lines): past them
// a view takes no more text, so that a hostile file costs a bounded second
// pass and bounded memory whatever its size.
const (
	// maxViewBytes bounds the text of one view.
	maxViewBytes = 4 << 20
	// maxViewPieces bounds the pieces one view maps back to the input.
	maxViewPieces = 1 << 17
	// viewKeep is the largest view whose buffers a matcher keeps for the
	// next file.
	viewKeep = 256 << 10
)

// viewPiece maps view[at, at+vlen) to data[orig, orig+olen). A verbatim
// piece has vlen == olen and maps byte for byte; an unescaped one (an
// escape sequence and what it stands for) maps as a whole.
type viewPiece struct {
	at, vlen, orig, olen int
	verbatim, inner      bool // inner: the piece is content the view decoded or freed
}

// view is text derived from data (JSON strings unescaped, log lines
// without their prefixes) and how each of its bytes maps back to data.
// Bytes between pieces (separators the view adds) map nowhere.
type view struct {
	text   []byte
	pieces []viewPiece
	// onePiece says a match must lie within one piece: the pieces are
	// separate values (findNested's entries), not parts of one text.
	onePiece bool
}

// resetView returns the matcher's view emptied, its buffers kept for
// reuse: one view at a time is built and scanned.
func (m *Matcher) resetView() *view {
	m.view.text, m.view.pieces, m.view.onePiece = m.view.text[:0], m.view.pieces[:0], false
	return &m.view
}

// full reports whether adding more bytes in at most pieces pieces would
// take the view past its limits.
func (v *view) full(more, pieces int) bool {
	return len(v.text)+more > maxViewBytes || len(v.pieces)+pieces > maxViewPieces
}

// copyRaw appends data[a:b] verbatim.
func (v *view) copyRaw(data []byte, a, b int, inner bool) {
	if b <= a {
		return
	}
	if n := len(v.pieces); n > 0 {
		p := &v.pieces[n-1]
		if p.verbatim && p.inner == inner && p.orig+p.olen == a && p.at+p.vlen == len(v.text) {
			p.vlen += b - a
			p.olen += b - a
			v.text = append(v.text, data[a:b]...)
			return
		}
	}
	v.pieces = append(v.pieces, viewPiece{at: len(v.text), vlen: b - a, orig: a, olen: b - a, verbatim: true, inner: inner})
	v.text = append(v.text, data[a:b]...)
}

// addDecoded appends out, which stands for data[a:b].
func (v *view) addDecoded(out []byte, a, b int) {
	v.pieces = append(v.pieces, viewPiece{at: len(v.text), vlen: len(out), orig: a, olen: b - a, inner: true})
	v.text = append(v.text, out...)
}

// piece returns the piece holding view offset off, or false.
func (v *view) piece(off int) (viewPiece, bool) {
	i, found := slices.BinarySearchFunc(v.pieces, off, func(p viewPiece, t int) int { return cmp.Compare(p.at, t) })
	if !found {
		i--
	}
	if i < 0 || off >= v.pieces[i].at+v.pieces[i].vlen {
		return viewPiece{}, false
	}
	return v.pieces[i], true
}

// span maps the view's [start, end) back to data; false when start is not
// in an inner piece (the view's context, whose matches are the plain
// pass's to report), either end maps nowhere, or the span crosses pieces
// of a onePiece view.
func (v *view) span(start, end int) (int, int, bool) {
	ps, ok := v.piece(start)
	if !ok || !ps.inner {
		return 0, 0, false
	}
	pe, ok := v.piece(end - 1)
	if !ok || v.onePiece && pe != ps {
		return 0, 0, false
	}
	s, e := ps.orig, pe.orig+pe.olen
	if ps.verbatim {
		s += start - ps.at
	}
	if pe.verbatim {
		e = pe.orig + end - pe.at
	}
	return s, e, true
}

// findInView scans v and returns its matches at data's offsets, less those
// the earlier passes found already: a match of the same rule over the
// same bytes, or a generic match over bytes any rule matched.
func (m *Matcher) findInView(v *view, earlier []Match) []Match {
	if len(v.pieces) == 0 {
		return nil
	}
	if cap(v.text) > viewKeep {
		defer func() { v.text, v.pieces = nil, nil }() // a large view's buffers are not kept
	}
	seen := newSpanIndex(earlier)
	var out []Match
	for _, x := range m.findPlain(v.text) {
		s, e, ok := v.span(x.Start, x.End)
		if !ok || seen.repeats(x.Rule, s, e) {
			continue
		}
		x.Start, x.End = s, e
		out = append(out, x)
	}
	return out
}

// spanIndex answers which earlier matches overlap a span: the matches by
// start, and reach[i] the furthest end among the first i+1.
type spanIndex struct {
	ms    []Match
	reach []int
}

func newSpanIndex(earlier []Match) spanIndex {
	ms := slices.Clone(earlier)
	slices.SortFunc(ms, func(a, b Match) int { return cmp.Compare(a.Start, b.Start) })
	return spanIndex{ms: ms, reach: runningReach(len(ms), func(i int) int { return ms[i].End })}
}

// runningReach returns, for spans sorted by start whose i-th ends at
// end(i), the furthest end among the first i+1 of them: with a binary
// search by start, it says which spans overlap a given one in log n.
func runningReach(n int, end func(i int) int) []int {
	reach := make([]int, n)
	for i := range reach {
		reach[i] = end(i)
		if i > 0 {
			reach[i] = max(reach[i], reach[i-1])
		}
	}
	return reach
}

// maxOverlapProbe bounds the earlier matches one question looks at, so
// that a file of many stacked matches costs n log n, not n².
const maxOverlapProbe = 64

// repeats reports whether an earlier match makes a view's match of r at
// [s, e) a repeat: one of r, or of any rule when r is generic, over some
// of the same bytes.
func (x spanIndex) repeats(r *Rule, s, e int) bool {
	n, _ := slices.BinarySearchFunc(x.ms, e, func(m Match, end int) int { return cmp.Compare(m.Start, end) })
	for i := n - 1; i >= 0 && i >= n-maxOverlapProbe && x.reach[i] > s; i-- {
		if x.ms[i].End > s && (x.ms[i].Rule == r || r.Category == "generic") {
			return true
		}
	}
	return false
}
