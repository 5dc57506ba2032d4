package gitsource_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// gitRepo is a repository built with the git CLI.
type gitRepo = gittest.Repo

func newGitRepo(t *testing.T) *gitRepo { return gittest.New(t) }

// gitToken returns a fake GitHub token made at run time from seed.
func gitToken(seed uint64) string {
	return fake.New(seed).GitHubToken(fake.Join("gh", "p"))
}

// gitScanner returns a Scanner with the default ruleset.
func gitScanner(t *testing.T, opts scan.Options) *scan.Scanner {
	t.Helper()
	rs, err := defaultRuleset()
	if err != nil {
		t.Fatal(err)
	}
	if opts.Threads == 0 {
		opts.Threads = 2
	}
	return scan.New(rs, opts)
}

// defaultRuleset compiles ../rules.toml once for the test binary; a
// Ruleset is immutable and safe for concurrent use, so tests share it.
var defaultRuleset = sync.OnceValues(func() (*rules.Ruleset, error) {
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		return nil, err
	}
	cfg, err := rules.ParseDefault("rules.toml", data)
	if err != nil {
		return nil, err
	}
	return rules.Compile(cfg)
})

// gitHistory scans the repository at dir.
func gitHistory(t *testing.T, dir string, opts gitsource.HistoryOptions) *gitsource.HistoryResult {
	t.Helper()
	repo, err := gitsource.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := repo.History(context.Background(), gitScanner(t, scan.Options{}), opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// gitFinding returns the one finding of secret at file, failing otherwise.
func gitFinding(t *testing.T, res *findings.Result, file, secret string) findings.Finding {
	t.Helper()
	var found []findings.Finding
	for _, f := range res.Findings {
		if f.File == file && f.Secret == secret {
			found = append(found, f)
		}
	}
	if len(found) != 1 {
		t.Fatalf("want one finding of the secret at %s, got %d; all findings:\n%s", file, len(found), gitDescribe(res))
	}
	return found[0]
}

// wantGitCommit checks the commit a finding is attributed to.
func wantGitCommit(t *testing.T, f findings.Finding, commit string) {
	t.Helper()
	if f.Commit != commit {
		t.Errorf("%s: attributed to %.12s (%q), want %.12s", f.File, f.Commit, f.Message, commit)
	}
}

// wantGitBoundary checks that f is not attributed to any commit but to
// the shallow boundary commit whose tree holds it.
func wantGitBoundary(t *testing.T, f findings.Finding, boundary string) {
	t.Helper()
	if f.Git == nil || f.Commit != "" || f.Author != "" || f.ShallowBoundary != boundary {
		t.Errorf("%s: attributed to %.12s, boundary %.12s; want no commit, boundary %.12s", f.File, f.Commit, f.ShallowBoundary, boundary)
	}
}

// wantGitCount checks the number of findings.
func wantGitCount(t *testing.T, res *findings.Result, n int) {
	t.Helper()
	if len(res.Findings) != n {
		t.Fatalf("got %d findings, want %d:\n%s", len(res.Findings), n, gitDescribe(res))
	}
}

func gitDescribe(res *findings.Result) string {
	var b strings.Builder
	for _, f := range res.Findings {
		fmt.Fprintf(&b, "  %s:%d %s commit %.12s %q\n", f.File, f.Line, f.Rule, f.Commit, f.Message)
	}
	for _, e := range res.Errors {
		fmt.Fprintf(&b, "  error %s: %s\n", e.Path, e.Error)
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(&b, "  skipped %s: %s\n", s.Path, s.Reason)
	}
	return b.String()
}
