package cli

import (
	"strings"
	"testing"
)

// TestMemoryStagedMatchDenseFile: the staged source caps a file's hits
// while matching, counting only the hits on added lines (issue #9 case 2):
// before, it collected every match of the file first (an 8 MiB file of
// matches peaked near 500 MiB).
func TestMemoryStagedMatchDenseFile(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("stages an 8 MiB file")
	}
	const maxRSS = 256 << 10 // KiB
	r := newE2ERepo(t)
	old := denseAssignments(20, 4<<10) // about 130 secrets already committed
	r.Write("dense.txt", old)
	r.Commit("old secrets")
	r.Write("dense.txt", old+denseAssignments(21, 8<<20))
	r.Git("add", "dense.txt")
	res, rss := gitHostileRun(t, r.Dir, "staged", "-f", "json", "--max-findings-per-file", "40")
	t.Logf("staged 8 MiB of match-dense lines: peak RSS %d MiB", rss>>10)
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", res.code, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	if len(rep.Findings) != 40 || len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Reason, "stopped after 40") {
		t.Fatalf("%d findings, skipped %+v: want 40 and the cap noted", len(rep.Findings), rep.Skipped)
	}
	// The committed lines neither count toward the cap nor are reported.
	oldLines := strings.Count(old, "\n")
	for _, f := range rep.Findings {
		if f.Line <= oldLines {
			t.Errorf("finding on committed line %d (the first %d lines are old)", f.Line, oldLines)
		}
	}
	if rss > maxRSS {
		t.Errorf("peak RSS %d MiB, over %d MiB", rss>>10, maxRSS>>10)
	}
}
