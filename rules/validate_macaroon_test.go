package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestPyPIMacaroon(t *testing.T) {
	g := fake.New(11)
	loc := fake.Join("py", "pi.org")
	scoped := g.PyPIToken(loc, `{"permissions": {"projects": ["acme-tools", "acme-cli"]}, "version": 1}`)
	vcsWant(t, "scoped", vcsCheck(t, "pypi-macaroon", scoped), true, "", loc+" projects acme-tools,acme-cli")
	tagged := g.PyPIToken(loc, `[1, ["acme-tools"]]`, `[0, 1900000000, 1700000000]`)
	vcsWant(t, "tagged caveats", vcsCheck(t, "pypi-macaroon", tagged), true, "", loc+" projects acme-tools")
	user := g.PyPIToken(loc, `{"permissions": "user", "version": 1}`)
	vcsWant(t, "account-wide", vcsCheck(t, "pypi-macaroon", user), true, "", loc)
	vcsWant(t, "truncated", vcsCheck(t, "pypi-macaroon", user[:len(user)-10]), false, "", "")
	vcsWant(t, "random body", vcsCheck(t, "pypi-macaroon", user[:25]+g.String(fake.Base64URL, 120)), false, "", "")
}
