package rules

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"
)

// Config is one parsed rules file: the embedded default ruleset or a
// user's .keysieve.toml. It holds the rules as written, not yet compiled.
type Config struct {
	// File names the source of the config in error messages.
	File string
	// Extend says how a user config combines with the default ruleset.
	Extend ExtendSpec
	// Allowlist is the global allowlist, applied to every rule.
	Allowlist AllowlistSpec
	// Rules are the rule definitions in file order.
	Rules []RuleSpec

	// ruleLines[i] is the 1-based line of the [[rules]] header of Rules[i].
	ruleLines []int
	lines     [][]byte
	// keyErrors are the unknown keys Parse found, reported by Compile.
	keyErrors ErrorList
}

// ExtendSpec is the [extend] table of a user config.
type ExtendSpec struct {
	// UseDefault keeps the embedded default ruleset (true unless set false).
	UseDefault *bool `toml:"use_default"`
	// Disable lists rule ids of the default ruleset to switch off.
	Disable []string `toml:"disable"`
}

// AllowlistSpec is an allowlist as written in TOML.
type AllowlistSpec struct {
	Description string `toml:"description"`
	// Paths are regexes matched against the slash-separated file path.
	Paths []string `toml:"paths"`
	// Regexes are matched against the secret.
	Regexes []string `toml:"regexes"`
	// Stopwords are case-insensitive substrings that mark a secret as not one.
	Stopwords []string `toml:"stopwords"`
	// Fingerprints lists finding fingerprints to ignore.
	Fingerprints []string `toml:"fingerprints"`
}

// RuleSpec is one [[rules]] table as written in TOML.
type RuleSpec struct {
	ID          string        `toml:"id"`
	Description string        `toml:"description"`
	Regex       string        `toml:"regex"`
	SecretGroup *int          `toml:"secret_group"`
	Keywords    []string      `toml:"keywords"`
	Entropy     float64       `toml:"entropy"`
	Category    string        `toml:"category"`
	Severity    string        `toml:"severity"`
	Remediation string        `toml:"remediation"`
	Validate    string        `toml:"validate"`
	Window      int           `toml:"window"`
	Allowlist   AllowlistSpec `toml:"allowlist"`
}

var (
	topLevelKeys  = keySet("title", "extend", "allowlist", "rules")
	extendKeys    = keySet("use_default", "disable")
	allowlistKeys = keySet("description", "paths", "regexes", "stopwords", "fingerprints")
	ruleKeys      = keySet("id", "description", "regex", "secret_group", "keywords", "entropy",
		"category", "severity", "remediation", "validate", "window", "allowlist")
	rulesHeader = regexp.MustCompile(`^\s*\[\[\s*rules\s*\]\]`)
)

func keySet(keys ...string) map[string]bool {
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		set[k] = true
	}
	return set
}

// Parse reads a rules file. It fails on TOML syntax errors. Unknown keys,
// like every other problem in the rules (regexes, duplicate ids, missing
// keywords), are reported by [Compile], all at once, each with file, line
// and rule id.
func Parse(file string, data []byte) (*Config, error) {
	cfg := &Config{File: file, lines: bytes.Split(data, []byte("\n"))}
	var doc struct {
		Extend    ExtendSpec    `toml:"extend"`
		Allowlist AllowlistSpec `toml:"allowlist"`
		Rules     []RuleSpec    `toml:"rules"`
	}
	if _, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&doc); err != nil {
		return nil, ErrorList{tomlError(file, err)}
	}
	cfg.Extend, cfg.Allowlist, cfg.Rules = doc.Extend, doc.Allowlist, doc.Rules
	cfg.ruleLines = headerLines(cfg.lines)

	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, ErrorList{tomlError(file, err)}
	}
	cfg.keyErrors = cfg.unknownKeys(raw)
	return cfg, nil
}

func tomlError(file string, err error) *Error {
	var perr toml.ParseError
	if errors.As(err, &perr) {
		return &Error{File: file, Line: perr.Position.Line, Msg: perr.Message}
	}
	return &Error{File: file, Msg: err.Error()}
}

func headerLines(lines [][]byte) []int {
	var out []int
	for i, l := range lines {
		if rulesHeader.Match(l) {
			out = append(out, i+1)
		}
	}
	return out
}

// unknownKeys reports every key the schema does not know, so that a typo
// cannot silently disable part of a rule.
func (c *Config) unknownKeys(raw map[string]any) ErrorList {
	var errs ErrorList
	report := func(ruleIndex int, key string) {
		errs = append(errs, c.errorf(ruleIndex, key, "unknown key %q", key))
	}
	for _, k := range sortedKeys(raw) {
		if !topLevelKeys[k] {
			report(-1, k)
		}
	}
	checkTable := func(ruleIndex int, v any, allowed map[string]bool) {
		table, _ := v.(map[string]any)
		for _, k := range sortedKeys(table) {
			if !allowed[k] {
				report(ruleIndex, k)
			}
		}
	}
	checkTable(-1, raw["extend"], extendKeys)
	checkTable(-1, raw["allowlist"], allowlistKeys)
	rules, _ := raw["rules"].([]map[string]any)
	for i, r := range rules {
		checkTable(i, r, ruleKeys)
		checkTable(i, r["allowlist"], allowlistKeys)
	}
	return errs
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// errorf builds an error for rule i (or the file itself when i < 0),
// pointing at the line where key is set when it can find it.
func (c *Config) errorf(i int, key, format string, args ...any) *Error {
	e := &Error{File: c.File, Msg: fmt.Sprintf(format, args...)}
	if i < 0 || i >= len(c.Rules) {
		e.Line = c.keyLine(0, len(c.lines), key)
		return e
	}
	e.RuleID = c.Rules[i].ID
	start, end := c.ruleSpan(i)
	e.Line = start
	if key != "" {
		if l := c.keyLine(start, end, key); l > 0 {
			e.Line = l
		}
	}
	return e
}

// ruleSpan returns the first line of rule i and the line after its last.
func (c *Config) ruleSpan(i int) (int, int) {
	if i >= len(c.ruleLines) {
		return 0, 0
	}
	end := len(c.lines) + 1
	if i+1 < len(c.ruleLines) {
		end = c.ruleLines[i+1]
	}
	return c.ruleLines[i], end
}

// keyLine finds the 1-based line in [from, to) that assigns key, or 0.
func (c *Config) keyLine(from, to int, key string) int {
	if key == "" {
		return 0
	}
	if from < 1 {
		from = 1
	}
	for n := from; n < to && n <= len(c.lines); n++ {
		line := strings.TrimSpace(string(c.lines[n-1]))
		if rest, ok := strings.CutPrefix(line, key); ok {
			rest = strings.TrimSpace(rest)
			if strings.HasPrefix(rest, "=") {
				return n
			}
		}
		if line == "["+key+"]" || strings.HasSuffix(line, "."+key+"]") {
			return n
		}
	}
	return 0
}

// Error is one problem in a rules file.
type Error struct {
	File   string
	Line   int
	RuleID string
	Msg    string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	b.WriteString(": ")
	if e.RuleID != "" {
		fmt.Fprintf(&b, "rule %q: ", e.RuleID)
	}
	b.WriteString(e.Msg)
	return b.String()
}

// ErrorList is every problem found in one or more rules files.
type ErrorList []*Error

func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}
