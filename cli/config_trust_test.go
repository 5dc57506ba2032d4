//go:build unix

package cli

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/sarifcheck"
)

// hostileConfigs are configs a pull request could add to switch the
// scanner off (issue #9, case 1), with the line each makes stderr say.
var hostileConfigs = []struct {
	name, toml, says string
}{
	{"use_default false", "[extend]\nuse_default = false\n", "use_default = false"},
	{"allowlist every path", "[allowlist]\npaths = [\".*\"]\n", "allowlist: 1 path, 0 regexes, 0 stopwords, 0 fingerprints"},
	{"allowlist the empty regex", "[allowlist]\nregexes = [\"\"]\n", "allowlist: 0 paths, 1 regex, 0 stopwords, 0 fingerprints"},
	{"stopword in the secret", "[allowlist]\nstopwords = [\"" + fake.Join("gh", "p_") + "\"]\n", "allowlist: 0 paths, 0 regexes, 1 stopword, 0 fingerprints"},
	{"disable the rules", "[extend]\ndisable = [\"github-token\", \"generic-secret\"]\n", "disables 2 rules (github-token, generic-secret)"},
}

// configPRRepo builds a repository whose main branch has a README, and
// for each hostile config a branch pr-N off main that adds it as
// .keysieve.toml together with a file holding a token.
func configPRRepo(t *testing.T) (*gittest.Repo, string) {
	t.Helper()
	r := gittest.New(t)
	r.Write("README", "hello\n")
	r.Commit("main")
	token := ghToken(900)
	for i, hc := range hostileConfigs {
		r.Git("checkout", "-q", "-b", branchName(i), "main")
		r.Write(".keysieve.toml", hc.toml)
		r.Write("deploy/env.txt", "GITHUB_TOKEN="+token+"\n")
		r.Commit("switch the scanner off: " + hc.name)
	}
	return r, token
}

func branchName(i int) string { return "pr-" + string(rune('a'+i)) }

// rulesOf returns the rule ids of the findings of a JSON report.
func rulesOf(rep gitReport) []string {
	var ids []string
	for _, f := range rep.Findings {
		ids = append(ids, f.Rule)
	}
	return ids
}

// runApp runs keysieve in-process like keysieve, but without changing
// the working directory (every path in args must be absolute), so that
// tests calling it can run in parallel.
func runApp(t *testing.T, args ...string) runResult {
	t.Helper()
	var stdout, stderr strings.Builder
	code := testApp.Run(t.Context(), args, &stdout, &stderr)
	return runResult{code, stdout.String(), stderr.String()}
}

// TestHostileConfigInRangeIsNotApplied (issue #9, case 1): a pull request
// adding a .keysieve.toml that would switch the scanner off does not:
// `history --range main..pr` reads the config from main, still finds the
// secret, reports the config change as a high finding of its own with
// the commit that made it, and exits 1, whichever branch is checked out.
// --since-commit does the same.
func TestHostileConfigInRangeIsNotApplied(t *testing.T) {
	t.Parallel()
	r, _ := configPRRepo(t)
	for i, hc := range hostileConfigs {
		t.Run(hc.name, func(t *testing.T) {
			t.Parallel()
			head := r.Git("rev-parse", branchName(i))
			runs := [][]string{{"--range", "main.." + branchName(i)}}
			if i == len(hostileConfigs)-1 { // the branch checked out
				runs = append(runs, []string{"--since-commit", "main"})
			}
			for _, args := range runs {
				res := runApp(t, append([]string{"history", "-f", "json", r.Dir}, args...)...)
				rep := parseGitReport(t, res.stdout)
				if res.code != 1 || !slices.Equal(rulesOf(rep), []string{configChangeRule, "github-token"}) {
					t.Fatalf("%v: exit %d, rules %v, want 1 and the config change and the token\n%s", args, res.code, rulesOf(rep), res.stderr)
				}
				f := rep.Findings[0]
				if f.File != userConfigName || f.Severity != "high" || f.Commit != head ||
					!strings.Contains(f.Description, "added") || !strings.Contains(f.Remediation, "--config") {
					t.Errorf("%v: config change finding %+v", args, f)
				}
				if !strings.Contains(res.stderr, "keysieve: config: none at main:.keysieve.toml") {
					t.Errorf("%v: stderr does not say which config was read:\n%s", args, res.stderr)
				}
			}
		})
	}
}

