package cli

import (
	"fmt"
	"io"
	"net/http"
	"net/http/cgi"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/scan"
)

// tinyRepo makes a repository in dir with one commit holding files,
// in-process with go-git (no git process: tests make dozens of these).
func tinyRepo(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	repo, err := git.PlainInit(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	wt, err := repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := wt.Add(name); err != nil {
			t.Fatal(err)
		}
	}
	sig := &object.Signature{Name: "Ada", Email: "ada@example.com", When: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	if _, err := wt.Commit("add config", &git.CommitOptions{Author: sig, Committer: sig}); err != nil {
		t.Fatal(err)
	}
}

// fleet is a set of repositories made by a test, each with one secret.
type fleet struct {
	names   []string          // as listed: a path or a file:// URL
	secrets map[string]string // by name; none for a broken one
}

// newFleet makes n tiny repositories under root, listed alternately by
// path and by file:// URL; those in broken are listed but are not
// repositories, so they cannot be cloned or opened.
func newFleet(t *testing.T, root string, n int, broken map[int]bool) fleet {
	t.Helper()
	fl := fleet{secrets: map[string]string{}}
	for i := range n {
		dir := filepath.Join(root, fmt.Sprintf("repo-%02d", i))
		name := dir
		if i%2 == 1 {
			name = "file://" + dir
		}
		fl.names = append(fl.names, name)
		if broken[i] {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		secret := ghToken(uint64(1000 + i))
		tinyRepo(t, dir, map[string]string{"config.yaml": "token: " + secret + "\n"})
		fl.secrets[name] = secret
	}
	return fl
}

// writeList writes a --repos-file listing names, with comments and blank
// lines among them.
func writeList(t *testing.T, path string, names []string) {
	t.Helper()
	var b strings.Builder
	b.WriteString("# repositories to audit\n\n")
	for i, name := range names {
		if i%5 == 0 {
			b.WriteString("   # a comment\n\n")
		}
		b.WriteString("  " + name + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestHistoryManyRepositories (issue #13, part 1): one run over 20
// repositories, local paths and file:// URLs mixed, some named on the
// command line and the rest in --repos-file, one of them broken. Every
// other repository's secret is reported with its repository, the broken
// one is an error of the report naming it, and the run exits 2.
func TestHistoryManyRepositories(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	const broken = 7
	fl := newFleet(t, root, 20, map[int]bool{broken: true})
	list := filepath.Join(root, "repos.txt")
	writeList(t, list, fl.names[3:])

	args := append([]string{"history", "--repos-file", list, "-f", "json", "-j", "4"}, fl.names[:3]...)
	res := runApp(t, args...)
	if res.code != 2 {
		t.Fatalf("exit %d, want 2 (one repository broken)\n%s", res.code, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	found := map[string]findings.Finding{}
	for _, f := range rep.Findings {
		if _, dup := found[f.Repository]; dup {
			t.Errorf("two findings for %s", f.Repository)
		}
		found[f.Repository] = f
	}
	for name, secret := range fl.secrets {
		f, ok := found[name]
		switch {
		case !ok:
			t.Errorf("no finding for %s", name)
		case f.File != "config.yaml" || f.Git == nil || f.Commit == "" || f.Secret == secret ||
			f.Fingerprint != scan.KeyedFingerprint(defaultSalt(), f.Rule, "config.yaml", []byte(secret)):
			t.Errorf("finding for %s: %+v", name, f)
		}
	}
	if len(found) != len(fl.secrets) {
		t.Errorf("%d repositories with findings, want %d", len(found), len(fl.secrets))
	}
	if len(rep.Errors) != 1 || rep.Errors[0].Repository != fl.names[broken] || rep.Errors[0].Kind != findings.ErrRepository {
		t.Errorf("errors = %+v, want one naming %s", rep.Errors, fl.names[broken])
	}
	if !strings.Contains(res.stderr, "cannot read "+fl.names[broken]) {
		t.Errorf("stderr does not name the broken repository:\n%s", res.stderr)
	}
}

// TestHistoryOneRepositoryUnchanged: history of one local repository
// writes no repository field, as before multi-repository runs existed.
func TestHistoryOneRepositoryUnchanged(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	tinyRepo(t, dir, map[string]string{"config.yaml": "token: " + ghToken(7) + "\n"})
	res := runApp(t, "history", "-f", "json", dir)
	if res.code != 1 || strings.Contains(res.stdout, `"repository"`) {
		t.Fatalf("exit %d, want 1 and no repository field\n%s%s", res.code, res.stdout, res.stderr)
	}
}

// TestHistoryManyFlagErrors: the flags of a multi-repository run are
// checked before any work, each with a clear message.
func TestHistoryManyFlagErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, []byte("# nothing\n\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--repos-file", filepath.Join(dir, "missing.txt")}, "--repos-file"},
		{[]string{"--repos-file", empty}, "no repositories"},
		{[]string{"--repos-file", empty, "--shard", "0/4"}, "I must be from 1 to N"},
		{[]string{"--repos-file", empty, "--shard", "5/4"}, "I must be from 1 to N"},
		{[]string{"--repos-file", empty, "--shard", "1/0"}, "N must be"},
		{[]string{"--repos-file", empty, "--shard", "x"}, "want I/N"},
		{[]string{"--repos-file", empty, "--range", "a..b"}, "--range"},
		{[]string{"ftp://example.invalid/x.git"}, "not supported"},
	} {
		res := runApp(t, append([]string{"history"}, tc.args...)...)
		if res.code != 2 || !strings.Contains(res.stderr, tc.want) {
			t.Errorf("history %v: exit %d, stderr %q; want 2 and %q", tc.args, res.code, res.stderr, tc.want)
		}
	}
}

// TestHistoryCloneKeepsCredentialsOut: a repository cloned over HTTP with
// credentials in its URL (served on loopback by git http-backend, which
// here demands them) is audited; its findings and errors name it by the
// URL without credentials, and the credentials appear nowhere in the
// report or on stderr, also when the clone fails.
func TestHistoryCloneKeepsCredentialsOut(t *testing.T) {
	t.Parallel()
	backend := gitHTTPBackend(t)
	root := t.TempDir()
	tinyRepo(t, filepath.Join(root, "served.git"), map[string]string{"config.yaml": "token: " + ghToken(77) + "\n"})
	password := "pw-" + strings.Repeat("q7", 8)
	user := "audit-" + strings.Repeat("z3", 4)
	srv := httptest.NewServer(requireBasicAuth(user, password, backend(root)))
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	good := "http://" + user + ":" + password + "@" + host + "/served.git"
	bad := "http://" + user + ":" + password + "@" + host + "/missing.git"
	wrong := "http://" + user + ":wrong-" + password + "@" + host + "/other.git?x=1"
	tinyRepo(t, filepath.Join(root, "other.git"), map[string]string{"a.txt": "nothing\n"})

	res := runApp(t, "history", "-f", "json", "--clone-dir", filepath.Join(root, "clones"), good, bad, wrong)
	if res.code != 2 {
		t.Fatalf("exit %d, want 2\n%s", res.code, res.stderr)
	}
	for _, secret := range []string{password, user} {
		if strings.Contains(res.stdout, secret) || strings.Contains(res.stderr, secret) {
			t.Fatalf("a credential is in the output:\n%s\n%s", res.stdout, res.stderr)
		}
	}
	rep := parseGitReport(t, res.stdout)
	want := "http://" + host + "/served.git"
	if len(rep.Findings) != 1 || rep.Findings[0].Repository != want {
		t.Errorf("findings = %+v, want one in %s", rep.Findings, want)
	}
	if len(rep.Errors) != 2 {
		t.Errorf("errors = %+v, want the missing repository and the wrong password", rep.Errors)
	}
	// The clone is kept under --clone-dir: a second run fetches into it.
	if again := runApp(t, "history", "-f", "json", "--clone-dir", filepath.Join(root, "clones"), good); again.code != 1 {
		t.Errorf("second run: exit %d, want 1\n%s", again.code, again.stderr)
	}
}

// gitHTTPBackend returns a handler maker serving the repositories under
// a root with git http-backend (smart HTTP), skipping the test without it.
func gitHTTPBackend(t *testing.T) func(root string) http.Handler {
	out, err := exec.Command("git", "--exec-path").Output()
	if err != nil {
		t.Skip("git CLI not installed")
	}
	path := filepath.Join(strings.TrimSpace(string(out)), "git-http-backend")
	if _, err := os.Stat(path); err != nil {
		t.Skip("git http-backend not installed")
	}
	return func(root string) http.Handler {
		return &cgi.Handler{Path: path, Stderr: io.Discard, Env: []string{
			"GIT_PROJECT_ROOT=" + root, "GIT_HTTP_EXPORT_ALL=1", "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null",
		}}
	}
}

// requireBasicAuth lets through only requests with these credentials.
func requireBasicAuth(user, password string, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != user || p != password {
			w.Header().Set("WWW-Authenticate", `Basic realm="test"`)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// TestHistoryManyRepositoriesCache: --cache with several repositories
// keeps one cache file per repository in the directory it names (made if
// missing), found again by the repository's name even when it is cloned
// afresh into a new temporary directory, and the cached run reports what
// the first one did.
func TestHistoryManyRepositoriesCache(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	fl := newFleet(t, root, 4, nil)
	list := filepath.Join(root, "repos.txt")
	writeList(t, list, fl.names)
	cacheDir := filepath.Join(root, "caches")
	first := runApp(t, "history", "--repos-file", list, "-f", "json", "--cache", cacheDir)
	files, _ := filepath.Glob(filepath.Join(cacheDir, "*.kscache"))
	if first.code != 1 || len(files) != 4 {
		t.Fatalf("first run: exit %d, %d cache files, want 1 and 4\n%s", first.code, len(files), first.stderr)
	}
	again := runApp(t, "history", "--repos-file", list, "-f", "json", "--cache", cacheDir, "-v")
	if again.code != 1 || again.stdout != first.stdout {
		t.Errorf("cached run: exit %d; report differs from the first\n%s", again.code, again.stdout)
	}
	if strings.Count(again.stderr, "object(s) known") != 4 {
		t.Errorf("cached run did not load 4 caches:\n%s", again.stderr)
	}
}
