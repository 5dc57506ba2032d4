package rules

import (
	"testing"
)

// validatorCase is one input to a validator and whether it must pass.
type validatorCase struct {
	name   string
	secret string
	ok     bool
}

func runValidatorCases(t *testing.T, check func([]byte) Check, cases []validatorCase) {
	t.Helper()
	for _, c := range cases {
		if got := check([]byte(c.secret)).OK; got != c.ok {
			t.Errorf("%s: OK = %v, want %v (secret %q)", c.name, got, c.ok, c.secret)
		}
	}
}

// checkNamed runs the named validator and fails the test on an unknown name.
func checkNamed(t *testing.T, name, secret string) Check {
	t.Helper()
	v, ok := validators[name]
	if !ok {
		t.Fatalf("no validator %q", name)
	}
	return v.Check([]byte(secret))
}

// wantCheck compares a check's outcome with the expected one.
func wantCheck(t *testing.T, label string, got Check, ok bool, sev Severity, owner string) {
	t.Helper()
	if got.OK != ok || got.Severity != sev || got.Owner != owner {
		t.Errorf("%s: got %+v, want OK=%v Severity=%q Owner=%q", label, got, ok, sev, owner)
	}
}

// tamper changes the character at i to another one of the same class.
func tamper(s string, i int) string {
	c := s[i]
	switch {
	case c == '9':
		c = '0'
	case c == 'z' || c == 'Z':
		c--
	default:
		c++
	}
	return s[:i] + string(c) + s[i+1:]
}

func itoa(n uint64) string {
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}

// wantValidated checks the name a check puts in a finding's `validated`
// field instead of the validator's ("" keeps the validator's).
func wantValidated(t *testing.T, label string, got Check, validated string) {
	t.Helper()
	if got.Validated != validated {
		t.Errorf("%s: Validated = %q, want %q", label, got.Validated, validated)
	}
}
