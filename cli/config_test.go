package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// configRule returns a well-formed rule with the given id and regex.
func configRule(id, regex string) string {
	return fmt.Sprintf("[[rules]]\nid = %q\ndescription = \"x\"\nkeywords = [\"%s_\"]\nregex = '%s'\n", id, id, regex)
}

// manyAlternations returns a regex of n alternatives word00000 to
// word(n-1), then '=' and the secret.
func manyAlternations(n int) string {
	alts := make([]string, n)
	for i := range alts {
		alts[i] = fmt.Sprintf("word%05d", i)
	}
	return "(?:" + strings.Join(alts, "|") + ")=([a-z0-9]{20})"
}

// TestHostileConfigExitsTwo runs `keysieve rules check FILE` and
// `keysieve scan --config FILE` on configs a hostile repository could
// carry. Each bad one exits 2 with a short error naming the file, the line
// and the rule where there is one; the good ones load.
func TestHostileConfigExitsTwo(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string // in stderr; "" means the config is valid
	}{
		{"empty file", "", ""},
		{"comments only", "# no changes\n\n", ""},
		{"binary garbage", "\x00\x01\xff\xfe\x00\x89PNG", "hostile.toml:1: files cannot contain NULL bytes"},
		{"invalid UTF-8", "\x89PNG\r\n\x1a\n\xff", "hostile.toml:1: invalid UTF-8"},
		{"10 MB file", strings.Repeat(configRule("big-file", `big_([a-z]{9})`)+"\n", 10<<20/60)[:10<<20],
			"hostile.toml: rules file is larger than the 1048576-byte (1 MiB) limit"},
		{"deeply nested inline tables", "x = " + strings.Repeat("{b = ", 100000) + "1" + strings.Repeat("}", 100000), "hostile.toml:1: arrays and tables nest more than 32 levels deep"},
		{"regex Go rejects", configRule("look", `look_(?=ahead)`), `hostile.toml:5: rule "look": bad regex: error parsing regexp: invalid or unsupported Perl syntax`},
		{"regex too large", configRule("too-large", strings.Repeat(`(?:\pL{1000})`, 4000)), `hostile.toml:5: rule "too-large": bad regex: error parsing regexp: expression too large`},
		{"ten thousand alternations", "[[rules]]\nid = \"alternations\"\ndescription = \"x\"\nkeywords = [\"word\"]\nregex = '" + manyAlternations(10000) + "'\n", ""},
		{"negative entropy", configRule("neg", `neg_([a-z]{9})`) + "entropy = -1\n", `hostile.toml:6: rule "neg": entropy -1 is outside 0..8 bits per byte`},
		{"NaN entropy", configRule("nan", `nan_([a-z]{9})`) + "entropy = nan\n", `hostile.toml:6: rule "nan": entropy NaN is outside 0..8 bits per byte`},
		{"duplicate id in one file", configRule("twice", `twice_([a-z]{9})`) + configRule("twice", `twice_([0-9]{9})`), `hostile.toml:7: rule "twice": duplicate rule id "twice" in this file`},
		{"replaces a default rule", configRule("github-token", `mine_([a-z]{9})`), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeTree(t, map[string]string{"hostile.toml": tt.text, "src/main.go": "package main\n"})
			for _, args := range [][]string{
				{"rules", "check", "hostile.toml"},
				{"scan", "--config", "hostile.toml", "src"},
			} {
				r := keysieve(t, dir, args...)
				if tt.want == "" {
					if r.code != 0 {
						t.Errorf("%v: exit %d, want 0; stderr:\n%s", args, r.code, r.stderr)
					}
					continue
				}
				if r.code != 2 || !strings.Contains(r.stderr, "keysieve: "+tt.want) {
					t.Errorf("%v: exit %d, want 2 and %q in stderr:\n%.2000s", args, r.code, tt.want, r.stderr)
				}
				if len(r.stderr) > 1000 {
					t.Errorf("%v: stderr is %d bytes; errors must not echo the input", args, len(r.stderr))
				}
			}
		})
	}
}

// TestEmptyConfigMeansNoChanges: an empty .keysieve.toml at the scanned
// root is valid and changes nothing: the same rules are active and the
// same secret is found.
func TestEmptyConfigMeansNoChanges(t *testing.T) {
	dir := t.TempDir()
	want := keysieve(t, dir, "rules", "list")
	empty := filepath.Join(dir, "empty.toml")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if got := keysieve(t, dir, "rules", "list", "--config", empty); got.code != 0 || got.stdout != want.stdout {
		t.Errorf("rules list with an empty config: exit %d, %d bytes, want %d bytes", got.code, len(got.stdout), len(want.stdout))
	}
	tree := leakyTree(t, newSecrets(40))
	if err := os.WriteFile(filepath.Join(tree, ".keysieve.toml"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	r := keysieve(t, tree, "scan", "--format", "json")
	if rep := parseReport(t, r.stdout); r.code != 1 || len(rep.Findings) != 2 {
		t.Errorf("scan with an empty .keysieve.toml: exit %d, %d findings, want 1 and 2", r.code, len(rep.Findings))
	}
}

// TestHostileDiscoveredConfigExitsTwo: a hostile .keysieve.toml found at
// the scanned root (not named with --config) fails the scan the same way.
func TestHostileDiscoveredConfigExitsTwo(t *testing.T) {
	dir := writeTree(t, map[string]string{".keysieve.toml": "\x00\xff garbage"})
	r := keysieve(t, dir, "scan", ".")
	if r.code != 2 || !strings.Contains(r.stderr, ".keysieve.toml:1: files cannot contain NULL bytes") {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// TestManyAlternationsRuleFinds: the 10,000-alternative rule is not only
// accepted, it finds a secret after its last alternative.
func TestManyAlternationsRuleFinds(t *testing.T) {
	value := fake.New(41).String("abcdefghijklmnopqrstuvwxyz0123456789", 20)
	dir := writeTree(t, map[string]string{
		"hostile.toml": "[[rules]]\nid = \"alternations\"\ndescription = \"x\"\nkeywords = [\"word\"]\nregex = '" + manyAlternations(10000) + "'\n",
		"src/a.txt":    "word09999=" + value + "\n",
	})
	r := keysieve(t, dir, "scan", "--config", "hostile.toml", "--format", "json", "src")
	rep := parseReport(t, r.stdout)
	if r.code != 1 || len(rep.Findings) != 1 || rep.Findings[0].Rule != "alternations" {
		t.Errorf("exit %d, findings %+v; stderr %s", r.code, rep.Findings, r.stderr)
	}
}
