package cli

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/gittest"
	"github.com/keysieve/keysieve/internal/sarifcheck"
	"github.com/keysieve/keysieve/report"
)

// TestAllowCommentAnyCaseAndLineBefore (issue #11, item 10): the allow
// comment is matched in any case, on the finding's line or alone in a
// comment on the line before; a same-line comment does not reach the
// next line.
func TestAllowCommentAnyCaseAndLineBefore(t *testing.T) {
	t.Parallel()
	g := fake.New(1101)
	tok := func() string { return g.GitHubToken(fake.Join("gh", "p")) }
	dir := writeTree(t, map[string]string{
		"same.py":   "TOKEN = '" + tok() + "'  # KeySieve:Allow\n",
		"before.py": "x = 1\n# KEYSIEVE:ALLOW test fixture\nTOKEN = '" + tok() + "'\n",
		"slash.go":  "\t// keysieve:allow\n\tconst tok = \"" + tok() + "\"\n",
		"next.py":   "A = '" + tok() + "'  # keysieve:allow\nB = '" + tok() + "'\n",
		"far.py":    "# keysieve:allow\n\nTOKEN = '" + tok() + "'\n",
	})
	res := run(t, "scan", "-f", "json", dir)
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	var got []string
	for _, f := range parseReport(t, res.stdout).Findings {
		got = append(got, fmt.Sprintf("%s:%d", f.File, f.Line))
	}
	if strings.Join(got, " ") != "far.py:3 next.py:2" {
		t.Errorf("findings = %v, want far.py:3 next.py:2", got)
	}
	// A gate run with --ignore-allow-comments reports the marked lines too.
	strict := parseReport(t, run(t, "scan", "-f", "json", "--ignore-allow-comments", dir).stdout)
	if len(strict.Findings) != 6 {
		t.Errorf("--ignore-allow-comments: %d findings, want all 6", len(strict.Findings))
	}
}

// TestHookCleanCommitPrintsNothing (issue #11, item 10): the installed
// pre-commit hook is silent when nothing is found, and still blocks a
// secret with the report.
func TestHookCleanCommitPrintsNothing(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	r.Write("README.md", "hello\n")
	r.Commit("init")
	if res := keysieveProcess(t, r.Dir, "hook", "install", "--commit-msg"); res.code != 0 {
		t.Fatalf("install: exit %d\n%s", res.code, res.stderr)
	}
	r.Write("README.md", "hello again\n")
	r.Git("add", "-A")
	if out, err := r.TryGit("commit", "-q", "-m", "clean"); err != nil || out != "" {
		t.Fatalf("clean commit: err %v, output %q, want none", err, out)
	}
	r.Write("leak.txt", "token "+ghToken(1102)+"\n")
	r.Git("add", "-A")
	if out, err := r.TryGit("commit", "-q", "-m", "leak"); err == nil || !strings.Contains(out, "leak.txt") {
		t.Fatalf("commit with a secret not blocked (%v):\n%s", err, out)
	}
}

