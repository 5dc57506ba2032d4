package rules

import "bytes"

// htmlEntities are the character references the entity view decodes: the
// quotes, brackets and ampersand that an HTML attribute or an XML text
// must escape. Other references (&nbsp;, &eacute;) never stand for the
// syntax a rule reads.
var htmlEntities = []struct {
	ref string
	out byte
}{
	{"&quot;", '"'}, {"&#34;", '"'}, {"&#x22;", '"'},
	{"&apos;", '\''}, {"&#39;", '\''}, {"&#x27;", '\''},
	{"&lt;", '<'}, {"&#60;", '<'}, {"&#x3c;", '<'}, {"&#x3C;", '<'},
	{"&gt;", '>'}, {"&#62;", '>'}, {"&#x3e;", '>'}, {"&#x3E;", '>'},
	{"&amp;", '&'}, {"&#38;", '&'}, {"&#x26;", '&'},
}

// findEntityLines scans the lines that hold HTML or XML character
// references for quotes or brackets with them decoded: a JSON config in
// an HTML attribute (`data-config="{&quot;apiKey&quot;:&quot;…&quot;}"`)
// or an XML document escaped into another's text
// (`&lt;password&gt;…&lt;/password&gt;`) reads as it was written. A
// secret found is reported at the escaped text's offsets. Only lines
// holding a quote or bracket reference are copied, so a file costs one
// IndexByte pass for '&' and a second scan of those lines only.
func (m *Matcher) findEntityLines(data []byte, earlier []Match) []Match {
	v := m.resetView()
	for pos := 0; pos < len(data) && !m.stopped(); {
		at := nextSyntaxEntity(data, pos)
		if at < 0 {
			break
		}
		start := bytes.LastIndexByte(data[pos:at], '\n') + 1 + pos
		end := bytes.IndexByte(data[at:], '\n')
		if end < 0 {
			end = len(data)
		} else {
			end += at + 1
		}
		if !v.full(end-start, bytes.Count(data[start:end], []byte{'&'})*2+2) {
			addEntityLine(v, data, start, end)
		}
		pos = end
	}
	return m.findInView(v, earlier)
}

// nextSyntaxEntity returns the offset of the first reference in data at
// or after from that decodes to a quote or a bracket, or -1. An
// ampersand alone (&amp;) does not make a line worth reading again.
func nextSyntaxEntity(data []byte, from int) int {
	for i := from; i < len(data); i++ {
		j := bytes.IndexByte(data[i:], '&')
		if j < 0 {
			return -1
		}
		i += j
		if out, n := entityAt(data[i:]); n > 0 && out != '&' {
			return i
		}
	}
	return -1
}

// entityAt returns the byte the reference at the start of b stands for
// and its length, or 0, 0. Most ampersands in source code (&&, &x) are
// turned down by the byte after them.
func entityAt(b []byte) (byte, int) {
	if len(b) < 4 || b[0] != '&' {
		return 0, 0
	}
	switch b[1] {
	case 'q', 'a', 'l', 'g', '#':
	default:
		return 0, 0
	}
	for _, e := range htmlEntities {
		if len(b) >= len(e.ref) && string(b[:len(e.ref)]) == e.ref {
			return e.out, len(e.ref)
		}
	}
	return 0, 0
}

// addEntityLine appends data[start:end] to v with its references decoded.
func addEntityLine(v *view, data []byte, start, end int) {
	raw := start
	for i := start; i < end; {
		j := bytes.IndexByte(data[i:end], '&')
		if j < 0 {
			break
		}
		i += j
		out, n := entityAt(data[i:end])
		if n == 0 {
			i++
			continue
		}
		v.copyRaw(data, raw, i, true)
		v.addDecoded([]byte{out}, i, i+n)
		i += n
		raw = i
	}
	v.copyRaw(data, raw, end, true)
}
