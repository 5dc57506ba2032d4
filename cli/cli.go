// Package cli is keysieve's command line: one file per command (scan,
// history, staged, hook, rules, version), their flags and where reports
// go. The binary's main calls App.Run; tests call it in-process.
package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/rules"
)

// exitFailure is the exit code when the scan itself fails.
const exitFailure = 2

// usage is what keysieve prints for help and after a bad command.
const usage = `keysieve finds secrets in files and Git history.

Usage:
  keysieve scan [flags] [PATH...]   scan files and directories (default .; - for standard input)
  keysieve history [flags] [REPO...] audit every commit on every ref (--range BASE..HEAD for CI;
                                    several repositories, --repos-file, --shard: docs/scale.md)
  keysieve merge [flags] REPORT...  merge JSON reports (of shards) into one report, in any format
  keysieve staged [flags] [FILE...] scan what is staged for the next commit (pre-commit hook)
  keysieve hook install|uninstall   write or remove keysieve's pre-commit (and commit-msg) hooks
  keysieve rules list [flags]       print the active rules
  keysieve rules check FILE         validate a rules file, printing every error
  keysieve version                  print the version

Example:
  keysieve scan .                               scan the current directory

Exit codes: 0 clean, 1 secrets found (--exit-code), 2 the scan failed,
130/143 interrupted by SIGINT/SIGTERM (a partial report is marked "interrupted").
Run 'keysieve COMMAND --help' for the flags.
`

// App is keysieve's command line with the default ruleset it extends
// (the binary embeds rules.toml). Use it through a pointer: it compiles
// the default ruleset once, for all the runs that add no user config.
type App struct {
	// DefaultRules is the TOML of the default ruleset, trusted as tested
	// with this build (see rules.Config.Trusted): the embedded rules.toml.
	DefaultRules []byte
	// DefaultConfig is DefaultRules already decoded (package
	// rules/builtin), read-only; nil has DefaultRules parsed on first use.
	DefaultConfig *rules.Config

	defaults compiledDefaults
	// exeHash is the running executable's SHA-256, read once (see
	// executableHash): a long-lived App keys every cached audit with it.
	exeHashOnce sync.Once
	exeHash     []byte
}

// compiledDefaults is DefaultRules parsed once, and compiled alone once.
type compiledDefaults struct {
	parseOnce sync.Once
	base      *rules.Config
	parseErr  error

	once sync.Once
	rs   *rules.Ruleset
	err  error
}

// defaultConfig returns DefaultRules parsed (read-only once parsed, so
// runs that extend it with a user config share it).
func (a *App) defaultConfig() (*rules.Config, error) {
	a.defaults.parseOnce.Do(func() {
		if a.DefaultConfig != nil {
			a.defaults.base = a.DefaultConfig
			return
		}
		a.defaults.base, a.defaults.parseErr = rules.ParseDefault("rules.toml (embedded)", a.DefaultRules)
		if a.defaults.parseErr != nil {
			a.defaults.parseErr = fmt.Errorf("default ruleset: %w", a.defaults.parseErr)
			return
		}
		// Built into the binary and checked by the rules package's tests.
		a.defaults.base.Trusted = true
	})
	return a.defaults.base, a.defaults.parseErr
}

// defaultRuleset returns DefaultRules compiled alone (read-only once
// compiled, so runs share it).
func (a *App) defaultRuleset() (*rules.Ruleset, error) {
	a.defaults.once.Do(func() {
		base, err := a.defaultConfig()
		if err != nil {
			a.defaults.err = err
			return
		}
		a.defaults.rs, a.defaults.err = rules.Compile(base)
	})
	return a.defaults.rs, a.defaults.err
}

// Run executes one command line (args without the program name), writing
// to stdout and stderr, and returns the exit code: 0 clean, 1 (or
// --exit-code) secrets found, 2 the scan failed. Ending ctx stops a scan.
//
// A run whose ctx ends stops within a second: it writes the findings so
// far in a report marked as partial and returns 130, or 128 plus the
// signal's number when ctx's cause is an Interrupted (143 for SIGTERM).
func (a *App) Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	return a.RunIO(ctx, args, os.Stdin, stdout, stderr)
}

// RunIO is Run reading standard input (for `scan -`) from stdin.
func (a *App) RunIO(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	code := a.run(ctx, args, stdin, stdout, stderr)
	if ctx.Err() != nil {
		return interruptCode(ctx)
	}
	return code
}

// run is Run before a cancelled run's exit code is settled.
func (a *App) run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitFailure
	}
	switch args[0] {
	case "scan":
		return a.runScan(ctx, args[1:], stdin, stdout, stderr)
	case "rules":
		return a.runRules(args[1:], stdout, stderr)
	case "history":
		return a.runHistory(ctx, args[1:], stdout, stderr)
	case "staged":
		return a.runStaged(ctx, args[1:], stdout, stderr)
	case "merge":
		return a.runMerge(ctx, args[1:], stdout, stderr)
	case "hook":
		return runHook(args[1:], stdout, stderr)
	case "version", "--version":
		if len(args) > 1 && isHelp(args[1]) {
			writeHelp(stdout, "keysieve version", nil)
			return 0
		}
		fmt.Fprintln(stdout, "keysieve", version())
		return 0
	case "help", "--help", "-h":
		fmt.Fprint(stdout, usage)
		return 0
	}
	fmt.Fprintf(stderr, "keysieve: unknown command %q\n\n%s", args[0], usage)
	return exitFailure
}

// fail prints err (each line of an error list on its own, control
// characters escaped: errors may quote hostile paths) and returns 2.
func fail(stderr io.Writer, err error) int {
	for line := range strings.SplitSeq(err.Error(), "\n") {
		fmt.Fprintf(stderr, "keysieve: %s\n", report.Escape(line))
	}
	return exitFailure
}
