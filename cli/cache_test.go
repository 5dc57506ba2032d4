package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/internal/gittest"
)

// cacheRepo is a small history with a secret in a file (later removed),
// one in a commit message, a binary file (skipped), and plain files;
// packed, then with loose objects on top. It returns the secrets.
func cacheRepo(t *testing.T) (*gittest.Repo, []string) {
	t.Helper()
	r := gittest.New(t)
	secrets := []string{ghToken(301), ghToken(302)}
	r.Write("config.yaml", "token: "+secrets[0]+"\n")
	r.Write("logo.bin", "PNG\x00\x01\x02binary")
	r.Write("README.md", "a project\n")
	r.Commit("add config")
	r.Write("README.md", "a project, documented\n")
	r.Commit("rotate " + secrets[1] + "\n\nthe old one leaked")
	r.Git("gc", "-q")
	r.Write("config.yaml", "token: from-env\n")
	r.Write("docs/guide.md", "how to\n")
	r.Commit("read the token from the environment")
	return r, secrets
}

// history runs `keysieve history -f json` on dir, with args first.
func history(t *testing.T, dir string, args ...string) runResult {
	t.Helper()
	return runApp(t, append(append([]string{"history", "-f", "json"}, args...), dir)...)
}

// sameRun fails t unless got is the run want is: exit code and report.
func sameRun(t *testing.T, what string, got, want runResult) {
	t.Helper()
	if got.code != want.code || got.stdout != want.stdout {
		t.Errorf("%s: exit %d, want %d; report differs from an uncached run's:\n%s\nwant:\n%s\nstderr: %s",
			what, got.code, want.code, got.stdout, want.stdout, got.stderr)
	}
}

// TestHistoryCacheGivesTheUncachedReport: a cached re-run reports what
// an uncached run does, with attribution, and so do cached runs after
// new commits (a new secret, a removal, a secret as an author); the
// cache knows objects after
// the first run, is its owner's only, and holds no secret.
func TestHistoryCacheGivesTheUncachedReport(t *testing.T) {
	t.Parallel()
	r, secrets := cacheRepo(t)
	cache := filepath.Join(t.TempDir(), "audit.cache")
	want := history(t, r.Dir)
	if want.code != 1 || len(parseGitReport(t, want.stdout).Findings) != 2 {
		t.Fatalf("uncached run: exit %d, want 1 and 2 findings\n%s%s", want.code, want.stdout, want.stderr)
	}
	sameRun(t, "first cached run", history(t, r.Dir, "--cache", cache), want)
	before, err := os.Stat(cache)
	if err != nil {
		t.Fatal(err)
	}
	again := history(t, r.Dir, "--cache", cache, "-v")
	sameRun(t, "cached re-run", again, want)
	if after, err := os.Stat(cache); err != nil || !os.SameFile(before, after) {
		t.Errorf("a re-run that learned nothing rewrote the cache (%v)", err)
	}
	if !strings.Contains(again.stderr, "history cache") || strings.Contains(again.stderr, " 0 object(s) known") {
		t.Errorf("re-run did not use the cache:\n%s", again.stderr)
	}

	secrets = append(secrets, ghToken(303))
	r.Write("deploy/prod.env", "GITHUB_TOKEN="+secrets[2]+"\n")
	added := r.Commit("deploy settings")
	r.Git("rm", "-q", "logo.bin")
	r.Commit("drop the logo")
	secrets = append(secrets, ghToken(304))
	r.Git("commit", "-q", "--allow-empty", "--no-verify", "-m", "by a bot", "--author", secrets[3]+" <bot@example.com>")
	want = history(t, r.Dir)
	got := history(t, r.Dir, "--cache", cache)
	sameRun(t, "cached run after new commits", got, want)
	if !strings.Contains(got.stdout, `"commit": "`+added+`"`) || !strings.Contains(got.stdout, gitsource.CommitAuthorPath) {
		t.Errorf("the new secrets (in %s, in an author) are not reported:\n%s", added, got.stdout)
	}

	info, err := os.Stat(cache)
	if err != nil {
		t.Fatal(err)
	}
	if os.SameFile(before, info) {
		t.Error("new commits did not update the cache")
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("cache mode %v, want 0600", info.Mode().Perm())
	}
	data, err := os.ReadFile(cache)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range secrets {
		if strings.Contains(string(data), s) || strings.Contains(string(data), s[4:20]) {
			t.Errorf("the cache holds a secret (or part of one): %.8s...", s)
		}
	}
	if strings.Contains(string(data), "the old one leaked") {
		t.Error("the cache holds the body of a commit message")
	}
}

// TestHistoryCacheRulesetChange: a user config adding a rule makes the
// cache stale: the run says so, reads everything again and finds what
// the new rule finds, as an uncached run with that config does.
func TestHistoryCacheRulesetChange(t *testing.T) {
	t.Parallel()
	r, _ := cacheRepo(t)
	r.Write("notes.txt", "widget_"+strings.Repeat("k3y", 8)+"\n")
	r.Commit("notes")
	cache := filepath.Join(t.TempDir(), "audit.cache")
	if res := history(t, r.Dir, "--cache", cache); res.code != 1 || strings.Contains(res.stdout, "widget") {
		t.Fatalf("default ruleset: exit %d\n%s", res.code, res.stdout)
	}
	cfg := filepath.Join(t.TempDir(), "rules.toml")
	if err := os.WriteFile(cfg, []byte(configRule("widget", `widget_([a-z0-9]{24})`)), 0o644); err != nil {
		t.Fatal(err)
	}
	want := history(t, r.Dir, "--config", cfg)
	if !strings.Contains(want.stdout, `"rule": "widget"`) {
		t.Fatalf("the config's rule finds nothing:\n%s", want.stdout)
	}
	got := history(t, r.Dir, "--config", cfg, "--cache", cache)
	sameRun(t, "cached run with a new rule", got, want)
	if !strings.Contains(got.stderr, "another ruleset") {
		t.Errorf("stale cache not reported:\n%s", got.stderr)
	}
	sameRun(t, "cached re-run with the new rule", history(t, r.Dir, "--config", cfg, "--cache", cache), want)
}

