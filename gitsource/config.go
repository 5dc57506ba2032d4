// Configuration in Git: the repository config read from a trusted
// revision (the base of a range) rather than from the commits under
// review, and the changes that a range makes to config files, which a
// CI gate reports instead of applying.

package gitsource

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"

	"github.com/keysieve/keysieve/findings"
)

// ErrNotRegular is wrapped by the error FileAt returns for an entry that
// is not a regular file (a symlink, a directory, a submodule).
var ErrNotRegular = errors.New("not a regular file")

// ErrUnreadable is wrapped by the error FileAt returns when an object it
// needs (the commit, its tree, the blob) cannot be read.
var ErrUnreadable = errors.New("unreadable object")

// FileAt returns the content of the regular file at the root of rev's
// tree named name, or found false when there is none. It refuses an
// entry of any other kind without reading it (a symlink's target is not
// followed, nor quoted), and a blob larger than limit bytes.
func (r *Repo) FileAt(rev, name string, limit int64) (data []byte, found bool, err error) {
	commit, err := resolveCommit(r.repo, rev)
	if err != nil {
		return nil, false, err
	}
	c, err := object.GetCommit(r.repo.Storer, commit)
	if err != nil {
		return nil, false, fmt.Errorf("%w: commit %s: %w", ErrUnreadable, commit, err)
	}
	tree, err := object.GetTree(r.repo.Storer, c.TreeHash)
	if err != nil {
		return nil, false, fmt.Errorf("%w: tree %s: %w", ErrUnreadable, c.TreeHash, err)
	}
	i := slices.IndexFunc(tree.Entries, func(e object.TreeEntry) bool { return e.Name == name })
	if i < 0 {
		return nil, false, nil
	}
	e := tree.Entries[i]
	if !isRegular(e.Mode) {
		return nil, true, fmt.Errorf("%s:%s is a %s: %w", rev, name, modeName(e.Mode), ErrNotRegular)
	}
	size, err := r.repo.Storer.EncodedObjectSize(e.Hash)
	if err != nil {
		return nil, true, fmt.Errorf("%w: blob %s: %w", ErrUnreadable, e.Hash, err)
	}
	if size > limit {
		return nil, true, fmt.Errorf("%s:%s is %d bytes, over the %d-byte limit", rev, name, size, limit)
	}
	if data, err = readBlobLimited(r.repo.Storer, e.Hash, limit); err != nil {
		return nil, true, fmt.Errorf("%w: blob %s: %w", ErrUnreadable, e.Hash, err)
	}
	return data, true, nil
}

// readBlobLimited reads at most limit+1 bytes of blob h.
func readBlobLimited(st storer.EncodedObjectStorer, h plumbing.Hash, limit int64) ([]byte, error) {
	obj, err := st.EncodedObject(plumbing.BlobObject, h)
	if err != nil {
		return nil, err
	}
	rd, err := obj.Reader()
	if err != nil {
		return nil, err
	}
	defer rd.Close()
	return io.ReadAll(io.LimitReader(rd, limit+1))
}

// modeName names the kind of a tree entry in an error.
func modeName(m filemode.FileMode) string {
	switch m {
	case filemode.Symlink:
		return "symlink"
	case filemode.Dir:
		return "directory"
	case filemode.Submodule:
		return "submodule"
	}
	return fmt.Sprintf("tree entry of mode %o", uint32(m))
}

// ConfigChange is a change that a commit in a range makes to a config
// file: one named like a config at any depth, of any kind.
type ConfigChange struct {
	// Path is the slash-separated path of the config file.
	Path string
	// Kind says what the commit did: "added", "modified", "deleted",
	// "replaced by a symlink" (or another kind of entry), or
	// "renamed from OLD".
	Kind string
	// Git is the commit that made the change.
	Git findings.Git
}

