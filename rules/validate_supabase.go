package rules

// checkSupabaseServiceRole accepts a JWT whose claims give it Supabase's
// service_role; the project reference it names is the owner. Anon keys,
// which are public by design, fail.
func checkSupabaseServiceRole(secret []byte) Check {
	t, ok := parseJWT(string(secret))
	if !ok || !t.compact() {
		return Check{}
	}
	var claims struct {
		Role string `json:"role"`
		Ref  string `json:"ref"`
	}
	if !t.claims(&claims) || claims.Role != "service_role" {
		return Check{}
	}
	return Check{OK: true, Owner: claims.Ref}
}
