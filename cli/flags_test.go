package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestFlagErrorsAreShown: a flag error prints the error and a usage hint
// on stderr and exits 2 (issue #11, item 1).
func TestFlagErrorsAreShown(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, args := range [][]string{
		{"scan", "--bogus", dir},
		{"scan", dir, "-o"},
		{"scan", "--threads", "abc", dir},
		{"history", dir, "--range"},
		{"staged", "--nope"},
		{"rules", "list", "--nope"},
		{"rules", "check", "--nope", "x.toml"},
		{"hook", "install", "--nope"},
	} {
		res := run(t, args...)
		want := "keysieve " + args[0]
		if res.code != 2 || !strings.HasPrefix(res.stderr, want) || !strings.Contains(res.stderr, "--help' for usage") {
			t.Errorf("%v: exit %d, stderr %q; want 2 and the error with a hint", args, res.code, res.stderr)
		}
		if res.stdout != "" {
			t.Errorf("%v: stdout %q, want nothing", args, res.stdout)
		}
	}
}

// TestFlagBounds: numeric flags are refused outside sane bounds with the
// flag named (issue #9 case 6, issue #11 item 3), and accepted inside.
func TestFlagBounds(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{"a.txt": "nothing here\n"})
	for _, tc := range []struct{ flag, value string }{
		{"--threads", "1000000000"},
		{"--threads", "-1"},
		{"--max-file-size", "9000000000G"},
		{"--max-file-size", "99999999999999999999"},
		{"--max-file-size", "5GiB"},
		{"--max-file-size", "0"},
		{"--max-findings-per-file", "1000000000"},
		{"--max-findings-per-file", "-1"},
		{"--exit-code", "256"},
		{"--exit-code", "126"},
		{"--exit-code", "0"},
		{"--exit-code", "-1"},
	} {
		res := run(t, "scan", tc.flag, tc.value, dir)
		if res.code != 2 || !strings.Contains(res.stderr, tc.flag) {
			t.Errorf("scan %s %s: exit %d, stderr %q; want 2 naming the flag", tc.flag, tc.value, res.code, res.stderr)
		}
	}
	for _, args := range [][]string{
		{"--threads", "1024"}, {"--max-file-size", "4GiB"}, {"--exit-code", "125"}, {"--max-findings-per-file", "0"},
	} {
		if res := run(t, append(append([]string{"scan"}, args...), dir)...); res.code != 0 {
			t.Errorf("scan %v: exit %d, want 0\n%s", args, res.code, res.stderr)
		}
	}
	secretDir := writeTree(t, map[string]string{"a.env": "token=" + ghToken(31) + "\n"})
	if res := run(t, "scan", "--exit-code", "125", secretDir); res.code != 125 {
		t.Errorf("--exit-code 125 with a finding: exit %d, want 125", res.code)
	}
}

// TestHelpEverywhere: every command and subcommand answers --help on
// stdout with exit 0, a one-line description and an example; `rules
// check --help` does not look for a file named --help (issue #11, item 7).
func TestHelpEverywhere(t *testing.T) {
	t.Parallel()
	for _, args := range [][]string{
		{"--help"}, {"help"}, {"scan", "--help"}, {"scan", "-h"}, {"history", "--help"}, {"staged", "--help"},
		{"hook", "--help"}, {"hook", "install", "--help"}, {"hook", "uninstall", "--help"},
		{"rules", "--help"}, {"rules", "list", "--help"}, {"rules", "check", "--help"}, {"version", "--help"},
	} {
		res := run(t, args...)
		if res.code != 0 || res.stderr != "" || !strings.Contains(res.stdout, "Example") {
			t.Errorf("%v: exit %d, stderr %q, stdout %q; want help on stdout, exit 0", args, res.code, res.stderr, res.stdout)
		}
		if first, _, _ := strings.Cut(res.stdout, "\n"); len(first) < 10 {
			t.Errorf("%v: first line %q is no description", args, first)
		}
	}
	dir := t.TempDir()
	named := filepath.Join(dir, "--help")
	if err := os.WriteFile(named, []byte("[[rules]]\nid = \"x\"\nregex = \"x\"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if res := run(t, "rules", "check", "--", named); res.code == 0 && strings.Contains(res.stdout, "Example") {
		t.Errorf("rules check -- FILE printed help instead of checking the file")
	}
}

// TestOutputFileSummary: `scan -o FILE` prints a one-line summary on
// stderr, and nothing with --quiet (issue #11, item 4).
func TestOutputFileSummary(t *testing.T) {
	t.Parallel()
	g := fake.New(41)
	dir := writeTree(t, map[string]string{"a.env": "token=" + g.GitHubToken(fake.Join("gh", "p")) + "\n"})
	out := filepath.Join(t.TempDir(), "report.json")
	res := run(t, "scan", "-f", "json", "-o", out, dir)
	lines := strings.Split(strings.TrimSpace(res.stderr), "\n")
	if res.code != 1 || len(lines) != 1 || !strings.Contains(lines[0], "1 finding(s) in 1 file(s)") || !strings.Contains(lines[0], out) {
		t.Errorf("exit %d, stderr %q; want 1 and a one-line summary naming %s", res.code, res.stderr, out)
	}
	if res.stdout != "" {
		t.Errorf("stdout %q, want nothing", res.stdout)
	}
	if res := run(t, "scan", "-q", "-f", "json", "-o", out, dir); res.stderr != "" {
		t.Errorf("--quiet: stderr %q, want nothing", res.stderr)
	}
}
