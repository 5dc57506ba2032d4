// Package gitpack reads every object of a Git repository once: packfiles
// in pack order, each delta resolved once against its base, inflated in
// parallel, then loose objects. It is the fast path of a history audit,
// where go-git's object-at-a-time access would rebuild delta chains again
// and again.
package gitpack

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"

	"github.com/klauspost/compress/zlib"
	"github.com/sourcegraph/conc"
)

// Type is a Git object type.
type Type int8

// Object types as packfiles number them.
const (
	Commit Type = 1
	Tree   Type = 2
	Blob   Type = 3
	Tag    Type = 4

	ofsDelta = 6
	refDelta = 7
)

func (t Type) String() string {
	switch t {
	case Commit:
		return "commit"
	case Tree:
		return "tree"
	case Blob:
		return "blob"
	case Tag:
		return "tag"
	}
	return fmt.Sprintf("type %d", t)
}

// Hash is a SHA-1 object name.
type Hash [20]byte

// String returns the hash in hex.
func (h Hash) String() string { return fmt.Sprintf("%x", h[:]) }

// Object is one object handed to a Walk callback.
type Object struct {
	Hash Hash
	Type Type
	// Size is the object's size; Data is nil when it exceeds Options.MaxSize.
	Size int64
	// Data is valid only during the callback.
	Data []byte
}

// Options tune a Walk.
type Options struct {
	// Threads is the number of concurrent inflaters (at least 1).
	Threads int
	// Want selects object types; families of other types are not inflated.
	Want func(Type) bool
	// MaxSize: larger objects are passed without Data and, when nothing
	// deltas against them, are never inflated.
	MaxSize int64
	// Skip, when set, names objects of the wanted types that are known
	// already (an incremental audit's cache): they are not handed to fn.
	// A delta family whose members are all skipped is not inflated at
	// all; a skipped member that is the delta base of one that is not is
	// inflated, to build it, but not handed to fn either. Skip is called
	// from one goroutine at a time, before an object's content is read:
	// once per packed object of a wanted type, once per loose object of
	// any type (its type is known only once it is opened).
	Skip func(Hash) bool
}

// Handler receives objects, concurrently from several goroutines.
type Handler func(obj *Object) error

// ErrorHandler receives objects that cannot be read, with their hash
// when known; the walk goes on.
type ErrorHandler func(h Hash, err error)

// Walk calls fn for every object of the wanted types in the repository
// whose objects directory is objDir, and onErr for each one it cannot
// read. It returns early only when ctx ends or fn fails.
func Walk(ctx context.Context, objDir string, opts Options, fn Handler, onErr ErrorHandler) error {
	if opts.Threads < 1 {
		opts.Threads = 1
	}
	if opts.Want == nil {
		opts.Want = func(Type) bool { return true }
	}
	idxs, _ := filepath.Glob(filepath.Join(objDir, "pack", "*.idx"))
	sort.Strings(idxs)
	for _, idx := range idxs {
		if err := walkPack(ctx, idx, opts, fn, onErr); err != nil {
			return err
		}
	}
	return walkLoose(ctx, objDir, opts, fn, onErr)
}

// entry is one object of a pack, before it is inflated.
type entry struct {
	hash     Hash
	offset   int64
	end      int64 // offset of the next entry: the compressed data ends before it
	kind     Type  // pack type: 1-4, or a delta
	size     int64 // inflated size (of the delta itself for deltas)
	dataAt   int64 // where the zlib stream starts
	base     int   // index of the delta base, -1 for none
	children []int // deltas against this entry
	typ      Type  // resolved type (the base's for deltas)
}

// pack is an open packfile with its entries in pack order.
type pack struct {
	f       *os.File
	name    string
	entries []entry
	// skip[i] is set when entry i is not handed to fn, needed[i] when it
	// must be inflated (it is not skipped, or a delta against it must be
	// built); both are nil without Options.Skip.
	skip, needed []bool
}

