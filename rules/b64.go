package rules

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// b64Alphabets says which base64 alphabets a format may be written in.
type b64Alphabets int

const (
	b64Std b64Alphabets = 1 << iota // RFC 4648 section 4: '+' and '/'
	b64URL                          // RFC 4648 section 5: '-' and '_'
	b64Any = b64Std | b64URL
)

// decodeBase64 decodes s, written in one of the given alphabets, with or
// without '=' padding. It is the one loose base64 decoder of the
// validators; strict decoding (padding required) uses encoding/base64.
func decodeBase64(s string, alphabets b64Alphabets) ([]byte, bool) {
	s = strings.TrimRight(s, "=")
	if alphabets&b64Std != 0 {
		if raw, err := base64.RawStdEncoding.DecodeString(s); err == nil {
			return raw, true
		}
	}
	if alphabets&b64URL != 0 {
		if raw, err := base64.RawURLEncoding.DecodeString(s); err == nil {
			return raw, true
		}
	}
	return nil, false
}

// decodeBase64JSON decodes s (either alphabet, padded or not) and
// unmarshals the JSON it holds into v.
func decodeBase64JSON(s string, alphabets b64Alphabets, v any) bool {
	raw, ok := decodeBase64(s, alphabets)
	return ok && json.Unmarshal(raw, v) == nil
}

// base64URLToStd rewrites URL-safe base64 as standard base64.
var base64URLToStd = strings.NewReplacer("-", "+", "_", "/")

// decodeBase64Prefix decodes as much of s (either alphabet) as forms whole
// 4-character groups, so that a damaged tail still yields the leading text.
func decodeBase64Prefix(s string) string {
	s = strings.TrimRight(s, "=")
	s = base64URLToStd.Replace(s)
	n := len(s) / 4 * 4
	var out []byte
	for i := 0; i < n; i += 4 {
		raw, err := base64.StdEncoding.DecodeString(s[i : i+4])
		if err != nil {
			break
		}
		out = append(out, raw...)
	}
	return string(out)
}

// decodePrintable decodes padded standard base64 into printable UTF-8
// text, with no control characters.
func decodePrintable(secret []byte) (string, bool) {
	raw, err := base64.StdEncoding.DecodeString(string(secret))
	if err != nil || !utf8.Valid(raw) {
		return "", false
	}
	text := string(raw)
	for _, r := range text {
		if r < 0x20 || r == 0x7f {
			return "", false
		}
	}
	return text, true
}
