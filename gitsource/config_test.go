package gitsource_test

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// configKinds returns "path: kind @subject" for each config change in
// base..head.
func configKinds(t *testing.T, dir, base, head string) []string {
	t.Helper()
	repo, err := gitsource.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	hist, err := repo.History(t.Context(), tinyScanner(t), gitsource.HistoryOptions{Base: base, Head: head})
	if err != nil {
		t.Fatal(err)
	}
	changes, unread, err := repo.ConfigChanges(t.Context(), hist, ".keysieve.toml")
	if err != nil || len(unread) > 0 {
		t.Fatal(err, unread)
	}
	var out []string
	for _, ch := range changes {
		out = append(out, ch.Path+": "+ch.Kind+" @"+ch.Git.Message)
	}
	return out
}

// tinyScanner is a scanner with one rule: these tests are about trees,
// not matching, and need not compile the default ruleset.
func tinyScanner(t *testing.T) *scan.Scanner {
	t.Helper()
	cfg, err := rules.Parse("tiny.toml", []byte("[[rules]]\nid = \"tiny\"\ndescription = \"x\"\n"+
		"category = \"generic\"\nseverity = \"low\"\nkeywords = [\"tiny_\"]\nregex = 'tiny_([a-z]{12})'\n"))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return scan.New(rs, scan.Options{Threads: 1, MaxFileSize: 1 << 20})
}

// TestConfigChangesKinds: every way a range can change a config file, at
// the root or deeper, is found with the commit that made it; changes on
// the base side, brought in by a merge, are not.
func TestConfigChangesKinds(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	r.Write(".keysieve.toml", "# base\n")
	r.Write("README", "hello\n")
	r.Commit("base")
	r.Git("checkout", "-q", "-b", "pr")
	r.Write(".keysieve.toml", "# changed\n")
	r.Commit("modify")
	r.Write("sub/dir/.keysieve.toml", "# nested\n")
	r.Write("other/.KeySieve.toml", "# other case\n")
	r.Commit("nested")
	r.Git("mv", "sub/dir/.keysieve.toml", "sub/.keysieve.toml")
	r.Commit("rename")
	if err := os.Remove(filepath.Join(r.Dir, ".keysieve.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("README", filepath.Join(r.Dir, ".keysieve.toml")); err != nil {
		t.Fatal(err)
	}
	r.Commit("symlink")
	r.Git("rm", "-q", "other/.KeySieve.toml")
	r.Commit("delete")
	r.Git("checkout", "-q", "main")
	r.Write("docs/.keysieve.toml", "# trusted change on main\n")
	r.Commit("main moves on")
	r.Git("checkout", "-q", "pr")
	r.Clock++
	r.Git("merge", "-q", "--no-edit", "main")

	got := configKinds(t, r.Dir, "main", "pr")
	want := []string{
		".keysieve.toml: modified @modify",
		"other/.KeySieve.toml: added @nested",
		"sub/dir/.keysieve.toml: added @nested",
		"sub/.keysieve.toml: renamed from sub/dir/.keysieve.toml @rename",
		".keysieve.toml: replaced by a symlink @symlink",
		"other/.KeySieve.toml: deleted @delete",
	}
	if !slices.Equal(got, want) {
		t.Errorf("changes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := configKinds(t, r.Dir, "pr", "pr"); len(got) != 0 {
		t.Errorf("empty range: %v", got)
	}
}

// TestFileAtRefusesAllButRegularFiles: the base's config is read only
// when it is a regular file; a symlink is refused without being followed.
func TestFileAtRefusesAllButRegularFiles(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	r.Write("target.txt", "content that must not be read\n")
	r.Write(".keysieve.toml", "# config\n")
	r.Commit("regular")
	if err := os.Remove(filepath.Join(r.Dir, ".keysieve.toml")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.txt", filepath.Join(r.Dir, ".keysieve.toml")); err != nil {
		t.Fatal(err)
	}
	r.Commit("symlink")
	repo, err := gitsource.Open(r.Dir)
	if err != nil {
		t.Fatal(err)
	}
	data, found, err := repo.FileAt("HEAD~1", ".keysieve.toml", 100)
	if err != nil || !found || string(data) != "# config\n" {
		t.Errorf("regular: %q, %v, %v", data, found, err)
	}
	if _, _, err := repo.FileAt("HEAD~1", ".keysieve.toml", 4); err == nil || !strings.Contains(err.Error(), "over the 4-byte limit") {
		t.Errorf("over the limit: %v", err)
	}
	if _, found, err := repo.FileAt("HEAD~1", "absent.toml", 100); err != nil || found {
		t.Errorf("absent: %v, %v", found, err)
	}
	_, found, err = repo.FileAt("HEAD", ".keysieve.toml", 100)
	if !found || !errors.Is(err, gitsource.ErrNotRegular) || strings.Contains(err.Error(), "target") {
		t.Errorf("symlink: %v, %v", found, err)
	}
}
