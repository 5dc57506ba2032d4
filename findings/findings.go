// Package findings holds what a scan produces, independent of where the
// content came from: findings, skipped files and read errors, with typed
// kinds, fingerprints, and the ordering and de-duplication every source
// and every report relies on. Git provenance is an optional part of a
// finding. This package depends on nothing but the standard library, so
// that reports (and the coming verification stage) need no source code.
package findings

import (
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
	// Repository names the repository the finding is in, for runs over
	// several repositories: a remote URL without credentials, or a path.
	Repository string `json:"repository,omitempty"`
	// Verification is the live check's answer when --verify asked for one.
	Verification *Verification `json:"verification,omitempty"`
	// Git is set for secrets found in Git history; its fields are written
	// inline in JSON, after the fields above.
	*Git
}

// Git is the provenance of a secret found in Git history.
type Git struct {
	// Commit, Author, Email, Date (RFC 3339) and Message (the subject line)
	// describe the commit that introduced the secret.
	Commit  string `json:"commit,omitempty"`
	Author  string `json:"author,omitempty"`
	Email   string `json:"email,omitempty"`
	Date    string `json:"date,omitempty"`
	Message string `json:"message,omitempty"`
	// InHead says whether the secret is still present at HEAD.
	InHead *bool `json:"in_head,omitempty"`
	// Refs counts and names some of the refs that reach the commit.
	Refs *RefSummary `json:"refs,omitempty"`
}

// RefSummary says which refs reach a commit: how many, and the first few
// names (branches first, then tags, remote-tracking refs and the rest).
type RefSummary struct {
	Count int      `json:"count"`
	Names []string `json:"names"`
}

// GitPart returns f's Git provenance, or the zero value when it has none,
// so that callers can read its fields without a nil check.
func (f *Finding) GitPart() Git {
	if f.Git == nil {
		return Git{}
	}
	return *f.Git
}

// Result is everything one scan found, in a deterministic order.
type Result struct {
	Findings []Finding
	Skipped  []Skipped
	Errors   []FileError
	// Interrupted says the scan was cancelled (SIGINT, SIGTERM) before it
	// was done: the result is partial.
	Interrupted bool
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

// Sort orders the result by file, line, column and rule, ties broken by
// every other field (see Compare), so that output does not depend on the
// number of threads or on the order work finished in.
func (r *Result) Sort() {
	slices.SortFunc(r.Findings, Compare)
	slices.SortFunc(r.Skipped, compareSkipped)
	slices.SortFunc(r.Errors, compareErrors)
}

// Merge appends other's contents to r.
func (r *Result) Merge(other *Result) {
	r.Findings = append(r.Findings, other.Findings...)
	r.Skipped = append(r.Skipped, other.Skipped...)
	r.Errors = append(r.Errors, other.Errors...)
}

// Dedupe drops repeated errors and skips (a tree unreadable from several
// commits, a path skipped in several versions with the same reason).
func (r *Result) Dedupe() {
	type pair struct{ a, b string }
	seen := map[pair]bool{}
	r.Errors = slices.DeleteFunc(r.Errors, func(e FileError) bool {
		k := pair{e.Where(), e.Error}
		defer func() { seen[k] = true }()
		return seen[k]
	})
	clear(seen)
	r.Skipped = slices.DeleteFunc(r.Skipped, func(s Skipped) bool {
		k := pair{s.Repository + "\x00" + s.Path, s.Reason}
		defer func() { seen[k] = true }()
		return seen[k]
	})
}

// AllowComment on a line suppresses findings on that line.
const AllowComment = "keysieve:allow"

// Provenance is the repository and revision a scan is about, for reports
// that name it (SARIF's versionControlProvenance).
type Provenance struct {
	RepositoryURI string // an https URI, without credentials
	RevisionID    string // the commit scanned up to
	Branch        string // the branch name, if HEAD is on one
}
