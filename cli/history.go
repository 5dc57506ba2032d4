package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/mattn/go-isatty"

	"github.com/keysieve/keysieve/gitsource"
)

// runHistory audits every commit of a repository (keysieve history).
func (a *App) runHistory(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	var rangeSpec, since, cachePath string
	fs := newFlagSet("keysieve history", stdout, stderr)
	flags.register(fs)
	fs.StringVar(&rangeSpec, "range", "", "scan only commits in `BASE..HEAD` and report only the secrets they introduced")
	fs.StringVar(&since, "since-commit", "", "scan only commits after `SHA` up to HEAD (same as --range SHA..HEAD)")
	fs.StringVar(&cachePath, "cache", "", "incremental audit: read only objects this cache `FILE` (or directory) does not know, and update it (full audits only)")
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
	rc, err := historyConfig(flags.config, repo, root, opts)
	if err != nil {
		return fail(stderr, err)
	}
	scanner, err := a.newScanner(&flags, rc, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	var cache *historyCache
	switch {
	case cachePath != "" && opts.Base != "":
		if !flags.quiet {
			fmt.Fprintln(stderr, "keysieve: --cache is ignored with a range: a range reads only its own commits")
		}
	case cachePath != "":
		if cache, err = a.openHistoryCache(cachePath, root, &flags, rc, stderr); err != nil {
			return fail(stderr, err)
		}
		opts.Cache = cache.cache
	}
	var endProgress func()
	opts.Progress, endProgress = startProgress(stderr, flags.quiet)
	res, err := repo.History(ctx, scanner.WithContext(ctx), opts)
	endProgress()
	switch {
	case err != nil && ctx.Err() != nil:
		res = &gitsource.HistoryResult{} // nothing attributed yet: an empty report, marked partial
	case err != nil:
		return fail(stderr, err)
	case cache != nil:
		cache.save(stderr)
	}
	if err := reportConfigChanges(ctx, repo, rc, res); err != nil {
		return fail(stderr, err)
	}
	if res.Shallow && !flags.quiet {
		fmt.Fprintln(stderr, "keysieve: warning: shallow clone: only the commits present were scanned (fetch with --unshallow for all history)")
	}
	if flags.verbose {
		fmt.Fprintf(stderr, "keysieve: %d commit(s), %d distinct blob(s) scanned\n", res.Commits, res.Blobs)
	}
	return finishWith(ctx, &res.Result, &flags, repo.Provenance(), stdout, stderr)
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
