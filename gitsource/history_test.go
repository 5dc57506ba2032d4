package gitsource_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/internal/gittest"
)

func TestHistoryAddedThenDeleted(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	inLine, inFile := gitToken(1), gitToken(2)
	r.Write("config.yaml", "name: app\ntoken: "+inLine+"\n")
	r.Write("secrets.env", "GITHUB_TOKEN="+inFile+"\n")
	c1 := r.Commit("add config")
	r.Write("config.yaml", "name: app\n")
	r.Commit("drop the token")
	r.Git("rm", "-q", "secrets.env")
	r.Commit("drop secrets.env")
	r.Write("README", "hello\n")
	r.Commit("readme")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 2)
	f := gitFinding(t, &res.Result, "config.yaml", inLine)
	wantGitCommit(t, f, c1)
	if f.Line != 2 || f.Column != 8 {
		t.Errorf("placed at %d:%d, want 2:8", f.Line, f.Column)
	}
	if f.InHead == nil || *f.InHead {
		t.Errorf("in_head = %v, want false", f.InHead)
	}
	if f.Author != "Ada" || f.Email != "ada@example.com" || f.Message != "add config" || f.Date != "2024-01-01T01:00:00Z" {
		t.Errorf("provenance = %q %q %q %q", f.Author, f.Email, f.Message, f.Date)
	}
	if f.Refs == nil || f.Refs.Count != 1 || !slices.Equal(f.Refs.Names, []string{"refs/heads/main"}) {
		t.Errorf("refs = %+v, want refs/heads/main", f.Refs)
	}
	if f.Fingerprint != findings.Fingerprint(f.Rule, "config.yaml", []byte(inLine)) {
		t.Errorf("fingerprint differs from scan's")
	}
	wantGitCommit(t, gitFinding(t, &res.Result, "secrets.env", inFile), c1)
	if res.Commits != 4 {
		t.Errorf("walked %d commits, want 4", res.Commits)
	}
}

func TestHistorySideBranchTagAndMessage(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	onBranch, onTag, inMessage := gitToken(3), gitToken(4), gitToken(5)
	r.Write("a.txt", "a\n")
	r.Commit("first")
	r.Git("checkout", "-q", "-b", "feature")
	r.Write("feature.txt", "key = "+onBranch+"\n")
	side := r.Commit("side work")
	r.Git("checkout", "-q", "--detach", "main")
	r.Write("release.txt", "key = "+onTag+"\n")
	tagged := r.Commit("release only")
	r.Git("tag", "-a", "-m", "v1", "v1")
	r.Git("checkout", "-q", "--orphan", "pages")
	r.Git("rm", "-rq", "--cached", ".")
	onOrphan := gitToken(18)
	r.Write("index.html", "<!-- "+onOrphan+" -->\n")
	r.Git("add", "index.html")
	r.Clock++
	r.Git("commit", "-q", "-m", "orphan pages")
	orphan := r.Git("rev-parse", "HEAD")
	r.Git("checkout", "-q", "-f", "main")
	r.Git("clean", "-fdq")
	msg := r.Commit("rotate credentials\n\nold one was " + inMessage)

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 4)
	wantGitCommit(t, gitFinding(t, &res.Result, "index.html", onOrphan), orphan)
	f := gitFinding(t, &res.Result, "feature.txt", onBranch)
	wantGitCommit(t, f, side)
	if f.Refs == nil || f.Refs.Count != 1 || f.Refs.Names[0] != "refs/heads/feature" {
		t.Errorf("refs = %+v, want only refs/heads/feature", f.Refs)
	}
	f = gitFinding(t, &res.Result, "release.txt", onTag)
	wantGitCommit(t, f, tagged)
	if f.Refs == nil || !slices.Equal(f.Refs.Names, []string{"refs/tags/v1"}) {
		t.Errorf("refs = %+v, want refs/tags/v1", f.Refs)
	}
	f = gitFinding(t, &res.Result, gitsource.CommitMessagePath, inMessage)
	wantGitCommit(t, f, msg)
	if f.Line != 3 || f.InHead == nil || *f.InHead {
		t.Errorf("message finding at line %d, in_head %v; want line 3, false", f.Line, f.InHead)
	}
}

