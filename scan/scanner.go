// Package scan is the scanner core and the working-tree source. The core
// turns bytes into hits (it runs the matcher over content, places each
// secret by line and column and honours inline allow comments) and hits
// at a path into findings (allowlists and the baseline); Tree walks files
// and directories and feeds them through it. Git sources live in package
// gitsource and use the same core.
package scan

import (
	"iter"
	"runtime"
	"slices"
	"strings"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
)

// AllowComment on a line, in any case, suppresses findings on that line;
// alone in a comment, on the line after it too.
const AllowComment = findings.AllowComment

// DefaultMaxFileSize is the size above which files are skipped.
const DefaultMaxFileSize = 10 << 20

// DefaultMaxFindingsPerFile is how many findings of one file are reported
// before the rest of that file's findings are dropped and the stop noted.
const DefaultMaxFindingsPerFile = 100

// Options tune a scan.
type Options struct {
	// Threads is the number of concurrent workers; 0 means one per CPU.
	Threads int
	// MaxFileSize skips larger files; 0 means DefaultMaxFileSize.
	MaxFileSize int64
	// Baseline holds fingerprints of known findings, which are not
	// reported: keyed with FingerprintSalt, or plain ones (findings.
	// Fingerprint) when BaselinePlain is set (a baseline from before
	// salted fingerprints).
	Baseline      map[string]bool
	BaselinePlain bool
	// FingerprintSalt keys the fingerprints findings carry (see
	// FingerprintScheme); nil leaves them plain SHA-256, which anyone
	// holding a report can test guesses of a weak secret against at
	// speed: the command line always sets one.
	FingerprintSalt []byte
	// MaxFindingsPerFile caps the findings reported for one file; 0 means
	// DefaultMaxFindingsPerFile and a negative number means no cap.
	MaxFindingsPerFile int
	// PathBase, when set (an absolute directory: the top of the
	// repository holding the roots), is what Tree reports paths under it
	// relative to, whatever the roots: `scan sub` in a repository reports
	// sub/x, so reports and fingerprints have one path basis.
	PathBase string
	// Gitignore skips, in a tree, what Git ignores (.gitignore files and
	// .git/info/exclude), recording each skip.
	Gitignore bool
	// IgnoreAllowComments reports findings on lines marked with
	// AllowComment too: for a gate that must not let the changes it
	// reviews accept their own secrets.
	IgnoreAllowComments bool
	// KeepContext keeps the text around each secret in Finding.Context
	// (its line and a few lines either side, see contextAround), for
	// checks that need more than the secret.
	KeepContext bool
}

// contextLimit bounds the secret's own line in Finding.Context on each
// side of the secret, and the lines added before and after it.
const contextLimit = 1024

// Scanner finds secrets with a compiled ruleset. It is safe for concurrent use.
type Scanner struct {
	rules *rules.Ruleset
	opts  Options
	done  <-chan struct{} // closed when the scan is cancelled (WithContext)
	fp    *fingerprinter  // shared by copies (WithContext)
}

// New returns a Scanner that applies rs with opts.
func New(rs *rules.Ruleset, opts Options) *Scanner {
	if opts.Threads <= 0 {
		opts.Threads = runtime.NumCPU()
	}
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.MaxFindingsPerFile == 0 {
		opts.MaxFindingsPerFile = DefaultMaxFindingsPerFile
	}
	fp := &fingerprinter{salt: opts.FingerprintSalt, keyed: map[string]string{}}
	return &Scanner{rules: rs, opts: opts, fp: fp}
}

// NewMatcher returns a matcher of the scanner's ruleset for one worker;
// it stops early when the scanner's context ends (see WithContext).
func (s *Scanner) NewMatcher() *rules.Matcher {
	m := s.rules.NewMatcher()
	m.SetDone(s.done)
	return m
}

// Options returns the scanner's options, with defaults filled in.
func (s *Scanner) Options() Options { return s.opts }

// Chunk is content to scan with the path it is reported under.
type Chunk struct {
	// Path is slash-separated and relative to the scanned root.
	Path string
	Data []byte
}

// Hit is a match in a blob or message, placed, before the filters that
// depend on the path it is reported under: sources that see the same
// content at many paths (Git history) find hits once per content and
// turn them into findings per path with Finding.
type Hit struct {
	Match      rules.Match
	Start, End Position
	// Context is the text around the match, when Options.KeepContext.
	Context string
}

// findings runs m over one chunk and turns its matches into findings, in
// order of offset. It stops after MaxFindingsPerFile findings and then
// says so with capped: placing a match costs the bytes since the last
// one, so neither the findings kept nor the work done grows with the
// matches past the cap.
func (s *Scanner) findings(m *rules.Matcher, c Chunk) (out []findings.Finding, capped bool) {
	limit := s.opts.MaxFindingsPerFile
	for h := range s.placed(m, c.Data) {
		f, ok := s.Finding(h, c.Path)
		if !ok {
			continue
		}
		if limit > 0 && len(out) == limit {
			return out, true
		}
		out = append(out, f)
	}
	return out, false
}

