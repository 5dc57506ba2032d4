package rules

import "time"

// checkJWT accepts a JSON Web Token whose header decodes to a JSON object
// naming an algorithm.
func checkJWT(secret []byte) Check {
	_, ok := parseJWT(string(secret))
	return Check{OK: ok}
}

// compactJWTClaims returns the claims of secret when it is a compact JSON
// Web Token whose payload is a JSON object: what the checks of JWT-shaped
// keys read.
func compactJWTClaims(secret []byte) (map[string]any, bool) {
	t, ok := parseJWT(string(secret))
	if !ok || !t.compact() {
		return nil, false
	}
	return t.claimsObject()
}

// checkJWTClaims accepts a JSON Web Token whose header is a JSON object
// naming an algorithm and whose payload is a JSON object. The issuer is
// the owner hint; the expiry ("exp") is passed on, and a Matcher reports
// a token expired at scan time at low severity.
func checkJWTClaims(secret []byte) Check {
	claims, ok := compactJWTClaims(secret)
	if !ok {
		return Check{}
	}
	c := Check{OK: true}
	c.Owner, _ = claims["iss"].(string)
	if exp, ok := claims["exp"].(float64); ok {
		c.Expires = time.Unix(int64(exp), 0)
	}
	return c
}
