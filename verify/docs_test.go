package verify

import (
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
)

var updateDocs = flag.Bool("update-docs", false, "rewrite the provider table in docs/verify.md")

const (
	docsPath  = "../docs/verify.md"
	tableOpen = "<!-- providers:begin (go test ./verify -run TestDocsTable -update-docs) -->"
	tableEnd  = "<!-- providers:end -->"
)

// providerCount is how many providers have a check: every HTTP
// provider, those paired with a value near the secret, AWS and Google
// Cloud.
func providerCount() int { return len(httpSpecs()) + len(nearbyProviders()) + 2 }

// nearbyProviders are the distinct providers of nearbySpecs.
func nearbyProviders() []string {
	var names []string
	for _, s := range nearbySpecs() {
		if !slices.Contains(names, s.Provider) {
			names = append(names, s.Provider)
		}
	}
	return names
}

// providerTable renders every check as a Markdown table, after a line
// counting them.
func providerTable() string {
	var b strings.Builder
	rules := 3 + len(nearbySpecs()) // AWS's two and Google Cloud's
	for _, s := range httpSpecs() {
		rules += len(s.Rules)
	}
	fmt.Fprintf(&b, "**%d providers** (%d HTTP providers, %d with a value near the secret, AWS and Google Cloud), %d rules.\n\n",
		providerCount(), len(httpSpecs()), len(nearbyProviders()), rules)
	b.WriteString("| provider | rules | request | credential sent as | reveals |\n| --- | --- | --- | --- | --- |\n")
	for _, s := range httpSpecs() {
		ep := s.endpoint()
		if s.URLOf != nil && s.Provider == "Mailchimp" {
			ep = s.method() + " https://<dc>.api.mailchimp.com/3.0/ (dc from the key's -usN suffix)"
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", s.Provider, "`"+strings.Join(s.Rules, "`, `")+"`", ep, s.Auth.desc, s.Reveals)
	}
	for _, s := range nearbySpecs() {
		fmt.Fprintf(&b, "| %s | `%s` + %s near it (see above) | `%s` | %s | %s |\n", s.Provider, s.Rule, s.Needs, s.Endpoint, s.Sent, s.Reveals)
	}
	b.WriteString("| AWS | `aws-access-key-id` + `aws-secret-access-key` (paired, see below) | `POST https://sts.us-east-1.amazonaws.com/` Action=GetCallerIdentity | SigV4 signature (AWS SDK for Go v2); the secret key itself is never sent | account, ARN, user id |\n")
	b.WriteString("| Google Cloud | `gcp-service-account-key` | `POST https://oauth2.googleapis.com/token` (JWT bearer grant; the file's token_uri is ignored) | a JWT signed with the key (golang.org/x/oauth2/google); the key itself is never sent | client email |\n")
	return b.String()
}

// TestDocsTable checks that docs/verify.md lists every check as the code
// has it; -update-docs rewrites the table.
func TestDocsTable(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile(docsPath)
	if err != nil {
		t.Fatal(err)
	}
	doc := string(data)
	start, end := strings.Index(doc, tableOpen), strings.Index(doc, tableEnd)
	if start < 0 || end < start {
		t.Fatalf("%s lacks the table markers", docsPath)
	}
	want := doc[:start+len(tableOpen)] + "\n" + providerTable() + doc[end:]
	if *updateDocs {
		if err := os.WriteFile(docsPath, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if doc != want {
		t.Errorf("%s is out of date: go test ./verify -run TestDocsTable -update-docs", docsPath)
	}
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if n := fmt.Sprintf("(%d providers:", providerCount()); !strings.Contains(string(readme), n) {
		t.Errorf("README.md does not count the providers as %q", n)
	}
}
