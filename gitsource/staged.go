// What is about to be committed as a source: Staged compares the blobs
// staged in the index with HEAD (or the empty tree before the first
// commit) and reports only secrets on lines the commit adds, with line
// numbers of the staged version; CommitMessage scans a message the way
// the commit-msg hook receives it.

package gitsource

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/format/index"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/utils/diff"
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// scissorsLine starts the part of a commit message that Git drops
// (the diff `git commit -v` shows).
const scissorsLine = "# ------------------------ >8 ------------------------"

// Staged scans what the next commit would add. Files whose staged blob
// equals HEAD's, and files only renamed from a HEAD file unchanged (the
// old path leaves the index), are not read; of the others, a finding is
// kept when one of its lines is added relative to the HEAD version at the
// same path. A copy of a HEAD file at a new path (the old path stays)
// adds every line, secrets included, and is scanned in full.
// Submodules, symlinks, binary files, Git LFS pointers and unmerged
// entries are skipped.
func (s *gitScanner) stagedAll(ctx context.Context, repo *git.Repository) (*findings.Result, error) {
	res, _, err := s.staged(ctx, repo, nil)
	return res, err
}

// StagedFiles scans exactly the named files, as the pre-commit framework
// names them (relative to the repository root): a file whose staged
// version differs from HEAD reports only the lines the commit adds, as
// Staged does; any other named file (unchanged in the index, as with
// `pre-commit run --all-files`, or not tracked) is scanned in full from
// the work tree. A named file staged for deletion is ignored; a name that
// is neither in the work tree, the index nor HEAD is an error, as it is
// for scan.
func (s *gitScanner) stagedFiles(ctx context.Context, repo *git.Repository, files []string) (*findings.Result, error) {
	want := make(map[string]bool, len(files))
	for _, f := range files {
		want[filepath.ToSlash(filepath.Clean(f))] = true
	}
	res, handled, err := s.staged(ctx, repo, want)
	if err != nil {
		return nil, err
	}
	var whole []string
	for _, f := range files {
		name := filepath.ToSlash(filepath.Clean(f))
		_, statErr := os.Lstat(f)
		_, known := handled[name]
		switch {
		case statErr == nil && !handled[name]:
			whole = append(whole, f)
		case statErr != nil && !known:
			return nil, fmt.Errorf("staged file: %w", statErr)
		}
	}
	if len(whole) > 0 {
		full, err := s.core.Tree(ctx, whole...)
		if err != nil {
			return nil, err
		}
		res.Merge(full)
		res.Sort()
	}
	return res, nil
}

// staged scans the index entries that differ from HEAD, all of them or
// only those named in want. It returns the names of want it found in the
// index or in HEAD, true for those it scanned.
func (s *gitScanner) staged(ctx context.Context, repo *git.Repository, want map[string]bool) (*findings.Result, map[string]bool, error) {
	idx, err := repo.Storer.Index()
	if err != nil {
		return nil, nil, fmt.Errorf("read index: %w", err)
	}
	res := &findings.Result{}
	head := headFiles(repo, res)
	headPaths := make(map[plumbing.Hash][]string, len(head))
	for path, h := range head {
		headPaths[h] = append(headPaths[h], path)
	}
	inIndex := make(map[string]bool, len(idx.Entries))
	for _, e := range idx.Entries {
		inIndex[e.Name] = true
	}
	handled := map[string]bool{}
	for name := range want {
		if _, ok := head[name]; ok {
			handled[name] = false
		}
	}
	m := s.core.NewMatcher()
	for _, e := range idx.Entries {
		if err := ctx.Err(); err != nil {
			return nil, nil, err
		}
		if want != nil && !want[e.Name] {
			continue
		}
		old, inHead := head[e.Name]
		if inHead && old == e.Hash {
			handled[e.Name] = false
			continue // unchanged: StagedFiles scans it whole when named
		}
		handled[e.Name] = true
		if !inHead && renamed(headPaths[e.Hash], inIndex) {
			continue // moved from a HEAD path unchanged: adds no line
		}
		s.stagedEntry(repo, m, e, head, res)
	}
	res.Sort()
	return res, handled, nil
}

// renamed reports whether a new path holding a HEAD blob is a rename:
// one of the HEAD paths with that blob (paths) has left the index. A copy,
// whose sources all stay, adds its lines at a new path.
func renamed(paths []string, inIndex map[string]bool) bool {
	for _, p := range paths {
		if !inIndex[p] {
			return true
		}
	}
	return false
}

