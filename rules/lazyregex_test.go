package rules_test

import (
	"sync"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

// TestCompileReusesParsedRegexes: a Config compiled twice gives both
// rulesets the same lazily compiled regexes, a rule whose regex was
// changed in between gets its new one, and the regexes compile on first
// use from many goroutines at once.
func TestCompileReusesParsedRegexes(t *testing.T) {
	cfg, err := rules.Parse("lazy.toml", []byte(`[[rules]]
id = "lazy-one"
description = "x"
keywords = ["one_"]
regex = 'one_([a-z]{9})'

[[rules]]
id = "lazy-two"
description = "x"
keywords = ["two_"]
regex = 'two_(?P<secret>[a-z]{9})'
`))
	if err != nil {
		t.Fatal(err)
	}
	first, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Rules[1].Regex = `two_([0-9]{9})`
	second, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if first.Rules[0].Regex != second.Rules[0].Regex {
		t.Error("an unchanged rule's regex is parsed and compiled again")
	}
	if got := second.Rules[1].Regex.String(); got != `two_([0-9]{9})` {
		t.Errorf("changed rule compiled with %q", got)
	}
	var wg sync.WaitGroup
	found := make([]int, 8)
	for i := range found {
		wg.Go(func() {
			found[i] = len(second.NewMatcher().Find([]byte("x = two_830416927\ny = one_qzmxkrvtw\n")))
		})
	}
	wg.Wait()
	for i, n := range found {
		if n != 2 {
			t.Errorf("goroutine %d: %d matches, want 2", i, n)
		}
	}
	if m := first.NewMatcher().Find([]byte("x = two_qzmxkrvtw\n")); len(m) != 1 || string(m[0].Secret) != "qzmxkrvtw" {
		t.Errorf("first ruleset: %+v, want the secret group of its own regex", m)
	}
}
