package rules_test

import (
	"encoding/base64"
	"net/url"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

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
