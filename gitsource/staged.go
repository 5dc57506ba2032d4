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
	hits := s.core.Hits(m, data)
	if len(hits) == 0 {
		return
	}
	var before []byte
	if old, ok := head[e.Name]; ok {
		if before, _, err = s.readBlob(repo.Storer, old); err != nil {
			res.Errors = append(res.Errors, findings.FileError{Path: e.Name, Error: fmt.Sprintf("cannot read HEAD's blob %s (every line counted as added): %v", old, err)})
		}
	}
	added := addedLines(before, data)
	for _, hit := range hits {
		if f, ok := s.core.Finding(hit, e.Name); ok && anyAdded(f, added) {
			res.Findings = append(res.Findings, f)
		}
	}
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

// addedLines returns the 1-based numbers of the lines of now that are not
// in before, by a line diff.
func addedLines(before, now []byte) map[int]bool {
	added := map[int]bool{}
	line := 1
	for _, d := range diff.Do(string(before), string(now)) {
		n := lineCount(d.Text)
		switch d.Type {
		case diffmatchpatch.DiffInsert:
			for i := range n {
				added[line+i] = true
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

// anyAdded reports whether a finding spans one of the added lines.
func anyAdded(f findings.Finding, added map[int]bool) bool {
	for l := f.Line; l <= f.EndLine; l++ {
		if added[l] {
			return true
		}
	}
	return false
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