// TestStagedCopyOfSecretFileAndMissingFile (issue #11, item 2): a new
// file that is an exact copy of a committed file holding a secret adds
// the secret at a new path and is reported (a pure rename is not); a
// named file that does not exist exits 2, as scan does.
func TestStagedCopyOfSecretFileAndMissingFile(t *testing.T) {
	r := newE2ERepo(t)
	secret := ghToken(1103)
	r.Write("app.env", "GITHUB_TOKEN="+secret+"\n")
	r.Commit("known secret")
	r.Git("mv", "app.env", "moved.env")
	if res := keysieve(t, r.Dir, "staged", "-f", "json"); res.code != 0 {
		t.Fatalf("rename: exit %d, want 0\n%s%s", res.code, res.stdout, res.stderr)
	}
	r.Git("mv", "moved.env", "app.env")
	r.Write("copy.env", "GITHUB_TOKEN="+secret+"\n")
	r.Git("add", "copy.env")
	for _, args := range [][]string{{"staged", "-f", "json"}, {"staged", "-f", "json", "copy.env"}} {
		res := keysieve(t, r.Dir, args...)
		if res.code != 1 {
			t.Fatalf("%v: copy of a secret file: exit %d, want 1\n%s%s", args, res.code, res.stdout, res.stderr)
		}
		if fs := parseReport(t, res.stdout).Findings; len(fs) != 1 || fs[0].File != "copy.env" || fs[0].Line != 1 {
			t.Errorf("%v: findings = %+v, want one in copy.env:1", args, fs)
		}
	}
	res := keysieve(t, r.Dir, "staged", "missing.txt")
	if res.code != 2 || !strings.Contains(res.stderr, "missing.txt") {
		t.Errorf("staged missing.txt: exit %d, want 2 naming the file\n%s", res.code, res.stderr)
	}
	if scan := keysieve(t, r.Dir, "scan", "missing.txt"); scan.code != res.code {
		t.Errorf("scan missing.txt exits %d, staged %d", scan.code, res.code)
	}
}

// runStdin runs keysieve in-process with stdin as standard input.
func runStdin(t *testing.T, stdin string, args ...string) runResult {
	t.Helper()
	var stdout, stderr strings.Builder
	code := testApp.RunIO(t.Context(), args, strings.NewReader(stdin), &stdout, &stderr)
	return runResult{code, stdout.String(), stderr.String()}
}

