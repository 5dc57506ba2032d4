package rules

import (
	"strings"
)

// checkGrafanaServiceAccount checks a glsa_ token: Grafana appends to
// "glsa_<32 random>" an underscore and the hex of the little-endian bytes
// of the CRC32 (IEEE) of everything before it.
func checkGrafanaServiceAccount(secret []byte) Check {
	s := string(secret)
	i := strings.LastIndexByte(s, '_')
	return Check{OK: i >= 0 && crcHexLE.verify(s[:i], s[i+1:])}
}

// checkGrafanaLegacyKey accepts base64 JSON that starts with Grafana's key
// claim and names the key ("n"), which tells Grafana API keys from other
// payloads that start with a "k" claim (such as Power BI report links).
// Decoding is lenient: a truncated tail does not hide the claims.
func checkGrafanaLegacyKey(secret []byte) Check {
	text := decodeBase64Prefix(string(secret))
	return Check{OK: strings.HasPrefix(text, `{"k":"`) && strings.Contains(text, `"n":"`)}
}
