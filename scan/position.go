package scan

import (
	"bytes"
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

// lineAround returns the lines of data that the span [start, end) touches,
// at most maxBytes either side of it.
func lineAround(data []byte, start, end, maxBytes int) []byte {
	lo := max(0, start-maxBytes)
	if i := bytes.LastIndexByte(data[lo:start], '\n'); i >= 0 {
		lo += i + 1
	}
	hi := min(len(data), end+maxBytes)
	if i := bytes.IndexByte(data[end:hi], '\n'); i >= 0 {
		hi = end + i
	}
	return data[lo:hi]
}
