package rules

import (
	"strings"
	"unicode/utf8"
)

// A damaged private key is still a leaked key: a block with a private
// key's armor whose body does not parse (a line lost in a paste, a
// truncated key, a body mangled by escaping) is reported at a lower
// severity, with `validated` naming the failure ("pem-unparsed",
// "putty-unparsed"). Only obvious stand-ins are skipped (see
// [isPlaceholderKeyBody]).

// minKeyBody is the fewest base64 characters a damaged key's body must
// keep to be reported: fewer is a stub such as "MIIEpAIBAAKCAQEA".
const minKeyBody = 20

// damagedKey returns the check of a private key whose body did not parse:
// medium severity, low when the key says it is encrypted, and dropped
// when the body is a placeholder.
func damagedKey(body string, encrypted bool, validated string) Check {
	if isPlaceholderKeyBody(body) {
		return Check{}
	}
	c := Check{OK: true, Severity: Medium, Validated: validated}
	if encrypted {
		c.Severity = Low
	}
	return c
}

// isPlaceholderKeyBody reports whether the body of a key block is a stand-in
// rather than key material: it holds characters base64 does not ("...",
// "<key>", "<private key here>", prose), a marker word (REDACTED,
// EXAMPLE, placeholder), fewer than minKeyBody characters, one or two
// repeated characters, or a counting sequence. A long body with a few
// stray bytes (see [strayBytesOnly]) is a mangled key, not a stand-in.
func isPlaceholderKeyBody(body string) bool {
	compact := compactBase64(body)
	stray := 0 // characters, not bytes: compactBase64 turns a stray byte into U+FFFD
	for _, r := range compact {
		if r >= 0x80 || !isBase64Char(byte(r)) {
			stray++
		}
	}
	if stray > 0 && !strayBytesOnly(compact, stray) {
		return true
	}
	data := strings.TrimRight(compact, "=")
	if len(data) < minKeyBody {
		return true
	}
	lower := strings.ToLower(data)
	for _, marker := range []string{"redacted", "example", "placeholder", "yourkey", "privatekeyhere", "xxxxxxxx"} {
		if strings.Contains(lower, marker) {
			return true
		}
	}
	return distinctBytes(data) <= 2 || hasSequence([]byte(lower), 10)
}

// compactBase64 removes whitespace and the backslashes left by escaping
// from a key body.
func compactBase64(body string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\\' {
			return -1
		}
		return r
	}, body)
}

// isBase64Char reports whether c belongs to the standard base64 alphabet
// or is its padding.
func isBase64Char(c byte) bool {
	return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/' || c == '='
}

// distinctBytes counts the different bytes of s.
func distinctBytes(s string) int {
	var seen [256]bool
	n := 0
	for i := 0; i < len(s); i++ {
		if !seen[s[i]] {
			seen[s[i]] = true
			n++
		}
	}
	return n
}

// Bounds of the stray bytes a mangled key body may hold.
const (
	// minStrayKeyBody is the shortest body whose stray bytes are taken for
	// damage: a short one with a foreign byte is a stand-in.
	minStrayKeyBody = 100
	// strayKeyRatio is the most stray bytes a body may hold, one per this many.
	strayKeyRatio = 100
)

// strayBytesOnly reports whether the stray non-base64 bytes of a key body
// are damage rather than a stand-in: the body is long, they are few, and
// none is a mark that a person typed in place of the key ('.', '<', '>',
// '*', '_', '[', '{', '(' or '#': "...", "<key>", "***", "[snip]") or a
// character of text beyond ASCII ("…", "—"): of those, only bytes that
// are not UTF-8 at all count as damage. Base64 of a key decoded with a byte
// changed leaves such bytes, as does a key copied through a tool that
// mangled one character.
func strayBytesOnly(compact string, stray int) bool {
	if len(compact) < minStrayKeyBody || stray*strayKeyRatio > len(compact) {
		return false
	}
	for _, r := range compact {
		// compactBase64 has turned each byte that is not UTF-8 into U+FFFD
		if r >= utf8.RuneSelf && r != utf8.RuneError {
			return false
		}
	}
	return !strings.ContainsAny(compact, ".<>*_[{(#")
}
