package rules

import (
	"strings"
)

// checkSupabaseServiceRole accepts a JWT whose claims give it Supabase's
// service_role; the project reference it names is the owner. Anon keys,
// which are public by design, fail.
func checkSupabaseServiceRole(secret []byte) Check {
	parts := strings.Split(string(secret), ".")
	if len(parts) != 3 || !checkJWT(secret).OK {
		return Check{}
	}
	var claims struct {
		Role string `json:"role"`
		Ref  string `json:"ref"`
	}
	if !decodeJSONBase64(parts[1], &claims) || claims.Role != "service_role" {
		return Check{}
	}
	return Check{OK: true, Owner: claims.Ref}
}
