package rules

import (
	"encoding/json"
	"strings"
)

// checkOnePasswordToken decodes a 1Password service account token (ops_
// and base64 JSON) and requires a JSON object; the sign-in address and
// e-mail in it are the owner hint.
func checkOnePasswordToken(secret []byte) Check {
	raw, ok := decodeBase64(strings.TrimPrefix(string(secret), "ops_"), b64Any)
	if !ok {
		return Check{}
	}
	var fields map[string]any
	if json.Unmarshal(raw, &fields) != nil || len(fields) < 2 {
		return Check{}
	}
	address, _ := fields["signInAddress"].(string)
	email, _ := fields["email"].(string)
	owner := email
	if address != "" && email != "" {
		owner += " at "
	}
	return Check{OK: true, Owner: owner + address}
}
