package rules

import (
	"bytes"
	"unicode/utf16"
	"unicode/utf8"
)

// jsonContext is how much of the line before a JSON string the JSON-string
// view keeps (`"password": "` before its value), and after it.
const (
	jsonContextBefore = 200
	jsonContextAfter  = 64
)

// jsonString is a double-quoted string literal at data[start:end], the
// quotes excluded.
type jsonString struct{ start, end int }

// findJSONStrings scans the content of double-quoted strings that hold
// escapes, unescaped: a PEM key, a config file or a script written into
// a JSON value with \n, \" and \u0026 (`"config": "FROM…\nENV…"`), or a
// notebook's output and source arrays, one string per line
// ("-----BEGIN…\n",⏎ "MIIE…\n",⏎ …), whose strings are joined. A secret
// found inside is reported at the escaped text's offsets. Only text that
// starts like JSON is read (looksLikeJSON), in it only lines holding a
// backslash and shaped like a JSON member or array element, and only
// strings in a value's place (after a quoted key's `:`, `[`, or starting
// an array's line) are unescaped, not source code's format strings
// (Printf("…\n", x)).
func (m *Matcher) findJSONStrings(data []byte, earlier []Match) []Match {
	if !looksLikeJSON(data) || bytes.IndexByte(data, '\\') < 0 {
		return nil
	}
	v := m.resetView()
	prevEnd := 0
	emit := func(run []jsonString) {
		a, b := run[0].start, run[len(run)-1].end
		if !runWorthDecoding(data, run) || v.full(b-a+jsonContextBefore+jsonContextAfter+3, 2*bytes.Count(data[a:b], []byte{'\\'})+2*len(run)+2) {
			return
		}
		prevEnd = addJSONRun(v, data, run, prevEnd)
	}
	for pos := 0; pos < len(data) && !m.stopped(); {
		b := bytes.IndexByte(data[pos:], '\\')
		if b < 0 {
			break
		}
		start := bytes.LastIndexByte(data[pos:pos+b], '\n') + 1 + pos
		end := bytes.IndexByte(data[pos+b:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += pos + b
		}
		if !mayHoldJSONValue(data[start:end]) {
			pos = end + 1
			continue
		}
		pos = scanJSONStrings(data, start, emit) + 1
	}
	return m.findInView(v, earlier)
}

// jsonProbe is how much of its start shows whether text holds JSON.
const jsonProbe = 4 << 10

// looksLikeJSON reports whether data starts like JSON: its first byte
// (past white space) opens an object or array, or its first jsonProbe
// bytes hold a quoted key (`": "`, `":"`, `":⏎`). JSON documents,
// notebooks, JSON lines and files that embed JSON members pass; source
// code, whose strings are mostly format strings, seldom does, and then
// costs one IndexByte over its start.
func looksLikeJSON(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), jsonProbe)], " \t\r\n")
	if len(head) > 0 && (head[0] == '{' || head[0] == '[') {
		return true
	}
	for i := 0; ; {
		j := bytes.Index(head[i:], []byte(`":`))
		if j < 0 {
			return false
		}
		i += j + 2
		if i >= len(head) || head[i] == ' ' || head[i] == '"' || head[i] == '\n' {
			return true
		}
	}
}

