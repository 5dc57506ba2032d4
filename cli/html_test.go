package cli

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/headless"
)

var htmlScreenshot = flag.String("html-screenshot", "",
	"write a screenshot of the HTML report of a generated history to this PNG file (docs/html-report.png)")

// reportHistory builds a repository with a dozen commits by five authors
// over five years, each adding or removing a fake secret of some kind,
// and an https origin so that the report links commits and files. It
// returns the repository and the secrets committed.
func reportHistory(t *testing.T) (*gittest.Repo, []string) {
	r := gittest.New(t)
	g := fake.New(2026)
	authors := []string{"Ada Lovelace", "Grace Hopper", "Linus Torvalds", "Barbara Liskov", "Ken Thompson"}
	type change struct{ path, content, msg string }
	secrets := []string{
		g.GitHubToken(fake.Join("gh", "p")), fake.Join("AK", "IA") + g.String(fake.Base32, 16),
		g.OpenAIKey("proj"), g.AnthropicKey("api03"), g.GrafanaServiceAccountToken(),
		g.SentryOrgToken("acme"), g.GitHubToken(fake.Join("gh", "o")), g.OpenAIKey(""),
		g.MapboxToken("tk", "acme"), g.MixedAlnum(28),
	}
	changes := []change{
		{"config/ci.env", "GITHUB_TOKEN=" + secrets[0] + "\n", "ci: publish from the pipeline"},
		{"deploy/aws.sh", "export AWS_ACCESS_KEY_ID=" + secrets[1] + "\n", "deploy: upload to the bucket"},
		{"services/ai/client.py", "client = OpenAI(api_key=\"" + secrets[2] + "\")\n", "ai: first summariser"},
		{"config/ci.env", "GITHUB_TOKEN=${{ secrets.TOKEN }}\n", "ci: token from the secret store"},
		{"services/ai/claude.py", "KEY = \"" + secrets[3] + "\"\n", "ai: try another model"},
		{"ops/grafana.yaml", "token: " + secrets[4] + "\n", "ops: dashboards"},
		{"web/sentry.js", "const authToken = \"" + secrets[5] + "\";\n", "web: upload source maps"},
		{"scripts/release.sh", "GH_TOKEN=" + secrets[6] + " gh release create\n", "release script"},
		{"deploy/aws.sh", "export AWS_PROFILE=deploy\n", "deploy: use a profile"},
		{"web/map.js", "mapboxgl.accessToken = \"" + secrets[8] + "\";\n", "web: map of the stores"},
		{"app/settings.py", "client_secret = \"" + secrets[9] + "\"\n", "app: settings"},
		{"notebooks/test.py", "openai.api_key = \"" + secrets[7] + "\"\n", "notebook for the demo"},
	}
	for i, c := range changes {
		r.Write(c.path, c.content)
		r.Git("add", "-A")
		date := time.Date(2021+i*5/len(changes), time.Month(1+i*7%12), 3+i, 10, 0, 0, 0, time.UTC).Format(time.RFC3339)
		cmd := gittest.Command(r.Dir, r.Clock, "commit", "-q", "--no-verify", "-m", c.msg)
		author := authors[i%len(authors)]
		email := strings.ToLower(strings.Fields(author)[0]) + "@example.com"
		cmd.Env = append(cmd.Env, "GIT_AUTHOR_NAME="+author, "GIT_AUTHOR_EMAIL="+email,
			"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("commit %d: %v\n%s", i, err, out)
		}
	}
	r.Git("remote", "add", "origin", "https://github.com/acme/payments.git")
	return r, secrets
}

// historyHTML scans r's history into an HTML report and returns its path.
func historyHTML(t *testing.T, r *gittest.Repo, secrets []string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.html")
	res := keysieve(t, r.Dir, "history", "--format", "html", "-o", out)
	if res.code != 1 {
		t.Fatalf("exit %d, want 1: %s", res.code, res.stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(string(page), s) {
			t.Fatalf("the report holds a secret: %s", fake.Join(s[:4], "..."))
		}
	}
	return out
}

// TestHistoryHTMLReport scans a history of several authors and years
// into an HTML report: redacted, with the authors, years and links to
// the commits on the origin's web address.
func TestHistoryHTMLReport(t *testing.T) {
	r, secrets := reportHistory(t)
	page, err := os.ReadFile(historyHTML(t, r, secrets))
	if err != nil {
		t.Fatal(err)
	}
	head := r.Git("rev-parse", "HEAD")
	for _, want := range []string{"<!DOCTYPE html>", "Grace Hopper", ">2025<", "By year introduced",
		"Still in HEAD or only in history", `"commit_url":"https://github.com/acme/payments/commit/`, head} {
		if !strings.Contains(string(page), want) {
			t.Errorf("the report lacks %q", want)
		}
	}
}

// TestHTMLReportScreenshot writes docs/html-report.png: run it with
// go test ./cli -run TestHTMLReportScreenshot -html-screenshot=$PWD/docs/html-report.png
func TestHTMLReportScreenshot(t *testing.T) {
	if *htmlScreenshot == "" {
		t.Skip("set -html-screenshot=FILE to write a screenshot of the HTML report")
	}
	r, secrets := reportHistory(t)
	path := historyHTML(t, r, secrets)
	browser := headless.Start(t, 1280, 900)
	p := headless.Open(t, browser, "file://"+path)
	ctx, cancel := context.WithTimeout(p.Ctx, 10*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('count').textContent !== ''`)); err != nil {
		t.Fatal(err)
	}
	text, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.body.innerText`))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(text, s) {
			t.Fatal("the page shows a secret")
		}
	}
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(*htmlScreenshot, png, 0o644); err != nil {
		t.Fatal(err)
	}
	problems, err := p.Problems()
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range problems {
		t.Error(pr)
	}
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes)\n", *htmlScreenshot, len(png))
}
