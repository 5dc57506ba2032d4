// Where a repository's objects are: its own objects directory (the
// common Git directory's, for a linked worktree) and the alternate object
// directories it borrows from (objects/info/alternates, as `git clone
// --shared` and `--reference` write), for go-git's storage and for the
// pack pass alike.

package gitsource

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-billy/v5"
	"github.com/go-git/go-billy/v5/osfs"
	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/storage/filesystem"
)

// maxAlternateDepth is how deep alternates of alternates are followed
// (Git's own limit).
const maxAlternateDepth = 5

// newStorage returns a storage of the Git directory fsys that finds
// objects in alternate object directories too: go-git resolves their
// (absolute) paths against AlternatesFS, which by default is the Git
// directory itself, where they are never found.
func newStorage(fsys billy.Filesystem, c cache.Object) *filesystem.Storage {
	return filesystem.NewStorageWithOptions(fsys, c, filesystem.Options{AlternatesFS: osfs.New("/")})
}

// withAlternates reopens repo on a storage that follows alternates.
func withAlternates(repo *git.Repository) (*git.Repository, error) {
	st, ok := repo.Storer.(*filesystem.Storage)
	if !ok {
		return repo, nil
	}
	var wt billy.Filesystem
	if w, err := repo.Worktree(); err == nil {
		wt = w.Filesystem
	}
	return git.Open(newStorage(st.Filesystem(), cache.NewObjectLRUDefault()), wt)
}

// objectDirs returns the object directories of a repository on disk: its
// own (in the common Git directory for a linked worktree), then those
// its alternates name, recursively.
func objectDirs(repo *git.Repository) ([]string, bool) {
	st, ok := repo.Storer.(*filesystem.Storage)
	if !ok {
		return nil, false
	}
	gitDir := st.Filesystem().Root()
	if common, err := os.ReadFile(filepath.Join(gitDir, "commondir")); err == nil {
		c := strings.TrimSpace(string(common))
		if !filepath.IsAbs(c) {
			c = filepath.Join(gitDir, c)
		}
		gitDir = c
	}
	return withAlternateDirs(filepath.Clean(filepath.Join(gitDir, "objects"))), true
}

// withAlternateDirs returns objDir followed by its alternates, each once.
func withAlternateDirs(objDir string) []string {
	dirs := []string{objDir}
	seen := map[string]bool{objDir: true}
	level := []string{objDir}
	for depth := 0; depth < maxAlternateDepth && len(level) > 0; depth++ {
		var next []string
		for _, dir := range level {
			for _, alt := range alternatesOf(dir) {
				if !seen[alt] {
					seen[alt] = true
					dirs = append(dirs, alt)
					next = append(next, alt)
				}
			}
		}
		level = next
	}
	return dirs
}

// alternatesOf reads objDir/info/alternates: one directory a line,
// relative ones against objDir, comments and blank lines ignored.
func alternatesOf(objDir string) []string {
	f, err := os.Open(filepath.Join(objDir, "info", "alternates"))
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if !filepath.IsAbs(line) {
			line = filepath.Join(objDir, line)
		}
		out = append(out, filepath.Clean(line))
	}
	return out
}
