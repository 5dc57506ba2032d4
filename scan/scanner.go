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

// findings runs m over one chunk and turns its matches into findings.
func (s *Scanner) findings(m *rules.Matcher, c Chunk) []Finding {
	matches := m.Find(c.Data)
	if len(matches) == 0 {
		return nil
	}
	loc := newLocator(c.Data)
	var out []Finding
	for _, match := range matches {
		if match.Rule.Allowlist.AllowsPath(c.Path) {
			continue
		}
		if bytes.Contains(lineAround(c.Data, match.Start, match.End, 4096), []byte(AllowComment)) {
			continue
		}
		fp := Fingerprint(match.Rule.ID, c.Path, match.Secret)
		if s.opts.Baseline[fp] || s.rules.Allowlist.AllowsFingerprint(fp) || match.Rule.Allowlist.AllowsFingerprint(fp) {
			continue
		}
		start := loc.at(match.Start)
		end := endOf(start, c.Data[match.Start:match.End])
		out = append(out, newFinding(match, c.Path, fp, start, end))
	}
	return out
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
