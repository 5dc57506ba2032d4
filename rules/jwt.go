package rules

import "strings"

// jwt is a JSON Web Token split at its dots, with its header decoded. It
// is the one JWT parser of the validators (RFC 7519).
type jwt struct {
	// alg is the header's algorithm, never empty.
	alg string
	// segments are the token's dot-separated parts, two or more.
	segments []string
}

// parseJWT splits token at its dots and decodes the first segment, which
// must be base64url JSON naming an algorithm. The claims are decoded only
// on request (see [jwt.claims]): some formats reuse the JWT header alone.
func parseJWT(token string) (jwt, bool) {
	segments := strings.Split(token, ".")
	if len(segments) < 2 {
		return jwt{}, false
	}
	var header struct {
		Alg string `json:"alg"`
	}
	if !decodeBase64JSON(segments[0], b64URL, &header) || header.Alg == "" {
		return jwt{}, false
	}
	return jwt{alg: header.Alg, segments: segments}, true
}

// compact reports whether the token has the three segments of a signed
// JWT (header, claims, signature).
func (t jwt) compact() bool { return len(t.segments) == 3 }

// claims decodes the token's second segment, base64url JSON, into v.
func (t jwt) claims(v any) bool {
	return decodeBase64JSON(t.segments[1], b64URL, v)
}

// claimsObject decodes a token's claims as a JSON object; ok is false
// when they are not one (an array, null, not JSON).
func (t jwt) claimsObject() (map[string]any, bool) {
	var claims map[string]any
	if !t.claims(&claims) || claims == nil {
		return nil, false
	}
	return claims, true
}
