package cli

import (
	"encoding/base64"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/sarifcheck"
)

// plantedRepo is a repository with a different key planted in each place
// a report prints that comes from the repository, and the forms (plain
// and base64) that no redacted report may contain.
type plantedRepo struct {
	r         *gittest.Repo
	forbidden []string
	baseline  string
}

// newPlantedRepo plants keys in a file path, a commit subject (plain and
// base64), a body, the author's name and email, then takes a baseline,
// then commits again with the same metadata and adds a branch and a tag
// whose names hold keys, and an annotated tag whose message holds one.
func newPlantedRepo(t *testing.T) *plantedRepo {
	p := &plantedRepo{r: gittest.New(t)}
	key := func(seed uint64) string {
		k := ghToken(seed)
		p.forbidden = append(p.forbidden, k, base64.StdEncoding.EncodeToString([]byte(k)))
		return k
	}
	subject, body, encoded := key(920), key(921), key(922)
	name, email, branch, tag, path := key(923), key(924), key(925), key(926), key(927)
	author := "--author=" + name + " <" + email + "@example.com>"
	message := "add " + subject + " and " + base64.StdEncoding.EncodeToString([]byte(encoded)) + "\n\nbody " + body + "\n"
	commit := func(file, content string) {
		p.r.Write(file, content)
		p.r.Git("add", "-A")
		p.r.Git("commit", "-q", "--no-verify", author, "-m", message)
	}
	commit("keys/"+path+".env", "TOKEN="+key(928)+"\n")
	p.baseline = filepath.Join(t.TempDir(), "baseline.json")
	if res := keysieve(t, p.r.Dir, "history", "-f", "json", "-o", p.baseline); res.code != 1 {
		t.Fatalf("baseline run: exit %d\n%s", res.code, res.stderr)
	}
	commit("later.env", "TOKEN="+key(929)+"\n")
	p.r.Git("branch", "leak-"+branch)
	p.r.Git("tag", "rel-"+tag)
	p.r.Git("tag", "-a", "annotated", "-m", "release notes\n\nsigned off with "+key(930))
	return p
}

// Issue #9, case 3: no report format, with or without a baseline or a
// cap, prints a key found anywhere in the repository's metadata or paths.
func TestRedactRepositoryMetadataEverywhere(t *testing.T) {
	p := newPlantedRepo(t)
	commands := [][]string{{"history"}, {"history", "--range", "HEAD~1..HEAD"}, {"scan", "."}}
	variants := [][]string{{}, {"--baseline", p.baseline}, {"--max-findings-per-file", "1"}, {"--verbose"}}
	for _, command := range commands {
		for _, format := range []string{"text", "json", "sarif"} {
			for _, variant := range variants {
				args := append(append(append([]string{}, command...), "--format", format), variant...)
				res := keysieve(t, p.r.Dir, args...)
				if res.code != 1 {
					t.Errorf("%q: exit %d, want 1\n%s", args, res.code, res.stderr)
				}
				for _, bad := range p.forbidden {
					if strings.Contains(res.stdout+res.stderr, bad) {
						t.Errorf("%q prints %s... in full:\n%s\n%s", args, bad[:6], res.stdout, res.stderr)
					}
				}
			}
		}
	}
}

// Issue #9, case 3: keys in authors, emails, ref names and annotated tag
// messages are findings.
func TestRedactMetadataSecretsAreFindings(t *testing.T) {
	p := newPlantedRepo(t)
	rep := parseGitReport(t, keysieve(t, p.r.Dir, "history", "-f", "json").stdout)
	files := map[string]int{}
	for _, f := range rep.Findings {
		files[f.File]++
	}
	for _, want := range []string{".git/COMMIT_AUTHOR", ".git/COMMIT_EDITMSG", ".git/refs/heads/leak-", ".git/refs/tags/rel-", ".git/refs/tags/annotated"} {
		n := 0
		for file, count := range files {
			if strings.HasPrefix(file, want) {
				n += count
			}
		}
		if n == 0 {
			t.Errorf("no finding under %s: %v", want, files)
		}
	}
	if files[".git/COMMIT_AUTHOR"] != 2 {
		t.Errorf("author name and email: %d findings, want 2 (%v)", files[".git/COMMIT_AUTHOR"], files)
	}
}

// Issue #9, case 3: a key used as a file name is a finding, in the tree and
// in history, placed at line 0 (the path, not the content).
func TestRedactKeyAsFileNameIsAFinding(t *testing.T) {
	p := newPlantedRepo(t)
	for _, args := range [][]string{{"scan", "."}, {"history"}, {"history", "--range", "HEAD~1..HEAD"}} {
		res := keysieve(t, p.r.Dir, append(args, "-f", "json", "--show-secrets")...)
		rep := parseGitReport(t, res.stdout)
		inPath := 0
		for _, f := range rep.Findings {
			if f.Line == 0 && strings.Contains(f.File, f.Secret) {
				inPath++
			}
		}
		want := 1
		if args[len(args)-1] == "HEAD~1..HEAD" {
			want = 0 // the file was added before the range
		}
		if inPath != want {
			t.Errorf("%q: %d findings in paths, want %d: %+v", args, inPath, want, rep.Findings)
		}
	}
	// Without a line, the SARIF result has no region, and is still valid.
	sarifcheck.Validate(t, repoRoot, []byte(keysieve(t, p.r.Dir, "scan", ".", "-f", "sarif").stdout))
}
