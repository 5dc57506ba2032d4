// Package rules compiles secret-detection rules and matches them against
// bytes. It knows nothing of files, commits or reports: a [Matcher] takes a
// byte slice and returns the candidate secrets in it.
package rules

import (
	"errors"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"unicode/utf8"
)

// Categories a rule may belong to.
var Categories = []string{"cloud", "database", "ai", "vcs", "saas", "crypto", "generic"}

// Severity ranks how bad a leak of a rule's secret is.
type Severity string

// Severities from worst to mildest.
const (
	Critical Severity = "critical"
	High     Severity = "high"
	Medium   Severity = "medium"
	Low      Severity = "low"
)

var severities = []Severity{Critical, High, Medium, Low}

// maxWindow bounds how far past its keyword a multi-line rule may look.
const maxWindow = 64 << 10

var ruleID = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*[a-z0-9]$`)

// Rule is one compiled detection rule. Rules are immutable once compiled.
type Rule struct {
	ID          string
	Description string
	Category    string
	Severity    Severity
	Remediation string
	Keywords    []string
	Regex       *Regexp
	// SecretGroup is the capture group holding the secret; 0 means the
	// whole match, and -1 (a rule of a Trusted config that names no group)
	// the group named secret, else the first, else the whole match.
	SecretGroup int
	// Entropy is the minimum Shannon entropy (bits per byte) of the secret.
	Entropy float64
	// Validate names the offline check the secret must pass, or is empty.
	Validate string
	// Window is how many bytes past the keyword's line the regex may reach,
	// for secrets that span lines (PEM blocks, JSON documents).
	Window int
	// Lookback is how many bytes before the keyword's line the regex may
	// reach, for a document whose secret comes before the keyword (a JWK
	// with "d" above "kty").
	Lookback  int
	Allowlist *Allowlist
	validator *Validator
	// nameCheck, when set, judges the text a match holds before its secret
	// (the name the value is assigned to) with the secret; false drops the
	// match.
	nameCheck func(prefix, secret []byte) bool
	// prefixReject, when set, judges the same text as it stands; true
	// drops the match.
	prefixReject func(prefix, secret []byte) bool
	// supersedes are the rules whose matches this rule's matches replace
	// where their secrets overlap (RuleSpec.Supersedes).
	supersedes []*Rule
}

// HelpURI returns the first URL in the rule's remediation text, or "".
func (r *Rule) HelpURI() string {
	return firstURL.FindString(r.Remediation)
}

var firstURL = regexp.MustCompile(`https?://[^\s)>\]"']+`)

// Ruleset is a compiled, immutable set of rules with the keyword automaton
// that selects which rules to try where. It is safe for concurrent use;
// each goroutine scans with its own [Matcher].
type Ruleset struct {
	Rules     []*Rule
	Allowlist *Allowlist
	keywords  []string
	// keywordRules[k] are the indexes of the rules that list keywords[k].
	keywordRules [][]int
	// entryKeyword[k] says keywords[k] is a generic rule's (key, secret,
	// token...): a line holding it may be a section's entry (see findNested).
	entryKeyword []bool
	// curlKeyword is the index of "curl" in keywords: its hits are the
	// commands the curl view reads (curlview.go).
	curlKeyword int
	automaton   *keywordDFA
	// byID finds a rule by its id (see Rule).
	byID map[string]*Rule
}

// Keywords returns every distinct keyword of the ruleset, lower-cased.
func (rs *Ruleset) Keywords() []string { return slices.Clone(rs.keywords) }

// Rule returns the rule with the given id, or nil.
func (rs *Ruleset) Rule(id string) *Rule {
	if rs.byID != nil {
		return rs.byID[id]
	}
	for _, r := range rs.Rules { // a Ruleset Compile did not make
		if r.ID == id {
			return r
		}
	}
	return nil
}

