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
	// Context is the text around the secret (its line and a few lines
	// either side), kept only when a scan is asked to (for --verify's
	// checks that need more than the secret: a password's connection
	// string, a token's user name or host). It is never written in a report.
	Context string `json:"-"`
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
	// ShallowBoundary is set, to a boundary commit of a shallow clone,
	// when the secret is in that commit's tree but its parents are not in
	// the clone: attribution stops there, so Commit and the fields about
	// it are empty (the commit that introduced it is older, not known).
	ShallowBoundary string `json:"shallow_boundary,omitempty"`
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
	// FingerprintSalt is the salt, in hex, the findings' fingerprints are
	// keyed with (FingerprintScheme); empty when they are plain.
	FingerprintSalt string
}

// FingerprintScheme names how keyed fingerprints are made (see
// scan.KeyedFingerprint); reports record it beside the salt.
const FingerprintScheme = "argon2id-m64-t1-p1"

// Fingerprint identifies a secret at a path for a rule. It hashes the
// secret and ignores line numbers, so it survives edits that move lines.
// It is plain SHA-256, fast to test guesses against: reports carry keyed
// fingerprints instead (FingerprintScheme, Result.FingerprintSalt), and
// this one is kept for baselines and allowlists written before them.
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

// AllowComment on a line, in any case, suppresses findings on that line;
// alone in a comment (only comment markers before it), on the next line too.
const AllowComment = "keysieve:allow"

// Provenance is the repository and revision a scan is about, for reports
// that name it (SARIF's versionControlProvenance).
type Provenance struct {
	RepositoryURI string // an https URI, without credentials
	RevisionID    string // the commit scanned up to
	Branch        string // the branch name, if HEAD is on one
	// SourceRoot is the absolute directory the report's paths are
	// relative to (SARIF's %SRCROOT%): the repository's top, or the
	// scanned directory outside a repository; empty when unknown.
	SourceRoot string
}
