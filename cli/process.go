package cli

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/keysieve/keysieve/rules"
)

// interruptGrace is how long a run may take to end after SIGINT or
// SIGTERM before the process exits without it: the run writes its
// partial report well within this, and nothing may hold it past.
const interruptGrace = 900 * time.Millisecond

// Main runs keysieve as a process: an App with defaultRules (and the same
// rules decoded, see App.DefaultConfig; nil parses defaultRules) over the
// process's arguments, standard input and outputs, stopped by SIGINT or
// SIGTERM. It returns the exit code.
func Main(defaultRules []byte, decoded *rules.Config) int {
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := cancelOnSignal(cancel)
	defer stop()
	app := &App{DefaultRules: defaultRules, DefaultConfig: decoded}
	compileDefaultsWithoutCollecting(app)
	return app.Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
}

// compileDefaultsWithoutCollecting compiles app's default ruleset with the
// garbage collector paused. Nearly all the ruleset's memory lives on (the
// keyword automaton alone is 5 MB), and collecting while it grew, four
// times in a run of a small directory, was close to half of that run's
// CPU. The default ruleset is built into the binary, so the heap the pause
// lets grow is a fixed size; a user's config is compiled after, with the
// collector running.
func compileDefaultsWithoutCollecting(app *App) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	_, _ = app.defaultRuleset() // an error is reported by the run that needs it
}

// cancelOnSignal cancels the run on SIGINT or SIGTERM, with the signal as
// the cause (the run then exits 130 or 143 after a partial report). A
// second signal, or the run still going interruptGrace after the first,
// ends the process at once with the same code. The returned func stops
// the handling.
func cancelOnSignal(cancel context.CancelCauseFunc) func() {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		var cause Interrupted
		select {
		case cause.Signal = <-sigs:
		case <-done:
			return
		}
		cancel(cause)
		select {
		case <-sigs:
		case <-time.After(interruptGrace):
		case <-done:
			return
		}
		fmt.Fprintln(os.Stderr, "keysieve: interrupted: stopped without finishing the report")
		os.Exit(cause.ExitCode())
	}()
	return func() {
		signal.Stop(sigs)
		close(done)
	}
}