func walkPack(ctx context.Context, idxPath string, opts Options, fn Handler, onErr ErrorHandler) error {
	p, err := openPack(idxPath)
	if err != nil {
		onErr(Hash{}, err)
		return nil
	}
	defer p.f.Close()
	roots := p.link(onErr)
	if opts.Skip != nil {
		p.markNeeded(roots, opts)
	}
	jobs := make(chan int, 64)
	var wg conc.WaitGroup
	var fnErr error
	errOnce := make(chan error, 1)
	for range opts.Threads {
		wg.Go(func() {
			w := &worker{p: p, opts: opts, fn: fn, onErr: onErr}
			for i := range jobs {
				if ctx.Err() != nil {
					continue
				}
				if err := w.family(i); err != nil {
					select {
					case errOnce <- err:
					default:
					}
				}
			}
		})
	}
	for _, i := range roots {
		if ctx.Err() != nil || len(errOnce) > 0 {
			break
		}
		if opts.Want(p.entries[i].typ) && p.isNeeded(i) {
			jobs <- i
		}
	}
	close(jobs)
	wg.Wait()
	select {
	case fnErr = <-errOnce:
	default:
	}
	if fnErr != nil {
		return fnErr
	}
	return ctx.Err()
}

// openPack reads a version 2 pack index and the entry headers of its pack.
func openPack(idxPath string) (*pack, error) {
	idx, err := os.ReadFile(idxPath)
	if err != nil {
		return nil, fmt.Errorf("read pack index: %w", err)
	}
	hashes, offsets, err := parseIndex(idx)
	if err != nil {
		return nil, fmt.Errorf("pack index %s: %w", filepath.Base(idxPath), err)
	}
	packPath := idxPath[:len(idxPath)-len(".idx")] + ".pack"
	f, err := os.Open(packPath)
	if err != nil {
		return nil, fmt.Errorf("open pack: %w", err)
	}
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("stat pack: %w", err)
	}
	p := &pack{f: f, name: filepath.Base(packPath), entries: make([]entry, len(hashes))}
	order := make([]int, len(hashes))
	for i := range order {
		order[i] = i
	}
	sort.Slice(order, func(a, b int) bool { return offsets[order[a]] < offsets[order[b]] })
	for pos, i := range order {
		p.entries[pos] = entry{hash: hashes[i], offset: offsets[i], base: -1}
	}
	for pos := range p.entries {
		end := info.Size() - 20
		if pos+1 < len(p.entries) {
			end = p.entries[pos+1].offset
		}
		p.entries[pos].end = end
	}
	return p, nil
}

// parseIndex returns the object names and pack offsets of a v2 index.
func parseIndex(idx []byte) ([]Hash, []int64, error) {
	const header = 8 + 256*4
	if len(idx) < 8 || !bytes.Equal(idx[:4], []byte{0xff, 't', 'O', 'c'}) || binary.BigEndian.Uint32(idx[4:8]) != 2 {
		return nil, nil, errors.New("not a version 2 pack index")
	}
	if len(idx) < header {
		return nil, nil, errors.New("truncated pack index")
	}
	n := int(binary.BigEndian.Uint32(idx[header-4 : header]))
	namesAt := header
	offsetsAt := namesAt + n*20 + n*4
	largeAt := offsetsAt + n*4
	if len(idx) < largeAt+40 {
		return nil, nil, errors.New("truncated pack index")
	}
	hashes := make([]Hash, n)
	offsets := make([]int64, n)
	for i := range n {
		copy(hashes[i][:], idx[namesAt+i*20:])
		off := binary.BigEndian.Uint32(idx[offsetsAt+i*4:])
		if off&0x80000000 == 0 {
			offsets[i] = int64(off)
			continue
		}
		at := largeAt + int(off&0x7fffffff)*8
		if at+8 > len(idx)-40 {
			return nil, nil, errors.New("bad large offset in pack index")
		}
		offsets[i] = int64(binary.BigEndian.Uint64(idx[at:]))
	}
	return hashes, offsets, nil
}

