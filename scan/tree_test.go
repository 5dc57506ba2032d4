package scan_test

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

const demoRules = `
[[rules]]
id = "demo-token"
description = "Demo token"
category = "saas"
keywords = ["demo_"]
regex = 'demo_([a-z0-9]{20})'
`

func demoScanner(t testing.TB, opts scan.Options) *scan.Scanner {
	t.Helper()
	cfg, err := rules.Parse("demo.toml", []byte(demoRules))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return scan.New(rs, opts)
}

func demoSecret(g *fake.Gen) string { return g.String(fake.Lower+fake.Digits, 20) }

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestTreeFindsAndPlacesSecrets(t *testing.T) {
	t.Parallel()
	g := fake.New(1)
	dir := t.TempDir()
	s1, s2 := demoSecret(g), demoSecret(g)
	writeFile(t, filepath.Join(dir, "a", "crlf.txt"), "first\r\nkey = demo_"+s1+"\r\n")
	writeFile(t, filepath.Join(dir, "b.txt"), "ünïcödé = 'demo_"+s2+"'\n")
	writeFile(t, filepath.Join(dir, "c.txt"), "\xff\xfe bad utf-8 \xc3 demo_"+s1+"\n")
	res, err := demoScanner(t, scan.Options{}).Tree(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 3 {
		t.Fatalf("got %d findings, want 3: %+v", len(res.Findings), res.Findings)
	}
	if f := res.Findings[2]; f.File != "c.txt" || f.Column != 21 || f.Secret != s1 {
		t.Errorf("finding in invalid UTF-8 (each bad byte counts one column) = %+v", f)
	}
	f := res.Findings[0]
	if f.File != "a/crlf.txt" || f.Line != 2 || f.Column != 12 || f.EndColumn != 32 || f.Secret != s1 {
		t.Errorf("first finding = %+v", f)
	}
	f = res.Findings[1]
	if f.File != "b.txt" || f.Line != 1 || f.Column != 17 {
		t.Errorf("second finding (unicode columns count code points) = %+v", f)
	}
	if f.Fingerprint != findings.Fingerprint("demo-token", "b.txt", []byte(s2)) {
		t.Error("fingerprint is not derived from rule, file and secret")
	}
}

func TestTreeSkipsWhatItShould(t *testing.T) {
	t.Parallel()
	g := fake.New(2)
	dir := t.TempDir()
	line := "demo_" + demoSecret(g) + "\n"
	writeFile(t, filepath.Join(dir, ".git", "config"), line)
	writeFile(t, filepath.Join(dir, "bin.dat"), "\x00\x01"+line)
	writeFile(t, filepath.Join(dir, "big.txt"), strings.Repeat("x", 2000)+line)
	writeFile(t, filepath.Join(dir, "real.txt"), line)
	if err := os.Symlink(filepath.Join(dir, "real.txt"), filepath.Join(dir, "link.txt")); err != nil {
		t.Fatal(err)
	}
	writeFile(t, filepath.Join(dir, "allowed.txt"), "x = demo_"+demoSecret(g)+" # "+scan.AllowComment+"\n")
	res, err := demoScanner(t, scan.Options{MaxFileSize: 1000}).Tree(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].File != "real.txt" {
		t.Errorf("findings = %+v, want only real.txt", res.Findings)
	}
	reasons := map[string]string{}
	for _, s := range res.Skipped {
		reasons[s.Path] = s.Reason
	}
	for path, want := range map[string]string{"bin.dat": "binary", "big.txt": "larger than", "link.txt": "symlink"} {
		if !strings.Contains(reasons[path], want) {
			t.Errorf("skip reason for %s = %q, want %q", path, reasons[path], want)
		}
	}
}

func TestTreeReportsUnreadableFilesAndGoesOn(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" || os.Geteuid() == 0 {
		t.Skip("needs a non-root Unix user: root reads directories without read permission")
	}
	g := fake.New(3)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "good.txt"), "demo_"+demoSecret(g))
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(locked, 0o755)
	res, err := demoScanner(t, scan.Options{}).Tree(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Errors) != 1 || res.Errors[0].Path != "locked" || len(res.Findings) != 1 {
		t.Errorf("errors = %+v, findings = %d", res.Errors, len(res.Findings))
	}
}

func TestTreeIsDeterministicAcrossThreadCounts(t *testing.T) {
	t.Parallel()
	g := fake.New(4)
	dir := t.TempDir()
	for i := range 60 {
		var b strings.Builder
		for j := range 5 {
			b.WriteString(strings.Repeat(" ", j) + "demo_" + demoSecret(g) + "\n")
		}
		writeFile(t, filepath.Join(dir, string(rune('a'+i%7)), g.Alnum(8)+".txt"), b.String())
	}
	var first []findings.Finding
	for _, threads := range []int{1, 2, 8} {
		res, err := demoScanner(t, scan.Options{Threads: threads}).Tree(context.Background(), dir)
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Findings) != 300 {
			t.Fatalf("threads=%d: %d findings, want 300", threads, len(res.Findings))
		}
		if first == nil {
			first = res.Findings
			continue
		}
		for i := range first {
			if first[i] != res.Findings[i] {
				t.Fatalf("threads=%d: finding %d differs: %+v vs %+v", threads, i, res.Findings[i], first[i])
			}
		}
	}
}

func TestBaselineDropsKnownFindings(t *testing.T) {
	t.Parallel()
	g := fake.New(5)
	dir := t.TempDir()
	s1, s2 := demoSecret(g), demoSecret(g)
	writeFile(t, filepath.Join(dir, "x.txt"), "demo_"+s1+"\ndemo_"+s2+"\n")
	baseline := map[string]bool{findings.Fingerprint("demo-token", "x.txt", []byte(s1)): true}
	res, err := demoScanner(t, scan.Options{Baseline: baseline}).Tree(context.Background(), dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 || res.Findings[0].Secret != s2 {
		t.Errorf("findings = %+v, want only the second secret", res.Findings)
	}
}

func TestTreeFailsOnMissingRoot(t *testing.T) {
	t.Parallel()
	_, err := demoScanner(t, scan.Options{}).Tree(context.Background(), filepath.Join(t.TempDir(), "nope"))
	if err == nil || !strings.Contains(err.Error(), "scan root") {
		t.Errorf("err = %v", err)
	}
}
