package rules

import "regexp"

// lowerHex32 is 32 lower-case hex digits: a Cloudflare account tag, an
// OPPWA user id.
var lowerHex32 = regexp.MustCompile(`^[0-9a-f]{32}$`)

// tunnelID is a tunnel's UUID.
var tunnelID = regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)

// checkCloudflareTunnelToken checks a cloudflared tunnel token: base64 of
// the JSON object cloudflared's connection.TunnelToken writes, with the
// account tag in "a", the tunnel's UUID in "t" and the tunnel secret (its
// base64) in "s". The account tag is the owner hint.
func checkCloudflareTunnelToken(secret []byte) Check {
	var tok struct {
		A string `json:"a"`
		T string `json:"t"`
		S []byte `json:"s"`
	}
	if !decodeBase64JSON(string(secret), b64Any, &tok) || !lowerHex32.MatchString(tok.A) || !tunnelID.MatchString(tok.T) || len(tok.S) < 16 {
		return Check{}
	}
	return Check{OK: true, Owner: "Cloudflare account " + tok.A}
}
