package report_test

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/report"
)

// verifiedResult has one finding whose live check was valid, with an
// identity that echoes the secret and holds a terminal escape, as a
// hostile provider answer could.
func verifiedResult(secret string) *findings.Result {
	return &findings.Result{Findings: []findings.Finding{{
		Rule: "github-token", Description: "GitHub token", Category: "vcs", Severity: "critical",
		File: "ci.env", Line: 1, Column: 14, Secret: secret, Fingerprint: "0123abcd",
		Verification: &findings.Verification{Status: findings.VerifyValid, Detail: "HTTP 200",
			Identity: map[string]string{"user": "octo-ci\x1b[2J", "scopes": "repo " + secret}},
	}}}
}

// identityTemplate prints each finding's verification, all of it.
const identityTemplate = `{{range .Findings}}{{with .Verification}}{{.Status}} {{.Detail}}{{range $k, $v := .Identity}} {{$k}}={{$v}}{{end}}{{end}}
{{end}}`

// TestEveryFormatShowsVerification: every report format carries a
// finding's verification (status, detail and the identity the provider
// revealed), redacted and with control characters escaped like any text
// from outside; the default template and the text report show the status
// first.
func TestEveryFormatShowsVerification(t *testing.T) {
	t.Parallel()
	secret := fake.New(1213).GitHubToken(fake.Join("gh", "p"))
	for _, format := range report.Formats {
		t.Run(format, func(t *testing.T) {
			t.Parallel()
			opts := report.Options{ToolVersion: "test"}
			if format == "template" {
				opts.Template = identityTemplate
			}
			out := string(write(t, format, verifiedResult(secret), opts))
			for _, want := range []string{"valid", "HTTP 200", "octo-ci", "scopes", "user"} {
				if !strings.Contains(out, want) {
					t.Errorf("%s report lacks %q:\n%s", format, want, out)
				}
			}
			if strings.Contains(out, secret) || strings.Contains(out, secret[8:20]) {
				t.Errorf("%s report holds the secret the identity echoes", format)
			}
			if strings.ContainsRune(out, '\x1b') {
				t.Errorf("%s report carries a raw escape character from the identity", format)
			}
		})
	}
	for format, first := range map[string]string{"text": "[valid]", "template": "[valid] ci.env:1:14"} {
		out := string(write(t, format, verifiedResult(secret), report.Options{}))
		if !strings.Contains(out, first) {
			t.Errorf("%s report does not start the finding with its status %q:\n%s", format, first, out)
		}
	}
}
