package rules_test

import (
	"encoding/base64"
	"net/url"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// vcheckCases are the cases of rules added by the validator audit against
// real tokens.
func vcheckCases() map[string]caseBuilder {
	// A stateless installation token is ghs_, the app id, an underscore and
	// a JWT (GitHub changelog 2026-05-15; docs: "ghs_APPID_JWT").
	stateless := func(g *fake.Gen) string {
		return fake.Join("gh", "s_", saasDigits(g, 7), "_", "ey", "J", saasURL(g, 34), ".", "ey", "J", saasURL(g, 380), ".", saasURL(g, 86))
	}
	classicSized := func(g *fake.Gen) string { return fake.Join("gh", "s_", saasDigits(g, 7), "_", g.MixedAlnum(30)) }
	noAppID := func(g *fake.Gen) string {
		return fake.Join("gh", "s_", "ey", "J", saasURL(g, 34), ".", "ey", "J", saasURL(g, 380), ".", saasURL(g, 86))
	}
	return map[string]caseBuilder{
		"github-app-installation-token-stateless": cfPrefixed("GITHUB_TOKEN", "", stateless, classicSized, noAppID),
	}
}

// TestSASInMarkdownCode checks that a SAS URL quoted in Markdown inline
// code (a backtick right after the signature) is found; a real public one
// written so was missed.
func TestSASInMarkdownCode(t *testing.T) {
	t.Parallel()
	g := fake.New(11)
	sig := base64.StdEncoding.EncodeToString([]byte(g.Alnum(32)))
	sas := "https://acct.blob.core.windows.net/c?sv=2020-04-08&si=ro&sr=c&sig=" + url.QueryEscape(sig)
	m := loadDefault(t).NewMatcher()
	for _, text := range []string{"Mount `" + sas + "` read-only.\n", "Mount " + sas + " read-only.\n"} {
		found := false
		for _, match := range m.Find([]byte(text)) {
			found = found || match.Rule.ID == "azure-sas-token"
		}
		if !found {
			t.Errorf("SAS URL not found in %q", text)
		}
	}
}