// link reads every entry's header, connects deltas to their bases and
// returns the entries that are not deltas, in pack order. Entries whose
// header or base cannot be found are reported and dropped.
func (p *pack) link(onErr ErrorHandler) []int {
	byOffset := make(map[int64]int, len(p.entries))
	byHash := make(map[Hash]int, len(p.entries))
	for i := range p.entries {
		byOffset[p.entries[i].offset] = i
		byHash[p.entries[i].hash] = i
	}
	var head [64]byte
	var roots []int
	for i := range p.entries {
		e := &p.entries[i]
		// A cut pack ends before later entries start: read nothing there.
		n, _ := p.f.ReadAt(head[:max(0, min(int64(len(head)), e.end-e.offset))], e.offset)
		base, err := e.parseHeader(head[:n], byOffset, byHash)
		if err != nil {
			onErr(e.hash, fmt.Errorf("%s at offset %d: %w", p.name, e.offset, err))
			e.kind = 0
			continue
		}
		if base < 0 {
			e.typ = e.kind
			roots = append(roots, i)
			continue
		}
		e.base = base
		p.entries[base].children = append(p.entries[base].children, i)
	}
	p.propagateTypes(roots)
	p.reportUnreached(onErr)
	return roots
}

// reportUnreached reports the deltas that no non-delta leads to: their
// base was dropped above, or their bases form a cycle. Reached entries
// have their type set by propagateTypes.
func (p *pack) reportUnreached(onErr ErrorHandler) {
	for i := range p.entries {
		e := &p.entries[i]
		if e.kind == 0 || e.typ != 0 {
			continue // reported above, or reached
		}
		b := &p.entries[e.base]
		why := fmt.Errorf("delta base %s unreadable", b.hash)
		if b.kind != 0 {
			why = fmt.Errorf("delta base %s is itself a delta in a cycle", b.hash)
		}
		onErr(e.hash, fmt.Errorf("%s at offset %d: %w", p.name, e.offset, why))
	}
}

// propagateTypes gives every delta the type of the non-delta at the root
// of its chain.
func (p *pack) propagateTypes(roots []int) {
	stack := append([]int(nil), roots...)
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range p.entries[i].children {
			p.entries[c].typ = p.entries[i].typ
			stack = append(stack, c)
		}
	}
}

// markNeeded asks opts.Skip about every entry of the wanted families
// and marks those that must be inflated: the ones not skipped and the
// delta bases (direct or not) of those.
func (p *pack) markNeeded(roots []int, opts Options) {
	p.skip = make([]bool, len(p.entries))
	p.needed = make([]bool, len(p.entries))
	var order []int // every wanted entry, each before its deltas
	for _, r := range roots {
		if !opts.Want(p.entries[r].typ) {
			continue
		}
		stack := []int{r}
		for len(stack) > 0 {
			i := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			order = append(order, i)
			stack = append(stack, p.entries[i].children...)
		}
	}
	for _, i := range slices.Backward(order) {
		p.skip[i] = opts.Skip(p.entries[i].hash)
		if !p.skip[i] {
			p.needed[i] = true
		}
		if b := p.entries[i].base; p.needed[i] && b >= 0 {
			p.needed[b] = true
		}
	}
}

// isNeeded reports whether entry i must be inflated.
func (p *pack) isNeeded(i int) bool { return p.needed == nil || p.needed[i] }

// parseHeader reads an entry's type, size and delta base.
func (e *entry) parseHeader(b []byte, byOffset map[int64]int, byHash map[Hash]int) (int, error) {
	if len(b) == 0 {
		return -1, errors.New("truncated entry")
	}
	c := b[0]
	e.kind = Type(c >> 4 & 7)
	e.size = int64(c & 15)
	shift, i := 4, 1
	for c&0x80 != 0 {
		if i >= len(b) || shift > 56 {
			return -1, errors.New("bad entry header")
		}
		c = b[i]
		e.size |= int64(c&0x7f) << shift
		shift += 7
		i++
	}
	switch e.kind {
	case Commit, Tree, Blob, Tag:
		e.dataAt = e.offset + int64(i)
		return -1, nil
	case ofsDelta:
		rel, n, err := ofsDeltaOffset(b[i:])
		if err != nil {
			return -1, err
		}
		e.dataAt = e.offset + int64(i+n)
		base, ok := byOffset[e.offset-rel]
		if !ok {
			return -1, fmt.Errorf("delta base at offset %d not found", e.offset-rel)
		}
		return base, nil
	case refDelta:
		if len(b) < i+20 {
			return -1, errors.New("truncated delta base name")
		}
		var h Hash
		copy(h[:], b[i:i+20])
		e.dataAt = e.offset + int64(i+20)
		base, ok := byHash[h]
		if !ok {
			return -1, fmt.Errorf("delta base %s is not in this pack", h)
		}
		return base, nil
	}
	return -1, fmt.Errorf("unknown object type %d", e.kind)
}