// Hits runs m over data and places its matches, dropping those on lines
// marked with AllowComment: the part of turning matches into findings
// that does not depend on the path, so that history does it once per blob.
func (s *Scanner) Hits(m *rules.Matcher, data []byte) []Hit {
	return slices.Collect(s.placed(m, data))
}

// HitsLimit is Hits keeping at most limit hits (the first, in order of
// offset; a limit of 0 or less keeps all) and saying whether data holds
// more. Matching stops past the limit, so a blob of a million matches
// costs no more memory than one of limit+1. The limit counts hits, before
// the filters that depend on a path: history caps each blob once,
// whatever the paths it is found at.
func (s *Scanner) HitsLimit(m *rules.Matcher, data []byte, limit int) (hits []Hit, more bool) {
	return s.HitsWhere(m, data, func(Hit) bool { return true }, limit)
}

// HitsWhere is HitsLimit counting only the hits keep accepts toward the
// limit (0 or less: no limit) and keeping only those: the staged source keeps the hits on added
// lines, so that a file's old secrets neither fill its cap nor cost
// memory.
func (s *Scanner) HitsWhere(m *rules.Matcher, data []byte, keep func(Hit) bool, limit int) (hits []Hit, more bool) {
	for h := range s.placed(m, data) {
		if !keep(h) {
			continue
		}
		if limit > 0 && len(hits) == limit {
			return hits, true
		}
		hits = append(hits, h)
	}
	return hits, false
}

// placed yields the matches of m in data in order of offset, placed by
// line and column, except those on lines marked with AllowComment. Each
// match costs the bytes since the previous one plus its line (bounded),
// so a file with many matches costs linear time, not quadratic. Matches
// are streamed (rules.Matcher.All): a consumer that stops early stops the
// matching, and memory holds one segment's matches, not the file's.
func (s *Scanner) placed(m *rules.Matcher, data []byte) iter.Seq[Hit] {
	return func(yield func(Hit) bool) {
		var anyAllowed bool
		var loc *locator
		for match := range m.All(data) {
			if loc == nil {
				anyAllowed = !s.opts.IgnoreAllowComments && hasAllowComment(data)
				loc = newLocator(data)
			}
			if anyAllowed && allowed(data, match.Start, match.End, 4096) {
				continue
			}
			start := loc.at(match.Start)
			hit := Hit{Match: match, Start: start, End: endOf(start, data[match.Start:match.End])}
			if s.opts.KeepContext {
				hit.Context = string(contextAround(data, match.Start, match.End))
			}
			if !yield(hit) {
				return
			}
		}
	}
}

// Finding applies the path-dependent filters (allowlisted paths, the
// baseline, allowlisted fingerprints) to a hit reported at path and
// returns its finding, or false when a filter drops it.
func (s *Scanner) Finding(h Hit, path string) (findings.Finding, bool) {
	r := h.Match.Rule
	if s.rules.Allowlist.AllowsPath(path) || r.Allowlist.AllowsPath(path) {
		return findings.Finding{}, false
	}
	plain, fp := s.fp.fingerprints(r.ID, path, h.Match.Secret)
	known := fp
	if s.opts.BaselinePlain {
		known = plain
	}
	if s.opts.Baseline[known] || s.rules.Allowlist.AllowsFingerprint(fp) || r.Allowlist.AllowsFingerprint(fp) ||
		s.rules.Allowlist.AllowsFingerprint(plain) || r.Allowlist.AllowsFingerprint(plain) {
		return findings.Finding{}, false
	}
	f := newFinding(h.Match, path, fp, h.Start, h.End)
	f.Context = h.Context
	return f, true
}

func newFinding(m rules.Match, path, fp string, start, end Position) findings.Finding {
	return findings.Finding{
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

// LimitFindingsPerFile keeps the first limit findings of each file of res
// (in report order) and adds a skipped entry for each file it cut, so
// that every source honours --max-findings-per-file. A limit of 0 or less
// keeps everything. Findings in Git metadata (paths under .git/: commit
// messages, authors, ref names) count per commit, not as one file for the
// whole history. Tree applies the cap while it scans; this is for sources
// that gather findings per blob first.
func LimitFindingsPerFile(res *findings.Result, limit int) {
	if limit <= 0 || len(res.Findings) <= limit {
		return
	}
	kept := res.Findings[:0]
	counts := map[capKey]int{}
	for _, f := range res.Findings {
		k := capKeyOf(f)
		counts[k]++
		switch n := counts[k]; {
		case n <= limit:
			kept = append(kept, f)
		case n == limit+1:
			res.Skipped = append(res.Skipped, findings.Capped(f.File, limit))
		}
	}
	clear(res.Findings[len(kept):])
	res.Findings = kept
	res.Sort()
}

// capKey is what --max-findings-per-file counts findings per.
type capKey struct{ file, commit string }

// capKeyOf is a finding's file, with its commit for Git metadata.
func capKeyOf(f findings.Finding) capKey {
	if f.Git != nil && strings.HasPrefix(f.File, ".git/") {
		return capKey{f.File, f.Commit}
	}
	return capKey{file: f.File}
}
