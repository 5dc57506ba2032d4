package scan

import (
	"bytes"
	"unicode"
	"unicode/utf8"
)

// Position is a 1-based line and column; columns count Unicode code
// points (invalid UTF-8 bytes count one each).
type Position struct {
	Line, Column int
}

// locator turns byte offsets into positions. Offsets must be asked for in
// increasing order; each byte of the data is then counted once, so a file
// with many findings on one long line costs no more than one pass.
type locator struct {
	data      []byte
	offset    int // last offset located
	line      int
	lineStart int // offset of the first byte of line
	column    int // column of offset
}

func newLocator(data []byte) *locator {
	return &locator{data: data, line: 1, column: 1}
}

// at returns the position of offset, which must not be below the last one.
func (l *locator) at(offset int) Position {
	if offset < l.offset {
		*l = locator{data: l.data, line: 1, column: 1}
	}
	segment := l.data[l.offset:offset]
	if n := bytes.Count(segment, []byte{'\n'}); n > 0 {
		l.line += n
		l.lineStart = l.offset + bytes.LastIndexByte(segment, '\n') + 1
		l.column = 1 + utf8.RuneCount(l.data[l.lineStart:offset])
	} else {
		l.column += utf8.RuneCount(segment)
	}
	l.offset = offset
	return Position{l.line, l.column}
}

// endOf returns the position just past a span starting at start (located
// with the same locator) with the given bytes, without moving the locator.
func endOf(start Position, span []byte) Position {
	if i := bytes.LastIndexByte(span, '\n'); i >= 0 {
		return Position{start.Line + bytes.Count(span, []byte{'\n'}), 1 + utf8.RuneCount(span[i+1:])}
	}
	return Position{start.Line, start.Column + utf8.RuneCount(span)}
}

// allowed reports whether an allow comment covers the span [start, end):
// AllowComment, in any case, on a line the span touches, or alone in a
// comment on the line before (only comment markers before it on that
// line, so that a same-line comment does not reach the next line too).
// It looks at most maxBytes either side of the span.
func allowed(data []byte, start, end, maxBytes int) bool {
	lo, hi := lineBounds(data, start, end, maxBytes)
	if allowAt(data[lo:hi]) >= 0 {
		return true
	}
	if lo == 0 || data[lo-1] != '\n' {
		return false
	}
	line := lineAround(data, lo-1, lo-1, maxBytes) // the line before
	i := allowAt(line)
	return i >= 0 && !bytes.ContainsFunc(line[:i], func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// allowBefore and allowAfter are AllowComment either side of its colon.
const allowBefore, allowAfter = "keysieve", "allow"

// hasAllowComment reports whether data holds AllowComment in any case.
func hasAllowComment(data []byte) bool { return allowAt(data) >= 0 }

// allowAt returns the offset of the first AllowComment, in any case, in
// data, or -1.
func allowAt(data []byte) int {
	for at := 0; ; {
		i := bytes.IndexByte(data[at:], ':')
		if i < 0 {
			return -1
		}
		i += at
		if i >= len(allowBefore) && i+1+len(allowAfter) <= len(data) &&
			bytes.EqualFold(data[i-len(allowBefore):i], []byte(allowBefore)) &&
			bytes.EqualFold(data[i+1:i+1+len(allowAfter)], []byte(allowAfter)) {
			return i - len(allowBefore)
		}
		at = i + 1
	}
}

// lineAround returns the lines the span [start, end) touches, at most
// maxBytes either side of it.
func lineAround(data []byte, start, end, maxBytes int) []byte {
	lo, hi := lineBounds(data, start, end, maxBytes)
	return data[lo:hi]
}

// lineBounds returns where the lines the span [start, end) touches begin
// and end, at most maxBytes either side of it.
func lineBounds(data []byte, start, end, maxBytes int) (lo, hi int) {
	lo = max(0, start-maxBytes)
	if i := bytes.LastIndexByte(data[lo:start], '\n'); i >= 0 {
		lo += i + 1
	}
	hi = min(len(data), end+maxBytes)
	if i := bytes.IndexByte(data[end:hi], '\n'); i >= 0 {
		hi = end + i
	}
	return lo, hi
}
