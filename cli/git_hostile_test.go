package cli

// End-to-end runs of `keysieve history` and `keysieve staged` on hostile
// repositories: exit code 2 when objects could not be read, every
// readable finding still written, a message naming the object or ref,
// and bounded time and memory on huge blobs, many refs and deep history.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/gittest"
)

// gitHostileBound is how long one run may take before it counts as a hang.
const gitHostileBound = 5 * time.Minute

// gitHostileRun runs the binary in dir with args, killing it after
// gitHostileBound, and returns what it did and its peak RSS in KiB. The
// binary is started by a small wrapper process (this test binary, see
// rssWrapper): a child started by a big process with vfork would count
// that process's peak RSS as its own.
func gitHostileRun(t *testing.T, dir string, args ...string) (runResult, int64) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), gitHostileBound)
	defer cancel()
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	rssFile := filepath.Join(t.TempDir(), "rss")
	cmd := exec.CommandContext(ctx, self, append([]string{binary}, args...)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=", rssWrapperEnv+"="+rssFile)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if ctx.Err() != nil {
		t.Fatalf("keysieve %s did not finish within %v", strings.Join(args, " "), gitHostileBound)
	}
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		t.Fatal(err)
	}
	if cmd.ProcessState.ExitCode() > 2 || strings.Contains(stderr.String(), "panic") {
		t.Fatalf("keysieve %s crashed (exit %d):\n%s", strings.Join(args, " "), cmd.ProcessState.ExitCode(), stderr.String())
	}
	data, err := os.ReadFile(rssFile)
	if err != nil {
		t.Fatalf("peak RSS not recorded: %v", err)
	}
	rss, err := strconv.ParseInt(string(data), 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return runResult{cmd.ProcessState.ExitCode(), stdout.String(), stderr.String()}, rss
}

// rssWrapperEnv names the file where rssWrapper writes the peak RSS.
const rssWrapperEnv = "KEYSIEVE_TEST_RSS_FILE"

