package report_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
)

var update = flag.Bool("update", false, "rewrite the expected-output files under testdata/golden")

// goldenResult has one finding of each shape (a file, Git history with
// provenance), a skipped file, a file error and a Git object error. Its
// secrets are plain words, not token-shaped.
func goldenResult() *findings.Result {
	inHead := false
	return &findings.Result{
		Findings: []findings.Finding{{
			Rule: "generic-secret", Description: "Generic secret", Category: "generic", Severity: "medium",
			File: "config/app.env", Line: 2, Column: 8, EndLine: 2, EndColumn: 30,
			Secret: "plain-words-not-a-key", Entropy: 3.9, Fingerprint: "00112233445566778899aabbccddeeff",
			Remediation:  "Move it to a secret store.",
			Verification: &findings.Verification{Status: findings.VerifyInvalid, Detail: "HTTP 401"},
		}, {
			Rule: "generic-secret", Description: "Generic secret", Category: "generic", Severity: "high",
			File: "deploy/run.sh", Line: 7, Column: 1, EndLine: 7, EndColumn: 22,
			Secret: "other-plain-words-here", Entropy: 3.7, Validated: "checksum", Owner: "ops", Decoded: "base64",
			Fingerprint: "ffeeddccbbaa99887766554433221100", HelpURI: "https://example.com/help",
			Verification: &findings.Verification{Status: findings.VerifyValid, Detail: "HTTP 200",
				Identity: map[string]string{"user": "ada", "scopes": "repo,read:org"}},
			Git: &findings.Git{
				Commit: "0123456789abcdef0123456789abcdef01234567", Author: "Ada", Email: "ada@example.com",
				Date: "2024-01-01T01:00:00Z", Message: "add deploy script", InHead: &inHead,
				Refs: &findings.RefSummary{Count: 2, Names: []string{"refs/heads/main", "refs/tags/v1"}},
			},
		}},
		Skipped: []findings.Skipped{findings.Skip("assets/logo.png", findings.SkipBinary)},
		Errors: []findings.FileError{
			{Path: "locked.txt", Error: "open: permission denied"},
			{Kind: findings.ErrCommit, Object: "89abcdef0123456789abcdef0123456789abcdef", Error: "cannot read commit: object not found"},
		},
	}
}

// TestGoldenReports compares each format's output, redacted and shown,
// with the files under testdata/golden; `go test ./report -update`
// rewrites them.
func TestGoldenReports(t *testing.T) {
	for _, format := range report.Formats {
		for _, show := range []bool{false, true} {
			name := "report." + format
			if show {
				name = "report-shown." + format
			}
			t.Run(name, func(t *testing.T) {
				var buf bytes.Buffer
				opts := report.Options{ShowSecrets: show, ToolVersion: "golden", Template: goldenTemplate(t)}
				if err := report.Write(&buf, format, goldenResult(), opts); err != nil {
					t.Fatal(err)
				}
				checkGolden(t, filepath.Join("..", "testdata", "golden", name), buf.Bytes())
			})
		}
	}
}

// goldenTemplate is the template the template format is checked with:
// the example of docs/template.md.
func goldenTemplate(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", "golden", "example.tmpl"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// checkGolden compares got with the file at path, or rewrites it with -update.
func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./report -update after checking):\n%s", path, got)
	}
}