// scanJSONStrings reads the string literals from the line starting at i
// to the end of the line where the last run of them ends, calls emit for
// each run that is a JSON value, and returns that line's end. A run is one
// string, or strings that each end in \n and are separated by a comma and
// white space (the lines of a notebook's array).
func scanJSONStrings(data []byte, i int, emit func([]jsonString)) int {
	var run []jsonString
	sep := 0       // commas since the run's last string
	lineStart := i // of the line being read
	lead := leadByte(data, i)
	valued := false // the run's first string is in a value's place
	// flush emits the run when it is a value: in a value's place, and
	// followed by what follows a JSON value (a comma, a line end, ] or }).
	flush := func(ended bool) {
		if len(run) > 0 && valued && ended {
			emit(run)
		}
		run, sep = run[:0], 0
	}
	for i < len(data) {
		switch c := data[i]; c {
		case '"':
			end, ok := stringEnd(data, i+1)
			if !ok {
				flush(sep > 0)
				i = end
				continue
			}
			s := jsonString{i + 1, end}
			if len(run) > 0 && (sep != 1 || !endsInNewline(data, run[len(run)-1]) || s.end-run[0].start > maxViewBytes/2) {
				flush(sep > 0) // not joined, or a run too long for one view
			}
			if len(run) == 0 {
				valued = valuePlace(data, lineStart, i, lead)
			}
			run, sep = append(run, s), 0
			i = end + 1
		case '\n':
			if len(run) == 0 || sep != 1 || !endsInNewline(data, run[len(run)-1]) {
				flush(true)
				return i
			}
			i++
			lineStart, lead = i, leadByte(data, i)
		case ',':
			sep++
			i++
		case ' ', '\t', '\r':
			i++
		default:
			if c == ':' && len(run) > 1 {
				// the run's last string is the next member's key: the
				// strings before it were a value ending in \n, and a comma
				run = run[:len(run)-1]
				flush(true)
			} else if len(run) > 0 {
				flush(sep > 0 || c == ']' || c == '}')
			}
			i++
		}
	}
	flush(true)
	return i
}

// mayHoldJSONValue reports whether line may hold a JSON member's value
// or array element: it starts with `"` or `[`, or a quoted key ends on it
// (`":`, `':`).
func mayHoldJSONValue(line []byte) bool {
	line = bytes.TrimLeft(line, " \t")
	return len(line) > 0 && (line[0] == '"' || line[0] == '[') ||
		bytes.Contains(line, []byte(`":`)) || bytes.Contains(line, []byte(`':`))
}

// leadByte returns the first byte of the line starting at i past its
// spaces and tabs, or 0.
func leadByte(data []byte, i int) byte {
	for ; i < len(data); i++ {
		if c := data[i]; c != ' ' && c != '\t' {
			return c
		}
	}
	return 0
}

// valuePlace reports whether the string opening at q on the line starting
// at lineStart is in a value's place: after a quoted key's `:` (a
// member's value), after `[` or nothing (an array's element), or after
// `,` on a line that starts an element (lead is the line's first byte
// past its indentation).
func valuePlace(data []byte, lineStart, q int, lead byte) bool {
	j := q - 1
	for j >= lineStart && (data[j] == ' ' || data[j] == '\t') {
		j--
	}
	if j < lineStart {
		return true
	}
	switch data[j] {
	case ':':
		k := j - 1
		for k >= lineStart && (data[k] == ' ' || data[k] == '\t') {
			k--
		}
		return k >= lineStart && (data[k] == '"' || data[k] == '\'')
	case '[':
		return true
	case ',':
		return lead == '"' || lead == '['
	}
	return false
}

// stringEnd returns the closing quote of the string whose content starts
// at i, or false and the line end where the line ends first.
func stringEnd(data []byte, i int) (int, bool) {
	for i < len(data) {
		switch data[i] {
		case '\\':
			i += 2
			continue
		case '"':
			return i, true
		case '\n':
			return i, false
		}
		i++
	}
	return len(data), false
}

// endsInNewline reports whether s's content ends in the escape \n.
func endsInNewline(data []byte, s jsonString) bool {
	return s.end-s.start >= 2 && data[s.end-2] == '\\' && data[s.end-1] == 'n' && !escapedAt(data, s.start, s.end-2)
}

// escapedAt reports whether the backslash at i is itself escaped (an odd
// number of backslashes before it, from start).
func escapedAt(data []byte, start, i int) bool {
	n := 0
	for j := i - 1; j >= start && data[j] == '\\'; j-- {
		n++
	}
	return n%2 == 1
}

// bodyEnd returns where string s's content ends, before a final \n.
func bodyEnd(data []byte, s jsonString) int {
	if endsInNewline(data, s) {
		return s.end - 2
	}
	return s.end
}