// TestHistoryCacheCorruptIsIgnored: a cache with a flipped byte, a
// truncated one and one that is not a cache at all are each reported
// with a warning and not used; the report and the exit code are those of
// an uncached run, and the cache is rewritten good.
func TestHistoryCacheCorruptIsIgnored(t *testing.T) {
	t.Parallel()
	r, _ := cacheRepo(t)
	want := history(t, r.Dir)
	dir := t.TempDir()
	good := filepath.Join(dir, "good.cache")
	history(t, r.Dir, "--cache", good)
	data, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	flipped := append([]byte(nil), data...)
	flipped[len(flipped)/2] ^= 0x40
	for name, bad := range map[string][]byte{
		"flipped": flipped, "truncated": data[:len(data)*2/3], "empty": nil, "garbage": []byte("not a cache\n"),
	} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		got := history(t, r.Dir, "--cache", path)
		sameRun(t, name+" cache", got, want)
		if !strings.Contains(got.stderr, "warning") || !strings.Contains(got.stderr, "corrupt") {
			t.Errorf("%s cache: no warning:\n%s", name, got.stderr)
		}
		again := history(t, r.Dir, "--cache", path)
		sameRun(t, name+" cache, rewritten", again, want)
		if strings.Contains(again.stderr, "warning") {
			t.Errorf("%s cache was not rewritten good:\n%s", name, again.stderr)
		}
	}
}

// TestHistoryCacheIgnoredWithRange: a range does not use the cache, says
// so, and does not write it.
func TestHistoryCacheIgnoredWithRange(t *testing.T) {
	t.Parallel()
	r, _ := cacheRepo(t)
	cache := filepath.Join(t.TempDir(), "audit.cache")
	got := history(t, r.Dir, "--range", "HEAD~1..HEAD", "--cache", cache)
	if got.code != 0 || !strings.Contains(got.stderr, "ignored") {
		t.Errorf("exit %d, want 0 and a note\n%s", got.code, got.stderr)
	}
	if _, err := os.Stat(cache); err == nil {
		t.Error("a range wrote the cache")
	}
}

// twoCacheRepos returns cacheRepo's history and a one-commit repository
// with no secret.
func twoCacheRepos(t *testing.T) (*gittest.Repo, *gittest.Repo) {
	t.Helper()
	r1, _ := cacheRepo(t)
	r2 := gittest.New(t)
	r2.Write("main.go", "package main\n")
	r2.Commit("start")
	return r1, r2
}

// TestHistoryCacheDirectory: --cache DIR keeps one cache file per
// repository in DIR, and a re-run of each uses its own.
func TestHistoryCacheDirectory(t *testing.T) {
	t.Parallel()
	r1, r2 := twoCacheRepos(t)
	dir := t.TempDir()
	want1, want2 := history(t, r1.Dir), history(t, r2.Dir)
	sameRun(t, "first repository", history(t, r1.Dir, "--cache", dir), want1)
	sameRun(t, "second repository", history(t, r2.Dir, "--cache", dir), want2)
	names, err := filepath.Glob(filepath.Join(dir, "*.kscache"))
	if err != nil || len(names) != 2 {
		t.Fatalf("cache files %v (%v), want 2", names, err)
	}
	for _, r := range []*gittest.Repo{r1, r2} {
		got := history(t, r.Dir, "--cache", dir, "-v")
		if strings.Contains(got.stderr, " 0 object(s) known") || strings.Contains(got.stderr, "another ruleset") {
			t.Errorf("%s: its cache was not used:\n%s", r.Dir, got.stderr)
		}
	}
}

// A cache that cannot be written back is a warning, in a run over several
// repositories as in a run over one; the report and exit code stand.
func TestHistoryCacheUnwritableWarnsForEachRepository(t *testing.T) {
	t.Parallel()
	r1, r2 := twoCacheRepos(t)
	dir := t.TempDir()
	// A directory where the cache file of r1 goes: it can be neither read
	// nor replaced.
	if err := os.Mkdir(cacheFileIn(dir, r1.Dir), 0o700); err != nil {
		t.Fatal(err)
	}
	want := runApp(t, "history", "-f", "json", r1.Dir, r2.Dir)
	got := runApp(t, "history", "-f", "json", "--cache", dir, r1.Dir, r2.Dir)
	sameRun(t, "two repositories, one cache unwritable", got, want)
	// Reading it is refused first ("is a directory"), then writing it.
	if !strings.Contains(got.stderr, "warning: write history cache") || !strings.Contains(got.stderr, filepath.Base(cacheFileIn(dir, r1.Dir))) {
		t.Errorf("no warning that the cache could not be written:\n%s", got.stderr)
	}
	if _, err := os.Stat(cacheFileIn(dir, r2.Dir)); err != nil {
		t.Errorf("the other repository's cache was not written: %v", err)
	}
}
