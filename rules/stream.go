package rules

import (
	"bytes"
	"iter"
)

// segmentSize is how much of a large input the streaming matcher (All,
// FindLimit) finds matches in at a time: memory then holds one segment's
// matches, whatever the number of matches in the input.
const segmentSize = 1 << 20

// firstSegmentSize is the size of a large input's first segment; each
// next one is twice the last, up to segmentSize. A caller that stops after
// a few matches of a match-dense input (a file at its findings cap) then
// pays for tens of KiB of it, not a MiB, and an input with few matches
// pays for a handful more segment overlaps.
const firstSegmentSize = 64 << 10

// maxSegmentLine is how far past segmentSize a segment may reach for the
// end of its last line before it is cut mid-line.
const maxSegmentLine = 64 << 10

// All yields the matches of data in order of offset, the same matches
// Find returns, but found one segment at a time (firstSegmentSize bytes,
// doubling up to segmentSize): a caller that stops early stops the work, and memory holds one
// segment's matches (tens of MiB at most), not a copy of every match of
// the input. Segments end at line ends; each is searched with an overlap
// of m.overlap bytes either side (lineSpan twice plus the ruleset's
// widest Window) and keeps the matches that start inside it, so that
// matches near a boundary see the same context as in one pass. Only a
// line longer than maxSegmentLine past a segment's end is cut, and a
// match straddling that cut may differ from Find's.
func (m *Matcher) All(data []byte) iter.Seq[Match] {
	return func(yield func(Match) bool) {
		if len(data) <= segmentSize {
			for _, x := range m.Find(data) {
				if !yield(x) {
					return
				}
			}
			return
		}
		for a, size := 0, firstSegmentSize; a < len(data); size = min(2*size, segmentSize) {
			b := segmentEnd(data, a, size)
			if !m.yieldSegment(data, a, b, yield) {
				return
			}
			a = b
		}
	}
}

// yieldSegment yields the matches of data that start in [a, b), found in
// data[a:b] widened by m.overlap either side. It returns false when yield
// asked to stop.
func (m *Matcher) yieldSegment(data []byte, a, b int, yield func(Match) bool) bool {
	lo := viewStart(data, a, m.overlap)
	hi := min(len(data), b+m.overlap)
	for _, x := range m.Find(data[lo:hi]) {
		x.Start, x.End = x.Start+lo, x.End+lo
		if x.Start < a {
			continue
		}
		if x.Start >= b {
			break // Find's matches are in order of offset
		}
		if !yield(x) {
			return false
		}
	}
	return true
}

// FindLimit returns the first n matches of data in order of offset (the
// first n of Find's), and whether data holds more; the matching stops
// with the segment holding the match after the n-th, so neither time nor
// memory grows with the matches past the limit. A limit of 0 or less
// means no limit.
func (m *Matcher) FindLimit(data []byte, n int) (matches []Match, more bool) {
	if n <= 0 {
		return m.Find(data), false
	}
	for x := range m.All(data) {
		if len(matches) == n {
			return matches, true
		}
		matches = append(matches, x)
	}
	return matches, false
}

// segmentEnd returns the end of the segment of size bytes starting at a:
// just past the first line end at or after a+size, or a+size itself when
// that line runs on for more than maxSegmentLine bytes.
func segmentEnd(data []byte, a, size int) int {
	target := a + size
	if target >= len(data) {
		return len(data)
	}
	reach := min(len(data), target+maxSegmentLine)
	if i := bytes.IndexByte(data[target:reach], '\n'); i >= 0 {
		return target + i + 1
	}
	if reach == len(data) {
		return len(data)
	}
	return target
}

// viewStart returns where the search of a segment starting at a begins:
// overlap bytes earlier, moved back to the start of that line when it is
// at most lineSpan further back.
func viewStart(data []byte, a, overlap int) int {
	lo := max(0, a-overlap)
	if lo == 0 {
		return 0
	}
	if i := bytes.LastIndexByte(data[max(0, lo-lineSpan):lo], '\n'); i >= 0 {
		return max(0, lo-lineSpan) + i + 1
	}
	return lo
}

// segmentOverlap is how far either side of a segment its search reaches
// for rs: a keyword's window reaches lineSpan either side of it, a
// multi-line rule's Window further.
func segmentOverlap(rs *Ruleset) int {
	widest := 0
	for _, r := range rs.Rules {
		widest = max(widest, r.Window+r.Lookback)
	}
	return 2*lineSpan + widest
}
