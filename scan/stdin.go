package scan

import (
	"context"
	"fmt"
	"io"

	"github.com/keysieve/keysieve/content"
	"github.com/keysieve/keysieve/findings"
)

// StdinName is the file name of standard input in reports (`scan -`).
const StdinName = "<stdin>"

// Reader scans what r holds (standard input, for `scan -`), reported as
// the file name. It reads at most Options.MaxFileSize bytes; a longer
// stream is scanned up to the limit and the cut noted in Skipped. It goes
// through the same content step as files: binary input is skipped.
func (s *Scanner) Reader(ctx context.Context, name string, r io.Reader) (*findings.Result, error) {
	s = s.WithContext(ctx)
	res := &findings.Result{}
	t, err := content.Read(ctxReader{ctx, r}, 0, s.opts.MaxFileSize)
	if err != nil {
		if ctx.Err() != nil {
			res.Interrupted = true
			res.Skipped = append(res.Skipped, findings.Interrupted(name))
			return res, ctx.Err()
		}
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if skip, ok := t.Skipped(name); ok {
		res.Skipped = append(res.Skipped, skip)
		return res, nil
	}
	if t.Grew {
		res.Skipped = append(res.Skipped, findings.Skipped{Path: name, Kind: findings.SkipGrew,
			Reason: fmt.Sprintf("longer than --max-file-size: only its first %d bytes were scanned", s.opts.MaxFileSize)})
	}
	found, capped := s.findings(s.NewMatcher(), Chunk{Path: name, Data: t.Data})
	res.Findings = found
	if capped {
		res.Skipped = append(res.Skipped, findings.Capped(name, s.opts.MaxFindingsPerFile))
	}
	res.Sort()
	return res, nil
}
