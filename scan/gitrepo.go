// Git repository access shared by the history and staged sources:
// opening a repository (bare or not, linked worktrees included), listing
// the commits its refs point at, per-worker object storages, and reading
// one blob with the same size, binary and Git LFS checks as files on disk.

package scan

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
	"github.com/go-git/go-git/v5/storage/filesystem"
)

// CommitMessagePath is the path that findings in commit messages are
// reported under, by both `history` and the commit-msg hook, so that
// fingerprints (and so baselines) agree between them.
const CommitMessagePath = ".git/COMMIT_EDITMSG"

// maxRefNames is how many ref names a RefSummary lists.
const maxRefNames = 5

// workerCacheSize bounds the object cache of each worker's storage.
const workerCacheSize = 8 * cache.MiByte

// lfsPointerPrefix starts every Git LFS pointer file.
var lfsPointerPrefix = []byte("version https://git-lfs.github.com/spec/v1")

// RefSummary says which refs reach a commit: how many, and the first few
// names (branches first, then tags, remote-tracking refs and the rest).
type RefSummary struct {
	Count int      `json:"count"`
	Names []string `json:"names"`
}

// OpenRepository opens the Git repository at path or in one of its parent
// directories: a work tree, a linked worktree or a bare repository.
func OpenRepository(path string) (*git.Repository, error) {
	// Without DetectDotGit first: go-git's detection looks only for .git
	// and so walks past a bare repository.
	repo, err := git.PlainOpenWithOptions(path, &git.PlainOpenOptions{EnableDotGitCommonDir: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		repo, err = git.PlainOpenWithOptions(path, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	}
	if err != nil {
		return nil, fmt.Errorf("open git repository %s: %w", path, err)
	}
	return repo, nil
}

// workerStorer returns an object storage of its own for one worker, so
// that workers inflate objects in parallel with a small cache each. It
// falls back to the repository's storer when that is not on disk.
func workerStorer(repo *git.Repository) storer.EncodedObjectStorer {
	if fs, ok := repo.Storer.(*filesystem.Storage); ok {
		return filesystem.NewStorage(fs.Filesystem(), cache.NewObjectLRU(workerCacheSize))
	}
	return repo.Storer
}

// refTip is a ref and the commit it ends at.
type refTip struct {
	name   string
	commit plumbing.Hash
}

// refTips returns every ref that ends at a commit (branches, tags peeled
// through annotated tags, remote-tracking refs, the stash, a detached
// HEAD), sorted by name. Refs that end elsewhere or cannot be read are
// recorded in res.
func refTips(repo *git.Repository, res *Result) ([]refTip, error) {
	iter, err := repo.Storer.IterReferences()
	if err != nil {
		return nil, fmt.Errorf("list refs: %w", err)
	}
	var tips []refTip
	err = iter.ForEach(func(ref *plumbing.Reference) error {
		if ref.Type() != plumbing.HashReference {
			return nil
		}
		commit, err := peelToCommit(repo.Storer, ref.Hash())
		if err != nil {
			res.Errors = append(res.Errors, FileError{Path: ref.Name().String(), Error: err.Error()})
			return nil
		}
		if commit.IsZero() {
			res.Skipped = append(res.Skipped, Skipped{Path: ref.Name().String(), Reason: "ref does not point at a commit"})
			return nil
		}
		tips = append(tips, refTip{name: ref.Name().String(), commit: commit})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list refs: %w", err)
	}
	if head, err := repo.Storer.Reference(plumbing.HEAD); err == nil && head.Type() == plumbing.HashReference {
		tips = append(tips, refTip{name: "HEAD", commit: head.Hash()})
	}
	slices.SortFunc(tips, func(a, b refTip) int { return strings.Compare(a.name, b.name) })
	return tips, nil
}

// peelToCommit follows annotated tags from h to a commit. It returns the
// zero hash when h ends at a tree or a blob.
func peelToCommit(st storer.EncodedObjectStorer, h plumbing.Hash) (plumbing.Hash, error) {
	for range 32 {
		obj, err := st.EncodedObject(plumbing.AnyObject, h)
		if err != nil {
			return plumbing.ZeroHash, fmt.Errorf("object %s: %w", h, err)
		}
		switch obj.Type() {
		case plumbing.CommitObject:
			return h, nil
		case plumbing.TagObject:
			tag, err := object.DecodeTag(st, obj)
			if err != nil {
				return plumbing.ZeroHash, fmt.Errorf("tag %s: %w", h, err)
			}
			h = tag.Target
		default:
			return plumbing.ZeroHash, nil
		}
	}
	return plumbing.ZeroHash, fmt.Errorf("object %s: tag chain too long", h)
}

// resolveCommit resolves a revision (hash, branch, tag, HEAD~2...) to a commit.
func resolveCommit(repo *git.Repository, rev string) (plumbing.Hash, error) {
	h, err := repo.ResolveRevision(plumbing.Revision(rev))
	if err != nil {
		return plumbing.ZeroHash, fmt.Errorf("resolve %q: %w", rev, err)
	}
	c, err := peelToCommit(repo.Storer, *h)
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

// readBlob reads blob h, or says why it is skipped: too large, a Git LFS
// pointer, or binary.
func (s *Scanner) readBlob(st storer.EncodedObjectStorer, h plumbing.Hash) (data []byte, skip string, err error) {
	obj, err := st.EncodedObject(plumbing.BlobObject, h)
	if err != nil {
		return nil, "", fmt.Errorf("blob %s: %w", h, err)
	}
	if obj.Size() > s.opts.MaxFileSize {
		return nil, fmt.Sprintf("larger than --max-file-size (%d bytes)", obj.Size()), nil
	}
	r, err := obj.Reader()
	if err != nil {
		return nil, "", fmt.Errorf("blob %s: %w", h, err)
	}
	defer r.Close()
	data, err = readAtMost(r, make([]byte, 0, obj.Size()+1), s.opts.MaxFileSize+1)
	if err != nil {
		return nil, "", fmt.Errorf("blob %s: %w", h, err)
	}
	if skip := blobSkipReason(data); skip != "" {
		return nil, skip, nil
	}
	return data, "", nil
}

// blobSkipReason says why a blob's content is not scanned (a Git LFS
// pointer, or binary), or returns "".
func blobSkipReason(data []byte) string {
	switch {
	case isLFSPointer(data):
		return "Git LFS pointer"
	case bytes.IndexByte(data[:min(len(data), binarySniffLen)], 0) >= 0:
		return "binary"
	}
	return ""
}

// isLFSPointer reports whether data is a Git LFS pointer file.
func isLFSPointer(data []byte) bool {
	return len(data) < 1024 && bytes.HasPrefix(data, lfsPointerPrefix)
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
