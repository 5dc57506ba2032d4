package rules

import (
	"encoding/base64"
	"testing"
)

func TestDecodeBase64(t *testing.T) {
	raw := []byte{0xfb, 0xff, 0xbf, 'k', 'e'} // encodes with '+'/'/' or '-'/'_'
	std, url := base64.StdEncoding.EncodeToString(raw), base64.URLEncoding.EncodeToString(raw)
	for _, tc := range []struct {
		in   string
		alph b64Alphabets
		ok   bool
	}{
		{std, b64Std, true}, {std, b64Any, true}, {std, b64URL, false},
		{url, b64URL, true}, {url, b64Any, true}, {url, b64Std, false},
		{base64.RawStdEncoding.EncodeToString(raw), b64Std, true},
		{std + "==", b64Std, true}, // extra padding is trimmed
		{"a", b64Any, false},
		{"", b64Any, true},
	} {
		got, ok := decodeBase64(tc.in, tc.alph)
		if ok != tc.ok || ok && tc.in != "" && string(got) != string(raw) {
			t.Errorf("decodeBase64(%q, %d) = %x, %v; want ok %v", tc.in, tc.alph, got, ok, tc.ok)
		}
	}
	if got := decodeBase64Prefix(base64.StdEncoding.EncodeToString([]byte(`{"k":"v"}`))[:8] + "!!!!"); got != `{"k":"` {
		t.Errorf("decodeBase64Prefix = %q", got)
	}
	if _, ok := decodePrintable([]byte(base64.StdEncoding.EncodeToString([]byte("a\x01b")))); ok {
		t.Error("decodePrintable accepts a control character")
	}
}
