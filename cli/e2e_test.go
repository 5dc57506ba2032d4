package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/sarifcheck"
	"github.com/keysieve/keysieve/internal/testtmp"
	"github.com/keysieve/keysieve/rules/builtin"
)

// binary is the keysieve executable for the tests that need a real
// process (hooks run by git, other users, RSS, strace, terminals): this
// test binary itself under the name keysieve (see asKeysieve), or under
// the race detector, whose instrumented process would be several times
// slower and bigger, keysieve built once by go build.
var binary string

// binaryName is the name the test binary answers to as keysieve.
const binaryName = "keysieve"

// defaultRules is rules.toml, as the binary embeds it.
var defaultRules []byte

// testApp runs the in-process tests; it compiles the default ruleset once.
var testApp *App

// repoRoot is the absolute path of the repository's top directory.
var repoRoot string

func TestMain(m *testing.M) {
	if filepath.Base(os.Args[0]) == binaryName {
		os.Exit(asKeysieve())
	}
	os.Exit(testMain(m))
}

func testMain(m *testing.M) int {
	if rssFile := os.Getenv(rssWrapperEnv); rssFile != "" {
		return rssWrapper(rssFile)
	}
	defer testtmp.Use()() // before the binary's directory is made
	var err error
	if repoRoot, err = filepath.Abs(".."); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	if defaultRules, err = os.ReadFile(filepath.Join("..", "rules.toml")); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	testApp = &App{DefaultRules: defaultRules, DefaultConfig: builtin.Config()}
	dir, err := os.MkdirTemp("", "keysieve-e2e-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	if binary, err = provideBinary(dir); err != nil {
		fmt.Fprintln(os.Stderr, "keysieve binary:", err)
		return 2
	}
	return m.Run()
}

// provideBinary makes the keysieve executable in dir. Tests run as root
// start it as nobody too (see lockedTree), so dir is open to all. It is
// made before any test starts and never rewritten: an executable written
// while parallel tests fork can fail to start with "text file busy",
// since a child may inherit the writer's open descriptor.
func provideBinary(dir string) (string, error) {
	if err := os.Chmod(dir, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, binaryName)
	if raceEnabled {
		build := exec.Command("go", "build", "-o", bin, "..")
		build.Stderr = os.Stderr
		return bin, build.Run()
	}
	// The test binary, linked (or copied) under the name keysieve, with
	// the rules beside it: asKeysieve runs it as main.go would.
	if err := os.WriteFile(filepath.Join(dir, "rules.toml"), defaultRules, 0o644); err != nil {
		return "", err
	}
	self, err := os.Executable()
	if err != nil {
		return "", err
	}
	if os.Link(self, bin) == nil {
		return bin, nil
	}
	data, err := os.ReadFile(self)
	if err != nil {
		return "", err
	}
	return bin, os.WriteFile(bin, data, 0o755)
}

// asKeysieve is the test binary started as keysieve: Main, as main.go
// runs it, with the rules.toml provideBinary put beside the executable.
func asKeysieve() int {
	exe, err := os.Executable()
	if err == nil {
		defaultRules, err = os.ReadFile(filepath.Join(filepath.Dir(exe), "rules.toml"))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "keysieve (test binary):", err)
		return 2
	}
	return Main(defaultRules, builtin.Config())
}

// runResult is what one run of keysieve did.
type runResult struct {
	code           int
	stdout, stderr string
}

// keysieve runs keysieve in-process in dir with args, through App.Run.
// It changes the working directory, so tests calling it are not parallel.
func keysieve(t *testing.T, dir string, args ...string) runResult {
	t.Helper()
	t.Chdir(dir)
	var stdout, stderr bytes.Buffer
	code := testApp.Run(t.Context(), args, &stdout, &stderr)
	return runResult{code, stdout.String(), stderr.String()}
}

// keysieveProcess runs the built binary in dir with args, for the tests
// where a real process matters.
func keysieveProcess(t *testing.T, dir string, args ...string) runResult {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := 0
	var exit *exec.ExitError
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return runResult{code, stdout.String(), stderr.String()}
}

// jsonReport mirrors the JSON report for assertions.
type jsonReport struct {
	Version  int `json:"version"`
	Findings []struct {
		Rule        string  `json:"rule"`
		File        string  `json:"file"`
		Line        int     `json:"line"`
		Column      int     `json:"column"`
		Secret      string  `json:"secret"`
		Entropy     float64 `json:"entropy"`
		Validated   string  `json:"validated"`
		Fingerprint string  `json:"fingerprint"`
	} `json:"findings"`
	Skipped []struct{ Path, Reason string } `json:"skipped"`
	Errors  []struct{ Path, Error string }  `json:"errors"`
}

func parseReport(t *testing.T, out string) jsonReport {
	t.Helper()
	var r jsonReport
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatalf("output is not a JSON report: %v\n%s", err, out)
	}
	return r
}

func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// secrets are fake credentials built at run time.
type secrets struct{ github, aws string }

