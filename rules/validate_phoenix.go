package rules

import (
	"strings"
)

// checkPhoenixAPIKey checks an Arize Phoenix API key: a JSON Web Token
// whose only claim is its id, "jti": "ApiKey:<number>" (the row of the
// key in Phoenix's database). The id is the owner hint.
func checkPhoenixAPIKey(secret []byte) Check {
	claims, ok := compactJWTClaims(secret)
	if !ok {
		return Check{}
	}
	jti, _ := claims["jti"].(string)
	n, found := strings.CutPrefix(jti, "ApiKey:")
	if !found || n == "" || strings.Trim(n, "0123456789") != "" {
		return Check{}
	}
	return Check{OK: true, Owner: "phoenix api key " + n}
}
