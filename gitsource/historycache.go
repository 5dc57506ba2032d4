// Incremental audits: a HistoryCache remembers, for one ruleset, what a
// full audit learned that no later audit needs to read again, so that a
// re-audit inflates only the objects that are new since.
//
// What it holds, by object name: the blobs read that hold nothing to
// report (plain) and those passed over (binary, too large...) with the
// kind and reason; the commits of the in-memory store, reduced to their
// tree, parents, author, committer and encoding and their subject line;
// and the pruned trees of the store (subtrees, and entries for blobs
// worth a report). It holds no secret: a blob with hits, a commit whose
// message or people hold a secret or whose hits were capped, and a tree
// with a secret in an entry's name are never written, and are read and
// scanned again on every run. Pruned trees depend only on the blobs'
// states, which depend only on the blobs and the ruleset, so every entry
// is valid under the same key in any repository. The key (HistoryCacheKey)
// is a hash of the effective ruleset and of the options that change what
// matching gives; a cache of another key is not used, and the next save
// replaces it.
//
// On a re-audit the pack pass asks the cache about each object before
// reading it (gitpack.Options.Skip): a known object is seeded into the
// pass's state and store as if it had just been read, and is not
// inflated. Everything else runs as in an uncached audit, so the report
// is the same. Only the entries the repository still has are written
// back: the cache does not grow with objects that are gone.
//
// The file: a magic line, the key, the number of entries, the entries,
// an end mark, and a SHA-256 of all
// that. It is written to a temporary file in the same directory and
// renamed over the old one, so a crash mid-write leaves the old cache;
// one that does not check is reported and not used.

package gitsource

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/go-git/go-git/v5/plumbing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/gitpack"
	"github.com/keysieve/keysieve/scan"
)

// HistoryCacheKey is the hash a cache is valid under.
type HistoryCacheKey [sha256.Size]byte

// NewHistoryCacheKey hashes parts (the default rules, the user config,
// the options that change matching, the version) into a key; each part
// is length-prefixed, so no two lists give the same input.
func NewHistoryCacheKey(parts ...[]byte) HistoryCacheKey {
	h := sha256.New()
	var n [binary.MaxVarintLen64]byte
	for _, p := range parts {
		h.Write(n[:binary.PutUvarint(n[:], uint64(len(p)))])
		h.Write(p)
	}
	var k HistoryCacheKey
	h.Sum(k[:0])
	return k
}

// cacheMagic starts every cache file.
const cacheMagic = "keysieve history cache 1\n"

// Kinds of cache entries.
const (
	cachePlain   byte = 1 // a blob with nothing to report
	cacheSkipped byte = 2 // a blob passed over: kind NUL reason
	cacheCommit  byte = 3 // a commit as the store keeps it
	cacheTree    byte = 4 // a pruned tree
	cacheEnd     byte = 0 // after the last entry
)

// cacheEntry is one loaded entry: its kind and data (in the loaded file).
type cacheEntry struct {
	kind byte
	data []byte
}

// HistoryCache is what earlier audits recorded (see the top of this
// file), and, after a History run that used it, what that run learned.
type HistoryCache struct {
	key     HistoryCacheKey
	entries map[plumbing.Hash]cacheEntry
	// loaded is how many entries were loaded, seeded how many distinct
	// ones a run used: when the run learned nothing new either, Save
	// has nothing to change.
	loaded, seeded int
	// run is the pack pass of the last History run, written by Save.
	run *cacheRun
}

// cacheRun is what a run leaves for Save.
type cacheRun struct {
	ps     *packedScan
	idents map[plumbing.Hash][]scan.Hit // commits whose people hold secrets
}

// recordRun keeps a run's pack pass, and the hits in its commits'
// people, for Save.
func (c *HistoryCache) recordRun(ps *packedScan, idents *identScanner) {
	c.run = &cacheRun{ps: ps, idents: idents.hits}
}

// seedingDone lets the loaded entries go once the pack pass is over:
// the run's state and store hold those it used.
func (c *HistoryCache) seedingDone() { c.entries = nil }

// NewHistoryCache returns an empty cache for key.
func NewHistoryCache(key HistoryCacheKey) *HistoryCache {
	return &HistoryCache{key: key, entries: map[plumbing.Hash]cacheEntry{}}
}

// ErrCacheStale is returned by LoadHistoryCache for a cache recorded
// under another key (another ruleset, options or version).
var ErrCacheStale = errors.New("recorded under another ruleset, options or version: not used")