func newSecrets(seed uint64) secrets {
	g := fake.New(seed)
	return secrets{
		github: g.GitHubToken(fake.Join("gh", "p")),
		aws:    fake.Join("AK", "IA") + g.String(fake.Base32, 16),
	}
}

func leakyTree(t *testing.T, s secrets) string {
	return writeTree(t, map[string]string{
		"config/app.yaml": "service:\n  github_token: " + s.github + "\n",
		"deploy.sh":       "#!/bin/sh\nexport AWS_ACCESS_KEY_ID=" + s.aws + "\n",
		"README.md":       "Nothing to see here.\n",
	})
}

func TestScanCleanTreeExitsZero(t *testing.T) {
	dir := writeTree(t, map[string]string{"main.go": "package main\n\nfunc main() {}\n"})
	r := keysieve(t, dir, "scan", ".", "--format", "json")
	if r.code != 0 {
		t.Fatalf("exit %d, stderr: %s", r.code, r.stderr)
	}
	if rep := parseReport(t, r.stdout); rep.Version != 1 || len(rep.Findings) != 0 {
		t.Errorf("report = %+v", rep)
	}
}

func TestScanFindsRedactsAndFails(t *testing.T) {
	s := newSecrets(1)
	dir := leakyTree(t, s)
	r := keysieve(t, dir, "scan", "--format", "json")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1; stderr: %s", r.code, r.stderr)
	}
	rep := parseReport(t, r.stdout)
	got := map[string]string{}
	for _, f := range rep.Findings {
		got[f.File] = f.Rule
		if strings.Contains(r.stdout, s.github) || strings.Contains(r.stdout, s.aws) {
			t.Fatal("JSON output holds a full secret without --show-secrets")
		}
		if f.Fingerprint == "" || f.Line == 0 || f.Column == 0 {
			t.Errorf("finding lacks location or fingerprint: %+v", f)
		}
	}
	if got["config/app.yaml"] != "github-token" || got["deploy.sh"] != "aws-access-key-id" {
		t.Errorf("findings by file = %v", got)
	}

	shown := keysieve(t, dir, "scan", "--format", "json", "--show-secrets")
	if !strings.Contains(shown.stdout, s.github) || !strings.Contains(shown.stdout, s.aws) {
		t.Error("--show-secrets does not show the secrets")
	}
	if code := keysieve(t, dir, "scan", "--exit-code", "7", "-q").code; code != 7 {
		t.Errorf("--exit-code 7: exit %d", code)
	}
}

