package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/sarifcheck"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/scan"
)

// newE2ERepo is a repository built with the git CLI for end-to-end tests;
// they run the binary that TestMain (main_test.go) builds.
func newE2ERepo(t *testing.T) *gittest.Repo { return gittest.New(t) }

// ghToken is a fake GitHub token made at run time.
func ghToken(seed uint64) string { return fake.New(seed).GitHubToken(fake.Join("gh", "p")) }

// gitReport is the JSON report with the Git fields.
type gitReport struct {
	Findings []findings.Finding   `json:"findings"`
	Skipped  []findings.Skipped   `json:"skipped"`
	Errors   []findings.FileError `json:"errors"`
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
	r.Write("config.yaml", "token: "+secret+"\n")
	c1 := r.Commit("add config")
	r.Write("config.yaml", "token: from-env\n")
	r.Commit("remove the token")

	res := keysieve(t, r.Dir, "history", "-f", "json")
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
		if res := keysieve(t, r.Dir, append([]string{"history"}, args...)...); res.code != 0 {
			t.Errorf("history %v: exit %d, want 0\n%s%s", args, res.code, res.stdout, res.stderr)
		}
	}
	if res := keysieve(t, r.Dir, "history", "--range", "nope..HEAD"); res.code != 2 {
		t.Errorf("bad range: exit %d, want 2", res.code)
	}

	res = keysieve(t, r.Dir, "history", "-f", "sarif")
	if res.code != 1 || !strings.Contains(res.stdout, `"commit": "`+c1+`"`) {
		t.Errorf("SARIF: exit %d, commit property missing\n%s", res.code, res.stdout)
	}
	sarifcheck.Validate(t, repoRoot, []byte(res.stdout))
}

func TestHistoryBaselineFromScan(t *testing.T) {
	r := newE2ERepo(t)
	r.Write("deploy.sh", "export GITHUB_TOKEN="+ghToken(101)+"\n")
	r.Commit("deploy")
	base := filepath.Join(t.TempDir(), "baseline.json")
	if res := keysieve(t, r.Dir, "scan", "-f", "json", "-o", base, "."); res.code != 1 {
		t.Fatalf("scan exit %d\n%s", res.code, res.stderr)
	}
	if res := keysieve(t, r.Dir, "history", "--baseline", base); res.code != 0 {
		t.Errorf("history with scan's baseline: exit %d, want 0\n%s", res.code, res.stdout)
	}
}

