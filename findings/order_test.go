package findings_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/keysieve/keysieve/findings"
)

// tiedFindings are findings that tie on file, line, column and rule and
// differ only in what comes after: the end, the secret, the encoding, the
// commit. (Secrets here are short words: no rule would report them.)
func tiedFindings() []findings.Finding {
	base := findings.Finding{Rule: "r", File: "f.env", Line: 3, Column: 5, EndLine: 3, EndColumn: 20}
	var out []findings.Finding
	for i := range 6 {
		f := base
		f.Secret = fmt.Sprintf("word%d", i%3)
		f.Fingerprint = fmt.Sprintf("fp%d", i%3)
		f.EndColumn += i % 2
		if i >= 3 {
			f.Decoded = "base64"
		}
		out = append(out, f)
	}
	for i := range 6 {
		f := base
		f.Secret = "word0"
		yes := i%2 == 0
		f.Git = &findings.Git{Commit: fmt.Sprintf("c%d", i%3), Date: "2026-01-0" + fmt.Sprint(1+i%3), InHead: &yes}
		out = append(out, f)
	}
	return out
}

// TestSortIsTotal: findings that tie on file, line, column and rule, and
// skipped entries and errors that tie on their path, come out in one
// order whatever order they went in (issue #9, case 7).
func TestSortIsTotal(t *testing.T) {
	t.Parallel()
	want := findings.Result{
		Findings: tiedFindings(),
		Skipped:  []findings.Skipped{{Path: "a", Reason: "r1"}, {Path: "a", Reason: "r2"}, {Path: "a", Reason: "r3"}},
		Errors:   []findings.FileError{{Path: "a", Error: "e1"}, {Path: "a", Error: "e2"}, {Path: "a", Error: "e3"}},
	}
	want.Sort()
	for seed := range uint64(50) {
		rng := rand.New(rand.NewPCG(seed, 7))
		got := findings.Result{
			Findings: slices.Clone(want.Findings),
			Skipped:  slices.Clone(want.Skipped),
			Errors:   slices.Clone(want.Errors),
		}
		rng.Shuffle(len(got.Findings), func(i, j int) { got.Findings[i], got.Findings[j] = got.Findings[j], got.Findings[i] })
		rng.Shuffle(len(got.Skipped), func(i, j int) { got.Skipped[i], got.Skipped[j] = got.Skipped[j], got.Skipped[i] })
		rng.Shuffle(len(got.Errors), func(i, j int) { got.Errors[i], got.Errors[j] = got.Errors[j], got.Errors[i] })
		got.Sort()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("seed %d: order depends on input order:\n got %v\nwant %v", seed, got, want)
		}
	}
}
