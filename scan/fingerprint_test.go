package scan

import (
	"testing"

	"github.com/keysieve/keysieve/findings"
)

// TestKeyedFingerprint: a keyed fingerprint depends on the salt, is not
// the plain one, and is what the scanner reports and remembers.
func TestKeyedFingerprint(t *testing.T) {
	t.Parallel()
	secret := []byte("plain-words-not-a-key")
	a := KeyedFingerprint([]byte("salt-one-sixteen"), "generic-secret", "app.env", secret)
	b := KeyedFingerprint([]byte("salt-two-sixteen"), "generic-secret", "app.env", secret)
	plain := findings.Fingerprint("generic-secret", "app.env", secret)
	if a == b || a == plain || len(a) != len(plain) {
		t.Errorf("keyed %s and %s, plain %s: want two different keyed fingerprints of the plain one's length", a, b, plain)
	}
	fp := &fingerprinter{salt: []byte("salt-one-sixteen"), keyed: map[string]string{}}
	for range 2 {
		if gotPlain, got := fp.fingerprints("generic-secret", "app.env", secret); gotPlain != plain || got != a {
			t.Errorf("fingerprints = %s, %s; want %s, %s", gotPlain, got, plain, a)
		}
	}
	if gotPlain, got := (*fingerprinter)(nil).fingerprints("generic-secret", "app.env", secret); got != plain || gotPlain != plain {
		t.Errorf("without a salt: %s, want the plain %s", got, plain)
	}
}

// BenchmarkKeyedFingerprint is the cost of one keyed fingerprint, paid
// once per distinct finding (and per guess by anyone holding a report).
func BenchmarkKeyedFingerprint(b *testing.B) {
	salt := []byte("0123456789abcdef")
	for b.Loop() {
		KeyedFingerprint(salt, "generic-secret", "config/app.env", []byte("plain-words-not-a-key"))
	}
}
