package gitpack_test

import (
	"context"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gitpack"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/testtmp"
)

// objectName is Git's name for an object: SHA-1 of "type size\0data".
func objectName(o *gitpack.Object) gitpack.Hash {
	h := sha1.New()
	fmt.Fprintf(h, "%s %d\x00", o.Type, len(o.Data))
	h.Write(o.Data)
	var out gitpack.Hash
	copy(out[:], h.Sum(nil))
	return out
}

// walkAll collects every object's type, checking each one's name.
func walkAll(t *testing.T, objDir string, opts gitpack.Options) (map[gitpack.Hash]gitpack.Type, []string) {
	t.Helper()
	var mu sync.Mutex
	seen := map[gitpack.Hash]gitpack.Type{}
	var errs []string
	err := gitpack.Walk(context.Background(), objDir, opts, func(o *gitpack.Object) error {
		if o.Data != nil && objectName(o) != o.Hash {
			t.Errorf("object %s: content does not hash to its name", o.Hash)
		}
		mu.Lock()
		seen[o.Hash] = o.Type
		mu.Unlock()
		return nil
	}, func(h gitpack.Hash, err error) {
		mu.Lock()
		errs = append(errs, h.String()+": "+err.Error())
		mu.Unlock()
	})
	if err != nil {
		t.Fatal(err)
	}
	return seen, errs
}

// historyRepo builds a repository whose pack holds deltas: many versions
// of a few growing files.
// Its 40 commits are made once per test binary (historyTemplate); each
// test gets its own copy, which it may change.
func historyRepo(t *testing.T) *gittest.Repo {
	t.Helper()
	tmpl := historyTemplate(t)
	r := &gittest.Repo{T: t, Dir: t.TempDir(), Clock: tmpl.Clock}
	if err := os.CopyFS(r.Dir, os.DirFS(tmpl.Dir)); err != nil {
		t.Fatalf("copy the history repository: %v", err)
	}
	return r
}

var (
	historyOnce sync.Once
	historyTmpl *gittest.Repo
)

// historyTemplate makes historyRepo's repository on its first call, in a
// directory TestMain removes.
func historyTemplate(t *testing.T) *gittest.Repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git CLI not installed")
	}
	historyOnce.Do(func() {
		r := &gittest.Repo{T: t, Dir: filepath.Join(templateDir, "history")}
		if err := os.Mkdir(r.Dir, 0o755); err != nil {
			t.Fatal(err)
		}
		r.Git("init", "-q", "-b", "main")
		g := fake.New(1)
		var body strings.Builder
		for i := range 40 {
			body.WriteString(g.Alnum(60) + "\n")
			r.Write("a.txt", body.String())
			r.Write(fmt.Sprintf("dir/f%d.txt", i%5), body.String()+g.Alnum(10))
			r.Commit(fmt.Sprintf("commit %d", i))
		}
		historyTmpl = r
	})
	if historyTmpl == nil {
		t.Fatal("the history repository could not be made (see the first test that asked)")
	}
	return historyTmpl
}

// templateDir holds repositories made once for several tests.
var templateDir string

func TestMain(m *testing.M) {
	done := testtmp.Use()
	dir, err := os.MkdirTemp("", "gitpack-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		done()
		os.Exit(2)
	}
	templateDir = dir
	code := m.Run()
	os.RemoveAll(dir)
	done()
	os.Exit(code)
}

func TestWalkPackedAndLooseObjects(t *testing.T) {
	r := historyRepo(t)
	r.Git("gc", "-q", "--aggressive")
	r.Write("loose.txt", "a loose blob\n")
	r.Commit("loose")
	want := map[gitpack.Hash]gitpack.Type{}
	for _, line := range strings.Split(r.Git("cat-file", "--batch-all-objects", "--batch-check"), "\n") {
		f := strings.Fields(line)
		var h gitpack.Hash
		raw, _ := hex.DecodeString(f[0])
		copy(h[:], raw)
		want[h] = map[string]gitpack.Type{"commit": gitpack.Commit, "tree": gitpack.Tree, "blob": gitpack.Blob, "tag": gitpack.Tag}[f[1]]
	}
	if !strings.Contains(r.Git("verify-pack", "-v", filepath.Join(r.Dir, ".git", "objects", "pack", mustGlob(t, r)[0])), "chain length") {
		t.Fatal("the test pack holds no deltas")
	}
	for _, threads := range []int{1, 3} {
		got, errs := walkAll(t, filepath.Join(r.Dir, ".git", "objects"), gitpack.Options{Threads: threads})
		if len(errs) > 0 {
			t.Fatalf("errors: %v", errs)
		}
		if len(got) != len(want) {
			t.Fatalf("threads=%d: %d objects, want %d", threads, len(got), len(want))
		}
		for h, typ := range want {
			if got[h] != typ {
				t.Errorf("object %s: type %v, want %v", h, got[h], typ)
			}
		}
	}
	blobsOnly, _ := walkAll(t, filepath.Join(r.Dir, ".git", "objects"), gitpack.Options{Threads: 2, Want: func(t gitpack.Type) bool { return t == gitpack.Blob }})
	for h, typ := range blobsOnly {
		if typ != gitpack.Blob {
			t.Errorf("Want(blob) passed %s of type %v", h, typ)
		}
	}
}

