package gitsource_test

import (
	"strings"
	"testing"
	"time"

	"github.com/keysieve/keysieve/gitsource"
)

func TestHistoryCountsProgress(t *testing.T) {
	t.Parallel()
	r := newGitRepo(t)
	r.Write("a.txt", "token: "+gitToken(400)+"\n")
	base := r.Commit("one")
	r.Write("b.txt", "plain\n")
	r.Commit("two")
	for name, opts := range map[string]gitsource.HistoryOptions{"full": {}, "range": {Base: base}} {
		p := &gitsource.Progress{}
		opts.Progress = p
		gitHistory(t, r.Dir, opts)
		line := p.Line(time.Second)
		want := map[string]string{"full": "2 commits, 2 blobs", "range": "1 commits, 1 blobs"}[name]
		if !strings.HasPrefix(line, want) {
			t.Errorf("%s: progress %q, want it to start %q", name, line, want)
		}
	}
}
