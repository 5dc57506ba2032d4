package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
)

// runStaged scans what is staged for the next commit (keysieve staged).
func (a *App) runStaged(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	var flags commonFlags
	var commitMsg bool
	fs := newFlagSet("keysieve staged", stdout, stderr)
	flags.register(fs)
	fs.BoolVar(&commitMsg, "commit-msg", false, "scan the commit message file given as the argument (the commit-msg hook)")
	if code := parseFlags(fs, args); code >= 0 {
		return code
	}
	if err := checkFormat(&flags); err != nil {
		return fail(stderr, err)
	}
	res, err := a.stagedResult(ctx, &flags, commitMsg, fs.Args(), stderr)
	switch {
	case err != nil && ctx.Err() != nil:
		res = &findings.Result{} // cancelled: an empty report, marked partial
	case err != nil:
		return fail(stderr, err)
	}
	return finish(ctx, res, &flags, stdout, stderr)
}

// stagedResult runs the scan `staged` asks for: a commit message, the
// named files in full, or the lines the index adds to HEAD.
func (a *App) stagedResult(ctx context.Context, flags *commonFlags, commitMsg bool, files []string, stderr io.Writer) (*findings.Result, error) {
	repo, err := gitsource.Open(".")
	if err != nil {
		return nil, err
	}
	rc, err := treeConfig(flags.config, repo.Root("."))
	if err != nil {
		return nil, err
	}
	scanner, err := a.newScanner(flags, rc, stderr)
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
