package cli

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestVerifyDocsNameEveryCommand: every command whose help lists
// --verify is named where docs/verify.md and the README say which
// commands take it, and no command is said to take it only later.
func TestVerifyDocsNameEveryCommand(t *testing.T) {
	t.Parallel()
	var takes []string
	for _, cmd := range []string{"scan", "history", "staged", "merge", "hook", "rules", "version"} {
		if r := runApp(t, cmd, "--help"); strings.Contains(r.stdout+r.stderr, "--verify[") {
			takes = append(takes, cmd)
		}
	}
	if len(takes) < 4 {
		t.Fatalf("only %q list --verify in their help", takes)
	}
	for _, c := range []struct{ path, sentence string }{
		{"../docs/verify.md", `It is available on ([^.]*)\.`},
		{"../README.md", "`--verify` \\(on ([^)]*)\\)"},
	} {
		data, err := os.ReadFile(c.path)
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(c.sentence).FindStringSubmatch(string(data))
		if m == nil {
			t.Errorf("%s does not say which commands take --verify (%s)", c.path, c.sentence)
			continue
		}
		for _, cmd := range takes {
			if !strings.Contains(m[1], "`"+cmd+"`") {
				t.Errorf("%s: %q does not name %s, which takes --verify", c.path, m[0], cmd)
			}
		}
		if strings.Contains(m[1], "once") {
			t.Errorf("%s: %q says a command takes --verify only later", c.path, m[0])
		}
	}
}
