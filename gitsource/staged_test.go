package gitsource_test

import (
	"context"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/scan"
)

// staged scans what is staged in the repository at dir.
func staged(t *testing.T, dir string) *findings.Result {
	t.Helper()
	repo, err := gitsource.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	res, err := repo.Staged(context.Background(), gitScanner(t, scan.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestStagedInitialCommit(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	secret := gitToken(20)
	r.Write("app/config.yaml", "name: app\n\ntoken: "+secret+"\n")
	r.Git("add", "-A")

	res := staged(t, r.Dir)
	wantGitCount(t, res, 1)
	f := gitFinding(t, res, "app/config.yaml", secret)
	if f.Line != 3 || f.Git != nil {
		t.Errorf("finding at line %d with provenance %+v; want line 3 and no provenance", f.Line, f.Git)
	}
}

func TestStagedReportsOnlyAddedLines(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	old, added := gitToken(21), gitToken(22)
	r.Write("config.yaml", "a: 1\nold: "+old+"\nb: 2\n")
	r.Commit("existing secret")

	r.Write("config.yaml", "a: 1\nold: "+old+"\nb: 2\nc: 3\n")
	r.Git("add", "-A")
	wantGitCount(t, staged(t, r.Dir), 0)

	r.Write("config.yaml", "a: 1\nold: "+old+"\nb: 2\nnew: "+added+"\nc: 3\n")
	r.Write("notes.txt", "unstaged "+gitToken(23)+"\n")
	r.Git("add", "config.yaml")
	res := staged(t, r.Dir)
	wantGitCount(t, res, 1)
	if f := gitFinding(t, res, "config.yaml", added); f.Line != 4 {
		t.Errorf("line %d, want 4", f.Line)
	}
}

func TestStagedRenameAndAllowComment(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	secret := gitToken(24)
	r.Write("a.txt", "token "+secret+"\n")
	r.Commit("existing")
	r.Git("mv", "a.txt", "b.txt")
	r.Write("c.txt", "token "+gitToken(25)+" # keysieve:allow\n")
	r.Git("add", "-A")
	wantGitCount(t, staged(t, r.Dir), 0)
}

func TestCommitMessage(t *testing.T) {
	t.Parallel()
	secret := gitToken(26)
	msg := "Fix login\n\nuse " + secret + "\n# Please enter the commit message; " + gitToken(27) + "\n" +
		"# ------------------------ >8 ------------------------\n+token " + gitToken(28) + "\n"
	res := gitsource.CommitMessage(gitScanner(t, scan.Options{}), []byte(msg))
	wantGitCount(t, res, 1)
	if f := gitFinding(t, res, gitsource.CommitMessagePath, secret); f.Line != 3 {
		t.Errorf("line %d, want 3", f.Line)
	}
}
