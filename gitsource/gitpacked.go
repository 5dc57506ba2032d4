// The fast path of a full history audit: every object of the repository
// is read once in pack order (internal/gitpack), blobs and commit messages
// are scanned as they are inflated, and only what attribution needs is
// kept: commits without their message bodies, and trees pruned to the
// subtrees and to the files worth a report (blobs with secrets, skipped
// or unreadable blobs). Attribution then runs on that in-memory store
// exactly as it does on the repository itself.

package gitsource

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"strconv"
	"sync"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/storer"

	"github.com/keysieve/keysieve/content"
	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/gitpack"
	"github.com/keysieve/keysieve/rules"
	"github.com/keysieve/keysieve/scan"
)

// packedScan is what the pack pass learned.
type packedScan struct {
	mu      sync.Mutex
	store   *memoryStore
	blobs   map[plumbing.Hash][]scan.Hit       // blobs holding secrets
	msgs    map[plumbing.Hash][]scan.Hit       // commit messages holding secrets
	skipped map[plumbing.Hash]findings.Skipped // blobs passed over, with the reason (no path)
	// state of every blob read: plainBlob, or notableBlob when it has
	// secrets or was skipped; blobs never read are missing.
	state  map[plumbing.Hash]blobState
	broken map[plumbing.Hash]string // objects that could not be read
	// packErrors are packs or indexes that could not be read at all.
	packErrors []string
	// notes are the commit messages whose hits were capped.
	notes []findings.Skipped
	// msgErrors are the commit messages whose hits were not kept.
	msgErrors []findings.FileError
	// scratch holds *[]byte buffers for building what the store keeps.
	scratch sync.Pool
	// trees is the tree pass's record, stored pruned when the pass ends.
	trees *treeTable
	// caching is set when a HistoryCache records the run: uncached then
	// names the commits (capped or failed hits) and trees (a secret in
	// an entry's name) it must not hold.
	caching  bool
	uncached map[plumbing.Hash]bool
}

// blobState is what the pack pass knows of a blob.
type blobState uint8

const (
	missingBlob blobState = iota // never read: missing or unreadable
	plainBlob                    // read, nothing to report
	notableBlob                  // holds secrets, or was skipped
)

// readPacked reads every object under objDirs (a repository's own and its
// alternates): pass one scans blobs and commits, pass two keeps the trees
// pruned to what attribution needs.
// With a cache, the objects it knows are seeded from it instead of read.
func (s *gitScanner) readPacked(ctx context.Context, objDirs []string, progress *Progress, cache *HistoryCache) (*packedScan, error) {
	ps := &packedScan{
		store: newMemoryStore(), blobs: map[plumbing.Hash][]scan.Hit{}, msgs: map[plumbing.Hash][]scan.Hit{},
		skipped: map[plumbing.Hash]findings.Skipped{}, state: map[plumbing.Hash]blobState{}, broken: map[plumbing.Hash]string{},
		caching: cache != nil, uncached: map[plumbing.Hash]bool{},
	}
	ps.scratch.New = func() any { return new([]byte) }
	ps.trees = newTreeTable()
	matchers := sync.Pool{New: func() any { return s.core.NewMatcher() }}
	onErr := func(h gitpack.Hash, err error) {
		ps.mu.Lock()
		defer ps.mu.Unlock()
		if h == (gitpack.Hash{}) {
			// A whole pack or index, not one object.
			ps.packErrors = append(ps.packErrors, err.Error())
			return
		}
		ps.broken[plumbing.Hash(h)] = err.Error()
	}
	opts := gitpack.Options{Threads: s.opts.Threads, MaxSize: s.opts.MaxFileSize,
		Want: func(t gitpack.Type) bool { return t == gitpack.Blob || t == gitpack.Commit }}
	if cache != nil {
		opts.Skip = cache.seedBlobsAndCommits(ps)
	}
	err := walkAll(ctx, objDirs, opts, func(o *gitpack.Object) error {
		m := matchers.Get().(*rules.Matcher)
		defer matchers.Put(m)
		if o.Type == gitpack.Commit {
			progress.commit()
			ps.addCommit(s, m, o)
		} else {
			progress.blob(len(o.Data))
			ps.addBlob(s, m, o)
		}
		return nil
	}, onErr)
	if err != nil {
		return nil, fmt.Errorf("read objects: %w", err)
	}
	opts.Want = func(t gitpack.Type) bool { return t == gitpack.Tree }
	opts.MaxSize = 0
	if cache != nil {
		opts.Skip = cache.seedTrees(ps)
	}
	judges := sync.Pool{New: func() any { return newNameJudge(s.core) }}
	addTree := func(o *gitpack.Object) error {
		j := judges.Get().(*nameJudge)
		defer judges.Put(j)
		return ps.addTree(o, j.hasSecret)
	}
	if err := walkAll(ctx, objDirs, opts, addTree, onErr); err != nil {
		return nil, fmt.Errorf("read trees: %w", err)
	}
	ps.trees.storeInto(ps.store)
	ps.trees = nil // its memory goes back before attribution
	return ps, nil
}

