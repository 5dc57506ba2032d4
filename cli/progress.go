package cli

import (
	"fmt"
	"io"
	"os"
	"sync"
	"sync/atomic"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/keysieve/keysieve/gitsource"
)

// How often progress is shown: a terminal's status line is redrawn every
// progressInterval; elsewhere (--progress to a log) a line is printed at
// most every progressLogInterval, and once more at the end.
const (
	progressInterval    = 250 * time.Millisecond
	progressLogInterval = 10 * time.Second
)

// progressMeter shows a history audit's progress on stderr: repositories
// done out of the total (in runs over several), commits and blobs read,
// findings so far and the time left. It writes only to stderr, never to
// the report. A nil *progressMeter shows nothing; its methods may be
// called all the same.
type progressMeter struct {
	w     io.Writer
	tty   bool
	total int // repositories; 0 for a run over one
	start time.Time

	counts   gitsource.Progress
	done     atomic.Int64 // repositories finished
	findings atomic.Int64

	mu       sync.Mutex // orders writes to w
	lastLine time.Time
	quit     chan struct{}
	wg       sync.WaitGroup
}

// startMeter starts showing progress when stderr is a terminal, or when
// --progress (forced) asks for it anyway; never with --quiet. total is
// the number of repositories, 0 for a run over one.
func startMeter(stderr io.Writer, quiet, forced bool, total int) *progressMeter {
	tty := false
	if f, ok := stderr.(*os.File); ok {
		tty = isatty.IsTerminal(f.Fd())
	}
	if quiet || !tty && !forced {
		return nil
	}
	m := &progressMeter{w: stderr, tty: tty, total: total, start: time.Now(), quit: make(chan struct{})}
	m.wg.Add(1)
	go m.loop()
	return m
}

// git returns the counters a history scan adds to, or nil.
func (m *progressMeter) git() *gitsource.Progress {
	if m == nil {
		return nil
	}
	return &m.counts
}

// repoDone counts a repository finished with n findings.
func (m *progressMeter) repoDone(n int) {
	if m == nil {
		return
	}
	m.done.Add(1)
	m.findings.Add(int64(n))
	if !m.tty {
		m.show(false)
	}
}

// loop redraws the terminal line, or prints the log line, until stop.
func (m *progressMeter) loop() {
	defer m.wg.Done()
	every := progressInterval
	if !m.tty {
		every = progressLogInterval
	}
	tick := time.NewTicker(every)
	defer tick.Stop()
	m.show(true)
	for {
		select {
		case <-m.quit:
			return
		case <-tick.C:
			m.show(true)
		}
	}
}

// show writes the progress: on a terminal it redraws the status line;
// elsewhere it prints a line, unless one was printed less than
// progressLogInterval ago and due is false.
func (m *progressMeter) show(due bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	now := time.Now()
	if m.tty {
		fmt.Fprintf(m.w, "\r\x1b[Kkeysieve: %s", m.line(now.Sub(m.start)))
		return
	}
	if !due && now.Sub(m.lastLine) < progressLogInterval {
		return
	}
	m.lastLine = now
	fmt.Fprintf(m.w, "keysieve: progress: %s\n", m.line(now.Sub(m.start)))
}

// line is the progress after elapsed time.
func (m *progressMeter) line(elapsed time.Duration) string {
	objects := m.counts.Line(elapsed)
	if m.total == 0 {
		return objects
	}
	done := m.done.Load()
	eta := "ETA unknown"
	if done > 0 {
		left := time.Duration(float64(elapsed) * float64(int64(m.total)-done) / float64(done))
		eta = "ETA " + left.Round(time.Second).String()
	}
	return fmt.Sprintf("%d/%d repositories, %s, %d finding(s), %s", done, m.total, objects, m.findings.Load(), eta)
}

// stop ends the display: a terminal's line is cleared; a log gets a
// final line.
func (m *progressMeter) stop() {
	if m == nil {
		return
	}
	close(m.quit)
	m.wg.Wait()
	if m.tty {
		m.mu.Lock()
		fmt.Fprint(m.w, "\r\x1b[K")
		m.mu.Unlock()
		return
	}
	m.show(true)
}
