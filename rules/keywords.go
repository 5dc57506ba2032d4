package rules

import "strings"

// keywordDFA finds every occurrence of a set of keywords, ASCII
// case-insensitively, in one pass: an Aho-Corasick automaton compiled to
// a dense DFA over byte classes, so the inner loop is one table load per
// byte. Match states are numbered last, so "is this a match" is one
// comparison. (A general-purpose Aho-Corasick library measured about 200
// MB/s on a history audit; this loop is several times faster.)
type keywordDFA struct {
	classes    [256]uint8 // byte to class; bytes in no keyword share class 0
	numClasses int
	// trans16 or trans32 holds the transitions: [state*numClasses+class]
	// is the next state. An automaton of at most 1<<16 states (every
	// ruleset but a huge user config) takes 16-bit states: half the
	// memory, so more of a large ruleset's table stays in cache, which the
	// loop waits on; the other is nil.
	trans16    []uint16
	trans32    []uint32
	firstMatch uint32  // states >= firstMatch end at least one keyword
	outputs    [][]int // outputs[state-firstMatch]: keywords ending there
	lengths    []int   // keyword lengths
	maxLen     int     // longest keyword
}

// maxStates16 is the most states a table of 16-bit states can number.
const maxStates16 = 1 << 16

// newKeywordDFA compiles keywords (already lower-case).
func newKeywordDFA(keywords []string) *keywordDFA {
	d := &keywordDFA{lengths: make([]int, len(keywords))}
	for _, k := range keywords {
		d.maxLen = max(d.maxLen, len(k))
	}
	d.assignClasses(keywords)
	t := d.buildTrie(keywords)
	order, fail := t.linkFailures()
	d.compile(t, order, fail)
	return d
}

// assignClasses gives each byte that occurs in a keyword its own class,
// upper-case letters the class of their lower-case form.
func (d *keywordDFA) assignClasses(keywords []string) {
	d.numClasses = 1
	for _, k := range keywords {
		for i := 0; i < len(k); i++ {
			c := k[i]
			if d.classes[c] == 0 {
				d.classes[c] = uint8(d.numClasses)
				d.numClasses++
			}
		}
	}
	for c := 'A'; c <= 'Z'; c++ {
		d.classes[c] = d.classes[c+'a'-'A']
	}
}

// keywordTrie is the keywords' trie, its edges listed per node: most
// nodes have one child, so a dense row per node would be mostly empty.
type keywordTrie struct {
	edges [][]trieEdge // edges[s]: the children of node s
	out   [][]int      // out[s]: the keywords ending at node s
}

type trieEdge struct {
	class uint8
	next  int32
}

// child returns node s's child on class c, or -1.
func (t *keywordTrie) child(s int32, c uint8) int32 {
	for _, e := range t.edges[s] {
		if e.class == c {
			return e.next
		}
	}
	return -1
}

// buildTrie returns the keywords' trie over byte classes.
func (d *keywordDFA) buildTrie(keywords []string) *keywordTrie {
	t := &keywordTrie{edges: [][]trieEdge{nil}, out: [][]int{nil}}
	for ki, k := range keywords {
		k = strings.ToLower(k)
		d.lengths[ki] = len(k)
		s := int32(0)
		for i := 0; i < len(k); i++ {
			c := d.classes[k[i]]
			next := t.child(s, c)
			if next < 0 {
				next = int32(len(t.edges))
				t.edges[s] = append(t.edges[s], trieEdge{c, next})
				t.edges = append(t.edges, nil)
				t.out = append(t.out, nil)
			}
			s = next
		}
		t.out[s] = append(t.out[s], ki)
	}
	return t
}

// linkFailures returns the trie's nodes breadth first (root first, then by
// depth) and each node's failure link: the node of the longest proper
// suffix of its text that is in the trie. Each node's outputs take in
// those of its failure link, which is shallower and so done before it.
func (t *keywordTrie) linkFailures() ([]int32, []int32) {
	fail := make([]int32, len(t.edges))
	order := make([]int32, 1, len(t.edges))
	for i := 0; i < len(order); i++ {
		s := order[i]
		for _, e := range t.edges[s] {
			if s != 0 {
				fail[e.next] = t.fallBack(fail, fail[s], e.class)
			}
			t.out[e.next] = append(t.out[e.next], t.out[fail[e.next]]...)
			order = append(order, e.next)
		}
	}
	return order, fail
}

// fallBack returns where class c leads from node f, following failure
// links (which fail holds for f and every node shallower) until a node
// has a child on c, or the root.
func (t *keywordTrie) fallBack(fail []int32, f int32, c uint8) int32 {
	for {
		if next := t.child(f, c); next >= 0 {
			return next
		}
		if f == 0 {
			return 0
		}
		f = fail[f]
	}
}

