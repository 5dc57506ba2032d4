package report_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/report"
)

type htmlRow struct {
	File      string `json:"file"`
	Message   string `json:"message"`
	Secret    string `json:"secret"`
	FileURL   string `json:"file_url"`
	CommitURL string `json:"commit_url"`
}

// writeHTML writes res as HTML and returns the page and its table rows.
func writeHTML(t *testing.T, res *findings.Result, opts report.Options) (string, []htmlRow) {
	t.Helper()
	var buf bytes.Buffer
	if err := report.Write(&buf, "html", res, opts); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	m := regexp.MustCompile(`<script id="keysieve-data" type="application/json">(.*?)</script>`).FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no data block in\n%s", page)
	}
	var data struct{ Rows []htmlRow }
	if err := json.Unmarshal([]byte(m[1]), &data); err != nil {
		t.Fatalf("data block: %v\n%s", err, m[1])
	}
	return page, data.Rows
}

// TestHTMLRedacts checks that a secret appears nowhere in the page, also
// where it was copied into a path, a repository name and a commit
// message, unless shown.
func TestHTMLRedacts(t *testing.T) {
	t.Parallel()
	secret := fake.New(5).Alnum(40)
	res := &findings.Result{Findings: []findings.Finding{{
		Rule: "r", Severity: "high", Category: "c", File: "keys/" + secret + ".txt", Line: 1, Secret: secret,
		Repository: "https://git.example.test/" + secret,
		Git:        &findings.Git{Commit: strings.Repeat("ab", 20), Author: "Ada", Message: "add " + secret},
	}}}
	page, rows := writeHTML(t, res, report.Options{})
	if strings.Contains(page, secret) {
		t.Fatal("the page holds the secret")
	}
	if rows[0].Secret != report.Redact(secret) || !strings.Contains(rows[0].Message, report.Redact(secret)) {
		t.Errorf("row %+v: want the redacted secret", rows[0])
	}
	page, _ = writeHTML(t, res, report.Options{ShowSecrets: true})
	if !strings.Contains(page, secret) || !strings.Contains(page, `id="shown"`) {
		t.Error("--show-secrets: the page should show the secret, with a warning")
	}
}

// TestHTMLEscapes checks that markup and script in scanned texts stay
// text in every place they are written: the charts, the lists and the
// data block, which no text can close.
func TestHTMLEscapes(t *testing.T) {
	t.Parallel()
	hostile := `</script><script>alert(1)</script><img src=x onerror=alert(1)>`
	res := &findings.Result{
		Findings: []findings.Finding{{Rule: hostile, Category: hostile, Severity: hostile, File: hostile, Secret: "s",
			Repository: hostile, Git: &findings.Git{Author: hostile, Message: hostile, Date: "2024" + hostile}}},
		Skipped: []findings.Skipped{{Path: hostile, Reason: hostile}},
		Errors:  []findings.FileError{{Path: hostile, Error: hostile}},
	}
	page, rows := writeHTML(t, res, report.Options{Provenance: report.Provenance{RepositoryURI: hostile, Branch: hostile}})
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("%d script elements, want 2", n)
	}
	if strings.Contains(page, "<img") {
		t.Error("an img element was injected")
	}
	if rows[0].File != hostile || rows[0].Message != hostile {
		t.Errorf("row %+v: the data block does not round-trip", rows[0])
	}
}

// TestHTMLLinks checks commit and file links: made from an http(s)
// repository address only, with the path escaped.
func TestHTMLLinks(t *testing.T) {
	t.Parallel()
	commit := strings.Repeat("0f", 20)
	finding := func(repo, file string) findings.Finding {
		return findings.Finding{Rule: "r", Severity: "low", File: file, Line: 7, Secret: "s", Repository: repo,
			Git: &findings.Git{Commit: commit}}
	}
	res := &findings.Result{Findings: []findings.Finding{
		finding("", "a dir/x#y.env"),
		finding("https://git.example.test/o/r.git", "b.env"),
		finding("javascript:alert(1)//", "c.env"),
		finding("/srv/repos/r", "d.env"),
		finding("https://user:pw@git.example.test/o/r", "e.env"),
	}}
	_, rows := writeHTML(t, res, report.Options{Provenance: report.Provenance{RepositoryURI: "https://git.example.test/o/main"}})
	want := []htmlRow{
		{FileURL: "https://git.example.test/o/main/blob/" + commit + "/a%20dir/x%23y.env#L7", CommitURL: "https://git.example.test/o/main/commit/" + commit},
		{FileURL: "https://git.example.test/o/r/blob/" + commit + "/b.env#L7", CommitURL: "https://git.example.test/o/r/commit/" + commit},
		{}, {}, {},
	}
	for i, w := range want {
		if rows[i].FileURL != w.FileURL || rows[i].CommitURL != w.CommitURL {
			t.Errorf("row %d: links %q %q, want %q %q", i, rows[i].FileURL, rows[i].CommitURL, w.FileURL, w.CommitURL)
		}
	}
	_, rows = writeHTML(t, res, report.Options{Provenance: report.Provenance{RepositoryURI: "javascript:alert(1)"}})
	if rows[0].FileURL != "" || rows[0].CommitURL != "" {
		t.Errorf("links from a javascript: address: %+v", rows[0])
	}
}

// TestHTMLPolicy checks that the Content-Security-Policy names the hash
// of the page's one inline style sheet and one inline script and allows
// nothing else to load.
func TestHTMLPolicy(t *testing.T) {
	t.Parallel()
	page, _ := writeHTML(t, &findings.Result{}, report.Options{})
	csp := regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`).FindStringSubmatch(page)
	style := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(page)
	script := regexp.MustCompile(`(?s)<script>(.*?)</script>`).FindStringSubmatch(page)
	if csp == nil || style == nil || script == nil {
		t.Fatalf("no policy, style or script in\n%s", page)
	}
	policy := strings.ReplaceAll(csp[1], "&#39;", "'")
	hash := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + strings.ReplaceAll(base64.StdEncoding.EncodeToString(sum[:]), "+", "&#43;") + "'"
	}
	for _, want := range []string{"default-src 'none'", "style-src " + hash(style[1]), "script-src " + hash(script[1])} {
		if !strings.Contains(policy, want) {
			t.Errorf("policy %q lacks %q", policy, want)
		}
	}
	if strings.Contains(page, "http://") || strings.Contains(page, "https://") {
		t.Error("an empty report names a web address")
	}
}
