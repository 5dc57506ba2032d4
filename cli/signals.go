package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/report"
)

// exitInterrupted is the exit code of a run cancelled other than by a
// signal (an in-process caller's context); a signal gives 128 + its number.
const exitInterrupted = 130

// Interrupted is the cause the binary gives the context of a run that a
// signal ended; Run then exits with its ExitCode, after writing a report
// marked as partial.
type Interrupted struct{ Signal os.Signal }

func (e Interrupted) Error() string { return "interrupted by " + e.Signal.String() }

// ExitCode is 128 plus the signal's number, as shells report a process a
// signal ended: 130 for SIGINT, 143 for SIGTERM.
func (e Interrupted) ExitCode() int {
	if s, ok := e.Signal.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitInterrupted
}

// interruptCode is the exit code of a run whose context ended.
func interruptCode(ctx context.Context) int {
	var in Interrupted
	if errors.As(context.Cause(ctx), &in) {
		return in.ExitCode()
	}
	return exitInterrupted
}

// Time limits of the report writing once a run is cancelled.
const (
	// writeGrace is how long a report still being written when the run
	// is cancelled (or the partial report of a cancelled run) may take.
	writeGrace = 600 * time.Millisecond
	// abandonAfter is how long a write stopped by a deadline may take to
	// return before it is left behind (a pipe that cannot take one).
	abandonAfter = 100 * time.Millisecond
	// openPoll is how often a FIFO given to --output is tried while it
	// has no reader.
	openPoll = 20 * time.Millisecond
)

// errWriteAbandoned says the report could not be written in time after
// the run was cancelled: its reader does not read.
var errWriteAbandoned = errors.New("interrupted while writing the report (its reader is not reading)")

// writeReport writes the report to out, giving up at most writeGrace
// after ctx ends: a pipe or FIFO whose reader does not read must not hold
// a cancelled run. A file that supports deadlines (a FIFO opened by
// openOutput) is unblocked by one; otherwise the write is left behind.
func writeReport(ctx context.Context, out io.Writer, format string, res *findings.Result, opts report.Options) error {
	done := make(chan error, 1)
	go func() { done <- report.Write(out, format, res, opts) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	grace := time.NewTimer(writeGrace)
	defer grace.Stop()
	select {
	case err := <-done:
		return err
	case <-grace.C:
	}
	if f, ok := out.(*os.File); ok {
		_ = f.SetWriteDeadline(time.Now()) // not every file takes one
	}
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("%w: %w", errWriteAbandoned, err)
		}
		return nil
	case <-time.After(abandonAfter):
		return errWriteAbandoned
	}
}

// openWhenRead opens path for writing without blocking, for a FIFO
// nobody has opened for reading yet: it tries again every openPoll until
// a reader comes or ctx ends, instead of blocking in open(2) for good.
func openWhenRead(ctx context.Context, path string) (*os.File, error) {
	for {
		f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|syscall.O_NONBLOCK, 0o600)
		if !errors.Is(err, syscall.ENXIO) {
			return f, err
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("no reader of %s before the run was interrupted", path)
		case <-time.After(openPoll):
		}
	}
}
