package rules

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
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
	// Trusted marks rules tested with this build, the embedded default
	// ruleset: Compile takes their regexes as valid and within budget,
	// and each is parsed only when its rule is first used, like its
	// compilation (parsing all of them was a third of keysieve's start).
	// A malformed trusted regex panics on first use, so never set it on
	// a file a user or a scanned repository provides.
	Trusted bool
	// Prepared, of a Trusted config, holds the search plan of each of
	// Rules, in order, worked out when keysieve was built (see
	// [Prepared]); a rule whose regex or keywords were changed since is
	// analysed as any other.
	Prepared []Prepared

	// user marks a config Parse read: a user's file or one in the scanned
	// repository, whose rules may not supersede others.
	user bool

	// ruleLines[i] is the 1-based line of the [[rules]] header of Rules[i].
	ruleLines []int
	// numLines is how many lines the file has.
	numLines int
	// keyLines maps a key to the ascending 1-based lines that assign it
	// (key = ...) or open a table named by it ([key], [a.key]), so that
	// placing an error costs a binary search, not a scan of the file.
	keyLines map[string][]int
	// keyErrors are the unknown keys Parse found, reported by Compile.
	keyErrors ErrorList
	// regexes are the rules' regexes parsed, kept for every Compile.
	regexes regexMemo
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
	Lookback    int           `toml:"lookback"`
	Allowlist   AllowlistSpec `toml:"allowlist"`
	// Supersedes names rules whose matches this rule's matches replace
	// where their secrets overlap: the same secret is one finding, named
	// by this rule. Only the default ruleset may use it.
	Supersedes []string `toml:"supersedes"`
}

var (
	topLevelKeys  = keySet("title", "extend", "allowlist", "rules")
	extendKeys    = keySet("use_default", "disable")
	allowlistKeys = keySet("description", "paths", "regexes", "stopwords", "fingerprints")
	ruleKeys      = keySet("id", "description", "regex", "secret_group", "keywords", "entropy",
		"category", "severity", "remediation", "validate", "window", "lookback", "allowlist", "supersedes")
	rulesHeader = regexp.MustCompile(`^\s*\[\[\s*rules\s*\]\]`)
)

func keySet(keys ...string) map[string]bool {
	set := make(map[string]bool, len(keys))
	for _, k := range keys {
		set[k] = true
	}
	return set
}

// MaxConfigSize is the largest rules file Parse accepts. The default
// ruleset, parsed by ParseDefault, may outgrow it; a user config sits in the scanned
// repository, which may be hostile, and the TOML decoder's time and
// memory grow faster than the file.
const MaxConfigSize = 1 << 20

// Parse reads a rules file. It fails on TOML syntax errors and on files
// over [MaxConfigSize]. Unknown keys, like every other problem in the
// rules (regexes, duplicate ids, missing keywords), are reported by
// [Compile], all at once, each with file, line and rule id.
func Parse(file string, data []byte) (*Config, error) {
	if len(data) > MaxConfigSize {
		return nil, ErrorList{{File: file, Msg: fmt.Sprintf("rules file is larger than the %d-byte (1 MiB) limit", MaxConfigSize)}}
	}
	cfg, err := ParseDefault(file, data)
	if cfg != nil {
		cfg.user = true
	}
	return cfg, err
}

// ParseDefault reads the default ruleset keysieve ships: Parse without
// the [MaxConfigSize] limit, which guards against hostile user configs,
// not against the ruleset built into the binary.
func ParseDefault(file string, data []byte) (*Config, error) {
	if line := tooDeep(data); line > 0 {
		return nil, ErrorList{{File: file, Line: line, Msg: fmt.Sprintf("arrays and tables nest more than %d levels deep", maxNesting)}}
	}
	lines := bytes.Split(data, []byte("\n"))
	cfg := &Config{File: file, numLines: len(lines), keyLines: indexKeyLines(lines)}
	var doc struct {
		Extend    ExtendSpec    `toml:"extend"`
		Allowlist AllowlistSpec `toml:"allowlist"`
		Rules     []RuleSpec    `toml:"rules"`
	}
	meta, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&doc)
	if err != nil {
		return nil, ErrorList{tomlError(file, err)}
	}
	cfg.Extend, cfg.Allowlist, cfg.Rules = doc.Extend, doc.Allowlist, doc.Rules
	cfg.ruleLines = headerLines(lines)
	if allKeysKnown(meta.Keys()) {
		return cfg, nil
	}
	// Some key is unknown: decode again, untyped, to say which rule has it.
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return nil, ErrorList{tomlError(file, err)}
	}
	cfg.keyErrors = cfg.unknownKeys(raw)
	return cfg, nil
}

// allKeysKnown reports whether every key the file sets, spelled exactly
// (the decoder matches field names in any case), is one unknownKeys
// accepts. It errs only toward false, which costs a second decode: Parse
// decodes the file untyped only when some key may be unknown, since
// decoding the default ruleset was most of keysieve's start-up time.
func allKeysKnown(keys []toml.Key) bool {
	for _, k := range keys {
		if !knownKey(k) {
			return false
		}
	}
	return true
}