// Compile merges configs in order and compiles the result. The first config
// is the base ruleset; each later one extends it: its rules add to the set
// or replace a rule of the same id, its [extend] disable list removes rules,
// and its allowlist adds to the global one. A later config with
// use_default = false starts afresh instead. Every problem found is returned
// in one [ErrorList].
func Compile(configs ...*Config) (*Ruleset, error) {
	var errs ErrorList
	var specs []ruleSource
	global := &Allowlist{}
	budget := &regexBudget{}
	for _, cfg := range configs {
		errs = append(errs, cfg.keyErrors...)
		if cfg.Extend.UseDefault != nil && !*cfg.Extend.UseDefault {
			specs, global = nil, &Allowlist{}
		}
		specs = disable(specs, cfg, &errs)
		specs = addRules(specs, cfg, &errs)
		errs = append(errs, global.add(cfg.Allowlist, budget, func(key, format string, a ...any) *Error {
			return cfg.errorf(-1, key, format, a...)
		})...)
	}
	rs := &Ruleset{Allowlist: global}
	for _, s := range specs {
		r, ruleErrs := compileRule(s, budget)
		errs = append(errs, ruleErrs...)
		if r != nil {
			rs.Rules = append(rs.Rules, r)
		}
	}
	if n := keywordBytes(rs.Rules); n > maxKeywordBytes && len(configs) > 0 {
		errs = append(errs, &Error{File: configs[len(configs)-1].File,
			Msg: fmt.Sprintf("the rules' distinct keywords total %d bytes, over the %d-byte limit of the keyword automaton", n, maxKeywordBytes)})
	}
	if len(errs) > 0 {
		return nil, errs
	}
	rs.byID = make(map[string]*Rule, len(rs.Rules))
	for _, r := range rs.Rules {
		rs.byID[r.ID] = r
	}
	linkSupersedes(rs.Rules, specs, rs.byID)
	rs.buildAutomaton()
	return rs, nil
}

// linkSupersedes points each rule at the rules its spec supersedes. An id
// that names no rule of the set (one a config disabled) is passed over.
// rules[i] is the rule compiled from specs[i], and byID finds each of
// rules by its id: Compile links only once every spec has compiled.
func linkSupersedes(rules []*Rule, specs []ruleSource, byID map[string]*Rule) {
	for i, src := range specs {
		for _, id := range src.spec().Supersedes {
			if other := byID[id]; other != nil && other != rules[i] {
				rules[i].supersedes = append(rules[i].supersedes, other)
			}
		}
	}
}

// maxKeywordBytes bounds the total length of a ruleset's distinct
// keywords. The keyword automaton has a state per keyword byte and a
// transition per state and byte class, so its memory grows with this
// times the alphabet; the default ruleset needs about 31 KB, which leaves
// a user config as much again.
const maxKeywordBytes = 64 << 10

// keywordBytes returns the total length of the distinct keywords of rules.
func keywordBytes(rules []*Rule) int {
	seen := map[string]bool{}
	n := 0
	for _, r := range rules {
		for _, k := range r.Keywords {
			if !seen[k] {
				seen[k] = true
				n += len(k)
			}
		}
	}
	return n
}

// ruleSource is a rule spec with the config it came from, for errors.
type ruleSource struct {
	cfg   *Config
	index int
}

func (s ruleSource) spec() *RuleSpec { return &s.cfg.Rules[s.index] }

func (s ruleSource) errorf(key, format string, args ...any) *Error {
	return s.cfg.errorf(s.index, key, format, args...)
}

// disable removes the rules cfg's [extend] disable list names. An id that
// is not in specs (or was already removed) is an error.
func disable(specs []ruleSource, cfg *Config, errs *ErrorList) []ruleSource {
	if len(cfg.Extend.Disable) == 0 {
		return specs
	}
	present := make(map[string]bool, len(specs))
	for _, s := range specs {
		present[s.spec().ID] = true
	}
	off := map[string]bool{}
	for _, id := range cfg.Extend.Disable {
		if !present[id] || off[id] {
			*errs = append(*errs, cfg.errorf(-1, "disable", "cannot disable unknown rule %q", id))
			continue
		}
		off[id] = true
	}
	return slices.DeleteFunc(specs, func(s ruleSource) bool { return off[s.spec().ID] })
}

