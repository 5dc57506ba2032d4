package rules

import "time"

// checkJWT accepts a JSON Web Token whose header decodes to a JSON object
// naming an algorithm.
func checkJWT(secret []byte) Check {
	_, ok := parseJWT(string(secret))
	return Check{OK: ok}
}

// checkJWTClaims accepts a JSON Web Token whose header is a JSON object
// naming an algorithm and whose payload is a JSON object. The issuer is
// the owner hint; the expiry ("exp") is passed on, and a Matcher reports
// a token expired at scan time at low severity.
func checkJWTClaims(secret []byte) Check {
	t, ok := parseJWT(string(secret))
	if !ok || !t.compact() {
		return Check{}
	}
	claims, ok := t.claimsObject()
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
