package rules

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"net/url"
	"strings"
)

// Limits of the decoding pass.
const (
	// maxDecodeDepth bounds nested encodings (base64 of hex of a token).
	maxDecodeDepth = 2
	// minEncodedLen is the shortest run worth decoding.
	minEncodedLen = 24
	// maxEncodedLen is the longest run decoded; longer ones are data blobs.
	maxEncodedLen = 64 << 10
	// decodeContext is how much of the line around an encoded value is kept
	// when it is scanned again, so that `password: <base64>` still reads as
	// an assignment to a secret-like name.
	decodeContext = 200
)

// encodedSpan is a run of data that may be base64, hex or percent-encoded.
type encodedSpan struct {
	start, end int
	encoding   string
}

// findEncoded decodes base64, hex and percent-encoded runs of data and
// scans the decoded text, with the rest of its line around it. A secret
// found inside is reported at the encoded run's offsets.
func (m *Matcher) findEncoded(data []byte, depth int) []Match {
	var out []Match
	for _, span := range encodedSpans(data) {
		if m.stopped() {
			break
		}
		decoded := decodeSpan(data[span.start:span.end], span.encoding)
		if !mostlyText(decoded) {
			continue
		}
		prefix := data[lineStartBefore(data, span.start, decodeContext):span.start]
		suffix := data[span.end:lineEndAfter(data, span.end, decodeContext)]
		text := make([]byte, 0, len(prefix)+len(decoded)+len(suffix))
		text = append(append(append(text, prefix...), decoded...), suffix...)
		inner := m.findPlain(text)
		if depth < maxDecodeDepth {
			inner = append(inner, m.findEncoded(text, depth+1)...)
		}
		lo, hi := len(prefix), len(prefix)+len(decoded)
		for _, match := range inner {
			// The secret must start in the decoded text: a match that
			// starts in the line around it (a token whose last part is
			// base64 of something readable) is the plain pass's to report.
			if lo <= match.Start && match.Start < hi {
				match.Start, match.End = span.start, span.end
				match.Decoded = span.encoding
				out = append(out, match)
			}
		}
	}
	return out
}

// encodedClass marks the bytes that may appear in an encoded run: the
// base64 and base64url alphabets (which include hex) and '%'.
var encodedClass = func() (t [256]bool) {
	for _, c := range "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/-_%" {
		t[c] = true
	}
	return t
}()

// encodedSpans finds runs of at least minEncodedLen encoded-alphabet bytes
// and says how each looks encoded. Like Boyer-Moore it probes the last
// byte a run starting at i would need, so most of ordinary text is skipped
// without looking at every byte.
func encodedSpans(data []byte) []encodedSpan {
	var spans []encodedSpan
	i := 0
	for i+minEncodedLen <= len(data) {
		probe := i + minEncodedLen - 1
		if !encodedClass[data[probe]] {
			i = probe + 1
			continue
		}
		j := probe
		for j > i && encodedClass[data[j-1]] {
			j--
		}
		if j > i {
			// The run holding probe starts at j: probe again from there.
			// (data[i-1] never belongs to the alphabet, so j == i means a
			// run of at least minEncodedLen bytes starts at i.)
			i = j
			continue
		}
		end := probe + 1
		for end < len(data) && encodedClass[data[end]] {
			end++
		}
		for k := 0; k < 2 && end < len(data) && data[end] == '='; k++ {
			end++
		}
		if span, ok := classify(data[i:end]); ok {
			span.start, span.end = i, end
			spans = append(spans, span)
		}
		i = end + 1
	}
	return spans
}

// classify says how a run looks encoded, if it does.
func classify(run []byte) (encodedSpan, bool) {
	n := len(run)
	percents := bytes.Count(run, []byte{'%'})
	if n < minEncodedLen || n > maxEncodedLen {
		return encodedSpan{}, false
	}
	if percents >= 2 {
		return encodedSpan{encoding: "percent"}, true
	}
	if percents > 0 {
		return encodedSpan{}, false
	}
	if isHex(run) {
		return encodedSpan{encoding: "hex"}, n%2 == 0
	}
	var upper, lower bool
	for _, c := range run {
		upper = upper || c >= 'A' && c <= 'Z'
		lower = lower || c >= 'a' && c <= 'z'
	}
	return encodedSpan{encoding: "base64"}, upper && lower
}

func isHex(b []byte) bool {
	for _, c := range b {
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F') {
			return false
		}
	}
	return true
}

// decodeSpan decodes run as encoding, or returns nil.
func decodeSpan(run []byte, encoding string) []byte {
	switch encoding {
	case "hex":
		out, err := hex.DecodeString(string(run))
		if err == nil {
			return out
		}
	case "percent":
		out, err := url.QueryUnescape(string(run))
		if err == nil {
			return []byte(out)
		}
	case "base64":
		s := strings.TrimRight(string(run), "=")
		if len(s)%4 == 1 {
			// A run cut off mid-quantum (a truncated value) keeps a
			// lone last character no decoder takes: decode the rest.
			s = s[:len(s)-1]
		}
		enc := base64.RawStdEncoding
		if strings.ContainsAny(s, "-_") {
			enc = base64.RawURLEncoding
		}
		out, err := enc.DecodeString(s)
		if err == nil {
			return out
		}
	}
	return nil
}

// mostlyText reports whether b looks like text: at least 8 bytes, nearly
// all printable ASCII. Decoded hashes and images are binary and fail.
func mostlyText(b []byte) bool {
	if len(b) < 8 {
		return false
	}
	bad := 0
	for _, c := range b {
		if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c >= 0x7f {
			bad++
		}
	}
	return bad*20 <= len(b)
}

// lineStartBefore returns the start of the line holding offset, looking
// back at most limit bytes.
func lineStartBefore(data []byte, offset, limit int) int {
	for i := offset - 1; i >= 0 && offset-i <= limit; i-- {
		if data[i] == '\n' {
			return i + 1
		}
	}
	return max(0, offset-limit)
}

// lineEndAfter returns the end of the line holding offset, looking ahead
// at most limit bytes.
func lineEndAfter(data []byte, offset, limit int) int {
	for i := offset; i < len(data) && i-offset < limit; i++ {
		if data[i] == '\n' {
			return i
		}
	}
	return min(len(data), offset+limit)
}