// addRules adds cfg's rules to specs, each replacing the rule of the same
// id if there is one. A second rule with one id in the same file is an
// error. An index by id keeps this linear in the number of rules.
func addRules(specs []ruleSource, cfg *Config, errs *ErrorList) []ruleSource {
	at := make(map[string]int, len(specs)+len(cfg.Rules))
	for i, s := range specs {
		at[s.spec().ID] = i
	}
	seen := map[string]bool{}
	for i := range cfg.Rules {
		src := ruleSource{cfg, i}
		id := src.spec().ID
		if seen[id] {
			*errs = append(*errs, src.errorf("id", "duplicate rule id %q in this file", id))
			continue
		}
		seen[id] = true
		if j, ok := at[id]; ok {
			specs[j] = src
		} else {
			at[id] = len(specs)
			specs = append(specs, src)
		}
	}
	return specs
}

func compileRule(src ruleSource, budget *regexBudget) (*Rule, ErrorList) {
	s := src.spec()
	var errs ErrorList
	fail := func(key, format string, args ...any) {
		errs = append(errs, src.errorf(key, format, args...))
	}
	if !ruleID.MatchString(s.ID) {
		fail("id", "id %q must be lower-case letters, digits and dashes", s.ID)
	}
	r := &Rule{
		ID: s.ID, Description: s.Description, Category: s.Category,
		Severity: Severity(s.Severity), Remediation: strings.TrimSpace(s.Remediation),
		Entropy: s.Entropy, Validate: s.Validate, Window: s.Window, Lookback: s.Lookback,
	}
	if r.Description == "" {
		fail("description", "description is missing")
	}
	if r.Category == "" {
		r.Category = "generic"
	}
	if !slices.Contains(Categories, r.Category) {
		fail("category", "category %q is not one of %s", r.Category, strings.Join(Categories, ", "))
	}
	if r.Severity == "" {
		r.Severity = Medium
	}
	if !slices.Contains(severities, r.Severity) {
		fail("severity", "severity %q is not one of critical, high, medium, low", r.Severity)
	}
	if !(s.Entropy >= 0 && s.Entropy <= 8) { // NaN fails both
		fail("entropy", "entropy %v is outside 0..8 bits per byte", s.Entropy)
	}
	if s.Window < 0 || s.Window > maxWindow {
		fail("window", "window %d is outside 0..%d bytes", s.Window, maxWindow)
	}
	if s.Lookback < 0 || s.Lookback > maxWindow {
		fail("lookback", "lookback %d is outside 0..%d bytes", s.Lookback, maxWindow)
	}
	r.Keywords = compileKeywords(s.Keywords, fail)
	r.Regex, r.SecretGroup = compileRegex(src, budget, fail)
	if s.Validate != "" {
		if v, ok := validators[s.Validate]; ok {
			r.validator = &v
			r.nameCheck = nameChecks[s.Validate]
			r.prefixReject = prefixRejects[s.Validate]
		} else {
			fail("validate", "unknown validator %q (known: %s)", s.Validate, strings.Join(ValidatorNames(), ", "))
		}
	}
	if len(s.Supersedes) > 0 && src.cfg.user {
		// A config may sit in the scanned repository: a rule of its own
		// superseding a default rule would hide that rule's findings.
		fail("supersedes", "supersedes is kept for the default ruleset")
	}
	for _, id := range s.Supersedes {
		if !ruleID.MatchString(id) {
			fail("supersedes", "supersedes names %q, which is not a rule id", id)
		}
	}
	r.Allowlist = &Allowlist{}
	for _, e := range r.Allowlist.add(s.Allowlist, budget, src.errorf) {
		errs = append(errs, e)
	}
	if len(errs) > 0 {
		return nil, errs
	}
	return r, nil
}

func compileKeywords(keywords []string, fail func(string, string, ...any)) []string {
	if len(keywords) == 0 {
		fail("keywords", "keywords are missing: every rule needs at least one literal for the prefilter")
		return nil
	}
	out := make([]string, 0, len(keywords))
	for _, k := range keywords {
		k = strings.ToLower(k)
		if len(strings.TrimSpace(k)) < 2 {
			fail("keywords", "keyword %q is too short (2 bytes or more)", k)
			continue
		}
		out = append(out, k)
	}
	return out
}

