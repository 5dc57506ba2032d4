package cli

// Memory bounded by design (issue #9 case 2): a file or a blob holding a
// huge number of matches costs the per-file cap, not every match.

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// memoryMaxRSS is the peak RSS a scan of a match-dense file may reach.
const memoryMaxRSS = 512 << 10 // KiB

// denseAssignments returns about size bytes of lines assigning a different
// generated password each, every one a generic-secret match.
func denseAssignments(seed uint64, size int) string {
	g := fake.New(seed)
	var b strings.Builder
	b.Grow(size + 64)
	for b.Len() < size {
		b.WriteString("password=")
		b.WriteString(g.Alnum(20))
		b.WriteByte('\n')
	}
	return b.String()
}

func TestMemoryScanMatchDenseFile(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("writes a 28 MiB file")
	}
	// Before the matcher stopped at the cap, scan held every match of the
	// file, about 21 times its size: 28 MiB peaked near 600 MiB.
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "dense.txt"), []byte(denseAssignments(1, 28<<20)), 0o644); err != nil {
		t.Fatal(err)
	}
	res, rss := gitHostileRun(t, dir, "scan", ".", "-f", "json", "--max-file-size", "64MiB", "-j", "2")
	t.Logf("scan of a 28 MiB match-dense file: peak RSS %d MiB", rss>>10)
	if res.code != 1 {
		t.Fatalf("exit %d, want 1\n%s", res.code, res.stderr)
	}
	rep := parseGitReport(t, res.stdout)
	if len(rep.Findings) != 100 || len(rep.Skipped) != 1 || !strings.Contains(rep.Skipped[0].Reason, "stopped after 100 findings") {
		t.Errorf("%d findings, skipped %+v: want the first 100 and the cap noted", len(rep.Findings), rep.Skipped)
	}
	if rss > memoryMaxRSS {
		t.Errorf("peak RSS %d MiB, over %d MiB", rss>>10, memoryMaxRSS>>10)
	}
}

func TestMemoryHistoryMatchDenseBlobs(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("commits two 6 MiB blobs")
	}
	// Before history capped each blob while matching, it kept every match
	// of every version, over 60 times the blobs' size: two 6 MiB
	// versions peaked near 750 MiB.
	r := newE2ERepo(t)
	r.Write("README", "nothing\n")
	base := r.Commit("base")
	for i := range uint64(2) {
		r.Write("dense.txt", denseAssignments(10+i, 6<<20))
		r.Commit("dense version")
	}
	for name, args := range map[string][]string{
		"history": {"history", "-f", "json", "-j", "2"},
		"range":   {"history", "-f", "json", "-j", "2", "--range", base + "..HEAD"},
	} {
		res, rss := gitHostileRun(t, r.Dir, args...)
		t.Logf("%s of two 6 MiB match-dense versions: peak RSS %d MiB", name, rss>>10)
		if res.code != 1 {
			t.Fatalf("%s: exit %d, want 1\n%s", name, res.code, res.stderr)
		}
		rep := parseGitReport(t, res.stdout)
		capped := 0
		for _, s := range rep.Skipped {
			if s.Path == "dense.txt" && strings.Contains(s.Reason, "stopped after 100 matches") {
				capped++
			}
		}
		if len(rep.Findings) != 100 || capped != 2 {
			t.Errorf("%s: %d findings, %d blobs noted as capped; want 100 and 2\n%+v", name, len(rep.Findings), capped, rep.Skipped)
		}
		if rss > memoryMaxRSS {
			t.Errorf("%s: peak RSS %d MiB, over %d MiB", name, rss>>10, memoryMaxRSS>>10)
		}
	}
}
