package scan_test

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// gitRepo is a Git repository built with the git CLI in a temporary
// directory, each commit one hour after the last so that order is clear.
type gitRepo struct {
	t     *testing.T
	dir   string
	clock int
}

func newGitRepo(t *testing.T) *gitRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git CLI not installed")
	}
	r := &gitRepo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

// git runs git in the repository and returns its trimmed output.
func (r *gitRepo) git(args ...string) string {
	r.t.Helper()
	return gitIn(r.t, r.dir, r.clock, args...)
}

// gitIn runs git in dir with a fixed identity and a date clock hours
// after 2024-01-01.
func gitIn(t *testing.T, dir string, clock int, args ...string) string {
	t.Helper()
	out, err := gitCmd(dir, clock, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// gitCmd is git run in dir with a fixed identity, no user or system
// config, and a date clock hours after 2024-01-01.
func gitCmd(dir string, clock int, args ...string) *exec.Cmd {
	date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(clock) * time.Hour).Format(time.RFC3339)
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(),
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.com",
		"GIT_COMMITTER_NAME=Ada", "GIT_COMMITTER_EMAIL=ada@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	return cmd
}

// write writes a file in the work tree.
func (r *gitRepo) write(path, content string) {
	r.t.Helper()
	full := filepath.Join(r.dir, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit stages everything and commits it, returning the commit hash.
func (r *gitRepo) commit(msg string) string {
	r.t.Helper()
	r.clock++
	r.git("add", "-A")
	r.git("commit", "-q", "--allow-empty", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

// gitToken returns a fake GitHub token made at run time from seed.
func gitToken(seed uint64) string {
	return fake.New(seed).GitHubToken(fake.Join("gh", "p"))
}

// gitScanner returns a Scanner with the default ruleset.
func gitScanner(t *testing.T, opts scan.Options) *scan.Scanner {
	t.Helper()
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := rules.Parse("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Threads == 0 {
		opts.Threads = 2
	}
	return scan.New(rs, opts)
}

// gitHistory scans the repository at dir.
func gitHistory(t *testing.T, dir string, opts scan.HistoryOptions) *scan.HistoryResult {
	t.Helper()
	repo, err := scan.OpenRepository(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := gitScanner(t, scan.Options{}).History(context.Background(), repo, opts)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// gitFinding returns the one finding of secret at file, failing otherwise.
func gitFinding(t *testing.T, res *scan.Result, file, secret string) scan.Finding {
	t.Helper()
	var found []scan.Finding
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
func wantGitCommit(t *testing.T, f scan.Finding, commit string) {
	t.Helper()
	if f.Commit != commit {
		t.Errorf("%s: attributed to %.12s (%q), want %.12s", f.File, f.Commit, f.Message, commit)
	}
}

// wantGitCount checks the number of findings.
func wantGitCount(t *testing.T, res *scan.Result, n int) {
	t.Helper()
	if len(res.Findings) != n {
		t.Fatalf("got %d findings, want %d:\n%s", len(res.Findings), n, gitDescribe(res))
	}
}

func gitDescribe(res *scan.Result) string {
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
