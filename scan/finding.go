package scan

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
)

// Finding is one secret found, with where it is and what to do about it.
// Every source and every report uses this one type.
type Finding struct {
	Rule        string  `json:"rule"`
	Description string  `json:"description"`
	Category    string  `json:"category"`
	Severity    string  `json:"severity"`
	File        string  `json:"file"`
	Line        int     `json:"line"`
	Column      int     `json:"column"`
	EndLine     int     `json:"end_line"`
	EndColumn   int     `json:"end_column"`
	Secret      string  `json:"secret"`
	Entropy     float64 `json:"entropy"`
	Validated   string  `json:"validated,omitempty"`
	Owner       string  `json:"owner,omitempty"`
	Decoded     string  `json:"decoded,omitempty"`
	Fingerprint string  `json:"fingerprint"`
	Remediation string  `json:"remediation,omitempty"`
	HelpURI     string  `json:"help_uri,omitempty"`
	// Commit, Author, Email, Date (RFC 3339) and Message (the subject line)
	// describe the commit that introduced a secret found in Git history.
	Commit  string `json:"commit,omitempty"`
	Author  string `json:"author,omitempty"`
	Email   string `json:"email,omitempty"`
	Date    string `json:"date,omitempty"`
	Message string `json:"message,omitempty"`
	// InHead says whether the secret is still present at HEAD; it is set
	// for Git history findings only.
	InHead *bool `json:"in_head,omitempty"`
	// Refs counts and names some of the refs that reach the commit.
	Refs *RefSummary `json:"refs,omitempty"`
}

// Skipped is a file the scan passed over on purpose, with the reason.
type Skipped struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// FileError is a file the scan could not read; the rest of the scan went on.
type FileError struct {
	Path  string `json:"path"`
	Error string `json:"error"`
}

// Result is everything one scan found, in a deterministic order.
type Result struct {
	Findings []Finding
	Skipped  []Skipped
	Errors   []FileError
}

// Fingerprint identifies a secret at a path for a rule. It hashes the
// secret and ignores line numbers, so it survives edits that move lines;
// baselines and allowlists refer to findings by it.
func Fingerprint(rule, file string, secret []byte) string {
	h := sha256.New()
	h.Write([]byte(rule))
	h.Write([]byte{0})
	h.Write([]byte(file))
	h.Write([]byte{0})
	h.Write(secret)
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// sort orders the result by file, line, column and rule, so that output
// does not depend on the number of threads.
func (r *Result) sort() {
	slices.SortFunc(r.Findings, func(a, b Finding) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line),
			cmp.Compare(a.Column, b.Column), cmp.Compare(a.Rule, b.Rule))
	})
	slices.SortFunc(r.Skipped, func(a, b Skipped) int { return cmp.Compare(a.Path, b.Path) })
	slices.SortFunc(r.Errors, func(a, b FileError) int { return cmp.Compare(a.Path, b.Path) })
}

// merge appends other's contents to r.
func (r *Result) merge(other *Result) {
	r.Findings = append(r.Findings, other.Findings...)
	r.Skipped = append(r.Skipped, other.Skipped...)
	r.Errors = append(r.Errors, other.Errors...)
}
