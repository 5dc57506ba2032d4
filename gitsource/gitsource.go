// Package gitsource holds the Git sources: the history of a repository
// (every commit on every ref, read as a set of blobs with provenance, from
// pack files directly when it can), what is staged for the next commit,
// commit messages for the commit-msg hook, and the Git plumbing around
// them (opening repositories and linked worktrees, the hooks directory,
// the remote and revision SARIF reports as provenance). It turns Git
// objects into text with package content and text into findings with the
// scan core, like the working-tree source does.
package gitsource

import (
	"context"

	git "github.com/go-git/go-git/v5"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/scan"
)

// Repo is an opened Git repository.
type Repo struct {
	repo *git.Repository
}

// Open opens the Git repository at path or in one of its parent
// directories: a work tree, a linked worktree or a bare repository.
func Open(path string) (*Repo, error) {
	repo, err := openRepository(path)
	if err != nil {
		return nil, err
	}
	return &Repo{repo: repo}, nil
}

// gitScanner is the scan core with its options, as the Git sources use it.
type gitScanner struct {
	core *scan.Scanner
	opts scan.Options
	// budget bounds the hits a history run keeps; nil means no bound.
	budget *hitBudget
}

func newGitScanner(s *scan.Scanner) *gitScanner {
	return &gitScanner{core: s, opts: s.Options()}
}

// History scans the history of r with s; see the top of history.go for what is
// scanned and how findings are attributed. Objects that cannot be read
// are recorded in the result's Errors and the scan goes on; History fails
// only when the refs cannot be listed, a range cannot be resolved, or ctx
// ends.
func (r *Repo) History(ctx context.Context, s *scan.Scanner, opts HistoryOptions) (*HistoryResult, error) {
	return newGitScanner(s).history(ctx, r.repo, opts)
}

// Staged scans what is staged for the next commit; see staged.go.
func (r *Repo) Staged(ctx context.Context, s *scan.Scanner) (*findings.Result, error) {
	return newGitScanner(s).stagedAll(ctx, r.repo)
}

// StagedFiles scans exactly the named files, as the pre-commit framework
// names them: staged changes by their added lines, other files in full.
func (r *Repo) StagedFiles(ctx context.Context, s *scan.Scanner, files []string) (*findings.Result, error) {
	return newGitScanner(s).stagedFiles(ctx, r.repo, files)
}

// CommitMessage scans a commit message as the commit-msg hook gets it;
// findings are reported under CommitMessagePath.
func CommitMessage(s *scan.Scanner, msg []byte) *findings.Result {
	return newGitScanner(s).commitMessage(msg)
}
