package gitsource_test

// Hostile Git input for History and Staged: cut packs and indexes,
// missing and corrupt objects, refs to nothing, many refs, deep
// histories, huge blobs and shallow clones. Every case checks that the
// scan returns, names what it could not read and still reports what it
// could.

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/scan"
)

// hostileGitBound is how long one scan of a hostile repository may take
// before the test calls it a hang.
const hostileGitBound = 3 * time.Minute

// hostileGitTry runs History on dir, giving up (and failing the test)
// when it does not return within hostileGitBound.
func hostileGitTry(t *testing.T, dir string, opts gitsource.HistoryOptions) (*gitsource.HistoryResult, error) {
	t.Helper()
	s := gitScanner(t, scan.Options{})
	var res *gitsource.HistoryResult
	err := hostileGitBounded(t, func(ctx context.Context) error {
		repo, err := gitsource.Open(dir)
		if err != nil {
			return err
		}
		res, err = repo.History(ctx, s, opts)
		return err
	})
	return res, err
}

// hostileGitBounded runs scan with a context that ends after
// hostileGitBound, and fails the test if scan ignores it.
func hostileGitBounded(t *testing.T, scan func(ctx context.Context) error) error {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hostileGitBound)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- scan(ctx) }()
	select {
	case err := <-done:
		return err
	case <-time.After(hostileGitBound + 30*time.Second):
		t.Fatal("scan did not return")
		return nil
	}
}

// hostileGitHistory is hostileGitTry failing the test on an error.
func hostileGitHistory(t *testing.T, dir string, opts gitsource.HistoryOptions) *gitsource.HistoryResult {
	t.Helper()
	res, err := hostileGitTry(t, dir, opts)
	if err != nil {
		t.Fatalf("history %+v: %v", opts, err)
	}
	return res
}

// hostileGitFixture is a repository with an empty base commit, then one
// commit adding good.txt and lost.txt, each holding a secret.
type hostileGitFixture struct {
	r                *gitRepo
	base, commit     string
	good, lost       string // the secrets
	goodBlob, lostBl string
}

func newHostileGitFixture(t *testing.T, seed uint64) *hostileGitFixture {
	t.Helper()
	fx := &hostileGitFixture{r: newGitRepo(t), good: gitToken(seed), lost: gitToken(seed + 1)}
	fx.base = fx.r.Commit("base")
	fx.r.Write("good.txt", "token "+fx.good+"\n")
	fx.r.Write("lost.txt", "token "+fx.lost+"\n")
	fx.commit = fx.r.Commit("two files")
	fx.goodBlob = fx.r.Git("rev-parse", "HEAD:good.txt")
	fx.lostBl = fx.r.Git("rev-parse", "HEAD:lost.txt")
	return fx
}

// scopes are the two ways History reads a repository: a full audit
// (every object once, in pack order) and a range (object by object).
func (fx *hostileGitFixture) scopes() map[string]gitsource.HistoryOptions {
	return map[string]gitsource.HistoryOptions{"full": {}, "range": {Base: fx.base}}
}

