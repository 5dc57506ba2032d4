package report_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/sarifcheck"
	"github.com/keysieve/keysieve/report"
)

func sampleResult(secret string) *findings.Result {
	return &findings.Result{
		Findings: []findings.Finding{{
			Rule: "github-token", Description: "GitHub token", Category: "vcs", Severity: "critical",
			File: "dir/my file.go", Line: 3, Column: 5, EndLine: 3, EndColumn: 45,
			Secret: secret, Entropy: 5.1, Validated: "base62-crc32", Fingerprint: "0123abcd",
			Remediation: "Revoke it at https://github.com/settings/tokens", HelpURI: "https://github.com/settings/tokens",
		}, {
			Rule: "generic-secret", Description: "Generic", Category: "generic", Severity: "medium",
			File: "a\x1b[31m.txt", Line: 1, Column: 1, EndLine: 1, EndColumn: 20,
			Secret: secret, Fingerprint: "feedbeef",
		}},
		Skipped: []findings.Skipped{{Path: "big.bin", Reason: "binary"}},
		Errors:  []findings.FileError{{Path: "locked.txt", Error: "open: permission denied"}},
	}
}

func write(t *testing.T, format string, res *findings.Result, opts report.Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, format, res, opts); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestEveryFormatRedactsByDefault(t *testing.T) {
	secret := fake.New(1).GitHubToken(fake.Join("gh", "p"))
	for _, format := range report.Formats {
		out := write(t, format, sampleResult(secret), report.Options{})
		if bytes.Contains(out, []byte(secret)) || bytes.Contains(out, []byte(secret[8:20])) {
			t.Errorf("%s output contains the secret", format)
		}
		shown := write(t, format, sampleResult(secret), report.Options{ShowSecrets: true})
		if !bytes.Contains(shown, []byte(secret)) {
			t.Errorf("%s output with ShowSecrets lacks the secret", format)
		}
	}
}

func TestJSONShape(t *testing.T) {
	out := write(t, "json", sampleResult("s3cr3t-value-here"), report.Options{})
	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc["version"] != float64(1) {
		t.Errorf("version = %v", doc["version"])
	}
	f := doc["findings"].([]any)[0].(map[string]any)
	for _, key := range []string{"rule", "description", "category", "severity", "file", "line", "column",
		"end_line", "end_column", "secret", "entropy", "validated", "fingerprint"} {
		if _, ok := f[key]; !ok {
			t.Errorf("finding lacks %q", key)
		}
	}
	empty := write(t, "json", &findings.Result{}, report.Options{})
	if !bytes.Contains(empty, []byte(`"findings": []`)) || !bytes.Contains(empty, []byte(`"errors": []`)) {
		t.Errorf("empty report has null lists:\n%s", empty)
	}
}

func TestSARIFValidatesAgainstSchema(t *testing.T) {
	out := write(t, "sarif", sampleResult("s3cr3t-value-here"), report.Options{ToolVersion: "test"})
	sarifcheck.Validate(t, "..", out)
	var log struct {
		Runs []struct {
			Tool struct {
				Driver struct {
					Rules []struct {
						ID         string         `json:"id"`
						HelpURI    string         `json:"helpUri"`
						Properties map[string]any `json:"properties"`
					} `json:"rules"`
				} `json:"driver"`
			} `json:"tool"`
			Results []struct {
				RuleIndex           int               `json:"ruleIndex"`
				PartialFingerprints map[string]string `json:"partialFingerprints"`
				Locations           []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(out, &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	if len(run.Tool.Driver.Rules) != 2 || run.Tool.Driver.Rules[0].Properties["security-severity"] != "9.5" {
		t.Errorf("driver rules = %+v", run.Tool.Driver.Rules)
	}
	if run.Tool.Driver.Rules[0].HelpURI == "" {
		t.Error("rule lacks helpUri")
	}
	if got := run.Results[0].Locations[0].PhysicalLocation.ArtifactLocation.URI; got != "dir/my%20file.go" {
		t.Errorf("uri = %q", got)
	}
	if run.Results[1].RuleIndex != 1 || run.Results[0].PartialFingerprints["keysieve/v2"] != "0123abcd" {
		t.Errorf("results = %+v", run.Results)
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	out := string(write(t, "text", sampleResult("value"), report.Options{Color: false}))
	if strings.ContainsRune(out, '\x1b') {
		t.Errorf("text output carries a raw escape character:\n%q", out)
	}
	for _, want := range []string{"dir/my file.go", "3:5", "github-token", "fix: Revoke it", "warning: cannot read locked.txt", "2 secret(s) found"} {
		if !strings.Contains(out, want) {
			t.Errorf("text output lacks %q:\n%s", want, out)
		}
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "abc": "*****", "abcdefgh": "*****", strings.Repeat("z", 40): "*****",
		fake.Join("Summer", "2024!Sales"): "*****", // a weak password: no prefix (issue #11, item 9)
	} {
		if got := report.Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
	token := fake.New(11).Alnum(32) // long and random: its first four characters show
	if got := report.Redact(token); got != token[:4]+"*****" {
		t.Errorf("Redact(random token) = %q, want its first four characters", got)
	}
}

func TestSchemaCheckRejectsBrokenSARIF(t *testing.T) {
	out := write(t, "sarif", sampleResult("value"), report.Options{})
	broken := bytes.Replace(out, []byte(`"level": "error"`), []byte(`"level": "fatal"`), 1)
	err := sarifcheck.Check("..", broken)
	if errors.Is(err, sarifcheck.ErrNoSchema) {
		t.Skip(err)
	}
	if err == nil {
		t.Fatal("schema check accepted a result with level \"fatal\"")
	}
}
