// Secrets in what Git records besides files and messages: the author and
// committer of each scanned commit, the names of the refs (branches,
// tags) that point into the scanned history, and the taggers and messages
// of the annotated tags among them. Each is reported as a
// finding of its own, attributed to its commit, under a path of its own
// below .git/, so that caps, baselines and fingerprints treat it like a
// file.

package gitsource

import (
	"strings"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// CommitAuthorPath is the path that findings in a commit's author and
// committer (names and emails) are reported under.
const CommitAuthorPath = ".git/COMMIT_AUTHOR"

// refPath is the path that findings in a ref's name are reported under:
// where Git keeps the ref, .git/refs/heads/NAME for a branch.
func refPath(name string) string { return ".git/" + name }

// isMetadataPath reports whether findings at path are in commit metadata
// or ref names rather than in a file of the tree.
func isMetadataPath(path string) bool {
	return path == CommitMessagePath || path == CommitAuthorPath || strings.HasPrefix(path, ".git/")
}

// identText is the text scanned for a commit's people: author and
// committer, "Name <email>" a line.
func identText(c *object.Commit) string {
	return c.Author.Name + " <" + c.Author.Email + ">\n" + c.Committer.Name + " <" + c.Committer.Email + ">\n"
}

// identScanner scans the identities of commits as the graph walk reads
// them, keeping the hits of each commit that has some.
type identScanner struct {
	core *scan.Scanner
	m    *rules.Matcher
	hits map[plumbing.Hash][]scan.Hit
}

func newIdentScanner(core *scan.Scanner) *identScanner {
	return &identScanner{core: core, m: core.NewMatcher(), hits: map[plumbing.Hash][]scan.Hit{}}
}

// then returns an onCommit that scans c's identities, then calls next
// (when set).
func (is *identScanner) then(next func(c *object.Commit)) func(c *object.Commit) {
	return func(c *object.Commit) {
		if hits := is.core.Hits(is.m, []byte(identText(c))); len(hits) > 0 {
			is.hits[c.Hash] = hits
		}
		if next != nil {
			next(c)
		}
	}
}

// metadataFindings returns the findings in the identities of commit i
// and in the names of the refs that point at it, each reported once.
func (h *historyRun) metadataFindings(i int, seen map[findingKey]bool) []findings.Finding {
	n := h.graph.nodes[i]
	var out []findings.Finding
	for _, hit := range h.idents.hits[n.hash] {
		if f, ok := h.s.core.Finding(hit, CommitAuthorPath); ok && h.firstTime(seen, f) {
			out = append(out, f)
		}
	}
	for _, t := range h.tipsAtCommit(n.hash) {
		for _, text := range []string{t.name, t.tags} {
			hits, _ := h.s.core.HitsLimit(h.idents.m, []byte(text), h.s.blobCap())
			for _, hit := range hits {
				if f, ok := h.s.core.Finding(hit, refPath(t.name)); ok && h.firstTime(seen, f) {
					out = append(out, f)
				}
			}
		}
	}
	return out
}

// tipsAtCommit returns the tips that point at commit, in h.tips' order.
// The index is built once: a scan of every commit against every tip
// was quadratic (30,000 commits and 30,000 tags: 3 s).
func (h *historyRun) tipsAtCommit(commit plumbing.Hash) []refTip {
	if h.tipsAt == nil {
		h.tipsAt = make(map[plumbing.Hash][]refTip, len(h.tips))
		for _, t := range h.tips {
			h.tipsAt[t.commit] = append(h.tipsAt[t.commit], t)
		}
	}
	return h.tipsAt[commit]
}

// pathFindings returns the findings of the secrets in path, a file a
// commit adds, each (rule, secret) reported once for the whole history,
// at the first commit that adds a path holding it.
func (h *historyRun) pathFindings(path string, seen map[findingKey]bool) []findings.Finding {
	var out []findings.Finding
	for _, f := range h.s.core.PathFindings(h.idents.m, path, path) {
		k := findingKey{f.Rule, f.Secret, "\x00path"}
		if !seen[k] {
			seen[k] = true
			out = append(out, f)
		}
	}
	return out
}
