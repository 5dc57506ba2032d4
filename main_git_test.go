package main

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/sarifcheck"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/scan"
)

// e2eRepo is a Git repository built with the git CLI for end-to-end
// tests; it uses the binary that TestMain (main_test.go) builds.
type e2eRepo struct {
	t     *testing.T
	dir   string
	clock int
}

func newE2ERepo(t *testing.T) *e2eRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git CLI not installed")
	}
	r := &e2eRepo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

// gitEnv is a fixed identity and date, without user or system config.
func gitEnv(clock int) []string {
	date := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(clock) * time.Hour).Format(time.RFC3339)
	return append(os.Environ(), "NO_COLOR=",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=Ada", "GIT_AUTHOR_EMAIL=ada@example.com",
		"GIT_COMMITTER_NAME=Ada", "GIT_COMMITTER_EMAIL=ada@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
}

// tryGit runs git and returns its output and error.
func (r *e2eRepo) tryGit(args ...string) (string, error) {
	cmd := exec.Command("git", args...)
	cmd.Dir, cmd.Env = r.dir, gitEnv(r.clock)
	out, err := cmd.CombinedOutput()
	return strings.TrimSpace(string(out)), err
}

func (r *e2eRepo) git(args ...string) string {
	r.t.Helper()
	out, err := r.tryGit(args...)
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return out
}

func (r *e2eRepo) write(path, content string) {
	r.t.Helper()
	full := filepath.Join(r.dir, path)
	if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit stages everything, commits and returns the hash.
func (r *e2eRepo) commit(msg string) string {
	r.t.Helper()
	r.clock++
	r.git("add", "-A")
	r.git("commit", "-q", "--no-verify", "-m", msg)
	return r.git("rev-parse", "HEAD")
}

// ghToken is a fake GitHub token made at run time.
func ghToken(seed uint64) string { return fake.New(seed).GitHubToken(fake.Join("gh", "p")) }

// gitReport is the JSON report with the Git fields.
type gitReport struct {
	Findings []scan.Finding   `json:"findings"`
	Skipped  []scan.Skipped   `json:"skipped"`
	Errors   []scan.FileError `json:"errors"`
}

func parseGitReport(t *testing.T, out string) gitReport {
	t.Helper()
	var r gitReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not a JSON report: %v\n%s", err, out)
	}
	return r
}

func TestHistoryCommand(t *testing.T) {
	r := newE2ERepo(t)
	secret := ghToken(100)
	r.write("config.yaml", "token: "+secret+"\n")
	c1 := r.commit("add config")
	r.write("config.yaml", "token: from-env\n")
	r.commit("remove the token")

	res := keysieve(t, r.dir, "history", "-f", "json")
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", res.code, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	if len(rep.Findings) != 1 {
		t.Fatalf("findings = %+v", rep.Findings)
	}
	f := rep.Findings[0]
	if f.Commit != c1 || f.Message != "add config" || f.Author != "Ada" || f.InHead == nil || *f.InHead ||
		f.Refs == nil || f.Refs.Count != 1 || f.Secret == secret {
		t.Errorf("finding = %+v", f)
	}
	if !strings.Contains(res.stdout, `"in_head": false`) {
		t.Error("in_head missing from JSON")
	}

	for _, args := range [][]string{{"--range", c1 + "..HEAD"}, {"--since-commit", c1}} {
		if res := keysieve(t, r.dir, append([]string{"history"}, args...)...); res.code != 0 {
			t.Errorf("history %v: exit %d, want 0\n%s%s", args, res.code, res.stdout, res.stderr)
		}
	}
	if res := keysieve(t, r.dir, "history", "--range", "nope..HEAD"); res.code != 2 {
		t.Errorf("bad range: exit %d, want 2", res.code)
	}

	res = keysieve(t, r.dir, "history", "-f", "sarif")
	if res.code != 1 || !strings.Contains(res.stdout, `"commit": "`+c1+`"`) {
		t.Errorf("SARIF: exit %d, commit property missing\n%s", res.code, res.stdout)
	}
	sarifcheck.Validate(t, ".", []byte(res.stdout))
}

func TestHistoryBaselineFromScan(t *testing.T) {
	r := newE2ERepo(t)
	r.write("deploy.sh", "export GITHUB_TOKEN="+ghToken(101)+"\n")
	r.commit("deploy")
	base := filepath.Join(t.TempDir(), "baseline.json")
	if res := keysieve(t, r.dir, "scan", "-f", "json", "-o", base, "."); res.code != 1 {
		t.Fatalf("scan exit %d\n%s", res.code, res.stderr)
	}
	if res := keysieve(t, r.dir, "history", "--baseline", base); res.code != 0 {
		t.Errorf("history with scan's baseline: exit %d, want 0\n%s", res.code, res.stdout)
	}
}