func TestScanTextReport(t *testing.T) {
	s := newSecrets(2)
	r := keysieve(t, leakyTree(t, s), "scan")
	if r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	for _, want := range []string{"config/app.yaml", "2:17", "github-token", "fix:", "keysieve:allow", "--baseline"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("text report lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "\x1b[") {
		t.Error("colour codes written to a pipe")
	}
	if strings.Contains(r.stdout+r.stderr, s.github) {
		t.Error("text report holds the full secret")
	}
}

func TestScanSARIF(t *testing.T) {
	dir := leakyTree(t, newSecrets(3))
	r := keysieve(t, dir, "scan", ".", "--format", "sarif", "--output", "out.sarif")
	if r.code != 1 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	path := filepath.Join(dir, "out.sarif")
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("report file mode = %v, want 0600", info.Mode().Perm())
	}
	data, _ := os.ReadFile(path)
	if !bytes.Contains(data, []byte(`"ruleId": "github-token"`)) {
		t.Errorf("SARIF lacks the github-token result")
	}
	sarifcheck.Validate(t, repoRoot, data)
}

func TestOutputRefusesSymlink(t *testing.T) {
	dir := leakyTree(t, newSecrets(4))
	target := filepath.Join(t.TempDir(), "victim")
	os.WriteFile(target, []byte("keep me"), 0o644)
	os.Symlink(target, filepath.Join(dir, "report.json"))
	r := keysieve(t, dir, "scan", "--format", "json", "-o", "report.json")
	if r.code != 2 || !strings.Contains(r.stderr, "symlink") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if data, _ := os.ReadFile(target); string(data) != "keep me" {
		t.Error("wrote through the symlink")
	}
}

func TestBaselineSuppressesKnownFindings(t *testing.T) {
	s := newSecrets(5)
	dir := leakyTree(t, s)
	base := filepath.Join(t.TempDir(), "baseline.json")
	if r := keysieve(t, dir, "scan", "--format", "json", "-o", base); r.code != 1 {
		t.Fatalf("exit %d", r.code)
	}
	if r := keysieve(t, dir, "scan", "--baseline", base); r.code != 0 {
		t.Fatalf("with baseline: exit %d\n%s", r.code, r.stdout)
	}
	// Moving the secret down a few lines keeps its fingerprint.
	path := filepath.Join(dir, "deploy.sh")
	old, _ := os.ReadFile(path)
	os.WriteFile(path, append([]byte("\n\n# moved\n"), old...), 0o644)
	if r := keysieve(t, dir, "scan", "--baseline", base); r.code != 0 {
		t.Errorf("after moving lines: exit %d\n%s", r.code, r.stdout)
	}
	// A new secret is still reported.
	os.WriteFile(filepath.Join(dir, "new.env"), []byte("GH="+newSecrets(6).github+"\n"), 0o644)
	r := keysieve(t, dir, "scan", "--baseline", base, "--format", "json")
	if rep := parseReport(t, r.stdout); r.code != 1 || len(rep.Findings) != 1 || rep.Findings[0].File != "new.env" {
		t.Errorf("new secret with baseline: exit %d, %+v", r.code, rep.Findings)
	}
}

func TestAllowCommentAndConfig(t *testing.T) {
	s := newSecrets(7)
	dir := writeTree(t, map[string]string{
		"a.py": "TOKEN = '" + s.github + "'  # keysieve:allow\n",
		"b.sh": "export AWS_ACCESS_KEY_ID=" + s.aws + "\n",
	})
	if r := keysieve(t, dir, "scan", "--format", "json"); len(parseReport(t, r.stdout).Findings) != 1 {
		t.Errorf("allow comment: findings %s", r.stdout)
	}
	os.WriteFile(filepath.Join(dir, ".keysieve.toml"), []byte("[extend]\ndisable = [\"aws-access-key-id\"]\n"), 0o644)
	if r := keysieve(t, dir, "scan"); r.code != 0 {
		t.Errorf("rule disabled by .keysieve.toml: exit %d\n%s", r.code, r.stdout)
	}
}

func TestBadInputExitsTwo(t *testing.T) {
	dir := writeTree(t, map[string]string{
		".keysieve.toml": "[[rules]]\nid = \"mine\"\ndescription = \"x\"\nkeywords = [\"mine_\"]\nregex = 'mine_('\nentrpy = 3\n",
	})
	r := keysieve(t, dir, "scan")
	if r.code != 2 {
		t.Fatalf("bad config: exit %d", r.code)
	}
	for _, want := range []string{".keysieve.toml:5: rule \"mine\": bad regex", ".keysieve.toml:6: rule \"mine\": unknown key \"entrpy\""} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if r := keysieve(t, dir, "rules", "check", ".keysieve.toml"); r.code != 2 || strings.Count(r.stderr, "\n") != 2 {
		t.Errorf("rules check: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{
		{"scan", "no-such-dir"},
		{"scan", "--no-such-flag"},
		{"scan", "--format", "xml", "--config", "/dev/null"},
		{"scan", "--max-file-size", "lots", "--config", "/dev/null"},
		{"frobnicate"},
	} {
		if r := keysieve(t, dir, args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
}

func TestRulesListCheckAndVersion(t *testing.T) {
	dir := t.TempDir()
	r := keysieve(t, dir, "rules", "list")
	if r.code != 0 || !strings.Contains(r.stdout, "github-token [vcs/critical]") {
		t.Errorf("rules list: exit %d\n%s", r.code, r.stdout)
	}
	// One keyword a line: the default ruleset's keywords that hold a line
	// break are written escaped, so no line is empty or cut.
	r = keysieve(t, dir, "rules", "list", "--keywords")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if r.code != 0 || slices.Contains(lines, "") || !slices.Contains(lines, `key\n`) {
		t.Errorf("rules list --keywords: exit %d, %d lines, empty line or no escaped key\\n", r.code, len(lines))
	}
	good := filepath.Join(dir, "good.toml")
	os.WriteFile(good, []byte("[[rules]]\nid = \"mine\"\ndescription = \"x\"\nkeywords = [\"mine_\"]\nregex = 'mine_([a-z]{9})'\n"), 0o644)
	if r := keysieve(t, dir, "rules", "check", good); r.code != 0 || !strings.Contains(r.stdout, "ok") {
		t.Errorf("rules check good: exit %d %s %s", r.code, r.stdout, r.stderr)
	}
	if r := keysieve(t, dir, "version"); r.code != 0 || !strings.HasPrefix(r.stdout, "keysieve ") {
		t.Errorf("version: %+v", r)
	}
}

func TestUnreadableFileIsWarnedAndScanGoesOn(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("needs a non-root user: root reads files without read permission")
	}
	s := newSecrets(8)
	dir := leakyTree(t, s)
	locked := filepath.Join(dir, "locked.txt")
	os.WriteFile(locked, []byte("x"), 0o000)
	r := keysieve(t, dir, "scan", "--format", "json")
	rep := parseReport(t, r.stdout)
	if r.code != 2 || len(rep.Errors) != 1 || len(rep.Findings) != 2 || !strings.Contains(r.stderr, "locked.txt") {
		t.Errorf("exit %d, errors %+v, findings %d, stderr %q", r.code, rep.Errors, len(rep.Findings), r.stderr)
	}
}

func TestProjectTreeIsClean(t *testing.T) {
	r := keysieve(t, "..", "scan", ".", "--format", "json")
	if r.code != 0 {
		t.Errorf("keysieve finds secrets in its own tree (exit %d):\n%s", r.code, r.stdout)
	}
}
