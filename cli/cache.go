package cli

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"

	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/report"
)

// historyCache is the --cache of a history run: where it is and what it
// holds (docs/history.md, "Incremental audits").
type historyCache struct {
	path  string
	cache *gitsource.HistoryCache
}

// openHistoryCache loads the cache that --cache names for the full
// audit of root, under the key of the run's ruleset and options. A
// cache that does not check (corrupt, truncated) or was recorded under
// another key is not used: the run reads everything and rewrites it.
// FILE may be a directory: the cache of each repository is then a file
// in it named by a hash of the repository's absolute path.
func (a *App) openHistoryCache(path, root string, flags *commonFlags, rc *repoConfig, stderr io.Writer) (*historyCache, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		abs, err := filepath.Abs(root)
		if err != nil {
			return nil, fmt.Errorf("--cache: %w", err)
		}
		path = cacheFileIn(path, abs)
	}
	key, err := a.historyCacheKey(flags, rc)
	if err != nil {
		return nil, err
	}
	return loadHistoryCache(path, key, flags, stderr), nil
}

// cacheFileIn is the cache file, in the directory dir, of the repository
// named name (an absolute path, or a clone URL without credentials).
func cacheFileIn(dir, name string) string {
	sum := sha256.Sum256([]byte(name))
	return filepath.Join(dir, hex.EncodeToString(sum[:8])+".kscache")
}

// loadHistoryCache loads the cache at path under key; one that cannot
// be used is reported on stderr and starts empty.
func loadHistoryCache(path string, key gitsource.HistoryCacheKey, flags *commonFlags, stderr io.Writer) *historyCache {
	c, err := gitsource.LoadHistoryCache(path, key)
	switch {
	case errors.Is(err, gitsource.ErrCacheStale):
		if !flags.quiet {
			fmt.Fprintf(stderr, "keysieve: %s: everything is read again\n", report.Escape(err.Error()))
		}
	case err != nil:
		fmt.Fprintf(stderr, "keysieve: warning: %s; everything is read again\n", report.Escape(err.Error()))
	case flags.verbose:
		fmt.Fprintf(stderr, "keysieve: history cache %s: %d object(s) known\n", report.Escape(path), c.Len())
	}
	return &historyCache{path: path, cache: c}
}

// save writes the cache back, warning on stderr when it cannot: the
// audit itself is done, and its exit code does not change.
func (hc *historyCache) save(stderr io.Writer) {
	if err := hc.cache.Save(hc.path); err != nil {
		fmt.Fprintf(stderr, "keysieve: warning: %s\n", report.Escape(err.Error()))
	}
}

// historyCacheKey hashes what decides what matching gives: the default
// rules, the user config (its rules, allowlist and extend table), the
// options that change matching (--max-file-size, --max-findings-per-file),
// and the build (version, and a hash of the executable itself, so that a
// rebuilt development binary does not trust an older one's cache).
func (a *App) historyCacheKey(flags *commonFlags, rc *repoConfig) (gitsource.HistoryCacheKey, error) {
	var cfg []byte
	if rc.cfg != nil {
		var err error
		cfg, err = json.Marshal([]any{rc.cfg.Extend, rc.cfg.Allowlist, rc.cfg.Rules})
		if err != nil {
			return gitsource.HistoryCacheKey{}, fmt.Errorf("--cache: key of the config: %w", err)
		}
	}
	maxSize, err := parseSize(flags.maxFileSize)
	if err != nil {
		return gitsource.HistoryCacheKey{}, fmt.Errorf("--max-file-size: %w", err)
	}
	return gitsource.NewHistoryCacheKey(
		[]byte(version()), a.executableHash(), a.DefaultRules, cfg,
		[]byte(strconv.FormatInt(maxSize, 10)), []byte(strconv.Itoa(flags.maxFindings)),
	), nil
}

// executableHash returns hashExecutable's result, computed on the App's
// first call only.
func (a *App) executableHash() []byte {
	a.exeHashOnce.Do(func() { a.exeHash = hashExecutable() })
	return a.exeHash
}

// hashExecutable returns a SHA-256 of the running executable, or nothing
// when it cannot be read.
func hashExecutable() []byte {
	exe, err := os.Executable()
	if err != nil {
		return nil
	}
	f, err := os.Open(exe)
	if err != nil {
		return nil
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil
	}
	return h.Sum(nil)
}
