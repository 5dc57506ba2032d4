package scan

import (
	"os"
	"path/filepath"
	"strings"
)

// RepoTop returns the top directory of the Git work tree holding path
// (the nearest directory up from it with a .git entry), absolute, or
// false outside a repository. It reads no Git data.
func RepoTop(path string) (string, bool) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", false
	}
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		abs = filepath.Dir(abs)
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// SourceRoot returns the directory a tree scan's paths are relative to,
// absolute: the repository's top when the first root is in one (the scan
// then reports paths relative to it: see Options.PathBase), else the
// root itself (its directory for a file), or the working directory when
// several roots are scanned.
func SourceRoot(roots []string) (dir string, inRepo bool) {
	if len(roots) == 0 {
		roots = []string{"."}
	}
	if top, ok := RepoTop(roots[0]); ok {
		return top, true
	}
	root := roots[0]
	if len(roots) > 1 {
		root = "."
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return "", false
	}
	if info, err := os.Stat(abs); err == nil && !info.IsDir() {
		abs = filepath.Dir(abs)
	}
	return abs, false
}

// within reports whether path (absolute) is dir or under it.
func within(dir, path string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

// WithPathBase returns a copy of s whose trees report paths relative to
// base (Options.PathBase).
func (s *Scanner) WithPathBase(base string) *Scanner {
	c := *s
	c.opts.PathBase = base
	return &c
}
