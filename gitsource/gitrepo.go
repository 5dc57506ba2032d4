// Git repository access shared by the history and staged sources:
// opening a repository (bare or not, linked worktrees included), listing
// the commits its refs point at, per-worker object storages, and reading
// one blob through the same content step as files on disk.

package gitsource

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"

	"github.com/keysieve/keysieve/content"
	"github.com/keysieve/keysieve/findings"
)

// CommitMessagePath is the path that findings in commit messages are
// reported under, by both `history` and the commit-msg hook, so that
// fingerprints (and so baselines) agree between them.
const CommitMessagePath = ".git/COMMIT_EDITMSG"

// maxRefNames is how many ref names a RefSummary lists.
const maxRefNames = 5

// workerCacheSize bounds the object cache of each worker's storage.
const workerCacheSize = 8 * cache.MiByte

// openRepository opens the Git repository at path or in one of its parent
// directories: a work tree, a linked worktree or a bare repository.
func openRepository(path string) (*git.Repository, error) {
	// Without DetectDotGit first: go-git's detection looks only for .git
	// and so walks past a bare repository.
	repo, err := git.PlainOpenWithOptions(path, &git.PlainOpenOptions{EnableDotGitCommonDir: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		repo, err = git.PlainOpenWithOptions(path, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	}
	if err != nil {
		if why := dotGitFileProblem(path); why != "" {
			return nil, fmt.Errorf("open git repository %s: %s: %w", path, why, err)
		}
		return nil, fmt.Errorf("open git repository %s: %w", path, err)
	}
	if repo, err = withAlternates(repo); err != nil {
		return nil, fmt.Errorf("open git repository %s: %w", path, err)
	}
	return repo, nil
}

// dotGitFileProblem explains a failed open when the nearest .git at or
// above path is a file (a linked worktree or submodule) whose gitdir is
// missing or not a directory; it returns "" otherwise.
func dotGitFileProblem(path string) string {
	dir, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	for {
		dotGit := filepath.Join(dir, ".git")
		info, err := os.Lstat(dotGit)
		switch {
		case err == nil && info.Mode().IsRegular():
			return gitdirProblem(dotGit)
		case err == nil:
			return ""
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// gitdirProblem reads a .git file and says what is wrong with the
// directory it points to.
func gitdirProblem(dotGit string) string {
	target, err := gitdirTarget(dotGit)
	if err != nil {
		return err.Error()
	}
	switch info, err := os.Stat(target); {
	case err != nil:
		return fmt.Sprintf("%s points to gitdir %s, which does not exist", dotGit, target)
	case !info.IsDir():
		return fmt.Sprintf("%s points to gitdir %s, which is not a directory", dotGit, target)
	}
	return fmt.Sprintf("%s points to gitdir %s, which is not a Git directory", dotGit, target)
}

// gitdirTarget reads a .git file (of a linked worktree or a submodule)
// and returns the directory its "gitdir: " line names, made absolute
// against the file's directory. It is the one parser of .git files.
func gitdirTarget(dotGit string) (string, error) {
	data, err := os.ReadFile(dotGit)
	if err != nil {
		return "", fmt.Errorf("read .git file: %w", err)
	}
	target, ok := strings.CutPrefix(strings.TrimSpace(string(data)), "gitdir: ")
	if !ok {
		return "", fmt.Errorf("%s is a file without a gitdir: line", dotGit)
	}
	if !filepath.IsAbs(target) {
		target = filepath.Join(filepath.Dir(dotGit), target)
	}
	return target, nil
}

// workerStorer returns an object storage of its own for one worker, so
// that workers inflate objects in parallel with a small cache each. It
// falls back to the repository's storer when that is not on disk.
func workerStorer(repo *git.Repository) storer.EncodedObjectStorer {
	if fs, ok := repo.Storer.(*filesystem.Storage); ok {
		return newStorage(fs.Filesystem(), cache.NewObjectLRU(workerCacheSize))
	}
	return repo.Storer
}

// refTip is a ref and the commit it ends at.
type refTip struct {
	name   string
	commit plumbing.Hash
	// tags is the text of the annotated tags the ref passes through to
	// its commit: each tagger and message, scanned like a commit's.
	tags string
}

// refTips returns every ref that ends at a commit (branches, tags peeled
// through annotated tags, remote-tracking refs, the stash, a detached
// HEAD), sorted by name. Refs that end elsewhere or cannot be read are
// recorded in res.
func refTips(repo *git.Repository, res *findings.Result) ([]refTip, error) {
	refs, err := listRefs(repo, res)
	if err != nil {
		return nil, err
	}
	var tips []refTip
	for _, ref := range refs {
		if ref.Name() == plumbing.HEAD {
			continue // added below
		}
		if ref.Type() != plumbing.HashReference {
			if _, err := storer.ResolveReference(repo.Storer, ref.Name()); errors.Is(err, storer.ErrMaxResolveRecursion) {
				res.Skipped = append(res.Skipped, findings.Skipped{Path: ref.Name().String(), Reason: "symbolic ref loop (points at no commit)"})
			}
			continue
		}
		if ref.Hash().IsZero() {
			res.Errors = append(res.Errors, findings.FileError{Kind: findings.ErrRef, Path: ref.Name().String(), Error: "ref file holds no object name"})
			continue
		}
		commit, tags, err := peelToCommit(repo.Storer, ref.Hash())
		if err != nil {
			res.Errors = append(res.Errors, findings.FileError{Kind: findings.ErrRef, Path: ref.Name().String(), Error: err.Error()})
			continue
		}
		if commit.IsZero() {
			res.Skipped = append(res.Skipped, findings.Skipped{Path: ref.Name().String(), Reason: "ref does not point at a commit"})
			continue
		}
		tips = append(tips, refTip{name: ref.Name().String(), commit: commit, tags: tags})
	}
	if head, err := repo.Storer.Reference(plumbing.HEAD); err == nil && head.Type() == plumbing.HashReference {
		tips = append(tips, refTip{name: "HEAD", commit: head.Hash()})
	}
	slices.SortFunc(tips, func(a, b refTip) int { return strings.Compare(a.name, b.name) })
	return tips, nil
}

// listRefs returns every ref. go-git's listing fails as a whole on the
// first ref file it cannot read (an empty one, say); then each ref is
// read on its own and those that fail are recorded in res.
func listRefs(repo *git.Repository, res *findings.Result) ([]*plumbing.Reference, error) {
	var refs []*plumbing.Reference
	iter, err := repo.Storer.IterReferences()
	if err == nil {
		err = iter.ForEach(func(ref *plumbing.Reference) error {
			refs = append(refs, ref)
			return nil
		})
	}
	if err == nil {
		return refs, nil
	}
	fs, ok := repo.Storer.(*filesystem.Storage)
	if !ok {
		return nil, fmt.Errorf("list refs: %w", err)
	}
	refs = refs[:0]
	for _, name := range refNames(fs) {
		ref, err := repo.Storer.Reference(name)
		if err != nil {
			res.Errors = append(res.Errors, findings.FileError{Kind: findings.ErrRef, Path: name.String(), Error: fmt.Sprintf("cannot read ref %s (empty or malformed ref file): %v", name, err)})
			continue
		}
		refs = append(refs, ref)
	}
	return refs, nil
}

// refNames lists the names of the loose refs under refs/ and of the refs
// in packed-refs, without reading the loose ones.
func refNames(st *filesystem.Storage) []plumbing.ReferenceName {
	fs := st.Filesystem()
	seen := map[plumbing.ReferenceName]bool{}
	var names []plumbing.ReferenceName
	add := func(name string) {
		if n := plumbing.ReferenceName(name); !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	dirs := []string{"refs"}
	for len(dirs) > 0 {
		dir := dirs[len(dirs)-1]
		dirs = dirs[:len(dirs)-1]
		entries, _ := fs.ReadDir(dir)
		for _, e := range entries {
			path := dir + "/" + e.Name()
			if e.IsDir() {
				dirs = append(dirs, path)
			} else {
				add(path)
			}
		}
	}
	if f, err := fs.Open("packed-refs"); err == nil {
		defer f.Close()
		lines := bufio.NewScanner(f)
		for lines.Scan() {
			if _, name, ok := strings.Cut(lines.Text(), " "); ok && !strings.HasPrefix(lines.Text(), "#") {
				add(strings.TrimSpace(name))
			}
		}
	}
	return names
}

// peelToCommit follows annotated tags from h to a commit. It returns the
// zero hash when h ends at a tree or a blob.
func peelToCommit(st storer.EncodedObjectStorer, h plumbing.Hash) (commit plumbing.Hash, tags string, err error) {
	var text strings.Builder
	for range 32 {
		obj, err := st.EncodedObject(plumbing.AnyObject, h)
		if err != nil {
			return plumbing.ZeroHash, "", fmt.Errorf("object %s: %w", h, err)
		}
		switch obj.Type() {
		case plumbing.CommitObject:
			return h, text.String(), nil
		case plumbing.TagObject:
			tag, err := object.DecodeTag(st, obj)
			if err != nil {
				return plumbing.ZeroHash, "", fmt.Errorf("tag %s: %w", h, err)
			}
			if text.Len() < maxTagText {
				fmt.Fprintf(&text, "%s <%s>\n%s\n", tag.Tagger.Name, tag.Tagger.Email, tag.Message)
			}
			h = tag.Target
		default:
			return plumbing.ZeroHash, "", nil
		}
	}
	return plumbing.ZeroHash, "", fmt.Errorf("object %s: tag chain too long", h)
}

// maxTagText bounds the tag text kept for one ref: tag messages are
// scanned, but a chain of huge ones must not hold the run's memory.
const maxTagText = 1 << 20

// resolveCommit resolves a revision (hash, branch, tag, HEAD~2...) to a commit.
func resolveCommit(repo *git.Repository, rev string) (plumbing.Hash, error) {
	h, err := repo.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("resolve %q: %w", rev, err)
	}
	c, _, err := peelToCommit(repo.Storer, *h)
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("resolve %q: %w", rev, err)
	}
	if c.IsZero() {
		return plumbing.ZeroHash, fmt.Errorf("resolve %q: not a commit", rev)
	}
	return c, nil
}

// headTree returns the tree of HEAD's commit, or nil when HEAD is unborn.
func headTree(repo *git.Repository) (*object.Tree, error) {
	head, err := repo.Head()
	if errors.Is(err, plumbing.ErrReferenceNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("resolve HEAD: %w", err)
	}
	commit, err := repo.CommitObject(head.Hash())
	if err != nil {
		return nil, fmt.Errorf("read HEAD commit %s: %w", head.Hash(), err)
	}
	tree, err := commit.Tree()
	if err != nil {
		return nil, fmt.Errorf("read HEAD tree %s: %w", commit.TreeHash, err)
	}
	return tree, nil
}

// readBlob reads blob h and turns it into text with the content step,
// or says why it is skipped (without a path): too large, a Git LFS
// pointer, or binary.
func (s *gitScanner) readBlob(st storer.EncodedObjectStorer, h plumbing.Hash) (data []byte, skip *findings.Skipped, err error) {
	// The size first, from the object's header: go-git's EncodedObject
	// inflates the whole object into memory, however large.
	if size, err := st.EncodedObjectSize(h); err == nil && size > s.opts.MaxFileSize {
		return nil, tooLarge(size), nil
	}
	obj, err := st.EncodedObject(plumbing.BlobObject, h)
	if err != nil {
		return nil, nil, fmt.Errorf("blob %s: %w", h, err)
	}
	if obj.Size() > s.opts.MaxFileSize {
		return nil, tooLarge(obj.Size()), nil
	}
	r, err := obj.Reader()
	if err != nil {
		return nil, nil, fmt.Errorf("blob %s: %w", h, err)
	}
	defer r.Close()
	t, err := content.Read(r, obj.Size(), s.opts.MaxFileSize)
	if err != nil {
		return nil, nil, fmt.Errorf("blob %s: %w", h, err)
	}
	if skip, ok := t.Skipped(""); ok {
		return nil, &skip, nil
	}
	return t.Data, nil, nil
}

// tooLarge is the skip, without a path, of content of size bytes.
func tooLarge(size int64) *findings.Skipped {
	skip := findings.TooLarge("", size)
	return &skip
}

// refOrder sorts ref names: branches, tags, remote-tracking refs, others.
func refOrder(name string) int {
	for i, prefix := range []string{"refs/heads/", "refs/tags/", "refs/remotes/"} {
		if strings.HasPrefix(name, prefix) {
			return i
		}
	}
	return 3
}