// runWorthDecoding reports whether unescaping run changes more than a
// final \n: a string of one line ("done\n") or one whose escapes JSON does
// not define (a regular expression's \d) reads the same as it stands.
func runWorthDecoding(data []byte, run []jsonString) bool {
	if len(run) > 1 {
		return true
	}
	s := run[0]
	end := bodyEnd(data, s)
	if end-s.start < 8 {
		return false
	}
	for i := s.start; i+1 < end; i++ {
		if data[i] == '\\' {
			if _, n := unescapeAt(nil, data[i:end]); n > 0 {
				return true
			}
			i++
		}
	}
	return false
}

// runIsFile reports whether run holds lines of text: several strings, or
// one with a \n before its end.
func runIsFile(data []byte, run []jsonString) bool {
	if len(run) > 1 {
		return true
	}
	s := run[0]
	end := bodyEnd(data, s)
	for i := s.start; i+1 < end; i++ {
		if data[i] == '\\' {
			if data[i+1] == 'n' {
				return true
			}
			i++
		}
	}
	return false
}

// addJSONRun appends run to v: the line before its first string (from
// prevEnd at the earliest), then the strings' contents unescaped and
// joined, on lines of their own when they are a file's lines, else
// followed by the rest of the string's line; it returns where the text
// taken from data ends.
func addJSONRun(v *view, data []byte, run []jsonString, prevEnd int) int {
	first, last := run[0], run[len(run)-1]
	v.copyRaw(data, max(prevEnd, lineStartBefore(data, first.start-1, jsonContextBefore)), first.start, false)
	if runIsFile(data, run) {
		// The lines of a file: each reads from its start to its end, as
		// rules that know the file's format expect.
		v.text = append(v.text, '\n')
		for _, s := range run {
			unescapeInto(v, data, s)
		}
		v.text = append(v.text, '\n', '\n')
		return last.end
	}
	unescapeInto(v, data, first)
	after := lineEndAfter(data, last.end, jsonContextAfter)
	if q := bytes.IndexByte(data[last.end+1:after], '"'); q >= 0 {
		after = last.end + 1 + q
	}
	v.copyRaw(data, last.end, after, false)
	v.text = append(v.text, '\n', '\n')
	return after
}

// unescapeInto appends the content of s to v with JSON's escapes undone;
// an escape JSON does not define (\x, \d) stays as it stands.
func unescapeInto(v *view, data []byte, s jsonString) {
	var scratch [utf8.UTFMax]byte
	lit := s.start
	for i := s.start; i < s.end; {
		if data[i] != '\\' || i+1 >= s.end {
			i++
			continue
		}
		out, n := unescapeAt(scratch[:0], data[i:s.end])
		if n == 0 {
			i += 2
			continue
		}
		v.copyRaw(data, lit, i, true)
		v.addDecoded(out, i, i+n)
		i += n
		lit = i
	}
	v.copyRaw(data, lit, s.end, true)
}

// unescapeAt appends to dst what the escape at the start of b stands for
// and returns its length, or 0 when JSON does not define it.
func unescapeAt(dst, b []byte) ([]byte, int) {
	switch b[1] {
	case 'n':
		return append(dst, '\n'), 2
	case 't':
		return append(dst, '\t'), 2
	case 'r':
		return append(dst, '\r'), 2
	case '"', '\\', '/':
		return append(dst, b[1]), 2
	case 'u':
		r, ok := hex4(b[2:])
		if !ok {
			return nil, 0
		}
		n := 6
		if utf16.IsSurrogate(r) {
			lo, ok := hex4(b[min(len(b), 8):])
			if !ok || len(b) < 8 || b[6] != '\\' || b[7] != 'u' {
				return nil, 0
			}
			r, n = utf16.DecodeRune(r, lo), 12
		}
		return utf8.AppendRune(dst, r), n
	}
	return nil, 0
}

// hex4 reads four hex digits.
func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
