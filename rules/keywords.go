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
	// trans[state+class] is the next state. States are premultiplied:
	// state s is stored as s*numClasses, so the loop needs no multiply.
	trans      []uint32
	firstMatch uint32  // states >= firstMatch end at least one keyword
	outputs    [][]int // outputs[(state-firstMatch)/numClasses]: keywords ending there
	lengths    []int   // keyword lengths
	maxLen     int     // longest keyword
}

// newKeywordDFA compiles keywords (already lower-case).
func newKeywordDFA(keywords []string) *keywordDFA {
	d := &keywordDFA{lengths: make([]int, len(keywords))}
	for _, k := range keywords {
		d.maxLen = max(d.maxLen, len(k))
	}
	d.assignClasses(keywords)
	goTo, out := d.buildTrie(keywords)
	fail := d.linkFailures(goTo, out)
	d.compile(goTo, fail, out)
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

// buildTrie returns the trie's goto function (-1 for none) and the
// keywords ending at each node.
func (d *keywordDFA) buildTrie(keywords []string) ([][]int32, [][]int) {
	newNode := func() []int32 {
		row := make([]int32, d.numClasses)
		for i := range row {
			row[i] = -1
		}
		return row
	}
	goTo := [][]int32{newNode()}
	out := [][]int{nil}
	for ki, k := range keywords {
		k = strings.ToLower(k)
		d.lengths[ki] = len(k)
		s := int32(0)
		for i := 0; i < len(k); i++ {
			c := d.classes[k[i]]
			if goTo[s][c] < 0 {
				goTo[s][c] = int32(len(goTo))
				goTo = append(goTo, newNode())
				out = append(out, nil)
			}
			s = goTo[s][c]
		}
		out[s] = append(out[s], ki)
	}
	return goTo, out
}

// linkFailures computes failure links breadth first, completing goTo into
// a full transition function and merging outputs along failure links.
func (d *keywordDFA) linkFailures(goTo [][]int32, out [][]int) []int32 {
	fail := make([]int32, len(goTo))
	queue := []int32{}
	for c := range d.numClasses {
		if next := goTo[0][c]; next > 0 {
			queue = append(queue, next)
		} else {
			goTo[0][c] = 0
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		out[s] = append(out[s], out[fail[s]]...)
		for c := range d.numClasses {
			next := goTo[s][c]
			if next < 0 {
				goTo[s][c] = goTo[fail[s]][c]
				continue
			}
			fail[next] = goTo[fail[s]][c]
			queue = append(queue, next)
		}
	}
	return fail
}

// compile renumbers states so that match states come last and lays the
// transitions out in one flat table. Within each group states are
// numbered breadth first, so the shallow states that most bytes of text
// lead to sit together at the start of the table and stay in cache.
func (d *keywordDFA) compile(goTo [][]int32, _ []int32, out [][]int) {
	n := len(goTo)
	order := breadthFirst(goTo, d.numClasses)
	id := make([]uint32, n)
	next := uint32(0)
	for _, s := range order {
		if len(out[s]) == 0 {
			id[s] = next
			next++
		}
	}
	d.firstMatch = next * uint32(d.numClasses)
	for _, s := range order {
		if len(out[s]) > 0 {
			id[s] = next
			d.outputs = append(d.outputs, out[s])
			next++
		}
	}
	d.trans = make([]uint32, n*d.numClasses)
	for s := range n {
		row := d.trans[int(id[s])*d.numClasses:]
		for c := range d.numClasses {
			row[c] = id[goTo[s][c]] * uint32(d.numClasses)
		}
	}
}

// breadthFirst lists the automaton's states root first, then by depth:
// one transition leads at most one level deeper, so a breadth-first walk
// of the completed transitions reaches each state at its trie depth.
func breadthFirst(goTo [][]int32, numClasses int) []int32 {
	seen := make([]bool, len(goTo))
	seen[0] = true
	order := []int32{0}
	for i := 0; i < len(order); i++ {
		for c := range numClasses {
			if next := goTo[order[i]][c]; !seen[next] {
				seen[next] = true
				order = append(order, next)
			}
		}
	}
	return order
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
	if len(data) < twoStreamMin {
		d.findOne(data, 0, hit)
		return
	}
	mid := len(data) / 2
	// The second automaton starts early enough to see a keyword that
	// straddles mid, and reports only keywords ending past mid.
	from := mid - (d.maxLen - 1)
	var later [][3]int
	trans, classes, nc, first := d.trans, &d.classes, uint32(d.numClasses), d.firstMatch
	a, b := uint32(0), uint32(0)
	n := mid - from + (len(data) - mid)
	lo, hi := data[:mid], data[from:]
	for i := 0; i < n; i++ {
		if i&stopEvery == 0 && stop != nil && stop() {
			return
		}
		if i < len(lo) {
			a = trans[a+uint32(classes[lo[i]])]
			if a >= first {
				for _, k := range d.outputs[(a-first)/nc] {
					hit(k, i+1-d.lengths[k], i+1)
				}
			}
		}
		b = trans[b+uint32(classes[hi[i]])]
		if b >= first && from+i+1 > mid {
			for _, k := range d.outputs[(b-first)/nc] {
				later = append(later, [3]int{k, from + i + 1 - d.lengths[k], from + i + 1})
			}
		}
	}
	for _, h := range later {
		hit(h[0], h[1], h[2])
	}
}

// findOne runs one automaton over data, reporting offsets plus base.
func (d *keywordDFA) findOne(data []byte, base int, hit func(keyword, start, end int)) {
	trans, classes, nc, first := d.trans, &d.classes, uint32(d.numClasses), d.firstMatch
	state := uint32(0)
	for i, c := range data {
		state = trans[state+uint32(classes[c])]
		if state >= first {
			for _, k := range d.outputs[(state-first)/nc] {
				hit(k, base+i+1-d.lengths[k], base+i+1)
			}
		}
	}
}