func mustGlob(t *testing.T, r *gittest.Repo) []string {
	names, _ := filepath.Glob(filepath.Join(r.Dir, ".git", "objects", "pack", "*.idx"))
	if len(names) == 0 {
		t.Fatal("no pack")
	}
	return []string{filepath.Base(names[0])}
}

func TestWalkReportsCorruptObjectsAndGoesOn(t *testing.T) {
	r := historyRepo(t)
	r.Git("gc", "-q")
	packs, _ := filepath.Glob(filepath.Join(r.Dir, ".git", "objects", "pack", "*.pack"))
	data, err := os.ReadFile(packs[0])
	if err != nil {
		t.Fatal(err)
	}
	// Flip bytes in the middle of the pack: some zlib streams break.
	for i := len(data) / 2; i < len(data)/2+64; i++ {
		data[i] ^= 0x5a
	}
	os.Chmod(packs[0], 0o644)
	if err := os.WriteFile(packs[0], data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, errs := walkAll(t, filepath.Join(r.Dir, ".git", "objects"), gitpack.Options{Threads: 2})
	if len(errs) == 0 {
		t.Fatal("corrupt pack: no errors reported")
	}
	if len(got) == 0 {
		t.Fatal("corrupt pack: nothing else was read")
	}
}

func TestMaxSizeSkipsLargeObjects(t *testing.T) {
	r := gittest.New(t)
	r.Write("big.txt", strings.Repeat("x", 5000))
	r.Write("small.txt", "y")
	r.Commit("c")
	var withData, without atomic.Int32
	gitpack.Walk(context.Background(), filepath.Join(r.Dir, ".git", "objects"), gitpack.Options{MaxSize: 1000, Want: func(t gitpack.Type) bool { return t == gitpack.Blob }},
		func(o *gitpack.Object) error {
			if o.Data == nil {
				without.Add(1)
			} else {
				withData.Add(1)
			}
			return nil
		}, func(gitpack.Hash, error) {})
	if withData.Load() != 1 || without.Load() != 1 {
		t.Errorf("with data %d, without %d; want 1 and 1", withData.Load(), without.Load())
	}
}

// BenchmarkWalk inflates every object of the repository named by
// KEYSIEVE_BENCH_OBJECTS (an objects directory), e.g. a bare clone of git/git.
func BenchmarkWalk(b *testing.B) {
	dir := os.Getenv("KEYSIEVE_BENCH_OBJECTS")
	if dir == "" {
		b.Skip("set KEYSIEVE_BENCH_OBJECTS to a repository's objects directory")
	}
	for b.Loop() {
		var n atomic.Int64
		gitpack.Walk(context.Background(), dir, gitpack.Options{Threads: 2}, func(o *gitpack.Object) error {
			n.Add(int64(len(o.Data)))
			return nil
		}, func(h gitpack.Hash, err error) { b.Log(h, err) })
		b.SetBytes(n.Load())
	}
}

// TestSkipHandsOverOnlyUnskippedObjects skips every other object of a
// pack full of deltas (and a loose one): the rest are all handed over,
// built right (walkAll checks each one's name), and no skipped one is.
func TestSkipHandsOverOnlyUnskippedObjects(t *testing.T) {
	r := historyRepo(t)
	r.Git("gc", "-q", "--aggressive")
	r.Write("loose.txt", "a loose blob\n")
	r.Commit("loose")
	objDir := filepath.Join(r.Dir, ".git", "objects")
	all, _ := walkAll(t, objDir, gitpack.Options{Threads: 2})
	skipped := map[gitpack.Hash]bool{}
	n := 0
	for h := range all {
		if n%2 == 0 {
			skipped[h] = true
		}
		n++
	}
	var asked sync.Map
	got, errs := walkAll(t, objDir, gitpack.Options{Threads: 2, Skip: func(h gitpack.Hash) bool {
		asked.Store(h, true)
		return skipped[h]
	}})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	for h := range all {
		if _, ok := asked.Load(h); !ok {
			t.Errorf("Skip was never asked about %s", h)
		}
		if _, ok := got[h]; ok == skipped[h] {
			t.Errorf("object %s: handed over %v, skipped %v", h, ok, skipped[h])
		}
	}
	none, _ := walkAll(t, objDir, gitpack.Options{Threads: 2, Skip: func(gitpack.Hash) bool { return true }})
	if len(none) != 0 {
		t.Errorf("everything skipped: %d objects handed over", len(none))
	}
}