// TestExplicitConfigInRangeIsHonoured: the same configs named with
// --config are what the user asked for: they apply, no config change is
// reported, and stderr says what they switch off.
func TestExplicitConfigInRangeIsHonoured(t *testing.T) {
	t.Parallel()
	r, _ := configPRRepo(t)
	for i, hc := range hostileConfigs {
		t.Run(hc.name, func(t *testing.T) {
			t.Parallel()
			cfg := filepath.Join(t.TempDir(), "reviewed.toml")
			if err := os.WriteFile(cfg, []byte(hc.toml), 0o600); err != nil {
				t.Fatal(err)
			}
			res := runApp(t, "history", "-f", "json", "--config", cfg, "--range", "main.."+branchName(i), r.Dir)
			if rep := parseGitReport(t, res.stdout); res.code != 0 || len(rep.Findings) != 0 {
				t.Errorf("exit %d, rules %v, want 0 and none\n%s", res.code, rulesOf(rep), res.stderr)
			}
			if !strings.Contains(res.stderr, "keysieve: config: loaded "+cfg+" (--config): "+hc.says) ||
				!strings.Contains(res.stderr, "--config given") {
				t.Errorf("stderr does not say what the config changes (%q):\n%s", hc.says, res.stderr)
			}
		})
	}
}

// TestRangeReadsConfigFromBase: a config on the base branch applies to
// the range (a trusted allowlist keeps working), the range's changes to
// it do not, and changing or deleting it is reported.
func TestRangeReadsConfigFromBase(t *testing.T) {
	t.Parallel()
	r := gittest.New(t)
	r.Write(userConfigName, "[allowlist]\npaths = [\"^fixtures/\"]\n")
	r.Commit("main with a config")
	r.Git("checkout", "-q", "-b", "pr")
	r.Write("fixtures/token.txt", "token "+ghToken(901)+"\n")
	r.Write(userConfigName, "[allowlist]\npaths = [\"^fixtures/\", \"^deploy/\"]\n")
	r.Write("deploy/token.txt", "token "+ghToken(902)+"\n")
	modify := r.Commit("widen the allowlist")
	r.Git("rm", "-q", userConfigName)
	remove := r.Commit("drop the config")

	res := runApp(t, "history", "-f", "json", "--range", "main..pr", r.Dir)
	rep := parseGitReport(t, res.stdout)
	if res.code != 1 || len(rep.Findings) != 3 {
		t.Fatalf("exit %d, findings %v, want 1 and 3\n%s", res.code, rulesOf(rep), res.stderr)
	}
	want := map[string]string{modify: "modified", remove: "deleted"}
	for _, f := range rep.Findings {
		switch f.Rule {
		case configChangeRule:
			if !strings.Contains(f.Description, want[f.Commit]) || want[f.Commit] == "" {
				t.Errorf("config change %q at %s, want %v", f.Description, f.Commit, want)
			}
		case "github-token":
			if f.File != "deploy/token.txt" {
				t.Errorf("finding in %s: the base's allowlist should cover it", f.File)
			}
		}
	}
	if !strings.Contains(res.stderr, "keysieve: config: loaded main:.keysieve.toml (base of the range): allowlist: 1 path") {
		t.Errorf("stderr:\n%s", res.stderr)
	}
}

// TestConfigChangeFindingIgnoresAllowlistsAndBaseline: neither the
// base's allowlist of every path nor a baseline holding its fingerprint
// (a PR may change a baseline file too) hides a config change.
func TestConfigChangeFindingIgnoresAllowlistsAndBaseline(t *testing.T) {
	t.Parallel()
	r := gittest.New(t)
	r.Write(userConfigName, "[allowlist]\npaths = [\".*\"]\n")
	r.Commit("main allowlists everything")
	r.Git("checkout", "-q", "-b", "pr")
	r.Write(userConfigName, "# emptied\n")
	r.Commit("change it")
	res := runApp(t, "history", "-f", "json", "--range", "main..pr", r.Dir)
	if rep := parseGitReport(t, res.stdout); res.code != 1 || !slices.Equal(rulesOf(rep), []string{configChangeRule}) {
		t.Fatalf("exit %d, rules %v\n%s", res.code, rulesOf(rep), res.stderr)
	}
	baseline := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(baseline, []byte(res.stdout), 0o600); err != nil {
		t.Fatal(err)
	}
	res = runApp(t, "history", "-f", "json", "--range", "main..pr", "--baseline", baseline, r.Dir)
	if rep := parseGitReport(t, res.stdout); res.code != 1 || len(rep.Findings) != 1 {
		t.Errorf("with a baseline: exit %d, rules %v, want the config change", res.code, rulesOf(rep))
	}
}