// LoadHistoryCache reads the cache at path for key. A missing file gives
// an empty cache and no error; a file of another key, or one that is
// corrupt or truncated, gives an empty cache and an error saying so (the
// caller warns and goes on: a cache is never trusted when it does not
// check).
func LoadHistoryCache(path string, key HistoryCacheKey) (*HistoryCache, error) {
	c := NewHistoryCache(key)
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		return c, fmt.Errorf("read history cache: %w", err)
	}
	body, ok := checkedBody(data)
	if !ok {
		return c, fmt.Errorf("history cache %s is corrupt or truncated: not used", path)
	}
	if !bytes.Equal(body[:len(key)], key[:]) {
		return c, fmt.Errorf("history cache %s: %w", path, ErrCacheStale)
	}
	if err := c.parse(body[len(key):]); err != nil {
		c.entries = map[plumbing.Hash]cacheEntry{}
		return c, fmt.Errorf("history cache %s is corrupt: %v: not used", path, err)
	}
	c.loaded = len(c.entries)
	return c, nil
}

// checkedBody returns what follows the magic line, without the
// checksum, when the magic and the checksum are right.
func checkedBody(data []byte) ([]byte, bool) {
	if len(data) < len(cacheMagic)+2*sha256.Size || string(data[:len(cacheMagic)]) != cacheMagic {
		return nil, false
	}
	end := len(data) - sha256.Size
	sum := sha256.Sum256(data[:end])
	if !bytes.Equal(sum[:], data[end:]) {
		return nil, false
	}
	return data[len(cacheMagic):end], true
}

// parse reads the entries of a checked body (the key left out).
func (c *HistoryCache) parse(b []byte) error {
	count, n := binary.Uvarint(b)
	if n <= 0 {
		return errors.New("bad entry count")
	}
	b = b[n:]
	// Sized once: growing a map of a million entries leaves as much
	// garbage as the map.
	c.entries = make(map[plumbing.Hash]cacheEntry, min(count, uint64(len(b)/(1+len(plumbing.ZeroHash)))))
	for {
		if len(b) == 0 {
			return errors.New("truncated entries")
		}
		kind := b[0]
		if kind == cacheEnd {
			if len(b) != 1 {
				return errors.New("trailing bytes")
			}
			return nil
		}
		if len(b) < 1+len(plumbing.ZeroHash) {
			return errors.New("truncated entry")
		}
		h := plumbing.Hash(b[1 : 1+len(plumbing.ZeroHash)])
		b = b[1+len(plumbing.ZeroHash):]
		var data []byte
		switch kind {
		case cachePlain:
		case cacheSkipped, cacheCommit, cacheTree:
			size, n := binary.Uvarint(b)
			if n <= 0 || size > uint64(len(b)-n) {
				return errors.New("bad entry size")
			}
			data, b = b[n:n+int(size):n+int(size)], b[n+int(size):]
		default:
			return fmt.Errorf("unknown entry kind %d", kind)
		}
		c.entries[h] = cacheEntry{kind: kind, data: data}
	}
}

// Len returns how many entries the cache loaded.
func (c *HistoryCache) Len() int { return len(c.entries) }

// seedBlobsAndCommits is the pack pass's Skip for blobs and commits: a
// cached one is put in ps as if it had just been read. Cached trees are
// skipped too (a loose one may be asked about), but seeded in the tree
// pass only.
func (c *HistoryCache) seedBlobsAndCommits(ps *packedScan) func(gitpack.Hash) bool {
	return func(gh gitpack.Hash) bool {
		h := plumbing.Hash(gh)
		e, ok := c.entries[h]
		if !ok {
			return false
		}
		ps.mu.Lock()
		defer ps.mu.Unlock()
		switch e.kind {
		case cachePlain:
			c.count(ps.state[h] == missingBlob)
			ps.state[h] = plainBlob
		case cacheSkipped:
			c.count(ps.state[h] == missingBlob)
			kind, reason, _ := bytes.Cut(e.data, []byte{0})
			ps.state[h] = notableBlob
			ps.skipped[h] = findings.Skipped{Kind: findings.SkipKind(kind), Reason: string(reason)}
		case cacheCommit:
			c.count(ps.store.HasEncodedObject(h) != nil)
			ps.store.putShared(plumbing.CommitObject, h, e.data)
		}
		return true
	}
}

// seedTrees is the tree pass's Skip: a cached tree is put in the store.
func (c *HistoryCache) seedTrees(ps *packedScan) func(gitpack.Hash) bool {
	return func(gh gitpack.Hash) bool {
		h := plumbing.Hash(gh)
		e, ok := c.entries[h]
		if !ok {
			return false
		}
		if e.kind == cacheTree {
			ps.mu.Lock()
			c.count(ps.store.HasEncodedObject(h) != nil)
			ps.store.putShared(plumbing.TreeObject, h, e.data)
			ps.mu.Unlock()
		}
		return true
	}
}