// walkAll walks the objects of each of dirs in turn.
func walkAll(ctx context.Context, dirs []string, opts gitpack.Options, fn gitpack.Handler, onErr gitpack.ErrorHandler) error {
	for _, dir := range dirs {
		if err := gitpack.Walk(ctx, dir, opts, fn, onErr); err != nil {
			return err
		}
	}
	return nil
}

// addBlob scans one blob, keeping its hits or why it was skipped.
func (ps *packedScan) addBlob(s *gitScanner, m *rules.Matcher, o *gitpack.Object) {
	h := plumbing.Hash(o.Hash)
	var hits []scan.Hit
	var capped bool
	var err error
	var skip findings.Skipped
	if o.Data == nil {
		skip = findings.TooLarge("", o.Size)
	} else if t := content.Decode(o.Data); t.Skip != "" {
		skip = findings.Skip("", t.Skip)
	} else if hits, capped, err = s.hits(m, t.Data); capped {
		skip = s.cappedNote("", "blob", plumbing.ZeroHash) // blobStatus names the blob
	}
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if err != nil {
		ps.broken[h] = err.Error() // reported at its path as unreadable
		return
	}
	ps.state[h] = plainBlob
	if skip.Kind != "" || len(hits) > 0 {
		ps.state[h] = notableBlob
	}
	if skip.Kind != "" {
		ps.skipped[h] = skip
	}
	if len(hits) > 0 {
		ps.blobs[h] = hits
	}
}

// addCommit scans a commit's message and keeps the commit without the
// body of its message and without signatures.
func (ps *packedScan) addCommit(s *gitScanner, m *rules.Matcher, o *gitpack.Object) {
	headers, message, _ := bytes.Cut(o.Data, []byte("\n\n"))
	hits, capped, err := s.hits(m, message)
	buf := ps.scratch.Get().(*[]byte)
	defer ps.scratch.Put(buf)
	kept := append(appendUnsignedHeaders((*buf)[:0], headers), "\n\n"...)
	kept = append(kept, subject(string(message))...)
	*buf = kept
	ps.mu.Lock()
	defer ps.mu.Unlock()
	if capped || err != nil {
		ps.uncached[plumbing.Hash(o.Hash)] = true
	}
	if capped {
		ps.notes = append(ps.notes, s.cappedNote(CommitMessagePath, "commit", plumbing.Hash(o.Hash)))
	}
	if err != nil {
		ps.msgErrors = append(ps.msgErrors, findings.FileError{Path: CommitMessagePath, Error: fmt.Sprintf("commit %s: %v", plumbing.Hash(o.Hash), err)})
	}
	if len(hits) > 0 {
		ps.msgs[plumbing.Hash(o.Hash)] = hits
	}
	ps.store.put(plumbing.CommitObject, plumbing.Hash(o.Hash), kept)
}

// appendUnsignedHeaders appends a commit's headers to dst, leaving out
// the multi-line signature headers (gpgsig, gpgsig-sha256, mergetag),
// which attribution never reads and which are most of a signed commit.
func appendUnsignedHeaders(dst, headers []byte) []byte {
	skipping := false
	for line := range bytes.Lines(headers) {
		if len(line) > 0 && line[0] == ' ' {
			if !skipping {
				dst = append(dst, line...)
			}
			continue
		}
		name, _, _ := bytes.Cut(line, []byte(" "))
		skipping = string(name) == "gpgsig" || string(name) == "gpgsig-sha256" || string(name) == "mergetag"
		if !skipping {
			dst = append(dst, line...)
		}
	}
	return bytes.TrimSuffix(dst, []byte("\n"))
}