// workingTreeConfigRepo is a repository with a token staged in env.txt
// and a staged .keysieve.toml that switches its rules off, and what
// stderr should end with when the config is loaded.
func workingTreeConfigRepo(t *testing.T) (*gittest.Repo, string) {
	t.Helper()
	r := gittest.New(t)
	r.Write("README", "hello\n")
	r.Commit("main")
	r.Write(userConfigName, hostileConfigs[len(hostileConfigs)-1].toml+"[allowlist]\nstopwords = [\"example\"]\n")
	r.Write("env.txt", "GITHUB_TOKEN="+ghToken(903)+"\n")
	r.Git("add", "-A")
	return r, userConfigName + " (working tree): disables 2 rules (github-token, generic-secret); " +
		"allowlist: 0 paths, 0 regexes, 1 stopword, 0 fingerprints\n"
}

// TestScanReadsTheWorkingTreeConfig: on the developer's machine the
// working tree's config applies, and stderr says what it changes
// (nothing with --quiet).
func TestScanReadsTheWorkingTreeConfig(t *testing.T) {
	t.Parallel()
	r, says := workingTreeConfigRepo(t)
	res := runApp(t, "scan", r.Dir)
	if res.code != 0 || !strings.Contains(res.stderr, "keysieve: config: loaded "+filepath.Join(r.Dir, says)) {
		t.Errorf("exit %d, stderr %q, want 0 and the config named", res.code, res.stderr)
	}
	if res := runApp(t, "scan", "--quiet", r.Dir); res.code != 0 || res.stderr != "" {
		t.Errorf("--quiet: exit %d, stderr %q", res.code, res.stderr)
	}
}

// TestStagedReadsTheWorkingTreeConfig: so does the pre-commit hook.
func TestStagedReadsTheWorkingTreeConfig(t *testing.T) {
	r, says := workingTreeConfigRepo(t)
	res := keysieve(t, r.Dir, "staged")
	if res.code != 0 || !strings.Contains(res.stderr, "keysieve: config: loaded "+filepath.Join(r.Dir, says)) {
		t.Errorf("exit %d, stderr %q, want 0 and the config named", res.code, res.stderr)
	}
}

