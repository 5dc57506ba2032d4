// Command keysieve finds secrets (API keys, tokens, private keys, database
// credentials) in files and Git history before they leak.
//
// Usage:
//
//	keysieve scan [flags] [PATH...]   scan files and directories
//	keysieve history [flags] [REPO]   audit every commit of a Git repository
//	keysieve staged [flags] [FILE...] scan what is staged (the pre-commit hook)
//	keysieve hook install|uninstall   manage keysieve's Git hooks
//	keysieve rules list [flags]       print the active rules
//	keysieve rules check FILE         validate a rules file
//	keysieve version                  print the version
//
// Exit codes: 0 clean, 1 secrets found (see --exit-code), 2 the scan failed,
// 130 or 143 interrupted by SIGINT or SIGTERM (the report is marked partial).
package main

import (
	"context"
	_ "embed"
	"fmt"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/keysieve/keysieve/cli"
)

//go:embed rules.toml
var defaultRules []byte

// interruptGrace is how long a run may take to end after SIGINT or
// SIGTERM before the process exits without it: the run writes its
// partial report well within this, and nothing may hold it past.
const interruptGrace = 900 * time.Millisecond

func main() {
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := cancelOnSignal(cancel)
	app := &cli.App{DefaultRules: defaultRules}
	code := app.Run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
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
		var cause cli.Interrupted
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
