package rules

// CheckSecret runs the offline validator called name on secret, as a rule
// naming it in `validate` would. The second result is false when no
// validator has that name (see [ValidatorNames]). It exists so that tests
// and fuzzers outside the package can exercise each validator directly.
func CheckSecret(name string, secret []byte) (Check, bool) {
	v, ok := validators[name]
	if !ok {
		return Check{}, false
	}
	return v.Check(secret), true
}
