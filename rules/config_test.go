package rules_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/rules"
)

func compileText(t *testing.T, text string) error {
	t.Helper()
	cfg, err := rules.Parse("test.toml", []byte(text))
	if err != nil {
		return err
	}
	_, err = rules.Compile(cfg)
	return err
}

const goodRule = `
[[rules]]
id = "demo-token"
description = "Demo token"
category = "saas"
keywords = ["demo_"]
regex = 'demo_([a-z0-9]{20})'
`

func TestLoadErrorsNameFileLineAndRule(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // substrings of the error, in order of the errors
	}{
		{"unknown key", goodRule + "entrpy = 3.0\n", []string{`test.toml:8: rule "demo-token": unknown key "entrpy"`}},
		{"unknown top-level key", "titel = 'x'\n" + goodRule, []string{`test.toml:1: unknown key "titel"`}},
		{"unknown allowlist key", goodRule + "[rules.allowlist]\npath = ['x']\n", []string{`rule "demo-token": unknown key "path"`}},
		{"duplicate id", goodRule + goodRule, []string{`test.toml:10: rule "demo-token": duplicate rule id`}},
		{"bad regex", strings.Replace(goodRule, `{20})`, `{20}`, 1), []string{`test.toml:7: rule "demo-token": bad regex`}},
		{"no keywords", strings.Replace(goodRule, `keywords = ["demo_"]`, `keywords = []`, 1), []string{`test.toml:6: rule "demo-token": keywords are missing`}},
		{"negative entropy", goodRule + "entropy = -1\n", []string{`test.toml:8: rule "demo-token": entropy -1 is outside`}},
		{"lookback too far", goodRule + "lookback = 100000\n", []string{`test.toml:8: rule "demo-token": lookback 100000 is outside 0..65536 bytes`}},
		{"unknown validator", goodRule + "validate = 'nope'\n", []string{`test.toml:8: rule "demo-token": unknown validator "nope"`}},
		// A config may sit in the scanned repository: its rules may not
		// hide the findings of others.
		{"supersedes in a user config", goodRule + "supersedes = ['aws-access-key']\n", []string{`test.toml:8: rule "demo-token": supersedes is kept for the default ruleset`}},
		{"bad category", strings.Replace(goodRule, `"saas"`, `"misc"`, 1), []string{`rule "demo-token": category "misc"`}},
		{"syntax error", "[[rules]\n", []string{`test.toml:2: expected end of table array name`}},
		{"two errors at once", goodRule + "entrpy = 1\nseverty = 'high'\n", []string{`unknown key "entrpy"`, `unknown key "severty"`}},
		// The decoder fills fields whatever the case of the key; keysieve does not.
		{"key in another case", goodRule + "Entropy = 3.0\n", []string{`test.toml:8: rule "demo-token": unknown key "Entropy"`}},
		{"unknown key in an inline table", goodRule + "allowlist = { paths = ['x'], regex = ['y'] }\n", []string{`rule "demo-token": unknown key "regex"`}},
		{"unknown global allowlist key inline", "allowlist = { stopword = ['x'] }\n" + goodRule, []string{`unknown key "stopword"`}},
		{"unknown extend key", "[extend]\ndisabled = ['x']\n" + goodRule, []string{`test.toml:2: unknown key "disabled"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantErrors(t, compileText(t, tt.text), tt.want)
		})
	}
}

// wantErrors fails t unless err is an ErrorList of len(want) errors, the
// i-th containing want[i]. It returns the list.
func wantErrors(t *testing.T, err error, want []string) rules.ErrorList {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	var list rules.ErrorList
	if !errors.As(err, &list) {
		t.Fatalf("error is %T, not an ErrorList: %v", err, err)
	}
	if len(list) != len(want) {
		t.Fatalf("got %d errors, want %d:\n%v", len(list), len(want), err)
	}
	for i, w := range want {
		if !strings.Contains(list[i].Error(), w) {
			t.Errorf("error %d = %q, want it to contain %q", i, list[i].Error(), w)
		}
	}
	return list
}

func TestUserConfigExtendsOverridesAndDisables(t *testing.T) {
	base, err := rules.Parse("base.toml", []byte(goodRule+strings.ReplaceAll(goodRule, "demo", "other")))
	if err != nil {
		t.Fatal(err)
	}
	user, err := rules.Parse("user.toml", []byte(`
[extend]
disable = ["other-token"]

[allowlist]
paths = ['^vendor/']

[[rules]]
id = "demo-token"
description = "Demo token, stricter"
keywords = ["demo_"]
regex = 'demo_([a-z0-9]{30})'

[[rules]]
id = "extra-token"
description = "Extra"
keywords = ["extra_"]
regex = 'extra_([a-z0-9]{20})'
`))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(base, user)
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, r := range rs.Rules {
		ids = append(ids, r.ID)
	}
	if got := strings.Join(ids, ","); got != "demo-token,extra-token" {
		t.Fatalf("rules = %s", got)
	}
	if rs.Rule("demo-token").Description != "Demo token, stricter" {
		t.Error("user rule did not replace the base rule of the same id")
	}
	if !rs.Allowlist.AllowsPath("vendor/x.go") {
		t.Error("user allowlist not added")
	}

	bad, _ := rules.Parse("user.toml", []byte("[extend]\ndisable = ['no-such-rule']\n"))
	if _, err := rules.Compile(base, bad); err == nil || !strings.Contains(err.Error(), `cannot disable unknown rule "no-such-rule"`) {
		t.Errorf("disabling an unknown rule: err = %v", err)
	}
}

func TestDefaultRulesetCompiles(t *testing.T) {
	rs := loadDefault(t)
	if len(rs.Rules) == 0 {
		t.Fatal("no rules")
	}
	for _, r := range rs.Rules {
		if r.Remediation == "" || r.HelpURI() == "" {
			t.Errorf("rule %s has no remediation with a URL", r.ID)
		}
	}
}