// TestConfigMustBeARegularFile (issue #9, case 1): a .keysieve.toml that
// is a symlink (to a file inside the tree or outside it), a FIFO or a
// directory is refused with exit 2, and the error never quotes what it
// points to. The base's config in a range is held to the same rule. A
// --config path may be anywhere, but must still be a regular file.
func TestConfigMustBeARegularFile(t *testing.T) {
	t.Parallel()
	secret := ghToken(904)
	outside := filepath.Join(t.TempDir(), "outside.txt")
	if err := os.WriteFile(outside, []byte("not = toml = "+secret+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	makers := map[string]func(dir, path string) error{
		"symlink inside":  func(dir, path string) error { return os.Symlink("inside.txt", path) },
		"symlink outside": func(dir, path string) error { return os.Symlink(outside, path) },
		"fifo":            func(dir, path string) error { return syscall.Mkfifo(path, 0o600) },
		"directory":       func(dir, path string) error { return os.Mkdir(path, 0o700) },
	}
	for name, makeIt := range makers {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := writeTree(t, map[string]string{"inside.txt": "also = not toml " + secret + "\n"})
			if err := makeIt(dir, filepath.Join(dir, userConfigName)); err != nil {
				t.Fatal(err)
			}
			res := runApp(t, "scan", dir)
			if res.code != 2 || !strings.Contains(res.stderr, "not read: a config is read only as a regular file") {
				t.Errorf("exit %d, stderr:\n%s", res.code, res.stderr)
			}
			for _, leak := range []string{secret, "toml " + secret[:4], outside, "inside.txt"} {
				if strings.Contains(res.stderr+res.stdout, leak) {
					t.Errorf("output quotes %q:\n%s", leak, res.stderr)
				}
			}
		})
	}
	t.Run("explicit symlink to a regular file", func(t *testing.T) {
		t.Parallel()
		dir := writeTree(t, map[string]string{"cfg/real.toml": "[allowlist]\nstopwords = [\"x\"]\n", "a.txt": "hello\n"})
		if err := os.Symlink("cfg/real.toml", filepath.Join(dir, "link.toml")); err != nil {
			t.Fatal(err)
		}
		res := runApp(t, "scan", "--config", filepath.Join(dir, "link.toml"), filepath.Join(dir, "a.txt"))
		if res.code != 0 {
			t.Errorf("exit %d, stderr:\n%s", res.code, res.stderr)
		}
	})
	t.Run("symlink at the base of a range", func(t *testing.T) {
		t.Parallel()
		r := gittest.New(t)
		r.Write("inside.txt", "also = not toml "+secret+"\n")
		if err := os.Symlink("inside.txt", filepath.Join(r.Dir, userConfigName)); err != nil {
			t.Fatal(err)
		}
		r.Commit("main")
		r.Git("checkout", "-q", "-b", "pr")
		r.Write("b.txt", "hello\n")
		r.Commit("pr")
		res := runApp(t, "history", "--range", "main..pr", r.Dir)
		if res.code != 2 || !strings.Contains(res.stderr, "main:.keysieve.toml is a symlink") || strings.Contains(res.stderr, secret) {
			t.Errorf("exit %d, stderr:\n%s", res.code, res.stderr)
		}
	})
}

// TestConfigChangeFindingInEveryFormat: the config change goes through
// SARIF (valid against the schema) and text like any finding, with its
// rule id.
func TestConfigChangeFindingInEveryFormat(t *testing.T) {
	t.Parallel()
	r, _ := configPRRepo(t)
	for _, format := range []string{"text", "sarif"} {
		res := runApp(t, "history", "-f", format, "--range", "main.."+branchName(0), r.Dir)
		if res.code != 1 || !strings.Contains(res.stdout, configChangeRule) {
			t.Errorf("%s: exit %d, no %s\n%s", format, res.code, configChangeRule, res.stdout)
		}
		if format == "sarif" {
			sarifcheck.Validate(t, repoRoot, []byte(res.stdout))
		}
		if format == "text" && strings.Contains(res.stdout, "secret: *****") {
			t.Errorf("text: the config change has no secret, but a masked one is printed:\n%s", res.stdout)
		}
	}
}

// TestUnreadableBaseConfigFailsClosed: when the base's config cannot be
// read (a corrupt object), the range is scanned with the default ruleset,
// every finding is written, and the run exits 2 naming the config.
func TestUnreadableBaseConfigFailsClosed(t *testing.T) {
	t.Parallel()
	r := gittest.New(t)
	r.Write(userConfigName, "[allowlist]\npaths = [\".*\"]\n")
	r.Commit("main allowlists everything")
	blob := r.Git("rev-parse", "HEAD:"+userConfigName)
	r.Git("checkout", "-q", "-b", "pr")
	r.Write("env.txt", "GITHUB_TOKEN="+ghToken(905)+"\n")
	r.Commit("pr")
	obj := filepath.Join(r.Dir, ".git", "objects", blob[:2], blob[2:])
	if err := os.Chmod(obj, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(obj, []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := runApp(t, "history", "-f", "json", "--range", "main..pr", r.Dir)
	rep := parseGitReport(t, res.stdout)
	if res.code != 2 || !slices.Contains(rulesOf(rep), "github-token") {
		t.Fatalf("exit %d, rules %v, want 2 and the token\n%s", res.code, rulesOf(rep), res.stderr)
	}
	if len(rep.Errors) != 1 || rep.Errors[0].Path != userConfigName || !strings.Contains(rep.Errors[0].Error, blob) {
		t.Errorf("errors %+v, want the base's config named", rep.Errors)
	}
}