// ConfigChanges returns the changes to config files (entries whose name
// is configName, compared case-insensitively, at any depth) made by the
// commits of the range that hist scanned (none for a full audit), oldest
// first. A commit changes a path when its entry there (or its having
// none) differs from every parent's, as the history scan attributes
// secrets: merging the base side in changes nothing. A commit whose
// trees cannot be read is not checked; it is listed in unread, and the
// rest go on. ConfigChanges fails only when ctx ends.
func (r *Repo) ConfigChanges(ctx context.Context, hist *HistoryResult, configName string) (changes []ConfigChange, unread []findings.FileError, err error) {
	d := &configDiffer{st: r.repo.Storer, name: configName, trees: map[plumbing.Hash]plumbing.Hash{}}
	for _, n := range hist.rangeCommits {
		d.trees[n.hash] = n.tree
	}
	for _, n := range hist.rangeCommits {
		got, err := d.commitChanges(ctx, n)
		if ctxErr := ctx.Err(); ctxErr != nil {
			return nil, nil, ctxErr
		}
		if err != nil {
			unread = append(unread, findings.FileError{Kind: findings.ErrCommit, Object: n.hash.String(),
				Error: fmt.Sprintf("cannot check commit %s for config changes: %v", n.hash, err)})
			continue
		}
		changes = append(changes, got...)
	}
	return changes, unread, nil
}

// configDiffer finds the config entries a commit changes.
type configDiffer struct {
	st   storer.EncodedObjectStorer
	name string
	// trees maps the range's commits to their trees.
	trees map[plumbing.Hash]plumbing.Hash
}

// configEntry is a config path's entry in a tree; the zero value means
// the tree has none.
type configEntry struct {
	hash plumbing.Hash
	mode filemode.FileMode
}

// commitChanges returns the config changes of commit n, with its
// provenance.
func (d *configDiffer) commitChanges(ctx context.Context, n commitNode) ([]ConfigChange, error) {
	var parents []plumbing.Hash
	for _, p := range n.parents {
		if tree, ok := d.trees[p]; ok {
			parents = append(parents, tree)
			continue
		}
		c, err := object.GetCommit(d.st, p)
		if err != nil {
			return nil, fmt.Errorf("read commit %s: %w", p, err)
		}
		parents = append(parents, c.TreeHash)
	}
	now, before := map[string]configEntry{}, make([]map[string]configEntry, len(parents))
	for i := range before {
		before[i] = map[string]configEntry{}
	}
	if err := d.collect(ctx, "", n.tree, parents, now, before); err != nil {
		return nil, err
	}
	changes := changedConfigs(now, before)
	if len(changes) == 0 {
		return nil, nil
	}
	c, err := object.GetCommit(d.st, n.hash)
	if err != nil {
		return nil, fmt.Errorf("read commit %s: %w", n.hash, err)
	}
	prov := findings.Git{Commit: n.hash.String(), Author: c.Author.Name, Email: c.Author.Email,
		Date: c.Author.When.Format(time.RFC3339), Message: subject(c.Message)}
	for i := range changes {
		changes[i].Git = prov
	}
	return changes, nil
}

// collect records, under prefix, the config entries of tree in now and
// those of each parent tree in before, descending only into subtrees that
// differ from every parent's (an unchanged subtree changes no config).
func (d *configDiffer) collect(ctx context.Context, prefix string, tree plumbing.Hash, parents []plumbing.Hash, now map[string]configEntry, before []map[string]configEntry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if slices.Contains(parents, tree) {
		return nil
	}
	cur, err := d.entries(tree)
	if err != nil {
		return err
	}
	old := make([]map[string]object.TreeEntry, len(parents))
	for i, p := range parents {
		if old[i], err = d.entries(p); err != nil {
			return err
		}
	}
	names := map[string]bool{}
	for name := range cur {
		names[name] = true
	}
	for _, o := range old {
		for name := range o {
			names[name] = true
		}
	}
	for name := range names {
		if err := d.collectName(ctx, prefix, name, cur, old, now, before); err != nil {
			return err
		}
	}
	return nil
}

// collectName handles one name of a tree and its parents' trees.
func (d *configDiffer) collectName(ctx context.Context, prefix, name string, cur map[string]object.TreeEntry, old []map[string]object.TreeEntry, now map[string]configEntry, before []map[string]configEntry) error {
	e, inCur := cur[name]
	if strings.EqualFold(name, d.name) {
		if inCur {
			now[prefix+name] = configEntry{e.Hash, e.Mode}
		}
		for i, o := range old {
			if pe, ok := o[name]; ok {
				before[i][prefix+name] = configEntry{pe.Hash, pe.Mode}
			}
		}
	}
	subtrees := make([]plumbing.Hash, 0, len(old))
	for _, o := range old {
		if pe, ok := o[name]; ok && pe.Mode == filemode.Dir {
			subtrees = append(subtrees, pe.Hash)
		} else {
			subtrees = append(subtrees, plumbing.ZeroHash)
		}
	}
	switch {
	case inCur && e.Mode == filemode.Dir:
		return d.collect(ctx, prefix+name+"/", e.Hash, subtrees, now, before)
	case slices.ContainsFunc(subtrees, func(h plumbing.Hash) bool { return !h.IsZero() }):
		return d.collect(ctx, prefix+name+"/", plumbing.ZeroHash, subtrees, now, before)
	}
	return nil
}

