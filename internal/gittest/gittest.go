// Package gittest builds Git repositories with the git CLI for tests:
// a fixed identity, no user or system config, and a clock that puts each
// commit an hour after the last so that commit order is unambiguous.
package gittest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Repo is a repository in a temporary directory.
type Repo struct {
	T   testing.TB
	Dir string
	// Clock is the hour after 2024-01-01 used for the next git command.
	Clock int
}

// New initialises an empty repository on branch main, skipping the test
// when the git CLI is not installed.
func New(t testing.TB) *Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git CLI not installed")
	}
	r := &Repo{T: t, Dir: t.TempDir()}
	r.Git("init", "-q", "-b", "main")
	return r
}

// Env is the environment git runs with at clock: a fixed identity and date,
// and no automatic maintenance (git commit would otherwise start
// `git maintenance run --auto` after every commit: a process per commit
// that no test needs; an explicit `git gc` still runs).
func Env(clock int) []string {
	date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(clock) * time.Hour).Format(time.RFC3339)
	return append(os.Environ(),
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_CONFIG_COUNT=2", "GIT_CONFIG_KEY_0=maintenance.auto", "GIT_CONFIG_VALUE_0=false",
		"GIT_CONFIG_KEY_1=gc.auto", "GIT_CONFIG_VALUE_1=0",
		"GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.com",
		"GIT_COMMITTER_NAME=Ada", "GIT_COMMITTER_EMAIL=ada@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
}

// Command returns git with args, to run in dir at clock.
func Command(dir string, clock int, args ...string) *exec.Cmd {
	cmd := exec.Command("git", args...)
	cmd.Dir, cmd.Env = dir, Env(clock)
	return cmd
}

// TryGit runs git in the repository and returns its trimmed output and error.
func (r *Repo) TryGit(args ...string) (string, error) {
	out, err := Command(r.Dir, r.Clock, args...).CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

// Git runs git in the repository and returns its trimmed output, failing
// the test when git fails.
func (r *Repo) Git(args ...string) string {
	r.T.Helper()
	return In(r.T, r.Dir, r.Clock, args...)
}

// In runs git in dir at clock, failing t when git fails.
func In(t testing.TB, dir string, clock int, args ...string) string {
	t.Helper()
	out, err := Command(dir, clock, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// Write writes a file in the work tree, creating its directories.
func (r *Repo) Write(path, content string) {
	r.T.Helper()
	full := filepath.Join(r.Dir, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		r.T.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
		r.T.Fatal(err)
	}
}

// Commit advances the clock, stages everything and commits it without
// running hooks, returning the new commit's hash.
func (r *Repo) Commit(msg string) string {
	r.T.Helper()
	r.Clock++
	r.Git("add", "-A")
	r.Git("commit", "-q", "--allow-empty", "--no-verify", "-m", msg)
	if h, ok := r.headFromFiles(); ok {
		return h
	}
	return r.Git("rev-parse", "HEAD")
}

// headFromFiles reads the commit HEAD names from .git/HEAD and the loose
// ref it points to, sparing a git process per commit; ok is false when
// the repository keeps them otherwise (packed refs, a .git file), and
// the caller asks git.
func (r *Repo) headFromFiles() (hash string, ok bool) {
	gitDir := filepath.Join(r.Dir, ".git")
	head, err := os.ReadFile(filepath.Join(gitDir, "HEAD"))
	if err != nil {
		return "", false
	}
	text := strings.TrimSpace(string(head))
	if ref, isRef := strings.CutPrefix(text, "ref: "); isRef {
		data, err := os.ReadFile(filepath.Join(gitDir, filepath.FromSlash(ref)))
		if err != nil {
			return "", false
		}
		text = strings.TrimSpace(string(data))
	}
	if len(text) != 40 || strings.Trim(text, "0123456789abcdef") != "" {
		return "", false
	}
	return text, true
}
