package rules_test

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// benchCorpusSize is how much ordinary source code the benchmark scans.
const benchCorpusSize = 4 << 20

// benchCorpus returns a few MiB of the Go standard library's source with a
// fake secret planted every 256 KiB: ordinary code with sparse secrets.
func benchCorpus(b *testing.B) []byte {
	b.Helper()
	var buf bytes.Buffer
	g := fake.New(42)
	root := filepath.Join(runtime.GOROOT(), "src", "net")
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || buf.Len() >= benchCorpusSize {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		before := buf.Len()
		buf.Write(data)
		if before/(256<<10) != buf.Len()/(256<<10) {
			buf.WriteString("\nvar token = \"" + g.GitHubToken(fake.Join("gh", "p")) + "\"\n")
		}
		return nil
	})
	if err != nil || buf.Len() < benchCorpusSize/2 {
		b.Skipf("Go source tree not available under GOROOT: %v", err)
	}
	return buf.Bytes()
}

func loadFile(b *testing.B, path string) *rules.Ruleset {
	b.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	cfg, err := rules.Parse(path, data)
	if err != nil {
		b.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		b.Fatal(err)
	}
	return rs
}

// BenchmarkMatcher measures single-core matcher throughput (MB/s) with the
// starter ruleset and with the full default ruleset.
func BenchmarkMatcher(b *testing.B) {
	corpus := benchCorpus(b)
	for _, bench := range []struct {
		name string
		rs   func() *rules.Ruleset
	}{
		{"starter", func() *rules.Ruleset { return loadFile(b, filepath.Join("testdata", "starter.toml")) }},
		{"full", func() *rules.Ruleset { return loadDefault(b) }},
	} {
		b.Run(bench.name, func(b *testing.B) {
			m := bench.rs().NewMatcher()
			m.Find(corpus) // compiles the regexes it needs, once per ruleset
			b.SetBytes(int64(len(corpus)))
			found := 0
			for b.Loop() {
				found = len(m.Find(corpus))
			}
			b.ReportMetric(float64(found), "matches")
		})
	}
}

// BenchmarkDefaultRuleset measures what a run pays before and for its
// first bytes: parsing and compiling the default ruleset ("compile"), and
// that plus finding the secret in one small file ("first-find"), the
// latency of a pre-commit hook on a small change; and compiling a small
// user config on top of an already parsed default ("extend"), which a
// long-lived App does for each run with a config.
func BenchmarkDefaultRuleset(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "rules.toml"))
	if err != nil {
		b.Fatal(err)
	}
	g := fake.New(7)
	small := []byte(strings.Repeat("func main() { fmt.Println(os.Args) }\n", 100) +
		"token := \"" + g.GitHubToken(fake.Join("gh", "p")) + "\"\n")
	compile := func(b *testing.B) *rules.Ruleset {
		cfg, err := rules.ParseDefault("rules.toml", data)
		if err != nil {
			b.Fatal(err)
		}
		rs, err := rules.Compile(cfg)
		if err != nil {
			b.Fatal(err)
		}
		return rs
	}
	b.Run("compile", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			compile(b)
		}
	})
	b.Run("extend", func(b *testing.B) {
		b.ReportAllocs()
		base, err := rules.ParseDefault("rules.toml", data)
		if err != nil {
			b.Fatal(err)
		}
		user, err := rules.Parse("user.toml", []byte("[extend]\ndisable = [\"generic-secret\"]\n"))
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := rules.Compile(base, user); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("first-find", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if len(compile(b).NewMatcher().Find(small)) == 0 {
				b.Fatal("the planted token was not found")
			}
		}
	})
}