func TestHistoryCorruptObjectExitsTwoWithFindings(t *testing.T) {
	r := newE2ERepo(t)
	good := ghToken(102)
	r.write("good.txt", "token "+good+"\n")
	r.write("lost.txt", "token "+ghToken(103)+"\n")
	c1 := r.commit("files")
	blob := r.git("rev-parse", "HEAD:lost.txt")
	obj := filepath.Join(r.dir, ".git", "objects", blob[:2], blob[2:])
	if err := os.Chmod(obj, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(obj, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := keysieve(t, r.dir, "history", "-f", "json", "--show-secrets")
	if res.code != 2 {
		t.Fatalf("exit %d, want 2\n%s", res.code, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	if len(rep.Findings) != 1 || rep.Findings[0].Secret != good || rep.Findings[0].Commit != c1 {
		t.Errorf("findings = %+v", rep.Findings)
	}
	if len(rep.Errors) != 1 || !strings.Contains(rep.Errors[0].Error, blob) {
		t.Errorf("errors = %+v, want blob %s", rep.Errors, blob)
	}
	if !strings.Contains(res.stderr, blob) {
		t.Errorf("stderr does not name the blob:\n%s", res.stderr)
	}
}

func TestStagedCommand(t *testing.T) {
	r := newE2ERepo(t)
	secret := ghToken(104)
	r.write("README.md", "hello\n")
	r.git("add", "-A")
	if res := keysieve(t, r.dir, "staged"); res.code != 0 {
		t.Fatalf("clean initial commit: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	r.write("app.env", "A=1\nGITHUB_TOKEN="+secret+"\n")
	r.git("add", "-A")
	res := keysieve(t, r.dir, "staged")
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	for _, want := range []string{"app.env", "2:14", report.Redact(secret), scan.AllowComment, "--baseline", "rotate"} {
		if !strings.Contains(res.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, res.stdout)
		}
	}
	if strings.Contains(res.stdout, secret) {
		t.Error("secret printed in full")
	}
	// Named files are scanned in full, as pre-commit --all-files asks.
	r.commit("with secret")
	r.write("app.env", "A=2\nGITHUB_TOKEN="+secret+"\n")
	r.git("add", "-A")
	if res := keysieve(t, r.dir, "staged"); res.code != 0 {
		t.Errorf("unchanged secret line: exit %d, want 0\n%s", res.code, res.stdout)
	}
	if res := keysieve(t, r.dir, "staged", "app.env", "README.md", "deleted.txt"); res.code != 1 {
		t.Errorf("named files: exit %d, want 1\n%s", res.code, res.stdout)
	}
}

func TestHookInstallBlocksCommits(t *testing.T) {
	r := newE2ERepo(t)
	r.write("README.md", "hello\n")
	r.commit("init")
	if res := keysieve(t, r.dir, "hook", "install", "--commit-msg"); res.code != 0 {
		t.Fatalf("install: exit %d\n%s", res.code, res.stderr)
	}
	r.write("leak.txt", "token "+ghToken(105)+"\n")
	r.git("add", "-A")
	if out, err := r.tryGit("commit", "-q", "-m", "leak"); err == nil || !strings.Contains(out, "secret(s) found") {
		t.Fatalf("commit with a secret not blocked by keysieve (%v):\n%s", err, out)
	}
	r.write("leak.txt", "nothing\n")
	r.git("add", "-A")
	if out, err := r.tryGit("commit", "-q", "-m", "msg "+ghToken(106)); err == nil || !strings.Contains(out, scan.CommitMessagePath) {
		t.Fatalf("commit with a secret in its message went through:\n%s", out)
	}
	if out, err := r.tryGit("commit", "-q", "-m", "clean"); err != nil {
		t.Fatalf("clean commit refused: %v\n%s", err, out)
	}
	if res := keysieve(t, r.dir, "hook", "uninstall"); res.code != 0 {
		t.Fatalf("uninstall: exit %d\n%s", res.code, res.stderr)
	}
	for _, name := range []string{"pre-commit", "commit-msg"} {
		if _, err := os.Stat(filepath.Join(r.dir, ".git", "hooks", name)); !os.IsNotExist(err) {
			t.Errorf("%s still there after uninstall", name)
		}
	}
}

func TestHookInstallRespectsForeignHooksAndHooksPath(t *testing.T) {
	r := newE2ERepo(t)
	r.git("config", "core.hooksPath", "githooks")
	r.write("githooks/pre-commit", "#!/bin/sh\necho mine\n")
	if res := keysieve(t, r.dir, "hook", "install"); res.code != 2 || !strings.Contains(res.stderr, "--force") {
		t.Fatalf("install over a foreign hook: exit %d\n%s", res.code, res.stderr)
	}
	if res := keysieve(t, r.dir, "hook", "uninstall"); res.code != 0 {
		t.Fatalf("uninstall: exit %d", res.code)
	}
	if data, _ := os.ReadFile(filepath.Join(r.dir, "githooks", "pre-commit")); !strings.Contains(string(data), "mine") {
		t.Fatal("uninstall removed a foreign hook")
	}
	if res := keysieve(t, r.dir, "hook", "install", "--force"); res.code != 0 {
		t.Fatalf("install --force: exit %d\n%s", res.code, res.stderr)
	}
	data, err := os.ReadFile(filepath.Join(r.dir, "githooks", "pre-commit"))
	if err != nil || !strings.Contains(string(data), hookMarker) {
		t.Fatalf("hook not written under core.hooksPath: %v", err)
	}
	if _, err := os.Stat(filepath.Join(r.dir, ".git", "hooks", "pre-commit")); err == nil {
		t.Error("hook written to .git/hooks despite core.hooksPath")
	}
}
