package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckConfluentSecret(t *testing.T) {
	for seed := uint64(1); seed <= 20; seed++ {
		secret := fake.New(seed).ConfluentSecret()
		if !checkConfluentSecret([]byte(secret)).OK {
			t.Errorf("well-formed secret rejected: %s", secret)
		}
		if checkConfluentSecret([]byte(tamper(secret, 20))).OK {
			t.Errorf("secret with a changed body accepted")
		}
		if checkConfluentSecret([]byte(secret + "A")).OK {
			t.Errorf("secret of the wrong length accepted")
		}
	}
}
