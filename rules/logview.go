package rules

import (
	"bytes"
	"strings"
)

// Limits of the log-line view.
const (
	// logProbeLines is how many of the first lines must show a timestamp
	// prefix for the view to be built: a log is prefixed from its start,
	// source code almost never, so other text costs a few line reads.
	logProbeLines = 8
	// minLogLines is how many prefixed lines make a log.
	minLogLines = 2
)

// findLogLines scans a log whose lines start with a timestamp
// (`2025-03-14T09:12:01.411Z `, `[2025-03-14 09:12:01] `) with the
// timestamps cut off, so that a PEM key, a config file or a password
// printed across lines reads as it was written. A secret found is
// reported at the log's offsets.
func (m *Matcher) findLogLines(data []byte, earlier []Match) []Match {
	if !looksLikeLog(data) {
		return nil
	}
	v := m.resetView()
	n := 0
	for pos := 0; pos < len(data) && !m.stopped(); {
		end := bytes.IndexByte(data[pos:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += pos
		}
		if v.full(end-pos+1, 1) {
			break
		}
		cut := logPrefixLen(data[pos:end])
		if cut > 0 {
			n++
		}
		v.copyRaw(data, pos+cut, min(len(data), end+1), true)
		pos = end + 1
	}
	if n < minLogLines {
		return nil
	}
	return m.findInView(v, earlier)
}

// looksLikeLog reports whether one of data's first logProbeLines lines
// starts with a timestamp.
func looksLikeLog(data []byte) bool {
	pos := 0
	for range logProbeLines {
		if pos >= len(data) {
			return false
		}
		end := bytes.IndexByte(data[pos:], '\n')
		if end < 0 {
			end = len(data) - pos
		}
		if logPrefixLen(data[pos:pos+end]) > 0 {
			return true
		}
		pos += end + 1
	}
	return false
}

// logPrefixLen returns the length of the timestamp prefix of line with the
// one space or tab after it, or 0: an optional '[', a date
// (YYYY-MM-DD or YYYY/MM/DD), 'T' or a space, a time (hh:mm:ss), an
// optional fraction and zone (Z, +hh:mm, +hhmm), an optional ']'.
func logPrefixLen(line []byte) int {
	i := 0
	if i < len(line) && line[i] == '[' {
		i++
	}
	d := i
	if !digitsAt(line, d, 4) || !sepAt(line, d+4, "-/") || !digitsAt(line, d+5, 2) || !sepAt(line, d+7, "-/") ||
		!digitsAt(line, d+8, 2) || !sepAt(line, d+10, "T ") || !digitsAt(line, d+11, 2) || !sepAt(line, d+13, ":") ||
		!digitsAt(line, d+14, 2) || !sepAt(line, d+16, ":") || !digitsAt(line, d+17, 2) {
		return 0
	}
	i = d + 19
	if sepAt(line, i, ".,") {
		i++
		for i < len(line) && line[i] >= '0' && line[i] <= '9' {
			i++
		}
	}
	switch {
	case sepAt(line, i, "Z"):
		i++
	case sepAt(line, i, "+-") && digitsAt(line, i+1, 2):
		i += 3
		if sepAt(line, i, ":") {
			i++
		}
		if digitsAt(line, i, 2) {
			i += 2
		}
	}
	if line[0] == '[' {
		if !sepAt(line, i, "]") {
			return 0
		}
		i++
	}
	if !sepAt(line, i, " \t") {
		return 0
	}
	return i + 1
}

// digitsAt reports whether line holds n ASCII digits at i.
func digitsAt(line []byte, i, n int) bool {
	if i+n > len(line) {
		return false
	}
	for _, c := range line[i : i+n] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// sepAt reports whether line[i] is one of set.
func sepAt(line []byte, i int, set string) bool {
	return i < len(line) && strings.IndexByte(set, line[i]) >= 0
}
