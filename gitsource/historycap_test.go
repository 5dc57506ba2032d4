package gitsource_test

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/gitsource"
)

// A history whose hits do not fit in the run's budget fails closed: the
// blobs and messages left out are errors, not silently dropped.
func TestHistoryHitBudgetFailsClosed(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	r.Write("README", "nothing\n")
	base := r.Commit("base")
	r.Write("a.env", "GITHUB_TOKEN="+gitToken(31)+"\n")
	r.Commit("add a token: " + gitToken(32))
	for name, opts := range map[string]gitsource.HistoryOptions{
		"packed": {HitBudget: 1},
		"range":  {HitBudget: 1, Base: base},
	} {
		res := gitHistory(t, r.Dir, opts)
		if len(res.Findings) != 0 {
			t.Errorf("%s: %d findings, want none kept", name, len(res.Findings))
		}
		where := map[string]bool{}
		for _, e := range res.Errors {
			if strings.Contains(e.Error, "budget for kept matches") {
				where[e.Path] = true
			}
		}
		if !where["a.env"] || !where[gitsource.CommitMessagePath] {
			t.Errorf("%s: errors %+v, want a.env and the commit message over budget", name, res.Errors)
		}
	}
	if res := gitHistory(t, r.Dir, gitsource.HistoryOptions{}); len(res.Findings) != 2 || len(res.Errors) != 0 {
		t.Errorf("default budget: %d findings, errors %+v; want 2 and none", len(res.Findings), res.Errors)
	}
}
