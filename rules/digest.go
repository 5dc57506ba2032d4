package rules

import (
	"bytes"
	"regexp"
)

// inChecksumSection reports whether the secret at data[at:] is hex and an
// entry of a section named for checksums: Podfile.lock's SPEC CHECKSUMS
// ("  Plivo: <sha1>" under "SPEC CHECKSUMS:"), a YAML "checksums:" or
// "hashes:" map. Such a section names each entry after a package, which
// may share its name with a provider, and holds its digest, not a key.
func inChecksumSection(data []byte, at int, secret []byte) bool {
	if !isHex(secret) {
		return false
	}
	start := bytes.LastIndexByte(data[:at], '\n') + 1
	indent := indentOf(data[start:])
	if indent == 0 {
		return false
	}
	for lines := 0; start > 0 && lines < maxChecksumEntries; lines++ {
		prev := bytes.LastIndexByte(data[:start-1], '\n') + 1
		line := data[prev : start-1]
		start = prev
		if len(bytes.TrimSpace(line)) == 0 || indentOf(line) >= indent {
			continue
		}
		return checksumHeader.Match(line)
	}
	return false
}

// maxChecksumEntries bounds how many lines inChecksumSection walks back
// to find the section's header.
const maxChecksumEntries = 2048

// checksumHeader is the header of a section of checksums.
var checksumHeader = regexp.MustCompile(`(?i)^[ \t]*["']?[\w .-]*(?:checksums?|hashes|digests|sha1s?|sha256s?)["']?[ \t]*:[ \t]*\{?[ \t]*\r?$`)

// indentOf counts the spaces and tabs line starts with.
func indentOf(line []byte) int {
	n := 0
	for n < len(line) && (line[n] == ' ' || line[n] == '\t') {
		n++
	}
	return n
}
