package gitsource

import (
	"cmp"
	"fmt"

	"github.com/go-git/go-git/v5/plumbing"
)

// CheckRange checks that both ends of a history range (opts.Base and
// opts.Head, HEAD by default) are in the repository, before anything else
// reads them: the error of a missing one says how to fetch it.
func (r *Repo) CheckRange(opts HistoryOptions) error {
	if opts.Base == "" {
		return nil
	}
	shallow, err := shallowSet(r.repo)
	if err != nil {
		return err
	}
	for _, rev := range []string{cmp.Or(opts.Head, "HEAD"), opts.Base} {
		if _, err := resolveCommit(r.repo, rev); err != nil {
			return rangeError(rev, err, shallow)
		}
	}
	return nil
}

// rangeError is the error of a range end that does not resolve, saying
// how to fetch what is missing: CI checkouts are often shallow and carry
// only the pull request's ref.
func rangeError(rev string, err error, shallow map[plumbing.Hash]bool) error {
	clone := "this clone"
	if len(shallow) > 0 {
		clone = fmt.Sprintf("this shallow clone (%d boundary commit(s))", len(shallow))
	}
	return fmt.Errorf("%w: %q is not in %s; fetch the history the range needs: "+
		"in GitHub Actions, actions/checkout with 'fetch-depth: 0'; elsewhere 'git fetch --unshallow origin' "+
		"(and 'git fetch origin BRANCH' for a base branch that was not fetched)", err, rev, clone)
}
