package scan

import (
	"context"
	"io"
)

// WithContext returns a copy of s whose matchers stop early when ctx
// ends, so that a source cancelled in the middle of a large file or blob
// stops within milliseconds instead of when the file is done.
func (s *Scanner) WithContext(ctx context.Context) *Scanner {
	c := *s
	c.done = ctx.Done()
	return &c
}

// ctxReader is a reader that fails with ctx's error once ctx ends, so
// that reading a large file stops at the next read.
type ctxReader struct {
	ctx context.Context
	r   io.Reader
}

func (r ctxReader) Read(p []byte) (int, error) {
	if err := r.ctx.Err(); err != nil {
		return 0, err
	}
	return r.r.Read(p)
}