// ofsDeltaOffset decodes the negative base offset of an OFS_DELTA entry.
func ofsDeltaOffset(b []byte) (int64, int, error) {
	if len(b) == 0 {
		return 0, 0, errors.New("truncated delta offset")
	}
	c := b[0]
	off := int64(c & 0x7f)
	i := 1
	for c&0x80 != 0 {
		if i >= len(b) || i > 9 {
			return 0, 0, errors.New("bad delta offset")
		}
		c = b[i]
		off = (off+1)<<7 | int64(c&0x7f)
		i++
	}
	return off, i, nil
}

// worker inflates families of objects: a base, then every delta against
// it, depth first, so each delta is applied once and only one chain of
// contents is held at a time.
type worker struct {
	p     *pack
	opts  Options
	fn    Handler
	onErr ErrorHandler
	raw   []byte
	zr    io.ReadCloser
	one   [1]byte
	// levels[d] holds the content at delta depth d; delta the current
	// delta. Both are reused from object to object.
	levels [][]byte
	delta  []byte
}

// grow returns b resized to n bytes, reusing its storage when it fits.
func grow(b []byte, n int64) []byte {
	if int64(cap(b)) < n {
		return make([]byte, n, n+n/4)
	}
	return b[:n]
}

// family handles entry i and, recursively, the deltas against it.
func (w *worker) family(i int) error {
	e := &w.p.entries[i]
	if !w.p.isNeeded(i) {
		return nil
	}
	if e.size > w.opts.MaxSize && w.opts.MaxSize > 0 && len(e.children) == 0 {
		return w.fn(&Object{Hash: e.hash, Type: e.typ, Size: e.size})
	}
	data, err := w.inflate(e, w.level(0))
	if err != nil {
		w.fail(i, err)
		return nil
	}
	w.levels[0] = data
	return w.emit(i, data, 0)
}

// level returns the reusable buffer for contents at delta depth d.
func (w *worker) level(d int) []byte {
	for len(w.levels) <= d {
		w.levels = append(w.levels, nil)
	}
	return w.levels[d]
}

// maxDeltaDepth bounds delta chains (Git itself writes at most 4095), so
// that a crafted pack cannot make a worker hold thousands of contents.
const maxDeltaDepth = 5000

// emit hands entry i's content, at delta depth d, to the handler, then
// resolves its deltas.
func (w *worker) emit(i int, data []byte, d int) error {
	e := &w.p.entries[i]
	obj := &Object{Hash: e.hash, Type: e.typ, Size: int64(len(data)), Data: data}
	if w.opts.MaxSize > 0 && obj.Size > w.opts.MaxSize {
		obj.Data = nil
	}
	if w.p.skip == nil || !w.p.skip[i] {
		if err := w.fn(obj); err != nil {
			return err
		}
	}
	for _, c := range e.children {
		if !w.p.isNeeded(c) {
			continue
		}
		if d+1 > maxDeltaDepth {
			w.fail(c, fmt.Errorf("delta chain deeper than %d", maxDeltaDepth))
			continue
		}
		delta, err := w.inflate(&w.p.entries[c], w.delta)
		if err == nil {
			w.delta = delta
			if size, big := w.tooBig(c, delta); big {
				// Nothing needs its content: pass it by size, unbuilt.
				ce := &w.p.entries[c]
				if err := w.fn(&Object{Hash: ce.hash, Type: ce.typ, Size: size}); err != nil {
					return err
				}
				continue
			}
			var out []byte
			out, err = applyDelta(data, delta, w.level(d+1))
			if err == nil {
				w.levels[d+1] = out
				if err := w.emit(c, out, d+1); err != nil {
					return err
				}
				continue
			}
		}
		w.fail(c, err)
	}
	return nil
}

// tooBig reports whether delta entry c builds an object over MaxSize
// that no other delta needs, and its size.
func (w *worker) tooBig(c int, delta []byte) (int64, bool) {
	if w.opts.MaxSize <= 0 || len(w.p.entries[c].children) > 0 {
		return 0, false
	}
	_, rest, err := deltaSize(delta)
	if err != nil {
		return 0, false
	}
	size, _, err := deltaSize(rest)
	return size, err == nil && size > w.opts.MaxSize
}

