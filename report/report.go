// Package report writes scan results as text, JSON or SARIF 2.1.0 and
// decides the process exit code. It does not know how findings were
// produced; it redacts every secret unless told to show them.
package report

import (
	"cmp"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/keysieve/keysieve/findings"
)

// Formats are the output formats Write accepts.
var Formats = []string{"text", "json", "sarif", "html", "junit", "template"}

// Options control how a report is written.
type Options struct {
	// ShowSecrets writes secrets in full; otherwise they are redacted.
	ShowSecrets bool
	// Color enables ANSI colours in text output.
	Color bool
	// ToolVersion is keysieve's version, recorded in SARIF.
	ToolVersion string
	// Provenance names the repository and revision scanned, for SARIF's
	// versionControlProvenance; empty when not scanning a repository with
	// a remote.
	Provenance Provenance
	// Hide redacts the secrets in a text that comes from the scanned
	// repository (paths, commit metadata, ref names, error messages); the
	// scanner's Redactor, which runs the matcher over the text. Without
	// ShowSecrets it is applied to every such text in every format.
	Hide func(string) string
	// Template is the text/template the template format runs
	// (--template FILE; see TemplateData).
	Template string
}

// Provenance is the repository and revision a report is about.
type Provenance = findings.Provenance

// Write writes res to w in format (text, json, sarif or html).
func Write(w io.Writer, format string, res *findings.Result, opts Options) error {
	view := res
	if !opts.ShowSecrets {
		view = Redacted(res, opts.Hide)
		if opts.Hide != nil {
			opts.Provenance.Branch = opts.Hide(opts.Provenance.Branch)
			opts.Provenance.RepositoryURI = opts.Hide(opts.Provenance.RepositoryURI)
			opts.Provenance.SourceRoot = opts.Hide(opts.Provenance.SourceRoot)
		}
	}
	switch format {
	case "text":
		return Text(w, view, opts)
	case "json":
		return JSON(w, view)
	case "sarif":
		return SARIF(w, view, opts)
	case "html":
		return HTML(w, view, opts)
	case "junit":
		return JUnit(w, view)
	case "template":
		return Template(w, view, opts)
	}
	return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(Formats, ", "))
}

// ExitCode returns found when res holds findings, else 0.
func ExitCode(res *findings.Result, found int) int {
	if len(res.Findings) > 0 {
		return found
	}
	return 0
}

// Redact hides a secret, showing at most a four-character prefix of a
// long, high-entropy one (findings.Redact).
func Redact(secret string) string { return findings.Redact(secret) }

// Redacted returns a copy of res to print without secrets: each finding's
// secret redacted, and every text that comes from the repository (file
// paths, commit subject, author, email, ref names, skipped paths, error
// paths and messages) passed through hide (nil: none) and then cleared of
// every secret found anywhere in res. So a secret is hidden wherever it
// appears, also when the per-file cap or a baseline dropped its finding.
func Redacted(res *findings.Result, hide func(string) string) *findings.Result {
	replacer := secretReplacer(res.Findings)
	clean := func(s string) string {
		if hide != nil {
			s = hide(s)
		}
		return replacer.Replace(s)
	}
	copied := *res // every field; the slices are replaced below
	out := &copied
	out.Findings = make([]findings.Finding, len(res.Findings))
	out.Skipped = make([]findings.Skipped, len(res.Skipped))
	out.Errors = make([]findings.FileError, len(res.Errors))
	for i, f := range res.Findings {
		f.Secret = Redact(f.Secret)
		f.File, f.Repository = clean(f.File), clean(f.Repository)
		if f.Git != nil {
			f.Git = redactedGit(*f.Git, clean)
		}
		if f.Verification != nil {
			f.Verification = redactedVerification(*f.Verification, clean)
		}
		out.Findings[i] = f
	}
	for i, s := range res.Skipped {
		s.Path, s.Reason, s.Repository = clean(s.Path), clean(s.Reason), clean(s.Repository)
		out.Skipped[i] = s
	}
	for i, e := range res.Errors {
		e.Path, e.Error, e.Repository = clean(e.Path), clean(e.Error), clean(e.Repository)
		out.Errors[i] = e
	}
	return out
}

// redactedGit returns a copy of g with clean applied to the commit's
// subject, author, email and ref names.
func redactedGit(g findings.Git, clean func(string) string) *findings.Git {
	g.Message, g.Author, g.Email = clean(g.Message), clean(g.Author), clean(g.Email)
	if g.Refs != nil {
		refs := *g.Refs
		refs.Names = make([]string, len(g.Refs.Names))
		for j, name := range g.Refs.Names {
			refs.Names[j] = clean(name)
		}
		g.Refs = &refs
	}
	return &g
}

// minHiddenSecret is the shortest secret redacted inside other text:
// shorter ones would garble ordinary words, and no rule finds them.
const minHiddenSecret = 8

// secretReplacer replaces each distinct secret of findings, longest
// first, by its redacted form.
func secretReplacer(fs []findings.Finding) *strings.Replacer {
	seen := map[string]bool{}
	var secrets []string
	for _, f := range fs {
		if len(f.Secret) >= minHiddenSecret && !seen[f.Secret] {
			seen[f.Secret] = true
			secrets = append(secrets, f.Secret)
		}
	}
	slices.SortFunc(secrets, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	pairs := make([]string, 0, 2*len(secrets))
	for _, secret := range secrets {
		pairs = append(pairs, secret, Redact(secret))
	}
	return strings.NewReplacer(pairs...)
}

// ReadBaseline reads the fingerprints of a previous JSON report.
func ReadBaseline(path string) (map[string]bool, error) {
	b, err := LoadBaseline(path)
	if err != nil {
		return nil, err
	}
	return b.Fingerprints, nil
}

// Baseline is a previous JSON report used to ignore known findings.
type Baseline struct {
	Fingerprints map[string]bool
	// Salt keys the fingerprints (findings.FingerprintScheme); nil when
	// they are plain SHA-256 (Plain), as before keyed fingerprints.
	Salt  []byte
	Plain bool
}

// LoadBaseline reads a previous JSON report: its fingerprints and their
// salt. A report with plain fingerprints (no fingerprint_salt) still
// loads, marked Plain; one made with a scheme this keysieve does not know
// is refused.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	doc, err := ParseJSON(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s is not a keysieve JSON report: %w", path, err)
	}
	b := &Baseline{Fingerprints: make(map[string]bool, len(doc.Findings))}
	switch {
	case doc.FingerprintScheme == "" && doc.FingerprintSalt == "":
		b.Plain = true
	case doc.FingerprintScheme != findings.FingerprintScheme:
		return nil, fmt.Errorf("baseline %s: fingerprint scheme %q is not %q: made by another keysieve version; make a new baseline", path, doc.FingerprintScheme, findings.FingerprintScheme)
	default:
		salt, err := hex.DecodeString(doc.FingerprintSalt)
		if err != nil || len(salt) < 8 {
			return nil, fmt.Errorf("baseline %s: fingerprint_salt is not a hex salt of at least 8 bytes", path)
		}
		b.Salt = salt
	}
	for _, f := range doc.Findings {
		if f.Fingerprint == "" {
			return nil, fmt.Errorf("baseline %s: finding for %s has no fingerprint", path, f.File)
		}
		b.Fingerprints[f.Fingerprint] = true
	}
	return b, nil
}
