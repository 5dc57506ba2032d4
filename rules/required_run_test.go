package rules

import (
	"regexp/syntax"
	"strings"
	"testing"
)

func TestRequiredRun(t *testing.T) {
	t.Parallel()
	hex64 := strings.Repeat("a1", 32)
	for _, tc := range []struct {
		name, expr string
		min        int // 0: no run
		held       []string
		unheld     []string
	}{
		{"a class repeated", `key=([0-9a-f]{64})`, 64, []string{"x " + hex64 + " y"}, []string{"key=" + hex64[:63] + " " + hex64[:10]}},
		{"an optional prefix joins the run", `(?i)priv[_.-]?key\s*=\s*((?:0x)?[0-9a-f]{64})`, 64, []string{hex64}, []string{"privkey = 0x123"}},
		{"a stretch of parts", `tok_[A-Z0-9]{8}[a-z0-9]{8}`, 20, []string{"tok_ABCD1234abcd1234"}, []string{"tok_ABCD1234 abcd1234"}},
		{"words and spaces", `mnemonic.((?:[a-z]{3,8} ){11}[a-z]{3,8})`, 47, []string{strings.Repeat("abc ", 12)}, []string{"mnemonic= word word"}},
		{"an alternation takes its weakest branch", `(?:[0-9a-f]{40}|[A-Z0-9]{20})`, 20, []string{"ABCDEFGHIJ0123456789"}, []string{"ABCDEFGHIJ012345678 "}},
		{"a branch with no run: none", `(?:[0-9a-f]{40}|secret)`, 0, nil, nil},
		{"too short: none", `key=[0-9]{8}`, 0, nil, nil},
		{"too broad a class: none", `key="([^"]{20,})"`, 0, nil, nil},
		{"printable but blanks: none", `key=([!-~]{20,})`, 0, nil, nil},
		{"any character: none", `key=(.{30})`, 0, nil, nil},
		{"case folded", `(?i)(?:ak)[a-z]{18}`, 20, []string{"AKABCDEFGHIJKLMNOPQR"}, []string{"ak abcdefghijklmnopqr"}},
		{"the Kelvin sign counts under (?i)", `(?i)k{20}`, 20, []string{strings.Repeat("\u212a", 20)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			re, err := syntax.Parse(tc.expr, parseFlags)
			if err != nil {
				t.Fatal(err)
			}
			run := requiredRun(re)
			if tc.min == 0 {
				if run != nil {
					t.Fatalf("run of %d bytes, want none", run.min)
				}
				return
			}
			if run == nil || run.min != tc.min {
				t.Fatalf("run %+v, want one of %d bytes", run, tc.min)
			}
			for _, s := range tc.held {
				if !run.foundIn([]byte(s)) {
					t.Errorf("%q: run not found", s)
				}
			}
			for _, s := range tc.unheld {
				if run.foundIn([]byte(s)) {
					t.Errorf("%q: run found", s)
				}
			}
		})
	}
}
