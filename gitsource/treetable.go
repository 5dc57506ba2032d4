// The tree pass of a full audit keeps trees compactly: a subdirectory
// entry costs two ids, not its name and hash, and once every tree is read,
// subtrees with nothing worth a report anywhere below them are left out
// altogether. git/git has millions of subdirectory entries and almost
// none lead to a secret: kept whole, they were most of the audit's memory.

package gitsource

import (
	"github.com/go-git/go-git/v5/plumbing"
)

// treeTable records the trees of the tree pass. Trees get ids as they are
// first read or referenced; names of subdirectories are interned.
type treeTable struct {
	ids    map[plumbing.Hash]uint32
	hashes []plumbing.Hash // by id
	trees  []treeRecord    // by id
	names  map[string]uint32
	nameOf []string   // by name id
	dirs   []dirEntry // the subdirectory entries of all trees, each tree's in a run
}

// treeRecord is one tree: its run of subdirectory entries and the other
// entries worth keeping (files with secrets, skipped or missing; files
// whose names hold secrets; submodules) in Git's tree encoding.
type treeRecord struct {
	read               bool // false for trees only referenced: missing or unreadable
	dirStart, dirCount uint32
	kept               []byte
}

// dirEntry is a subdirectory entry: its name and its tree, by id.
type dirEntry struct{ name, tree uint32 }

func newTreeTable() *treeTable {
	return &treeTable{ids: map[plumbing.Hash]uint32{}, names: map[string]uint32{}}
}

// id returns the id of tree h, giving it one if it has none.
func (t *treeTable) id(h plumbing.Hash) uint32 {
	if id, ok := t.ids[h]; ok {
		return id
	}
	id := uint32(len(t.hashes))
	t.ids[h] = id
	t.hashes = append(t.hashes, h)
	t.trees = append(t.trees, treeRecord{})
	return id
}

// nameID returns the id of a subdirectory name, interning it.
func (t *treeTable) nameID(name []byte) uint32 {
	if id, ok := t.names[string(name)]; ok {
		return id
	}
	id := uint32(len(t.nameOf))
	t.names[string(name)] = id
	t.nameOf = append(t.nameOf, string(name))
	return id
}

// add records tree h: its subdirectories (name, tree hash) and its other
// kept entries, which the caller has copied.
func (t *treeTable) add(h plumbing.Hash, subdirs []subdir, kept []byte) {
	id := t.id(h)
	rec := treeRecord{read: true, dirStart: uint32(len(t.dirs)), dirCount: uint32(len(subdirs)), kept: kept}
	for _, d := range subdirs {
		t.dirs = append(t.dirs, dirEntry{name: t.nameID(d.name), tree: t.id(d.tree)})
	}
	t.trees[id] = rec
}

// subdir is a subdirectory entry as the tree pass reads it.
type subdir struct {
	name []byte
	tree plumbing.Hash
}

// Emptiness of a tree: whether anything worth a report is below it.
const (
	unknownTree uint8 = iota
	visitingTree
	emptyTree
	fullTree
)

// emptiness returns, by tree id, whether each tree has nothing worth a
// report anywhere below it. A tree never read counts as full, so that its
// entry is kept and reported as unreadable. The walk is iterative (no
// recursion on attacker-chosen depth), and an entry that would close a
// cycle (possible only in a forged pack) counts as empty, which cuts it.
func (t *treeTable) emptiness() []uint8 {
	state := make([]uint8, len(t.trees))
	type frame struct{ id, next uint32 }
	for root := range t.trees {
		if state[root] != unknownTree {
			continue
		}
		stack := []frame{{id: uint32(root)}}
		state[root] = visitingTree
		for len(stack) > 0 {
			f := &stack[len(stack)-1]
			rec := &t.trees[f.id]
			if f.next < rec.dirCount {
				child := t.dirs[rec.dirStart+f.next].tree
				f.next++
				if state[child] == unknownTree {
					state[child] = visitingTree
					stack = append(stack, frame{id: child})
				}
				continue
			}
			state[f.id] = t.settle(f.id, state)
			stack = stack[:len(stack)-1]
		}
	}
	return state
}

// settle decides tree id once its children are decided (or visiting).
func (t *treeTable) settle(id uint32, state []uint8) uint8 {
	rec := &t.trees[id]
	if !rec.read || len(rec.kept) > 0 {
		return fullTree
	}
	for _, d := range t.dirs[rec.dirStart : rec.dirStart+rec.dirCount] {
		if state[d.tree] == fullTree {
			return fullTree
		}
	}
	return emptyTree
}

// storeInto puts every tree read into st, pruned: an empty tree is stored
// without entries (commits still name it), a full one with its kept
// entries and its full subdirectories.
func (t *treeTable) storeInto(st *memoryStore) {
	state := t.emptiness()
	var buf []byte
	for id, rec := range t.trees {
		if !rec.read {
			continue
		}
		buf = buf[:0]
		if state[id] == fullTree {
			buf = append(buf, rec.kept...)
			for _, d := range t.dirs[rec.dirStart : rec.dirStart+rec.dirCount] {
				if state[d.tree] == fullTree {
					buf = append(append(append(buf, "40000 "...), t.nameOf[d.name]...), 0)
					buf = append(buf, t.hashes[d.tree][:]...)
				}
			}
		}
		st.put(plumbing.TreeObject, t.hashes[id], buf)
	}
}
