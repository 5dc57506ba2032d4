package rules

import (
	"encoding/json"
	"strings"
)

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
