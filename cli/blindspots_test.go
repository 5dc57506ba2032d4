package cli

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/gittest"
)

// Issue #9, case 5: files named like lockfiles are scanned like any other.
func TestBlindSpotLockfilesAreScanned(t *testing.T) {
	s := newSecrets(900)
	dir := writeTree(t, map[string]string{
		"deploy/go.sum":            "example.com/m v1.0.0 h1:abc=\n# github_token: " + s.github + "\n",
		"web/package-lock.json":    `{"lockfileVersion": 3, "token": "` + s.github + `"}` + "\n",
		"yarn.lock":                "GITHUB_TOKEN=" + s.github + "\n",
		"vendor/Cargo.lock":        "AWS_ACCESS_KEY_ID=" + s.aws + "\n",
		"integrity/pnpm-lock.yaml": "resolution: {integrity: sha512-" + "AAAABBBBCCCCDDDDEEEEFFFFGGGGHHHHIIIIJJJJKKKKLLLLMMMMNNNN==}\n",
	})
	res := keysieve(t, dir, "scan", ".", "--format", "json")
	rep := parseReport(t, res.stdout)
	found := map[string]bool{}
	for _, f := range rep.Findings {
		found[f.File] = true
	}
	for _, want := range []string{"deploy/go.sum", "web/package-lock.json", "yarn.lock", "vendor/Cargo.lock"} {
		if !found[want] {
			t.Errorf("no finding in %s: exit %d, findings %+v", want, res.code, rep.Findings)
		}
	}
	if found["integrity/pnpm-lock.yaml"] {
		t.Errorf("an integrity hash is reported as a secret")
	}
}

// historyFinds runs history (full, and as a range from the root commit)
// in dir and checks that it finds secret's commit without read errors.
func historyFinds(t *testing.T, dir, base string) {
	t.Helper()
	for _, args := range [][]string{{"history", "-f", "json"}, {"history", "-f", "json", "--range", base + "..HEAD"}} {
		res := keysieve(t, dir, args...)
		rep := parseGitReport(t, res.stdout)
		if res.code != 1 || len(rep.Findings) != 1 || len(rep.Errors) != 0 {
			t.Errorf("%q: exit %d, findings %+v, errors %+v\n%s", args, res.code, rep.Findings, rep.Errors, res.stderr)
		}
	}
}

// Issue #9, case 5: history of a linked worktree reads the common objects.
func TestBlindSpotHistoryOfLinkedWorktree(t *testing.T) {
	r := gittest.New(t)
	r.Write("README.md", "hello\n")
	base := r.Commit("first")
	r.Write("app.env", "GITHUB_TOKEN="+ghToken(901)+"\n")
	r.Commit("add config")
	r.Git("gc", "-q") // packed objects: the pack pass must find them too
	linked := filepath.Join(t.TempDir(), "linked")
	r.Git("worktree", "add", "-q", "--detach", linked)
	historyFinds(t, linked, base)
}

// Issue #9, case 5: history of a clone sharing its objects with another
// repository (git clone --shared writes objects/info/alternates).
func TestBlindSpotHistoryOfSharedClone(t *testing.T) {
	r := gittest.New(t)
	r.Write("README.md", "hello\n")
	base := r.Commit("first")
	r.Write("app.env", "GITHUB_TOKEN="+ghToken(902)+"\n")
	r.Commit("add config")
	r.Git("gc", "-q")
	r.Write("later.txt", "loose object\n")
	r.Commit("a loose commit")
	shared := filepath.Join(t.TempDir(), "shared")
	r.Git("clone", "-q", "--shared", r.Dir, shared)
	historyFinds(t, shared, base)
}

// Issue #9, case 5: a path the config allowlists is not read, and the
// report says so instead of passing it over in silence.
func TestBlindSpotAllowlistedPathIsListed(t *testing.T) {
	s := newSecrets(903)
	dir := writeTree(t, map[string]string{
		"deploy/creds.env": "GITHUB_TOKEN=" + s.github + "\n",
		"app.env":          "AWS_ACCESS_KEY_ID=" + s.aws + "\n",
		".keysieve.toml":   "[allowlist]\npaths = ['(^|/)creds\\.env$']\n",
	})
	res := keysieve(t, dir, "scan", ".", "--format", "json")
	rep := parseReport(t, res.stdout)
	listed := false
	for _, sk := range rep.Skipped {
		listed = listed || sk.Path == "deploy/creds.env" && strings.Contains(sk.Reason, "allowlisted")
	}
	if res.code != 1 || len(rep.Findings) != 1 || !listed {
		t.Errorf("exit %d, findings %+v, skipped %+v", res.code, rep.Findings, rep.Skipped)
	}
}
