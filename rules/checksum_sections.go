package rules

import (
	"bytes"
	"regexp"
)

// checksumSections answers, for one pass over a buffer, whether a hex
// value is an entry of a section named for checksums: Podfile.lock's
// SPEC CHECKSUMS ("  Plivo: <sha1>" under "SPEC CHECKSUMS:"), a YAML
// "checksums:" or "hashes:" map. Such a section names each entry after a
// package, which may share its name with a provider, and holds its
// digest, not a key. It remembers the last line it judged, so the entries
// of one long section cost a walk back to the previous entry, not to the
// header: the pass stays linear in the buffer.
type checksumSections struct {
	buffer    *byte // the first byte of the buffer judged
	lineStart int   // start of the last line judged, or -1
	indent    int   // its indentation
	inSection bool  // the answer for it
}

// reset forgets the last line judged, for a new buffer.
func (c *checksumSections) reset() { c.lineStart = -1 }

// holds reports whether secret, found at data[at:], is hex and an entry
// of a checksums section.
func (c *checksumSections) holds(data []byte, at int, secret []byte) bool {
	if !isHex(secret) {
		return false
	}
	start := bytes.LastIndexByte(data[:at], '\n') + 1
	indent := leadingSpace(data[start:])
	if indent == 0 {
		return false
	}
	if c.buffer != &data[0] {
		c.buffer, c.lineStart = &data[0], -1 // a derived view, or a new buffer
	}
	answer := c.walkBack(data, start, indent)
	c.lineStart, c.indent, c.inSection = start, indent, answer
	return answer
}

// walkBack finds the header of the section whose entry, indented by
// indent, starts at data[start:], and judges it; reaching the last line
// judged at the same indentation reuses its answer.
func (c *checksumSections) walkBack(data []byte, start, indent int) bool {
	for lines := 0; start > 0 && lines < maxChecksumEntries; lines++ {
		prev := bytes.LastIndexByte(data[:start-1], '\n') + 1
		line := data[prev : start-1]
		start = prev
		if start == c.lineStart && indent == c.indent {
			return c.inSection
		}
		if len(bytes.TrimSpace(line)) == 0 || leadingSpace(line) >= indent {
			continue
		}
		return checksumHeader.Match(line)
	}
	return false
}

// maxChecksumEntries bounds how many lines a walk back takes to find a
// section's header.
const maxChecksumEntries = 2048

// checksumHeader is the header of a section of checksums.
var checksumHeader = regexp.MustCompile(`(?i)^[ \t]*["']?[\w .-]*(?:checksums?|hashes|digests|sha1s?|sha256s?)["']?[ \t]*:[ \t]*\{?[ \t]*\r?$`)