func compileRegex(src ruleSource, budget *regexBudget, fail func(string, string, ...any)) (*Regexp, int) {
	s := src.spec()
	if s.Regex == "" {
		fail("regex", "regex is missing")
		return nil, 0
	}
	p := src.cfg.parsedRegex(src.index)
	if p.unchecked {
		if s.SecretGroup != nil {
			return p.re, *s.SecretGroup
		}
		return p.re, -1
	}
	err := p.err
	if err == nil {
		err = budget.charge(p.cost)
	}
	if errors.Is(err, errBudgetSpent) {
		return nil, 0 // the regex that spent the budget was reported
	}
	if err != nil {
		fail("regex", "bad regex: %v", err)
		return nil, 0
	}
	group := defaultSecretGroup(p.secretAt, p.numSubexp)
	if s.SecretGroup != nil {
		group = *s.SecretGroup
		if group < 0 || group > p.numSubexp {
			fail("secret_group", "secret_group %d but the regex has %d groups", group, p.numSubexp)
			return nil, 0
		}
	}
	return p.re, group
}

// maxEchoedExpr is how much of the offending expression a regex error
// quotes back: a 100 KB regex must not make a 100 KB error line.
const maxEchoedExpr = 80

// regexError describes a regexp compile error, quoting at most
// maxEchoedExpr bytes of the part of the expression it is about.
func regexError(err error) string {
	var serr *syntax.Error
	if !errors.As(err, &serr) || len(serr.Expr) <= maxEchoedExpr {
		return err.Error()
	}
	n := maxEchoedExpr
	for n > 0 && !utf8.RuneStart(serr.Expr[n]) {
		n--
	}
	return fmt.Sprintf("error parsing regexp: %s: `%s...` (%d bytes)", serr.Code, serr.Expr[:n], len(serr.Expr))
}

func (rs *Ruleset) buildAutomaton() {
	index := map[string]int{}
	for ri, r := range rs.Rules {
		for _, k := range r.Keywords {
			ki, ok := index[k]
			if !ok {
				ki = len(rs.keywords)
				index[k] = ki
				rs.keywords = append(rs.keywords, k)
				rs.keywordRules = append(rs.keywordRules, nil)
			}
			if !slices.Contains(rs.keywordRules[ki], ri) {
				rs.keywordRules[ki] = append(rs.keywordRules[ki], ri)
			}
		}
	}
	rs.entryKeyword = make([]bool, len(rs.keywords))
	for ki, ris := range rs.keywordRules {
		rs.entryKeyword[ki] = slices.ContainsFunc(ris, func(ri int) bool { return rs.Rules[ri].Category == "generic" })
	}
	for _, k := range append(slices.Clip(sectionKeywords), secretKindKeywords...) {
		rs.passKeyword(index, k, true)
	}
	rs.curlKeyword = rs.passKeyword(index, curlCommand, false)
	rs.automaton = newKeywordDFA(rs.keywords)
}

// passKeyword returns the index of keyword k in rs.keywords (index maps
// them), adding it with no rules when no rule lists it: the automaton
// notes it for one of the matcher's passes. entry marks it as noting an
// entry's line (see findNested).
func (rs *Ruleset) passKeyword(index map[string]int, k string, entry bool) int {
	ki, ok := index[k]
	if !ok {
		ki = len(rs.keywords)
		index[k] = ki
		rs.keywords = append(rs.keywords, k)
		rs.keywordRules = append(rs.keywordRules, nil)
		rs.entryKeyword = append(rs.entryKeyword, false)
	}
	rs.entryKeyword[ki] = rs.entryKeyword[ki] || entry
	return ki
}

// sectionKeywords open credentials sections whose header holds no generic
// rule's keyword (a Kubernetes Secret's stringData:): the automaton notes
// their lines for the nested-section pass (nested.go), and no rule runs
// on them. The lines that may say a manifest is a Secret
// (secretKindKeywords, k8s_secret.go) are noted the same way.
var sectionKeywords = []string{"stringdata:", "stringdata\""}

// String describes the rule for listings.
func (r *Rule) String() string {
	return fmt.Sprintf("%s [%s/%s] %s", r.ID, r.Category, r.Severity, r.Description)
}
