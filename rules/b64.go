package rules

import (
	"encoding/base64"
	"encoding/json"
	"strings"
	"unicode/utf8"
)

// decodeJSONBase64 decodes s (standard or URL base64, padded or not) and
// unmarshals the JSON it holds into v.
func decodeJSONBase64(s string, v any) bool {
	raw, ok := decodeAnyBase64(s)
	return ok && json.Unmarshal(raw, v) == nil
}

// decodeAnyBase64 decodes standard or URL-safe base64 with or without padding.
func decodeAnyBase64(s string) ([]byte, bool) {
	s = strings.TrimRight(s, "=")
	for _, enc := range []*base64.Encoding{base64.RawStdEncoding, base64.RawURLEncoding} {
		if raw, err := enc.DecodeString(s); err == nil {
			return raw, true
		}
	}
	return nil, false
}

// decodeBase64Prefix decodes as much of s as forms whole 4-character
// groups, so that a damaged tail still yields the leading text.
func decodeBase64Prefix(s string) string {
	s = strings.TrimRight(s, "=")
	s = strings.NewReplacer("-", "+", "_", "/").Replace(s)
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

// vcsDecodePrintable decodes standard base64 into printable UTF-8 text.
func vcsDecodePrintable(secret []byte) (string, bool) {
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

// vcsDecodeBase64 decodes standard or URL-safe base64, padded or not.
func vcsDecodeBase64(s string) ([]byte, error) {
	s = strings.TrimRight(s, "=")
	if strings.ContainsAny(s, "-_") {
		return base64.RawURLEncoding.DecodeString(s)
	}
	return base64.RawStdEncoding.DecodeString(s)
}