// addTree records a tree's subdirectories compactly and keeps its
// submodules and the files worth a report (secretName says whether a name
// holds a secret: such files are worth one); entries for blobs never read
// are kept too, to be reported as missing. The tree table prunes empty
// subdirectories once every tree is read.
func (ps *packedScan) addTree(o *gitpack.Object, secretName func([]byte) bool) error {
	buf := ps.scratch.Get().(*[]byte)
	defer ps.scratch.Put(buf)
	kept := (*buf)[:0]
	var subdirs []subdir
	rest := o.Data
	named := false // an entry kept has a secret in its name
	for len(rest) > 0 {
		sp := bytes.IndexByte(rest, ' ')
		nul := bytes.IndexByte(rest, 0)
		if sp < 0 || nul < sp || len(rest) < nul+21 {
			break // malformed tail: keep what parsed
		}
		entry := rest[:nul+21]
		mode, err := parseMode(rest[:sp])
		rest = rest[nul+21:]
		if err != nil {
			continue
		}
		if mode == filemode.Dir {
			subdirs = append(subdirs, subdir{name: entry[sp+1 : nul], tree: plumbing.Hash(entry[nul+1:])})
			// A cache must not hold a secret, in a directory's name either.
			named = named || ps.caching && secretName(entry[sp+1:nul])
			continue
		}
		keep := ps.keepEntry(mode, plumbing.Hash(entry[nul+1:]))
		// A cache must not hold a secret: it checks the names of every
		// entry kept, not only of those kept for their name.
		hasSecret := (!keep || ps.caching) && secretName(entry[sp+1:nul])
		if keep || hasSecret {
			kept = append(kept, entry...)
			named = named || hasSecret
		}
	}
	*buf = kept
	ps.mu.Lock()
	defer ps.mu.Unlock()
	var stored []byte
	if len(kept) > 0 {
		stored = ps.store.copy(kept)
	}
	ps.trees.add(plumbing.Hash(o.Hash), subdirs, stored)
	if named && ps.caching {
		ps.uncached[plumbing.Hash(o.Hash)] = true
	}
	return nil
}

// parseMode parses a tree entry's mode (octal). The modes Git writes are
// compared as they are: strconv.ParseUint on each of the tens of millions
// of entries of git/git's trees was 1.7 % of its audit.
func parseMode(b []byte) (filemode.FileMode, error) {
	switch string(b) {
	case "100644":
		return filemode.Regular, nil
	case "100755":
		return filemode.Executable, nil
	case "40000":
		return filemode.Dir, nil
	case "120000":
		return filemode.Symlink, nil
	case "160000":
		return filemode.Submodule, nil
	}
	mode, err := strconv.ParseUint(string(b), 8, 32)
	return filemode.FileMode(mode), err
}

func (ps *packedScan) keepEntry(mode filemode.FileMode, h plumbing.Hash) bool {
	if mode == filemode.Dir || mode == filemode.Submodule {
		return true
	}
	if !isRegular(mode) {
		return false
	}
	// The blob pass is over: these maps are only read now.
	return ps.state[h] != plainBlob
}

// blobStatus reports what became of a blob at path in the pack pass:
// nothing to say, skipped, or unreadable.
func (ps *packedScan) blobStatus(h plumbing.Hash, path string, res *findings.Result) {
	switch {
	case ps.skipped[h].Kind != "":
		skip := ps.skipped[h]
		res.Skipped = append(res.Skipped, findings.Skipped{Path: path, Kind: skip.Kind, Reason: skip.Reason + " (blob " + h.String()[:12] + ")"})
	case ps.state[h] == missingBlob:
		why := "missing from the repository"
		if msg, ok := ps.broken[h]; ok {
			why = msg
		}
		res.Errors = append(res.Errors, findings.FileError{Path: path, Error: fmt.Sprintf("cannot read blob %s: %s", h, why)})
	}
}

