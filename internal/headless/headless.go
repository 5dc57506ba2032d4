// Package headless runs pages in headless Chromium for tests, through
// chromedp (the Chrome DevTools Protocol, no WebDriver server needed). A
// test starts one browser with Start and opens each page in its own tab
// with Open, which records every console error or warning, uncaught
// exception, Content-Security-Policy violation and JavaScript dialog.
package headless

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Install names the Debian packages that provide the browser.
const Install = "apt-get install -y chromium chromium-driver"

// CIEnv, set to 1, turns a missing browser from a skip into a failure.
const CIEnv = "KEYSIEVE_CI"

// browsers are the names Chromium is installed under.
var browsers = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// ExecPath returns the path of an installed Chromium, or "".
func ExecPath() string {
	for _, name := range browsers {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start launches headless Chromium with a window of width by height and
// returns a context for it; the browser exits when t's cleanup runs.
// Without a browser the test is skipped, naming the packages to install,
// or fails when KEYSIEVE_CI=1.
func Start(t testing.TB, width, height int) context.Context {
	t.Helper()
	path := ExecPath()
	if path == "" {
		msg := "headless Chromium not installed (" + Install + ")"
		if os.Getenv(CIEnv) == "1" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.WindowSize(width, height),
		chromedp.Flag("disable-gpu", true), chromedp.UserDataDir(t.TempDir()))
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start %s: %v", path, err)
	}
	return ctx
}

// Page is a tab and what it reported.
type Page struct {
	Ctx      context.Context
	mu       sync.Mutex
	problems []string
}

// violations is run in every document before its own scripts: it keeps
// the Content-Security-Policy violations the page reports.
const violations = `window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI);
});`

// Open opens url in a new tab of browser and waits until its body is
// ready. The tab closes when t's cleanup runs.
func Open(t testing.TB, browser context.Context, url string) *Page {
	t.Helper()
	p := &Page{}
	ctx, cancel := chromedp.NewContext(browser, chromedp.WithListener(p.record))
	ctx, cancelTimeout := context.WithTimeout(ctx, 20*time.Second)
	t.Cleanup(func() { cancelTimeout(); cancel() })
	p.Ctx = ctx
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("open a tab: %v", err)
	}
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() { // answer dialogs, or the page stays blocked
		for _, err := range dialogs {
			if err != nil {
				return
			}
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument,
		page.AddScriptToEvaluateOnNewDocumentParams{Source: violations}); err != nil {
		t.Fatalf("add the CSP listener: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url), chromedp.WaitReady("body")); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	return p
}

// record keeps what the page said that a clean page never says. It runs
// in the tab's event loop: it only appends.
func (p *Page) record(ev any) {
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning ||
			ev.Type == runtime.ConsoleAPICalledTypeAssert {
			var args []string
			for _, a := range ev.Args {
				args = append(args, string(a.Value)+a.Description)
			}
			p.add("console.%s: %s", ev.Type, strings.Join(args, " "))
		}
	case *runtime.EventExceptionThrown:
		d := ev.ExceptionDetails
		text := d.Text
		if d.Exception != nil {
			text += " " + d.Exception.Description
		}
		p.add("exception: %s", text)
	case *cdplog.EventEntryAdded:
		if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
			p.add("log %s (%s): %s %s", ev.Entry.Level, ev.Entry.Source, ev.Entry.Text, ev.Entry.URL)
		}
	case *page.EventJavascriptDialogOpening:
		p.add("dialog %s: %s", ev.Type, ev.Message)
	}
}

func (p *Page) add(format string, args ...any) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = append(p.problems, fmt.Sprintf(format, args...))
}

// Problems returns the console errors and warnings, exceptions, dialogs
// and Content-Security-Policy violations seen so far.
func (p *Page) Problems() ([]string, error) {
	csp, err := chromedp.Run(p.Ctx, chromedp.Evaluate[[]string](`window.__cspViolations || []`))
	if err != nil {
		return nil, fmt.Errorf("read CSP violations: %w", err)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	out := append([]string(nil), p.problems...)
	for _, v := range csp {
		out = append(out, "CSP violation: "+v)
	}
	return out, nil
}
