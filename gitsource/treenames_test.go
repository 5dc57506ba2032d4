package gitsource

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// TestNameJudgeRemembers checks that a nameJudge answers as the scanner
// does, from memory the second time, and that its memory stays bounded
// whatever names a hostile history holds.
func TestNameJudgeRemembers(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := rules.ParseDefault("rules.toml", data)
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	core := scan.New(rs, scan.Options{Threads: 1, MaxFileSize: 1 << 20})
	j := newNameJudge(core)
	secretName := "backup-" + fake.New(7).GitHubToken(fake.Join("gh", "p")) + ".txt"
	for round := range 2 {
		for name, want := range map[string]bool{secretName: true, "README.md": false, "credential.c": false} {
			if got := j.hasSecret([]byte(name)); got != want {
				t.Errorf("round %d: hasSecret(%q) = %v, want %v", round, name, got, want)
			}
		}
	}
	if len(j.judged) != 3 {
		t.Errorf("%d names remembered, want 3", len(j.judged))
	}
	long := strings.Repeat("a", maxJudgedNameSize+1)
	j.hasSecret([]byte(long))
	if _, ok := j.judged[long]; ok {
		t.Error("a name longer than maxJudgedNameSize was remembered")
	}
	for i := range maxJudgedNames + 10 {
		j.hasSecret(fmt.Appendf(nil, "file-%d.go", i))
	}
	if len(j.judged) > maxJudgedNames {
		t.Errorf("%d names remembered, more than %d", len(j.judged), maxJudgedNames)
	}
	if !j.hasSecret([]byte(secretName)) {
		t.Error("a name with a secret was judged clean after the memory was cleared")
	}
}