// knownKey reports whether key is a known top-level key, a known key of
// [extend] or [allowlist], or a known key of a rule or of its allowlist.
func knownKey(key toml.Key) bool {
	switch {
	case !topLevelKeys[key[0]]:
		return false
	case len(key) == 1 || key[0] == "title": // title's contents are not checked
		return true
	case key[0] == "extend":
		return len(key) == 2 && extendKeys[key[1]]
	case key[0] == "allowlist":
		return len(key) == 2 && allowlistKeys[key[1]]
	}
	// key[0] is "rules"
	return len(key) == 2 && ruleKeys[key[1]] ||
		len(key) == 3 && key[1] == "allowlist" && allowlistKeys[key[2]]
}

// ParseFile reads and parses the rules file at path. It refuses anything
// but a regular file (a FIFO would block, /dev/zero never ends) and reads
// at most MaxConfigSize+1 bytes, so a hostile config in a scanned
// repository cannot hang keysieve or exhaust its memory.
func ParseFile(path string) (*Config, error) {
	// Stat before opening: opening a FIFO blocks until it has a writer.
	if err := checkRegular(path, os.Stat); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	defer f.Close()
	if err := checkRegular(path, func(string) (os.FileInfo, error) { return f.Stat() }); err != nil {
		return nil, err
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxConfigSize+1))
	if err != nil {
		return nil, fmt.Errorf("read config %s: %w", path, err)
	}
	return Parse(path, data)
}

// maxNesting bounds how deeply arrays and inline tables may nest. A rules
// file needs two or three levels; the TOML decoder's time and memory grow
// steeply with depth (half a megabyte of "{b = " takes gigabytes).
const maxNesting = 32

// tooDeep returns the 1-based line where data's arrays and inline tables
// first nest more than maxNesting levels, or 0. It skips comments and
// strings; a basic or literal string ends at its line's end at the
// latest, so a stray quote cannot hide the rest of the file.
func tooDeep(data []byte) int {
	line, depth := 1, 0
	for i := 0; i < len(data); i++ {
		switch c := data[i]; c {
		case '\n':
			line++
		case '#':
			for i+1 < len(data) && data[i+1] != '\n' {
				i++
			}
		case '"', '\'':
			var newlines int
			i, newlines = skipString(data, i)
			line += newlines
		case '[', '{':
			if depth++; depth > maxNesting {
				return line
			}
		case ']', '}':
			depth = max(depth-1, 0)
		}
	}
	return 0
}

// skipString returns the index of the last byte of the string that opens
// at data[i] (a quote), and how many newlines it spans.
func skipString(data []byte, i int) (int, int) {
	quote := data[i]
	triple := bytes.HasPrefix(data[i:], []byte{quote, quote, quote})
	if triple {
		i += 2
	}
	newlines := 0
	for i++; i < len(data); i++ {
		switch c := data[i]; {
		case c == '\\' && quote == '"' && i+1 < len(data) && (triple || data[i+1] != '\n'):
			i++
			if data[i] == '\n' {
				newlines++
			}
		case c == '\n':
			if !triple {
				return i - 1, newlines
			}
			newlines++
		case c == quote && !triple:
			return i, newlines
		case c == quote && bytes.HasPrefix(data[i:], []byte{quote, quote, quote}):
			// Up to two quotes may precede the closing three ('''a'''''
			// is "a''"): the string ends at the last quote of the run.
			run := 3
			for run < 5 && i+run < len(data) && data[i+run] == quote {
				run++
			}
			return i + run - 1, newlines
		}
	}
	return len(data) - 1, newlines
}

// checkRegular fails unless stat says path is a regular file.
func checkRegular(path string, stat func(string) (os.FileInfo, error)) error {
	info, err := stat(path)
	if err != nil {
		return fmt.Errorf("read config: %w", err)
	}
	if !info.Mode().IsRegular() {
		return ErrorList{{File: path, Msg: fmt.Sprintf("not a regular file (mode %s)", info.Mode().Type())}}
	}
	return nil
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
		e.Line = c.keyLine(0, c.numLines+1, key)
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
	end := c.numLines + 1
	if i+1 < len(c.ruleLines) {
		end = c.ruleLines[i+1]
	}
	return c.ruleLines[i], end
}

// keyLine finds the first 1-based line in [from, to) that assigns key,
// or 0.
func (c *Config) keyLine(from, to int, key string) int {
	if key == "" {
		return 0
	}
	lines := c.keyLines[key]
	i, _ := slices.BinarySearch(lines, max(from, 1))
	if i < len(lines) && lines[i] < to {
		return lines[i]
	}
	return 0
}

// indexKeyLines maps each key to the lines that assign it: a line
// "key = ..." indexes the text before its first '='; a table header
// "[a.b]" or "[[a.b]]" indexes "a.b", "b" and the header's whole text.
// It reads each line once, so a 10 MB file with many errors is placed
// in linear time.
func indexKeyLines(lines [][]byte) map[string][]int {
	index := map[string][]int{}
	add := func(key string, n int) {
		if l := index[key]; len(l) == 0 || l[len(l)-1] != n {
			index[key] = append(l, n)
		}
	}
	for i, raw := range lines {
		line := strings.TrimSpace(string(raw))
		if key, _, ok := strings.Cut(line, "="); ok {
			add(strings.TrimSpace(key), i+1)
		}
		if !strings.HasPrefix(line, "[") || !strings.HasSuffix(line, "]") {
			continue
		}
		name := strings.TrimSuffix(line, "]")
		if inner, ok := strings.CutPrefix(name, "["); ok {
			add(inner, i+1)
		}
		for j := range len(name) {
			if name[j] == '.' {
				add(name[j+1:], i+1)
			}
		}
	}
	return index
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
