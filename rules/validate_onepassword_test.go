package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestOnePasswordToken(t *testing.T) {
	g := fake.New(2)
	tok := g.OnePasswordToken("ci@acme.test", "acme.1password.com")
	wantCheck(t, "valid", checkNamed(t, "onepassword-service-account", tok), true, "", "ci@acme.test at acme.1password.com")
	wantCheck(t, "truncated JSON", checkNamed(t, "onepassword-service-account", tok[:120]), false, "", "")
	wantCheck(t, "not JSON", checkNamed(t, "onepassword-service-account", "ops_"+g.String(fake.Base64URL, 200)), false, "", "")
}
