package scan

import (
	"bufio"
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// maxIgnoreFile is the most of a .gitignore or info/exclude file read:
// the scanned tree is untrusted, and no real ignore file comes near it.
const maxIgnoreFile = 1 << 20

// ignoreRules is what --gitignore skips in a tree: the patterns of
// .git/info/exclude and of the .gitignore files from the repository's
// top directory (base) down to the directory being walked.
type ignoreRules struct {
	base     string // absolute top directory the patterns' paths start at
	patterns []gitignore.Pattern
}

// newIgnoreRules returns the rules for a walk of root (a directory or a
// file): base is the repository holding root (the nearest directory up
// with a .git), or root's directory outside a repository, and the
// patterns are those of info/exclude and of the .gitignore files of the
// directories from base down to root's parent. Those of root and below
// are added as the walk enters each directory (enter).
func newIgnoreRules(root string) (*ignoreRules, error) {
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	dir := abs
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		dir = filepath.Dir(abs)
	}
	base, ok := RepoTop(dir)
	if !ok {
		base = dir
	}
	r := &ignoreRules{base: base}
	r.patterns = readIgnoreFile(filepath.Join(base, ".git", "info", "exclude"), nil)
	var below []string // the names from base down to dir
	if rel, err := filepath.Rel(base, dir); err == nil && rel != "." {
		below = strings.Split(rel, string(filepath.Separator))
	}
	for i := range below {
		r = r.enter(filepath.Join(base, filepath.Join(below[:i]...)))
	}
	if dir != abs { // a file root: its directory's rules too
		r = r.enter(dir)
	}
	return r, nil
}

// enter returns the rules for the entries of directory dir (absolute, or
// as walked when base is too): these plus dir's .gitignore.
func (r *ignoreRules) enter(dir string) *ignoreRules {
	domain := r.components(dir)
	more := readIgnoreFile(filepath.Join(dir, ".gitignore"), domain)
	if len(more) == 0 {
		return r
	}
	return &ignoreRules{base: r.base, patterns: append(r.patterns[:len(r.patterns):len(r.patterns)], more...)}
}

// ignored reports whether Git ignores path (absolute, or relative like base).
func (r *ignoreRules) ignored(path string, isDir bool) bool {
	parts := r.components(path)
	return len(parts) > 0 && gitignore.NewMatcher(r.patterns).Match(parts, isDir)
}

// components splits path into its names below base (none for base).
func (r *ignoreRules) components(path string) []string {
	rel, err := filepath.Rel(r.base, path)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return nil
	}
	return strings.Split(filepath.ToSlash(rel), "/")
}

// readIgnoreFile reads the patterns of an ignore file whose patterns are
// relative to domain. A missing, unreadable or non-regular file (a FIFO
// is never waited on) has none.
func readIgnoreFile(path string, domain []string) []gitignore.Pattern {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil
	}
	data, err := io.ReadAll(io.LimitReader(f, maxIgnoreFile))
	if err != nil {
		return nil
	}
	var ps []gitignore.Pattern
	lines := bufio.NewScanner(bytes.NewReader(data))
	lines.Buffer(make([]byte, 0, 4096), maxIgnoreFile)
	for lines.Scan() {
		line := strings.TrimSuffix(lines.Text(), "\r")
		if line != "" && !strings.HasPrefix(line, "#") && strings.TrimSpace(line) != "" {
			ps = append(ps, gitignore.ParsePattern(line, domain))
		}
	}
	return ps
}

// WithGitignore returns a copy of s that skips, in trees, what Git
// ignores when on is set (Options.Gitignore).
func (s *Scanner) WithGitignore(on bool) *Scanner {
	c := *s
	c.opts.Gitignore = on
	return &c
}
