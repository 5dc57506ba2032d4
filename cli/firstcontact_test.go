package cli

import (
	"fmt"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestAllowCommentAnyCaseAndLineBefore (issue #11, item 10): the allow
// comment is matched in any case, on the finding's line or alone in a
// comment on the line before; a same-line comment does not reach the
// next line.
func TestAllowCommentAnyCaseAndLineBefore(t *testing.T) {
	t.Parallel()
	g := fake.New(1101)
	tok := func() string { return g.GitHubToken(fake.Join("gh", "p")) }
	dir := writeTree(t, map[string]string{
		"same.py":   "TOKEN = '" + tok() + "'  # KeySieve:Allow\n",
		"before.py": "x = 1\n# KEYSIEVE:ALLOW test fixture\nTOKEN = '" + tok() + "'\n",
		"slash.go":  "\t// keysieve:allow\n\tconst tok = \"" + tok() + "\"\n",
		"next.py":   "A = '" + tok() + "'  # keysieve:allow\nB = '" + tok() + "'\n",
		"far.py":    "# keysieve:allow\n\nTOKEN = '" + tok() + "'\n",
	})
	res := run(t, "scan", "-f", "json", dir)
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	var got []string
	for _, f := range parseReport(t, res.stdout).Findings {
		got = append(got, fmt.Sprintf("%s:%d", f.File, f.Line))
	}
	if strings.Join(got, " ") != "far.py:3 next.py:2" {
		t.Errorf("findings = %v, want far.py:3 next.py:2", got)
	}
}

// TestHookCleanCommitPrintsNothing (issue #11, item 10): the installed
// pre-commit hook is silent when nothing is found, and still blocks a
// secret with the report.
func TestHookCleanCommitPrintsNothing(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	r.Write("README.md", "hello\n")
	r.Commit("init")
	if res := keysieveProcess(t, r.Dir, "hook", "install", "--commit-msg"); res.code != 0 {
		t.Fatalf("install: exit %d\n%s", res.code, res.stderr)
	}
	r.Write("README.md", "hello again\n")
	r.Git("add", "-A")
	if out, err := r.TryGit("commit", "-q", "-m", "clean"); err != nil || out != "" {
		t.Fatalf("clean commit: err %v, output %q, want none", err, out)
	}
	r.Write("leak.txt", "token "+ghToken(1102)+"\n")
	r.Git("add", "-A")
	if out, err := r.TryGit("commit", "-q", "-m", "leak"); err == nil || !strings.Contains(out, "leak.txt") {
		t.Fatalf("commit with a secret not blocked (%v):\n%s", err, out)
	}
}

// TestStagedCopyOfSecretFileAndMissingFile (issue #11, item 2): a new
// file that is an exact copy of a committed file holding a secret adds
// the secret at a new path and is reported (a pure rename is not); a
// named file that does not exist exits 2, as scan does.
func TestStagedCopyOfSecretFileAndMissingFile(t *testing.T) {
	r := newE2ERepo(t)
	secret := ghToken(1103)
	r.Write("app.env", "GITHUB_TOKEN="+secret+"\n")
	r.Commit("known secret")
	r.Git("mv", "app.env", "moved.env")
	if res := keysieve(t, r.Dir, "staged", "-f", "json"); res.code != 0 {
		t.Fatalf("rename: exit %d, want 0\n%s%s", res.code, res.stdout, res.stderr)
	}
	r.Git("mv", "moved.env", "app.env")
	r.Write("copy.env", "GITHUB_TOKEN="+secret+"\n")
	r.Git("add", "copy.env")
	for _, args := range [][]string{{"staged", "-f", "json"}, {"staged", "-f", "json", "copy.env"}} {
		res := keysieve(t, r.Dir, args...)
		if res.code != 1 {
			t.Fatalf("%v: copy of a secret file: exit %d, want 1\n%s%s", args, res.code, res.stdout, res.stderr)
		}
		if fs := parseReport(t, res.stdout).Findings; len(fs) != 1 || fs[0].File != "copy.env" || fs[0].Line != 1 {
			t.Errorf("%v: findings = %+v, want one in copy.env:1", args, fs)
		}
	}
	res := keysieve(t, r.Dir, "staged", "missing.txt")
	if res.code != 2 || !strings.Contains(res.stderr, "missing.txt") {
		t.Errorf("staged missing.txt: exit %d, want 2 naming the file\n%s", res.code, res.stderr)
	}
	if scan := keysieve(t, r.Dir, "scan", "missing.txt"); scan.code != res.code {
		t.Errorf("scan missing.txt exits %d, staged %d", scan.code, res.code)
	}
}