func TestHistoryCorruptObjectExitsTwoWithFindings(t *testing.T) {
	r := newE2ERepo(t)
	good := ghToken(102)
	r.Write("good.txt", "token "+good+"\n")
	r.Write("lost.txt", "token "+ghToken(103)+"\n")
	c1 := r.Commit("files")
	blob := r.Git("rev-parse", "HEAD:lost.txt")
	obj := filepath.Join(r.Dir, ".git", "objects", blob[:2], blob[2:])
	if err := os.Chmod(obj, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(obj, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := keysieve(t, r.Dir, "history", "-f", "json", "--show-secrets")
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
	r.Write("README.md", "hello\n")
	r.Git("add", "-A")
	if res := keysieve(t, r.Dir, "staged"); res.code != 0 {
		t.Fatalf("clean initial commit: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	r.Write("app.env", "A=1\nGITHUB_TOKEN="+secret+"\n")
	r.Git("add", "-A")
	res := keysieve(t, r.Dir, "staged")
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
	// Named files, as the pre-commit framework passes them: a staged file
	// reports only the lines the commit adds...
	r.Commit("with secret")
	r.Write("app.env", "A=2\nGITHUB_TOKEN="+secret+"\n")
	r.Git("add", "-A")
	if res := keysieve(t, r.Dir, "staged"); res.code != 0 {
		t.Errorf("unchanged secret line: exit %d, want 0\n%s", res.code, res.stdout)
	}
	if res := keysieve(t, r.Dir, "staged", "app.env", "README.md"); res.code != 0 {
		t.Errorf("named staged file, unchanged secret line: exit %d, want 0\n%s", res.code, res.stdout)
	}
	// ...and a file unchanged in the index (pre-commit run --all-files,
	// nothing staged) is scanned in full: never a vacuous pass.
	r.Write("deleted.txt", "gone soon\n")
	r.Commit("edit")
	r.Git("rm", "-q", "deleted.txt") // a staged deletion: named, ignored
	if res := keysieve(t, r.Dir, "staged", "app.env", "README.md", "deleted.txt"); res.code != 1 {
		t.Errorf("named unchanged files: exit %d, want 1\n%s", res.code, res.stdout)
	}
}

func TestHookInstallBlocksCommits(t *testing.T) {
	r := newE2ERepo(t)
	r.Write("README.md", "hello\n")
	r.Commit("init")
	if res := keysieveProcess(t, r.Dir, "hook", "install", "--commit-msg"); res.code != 0 {
		t.Fatalf("install: exit %d\n%s", res.code, res.stderr)
	}
	r.Write("leak.txt", "token "+ghToken(105)+"\n")
	r.Git("add", "-A")
	if out, err := r.TryGit("commit", "-q", "-m", "leak"); err == nil || !strings.Contains(out, "secret(s) found") {
		t.Fatalf("commit with a secret not blocked by keysieve (%v):\n%s", err, out)
	}
	r.Write("leak.txt", "nothing\n")
	r.Git("add", "-A")
	if out, err := r.TryGit("commit", "-q", "-m", "msg "+ghToken(106)); err == nil || !strings.Contains(out, gitsource.CommitMessagePath) {
		t.Fatalf("commit with a secret in its message went through:\n%s", out)
	}
	if out, err := r.TryGit("commit", "-q", "-m", "clean"); err != nil {
		t.Fatalf("clean commit refused: %v\n%s", err, out)
	}
	if res := keysieve(t, r.Dir, "hook", "uninstall"); res.code != 0 {
		t.Fatalf("uninstall: exit %d\n%s", res.code, res.stderr)
	}
	for _, name := range []string{"pre-commit", "commit-msg"} {
		if _, err := os.Stat(filepath.Join(r.Dir, ".git", "hooks", name)); !os.IsNotExist(err) {
			t.Errorf("%s still there after uninstall", name)
		}
	}
}

func TestHookInstallRespectsForeignHooksAndHooksPath(t *testing.T) {
	r := newE2ERepo(t)
	r.Git("config", "core.hooksPath", "githooks")
	r.Write("githooks/pre-commit", "#!/bin/sh\necho mine\n")
	if res := keysieve(t, r.Dir, "hook", "install"); res.code != 2 || !strings.Contains(res.stderr, "--force") {
		t.Fatalf("install over a foreign hook: exit %d\n%s", res.code, res.stderr)
	}
	if res := keysieve(t, r.Dir, "hook", "uninstall"); res.code != 0 {
		t.Fatalf("uninstall: exit %d", res.code)
	}
	if data, _ := os.ReadFile(filepath.Join(r.Dir, "githooks", "pre-commit")); !strings.Contains(string(data), "mine") {
		t.Fatal("uninstall removed a foreign hook")
	}
	if res := keysieve(t, r.Dir, "hook", "install", "--force"); res.code != 0 {
		t.Fatalf("install --force: exit %d\n%s", res.code, res.stderr)
	}
	data, err := os.ReadFile(filepath.Join(r.Dir, "githooks", "pre-commit"))
	if err != nil || !strings.Contains(string(data), hookMarker) {
		t.Fatalf("hook not written under core.hooksPath: %v", err)
	}
	if _, err := os.Stat(filepath.Join(r.Dir, ".git", "hooks", "pre-commit")); err == nil {
		t.Error("hook written to .git/hooks despite core.hooksPath")
	}
}
