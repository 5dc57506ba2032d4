package scan_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/scan"
)

func TestHistoryAddedThenDeleted(t *testing.T) {
	r := newGitRepo(t)
	inLine, inFile := gitToken(1), gitToken(2)
	r.write("config.yaml", "name: app\ntoken: "+inLine+"\n")
	r.write("secrets.env", "GITHUB_TOKEN="+inFile+"\n")
	c1 := r.commit("add config")
	r.write("config.yaml", "name: app\n")
	r.commit("drop the token")
	r.git("rm", "-q", "secrets.env")
	r.commit("drop secrets.env")
	r.write("README", "hello\n")
	r.commit("readme")

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
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
	if f.Fingerprint != scan.Fingerprint(f.Rule, "config.yaml", []byte(inLine)) {
		t.Errorf("fingerprint differs from scan's")
	}
	wantGitCommit(t, gitFinding(t, &res.Result, "secrets.env", inFile), c1)
	if res.Commits != 4 {
		t.Errorf("walked %d commits, want 4", res.Commits)
	}
}

func TestHistorySideBranchTagAndMessage(t *testing.T) {
	r := newGitRepo(t)
	onBranch, onTag, inMessage := gitToken(3), gitToken(4), gitToken(5)
	r.write("a.txt", "a\n")
	r.commit("first")
	r.git("checkout", "-q", "-b", "feature")
	r.write("feature.txt", "key = "+onBranch+"\n")
	side := r.commit("side work")
	r.git("checkout", "-q", "--detach", "main")
	r.write("release.txt", "key = "+onTag+"\n")
	tagged := r.commit("release only")
	r.git("tag", "-a", "-m", "v1", "v1")
	r.git("checkout", "-q", "--orphan", "pages")
	r.git("rm", "-rq", "--cached", ".")
	onOrphan := gitToken(18)
	r.write("index.html", "<!-- "+onOrphan+" -->\n")
	r.git("add", "index.html")
	r.clock++
	r.git("commit", "-q", "-m", "orphan pages")
	orphan := r.git("rev-parse", "HEAD")
	r.git("checkout", "-q", "-f", "main")
	r.git("clean", "-fdq")
	msg := r.commit("rotate credentials\n\nold one was " + inMessage)

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
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
	f = gitFinding(t, &res.Result, scan.CommitMessagePath, inMessage)
	wantGitCommit(t, f, msg)
	if f.Line != 3 || f.InHead == nil || *f.InHead {
		t.Errorf("message finding at line %d, in_head %v; want line 3, false", f.Line, f.InHead)
	}
}

func TestHistoryRenameIsNotReportedTwice(t *testing.T) {
	r := newGitRepo(t)
	secret := gitToken(6)
	r.write("a.txt", "one\ntoken "+secret+"\n")
	c1 := r.commit("add a")
	r.git("mv", "a.txt", "b.txt")
	r.commit("rename to b")
	r.git("mv", "b.txt", "c.txt")
	r.write("c.txt", "one\ntoken "+secret+"\nmore\n")
	r.commit("rename to c and edit")

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
	wantGitCount(t, &res.Result, 1)
	f := gitFinding(t, &res.Result, "a.txt", secret)
	wantGitCommit(t, f, c1)
	if f.InHead == nil || !*f.InHead {
		t.Errorf("in_head = %v, want true (still in c.txt)", f.InHead)
	}
}

func TestHistoryMerge(t *testing.T) {
	r := newGitRepo(t)
	onBranch, inResolution := gitToken(7), gitToken(8)
	r.write("shared.txt", "base\n")
	r.commit("base")
	r.git("checkout", "-q", "-b", "feature")
	r.write("shared.txt", "feature\n")
	r.write("feature.txt", "key "+onBranch+"\n")
	side := r.commit("feature")
	r.git("checkout", "-q", "main")
	r.write("shared.txt", "main\n")
	r.commit("main")
	r.clock++
	// The merge conflicts on shared.txt; the resolution adds a secret.
	if out, err := runGitAllowFail(r, "merge", "-q", "--no-edit", "feature"); err == nil {
		t.Fatalf("merge did not conflict: %s", out)
	}
	r.write("shared.txt", "main\nfeature\ntoken "+inResolution+"\n")
	merge := r.commit("merge feature")

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
	wantGitCount(t, &res.Result, 2)
	wantGitCommit(t, gitFinding(t, &res.Result, "feature.txt", onBranch), side)
	f := gitFinding(t, &res.Result, "shared.txt", inResolution)
	wantGitCommit(t, f, merge)
	if f.Line != 3 {
		t.Errorf("line %d, want 3", f.Line)
	}
}

func TestHistoryRange(t *testing.T) {
	r := newGitRepo(t)
	old, newer := gitToken(9), gitToken(10)
	r.write("a.txt", "token "+old+"\n")
	base := r.commit("base")
	r.write("b.txt", "token "+newer+"\n")
	head := r.commit("new work")
	r.write("a.txt", "token "+old+"\nmore\n")
	r.commit("touch a")

	res := gitHistory(t, r.dir, scan.HistoryOptions{Base: base[:10]})
	wantGitCount(t, &res.Result, 1)
	wantGitCommit(t, gitFinding(t, &res.Result, "b.txt", newer), head)
	if res.Commits != 2 {
		t.Errorf("walked %d commits, want 2", res.Commits)
	}
	res = gitHistory(t, r.dir, scan.HistoryOptions{Base: base, Head: head})
	wantGitCount(t, &res.Result, 1)
	res = gitHistory(t, r.dir, scan.HistoryOptions{Base: head, Head: "main"})
	wantGitCount(t, &res.Result, 0)
}

