package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckBraintreeEnvironment(t *testing.T) {
	tok := func(env string) []byte {
		return []byte(fake.Join("access", "_token$", env, "$abcdefgh12345678$", fake.New(1).Hex(32)))
	}
	if c := checkBraintreeEnvironment(tok("sandbox")); !c.OK || c.Severity != Low {
		t.Errorf("sandbox: got %+v, want OK with low severity", c)
	}
	if c := checkBraintreeEnvironment(tok("production")); !c.OK || c.Severity != "" {
		t.Errorf("production: got %+v, want OK with the rule's severity", c)
	}
}
