package report_test

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/headless"
	"github.com/keysieve/keysieve/report"
)

// Hostile texts a scanned repository could hold.
const (
	hostilePath    = `<img src=x onerror=alert(1)>`
	hostileMessage = `</script><script>alert(1)</script>`
	hostileAuthor  = `<b id=injected>Mallory</b>`
)

// browserResult is a history of twelve findings over three repositories,
// four authors and three years, with verification answers, one finding
// from the working tree and one whose path, commit message, author and
// repository are hostile. Its secrets are random.
func browserResult(g *fake.Gen) *findings.Result {
	yes, no := true, false
	sevs := []string{"critical", "high", "medium", "low"}
	cats := []string{"cloud", "vcs", "generic"}
	repos := []string{"https://git.example.test/acme/api", "https://git.example.test/acme/web", "/srv/repos/tools"}
	authors := []string{"Ada", "Grace", "Linus", "Barbara"}
	statuses := []string{findings.VerifyValid, findings.VerifyInvalid, findings.VerifyError, findings.VerifySkipped}
	res := &findings.Result{}
	for i := range 10 {
		f := findings.Finding{
			Rule: cats[i%3] + "-key", Description: "A " + cats[i%3] + " key", Category: cats[i%3], Severity: sevs[i%4],
			File: fmt.Sprintf("src/module%d/config.env", i), Line: i + 1, Column: 1,
			Secret: g.Alnum(32), Fingerprint: g.Hex(32), Repository: repos[i%3],
			Verification: &findings.Verification{Status: statuses[i%4], Detail: "HTTP 200"},
			Git: &findings.Git{
				Commit: g.Hex(40), Author: authors[i%4], Email: strings.ToLower(authors[i%4]) + "@example.com",
				Date: fmt.Sprintf("%d-0%d-1%dT10:00:00Z", 2021+i%3, 1+i%9, i%10), Message: fmt.Sprintf("change %d", i),
				InHead: []*bool{&yes, &no}[i%2],
			},
		}
		res.Findings = append(res.Findings, f)
	}
	res.Findings = append(res.Findings, findings.Finding{
		Rule: "generic-key", Description: "A generic key", Category: "generic", Severity: "high",
		File: "local.env", Line: 2, Secret: g.Alnum(32), Fingerprint: g.Hex(32),
	}, findings.Finding{
		Rule: "vcs-key", Description: "A vcs key", Category: "vcs", Severity: "critical",
		File: hostilePath, Line: 1, Secret: g.Alnum(32), Fingerprint: g.Hex(32), Repository: "javascript:alert(1)//",
		Git: &findings.Git{Commit: g.Hex(40), Author: hostileAuthor, Email: "m@example.com",
			Date: "2023-05-05T00:00:00Z", Message: hostileMessage, InHead: &yes},
	})
	return res
}