func TestHistoryRenameIsNotReportedTwice(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	secret := gitToken(6)
	r.Write("a.txt", "one\ntoken "+secret+"\n")
	c1 := r.Commit("add a")
	r.Git("mv", "a.txt", "b.txt")
	r.Commit("rename to b")
	r.Git("mv", "b.txt", "c.txt")
	r.Write("c.txt", "one\ntoken "+secret+"\nmore\n")
	r.Commit("rename to c and edit")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 1)
	f := gitFinding(t, &res.Result, "a.txt", secret)
	wantGitCommit(t, f, c1)
	if f.InHead == nil || !*f.InHead {
		t.Errorf("in_head = %v, want true (still in c.txt)", f.InHead)
	}
}

func TestHistoryMerge(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	onBranch, inResolution := gitToken(7), gitToken(8)
	r.Write("shared.txt", "base\n")
	r.Commit("base")
	r.Git("checkout", "-q", "-b", "feature")
	r.Write("shared.txt", "feature\n")
	r.Write("feature.txt", "key "+onBranch+"\n")
	side := r.Commit("feature")
	r.Git("checkout", "-q", "main")
	r.Write("shared.txt", "main\n")
	r.Commit("main")
	r.Clock++
	// The merge conflicts on shared.txt; the resolution adds a secret.
	if out, err := r.TryGit("merge", "-q", "--no-edit", "feature"); err == nil {
		t.Fatalf("merge did not conflict: %s", out)
	}
	r.Write("shared.txt", "main\nfeature\ntoken "+inResolution+"\n")
	merge := r.Commit("merge feature")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 2)
	wantGitCommit(t, gitFinding(t, &res.Result, "feature.txt", onBranch), side)
	f := gitFinding(t, &res.Result, "shared.txt", inResolution)
	wantGitCommit(t, f, merge)
	if f.Line != 3 {
		t.Errorf("line %d, want 3", f.Line)
	}
}

func TestHistoryRange(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	old, newer := gitToken(9), gitToken(10)
	r.Write("a.txt", "token "+old+"\n")
	base := r.Commit("base")
	r.Write("b.txt", "token "+newer+"\n")
	head := r.Commit("new work")
	r.Write("a.txt", "token "+old+"\nmore\n")
	r.Commit("touch a")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{Base: base[:10]})
	wantGitCount(t, &res.Result, 1)
	wantGitCommit(t, gitFinding(t, &res.Result, "b.txt", newer), head)
	if res.Commits != 2 {
		t.Errorf("walked %d commits, want 2", res.Commits)
	}
	res = gitHistory(t, r.Dir, gitsource.HistoryOptions{Base: base, Head: head})
	wantGitCount(t, &res.Result, 1)
	res = gitHistory(t, r.Dir, gitsource.HistoryOptions{Base: head, Head: "main"})
	wantGitCount(t, &res.Result, 0)
}

func TestHistoryShallowBareAndPacked(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	first, last := gitToken(11), gitToken(12)
	r.Write("a.txt", "token "+first+"\n")
	c1 := r.Commit("one")
	r.Write("b.txt", "b\n")
	r.Commit("two")
	r.Write("c.txt", "token "+last+"\n")
	c3 := r.Commit("three")

	bare := filepath.Join(t.TempDir(), "bare.git")
	gittest.In(t, r.Dir, 0, "clone", "-q", "--bare", r.Dir, bare)
	gittest.In(t, bare, 0, "gc", "-q")
	res := gitHistory(t, bare, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 2)
	wantGitCommit(t, gitFinding(t, &res.Result, "a.txt", first), c1)
	wantGitCommit(t, gitFinding(t, &res.Result, "c.txt", last), c3)
	if res.Shallow {
		t.Error("full clone reported as shallow")
	}

	shallow := filepath.Join(t.TempDir(), "shallow")
	gittest.In(t, r.Dir, 0, "clone", "-q", "--depth", "1", "file://"+r.Dir, shallow)
	res = gitHistory(t, shallow, gitsource.HistoryOptions{})
	if !res.Shallow || res.Commits != 1 {
		t.Fatalf("shallow = %v with %d commits, want true with 1", res.Shallow, res.Commits)
	}
	wantGitCount(t, &res.Result, 2)
	// What the boundary commit holds is not attributed (issue #11, item
	// 8): its parents are not there, so which commit added it is unknown.
	wantGitBoundary(t, gitFinding(t, &res.Result, "a.txt", first), c3)
	wantGitBoundary(t, gitFinding(t, &res.Result, "c.txt", last), c3)
}

