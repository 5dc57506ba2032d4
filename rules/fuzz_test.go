package rules_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// Fuzz targets for the rules package. Their seed corpora are the f.Add
// calls below (fake secrets built at run time, never stored) plus the files
// under rules/testdata/fuzz/<Target>/; `go test` runs every seed as a
// normal test. Run one for real with, for example:
//
//	go test ./rules -run '^$' -fuzz '^FuzzParseCompile$' -fuzztime 10m

// fuzzBase is a small base ruleset a fuzzed user config extends, so that
// disable and replace-by-id are exercised without compiling the whole
// default ruleset on every input.
const fuzzBase = goodRule + `
[[rules]]
id = "other-token"
description = "Other token"
keywords = ["other_"]
regex = 'other_(?P<secret>[A-Za-z0-9]{16})'
entropy = 2.5
`

// FuzzParseCompile feeds arbitrary bytes to Parse and Compile, alone and
// on top of a base ruleset. Neither may panic; every error must be an
// ErrorList of *Error naming the fuzzed file with a line inside it; a
// ruleset that compiles must then scan its own source without panicking.
func FuzzParseCompile(f *testing.F) {
	for _, seed := range []string{
		"", "\n", "title = 'x'\n", goodRule, fuzzBase, goodRule + goodRule,
		"[extend]\nuse_default = false\n" + goodRule,
		"[extend]\ndisable = ['other-token', 'nope']\n",
		"[allowlist]\npaths = ['^vendor/', '(']\nregexes = ['[a-']\nstopwords = ['x']\nfingerprints = ['ab']\n",
		goodRule + "secret_group = 7\nwindow = 70000\nentropy = 9\nseverity = 'dire'\n",
		goodRule + "[rules.allowlist]\nregexes = ['(']\npath = ['x']\n",
		"[[rules]]\n[[rules]]\nid = 'a'\n[[rules]]\nid = 'a'\n",
		"[[rules]\n", "\x00\xff\xfe",
		"[[rules]]\nid = 'rep'\ndescription = 'x'\nkeywords = ['rep_']\nregex = '(?:a{1000}|b{1000}|c{999}){2}'\n",
		"[allowlist]\nregexes = ['(?:x{1000}){1000}', '((a{10}){10}){10}']\n", "a = \"\"\"\n[[rules]]\n\"\"\"\n" + goodRule,
	} {
		f.Add([]byte(seed))
	}
	base, err := rules.Parse("base.toml", []byte(fuzzBase))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := rules.Parse("fuzz.toml", data)
		if err != nil {
			checkErrorList(t, err, data)
			return
		}
		for _, configs := range [][]*rules.Config{{cfg}, {base, cfg}} {
			rs, err := rules.Compile(configs...)
			if err != nil {
				checkErrorList(t, err, data)
				continue
			}
			if err := rulecases.CheckMatches(data, rs.NewMatcher().Find(data)); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// checkErrorList fails t unless err is a non-empty ErrorList whose errors
// each name a file and, for the fuzzed file, a line within it.
func checkErrorList(t *testing.T, err error, data []byte) {
	t.Helper()
	var list rules.ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error is %T, not a non-empty ErrorList: %v", err, err)
	}
	lines := bytes.Count(data, []byte("\n")) + 1
	for _, e := range list {
		if e == nil || e.Msg == "" {
			t.Fatalf("empty error in %v", err)
		}
		if e.File == "fuzz.toml" && (e.Line < 0 || e.Line > lines+1) {
			t.Fatalf("error line %d outside a %d-line file: %v", e.Line, lines, e)
		}
		if e.File != "fuzz.toml" && e.File != "base.toml" {
			t.Fatalf("error names file %q: %v", e.File, e)
		}
	}
}
