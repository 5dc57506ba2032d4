// The commit graph of a history scan: which commits are scanned, in what
// order (parents before children, so "first seen" means "oldest"), and
// which refs reach a commit.

package gitsource

import (
	"bytes"
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"slices"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"

	"github.com/keysieve/keysieve/findings"
)

// commitNode is one scanned commit, kept small: metadata for reports is
// read again only for commits that introduce a finding.
type commitNode struct {
	hash    plumbing.Hash
	tree    plumbing.Hash
	parents []plumbing.Hash // all parents, scanned or not; none past a shallow boundary
	when    int64           // committer time, Unix seconds
}

// commitGraph is the set of scanned commits in topological order.
type commitGraph struct {
	nodes    []commitNode          // in topological order once sorted
	index    map[plumbing.Hash]int // hash to position in nodes
	children [][]int               // children[i] lists scanned children of nodes[i]
	shallow  int                   // number of shallow boundary commits met
}

// graphWalk collects the commits reachable from tips and not from any
// excluded commit.
type graphWalk struct {
	st      storer.EncodedObjectStorer
	shallow map[plumbing.Hash]bool
	exclude map[plumbing.Hash]bool
	res     *findings.Result
	// onCommit is called once for each commit read, with its message.
	onCommit func(c *object.Commit)
}

// walk reads every commit reachable from tips, then sorts them.
func (w *graphWalk) walk(ctx context.Context, tips []plumbing.Hash) (*commitGraph, error) {
	g := &commitGraph{index: map[plumbing.Hash]int{}}
	stack := slices.Clone(tips)
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, seen := g.index[h]; seen || w.exclude[h] {
			continue
		}
		g.index[h] = -1 // visited, even when unreadable
		c, err := object.GetCommit(w.st, h)
		if err != nil {
			w.res.Errors = append(w.res.Errors, findings.FileError{Kind: findings.ErrCommit, Object: h.String(), Error: fmt.Sprintf("cannot read commit %s: %v", h, err)})
			continue
		}
		node := commitNode{hash: h, tree: c.TreeHash, parents: c.ParentHashes, when: c.Committer.When.Unix()}
		if w.shallow[h] {
			node.parents = nil
			g.shallow++
		}
		g.index[h] = len(g.nodes)
		g.nodes = append(g.nodes, node)
		stack = append(stack, node.parents...)
		if w.onCommit != nil {
			w.onCommit(c)
		}
	}
	g.sort()
	return g, nil
}

// sort puts nodes in topological order, parents first; among commits
// that do not depend on each other, older committer time first, then
// hash, so the order is deterministic. It then fills index and children.
func (g *commitGraph) sort() {
	for h, i := range g.index {
		if i < 0 {
			delete(g.index, h)
		}
	}
	pending := make([]int, len(g.nodes)) // scanned parents not yet placed
	kids := make([][]int, len(g.nodes))
	for i, n := range g.nodes {
		for _, p := range n.parents {
			if j, ok := g.index[p]; ok {
				pending[i]++
				kids[j] = append(kids[j], i)
			}
		}
	}
	ready := &nodeHeap{nodes: g.nodes}
	for i := range g.nodes {
		if pending[i] == 0 {
			heap.Push(ready, i)
		}
	}
	order := make([]int, 0, len(g.nodes))
	for ready.Len() > 0 {
		i := heap.Pop(ready).(int)
		order = append(order, i)
		for _, k := range kids[i] {
			if pending[k]--; pending[k] == 0 {
				heap.Push(ready, k)
			}
		}
	}
	g.reorder(order)
}

// reorder rearranges nodes as order says and rebuilds index and children.
func (g *commitGraph) reorder(order []int) {
	nodes := make([]commitNode, len(order))
	for pos, i := range order {
		nodes[pos] = g.nodes[i]
		g.index[nodes[pos].hash] = pos
	}
	g.nodes = nodes
	g.children = make([][]int, len(nodes))
	for i, n := range nodes {
		for _, p := range n.parents {
			if j, ok := g.index[p]; ok {
				g.children[j] = append(g.children[j], i)
			}
		}
	}
}

// nodeHeap orders commit indices by committer time, then hash.
type nodeHeap struct {
	nodes []commitNode
	items []int
}

func (h *nodeHeap) Len() int { return len(h.items) }
func (h *nodeHeap) Less(a, b int) bool {
	x, y := h.nodes[h.items[a]], h.nodes[h.items[b]]
	return cmp.Or(cmp.Compare(x.when, y.when), bytes.Compare(x.hash[:], y.hash[:])) < 0
}
func (h *nodeHeap) Swap(a, b int) { h.items[a], h.items[b] = h.items[b], h.items[a] }
func (h *nodeHeap) Push(x any)    { h.items = append(h.items, x.(int)) }
func (h *nodeHeap) Pop() any {
	x := h.items[len(h.items)-1]
	h.items = h.items[:len(h.items)-1]
	return x
}

// ancestors returns every commit reachable from tips (tips included).
// Unreadable commits end the walk on their branch.
func ancestors(ctx context.Context, st storer.EncodedObjectStorer, shallow map[plumbing.Hash]bool, tips ...plumbing.Hash) (map[plumbing.Hash]bool, error) {
	seen := map[plumbing.Hash]bool{}
	stack := slices.Clone(tips)
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		h := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[h] {
			continue
		}
		seen[h] = true
		c, err := object.GetCommit(st, h)
		if err != nil || shallow[h] {
			continue
		}
		stack = append(stack, c.ParentHashes...)
	}
	return seen, nil
}

// refsReaching summarises the refs whose tip is commit i or one of its
// scanned descendants.
func (g *commitGraph) refsReaching(i int, tips []refTip) *findings.RefSummary {
	reached := map[int]bool{i: true}
	stack := []int{i}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, k := range g.children[n] {
			if !reached[k] {
				reached[k] = true
				stack = append(stack, k)
			}
		}
	}
	var names []string
	for _, t := range tips {
		if j, ok := g.index[t.commit]; ok && reached[j] {
			names = append(names, t.name)
		}
	}
	slices.SortStableFunc(names, func(a, b string) int { return cmp.Compare(refOrder(a), refOrder(b)) })
	sum := &findings.RefSummary{Count: len(names), Names: names[:min(len(names), maxRefNames)]}
	if sum.Names == nil {
		sum.Names = []string{}
	}
	return sum
}