func TestHistoryCorruptObjectIsReportedAndScanGoesOn(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	good, lost := gitToken(13), gitToken(14)
	r.Write("good.txt", "token "+good+"\n")
	r.Write("lost.txt", "token "+lost+"\n")
	c1 := r.Commit("two files")
	blob := r.Git("rev-parse", "HEAD:lost.txt")
	obj := filepath.Join(r.Dir, ".git", "objects", blob[:2], blob[2:])
	if err := os.Chmod(obj, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(obj, []byte("not a zlib stream"), 0o644); err != nil {
		t.Fatal(err)
	}

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 1)
	wantGitCommit(t, gitFinding(t, &res.Result, "good.txt", good), c1)
	if len(res.Errors) != 1 || res.Errors[0].Path != "lost.txt" || !strings.Contains(res.Errors[0].Error, blob) {
		t.Fatalf("errors = %+v, want lost.txt with blob %s", res.Errors, blob)
	}
}

func TestHistorySkipsBinaryLFSAndSubmodules(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	secret := gitToken(15)
	r.Write("image.bin", "\x00\x01token "+secret+"\n")
	r.Write("big.psd", "version https://git-lfs.github.com/spec/v1\noid sha256:"+strings.Repeat("ab", 32)+"\nsize 12 "+secret+"\n")
	r.Git("add", "-A")
	r.Git("update-index", "--add", "--cacheinfo", "160000,"+strings.Repeat("1", 40)+",vendor/lib")
	r.Clock++
	r.Git("commit", "-q", "-m", "assets")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 0)
	reasons := map[string]string{}
	for _, s := range res.Skipped {
		reasons[s.Path] = s.Reason
	}
	for path, want := range map[string]string{"image.bin": "binary", "big.psd": "Git LFS pointer", "vendor/lib": "submodule"} {
		if !strings.HasPrefix(reasons[path], want) {
			t.Errorf("%s skipped as %q, want %q", path, reasons[path], want)
		}
	}
}

func TestHistoryScansEachBlobOnce(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	secret := gitToken(16)
	content := "token " + secret + "\n"
	r.Write("a.txt", content)
	c1 := r.Commit("a")
	r.Write("copy/a.txt", content)
	c2 := r.Commit("copy")
	r.Write("a.txt", "gone\n")
	r.Commit("remove from a")
	r.Write("a.txt", content)
	r.Commit("put back")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	if res.Blobs != 2 {
		t.Errorf("read %d blobs, want 2", res.Blobs)
	}
	wantGitCount(t, &res.Result, 2)
	wantGitCommit(t, gitFinding(t, &res.Result, "a.txt", secret), c1)
	wantGitCommit(t, gitFinding(t, &res.Result, "copy/a.txt", secret), c2)
}

func TestHistoryStash(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	secret := gitToken(17)
	r.Write("a.txt", "a\n")
	r.Commit("init")
	r.Write("a.txt", "a\ntoken "+secret+"\n")
	r.Git("add", "a.txt")
	r.Clock++
	r.Git("stash", "-q")
	index := r.Git("rev-parse", "stash^2")

	res := gitHistory(t, r.Dir, gitsource.HistoryOptions{})
	wantGitCount(t, &res.Result, 1)
	f := gitFinding(t, &res.Result, "a.txt", secret)
	wantGitCommit(t, f, index)
	if f.Refs == nil || !slices.Equal(f.Refs.Names, []string{"refs/stash"}) {
		t.Errorf("refs = %+v, want refs/stash", f.Refs)
	}
}
