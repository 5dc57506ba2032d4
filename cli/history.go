package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/keysieve/keysieve/gitsource"
)

// runHistory audits every commit of a repository (keysieve history).
func (a *App) runHistory(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	var rf repoFlags
	var rangeSpec, since string
	fs := newFlagSet("keysieve history", stdout, stderr)
	flags.register(fs)
	rf.register(fs)
	fs.StringVar(&rangeSpec, "range", "", "scan only commits in `BASE..HEAD` and report only the secrets they introduced")
	fs.StringVar(&since, "since-commit", "", "scan only commits after `SHA` up to HEAD (same as --range SHA..HEAD)")
	fs.StringVar(&rf.cache, "cache", "", "incremental audit: read only objects this cache `FILE` (or directory) does not know, and update it (full audits only)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	opts, err := historyOptions(rangeSpec, since)
	if err != nil {
		return fail(stderr, err)
	}
	if rf.many(fs.Args()) {
		return a.runHistoryMany(ctx, &flags, &rf, opts, fs.Args(), stdout, stderr)
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
	if err := repo.CheckRange(opts); err != nil {
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
	case rf.cache != "" && opts.Base != "":
		if !flags.quiet {
			fmt.Fprintln(stderr, "keysieve: --cache is ignored with a range: a range reads only its own commits")
		}
	case rf.cache != "":
		if cache, err = a.openHistoryCache(rf.cache, root, &flags, rc, stderr); err != nil {
			return fail(stderr, err)
		}
		opts.Cache = cache.cache
	}
	meter := startMeter(stderr, flags.quiet, rf.progress, 0)
	opts.Progress = meter.git()
	res, err := repo.History(ctx, scanner.WithContext(ctx), opts)
	meter.stop()
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
		if n := res.BoundaryFindings + res.BoundaryOlder; n > 0 {
			fmt.Fprintf(stderr, "keysieve: warning: attribution stops at the shallow boundary: %d finding(s) are in a boundary commit whose parents are not in the clone, so the commit that introduced them is not known "+
				"(%d reported without a commit, with shallow_boundary; %d left out of the range because BASE has them too); "+
				"use 'fetch-depth: 0' with actions/checkout or 'git fetch --unshallow' to attribute them\n", n, res.BoundaryFindings, res.BoundaryOlder)
		}
	}
	if flags.verbose {
		fmt.Fprintf(stderr, "keysieve: %d commit(s), %d distinct blob(s) scanned\n", res.Commits, res.Blobs)
	}
	return finishWith(ctx, &res.Result, &flags, repo.Provenance(), stdout, stderr)
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