// TestHTMLInBrowser opens an HTML report in headless Chromium (one
// browser, a tab per subtest) and checks that it loads cleanly under its
// Content-Security-Policy, draws its charts, filters and sorts its table,
// shows hostile texts as text and shows no secret.
func TestHTMLInBrowser(t *testing.T) {
	t.Parallel()
	browser := headless.Start(t, 1280, 900)
	res := browserResult(fake.New(13))
	var buf bytes.Buffer
	opts := report.Options{ToolVersion: "test",
		Provenance: report.Provenance{RepositoryURI: "javascript:alert(1)", RevisionID: "0123456789abcdef0123456789abcdef01234567"}}
	if err := report.Write(&buf, "html", res, opts); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	url := "file://" + path
	open := func(t *testing.T) *headless.Page {
		p := headless.Open(t, browser, url)
		waitFor(t, p, `document.getElementById('count').textContent !== ''`)
		return p
	}

	t.Run("loads without errors or CSP violations", func(t *testing.T) {
		t.Parallel()
		p := open(t)
		checkClean(t, p)
		n := run(t, p, chromedp.Evaluate[int](`document.querySelectorAll('#findings tbody tr').length`))
		if n != len(res.Findings) {
			t.Errorf("table has %d rows, want %d", n, len(res.Findings))
		}
	})
	t.Run("charts render", func(t *testing.T) {
		t.Parallel()
		p := open(t)
		type box struct {
			Title string
			W, H  float64
			Bars  int
		}
		charts := run(t, p, chromedp.Evaluate[[]box](`Array.from(document.querySelectorAll('#charts figure')).map(function (f) {
			var r = f.querySelector('svg').getBoundingClientRect();
			var bars = Array.from(f.querySelectorAll('rect')).filter(function (b) { return b.getBoundingClientRect().width > 0; });
			return { Title: f.querySelector('figcaption').textContent, W: r.width, H: r.height, Bars: bars.length };
		})`))
		want := []string{"Findings by severity", "By category", "By year introduced", "By repository", "By author",
			"Still in HEAD or only in history", "Verification"}
		var got []string
		for _, c := range charts {
			got = append(got, c.Title)
			if c.W <= 0 || c.H <= 0 || c.Bars == 0 {
				t.Errorf("chart %q: %vx%v with %d visible bars", c.Title, c.W, c.H, c.Bars)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("charts %q, want %q", got, want)
		}
	})
	t.Run("filter narrows the table", func(t *testing.T) {
		t.Parallel()
		p := open(t)
		run(t, p, chromedp.SendKeys(chromedp.ID("filter"), "module1"))
		waitFor(t, p, `document.querySelectorAll('#findings tbody tr').length === 1`)
		if text := run(t, p, chromedp.Text(`#findings tbody`)); !strings.Contains(text, "src/module1/config.env:2") {
			t.Errorf("filtered table: %q", text)
		}
		run(t, p, chromedp.Evaluate[chromedp.Void](`document.getElementById('filter').value = '';
			var s = document.querySelector('select[data-facet=severity]');
			s.value = 'critical'; s.dispatchEvent(new Event('change'))`))
		waitFor(t, p, `document.querySelectorAll('#findings tbody tr').length === 4`)
		checkClean(t, p)
	})
	t.Run("header click sorts", func(t *testing.T) {
		t.Parallel()
		p := open(t)
		column := func(n int) []string {
			return run(t, p, chromedp.Evaluate[[]string](fmt.Sprintf(
				`Array.from(document.querySelectorAll('#findings tbody tr td:nth-child(%d)')).map(function (td) { return td.textContent; })`, n)))
		}
		dateCol := 1 + run(t, p, chromedp.Evaluate[int](`Array.from(document.querySelectorAll('#findings th')).findIndex(function (th) { return th.textContent === 'Date'; })`))
		run(t, p, chromedp.Click(`//th/button[text()="Date"]`))
		asc := column(dateCol)
		if !slices.IsSorted(asc) || asc[len(asc)-1] == "" {
			t.Errorf("after one click, dates %q are not ascending", asc)
		}
		run(t, p, chromedp.Click(`//th/button[text()="Date"]`))
		desc := column(dateCol)
		slices.Reverse(desc)
		if !slices.Equal(desc, asc) {
			t.Errorf("after two clicks, dates %q are not descending", desc)
		}
		run(t, p, chromedp.Click(`//th/button[text()="Severity"]`))
		sev := column(1)
		if sev[0] != "critical" || sev[len(sev)-1] != "low" {
			t.Errorf("sorted by severity: %q", sev)
		}
	})
	t.Run("a long report shows a page at a time", func(t *testing.T) {
		t.Parallel()
		long := &findings.Result{}
		g := fake.New(14)
		for range 21 {
			long.Findings = append(long.Findings, browserResult(g).Findings...)
		}
		path := filepath.Join(t.TempDir(), "long.html")
		var buf bytes.Buffer
		if err := report.Write(&buf, "html", long, report.Options{}); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
			t.Fatal(err)
		}
		p := headless.Open(t, browser, "file://"+path)
		waitFor(t, p, `document.querySelectorAll('#findings tbody tr').length === 200`)
		if got := run(t, p, chromedp.Text(chromedp.ID("count"))); got != "showing 200 of 252 matching, 252 findings" {
			t.Errorf("count: %q", got)
		}
		run(t, p, chromedp.Click(chromedp.ID("more")))
		waitFor(t, p, `document.querySelectorAll('#findings tbody tr').length === 252 && document.getElementById('more').hidden`)
		checkClean(t, p)
	})
	t.Run("hostile texts stay text", func(t *testing.T) {
		t.Parallel()
		p := open(t)
		type dom struct {
			Imgs, Injected, Scripts, BadLinks, Links int
			Body, Charts                             string
		}
		got := run(t, p, chromedp.Evaluate[dom](`({
			Imgs: document.querySelectorAll('img').length,
			Injected: document.querySelectorAll('#injected, b').length,
			Scripts: document.querySelectorAll('script').length,
			BadLinks: Array.from(document.querySelectorAll('a')).filter(function (a) { return !/^https?:/.test(a.href); }).length,
			Links: document.querySelectorAll('a').length,
			Body: document.body.innerText,
			Charts: document.getElementById('charts').textContent })`))
		if got.Imgs != 0 || got.Injected != 0 || got.Scripts != 2 || got.BadLinks != 0 {
			t.Errorf("injected elements: %+v", got)
		}
		if got.Links == 0 {
			t.Error("no commit or file links")
		}
		for _, s := range []string{hostilePath + ":1", hostileMessage, hostileAuthor} {
			if !strings.Contains(got.Body, s) {
				t.Errorf("page does not show %q as text", s)
			}
		}
		if !strings.Contains(got.Charts, hostileAuthor) {
			t.Errorf("author chart does not show %q as text", hostileAuthor)
		}
		for _, f := range res.Findings {
			if strings.Contains(got.Body, f.Secret) {
				t.Errorf("page shows secret %s", report.Redact(f.Secret))
			}
		}
		checkClean(t, p)
	})
}

// run runs one action in p's tab, failing t on error.
func run[T any](t *testing.T, p *headless.Page, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(p.Ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// waitFor waits until the JavaScript condition holds.
func waitFor(t *testing.T, p *headless.Page, cond string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, 5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](cond)); err != nil {
		t.Fatalf("waiting for %s: %v", cond, err)
	}
}

// checkClean fails t when the page logged an error or warning, threw,
// opened a dialog or violated its Content-Security-Policy.
func checkClean(t *testing.T, p *headless.Page) {
	t.Helper()
	problems, err := p.Problems()
	if err != nil {
		t.Fatal(err)
	}
	for _, pr := range problems {
		t.Error(pr)
	}
}
