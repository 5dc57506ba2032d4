package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

// run runs keysieve in-process with args that name every path, without
// changing the working directory, so that tests using it may be parallel.
func run(t *testing.T, args ...string) runResult {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := testApp.Run(t.Context(), args, &stdout, &stderr)
	return runResult{code, stdout.String(), stderr.String()}
}

// tiedTree is a tree whose findings tie on file, line and column across
// files of the same content, and many files so that work is spread over
// workers in an order that varies.
func tiedTree(t *testing.T) string {
	files := map[string]string{}
	for i := range 40 {
		g := fake.New(uint64(700 + i))
		token := g.GitHubToken(fake.Join("gh", "p"))
		pw := g.Alnum(20)
		files[fmt.Sprintf("d%d/app.env", i%5)+fmt.Sprint(i)] = "token=" + token + " password=" + pw + "\n" +
			"api_key = \"" + g.Alnum(32) + "\"\n"
	}
	return writeTree(t, files)
}

// TestScanOrderSameWithAnyThreads: -j1 and -j64 print the same JSON bytes
// (issue #9, case 7).
func TestScanOrderSameWithAnyThreads(t *testing.T) {
	t.Parallel()
	dir := tiedTree(t)
	salt := emptyBaseline(t) // one fingerprint salt for every run
	first := run(t, "scan", "-f", "json", "-j1", "--baseline", salt, dir)
	if first.code != 1 {
		t.Fatalf("-j1: exit %d, want 1\n%s", first.code, first.stderr)
	}
	for range 3 {
		again := run(t, "scan", "-f", "json", "-j64", "--baseline", salt, dir)
		if again.stdout != first.stdout {
			t.Fatalf("-j64 report differs from -j1:\n%s\n---\n%s", again.stdout, first.stdout)
		}
	}
}

// TestHistoryOrderSameEveryRun: two history runs print the same JSON
// bytes, although many commits put a different secret at the same file,
// line and column (issue #9, case 7).
func TestHistoryOrderSameEveryRun(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	for i := range 16 {
		g := fake.New(uint64(900 + i))
		r.Write("deploy/app.env", "token="+g.GitHubToken(fake.Join("gh", "p"))+"\n")
		r.Write(fmt.Sprintf("other%d.env", i%3), "password = \""+g.Alnum(24)+"\"\n")
		r.Commit(fmt.Sprintf("version %d", i))
	}
	salt := emptyBaseline(t) // one fingerprint salt for every run
	first := run(t, "history", "-f", "json", "-j1", "--max-findings-per-file", "0", "--baseline", salt, r.Dir)
	if first.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", first.code, first.stderr)
	}
	for _, j := range []string{"-j8", "-j2", "-j8"} {
		again := run(t, "history", "-f", "json", j, "--max-findings-per-file", "0", "--baseline", salt, r.Dir)
		if again.stdout != first.stdout {
			t.Fatalf("history %s report differs from -j1:\n%s\n---\n%s", j, again.stdout, first.stdout)
		}
	}
}

// emptyBaseline writes a report without findings, for its fingerprint
// salt: runs given it as --baseline key their fingerprints alike (each run
// without a baseline draws a new salt).
func emptyBaseline(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "empty-baseline.json")
	doc := `{"version": 1, "findings": [], "skipped": [], "errors": [], "fingerprint_scheme": "` +
		findings.FingerprintScheme + `", "fingerprint_salt": "000102030405060708090a0b0c0d0e0f"}`
	if err := os.WriteFile(path, []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}