// entries reads a tree's entries by name; the zero hash is an empty tree.
func (d *configDiffer) entries(h plumbing.Hash) (map[string]object.TreeEntry, error) {
	out := map[string]object.TreeEntry{}
	if h.IsZero() {
		return out, nil
	}
	tree, err := object.GetTree(d.st, h)
	if err != nil {
		return nil, fmt.Errorf("read tree %s: %w", h, err)
	}
	for _, e := range tree.Entries {
		out[e.Name] = e
	}
	return out, nil
}

// changedConfigs compares the config entries of a commit with its
// parents': a path changes when its entry differs from every parent's.
// A file deleted at one path and added with the same content at another
// is reported once, as renamed.
func changedConfigs(now map[string]configEntry, before []map[string]configEntry) []ConfigChange {
	paths := map[string]bool{}
	for p := range now {
		paths[p] = true
	}
	for _, b := range before {
		for p := range b {
			paths[p] = true
		}
	}
	var added, deleted, other []ConfigChange
	for p := range paths {
		cur := now[p]
		if !differsFromAll(cur, p, before) {
			continue
		}
		switch kind := changeKind(cur, p, before); kind {
		case "added":
			added = append(added, ConfigChange{Path: p, Kind: kind})
		case "deleted":
			deleted = append(deleted, ConfigChange{Path: p, Kind: kind})
		default:
			other = append(other, ConfigChange{Path: p, Kind: kind})
		}
	}
	out := append(other, pairRenames(added, deleted, now, before)...)
	slices.SortFunc(out, func(a, b ConfigChange) int { return cmp.Compare(a.Path, b.Path) })
	return out
}

// differsFromAll reports whether cur, a commit's entry at path, differs
// from the entry at path of every parent (a root commit has none).
func differsFromAll(cur configEntry, path string, before []map[string]configEntry) bool {
	if len(before) == 0 {
		return cur != configEntry{}
	}
	for _, b := range before {
		if b[path] == cur {
			return false
		}
	}
	return true
}

// changeKind names how a commit's entry at path differs from its parents'.
func changeKind(cur configEntry, path string, before []map[string]configEntry) string {
	var had configEntry
	for _, b := range before {
		if e, ok := b[path]; ok {
			had = e
			break
		}
	}
	switch {
	case had == configEntry{}:
		return "added"
	case cur == configEntry{}:
		return "deleted"
	case isRegular(cur.mode) && isRegular(had.mode):
		return "modified"
	case isRegular(cur.mode):
		return "replaced a " + modeName(had.mode)
	}
	return "replaced by a " + modeName(cur.mode)
}

// pairRenames returns added and deleted, with each added file whose
// content a deleted file of the same commit had reported as renamed from
// it, and that deleted file left out.
func pairRenames(added, deleted []ConfigChange, now map[string]configEntry, before []map[string]configEntry) []ConfigChange {
	slices.SortFunc(deleted, func(a, b ConfigChange) int { return cmp.Compare(a.Path, b.Path) })
	used := make([]bool, len(deleted))
	for i := range added {
		for j, del := range deleted {
			if !used[j] && now[added[i].Path] == entryBefore(del.Path, before) {
				used[j] = true
				added[i].Kind = "renamed from " + del.Path
				break
			}
		}
	}
	out := added
	for j, del := range deleted {
		if !used[j] {
			out = append(out, del)
		}
	}
	return out
}

// entryBefore returns the first parent entry at path.
func entryBefore(path string, before []map[string]configEntry) configEntry {
	for _, b := range before {
		if e, ok := b[path]; ok {
			return e
		}
	}
	return configEntry{}
}
