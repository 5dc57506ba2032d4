package rules

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"hash/crc32"
	"strings"
)

// saasValidators are the offline checks of the saas rules.
var saasValidators = map[string]Validator{
	"grafana-sa-crc32":      {checkGrafanaServiceAccount, true},
	"confluent-crc32":       {checkConfluentSecret, true},
	"sentry-org-token":      {checkSentryOrgToken, true},
	"supabase-service-role": {checkSupabaseServiceRole, true},
	"grafana-legacy-key":    {checkGrafanaLegacyKey, false},
	"mapbox-token":          {checkMapboxToken, false},
	"braintree-environment": {checkBraintreeEnvironment, false},
}

// checkGrafanaServiceAccount checks a glsa_ token: Grafana appends to
// "glsa_<32 random>" an underscore and the hex of the little-endian bytes
// of the CRC32 (IEEE) of everything before it.
func checkGrafanaServiceAccount(secret []byte) Check {
	s := string(secret)
	i := strings.LastIndexByte(s, '_')
	if i < 0 || len(s)-i-1 != 8 {
		return Check{}
	}
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE([]byte(s[:i])))
	return Check{OK: hex.EncodeToString(sum[:]) == s[i+1:]}
}

// confluentBodyLen is the length of a Confluent API secret after "cflt":
// 54 random characters and a 6-character checksum.
const confluentBodyLen = 60

// checkConfluentSecret checks a cflt secret: its last 6 characters are the
// unpadded standard base64 of the little-endian CRC32 (IEEE) of the 54
// characters before them.
func checkConfluentSecret(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "cflt")
	if !ok || len(body) != confluentBodyLen {
		return Check{}
	}
	payload, sum := body[:confluentBodyLen-6], body[confluentBodyLen-6:]
	var raw [4]byte
	binary.LittleEndian.PutUint32(raw[:], crc32.ChecksumIEEE([]byte(payload)))
	return Check{OK: base64.RawStdEncoding.EncodeToString(raw[:]) == sum}
}

// checkSentryOrgToken parses a sntrys_ token as Sentry does: the part
// between the prefix and the last underscore is base64 JSON with an "iat"
// claim. The organization slug it names is the owner.
func checkSentryOrgToken(secret []byte) Check {
	s, ok := strings.CutPrefix(string(secret), "sntrys_")
	i := strings.LastIndexByte(s, '_')
	if !ok || i < 0 {
		return Check{}
	}
	var claims struct {
		IAT json.Number `json:"iat"`
		Org string      `json:"org"`
	}
	if !decodeJSONBase64(s[:i], &claims) || claims.IAT == "" {
		return Check{}
	}
	return Check{OK: true, Owner: claims.Org}
}

// checkSupabaseServiceRole accepts a JWT whose claims give it Supabase's
// service_role; the project reference it names is the owner. Anon keys,
// which are public by design, fail.
func checkSupabaseServiceRole(secret []byte) Check {
	parts := strings.Split(string(secret), ".")
	if len(parts) != 3 || !checkJWT(secret).OK {
		return Check{}
	}
	var claims struct {
		Role string `json:"role"`
		Ref  string `json:"ref"`
	}
	if !decodeJSONBase64(parts[1], &claims) || claims.Role != "service_role" {
		return Check{}
	}
	return Check{OK: true, Owner: claims.Ref}
}

// checkGrafanaLegacyKey accepts base64 JSON that starts with Grafana's key
// claim and names the key ("n"), which tells Grafana API keys from other
// payloads that start with a "k" claim (such as Power BI report links).
// Decoding is lenient: a truncated tail does not hide the claims.
func checkGrafanaLegacyKey(secret []byte) Check {
	text := decodeBase64Prefix(string(secret))
	return Check{OK: strings.HasPrefix(text, `{"k":"`) && strings.Contains(text, `"n":"`)}
}

// checkMapboxToken always passes; it reads the account name from the
// token's base64 JSON payload ({"u":"<username>",...}) as an owner hint.
func checkMapboxToken(secret []byte) Check {
	_, rest, _ := strings.Cut(string(secret), ".")
	payload, _, _ := strings.Cut(rest, ".")
	text := decodeBase64Prefix(payload)
	var claims struct {
		U string `json:"u"`
	}
	if json.Unmarshal([]byte(text), &claims) == nil && claims.U != "" {
		return Check{OK: true, Owner: claims.U}
	}
	user, _, found := strings.Cut(strings.TrimPrefix(text, `{"u":"`), `"`)
	if found && strings.HasPrefix(text, `{"u":"`) {
		return Check{OK: true, Owner: user}
	}
	return Check{OK: true}
}

// checkBraintreeEnvironment lowers sandbox tokens to low severity: they
// reach only Braintree's test gateway.
func checkBraintreeEnvironment(secret []byte) Check {
	if strings.Contains(string(secret), "$sandbox$") {
		return Check{OK: true, Severity: Low}
	}
	return Check{OK: true}
}

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