// rssWrapper runs when the test binary is started with rssWrapperEnv set:
// it runs os.Args[1] with the rest of the arguments, its own stdio,
// directory and environment, writes the child's peak RSS in KiB to the
// file and exits with the child's code. Being a fresh, small process, it
// does not lend its child a large RSS.
func rssWrapper(rssFile string) int {
	cmd := exec.Command(os.Args[1], os.Args[2:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	err := cmd.Run()
	var exit *exec.ExitError
	if err != nil && !errors.As(err, &exit) {
		fmt.Fprintln(os.Stderr, "rss wrapper:", err)
		return 3
	}
	rss := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss
	if err := os.WriteFile(rssFile, []byte(strconv.FormatInt(rss, 10)), 0o600); err != nil {
		fmt.Fprintln(os.Stderr, "rss wrapper:", err)
		return 3
	}
	if code := cmd.ProcessState.ExitCode(); code >= 0 {
		return code
	}
	return 3
}

// gitHostileRepo has an empty base commit, then good.txt and lost.txt,
// each with a secret.
type gitHostileRepo struct {
	*gittest.Repo
	base, commit, good, lost, lostBlob string
}

func newGitHostileRepo(t *testing.T, seed uint64) *gitHostileRepo {
	t.Helper()
	r := &gitHostileRepo{Repo: newE2ERepo(t), good: ghToken(seed), lost: ghToken(seed + 1)}
	r.base = r.Commit("base")
	r.Write("good.txt", "token "+r.good+"\n")
	r.Write("lost.txt", "token "+r.lost+"\n")
	r.commit = r.Commit("two files")
	r.lostBlob = r.Git("rev-parse", "HEAD:lost.txt")
	return r
}

// wantPartial checks a JSON report of a scan that could not read
// everything: exit 2, the good secret found, and mention (the hash or
// ref that could not be read) in both the report's errors and stderr.
func wantPartial(t *testing.T, res runResult, good, mention string) {
	t.Helper()
	if res.code != 2 {
		t.Errorf("exit %d, want 2\n%s", res.code, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	found := false
	for _, f := range rep.Findings {
		found = found || f.Secret == good
	}
	if !found {
		t.Errorf("the readable secret is not reported: %+v", rep.Findings)
	}
	named := false
	for _, e := range rep.Errors {
		named = named || strings.Contains(e.Path+" "+e.Error, mention)
	}
	if !named || !strings.Contains(res.stderr, mention) {
		t.Errorf("%s not named in errors %+v or on stderr:\n%s", mention, rep.Errors, res.stderr)
	}
}

// gitHostileWritable returns a loose object's path, made writable.
func gitHostileWritable(t *testing.T, dir, hash string) string {
	t.Helper()
	path := filepath.Join(dir, ".git", "objects", hash[:2], hash[2:])
	if err := os.Chmod(path, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// gitHostileInput runs git in dir with stdin.
func gitHostileInput(t *testing.T, dir string, stdin io.Reader, args ...string) string {
	t.Helper()
	cmd := gittest.Command(dir, 0, args...)
	cmd.Stdin = stdin
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

func TestGitHostileE2EUnreadableObjects(t *testing.T) {
	t.Parallel()
	cases := map[string]func(t *testing.T, r *gitHostileRepo){
		"cut zlib stream": func(t *testing.T, r *gitHostileRepo) {
			path := gitHostileWritable(t, r.Dir, r.lostBlob)
			data, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, data[:len(data)-6], 0o644); err != nil {
				t.Fatal(err)
			}
		},
		"missing from a pack": func(t *testing.T, r *gitHostileRepo) {
			var keep bytes.Buffer
			for line := range strings.SplitSeq(r.Git("rev-list", "--objects", "--all"), "\n") {
				if hash, _, _ := strings.Cut(line, " "); hash != r.lostBlob {
					fmt.Fprintln(&keep, hash)
				}
			}
			gitHostileInput(t, r.Dir, &keep, "pack-objects", "-q", filepath.Join(".git", "objects", "pack", "pack"))
			dirs, _ := filepath.Glob(filepath.Join(r.Dir, ".git", "objects", "[0-9a-f][0-9a-f]"))
			for _, d := range dirs {
				if err := os.RemoveAll(d); err != nil {
					t.Fatal(err)
				}
			}
		},
	}
	for name, damage := range cases {
		t.Run(name, func(t *testing.T) {
			r := newGitHostileRepo(t, 400)
			damage(t, r)
			for _, args := range [][]string{{"history"}, {"history", "--range", r.base + "..HEAD"}} {
				res, _ := gitHostileRun(t, r.Dir, append(args, "-f", "json", "--show-secrets")...)
				wantPartial(t, res, r.good, r.lostBlob)
			}
		})
	}
}

func TestGitHostileE2ECutPack(t *testing.T) {
	t.Parallel()
	r := newGitHostileRepo(t, 405)
	r.Git("gc", "-q", "--prune=now")
	later := ghToken(407)
	r.Write("later.txt", "token "+later+"\n")
	r.Commit("later, loose")
	packs, _ := filepath.Glob(filepath.Join(r.Dir, ".git", "objects", "pack", "*.pack"))
	if len(packs) != 1 {
		t.Fatalf("packs: %v", packs)
	}
	// Cut inside the first blob: commits come before it in the pack.
	at := int64(-1)
	for line := range strings.SplitSeq(r.Git("verify-pack", "-v", packs[0]), "\n") {
		if f := strings.Fields(line); len(f) >= 5 && f[1] == "blob" {
			var off int64
			fmt.Sscan(f[4], &off)
			if at < 0 || off < at {
				at = off
			}
		}
	}
	if err := os.Chmod(packs[0], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(packs[0], at+2); err != nil {
		t.Fatal(err)
	}
	hashes := regexp.MustCompile(`\b[0-9a-f]{40}\b`)
	for _, args := range [][]string{{"history"}, {"history", "--range", r.base + "..HEAD"}} {
		res, _ := gitHostileRun(t, r.Dir, append(args, "-f", "json", "--show-secrets")...)
		wantPartial(t, res, later, "cannot read")
		for _, e := range parseGitReport(t, res.stdout).Errors {
			if !hashes.MatchString(e.Error) {
				t.Errorf("%v: error names no object: %+v", args, e)
			}
		}
	}
}

func TestGitHostileE2ERefsToNothing(t *testing.T) {
	t.Parallel()
	r := newGitHostileRepo(t, 410)
	ghost := strings.Repeat("de", 20)
	for name, content := range map[string]string{"ghost": ghost + "\n", "empty": "", "loop-a": "ref: refs/heads/loop-b\n", "loop-b": "ref: refs/heads/loop-a\n"} {
		if err := os.WriteFile(filepath.Join(r.Dir, ".git", "refs", "heads", name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	res, _ := gitHostileRun(t, r.Dir, "history", "-f", "json", "--show-secrets")
	wantPartial(t, res, r.good, ghost)
	wantPartial(t, res, r.good, "refs/heads/empty")
	res, _ = gitHostileRun(t, r.Dir, "history", "-v")
	if !strings.Contains(res.stderr, "refs/heads/loop-a: symbolic ref loop") {
		t.Errorf("the symbolic ref loop is not reported:\n%s", res.stderr)
	}
}

func TestGitHostileE2EDotGitFileToMissingGitdir(t *testing.T) {
	t.Parallel()
	for name, content := range map[string]string{
		"missing":   "gitdir: ../elsewhere/.git/worktrees/gone\n",
		"not a dir": "gitdir: README\n",
		"no gitdir": "nothing useful\n",
	} {
		t.Run(name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{".git": content, "README": "token " + ghToken(420) + "\n"})
			for _, cmd := range []string{"history", "staged"} {
				res, _ := gitHostileRun(t, dir, cmd)
				if res.code != 2 || !strings.Contains(res.stderr, filepath.Join(dir, ".git")) && name != "no gitdir" ||
					!strings.Contains(res.stderr, "gitdir") {
					t.Errorf("%s: exit %d, want 2 with a message naming the gitdir:\n%s", cmd, res.code, res.stderr)
				}
			}
		})
	}
}

func TestGitHostileE2EStaged(t *testing.T) {
	t.Parallel()
	r := newGitHostileRepo(t, 430)
	added := ghToken(432)
	r.Write("new.txt", "token "+added+"\n")
	r.Git("add", "new.txt")
	ghost := strings.Repeat("ab", 20)
	r.Git("update-index", "--add", "--cacheinfo", "100644,"+ghost+",ghost.txt")
	res, _ := gitHostileRun(t, r.Dir, "staged", "-f", "json", "--show-secrets")
	wantPartial(t, res, added, ghost)

	// HEAD at a commit that is not there: every staged line is new.
	r.Git("update-ref", "--no-deref", "-d", "refs/heads/main")
	missing := strings.Repeat("cd", 20)
	if err := os.WriteFile(filepath.Join(r.Dir, ".git", "refs", "heads", "main"), []byte(missing+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _ = gitHostileRun(t, r.Dir, "staged", "-f", "json", "--show-secrets")
	wantPartial(t, res, r.good, missing)
}

func TestGitHostileE2EShallow(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	r.Write("a.txt", "token "+ghToken(440)+"\n")
	r.Commit("one")
	r.Write("b.txt", "b\n")
	r.Commit("two")
	r.Git("checkout", "-q", "--orphan", "side")
	r.Git("rm", "-rq", "--cached", ".")
	r.Clock++
	r.Git("commit", "-q", "--allow-empty", "-m", "unrelated")
	r.Git("checkout", "-q", "-f", "main")
	clone := filepath.Join(t.TempDir(), "shallow")
	gittest.In(t, r.Dir, 0, "clone", "-q", "--depth", "1", "--no-single-branch", "file://"+r.Dir, clone)
	for _, args := range [][]string{{"history"}, {"history", "--range", "origin/side..HEAD"}} {
		res, _ := gitHostileRun(t, clone, args...)
		if res.code != 1 || !strings.Contains(res.stderr, "shallow clone") {
			t.Errorf("%v: exit %d, want 1 with a shallow clone warning:\n%s", args, res.code, res.stderr)
		}
	}
}

// gitHostileBlob streams size bytes of text, highly compressible.
func gitHostileBlob(size int64) io.Reader {
	line := []byte(strings.Repeat("lorem ipsum ", 10) + "\n")
	return io.LimitReader(&repeatReader{data: line}, size)
}

// repeatReader repeats data forever.
type repeatReader struct {
	data []byte
	at   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		c := copy(p[n:], r.data[r.at:])
		n += c
		r.at = (r.at + c) % len(r.data)
	}
	return n, nil
}

// gitHostileMaxRSS is the peak RSS no run on these repositories may exceed.
const gitHostileMaxRSS = 512 << 10 // KiB

func TestGitHostileE2EHugeBlobIsNeverInflated(t *testing.T) {
	t.Parallel()
	// A run reading only the objects' headers costs what a run on a
	// small repository costs; one that inflated a blob would hold all of
	// it: over that by half the blob. The runs skip files over 1 MiB, so
	// 32 MiB blobs prove what 1 GiB ones would (inflating one would pass
	// the bound by 16 MiB), and the lowest zlib level writes them fastest
	// (it changes no header).
	const size = 32 << 20
	fast := []string{"-c", "core.compression=1"}
	r := newE2ERepo(t)
	secret := ghToken(450)
	r.Write("small.txt", "token "+secret+"\n")
	r.Commit("small")
	// The same binary on this repository before the huge blobs: the
	// baseline (a race-enabled or loaded run costs more, alike).
	_, baseRSS := gitHostileRun(t, r.Dir, "history", "-v", "--max-file-size", "1MiB")
	t.Logf("baseline: peak RSS %d MiB", baseRSS>>10)
	maxRSS := baseRSS + size/2>>10 // KiB
	base := r.Git("rev-parse", "HEAD")
	// A loose huge blob, committed.
	loose := gitHostileInput(t, r.Dir, gitHostileBlob(size), append(fast, "hash-object", "-w", "--stdin")...)
	r.Git("update-index", "--add", "--cacheinfo", "100644,"+loose+",huge-loose.txt")
	r.Clock++
	r.Git("commit", "-q", "-m", "huge loose")
	// A packed one (fast-import writes a pack), on a side branch.
	stream := io.MultiReader(strings.NewReader(fmt.Sprintf("blob\nmark :1\ndata %d\n", size+1)), gitHostileBlob(size),
		strings.NewReader("x\ncommit refs/heads/side\ncommitter Ada <ada@example.com> 1700000000 +0000\ndata 10\nhuge pack\nfrom refs/heads/main\nM 100644 :1 huge-packed.txt\n\n"))
	gitHostileInput(t, r.Dir, stream, append(fast, "-c", "fastimport.unpackLimit=0", "fast-import", "--quiet")...)
	// And one staged for the next commit.
	staged := gitHostileInput(t, r.Dir, gitHostileBlob(size-1), append(fast, "hash-object", "-w", "--stdin")...)
	r.Git("update-index", "--add", "--cacheinfo", "100644,"+staged+",huge-staged.txt")

	runs := map[string][]string{
		"history": {"history", "-v", "--max-file-size", "1MiB"}, "range": {"history", "-v", "--max-file-size", "1MiB", "--range", base + "..side"},
		"staged": {"staged", "-v", "--max-file-size", "1MiB"},
	}
	want := map[string][]string{
		"history": {"huge-loose.txt", "huge-packed.txt"}, "range": {"huge-loose.txt", "huge-packed.txt"}, "staged": {"huge-staged.txt"},
	}
	for name, args := range runs {
		res, rss := gitHostileRun(t, r.Dir, args...)
		t.Logf("%s: peak RSS %d MiB", name, rss>>10)
		if res.code != 1 && name == "history" || res.code != 0 && name != "history" {
			t.Errorf("%s: exit %d\n%s", name, res.code, res.stderr)
		}
		for _, path := range want[name] {
			if !strings.Contains(res.stderr, "skipped "+path+": larger than --max-file-size") {
				t.Errorf("%s: %s not skipped by size:\n%s", name, path, res.stderr)
			}
		}
		if rss > maxRSS {
			t.Errorf("%s: peak RSS %d MiB: a huge blob was inflated", name, rss>>10)
		}
	}
}

func TestGitHostileE2EManyRefsAndDeepHistory(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("20,000 commits and 20,000 refs")
	}
	const depth, refs = 20000, 20000
	r := newE2ERepo(t)
	secret := ghToken(460)
	var stream bytes.Buffer
	for i := 1; i <= depth; i++ {
		fmt.Fprintf(&stream, "commit refs/heads/main\ncommitter Ada <ada@example.com> %d +0000\ndata <<EOF\nc%d\nEOF\n", 1700000000+i, i)
		content := fmt.Sprintf("line %d\n", i)
		fmt.Fprintf(&stream, "M 100644 inline f.txt\ndata %d\n%s\n", len(content), content)
		if i == 2 {
			content = "token " + secret + "\n"
			fmt.Fprintf(&stream, "M 100644 inline secret.txt\ndata %d\n%s\n", len(content), content)
		}
	}
	gitHostileInput(t, r.Dir, &stream, "-c", "fastimport.unpackLimit=0", "fast-import", "--quiet")
	at := r.Git("rev-parse", fmt.Sprintf("main~%d", depth-2))
	tip := r.Git("rev-parse", "main")
	var packed strings.Builder
	for i := range refs {
		fmt.Fprintf(&packed, "%s refs/tags/t%06d\n", tip, i)
	}
	if err := os.WriteFile(filepath.Join(r.Dir, ".git", "packed-refs"), []byte(packed.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	res, rss := gitHostileRun(t, r.Dir, "history", "-v", "-f", "json")
	t.Logf("history of %d commits, %d refs: %.1fs, peak RSS %d MiB", depth, refs, time.Since(start).Seconds(), rss>>10)
	if res.code != 1 || !strings.Contains(res.stderr, fmt.Sprintf("%d commit(s)", depth)) {
		t.Fatalf("exit %d, want 1 after %d commits:\n%s", res.code, depth, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	if len(rep.Findings) != 1 || rep.Findings[0].Commit != at || rep.Findings[0].Refs.Count != refs+1 {
		t.Errorf("findings = %+v, want one at %s reached by %d refs", rep.Findings, at, refs+1)
	}
	if rss > gitHostileMaxRSS {
		t.Errorf("peak RSS %d MiB", rss>>10)
	}
}
