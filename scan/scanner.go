// Package scan turns content from a source (a working tree, and later Git
// history) into findings: it runs the matcher over each chunk, places each
// secret by line and column, and applies inline allow comments, allowlists
// and the baseline.
package scan

import (
	"bytes"
	"runtime"

	"github.com/keysieve/keysieve/rules"
)

// AllowComment on a line suppresses findings on that line.
const AllowComment = "keysieve:allow"

// DefaultMaxFileSize is the size above which files are skipped.
const DefaultMaxFileSize = 10 << 20

// Options tune a scan.
type Options struct {
	// Threads is the number of concurrent workers; 0 means one per CPU.
	Threads int
	// MaxFileSize skips larger files; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Baseline holds fingerprints of known findings, which are not reported.
	Baseline map[string]bool
}

// Scanner finds secrets with a compiled ruleset. It is safe for concurrent use.
type Scanner struct {
	rules *rules.Ruleset
	opts  Options
}

// New returns a Scanner that applies rs with opts.
func New(rs *rules.Ruleset, opts Options) *Scanner {
	if opts.Threads <= 0 {
		opts.Threads = runtime.NumCPU()
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	return &Scanner{rules: rs, opts: opts}
}

// Chunk is content to scan with the path it is reported under.
type Chunk struct {
	// Path is slash-separated and relative to the scanned root.
	Path string
	Data []byte
}

// blobHit is a match in a blob or message, placed, before the filters
// that depend on the path it is reported under.
type blobHit struct {
	match      rules.Match
	start, end Position
}

// findings runs m over one chunk and turns its matches into findings.
func (s *Scanner) findings(m *rules.Matcher, c Chunk) []Finding {
	var out []Finding
	for _, h := range s.hits(m, c.Data) {
		if f, ok := s.hitFinding(h, c.Path); ok {
			out = append(out, f)
		}
	}
	return out
}

// hits runs m over data and places its matches, dropping those on lines
// marked with AllowComment: the part of turning matches into findings
// that does not depend on the path, so that history does it once per blob.
func (s *Scanner) hits(m *rules.Matcher, data []byte) []blobHit {
	matches := m.Find(data)
	if len(matches) == 0 {
		return nil
	}
	loc := newLocator(data)
	var out []blobHit
	for _, match := range matches {
		if bytes.Contains(lineAround(data, match.Start, match.End, 4096), []byte(AllowComment)) {
			continue
		}
		start := loc.at(match.Start)
		out = append(out, blobHit{match: match, start: start, end: endOf(start, data[match.Start:match.End])})
	}
	return out
}

// hitFinding applies the path-dependent filters (allowlisted paths, the
// baseline, allowlisted fingerprints) to a hit reported at path.
func (s *Scanner) hitFinding(h blobHit, path string) (Finding, bool) {
	r := h.match.Rule
	if s.rules.Allowlist.AllowsPath(path) || r.Allowlist.AllowsPath(path) {
		return Finding{}, false
	}
	fp := Fingerprint(r.ID, path, h.match.Secret)
	if s.opts.Baseline[fp] || s.rules.Allowlist.AllowsFingerprint(fp) || r.Allowlist.AllowsFingerprint(fp) {
		return Finding{}, false
	}
	return newFinding(h.match, path, fp, h.start, h.end), true
}

func newFinding(m rules.Match, path, fp string, start, end Position) Finding {
	return Finding{
		Rule:        m.Rule.ID,
		Description: m.Rule.Description,
		Category:    m.Rule.Category,
		Severity:    string(m.Severity),
		File:        path,
		Line:        start.Line,
		Column:      start.Column,
		EndLine:     end.Line,
		EndColumn:   end.Column,
		Secret:      string(m.Secret),
		Entropy:     float64(int(m.Entropy*100+0.5)) / 100,
		Validated:   m.Validated,
		Owner:       m.Owner,
		Decoded:     m.Decoded,
		Fingerprint: fp,
		Remediation: m.Rule.Remediation,
		HelpURI:     m.Rule.HelpURI(),
	}
}
