package rules

import (
	"encoding/json"
	"strings"
)

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
	if !decodeBase64JSON(s[:i], b64Any, &claims) || claims.IAT == "" {
		return Check{}
	}
	return Check{OK: true, Owner: claims.Org}
}
