package gitsource

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-git/go-git/v5/plumbing"
)

// TestCacheWriteCrashKeepsTheOldFile: a write that stops half-way (as a
// crash would) leaves the old cache whole and no temporary file behind;
// a half-written file, were it ever at the path, is refused on load.
func TestCacheWriteCrashKeepsTheOldFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "audit.cache")
	key := NewHistoryCacheKey([]byte("rules"))
	c := NewHistoryCache(key)
	c.run = &cacheRun{ps: &packedScan{state: map[plumbing.Hash]blobState{{1}: plainBlob, {2}: plainBlob}, store: newMemoryStore()}}
	if err := c.Save(path); err != nil {
		t.Fatal(err)
	}
	old, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	crash := errors.New("killed")
	err = replaceFile(path, func(w io.Writer) error {
		w.Write(old[:len(old)/2])
		return crash
	})
	if !errors.Is(err, crash) {
		t.Fatalf("error %v, want the write's", err)
	}
	if now, _ := os.ReadFile(path); string(now) != string(old) {
		t.Error("a failed write changed the cache")
	}
	if names, _ := os.ReadDir(dir); len(names) != 1 {
		t.Errorf("files left: %v", names)
	}
	loaded, err := LoadHistoryCache(path, key)
	if err != nil || loaded.Len() != 2 {
		t.Errorf("old cache: %d entries, error %v; want 2 and none", loaded.Len(), err)
	}
	half := filepath.Join(dir, "half.cache")
	os.WriteFile(half, old[:len(old)/2], 0o600)
	if loaded, err := LoadHistoryCache(half, key); err == nil || loaded.Len() != 0 {
		t.Errorf("half-written cache: %d entries, error %v; want 0 and an error", loaded.Len(), err)
	}
}
