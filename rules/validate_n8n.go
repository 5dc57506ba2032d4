package rules

import "time"

// checkN8nAPIKey checks an n8n public API key: a JSON Web Token that n8n
// signs with its own issuer ("n8n") for the public API's audience
// ("public-api"). The subject (a user id) is the owner hint; the expiry,
// when the key has one, is passed on.
func checkN8nAPIKey(secret []byte) Check {
	claims, ok := compactJWTClaims(secret)
	if !ok || claims["iss"] != "n8n" || !hasAudience(claims["aud"], "public-api") {
		return Check{}
	}
	c := Check{OK: true}
	if sub, ok := claims["sub"].(string); ok {
		c.Owner = "n8n user " + sub
	}
	if exp, ok := claims["exp"].(float64); ok {
		c.Expires = time.Unix(int64(exp), 0)
	}
	return c
}

// hasAudience reports whether a JWT "aud" claim (a string or an array of
// strings) names want.
func hasAudience(aud any, want string) bool {
	switch a := aud.(type) {
	case string:
		return a == want
	case []any:
		for _, v := range a {
			if v == want {
				return true
			}
		}
	}
	return false
}