// TestScanStdin (issue #11, CI): `scan -` reads standard input, reported
// as <stdin>, alone or with paths; clean input exits 0.
func TestScanStdin(t *testing.T) {
	t.Parallel()
	secret := ghToken(1104)
	res := runStdin(t, "log line\nGITHUB_TOKEN="+secret+"\n", "scan", "-f", "json", "-")
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s%s", res.code, res.stdout, res.stderr)
	}
	fs := parseReport(t, res.stdout).Findings
	if len(fs) != 1 || fs[0].File != "<stdin>" || fs[0].Line != 2 || strings.Contains(res.stdout, secret) {
		t.Errorf("findings = %+v, want one redacted at <stdin>:2", fs)
	}
	dir := writeTree(t, map[string]string{"a.env": "TOKEN=" + ghToken(1105) + "\n"})
	res = runStdin(t, "TOKEN="+secret+"\n", "scan", "-f", "json", "-", dir)
	var files []string
	for _, f := range parseReport(t, res.stdout).Findings {
		files = append(files, f.File)
	}
	if res.code != 1 || len(files) != 2 || files[0] != "<stdin>" {
		t.Errorf("scan - DIR: exit %d, files %v\n%s", res.code, files, res.stderr)
	}
	if res := runStdin(t, "nothing here\n", "scan", "-"); res.code != 0 {
		t.Errorf("clean stdin: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
}

// TestScanGitignore (issue #11, CI): --gitignore skips what Git ignores
// (a root .gitignore, a nested one, info/exclude, with a negation), each
// skip listed with reason gitignored; without it everything is scanned.
func TestScanGitignore(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	tok := func(seed uint64) string { return "TOKEN=" + ghToken(seed) + "\n" }
	r.Write(".gitignore", "*.log\nbuild/\n!keep.log\n")
	r.Write("sub/.gitignore", "local.env\n")
	r.Write(".git/info/exclude", "scratch.txt\n")
	r.Write("app.log", tok(1106))
	r.Write("keep.log", tok(1107))
	r.Write("build/out.env", tok(1108))
	r.Write("sub/local.env", tok(1109))
	r.Write("sub/app.env", tok(1110))
	r.Write("scratch.txt", tok(1111))
	files := func(res runResult) (found, skipped []string) {
		rep := parseReport(t, res.stdout)
		for _, f := range rep.Findings {
			found = append(found, f.File)
		}
		for _, s := range rep.Skipped {
			if s.Reason == "gitignored" {
				skipped = append(skipped, s.Path)
			}
		}
		return found, skipped
	}
	res := run(t, "scan", "-f", "json", "--gitignore", r.Dir)
	found, skipped := files(res)
	if res.code != 1 || strings.Join(found, " ") != "keep.log sub/app.env" {
		t.Errorf("--gitignore: exit %d, findings %v, want keep.log sub/app.env\n%s", res.code, found, res.stderr)
	}
	if strings.Join(skipped, " ") != "app.log build scratch.txt sub/local.env" {
		t.Errorf("--gitignore: skipped %v", skipped)
	}
	res = run(t, "scan", "-f", "json", "--gitignore", filepath.Join(r.Dir, "sub"))
	if found, _ := files(res); strings.Join(found, " ") != "sub/app.env" { // relative to the repository
		t.Errorf("--gitignore on a subdirectory: findings %v, want sub/app.env", found)
	}
	if found, skipped := files(run(t, "scan", "-f", "json", r.Dir)); len(found) != 6 || len(skipped) != 0 {
		t.Errorf("without --gitignore: findings %v, skipped %v", found, skipped)
	}
}

// TestJUnitFormat (issue #11, CI): --format junit writes JUnit XML with
// one failing test case per finding, redacted, and one passing case for
// a clean scan.
func TestJUnitFormat(t *testing.T) {
	t.Parallel()
	s := newSecrets(1112)
	res := run(t, "scan", "-f", "junit", leakyTree(t, s))
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", res.code, res.stderr)
	}
	var doc struct {
		Tests    int `xml:"tests,attr"`
		Failures int `xml:"failures,attr"`
		Suites   []struct {
			Cases []struct {
				Name    string `xml:"name,attr"`
				File    string `xml:"file,attr"`
				Failure *struct {
					Message string `xml:"message,attr"`
					Text    string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(res.stdout), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, res.stdout)
	}
	if doc.Tests != 2 || doc.Failures != 2 || len(doc.Suites) != 1 || len(doc.Suites[0].Cases) != 2 {
		t.Fatalf("want 2 failing cases:\n%s", res.stdout)
	}
	for _, c := range doc.Suites[0].Cases {
		if c.Failure == nil || c.File == "" || !strings.Contains(c.Failure.Text, "*****") {
			t.Errorf("case %+v: want a failure with a file and a redacted secret", c)
		}
	}
	if strings.Contains(res.stdout, s.github) || strings.Contains(res.stdout, s.aws) {
		t.Error("a secret is printed in full")
	}
	clean := run(t, "scan", "-f", "junit", writeTree(t, map[string]string{"a.txt": "hello\n"}))
	if clean.code != 0 || !strings.Contains(clean.stdout, `tests="1" failures="0"`) {
		t.Errorf("clean scan: exit %d\n%s", clean.code, clean.stdout)
	}
}

// TestTemplateFormat (issue #11, CI): --format template --template FILE
// runs a Go text/template over the documented data; without --template
// the default template is used; a broken template exits 2 before the
// scan, naming the line.
func TestTemplateFormat(t *testing.T) {
	t.Parallel()
	s := newSecrets(1113)
	dir := leakyTree(t, s)
	tmpl := filepath.Join(t.TempDir(), "ci.tmpl")
	writeFile(t, tmpl, "{{range .Findings}}{{.File}}|{{.Line}}|{{.Rule}}|{{.Secret}}|{{with .Git}}git{{else}}tree{{end}}\n{{end}}total={{len .Findings}} v{{.Version}}\n")
	res := run(t, "scan", "-f", "template", "--template", tmpl, dir)
	want := "config/app.yaml|2|github-token|" + report.Redact(s.github) + "|tree\n" +
		"deploy.sh|2|aws-access-key-id|" + report.Redact(s.aws) + "|tree\ntotal=2 v1\n"
	if res.code != 1 || res.stdout != want {
		t.Errorf("exit %d, output:\n%s\nwant:\n%s\n%s", res.code, res.stdout, want, res.stderr)
	}
	if res := run(t, "scan", "-f", "template", dir); res.code != 1 || !strings.Contains(res.stdout, "2 finding(s)") {
		t.Errorf("default template: exit %d\n%s", res.code, res.stdout)
	}
	writeFile(t, tmpl, "ok\n{{.Nope}\n")
	if res := run(t, "scan", "-f", "template", "--template", tmpl, dir); res.code != 2 || !strings.Contains(res.stderr, "ci.tmpl:2") || res.stdout != "" {
		t.Errorf("broken template: exit %d\n%s%s", res.code, res.stdout, res.stderr)
	}
	if res := run(t, "scan", "--template", tmpl, dir); res.code != 2 || !strings.Contains(res.stderr, "--format template") {
		t.Errorf("--template without --format template: exit %d\n%s", res.code, res.stderr)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// sarifLocations returns the artifact URIs of a SARIF log's results and
// its %SRCROOT% base URI, after checking the log against the schema.
func sarifLocations(t *testing.T, out string) (uris []string, srcRoot string) {
	t.Helper()
	sarifcheck.Validate(t, repoRoot, []byte(out))
	var log struct {
		Runs []struct {
			BaseIDs map[string]struct{ URI string } `json:"originalUriBaseIds"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI       string `json:"uri"`
							URIBaseID string `json:"uriBaseId"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 {
		t.Fatalf("not a SARIF log of one run: %v\n%s", err, out)
	}
	for _, r := range log.Runs[0].Results {
		loc := r.Locations[0].PhysicalLocation.ArtifactLocation
		if loc.URIBaseID != "%SRCROOT%" {
			t.Errorf("uriBaseId %q, want %%SRCROOT%%", loc.URIBaseID)
		}
		uris = append(uris, loc.URI)
	}
	return uris, log.Runs[0].BaseIDs["%SRCROOT%"].URI
}

// TestSARIFPathsFromRepositoryRoot (issue #11, item 5): `scan sub` in a
// repository reports sub/settings.yaml, relative to the repository's top
// (%SRCROOT%, given in originalUriBaseIds), in SARIF and JSON alike, so a
// baseline made by `scan .` matches under `scan sub`; outside a
// repository paths stay relative to the scanned directory.
func TestSARIFPathsFromRepositoryRoot(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	r.Write("sub/settings.yaml", "token: "+ghToken(1114)+"\n")
	r.Write("top.env", "TOKEN="+ghToken(1115)+"\n")
	res := run(t, "scan", "-f", "sarif", filepath.Join(r.Dir, "sub"))
	uris, root := sarifLocations(t, res.stdout)
	if res.code != 1 || strings.Join(uris, " ") != "sub/settings.yaml" {
		t.Errorf("scan sub in a repository: exit %d, uris %v, want sub/settings.yaml", res.code, uris)
	}
	if want := "file://" + filepath.ToSlash(r.Dir) + "/"; root != want {
		t.Errorf("%%SRCROOT%% = %q, want %q", root, want)
	}
	base := filepath.Join(t.TempDir(), "baseline.json")
	if res := run(t, "scan", "-f", "json", "-o", base, r.Dir); res.code != 1 {
		t.Fatalf("baseline: exit %d\n%s", res.code, res.stderr)
	}
	for _, target := range []string{filepath.Join(r.Dir, "sub"), filepath.Join(r.Dir, "sub", "settings.yaml"), r.Dir} {
		if res := run(t, "scan", "-f", "json", "--baseline", base, target); res.code != 0 {
			t.Errorf("scan %s with the baseline of the whole repository: exit %d, want 0\n%s", target, res.code, res.stdout)
		}
	}
	plain := writeTree(t, map[string]string{"sub/settings.yaml": "token: " + ghToken(1116) + "\n"})
	res = run(t, "scan", "-f", "sarif", filepath.Join(plain, "sub"))
	uris, root = sarifLocations(t, res.stdout)
	if strings.Join(uris, " ") != "settings.yaml" || root != "file://"+filepath.ToSlash(filepath.Join(plain, "sub"))+"/" {
		t.Errorf("outside a repository: uris %v, %%SRCROOT%% %q", uris, root)
	}
}

// saltedReport is the JSON report's fingerprint fields.
type saltedReport struct {
	Scheme   string `json:"fingerprint_scheme"`
	Salt     string `json:"fingerprint_salt"`
	Findings []struct {
		Rule        string `json:"rule"`
		File        string `json:"file"`
		Secret      string `json:"secret"`
		Fingerprint string `json:"fingerprint"`
	} `json:"findings"`
}

func readSalted(t *testing.T, path string) saltedReport {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var r saltedReport
	if err := json.Unmarshal(data, &r); err != nil || len(r.Findings) != 1 {
		t.Fatalf("want a JSON report of one finding: %v\n%s", err, data)
	}
	return r
}

// TestBaselineHidesWeakPasswords (issue #11, item 9): a committed
// baseline holding a weak password gives nothing to test guesses against
// at speed: its fingerprint is not the plain SHA-256 of rule, file and
// secret (a guess list hashed with the visible data finds nothing), it is
// keyed with a salt stored in the baseline (random with --new-salt: two
// baselines differ; fixed otherwise, so fingerprints stay stable),
// the redacted secret shows no prefix, and the baseline still matches.
// A baseline with plain fingerprints still loads, with a warning.
func TestBaselineHidesWeakPasswords(t *testing.T) {
	t.Parallel()
	weak := fake.Join("Summer", "2024!", "Sales")
	dir := writeTree(t, map[string]string{"app/config.ini": "[db]\npassword = " + weak + "\n"})
	out := t.TempDir()
	b1, b2 := filepath.Join(out, "b1.json"), filepath.Join(out, "b2.json")
	for _, b := range []string{b1, b2} {
		if res := run(t, "scan", "-f", "json", "--new-salt", "-o", b, dir); res.code != 1 {
			t.Fatalf("baseline: exit %d\n%s", res.code, res.stderr)
		}
	}
	r1, r2 := readSalted(t, b1), readSalted(t, b2)
	// Without --new-salt, fingerprints are the same from run to run.
	stable := [2]saltedReport{}
	for i := range stable {
		b := filepath.Join(out, fmt.Sprintf("stable%d.json", i))
		run(t, "scan", "-f", "json", "-o", b, dir)
		stable[i] = readSalted(t, b)
	}
	if stable[0].Salt != stable[1].Salt || stable[0].Findings[0].Fingerprint != stable[1].Findings[0].Fingerprint || stable[0].Salt == r1.Salt {
		t.Errorf("runs without --new-salt: want the fixed salt and the same fingerprints: %+v %+v", stable[0], stable[1])
	}
	f := r1.Findings[0]
	if r1.Scheme != findings.FingerprintScheme || len(r1.Salt) != 32 || r1.Salt == r2.Salt || f.Fingerprint == r2.Findings[0].Fingerprint {
		t.Errorf("want keyed fingerprints with distinct random salts: %+v %+v", r1, r2)
	}
	for _, guess := range []string{"Password1!", fake.Join("Winter", "2023!Sales"), weak, fake.Join("Summer", "2024!")} {
		if findings.Fingerprint(f.Rule, f.File, []byte(guess)) == f.Fingerprint {
			t.Errorf("the plain SHA-256 of a guess matches the baseline: %q recovered", guess)
		}
	}
	if f.Secret != "*****" || strings.Contains(readFileString(t, b1), weak[:4]) {
		t.Errorf("redacted weak password shows a prefix: %q", f.Secret)
	}
	res := run(t, "scan", "-f", "json", "--baseline", b1, dir)
	if res.code != 0 || !strings.Contains(res.stdout, `"fingerprint_salt": "`+r1.Salt+`"`) {
		t.Errorf("scan with the baseline: exit %d, want 0 and the baseline's salt kept\n%s%s", res.code, res.stdout, res.stderr)
	}
	plain := filepath.Join(out, "plain.json")
	writeFile(t, plain, `{"version": 1, "findings": [{"rule": "`+f.Rule+`", "file": "`+f.File+`", "fingerprint": "`+
		findings.Fingerprint(f.Rule, f.File, []byte(weak))+`"}], "skipped": [], "errors": []}`)
	res = run(t, "scan", "--baseline", plain, dir)
	if res.code != 0 || !strings.Contains(res.stderr, "plain SHA-256 fingerprints") {
		t.Errorf("old baseline: exit %d, want 0 with a warning\n%s", res.code, res.stderr)
	}
	writeFile(t, plain, `{"version": 1, "fingerprint_scheme": "future", "fingerprint_salt": "00", "findings": []}`)
	if res := run(t, "scan", "--baseline", plain, dir); res.code != 2 || !strings.Contains(res.stderr, "fingerprint scheme") {
		t.Errorf("unknown scheme: exit %d, want 2\n%s", res.code, res.stderr)
	}
}

func readFileString(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestHistoryRangeInShallowClone (issue #11, item 8): in a clone made by
// `git clone --depth 1` of the pull request's branch, a range whose base
// was not fetched fails naming what is missing and the fix; once the
// base is fetched (shallow too), the old secret both tips hold is not
// blamed on the pull request, and the new one is reported without a
// commit, at the shallow boundary.
func TestHistoryRangeInShallowClone(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	old, added := ghToken(1117), ghToken(1118)
	r.Write("old.env", "TOKEN="+old+"\n")
	r.Commit("old secret")
	r.Write("README.md", "hello\n")
	r.Commit("readme")
	r.Git("checkout", "-q", "-b", "pr")
	r.Write("x.txt", "x\n")
	r.Commit("pr one")
	r.Write("new.env", "TOKEN="+added+"\n")
	prTip := r.Commit("pr two")
	r.Git("checkout", "-q", "main")
	r.Write("README.md", "hello again\n")
	r.Commit("main moves on")

	clone := filepath.Join(t.TempDir(), "clone")
	gittest.In(t, r.Dir, 0, "clone", "-q", "--depth", "1", "--branch", "pr", "file://"+r.Dir, clone)
	res := run(t, "history", "--range", "origin/main..HEAD", clone)
	for _, want := range []string{"origin/main", "fetch-depth: 0", "git fetch --unshallow", "shallow clone"} {
		if res.code != 2 || !strings.Contains(res.stderr, want) {
			t.Errorf("base not fetched: exit %d, want 2 with %q:\n%s", res.code, want, res.stderr)
		}
	}
	gittest.In(t, clone, 0, "fetch", "-q", "--depth", "1", "origin", "main:refs/remotes/origin/main")
	res = run(t, "history", "-f", "json", "--range", "origin/main..HEAD", clone)
	rep := parseGitReport(t, res.stdout)
	if res.code != 1 || len(rep.Findings) != 1 {
		t.Fatalf("shallow range: exit %d, findings %+v, want the new secret only\n%s", res.code, rep.Findings, res.stderr)
	}
	f := rep.Findings[0]
	if f.File != "new.env" || f.Git == nil || f.Commit != "" || f.Author != "" || f.ShallowBoundary != prTip {
		t.Errorf("finding %+v: want new.env unattributed, at boundary %s", f, prTip)
	}
	if !strings.Contains(res.stderr, "attribution stops at the shallow boundary") {
		t.Errorf("no notice that attribution stops at the boundary:\n%s", res.stderr)
	}
	// A full clone attributes the new secret to its commit, and the old
	// one to nobody in the range, as the shallow clone does.
	full := parseGitReport(t, run(t, "history", "-f", "json", "--range", "main..pr", r.Dir).stdout)
	if len(full.Findings) != 1 || full.Findings[0].File != "new.env" || full.Findings[0].Commit != prTip {
		t.Errorf("full clone: findings %+v", full.Findings)
	}
}