// fail reports entry i and every delta that depends on it as unreadable.
func (w *worker) fail(i int, err error) {
	e := &w.p.entries[i]
	w.onErr(e.hash, fmt.Errorf("%s at offset %d: %w", w.p.name, e.offset, err))
	for _, c := range e.children {
		w.fail(c, fmt.Errorf("delta base %s unreadable", e.hash))
	}
}

// maxInflated bounds what n bytes of zlib data can inflate to: deflate
// compresses at most 1032:1, and a zlib stream adds a few bytes. A size
// header claiming more is corrupt, and is refused before anything that
// large is allocated.
func maxInflated(n int64) int64 { return n*1032 + 1024 }

// inflate reads and decompresses entry e's data into dst's storage.
func (w *worker) inflate(e *entry, dst []byte) ([]byte, error) {
	n := e.end - e.dataAt
	if n < 0 || e.size < 0 || e.size > 1<<36 {
		return nil, errors.New("bad entry bounds")
	}
	if e.size > maxInflated(n) {
		return nil, fmt.Errorf("header says %d bytes, more than %d compressed bytes can hold", e.size, n)
	}
	if int64(cap(w.raw)) < n {
		w.raw = make([]byte, n)
	}
	raw := w.raw[:n]
	if _, err := w.p.f.ReadAt(raw, e.dataAt); err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if err := w.resetZlib(bytes.NewReader(raw)); err != nil {
		return nil, fmt.Errorf("zlib: %w", err)
	}
	out := grow(dst, e.size)
	if _, err := io.ReadFull(w.zr, out); err != nil {
		return nil, fmt.Errorf("inflate: %w", err)
	}
	// Reading to the end makes zlib verify its checksum.
	if n, err := w.zr.Read(w.one[:]); n != 0 || err != io.EOF {
		return nil, errors.New("inflate: corrupt stream or wrong size")
	}
	return out, nil
}

func (w *worker) resetZlib(r io.Reader) error {
	if w.zr == nil {
		zr, err := zlib.NewReader(r)
		if err != nil {
			return err
		}
		w.zr = zr
		return nil
	}
	return w.zr.(zlib.Resetter).Reset(r, nil)
}

// applyDelta builds a delta's target from its base in dst's storage.
func applyDelta(base, delta, dst []byte) ([]byte, error) {
	srcSize, delta, err := deltaSize(delta)
	if err != nil {
		return nil, err
	}
	if srcSize != int64(len(base)) {
		return nil, errors.New("delta base size mismatch")
	}
	dstSize, delta, err := deltaSize(delta)
	if err != nil || dstSize > 1<<36 {
		return nil, errors.New("bad delta target size")
	}
	out := grow(dst, dstSize)[:0]
	for len(delta) > 0 {
		op := delta[0]
		delta = delta[1:]
		if op&0x80 == 0 {
			n := int(op)
			if n == 0 || n > len(delta) {
				return nil, errors.New("bad delta insert")
			}
			out = append(out, delta[:n]...)
			delta = delta[n:]
			continue
		}
		var off, size int64
		for bit := range 7 {
			if op&(1<<bit) == 0 {
				continue
			}
			if len(delta) == 0 {
				return nil, errors.New("truncated delta copy")
			}
			if bit < 4 {
				off |= int64(delta[0]) << (8 * bit)
			} else {
				size |= int64(delta[0]) << (8 * (bit - 4))
			}
			delta = delta[1:]
		}
		if size == 0 {
			size = 0x10000
		}
		if off+size > int64(len(base)) {
			return nil, errors.New("delta copy out of range")
		}
		out = append(out, base[off:off+size]...)
	}
	if int64(len(out)) != dstSize {
		return nil, errors.New("delta target size mismatch")
	}
	return out, nil
}

// deltaSize reads a size varint from the start of a delta.
func deltaSize(b []byte) (int64, []byte, error) {
	var n int64
	for shift := 0; ; shift += 7 {
		if len(b) == 0 || shift > 56 {
			return 0, nil, errors.New("bad delta header")
		}
		c := b[0]
		b = b[1:]
		n |= int64(c&0x7f) << shift
		if c&0x80 == 0 {
			return n, b, nil
		}
	}
}
