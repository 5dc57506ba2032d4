package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestPyPIMacaroon(t *testing.T) {
	g := fake.New(11)
	loc := fake.Join("py", "pi.org")
	scoped := g.PyPIToken(loc, `{"permissions": {"projects": ["acme-tools", "acme-cli"]}, "version": 1}`)
	wantCheck(t, "scoped", checkNamed(t, "pypi-macaroon", scoped), true, "", loc+" projects acme-tools,acme-cli")
	tagged := g.PyPIToken(loc, `[1, ["acme-tools"]]`, `[0, 1900000000, 1700000000]`)
	wantCheck(t, "tagged caveats", checkNamed(t, "pypi-macaroon", tagged), true, "", loc+" projects acme-tools")
	user := g.PyPIToken(loc, `{"permissions": "user", "version": 1}`)
	wantCheck(t, "account-wide", checkNamed(t, "pypi-macaroon", user), true, "", loc)
	wantCheck(t, "truncated", checkNamed(t, "pypi-macaroon", user[:len(user)-10]), false, "", "")
	wantCheck(t, "random body", checkNamed(t, "pypi-macaroon", user[:25]+g.String(fake.Base64URL, 120)), false, "", "")
}