// memoryStore is a read-only object store of commits and pruned trees,
// enough for go-git to decode them where the history scan asks. The
// contents live in large shared chunks (an arena): a full audit keeps
// hundreds of thousands of small objects, and one allocation each, with
// append's spare capacity, doubled what they cost.
type memoryStore struct {
	objects map[plumbing.Hash]storedObject
	chunk   []byte // the free tail of the current chunk
}

// storedObject is one object of the store; its hash is the map key.
type storedObject struct {
	typ  plumbing.ObjectType
	data []byte
}

// storeChunk is the size of the arena's chunks; larger objects get an
// allocation of their own.
const storeChunk = 1 << 20

func newMemoryStore() *memoryStore {
	return &memoryStore{objects: map[plumbing.Hash]storedObject{}}
}

// put stores a copy of data as the object h of type t.
func (m *memoryStore) put(t plumbing.ObjectType, h plumbing.Hash, data []byte) {
	m.objects[h] = storedObject{typ: t, data: m.copy(data)}
}

// putShared stores data itself, not a copy, as the object h of type t:
// data must not change while the store is used.
func (m *memoryStore) putShared(t plumbing.ObjectType, h plumbing.Hash, data []byte) {
	m.objects[h] = storedObject{typ: t, data: data}
}

// copy returns a copy of b carved from the current chunk.
func (m *memoryStore) copy(b []byte) []byte {
	if len(b) > storeChunk/8 {
		return bytes.Clone(b)
	}
	if len(b) > cap(m.chunk)-len(m.chunk) {
		m.chunk = make([]byte, 0, storeChunk)
	}
	start := len(m.chunk)
	m.chunk = append(m.chunk, b...)
	return m.chunk[start:len(m.chunk):len(m.chunk)]
}

// EncodedObject returns a stored object of type t (or any type).
func (m *memoryStore) EncodedObject(t plumbing.ObjectType, h plumbing.Hash) (plumbing.EncodedObject, error) {
	o, ok := m.objects[h]
	if !ok || (t != plumbing.AnyObject && o.typ != t) {
		return nil, plumbing.ErrObjectNotFound
	}
	return &memoryObject{hash: h, typ: o.typ, data: o.data}, nil
}

// HasEncodedObject reports whether h is stored.
func (m *memoryStore) HasEncodedObject(h plumbing.Hash) error {
	if _, ok := m.objects[h]; !ok {
		return plumbing.ErrObjectNotFound
	}
	return nil
}

// EncodedObjectSize returns a stored object's size.
func (m *memoryStore) EncodedObjectSize(h plumbing.Hash) (int64, error) {
	o, ok := m.objects[h]
	if !ok {
		return 0, plumbing.ErrObjectNotFound
	}
	return int64(len(o.data)), nil
}

// The store is read-only: the remaining methods of
// storer.EncodedObjectStorer refuse.

func (m *memoryStore) NewEncodedObject() plumbing.EncodedObject { return &memoryObject{} }

func (m *memoryStore) SetEncodedObject(plumbing.EncodedObject) (plumbing.Hash, error) {
	return plumbing.ZeroHash, errReadOnly
}

func (m *memoryStore) IterEncodedObjects(plumbing.ObjectType) (storer.EncodedObjectIter, error) {
	return nil, errReadOnly
}

func (m *memoryStore) AddAlternate(string) error { return errReadOnly }

var errReadOnly = fmt.Errorf("in-memory history store is read-only")

// memoryObject is one stored object; its hash is the one Git gave it,
// whatever the (pruned) content.
type memoryObject struct {
	hash plumbing.Hash
	typ  plumbing.ObjectType
	data []byte
}

func (o *memoryObject) Hash() plumbing.Hash           { return o.hash }
func (o *memoryObject) Type() plumbing.ObjectType     { return o.typ }
func (o *memoryObject) SetType(t plumbing.ObjectType) { o.typ = t }
func (o *memoryObject) Size() int64                   { return int64(len(o.data)) }
func (o *memoryObject) SetSize(int64)                 {}
func (o *memoryObject) Reader() (io.ReadCloser, error) {
	return io.NopCloser(bytes.NewReader(o.data)), nil
}
func (o *memoryObject) Writer() (io.WriteCloser, error) { return nil, errReadOnly }