func TestHistoryShallowBareAndPacked(t *testing.T) {
	r := newGitRepo(t)
	first, last := gitToken(11), gitToken(12)
	r.write("a.txt", "token "+first+"\n")
	c1 := r.commit("one")
	r.write("b.txt", "b\n")
	r.commit("two")
	r.write("c.txt", "token "+last+"\n")
	c3 := r.commit("three")

	bare := filepath.Join(t.TempDir(), "bare.git")
	gitIn(t, r.dir, 0, "clone", "-q", "--bare", r.dir, bare)
	gitIn(t, bare, 0, "gc", "-q")
	res := gitHistory(t, bare, scan.HistoryOptions{})
	wantGitCount(t, &res.Result, 2)
	wantGitCommit(t, gitFinding(t, &res.Result, "a.txt", first), c1)
	wantGitCommit(t, gitFinding(t, &res.Result, "c.txt", last), c3)
	if res.Shallow {
		t.Error("full clone reported as shallow")
	}

	shallow := filepath.Join(t.TempDir(), "shallow")
	gitIn(t, r.dir, 0, "clone", "-q", "--depth", "1", "file://"+r.dir, shallow)
	res = gitHistory(t, shallow, scan.HistoryOptions{})
	if !res.Shallow || res.Commits != 1 {
		t.Fatalf("shallow = %v with %d commits, want true with 1", res.Shallow, res.Commits)
	}
	wantGitCount(t, &res.Result, 2)
	// What the boundary commit holds is attributed to it: nothing older is there.
	wantGitCommit(t, gitFinding(t, &res.Result, "a.txt", first), c3)
	wantGitCommit(t, gitFinding(t, &res.Result, "c.txt", last), c3)
}

func TestHistoryCorruptObjectIsReportedAndScanGoesOn(t *testing.T) {
	r := newGitRepo(t)
	good, lost := gitToken(13), gitToken(14)
	r.write("good.txt", "token "+good+"\n")
	r.write("lost.txt", "token "+lost+"\n")
	c1 := r.commit("two files")
	blob := r.git("rev-parse", "HEAD:lost.txt")
	obj := filepath.Join(r.dir, ".git", "objects", blob[:2], blob[2:])
	if err := os.Chmod(obj, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(obj, []byte("not a zlib stream"), 0o644); err != nil {
		t.Fatal(err)
	}

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
	wantGitCount(t, &res.Result, 1)
	wantGitCommit(t, gitFinding(t, &res.Result, "good.txt", good), c1)
	if len(res.Errors) != 1 || res.Errors[0].Path != "lost.txt" || !strings.Contains(res.Errors[0].Error, blob) {
		t.Fatalf("errors = %+v, want lost.txt with blob %s", res.Errors, blob)
	}
}

func TestHistorySkipsBinaryLFSAndSubmodules(t *testing.T) {
	r := newGitRepo(t)
	secret := gitToken(15)
	r.write("image.bin", "\x00\x01token "+secret+"\n")
	r.write("big.psd", "version https://git-lfs.github.com/spec/v1\noid sha256:"+strings.Repeat("ab", 32)+"\nsize 12 "+secret+"\n")
	r.git("add", "-A")
	r.git("update-index", "--add", "--cacheinfo", "160000,"+strings.Repeat("1", 40)+",vendor/lib")
	r.clock++
	r.git("commit", "-q", "-m", "assets")

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
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
	r := newGitRepo(t)
	secret := gitToken(16)
	content := "token " + secret + "\n"
	r.write("a.txt", content)
	c1 := r.commit("a")
	r.write("copy/a.txt", content)
	c2 := r.commit("copy")
	r.write("a.txt", "gone\n")
	r.commit("remove from a")
	r.write("a.txt", content)
	r.commit("put back")

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
	if res.Blobs != 2 {
		t.Errorf("read %d blobs, want 2", res.Blobs)
	}
	wantGitCount(t, &res.Result, 2)
	wantGitCommit(t, gitFinding(t, &res.Result, "a.txt", secret), c1)
	wantGitCommit(t, gitFinding(t, &res.Result, "copy/a.txt", secret), c2)
}

func TestHistoryStash(t *testing.T) {
	r := newGitRepo(t)
	secret := gitToken(17)
	r.write("a.txt", "a\n")
	r.commit("init")
	r.write("a.txt", "a\ntoken "+secret+"\n")
	r.git("add", "a.txt")
	r.clock++
	r.git("stash", "-q")
	index := r.git("rev-parse", "stash^2")

	res := gitHistory(t, r.dir, scan.HistoryOptions{})
	wantGitCount(t, &res.Result, 1)
	f := gitFinding(t, &res.Result, "a.txt", secret)
	wantGitCommit(t, f, index)
	if f.Refs == nil || !slices.Equal(f.Refs.Names, []string{"refs/stash"}) {
		t.Errorf("refs = %+v, want refs/stash", f.Refs)
	}
}

// runGitAllowFail runs git and returns its error instead of failing.
func runGitAllowFail(r *gitRepo, args ...string) (string, error) {
	cmd := gitCmd(r.dir, r.clock, args...)
	out, err := cmd.CombinedOutput()
	return string(out), err
}
