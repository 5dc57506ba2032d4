package gitsource

import (
	"fmt"
	"sync/atomic"
	"time"
)

// Progress counts a history scan's work while it runs. Its counters may be
// read at any time from another goroutine; a nil *Progress counts nothing.
type Progress struct {
	commits, blobs, bytes atomic.Int64
}

func (p *Progress) commit() {
	if p != nil {
		p.commits.Add(1)
	}
}

func (p *Progress) blob(size int) {
	if p != nil {
		p.blobs.Add(1)
		p.bytes.Add(int64(size))
	}
}

// Line describes the progress after elapsed time, for a terminal status
// line: commits and blobs done, and the scanning rate.
func (p *Progress) Line(elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(p.bytes.Load()) / 1e6 / s
	}
	return fmt.Sprintf("%d commits, %d blobs, %.0f MB scanned (%.0f MB/s)",
		p.commits.Load(), p.blobs.Load(), float64(p.bytes.Load())/1e6, rate)
}
