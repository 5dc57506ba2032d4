package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/report"
)

// hookMarker marks hook scripts that keysieve wrote, and may so replace or remove.
const hookMarker = "# keysieve-hook: written by `keysieve hook install`; remove with `keysieve hook uninstall`"

// runHistory audits every commit of a repository (keysieve history).
func runHistory(args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	var rangeSpec, since string
	fs := newFlagSet("keysieve history", stderr)
	flags.register(fs)
	fs.StringVar(&rangeSpec, "range", "", "scan only commits in `BASE..HEAD` and report only the secrets they introduced")
	fs.StringVar(&since, "since-commit", "", "scan only commits after `SHA` up to HEAD (same as --range SHA..HEAD)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	opts, err := historyOptions(rangeSpec, since)
	if err != nil {
		return fail(stderr, err)
	}
	if fs.NArg() > 1 {
		return fail(stderr, errors.New("history takes at most one repository"))
	}
	root := "."
	if fs.NArg() == 1 {
		root = fs.Arg(0)
	}
	if err := checkFormat(&flags); err != nil {
		return fail(stderr, err)
	}
	repo, err := gitsource.Open(root)
	if err != nil {
		return fail(stderr, err)
	}
	scanner, err := newScanner(&flags, repo.Root(root))
	if err != nil {
		return fail(stderr, err)
	}
	ctx, stop := signalContext()
	defer stop()
	var endProgress func()
	opts.Progress, endProgress = startProgress(stderr, flags.quiet)
	res, err := repo.History(ctx, scanner, opts)
	endProgress()
	if err != nil {
		return fail(stderr, err)
	}
	if res.Shallow && !flags.quiet {
		fmt.Fprintln(stderr, "keysieve: warning: shallow clone: only the commits present were scanned (fetch with --unshallow for all history)")
	}
	if flags.verbose {
		fmt.Fprintf(stderr, "keysieve: %d commit(s), %d distinct blob(s) scanned\n", res.Commits, res.Blobs)
	}
	return failOnErrors(finishWith(&res.Result, &flags, repo.Provenance(), stdout, stderr), &res.Result)
}

// progressInterval is how often the progress line is redrawn.
const progressInterval = 250 * time.Millisecond

// startProgress shows a history scan's progress on one line of stderr
// while it runs, when stderr is a terminal and not --quiet; otherwise it
// shows nothing. The returned func stops it and clears the line.
func startProgress(stderr io.Writer, quiet bool) (*gitsource.Progress, func()) {
	f, ok := stderr.(*os.File)
	if quiet || !ok || !isatty.IsTerminal(f.Fd()) {
		return nil, func() {}
	}
	p := &gitsource.Progress{}
	start := time.Now()
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(progressInterval)
		defer tick.Stop()
		for {
			fmt.Fprintf(f, "\r\x1b[Kkeysieve: %s", p.Line(time.Since(start)))
			select {
			case <-done:
				fmt.Fprint(f, "\r\x1b[K")
				return
			case <-tick.C:
			}
		}
	}()
	return p, func() { close(done); wg.Wait() }
}

// historyOptions turns --range and --since-commit into HistoryOptions.
func historyOptions(rangeSpec, since string) (gitsource.HistoryOptions, error) {
	switch {
	case rangeSpec != "" && since != "":
		return gitsource.HistoryOptions{}, errors.New("use --range or --since-commit, not both")
	case since != "":
		return gitsource.HistoryOptions{Base: since, Head: "HEAD"}, nil
	case rangeSpec == "":
		return gitsource.HistoryOptions{}, nil
	}
	base, head, ok := strings.Cut(rangeSpec, "..")
	if !ok || base == "" || strings.HasPrefix(head, ".") {
		return gitsource.HistoryOptions{}, fmt.Errorf("--range %q: want BASE..HEAD", rangeSpec)
	}
	return gitsource.HistoryOptions{Base: base, Head: head}, nil
}

// failOnErrors turns a finished report's exit code into 2 when objects
// could not be read: the findings are written, but the audit is incomplete.
func failOnErrors(code int, res *findings.Result) int {
	if code != exitFailure && len(res.Errors) > 0 {
		return exitFailure
	}
	return code
}

// checkFormat rejects an unknown --format before any work is done.
func checkFormat(flags *commonFlags) error {
	for _, f := range report.Formats {
		if f == flags.format {
			return nil
		}
	}
	return fmt.Errorf("unknown --format %q (want %s)", flags.format, strings.Join(report.Formats, ", "))
}

// runStaged scans what is staged for the next commit (keysieve staged).
func runStaged(args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	var commitMsg bool
	fs := newFlagSet("keysieve staged", stderr)
	flags.register(fs)
	fs.BoolVar(&commitMsg, "commit-msg", false, "scan the commit message file given as the argument (the commit-msg hook)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if err := checkFormat(&flags); err != nil {
		return fail(stderr, err)
	}
	res, err := stagedResult(&flags, commitMsg, fs.Args())
	if err != nil {
		return fail(stderr, err)
	}
	return failOnErrors(finish(res, &flags, stdout, stderr), res)
}