// stagedEntry scans one index entry that differs from HEAD.
func (s *gitScanner) stagedEntry(repo *git.Repository, m *rules.Matcher, e *index.Entry, head map[string]plumbing.Hash, res *findings.Result) {
	switch {
	case e.Stage != 0: // go-git's index.Merged is 1, but Git writes 0 for merged entries
		res.Skipped = append(res.Skipped, findings.Skipped{Path: e.Name, Reason: "unmerged (conflict not resolved)"})
		return
	case e.Mode == filemode.Submodule:
		res.Skipped = append(res.Skipped, findings.Skipped{Path: e.Name, Reason: "submodule (not entered)"})
		return
	case !isRegular(e.Mode):
		return
	}
	data, skip, err := s.readBlob(repo.Storer, e.Hash)
	switch {
	case err != nil:
		res.Errors = append(res.Errors, findings.FileError{Path: e.Name, Error: fmt.Sprintf("cannot read staged blob %s: %v", e.Hash, err)})
		return
	case skip != nil:
		skip.Path = e.Name
		res.Skipped = append(res.Skipped, *skip)
		return
	}
	var added []lineSpan // computed at the first hit: most files have none
	onAddedLine := func(h scan.Hit) bool {
		if added == nil {
			added = addedLines(s.headBlob(repo, e.Name, head, res), data)
		}
		return anyAdded(h.Start.Line, h.End.Line, added)
	}
	hits, capped := s.core.HitsWhere(m, data, onAddedLine, s.blobCap())
	for _, hit := range hits {
		if f, ok := s.core.Finding(hit, e.Name); ok {
			res.Findings = append(res.Findings, f)
		}
	}
	if capped {
		res.Skipped = append(res.Skipped, s.cappedNote(e.Name, "file", plumbing.ZeroHash))
	}
}

// headBlob returns the content HEAD has at path, or nil when HEAD has no
// such file; a blob that cannot be read is recorded in res and counts as
// empty (every line added).
func (s *gitScanner) headBlob(repo *git.Repository, path string, head map[string]plumbing.Hash, res *findings.Result) []byte {
	old, ok := head[path]
	if !ok {
		return nil
	}
	before, _, err := s.readBlob(repo.Storer, old)
	if err != nil {
		res.Errors = append(res.Errors, findings.FileError{Path: path, Error: fmt.Sprintf("cannot read HEAD's blob %s (every line counted as added): %v", old, err)})
	}
	return before
}

// headFiles maps the path of every file in HEAD's tree to its blob; it is
// empty before the first commit. A HEAD or a tree that cannot be read is
// recorded in res, and the files under it count as new.
func headFiles(repo *git.Repository, res *findings.Result) map[string]plumbing.Hash {
	files := map[string]plumbing.Hash{}
	tree, err := headTree(repo)
	if err != nil {
		res.Errors = append(res.Errors, findings.FileError{Kind: findings.ErrRef, Path: "HEAD", Error: fmt.Sprintf("%v (every staged line counted as added)", err)})
	}
	if tree == nil {
		return files
	}
	type dir struct {
		prefix string
		hash   plumbing.Hash
	}
	stack := []dir{{"", tree.Hash}}
	for len(stack) > 0 {
		d := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		t, err := object.GetTree(repo.Storer, d.hash)
		if err != nil {
			res.Errors = append(res.Errors, findings.FileError{Path: cmp.Or(strings.TrimSuffix(d.prefix, "/"), "/"),
				Error: fmt.Sprintf("cannot read HEAD's tree %s (files under it counted as new): %v", d.hash, err)})
			continue
		}
		for _, e := range t.Entries {
			switch {
			case e.Mode == filemode.Dir:
				stack = append(stack, dir{d.prefix + e.Name + "/", e.Hash})
			case isRegular(e.Mode):
				files[d.prefix+e.Name] = e.Hash
			}
		}
	}
	return files
}

// lineSpan is the lines first to last, 1-based and inclusive.
type lineSpan struct{ first, last int }

// addedLines returns the lines of now that are not in before, by a line
// diff, as spans in increasing order: a new file of millions of lines
// costs one span, not an entry per line.
func addedLines(before, now []byte) []lineSpan {
	added := []lineSpan{}
	line := 1
	for _, d := range diff.Do(string(before), string(now)) {
		n := lineCount(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			if n > 0 {
				added = append(added, lineSpan{line, line + n - 1})
			}
			line += n
		case diffmatchpatch.DiffEqual:
			line += n
		}
	}
	return added
}

// lineCount counts the lines of text, a last line without newline included.
func lineCount(text string) int {
	n := strings.Count(text, "\n")
	if text != "" && !strings.HasSuffix(text, "\n") {
		n++
	}
	return n
}

// anyAdded reports whether the lines first to last hold an added line.
func anyAdded(first, last int, added []lineSpan) bool {
	// The first span that ends at or after first; it holds an added line
	// of the range if it starts by last.
	i, _ := slices.BinarySearchFunc(added, first, func(s lineSpan, line int) int { return cmp.Compare(s.last, line) })
	return i < len(added) && added[i].first <= last
}

// CommitMessage scans a commit message as the commit-msg hook gets it:
// comment lines and everything from the scissors line on are ignored (Git
// strips them), line numbers are those of the file. Findings are
// reported under CommitMessagePath.
func (s *gitScanner) commitMessage(msg []byte) *findings.Result {
	res := &findings.Result{}
	m := s.core.NewMatcher()
	for _, hit := range s.core.Hits(m, stripComments(msg)) {
		if f, ok := s.core.Finding(hit, CommitMessagePath); ok {
			res.Findings = append(res.Findings, f)
		}
	}
	res.Sort()
	return res
}

// stripComments blanks comment lines, keeping line numbers, and drops
// everything from the scissors line on.
func stripComments(msg []byte) []byte {
	lines := bytes.SplitAfter(msg, []byte("\n"))
	var out []byte
	for _, l := range lines {
		trimmed := bytes.TrimRight(l, "\r\n")
		if string(trimmed) == scissorsLine {
			break
		}
		if bytes.HasPrefix(l, []byte("#")) {
			out = append(out, '\n')
			continue
		}
		out = append(out, l...)
	}
	return out
}
