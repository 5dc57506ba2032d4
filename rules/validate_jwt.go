package rules

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// checkJWT accepts a JSON Web Token whose header decodes to a JSON object
// naming an algorithm.
func checkJWT(secret []byte) Check {
	header, _, ok := strings.Cut(string(secret), ".")
	if !ok {
		return Check{}
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(header, "="))
	if err != nil {
		return Check{}
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if json.Unmarshal(raw, &h) != nil || h.Alg == "" {
		return Check{}
	}
	return Check{OK: true}
}

// checkJWTClaims accepts a JSON Web Token whose header is a JSON object
// naming an algorithm and whose payload is a JSON object. An expired
// token is reported at low severity; the issuer is the owner hint.
func checkJWTClaims(secret []byte) Check {
	parts := strings.Split(string(secret), ".")
	if len(parts) != 3 {
		return Check{}
	}
	var header struct {
		Alg string `json:"alg"`
	}
	var claims map[string]any
	if jwtSegment(parts[0], &header) != nil || header.Alg == "" ||
		jwtSegment(parts[1], &claims) != nil || claims == nil {
		return Check{}
	}
	c := Check{OK: true}
	c.Owner, _ = claims["iss"].(string)
	if exp, ok := claims["exp"].(float64); ok && time.Unix(int64(exp), 0).Before(time.Now()) {
		c.Severity = Low
	}
	return c
}

func jwtSegment(segment string, v any) error {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(segment, "="))
	if err != nil {
		return fmt.Errorf("jwt segment: %w", err)
	}
	return json.Unmarshal(raw, v)
}