// stagedResult runs the scan `staged` asks for: a commit message, the
// named files in full, or the lines the index adds to HEAD.
func stagedResult(flags *commonFlags, commitMsg bool, files []string) (*findings.Result, error) {
	ctx, stop := signalContext()
	defer stop()
	repo, err := gitsource.Open(".")
	if err != nil {
		return nil, err
	}
	scanner, err := newScanner(flags, repo.Root("."))
	if err != nil {
		return nil, err
	}
	switch {
	case commitMsg:
		if len(files) != 1 {
			return nil, errors.New("--commit-msg takes the message file as its one argument")
		}
		msg, err := os.ReadFile(files[0])
		if err != nil {
			return nil, fmt.Errorf("read commit message: %w", err)
		}
		return gitsource.CommitMessage(scanner, msg), nil
	case len(files) > 0:
		return repo.StagedFiles(ctx, scanner, files)
	}
	return repo.Staged(ctx, scanner)
}

// runHook installs or removes keysieve's Git hooks (keysieve hook).
func runHook(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, "usage: keysieve hook install [--commit-msg] [--force] | keysieve hook uninstall\n")
		return exitFailure
	}
	var commitMsg, force bool
	fs := newFlagSet("keysieve hook "+args[0], stderr)
	if args[0] == "install" {
		fs.BoolVar(&commitMsg, "commit-msg", false, "also install a commit-msg hook that scans commit messages")
		fs.BoolVar(&force, "force", false, "replace hooks that keysieve did not write")
	}
	if code := parseFlags(fs, args[1:]); code >= 0 {
		return code
	}
	dir, err := gitsource.HooksDir(".")
	if err != nil {
		return fail(stderr, err)
	}
	switch args[0] {
	case "install":
		err = installHooks(dir, commitMsg, force, stdout)
	case "uninstall":
		err = uninstallHooks(dir, stdout)
	default:
		err = fmt.Errorf("hook: unknown command %q (want install or uninstall)", args[0])
	}
	if err != nil {
		return fail(stderr, err)
	}
	return 0
}

// hookScripts returns the hooks to install, by name.
func hookScripts(commitMsg bool) map[string]string {
	self, err := os.Executable()
	if err != nil {
		self = "keysieve"
	}
	run := fmt.Sprintf("keysieve=%s\n[ -x \"$keysieve\" ] || keysieve=keysieve\n", shellQuote(self))
	hooks := map[string]string{
		"pre-commit": "#!/bin/sh\n" + hookMarker + "\n" + run + "exec \"$keysieve\" staged\n",
	}
	if commitMsg {
		hooks["commit-msg"] = "#!/bin/sh\n" + hookMarker + "\n" + run + "exec \"$keysieve\" staged --commit-msg \"$1\"\n"
	}
	return hooks
}

// installHooks writes the hooks, refusing to replace one keysieve did not
// write unless force is set.
func installHooks(dir string, commitMsg, force bool, stdout io.Writer) error {
	hooks := hookScripts(commitMsg)
	for name := range hooks {
		path := filepath.Join(dir, name)
		if data, err := os.ReadFile(path); err == nil && !bytes.Contains(data, []byte(hookMarker)) && !force {
			return fmt.Errorf("%s exists and was not written by keysieve; use --force to replace it", path)
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create hooks directory: %w", err)
	}
	for _, name := range []string{"pre-commit", "commit-msg"} {
		script, ok := hooks[name]
		if !ok {
			continue
		}
		path := filepath.Join(dir, name)
		if err := writeHook(path, script); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "installed %s\n", path)
	}
	return nil
}

// writeHook writes an executable hook script, replacing any file there.
func writeHook(path, script string) error {
	tmp := path + ".keysieve-tmp"
	if err := os.WriteFile(tmp, []byte(script), 0o755); err != nil {
		return fmt.Errorf("write hook: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return fmt.Errorf("write hook: %w", err)
	}
	return nil
}

// uninstallHooks removes the hooks keysieve wrote and leaves others alone.
func uninstallHooks(dir string, stdout io.Writer) error {
	for _, name := range []string{"pre-commit", "commit-msg"} {
		path := filepath.Join(dir, name)
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return fmt.Errorf("read hook: %w", err)
		}
		if !bytes.Contains(data, []byte(hookMarker)) {
			fmt.Fprintf(stdout, "left %s: not written by keysieve\n", path)
			continue
		}
		if err := os.Remove(path); err != nil {
			return fmt.Errorf("remove hook: %w", err)
		}
		fmt.Fprintf(stdout, "removed %s\n", path)
	}
	return nil
}

// shellQuote quotes s for a POSIX shell.
func shellQuote(s string) string {
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}
