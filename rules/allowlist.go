package rules

import (
	"bytes"
	"errors"
	"regexp"
	"strings"
)

// Allowlist says which paths, secrets and findings are known not to be
// leaks. A rule has its own; the ruleset has a global one that applies to
// every rule.
type Allowlist struct {
	// Paths are matched against the slash-separated path of the file.
	Paths []*regexp.Regexp
	// Regexes are matched against the secret.
	Regexes []*regexp.Regexp
	// Stopwords are lower-case substrings; a secret containing one is dropped.
	Stopwords []string
	// Fingerprints are finding fingerprints to drop.
	Fingerprints map[string]bool
}

// add compiles spec into a, returning an error for every bad regex.
func (a *Allowlist) add(spec AllowlistSpec, budget *regexBudget, errorf func(key, format string, args ...any) *Error) ErrorList {
	var errs ErrorList
	compile := func(key string, exprs []string) []*regexp.Regexp {
		var out []*regexp.Regexp
		for _, expr := range exprs {
			re, err := budget.compile(expr)
			if errors.Is(err, errBudgetSpent) {
				continue // the regex that spent the budget was reported
			}
			if err != nil {
				errs = append(errs, errorf(key, "bad allowlist regex %q: %v", truncate(expr, maxEchoedExpr), err))
				continue
			}
			out = append(out, re)
		}
		return out
	}
	a.Paths = append(a.Paths, compile("paths", spec.Paths)...)
	a.Regexes = append(a.Regexes, compile("regexes", spec.Regexes)...)
	for _, w := range spec.Stopwords {
		a.Stopwords = append(a.Stopwords, strings.ToLower(w))
	}
	for _, fp := range spec.Fingerprints {
		if a.Fingerprints == nil {
			a.Fingerprints = map[string]bool{}
		}
		a.Fingerprints[fp] = true
	}
	return errs
}

// AllowsPath reports whether path is allowlisted.
func (a *Allowlist) AllowsPath(path string) bool {
	for _, re := range a.Paths {
		if re.MatchString(path) {
			return true
		}
	}
	return false
}

// AllowsSecret reports whether secret is allowlisted by regex or stopword.
func (a *Allowlist) AllowsSecret(secret []byte) bool {
	for _, re := range a.Regexes {
		if re.Match(secret) {
			return true
		}
	}
	if len(a.Stopwords) == 0 {
		return false
	}
	lower := bytes.ToLower(secret)
	for _, w := range a.Stopwords {
		if bytes.Contains(lower, []byte(w)) {
			return true
		}
	}
	return false
}

// AllowsFingerprint reports whether a finding fingerprint is allowlisted.
func (a *Allowlist) AllowsFingerprint(fp string) bool {
	return a.Fingerprints[fp]
}
