package verify

import (
	"flag"
	"fmt"
	"os"
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
// provider, AWS and Google Cloud.
func providerCount() int { return len(httpSpecs()) + 2 }

// providerTable renders every check as a Markdown table, after a line
// counting them.
func providerTable() string {
	var b strings.Builder
	rules := 3 // AWS's two and Google Cloud's
	for _, s := range httpSpecs() {
		rules += len(s.Rules)
	}
	fmt.Fprintf(&b, "**%d providers** (%d HTTP providers, AWS and Google Cloud), %d rules.\n\n", providerCount(), len(httpSpecs()), rules)
	b.WriteString("| provider | rules | request | credential sent as | reveals |\n| --- | --- | --- | --- | --- |\n")
	for _, s := range httpSpecs() {
		ep := s.endpoint()
		if s.URLOf != nil && s.Provider == "Mailchimp" {
			ep = s.method() + " https://<dc>.api.mailchimp.com/3.0/ (dc from the key's -usN suffix)"
		}
		fmt.Fprintf(&b, "| %s | %s | `%s` | %s | %s |\n", s.Provider, "`"+strings.Join(s.Rules, "`, `")+"`", ep, s.Auth.desc, s.Reveals)
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
