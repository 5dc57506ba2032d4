// Tree comparison for a history scan: which files a commit introduces
// (a blob at a path that none of its parents has at that path) and which
// it removes, found by walking the commit's tree beside its parents'
// trees and skipping every subtree that a parent shares unchanged.

package gitsource

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"

	"github.com/keysieve/keysieve/findings"
)

// fileChange is a regular file that a commit adds or removes.
type fileChange struct {
	path string
	blob plumbing.Hash
	// before holds, for an added file, the parents' blobs at the same
	// path: what the commit modified.
	before []plumbing.Hash
}

// treeChanges is what one commit changes relative to its parents.
type treeChanges struct {
	added      []fileChange // blobs at paths none of the parents has them at
	removed    []fileChange // files a parent has that the commit does not
	submodules []string     // gitlinks added or changed
}

// treeDiffer compares trees, recording trees it cannot read in errs.
type treeDiffer struct {
	st   storer.EncodedObjectStorer
	errs *[]findings.FileError
}

// changes returns what the tree differs by from all of parents. A root
// commit (no parents) adds every file it has.
func (d *treeDiffer) changes(ctx context.Context, tree plumbing.Hash, parents []plumbing.Hash) (*treeChanges, error) {
	out := &treeChanges{}
	err := d.compare(ctx, "", tree, parents, out)
	// compare walks maps: put what it found in path order, so that what
	// is reported at "the first path" a blob is seen at is the same from
	// run to run.
	byPath := func(a, b fileChange) int { return cmp.Compare(a.path, b.path) }
	slices.SortFunc(out.added, byPath)
	slices.SortFunc(out.removed, byPath)
	slices.Sort(out.submodules)
	return out, err
}

// compare walks the tree at prefix against the parents' trees there.
func (d *treeDiffer) compare(ctx context.Context, prefix string, tree plumbing.Hash, parents []plumbing.Hash, out *treeChanges) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	for _, p := range parents {
		if p == tree {
			return nil // a parent has this whole subtree
		}
	}
	cur := d.entries(prefix, tree)
	old := make([]map[string]object.TreeEntry, len(parents))
	for i, p := range parents {
		old[i] = d.entries(prefix, p)
	}
	for name, e := range cur {
		if err := d.compareEntry(ctx, prefix+name, e, old, name, out); err != nil {
			return err
		}
	}
	for _, o := range old {
		for name, e := range o {
			if _, ok := cur[name]; !ok {
				d.removed(prefix+name, e, out)
			}
		}
	}
	return nil
}

// compareEntry compares one entry of the tree with the same name in each parent.
func (d *treeDiffer) compareEntry(ctx context.Context, path string, e object.TreeEntry, old []map[string]object.TreeEntry, name string, out *treeChanges) error {
	var subtrees, before []plumbing.Hash
	for _, o := range old {
		pe, ok := o[name]
		switch {
		case !ok:
		case pe.Hash == e.Hash && (pe.Mode == e.Mode || isRegular(pe.Mode) && isRegular(e.Mode)):
			return nil // unchanged, or only the executable bit changed
		case pe.Mode == filemode.Dir:
			subtrees = append(subtrees, pe.Hash)
		case isRegular(pe.Mode):
			before = append(before, pe.Hash)
		}
	}
	switch {
	case e.Mode == filemode.Dir:
		return d.compare(ctx, path+"/", e.Hash, subtrees, out)
	case e.Mode == filemode.Submodule:
		out.submodules = append(out.submodules, path)
	case isRegular(e.Mode):
		out.added = append(out.added, fileChange{path: path, blob: e.Hash, before: before})
	}
	return nil
}

// removed records the files under an entry that the commit dropped.
func (d *treeDiffer) removed(path string, e object.TreeEntry, out *treeChanges) {
	switch {
	case isRegular(e.Mode):
		out.removed = append(out.removed, fileChange{path: path, blob: e.Hash})
	case e.Mode == filemode.Dir:
		for name, sub := range d.entries(path+"/", e.Hash) {
			d.removed(path+"/"+name, sub, out)
		}
	}
}

// entries reads a tree's entries by name; a tree that cannot be read is
// recorded and treated as empty, so the scan goes on.
func (d *treeDiffer) entries(prefix string, h plumbing.Hash) map[string]object.TreeEntry {
	tree, err := object.GetTree(d.st, h)
	if err != nil {
		path := prefix
		if path == "" {
			path = "/"
		}
		*d.errs = append(*d.errs, findings.FileError{Path: path, Error: fmt.Sprintf("cannot read tree %s: %v", h, err)})
		return nil
	}
	out := make(map[string]object.TreeEntry, len(tree.Entries))
	for _, e := range tree.Entries {
		out[e.Name] = e
	}
	return out
}

// isRegular reports whether a tree entry is a file whose content is scanned.
func isRegular(m filemode.FileMode) bool {
	return m == filemode.Regular || m == filemode.Executable || m == filemode.Deprecated
}