// compile numbers the automaton's states, match states last, and lays
// its transitions out in one flat table. Within each group states are
// numbered breadth first, so the shallow states that most bytes of text
// lead to sit together at the start of the table and stay in cache. A
// state's row is its failure link's row (done before it, being shallower)
// with its own children written over it.
func (d *keywordDFA) compile(t *keywordTrie, order, fail []int32) {
	nc := uint32(d.numClasses)
	id := make([]uint32, len(order))
	next := uint32(0)
	for _, s := range order {
		if len(t.out[s]) == 0 {
			id[s] = next
			next++
		}
	}
	d.firstMatch = next
	for _, s := range order {
		if len(t.out[s]) > 0 {
			id[s] = next
			d.outputs = append(d.outputs, t.out[s])
			next++
		}
	}
	trans := make([]uint32, uint32(len(order))*nc)
	for _, s := range order {
		row := trans[id[s]*nc : (id[s]+1)*nc]
		if s != 0 {
			copy(row, trans[id[fail[s]]*nc:])
		}
		for _, e := range t.edges[s] {
			row[e.class] = id[e.next]
		}
	}
	if len(order) > maxStates16 {
		d.trans32 = trans
		return
	}
	d.trans16 = make([]uint16, len(trans))
	for i, next := range trans {
		d.trans16[i] = uint16(next)
	}
}

// twoStreamMin is the input size from which find runs two automata at
// once, one per half of the input.
const twoStreamMin = 4 << 10

// find calls hit(keyword, start, end) for every occurrence in data, in
// order of end offset. Each step of one automaton waits on the table load
// of the step before; so for larger inputs two automata run interleaved
// over the two halves, whose loads overlap, and the second half's hits
// are delivered after the first's.
func (d *keywordDFA) find(data []byte, hit func(keyword, start, end int)) {
	d.findUntil(data, nil, hit)
}

// stopEvery is how many bytes the automaton runs between two calls of
// its stop function (a mask: a power of two, minus one).
const stopEvery = 1<<16 - 1

// findUntil is find that gives up, delivering no more hits, once stop
// (when not nil) returns true; it asks every stopEvery+1 bytes.
func (d *keywordDFA) findUntil(data []byte, stop func() bool, hit func(keyword, start, end int)) {
	if d.trans16 != nil {
		findTwo(d, d.trans16, data, stop, hit)
	} else {
		findTwo(d, d.trans32, data, stop, hit)
	}
}

// findTwo is findUntil over a table of either width.
func findTwo[T uint16 | uint32](d *keywordDFA, trans []T, data []byte, stop func() bool, hit func(keyword, start, end int)) {
	if len(data) < twoStreamMin {
		findOne(d, trans, data, 0, hit)
		return
	}
	mid := len(data) / 2
	// The second automaton starts early enough to see a keyword that
	// straddles mid, and reports only keywords ending past mid.
	from := mid - (d.maxLen - 1)
	var later [][3]int
	classes, nc, first := &d.classes, uint32(d.numClasses), d.firstMatch
	a, b := uint32(0), uint32(0)
	n := mid - from + (len(data) - mid)
	lo, hi := data[:mid], data[from:]
	for i := 0; i < n; i++ {
		if i&stopEvery == 0 && stop != nil && stop() {
			return
		}
		if i < len(lo) {
			a = uint32(trans[a*nc+uint32(classes[lo[i]])])
			if a >= first {
				for _, k := range d.outputs[a-first] {
					hit(k, i+1-d.lengths[k], i+1)
				}
			}
		}
		b = uint32(trans[b*nc+uint32(classes[hi[i]])])
		if b >= first && from+i+1 > mid {
			for _, k := range d.outputs[b-first] {
				later = append(later, [3]int{k, from + i + 1 - d.lengths[k], from + i + 1})
			}
		}
	}
	for _, h := range later {
		hit(h[0], h[1], h[2])
	}
}

// findOne runs one automaton over data, reporting offsets plus base.
func findOne[T uint16 | uint32](d *keywordDFA, trans []T, data []byte, base int, hit func(keyword, start, end int)) {
	classes, nc, first := &d.classes, uint32(d.numClasses), d.firstMatch
	state := uint32(0)
	for i, c := range data {
		state = uint32(trans[state*nc+uint32(classes[c])])
		if state >= first {
			for _, k := range d.outputs[state-first] {
				hit(k, base+i+1-d.lengths[k], base+i+1)
			}
		}
	}
}