// hostileLoose returns the path of a loose object, made writable.
func hostileLoose(t *testing.T, dir, hash string) string {
	t.Helper()
	path := filepath.Join(dir, ".git", "objects", hash[:2], hash[2:])
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// wantGitError checks that res names path as unreadable, with hash in
// the message.
func wantGitError(t *testing.T, res *findings.Result, path, hash string) {
	t.Helper()
	for _, e := range res.Errors {
		if e.Where() == path && strings.Contains(e.Error, hash) {
			return
		}
	}
	t.Errorf("no error for %s naming %s; got:\n%s", path, hash, gitDescribe(res))
}

// wantSkip checks that res skipped path with a reason starting with prefix.
func wantSkip(t *testing.T, res *findings.Result, path, prefix string) {
	t.Helper()
	for _, s := range res.Skipped {
		if s.Path == path && strings.HasPrefix(s.Reason, prefix) {
			return
		}
	}
	t.Errorf("%s not skipped as %q; got:\n%s", path, prefix, gitDescribe(res))
}

// hostileGitInput runs git with stdin in dir.
func hostileGitInput(t *testing.T, dir string, stdin []byte, args ...string) string {
	t.Helper()
	cmd := gittest.Command(dir, 0, args...)
	cmd.Stdin = bytes.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// hostileRepack packs every object reachable from the refs except omit,
// then deletes every loose object.
func hostileRepack(t *testing.T, dir string, omit ...string) {
	t.Helper()
	var keep bytes.Buffer
	for line := range strings.SplitSeq(gittest.In(t, dir, 0, "rev-list", "--objects", "--all"), "\n") {
		hash, _, _ := strings.Cut(line, " ")
		if !strings.Contains(strings.Join(omit, " "), hash) {
			fmt.Fprintln(&keep, hash)
		}
	}
	hostileGitInput(t, dir, keep.Bytes(), "pack-objects", "-q", filepath.Join(".git", "objects", "pack", "pack"))
	loose, err := filepath.Glob(filepath.Join(dir, ".git", "objects", "[0-9a-f][0-9a-f]"))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range loose {
		if err := os.RemoveAll(d); err != nil {
			t.Fatal(err)
		}
	}
}

// hostileCutPoint returns where to cut a pack or index file so that
// what follows is lost: a pack is cut inside its first blob (commits and
// trees come first in a pack that git writes), an index in half.
func hostileCutPoint(t *testing.T, dir, path string) int64 {
	t.Helper()
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(path, ".pack") {
		return info.Size() / 2
	}
	at := info.Size()
	for line := range strings.SplitSeq(gittest.In(t, dir, 0, "verify-pack", "-v", strings.TrimSuffix(path, ".pack")+".idx"), "\n") {
		// hash type size size-in-pack offset [depth base]
		if f := strings.Fields(line); len(f) >= 5 && f[1] == "blob" {
			var off int64
			fmt.Sscan(f[4], &off)
			at = min(at, off+2)
		}
	}
	return at
}

func TestHostileGitTruncatedPackOrIndex(t *testing.T) {
	t.Parallel()
	for _, ext := range []string{"pack", "idx"} {
		t.Run(ext, func(t *testing.T) {
			fx := newHostileGitFixture(t, 300)
			fx.r.Git("gc", "-q", "--prune=now")
			later := gitToken(302)
			fx.r.Write("later.txt", "token "+later+"\n")
			c3 := fx.r.Commit("later, loose")
			cut, err := filepath.Glob(filepath.Join(fx.r.Dir, ".git", "objects", "pack", "*."+ext))
			if err != nil || len(cut) != 1 {
				t.Fatalf("want one .%s file: %v %v", ext, cut, err)
			}
			at := hostileCutPoint(t, fx.r.Dir, cut[0])
			if err := os.Chmod(cut[0], 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.Truncate(cut[0], at); err != nil {
				t.Fatal(err)
			}
			for scope, opts := range fx.scopes() {
				res, err := hostileGitTry(t, fx.r.Dir, opts)
				if scope == "range" && ext == "idx" {
					// The base commit is in the unreadable pack: the
					// range cannot be resolved, and the error says which.
					if err == nil || !strings.Contains(err.Error(), fx.base) {
						t.Errorf("range over a cut index: error %v, want one naming %s", err, fx.base)
					}
					continue
				}
				if err != nil {
					t.Fatalf("%s: %v", scope, err)
				}
				wantGitCount(t, &res.Result, 1)
				wantGitCommit(t, gitFinding(t, &res.Result, "later.txt", later), c3)
				wantGitError(t, &res.Result, "good.txt", fx.goodBlob)
				wantGitError(t, &res.Result, "lost.txt", fx.lostBl)
				if scope != "range" && ext == "idx" {
					// The audit reads packs itself: the index is named
					// under objects/pack, not as an object of no name.
					wantGitError(t, &res.Result, "objects/pack", "truncated pack index")
				}
			}
		})
	}
}

func TestHostileGitMissingBlob(t *testing.T) {
	t.Parallel()
	for _, packed := range []bool{false, true} {
		t.Run(fmt.Sprintf("packed=%v", packed), func(t *testing.T) {
			fx := newHostileGitFixture(t, 310)
			if packed {
				hostileRepack(t, fx.r.Dir, fx.lostBl)
			} else if err := os.Remove(hostileLoose(t, fx.r.Dir, fx.lostBl)); err != nil {
				t.Fatal(err)
			}
			for scope, opts := range fx.scopes() {
				res := hostileGitHistory(t, fx.r.Dir, opts)
				if len(res.Findings) != 1 || len(res.Errors) != 1 {
					t.Errorf("%s: want one finding and one error:\n%s", scope, gitDescribe(&res.Result))
				}
				wantGitCommit(t, gitFinding(t, &res.Result, "good.txt", fx.good), fx.commit)
				wantGitError(t, &res.Result, "lost.txt", fx.lostBl)
			}
		})
	}
}

func TestHostileGitCorruptZlib(t *testing.T) {
	t.Parallel()
	corruptions := map[string]func([]byte) []byte{
		"garbage":   func([]byte) []byte { return []byte("not zlib at all") },
		"cut":       func(b []byte) []byte { return b[:len(b)/2] },
		"checksum":  func(b []byte) []byte { return append(bytes.Clone(b[:len(b)-1]), b[len(b)-1]^0xff) },
		"flipped":   func(b []byte) []byte { c := bytes.Clone(b); c[len(c)/2] ^= 0x55; return c },
		"empty":     func([]byte) []byte { return nil },
		"zlib-only": func(b []byte) []byte { return b[:2] },
	}
	for name, corrupt := range corruptions {
		t.Run(name, func(t *testing.T) {
			fx := newHostileGitFixture(t, 320)
			path := hostileLoose(t, fx.r.Dir, fx.lostBl)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, corrupt(data), 0o644); err != nil {
				t.Fatal(err)
			}
			for scope, opts := range fx.scopes() {
				res := hostileGitHistory(t, fx.r.Dir, opts)
				if len(res.Findings) != 1 || len(res.Errors) != 1 {
					t.Errorf("%s: want one finding and one error:\n%s", scope, gitDescribe(&res.Result))
				}
				wantGitCommit(t, gitFinding(t, &res.Result, "good.txt", fx.good), fx.commit)
				wantGitError(t, &res.Result, "lost.txt", fx.lostBl)
			}
		})
	}
}

func TestHostileGitCorruptCommitOnOneBranch(t *testing.T) {
	t.Parallel()
	fx := newHostileGitFixture(t, 330)
	fx.r.Git("checkout", "-q", "-b", "side")
	fx.r.Write("side.txt", "side\n")
	side := fx.r.Commit("side")
	fx.r.Git("checkout", "-q", "main")
	path := hostileLoose(t, fx.r.Dir, side)
	if err := os.WriteFile(path, []byte("x\x9c broken"), 0o644); err != nil {
		t.Fatal(err)
	}
	for scope, opts := range fx.scopes() {
		res := hostileGitHistory(t, fx.r.Dir, opts)
		wantGitCount(t, &res.Result, 2)
		wantGitCommit(t, gitFinding(t, &res.Result, "lost.txt", fx.lost), fx.commit)
		if scope == "full" {
			found := false
			for _, e := range res.Errors {
				found = found || strings.Contains(e.Path+e.Error, side) && strings.Contains(e.Path+e.Error, "refs/heads/side")
			}
			if !found {
				t.Errorf("full: the side branch's unreadable commit %s is not named with its ref:\n%s", side, gitDescribe(&res.Result))
			}
		}
	}
}

func TestHostileGitRefToNothingAndSymrefLoop(t *testing.T) {
	t.Parallel()
	fx := newHostileGitFixture(t, 340)
	ghost := strings.Repeat("de", 20)
	refs := filepath.Join(fx.r.Dir, ".git", "refs", "heads")
	for name, content := range map[string]string{
		"ghost":  ghost + "\n",
		"loop-a": "ref: refs/heads/loop-b\n",
		"loop-b": "ref: refs/heads/loop-a\n",
		"empty":  "",
		"junk":   "not a hash\n",
	} {
		if err := os.WriteFile(filepath.Join(refs, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for scope, opts := range fx.scopes() {
		res, err := hostileGitTry(t, fx.r.Dir, opts)
		if err != nil {
			t.Fatalf("%s: %v", scope, err)
		}
		wantGitCount(t, &res.Result, 2)
		wantGitCommit(t, gitFinding(t, &res.Result, "good.txt", fx.good), fx.commit)
		wantGitError(t, &res.Result, "refs/heads/ghost", ghost)
		wantGitError(t, &res.Result, "refs/heads/empty", "refs/heads/empty")
		wantGitError(t, &res.Result, "refs/heads/junk", "no object name")
		wantSkip(t, &res.Result, "refs/heads/loop-a", "symbolic ref loop")
		wantSkip(t, &res.Result, "refs/heads/loop-b", "symbolic ref loop")
		if len(res.Errors) != 3 {
			t.Errorf("%s: want 3 errors:\n%s", scope, gitDescribe(&res.Result))
		}
	}
}

// hostileDeepHistory writes, with git fast-import, n commits on main,
// each changing f.txt; commit at (1-based) adds secret.txt holding
// secret. It returns the hash of that commit.
func hostileDeepHistory(t *testing.T, dir string, n, at int, secret string) string {
	t.Helper()
	var stream bytes.Buffer
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&stream, "commit refs/heads/main\nmark :%d\ncommitter Ada <ada@example.com> %d +0000\ndata <<EOF\nc%d\nEOF\n", i, 1700000000+i, i)
		content := fmt.Sprintf("line %d\n", i)
		fmt.Fprintf(&stream, "M 100644 inline f.txt\ndata %d\n%s\n", len(content), content)
		if i == at {
			content = "token " + secret + "\n"
			fmt.Fprintf(&stream, "M 100644 inline secret.txt\ndata %d\n%s\n", len(content), content)
		}
	}
	hostileGitInput(t, dir, stream.Bytes(), "-c", "fastimport.unpackLimit=0", "fast-import", "--quiet")
	return gittest.In(t, dir, 0, "rev-parse", fmt.Sprintf("main~%d", n-at))
}

func TestHostileGitDeepHistory(t *testing.T) {
	t.Parallel()
	// 10,000 commits keep the test quick under -race; the README's
	// figure is for 100,000 with the binary (main_git_hostile_test.go).
	const depth = 10000
	r := newGitRepo(t)
	secret := gitToken(350)
	at := hostileDeepHistory(t, r.Dir, depth, 3, secret)
	res := hostileGitHistory(t, r.Dir, gitsource.HistoryOptions{})
	if res.Commits != depth || len(res.Errors) != 0 {
		t.Fatalf("walked %d commits, want %d:\n%s", res.Commits, depth, gitDescribe(&res.Result))
	}
	wantGitCount(t, &res.Result, 1)
	f := gitFinding(t, &res.Result, "secret.txt", secret)
	wantGitCommit(t, f, at)
	if f.Refs == nil || f.Refs.Count != 1 || f.InHead == nil || !*f.InHead {
		t.Errorf("refs %+v, in_head %v; want main, true", f.Refs, f.InHead)
	}
	// A range reads object by object: its last 1,000 commits.
	later := gitToken(351)
	r.Write("later.txt", "token "+later+"\n")
	r.Git("checkout", "-q", "main")
	c := r.Commit("later")
	res = hostileGitHistory(t, r.Dir, gitsource.HistoryOptions{Base: "HEAD~1000"})
	if res.Commits != 1000 {
		t.Errorf("range walked %d commits, want 1000", res.Commits)
	}
	wantGitCount(t, &res.Result, 1)
	wantGitCommit(t, gitFinding(t, &res.Result, "later.txt", later), c)
}

// hostileManyRefs points n refs (branches, tags and remote-tracking refs,
// by thirds) at commit, written straight into packed-refs.
func hostileManyRefs(t *testing.T, dir, commit string, n int) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# pack-refs with: peeled fully-peeled sorted \n")
	for i := range n {
		kind := []string{"heads/b", "remotes/origin/r", "tags/t"}[i%3]
		fmt.Fprintf(&b, "%s refs/%s%06d\n", commit, kind, i)
	}
	if err := os.WriteFile(filepath.Join(dir, ".git", "packed-refs"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestHostileGitManyRefs(t *testing.T) {
	t.Parallel()
	// 5,000 refs under -race; the binary runs 50,000 in main_git_hostile_test.go.
	const n = 5000
	fx := newHostileGitFixture(t, 360)
	hostileManyRefs(t, fx.r.Dir, fx.commit, n)
	fx.r.Write("good.txt", "clean\n")
	fx.r.Commit("clean up")
	for scope, opts := range fx.scopes() {
		res := hostileGitHistory(t, fx.r.Dir, opts)
		wantGitCount(t, &res.Result, 2)
		f := gitFinding(t, &res.Result, "good.txt", fx.good)
		// main reaches it too.
		if f.Refs == nil || f.Refs.Count != n+1 || len(f.Refs.Names) != 5 || !strings.HasPrefix(f.Refs.Names[0], "refs/heads/") {
			t.Errorf("%s: refs = %+v, want %d with 5 names, branches first", scope, f.Refs, n+1)
		}
	}
}

func TestHostileGitShallowSaysSoOnBothPaths(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	old, last := gitToken(370), gitToken(371)
	r.Write("a.txt", "token "+old+"\n")
	r.Commit("one")
	r.Write("b.txt", "b\n")
	r.Commit("two")
	r.Write("c.txt", "token "+last+"\n")
	c3 := r.Commit("three")
	r.Git("checkout", "-q", "--orphan", "side")
	r.Git("rm", "-rq", "--cached", ".")
	r.Clock++
	r.Git("commit", "-q", "--allow-empty", "-m", "unrelated")
	r.Git("checkout", "-q", "-f", "main")

	clone := filepath.Join(t.TempDir(), "shallow")
	gittest.In(t, r.Dir, 0, "clone", "-q", "--depth", "1", "--no-single-branch", "file://"+r.Dir, clone)
	for scope, opts := range map[string]gitsource.HistoryOptions{"full": {}, "range": {Base: "origin/side", Head: "HEAD"}} {
		res := hostileGitHistory(t, clone, opts)
		if !res.Shallow {
			t.Errorf("%s: not reported as shallow:\n%s", scope, gitDescribe(&res.Result))
		}
		wantSkip(t, &res.Result, ".git/shallow", "shallow clone")
		wantGitCount(t, &res.Result, 2)
		wantGitBoundary(t, gitFinding(t, &res.Result, "a.txt", old), c3)
		wantGitBoundary(t, gitFinding(t, &res.Result, "c.txt", last), c3)
	}
}

// hostileStaged runs Staged in dir within hostileGitBound.
func hostileStaged(t *testing.T, dir string) *findings.Result {
	t.Helper()
	s := gitScanner(t, scan.Options{})
	var res *findings.Result
	err := hostileGitBounded(t, func(ctx context.Context) error {
		repo, err := gitsource.Open(dir)
		if err != nil {
			return err
		}
		res, err = repo.Staged(ctx, s)
		return err
	})
	if err != nil {
		t.Fatalf("staged: %v", err)
	}
	return res
}

func TestHostileGitStaged(t *testing.T) {
	t.Parallel()
	t.Run("missing staged blob", func(t *testing.T) {
		fx := newHostileGitFixture(t, 380)
		ghost := strings.Repeat("ab", 20)
		added := gitToken(382)
		fx.r.Write("new.txt", "token "+added+"\n")
		fx.r.Git("add", "new.txt")
		fx.r.Git("update-index", "--add", "--cacheinfo", "100644,"+ghost+",ghost.txt")
		res := hostileStaged(t, fx.r.Dir)
		wantGitCount(t, res, 1)
		gitFinding(t, res, "new.txt", added)
		wantGitError(t, res, "ghost.txt", ghost)
	})
	for _, head := range []string{"missing commit", "symbolic loop", "missing tree"} {
		t.Run("HEAD "+head, func(t *testing.T) {
			fx := newHostileGitFixture(t, 390)
			added := gitToken(392)
			fx.r.Write("good.txt", "token "+fx.good+"\ntoken "+added+"\n")
			fx.r.Git("add", "good.txt")
			var names string
			switch head {
			case "missing commit":
				names = strings.Repeat("cd", 20)
				fx.r.Git("update-ref", "--no-deref", "-d", "refs/heads/main")
				hostilePutRef(t, fx.r.Dir, "refs/heads/main", names+"\n")
			case "symbolic loop":
				names = "HEAD"
				hostilePutRef(t, fx.r.Dir, "refs/heads/main", "ref: refs/heads/other\n")
				hostilePutRef(t, fx.r.Dir, "refs/heads/other", "ref: refs/heads/main\n")
			case "missing tree":
				names = fx.r.Git("rev-parse", "HEAD^{tree}")
				if err := os.Remove(hostileLoose(t, fx.r.Dir, names)); err != nil {
					t.Fatal(err)
				}
			}
			res := hostileStaged(t, fx.r.Dir)
			// HEAD unreadable: every staged line counts as added.
			wantGitCount(t, res, 3)
			gitFinding(t, res, "good.txt", added)
			if len(res.Errors) != 1 || !strings.Contains(res.Errors[0].Where()+res.Errors[0].Error, names) {
				t.Errorf("errors = %+v, want one naming %s", res.Errors, names)
			}
		})
	}
}

// hostilePutRef writes a ref file as a hostile repository may hold it.
func hostilePutRef(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, ".git", filepath.FromSlash(name)), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
