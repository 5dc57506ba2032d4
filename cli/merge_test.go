package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/sarifcheck"
)

// TestShardsCoverEveryRepositoryOnce (issue #13, part 4): for several N,
// the N shards of a list hold every repository exactly once, each close
// to 1/N of them; and a repository's shard does not change when the
// list grows.
func TestShardsCoverEveryRepositoryOnce(t *testing.T) {
	t.Parallel()
	var specs []repoSpec
	for i := range 2000 {
		specs = append(specs, repoSpec{name: fmt.Sprintf("https://git.example/org%d/repo-%d.git", i%37, i)})
	}
	for _, n := range []int{1, 2, 3, 7, 16} {
		where := map[string]int{}
		for i := 1; i <= n; i++ {
			part := shardSpec{i: i, n: n}.pick(specs)
			if want := len(specs) / n; len(part) < want*3/4 || len(part) > want*5/4 {
				t.Errorf("shard %d/%d has %d repositories, want about %d", i, n, len(part), want)
			}
			for _, s := range part {
				if prev, ok := where[s.name]; ok {
					t.Errorf("%s in shards %d and %d of %d", s.name, prev, i, n)
				}
				where[s.name] = i
			}
			// The first half of the list: the same repositories stay in
			// this shard when the second half is added.
			early := shardSpec{i: i, n: n}.pick(specs[:1000])
			if len(early) == 0 || !isPrefixOf(early, part) {
				t.Errorf("shard %d/%d moved repositories when the list grew", i, n)
			}
		}
		if len(where) != len(specs) {
			t.Errorf("%d shards hold %d of %d repositories", n, len(where), len(specs))
		}
	}
}

// isPrefixOf reports whether the names of a start b, in order (the
// shard of a list's first half is the first part of the whole's).
func isPrefixOf(a, b []repoSpec) bool {
	if len(a) > len(b) {
		return false
	}
	for i := range a {
		if a[i].name != b[i].name {
			return false
		}
	}
	return true
}

// TestMergeShardsEqualsOneRun (issue #13, parts 3 and 4): auditing a
// list as N shards, each writing a JSON report, and merging the reports
// gives the same JSON report as one run over the whole list, for
// several N; merging a report with itself changes nothing, and merge
// writes SARIF too.
func TestMergeShardsEqualsOneRun(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	fl := newFleet(t, root, 8, nil)
	list := filepath.Join(root, "repos.txt")
	writeList(t, list, fl.names)
	whole := runApp(t, "history", "--repos-file", list, "-f", "json")
	if whole.code != 1 || strings.Count(whole.stdout, `"repository"`) != 8 {
		t.Fatalf("unsharded run: exit %d, want 1 and 8 findings\n%s%s", whole.code, whole.stdout, whole.stderr)
	}
	for _, n := range []int{2, 3} {
		var reports []string
		for i := 1; i <= n; i++ {
			out := filepath.Join(root, fmt.Sprintf("shard-%d-of-%d.json", i, n))
			res := runApp(t, "history", "--repos-file", list, "--shard", fmt.Sprintf("%d/%d", i, n), "-f", "json", "-o", out, "-q")
			if res.code != 0 && res.code != 1 {
				t.Fatalf("shard %d/%d: exit %d\n%s", i, n, res.code, res.stderr)
			}
			reports = append(reports, out)
		}
		merged := runApp(t, append([]string{"merge", "-f", "json"}, reports...)...)
		if merged.code != 1 || merged.stdout != whole.stdout {
			t.Errorf("merge of %d shards: exit %d; report differs from one run:\n%s\nwant:\n%s", n, merged.code, merged.stdout, whole.stdout)
		}
		twice := runApp(t, append([]string{"merge", "-f", "json"}, append(reports, reports...)...)...)
		if twice.stdout != whole.stdout {
			t.Errorf("merging each of %d shards twice changed the report", n)
		}
		if n == 3 {
			sarif := runApp(t, append([]string{"merge", "-f", "sarif"}, reports...)...)
			if sarif.code != 1 || strings.Count(sarif.stdout, `"repository": "`) != 8 {
				t.Errorf("merge -f sarif: exit %d\n%s", sarif.code, sarif.stdout)
			}
			sarifcheck.Validate(t, repoRoot, []byte(sarif.stdout))
		}
	}
}

// TestMergeErrors: a file that is not a keysieve JSON report stops the
// merge with an error naming it; errors and a partial run recorded in
// the reports make the merge exit 2 (the audit is incomplete); clean
// reports exit 0.
func TestMergeErrors(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return path
	}
	clean := write("clean.json", `{"version": 1, "findings": [], "skipped": [], "errors": []}`)
	for name, content := range map[string]string{
		"truncated.json": `{"version": 1, "findings": [`,
		"sarif.json":     `{"version": "2.1.0", "runs": []}`,
		"other.json":     `{"findings": []}`,
		"future.json":    `{"version": 9, "findings": []}`,
		"nofp.json":      `{"version": 1, "findings": [{"rule": "r", "file": "a"}]}`,
		"two.json":       `{"version": 1, "findings": []} {}`,
	} {
		path := write(name, content)
		res := runApp(t, "merge", clean, path)
		if res.code != 2 || !strings.Contains(res.stderr, path) || res.stdout != "" {
			t.Errorf("merge %s: exit %d, stderr %q; want 2 naming the file", name, res.code, res.stderr)
		}
	}
	if res := runApp(t, "merge", clean, filepath.Join(dir, "missing.json")); res.code != 2 || !strings.Contains(res.stderr, "missing.json") {
		t.Errorf("missing report: exit %d, %q", res.code, res.stderr)
	}
	if res := runApp(t, "merge"); res.code != 2 {
		t.Errorf("merge without reports: exit %d", res.code)
	}
	if res := runApp(t, "merge", "-f", "json", clean, clean); res.code != 0 {
		t.Errorf("clean reports: exit %d, want 0\n%s", res.code, res.stderr)
	}
	failed := write("failed.json", `{"version": 1, "findings": [], "skipped": [], "errors": [{"path": "", "error": "clone failed", "kind": "repository", "repository": "https://git.example/x.git"}]}`)
	partial := write("partial.json", `{"version": 1, "findings": [], "skipped": [], "errors": [], "interrupted": true}`)
	for _, path := range []string{failed, partial} {
		res := runApp(t, "merge", "-f", "json", clean, path)
		if res.code != 2 || !strings.Contains(res.stdout, `"errors": [`) {
			t.Errorf("merge with %s: exit %d, want 2\n%s", filepath.Base(path), res.code, res.stdout)
		}
	}
}
