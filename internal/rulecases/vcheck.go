package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// vcheckCases are the cases of rules added by the validator audit against
// real tokens.
func vcheckCases() map[string]Builder {
	// A stateless installation token is ghs_, the app id, an underscore and
	// a JWT (GitHub changelog 2026-05-15; docs: "ghs_APPID_JWT").
	stateless := func(g *fake.Gen) string {
		return fake.Join("gh", "s_", saasDigits(g, 7), "_", "ey", "J", saasURL(g, 34), ".", "ey", "J", saasURL(g, 380), ".", saasURL(g, 86))
	}
	classicSized := func(g *fake.Gen) string { return fake.Join("gh", "s_", saasDigits(g, 7), "_", g.MixedAlnum(30)) }
	noAppID := func(g *fake.Gen) string {
		return fake.Join("gh", "s_", "ey", "J", saasURL(g, 34), ".", "ey", "J", saasURL(g, 380), ".", saasURL(g, 86))
	}
	return map[string]Builder{
		"github-app-installation-token-stateless": cfPrefixed("GITHUB_TOKEN", "", stateless, classicSized, noAppID),
	}
}
