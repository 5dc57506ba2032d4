package report_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"testing"
	"unicode/utf8"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/sarifcheck"
	"github.com/keysieve/keysieve/report"
)

// fuzzResult builds a result of two findings and one unreadable file from
// the strings an untrusted repository controls: paths, secrets, commit
// metadata, error messages, and a user config's description and
// remediation text.
func fuzzResult(file, secret, description, remediation, author, message, errText string) *findings.Result {
	inHead := true
	return &findings.Result{
		Findings: []findings.Finding{{
			Rule: "github-token", Description: description, Category: "vcs", Severity: "critical",
			File: file, Line: 1, Column: 1, EndLine: 1, EndColumn: 2,
			Secret: secret, Entropy: 4.5, Validated: "base62-crc32", Owner: author, Decoded: "base64",
			Fingerprint: "0123456789abcdef0123456789abcdef", Remediation: remediation, HelpURI: "https://example.com/help",
			Git: &findings.Git{
				Commit: "0123456789abcdef0123456789abcdef01234567", Author: author, Email: author,
				Date: "2026-01-02T03:04:05Z", Message: message, InHead: &inHead,
				Refs: &findings.RefSummary{Count: 1, Names: []string{message}},
			},
		}, {
			Rule: "generic-secret", Description: description, Category: "generic", Severity: "low",
			File: errText, Line: 2, Column: 3, EndLine: 2, EndColumn: 9, Secret: secret,
			Fingerprint: "fedcba9876543210fedcba9876543210",
		}},
		Skipped: []findings.Skipped{{Path: file, Reason: "binary"}},
		Errors:  []findings.FileError{{Path: file, Error: errText}},
	}
}

// FuzzWriters writes results holding arbitrary strings in every format.
// JSON and SARIF output must parse as JSON and give back the redacted (or,
// with showSecrets, the full) secret and the path; SARIF must still
// validate against the 2.1.0 schema when that is beside the checkout (only
// for the seed corpus: compiling the schema per input is too slow to
// fuzz); text output with colour off must hold no control byte but '\n'.
func FuzzWriters(f *testing.F) {
	f.Add("dir/my file.go", "s3cr3t-value-here", "GitHub token", "Revoke it", "A <a@b>", "subject", "open: denied", false)
	f.Add("a\x1b[31m.txt", "\x1b]0;pwn\x07", "d\r\nx", "r\u2028s", "\x00", "\xff\xfe", "\u009b2J", true)
	f.Add("", "", "", "", "", "", "", false)
	f.Add("日本/ファイル.txt", "пароль-секрет-12345", "<script>", "]]>", "\"q\"", "%SRCROOT%", "../../etc", true)
	f.Add("#frag?q=1 %20", "x", "*bold*", "https://x/)", "\\", "\t", "\x7f\u0085", false)
	validateSchema := !testing.Short() && !isFuzzing()
	f.Fuzz(func(t *testing.T, file, secret, description, remediation, author, message, errText string, show bool) {
		res := fuzzResult(file, secret, description, remediation, author, message, errText)
		opts := report.Options{ShowSecrets: show, ToolVersion: "fuzz"}
		wantSecret := report.Redact(secret)
		if show {
			wantSecret = secret
		}
		for _, format := range report.Formats {
			var buf bytes.Buffer
			if err := report.Write(&buf, format, res, opts); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := buf.Bytes()
			switch format {
			case "json":
				checkJSON(t, out, file, wantSecret)
			case "sarif":
				if !json.Valid(out) {
					t.Fatalf("SARIF output is not JSON:\n%s", out)
				}
				if validateSchema {
					sarifcheck.Validate(t, "..", out)
				}
			case "html":
				if n := bytes.Count(out, []byte("<script")); n != 2 {
					t.Fatalf("HTML output has %d script elements, want 2:\n%s", n, out)
				}
			case "text":
				if i := bytes.IndexFunc(out, func(r rune) bool { return r != '\n' && (r < 0x20 || r == 0x7f) }); i >= 0 {
					t.Fatalf("text output holds control byte %q at %d:\n%q", out[i], i, out)
				}
			}
		}
	})
}

// isFuzzing reports whether the fuzzing engine is generating inputs
// (go test -fuzz), rather than the seed corpus being replayed.
func isFuzzing() bool {
	fuzz := flag.Lookup("test.fuzz")
	return fuzz != nil && fuzz.Value.String() != ""
}

// checkJSON fails t unless out is a JSON report whose first finding gives
// back file and secret (exactly, where they are valid UTF-8).
func checkJSON(t *testing.T, out []byte, file, secret string) {
	t.Helper()
	var doc struct {
		Findings []findings.Finding   `json:"findings"`
		Errors   []findings.FileError `json:"errors"`
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatalf("JSON output does not parse: %v\n%s", err, out)
	}
	if len(doc.Findings) != 2 || len(doc.Errors) != 1 {
		t.Fatalf("JSON output has %d findings, %d errors", len(doc.Findings), len(doc.Errors))
	}
	if utf8.ValidString(file) && doc.Findings[0].File != file {
		t.Fatalf("file %q came back as %q", file, doc.Findings[0].File)
	}
	if utf8.ValidString(secret) && doc.Findings[0].Secret != secret {
		t.Fatalf("secret %q came back as %q", secret, doc.Findings[0].Secret)
	}
}