// count counts an entry seeded, when it is the first time.
func (c *HistoryCache) count(first bool) {
	if first {
		c.seeded++
	}
}

// Save writes what the last History run that used c learned to path,
// through a temporary file in the same directory renamed over it; the
// file is readable by its owner only. It writes nothing when no run
// used c (a range, or a repository not on disk).
func (c *HistoryCache) Save(path string) error {
	if c.run == nil {
		return nil
	}
	defer func() { c.run = nil }() // let the run's state go
	if c.unchanged() {
		return nil
	}
	return replaceFile(path, c.write)
}

// replaceFile writes a file at path with write, through a temporary file
// in the same directory (mode 0600), synced, then renamed over path: a
// crash or an error at any point leaves what was at path untouched.
func replaceFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("write history cache: %w", err)
	}
	defer os.Remove(tmp.Name()) // after a successful rename, there is nothing left to remove
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return fmt.Errorf("write history cache: %w", err)
	}
	werr := write(tmp)
	if err := tmp.Sync(); werr == nil {
		werr = err
	}
	if err := tmp.Close(); werr == nil {
		werr = err
	}
	if werr != nil {
		return fmt.Errorf("write history cache: %w", werr)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write history cache: %w", err)
	}
	return nil
}

// unchanged reports whether the file holds what the run would write:
// every entry loaded was used, and the run learned nothing new.
func (c *HistoryCache) unchanged() bool {
	return c.seeded == c.loaded && c.run.count() == c.seeded
}

// count returns how many entries a run has to write.
func (r *cacheRun) count() int {
	n := 0
	r.each(func(byte, plumbing.Hash, []byte) { n++ })
	return n
}

// write writes the cache file: magic, key, entries, an end mark, checksum.
func (c *HistoryCache) write(w io.Writer) error {
	sum := sha256.New()
	bw := bufio.NewWriterSize(io.MultiWriter(w, sum), 1<<16)
	bw.WriteString(cacheMagic)
	bw.Write(c.key[:])
	writeUvarint(bw, uint64(c.run.count()))
	c.run.each(func(kind byte, h plumbing.Hash, data []byte) {
		bw.WriteByte(kind)
		bw.Write(h[:])
		if kind != cachePlain {
			writeUvarint(bw, uint64(len(data)))
			bw.Write(data)
		}
	})
	bw.WriteByte(cacheEnd)
	if err := bw.Flush(); err != nil {
		return err
	}
	_, err := w.Write(sum.Sum(nil))
	return err
}

func writeUvarint(w *bufio.Writer, v uint64) {
	var b [binary.MaxVarintLen64]byte
	w.Write(b[:binary.PutUvarint(b[:], v)])
}

// each calls fn with every entry a run learned that holds no secret.
func (r *cacheRun) each(fn func(kind byte, h plumbing.Hash, data []byte)) {
	ps := r.ps
	for h, st := range ps.state {
		switch {
		case st == plainBlob:
			fn(cachePlain, h, nil)
		case ps.blobs[h] == nil && ps.skipped[h].Kind != "":
			skip := ps.skipped[h]
			fn(cacheSkipped, h, []byte(string(skip.Kind)+"\x00"+skip.Reason))
		}
	}
	var buf []byte
	for h, o := range ps.store.objects {
		switch {
		case o.typ == plumbing.CommitObject && ps.msgs[h] == nil && !ps.uncached[h] && r.idents[h] == nil:
			buf = cachedCommit(buf[:0], o.data)
			fn(cacheCommit, h, buf)
		case o.typ == plumbing.TreeObject && !ps.uncached[h]:
			fn(cacheTree, h, o.data)
		}
	}
}

// cachedCommit returns a stored commit with only the headers attribution
// reads (tree, parents, author, committer, encoding), and its subject.
func cachedCommit(out, stored []byte) []byte {
	headers, subj, _ := bytes.Cut(stored, []byte("\n\n"))
	for line := range bytes.Lines(headers) {
		name, _, _ := bytes.Cut(line, []byte(" "))
		switch string(name) {
		case "tree", "parent", "author", "committer", "encoding":
			out = append(out, line...)
		}
	}
	out = bytes.TrimSuffix(out, []byte("\n"))
	out = append(out, "\n\n"...)
	return append(out, subj...)
}
