package cli

import (
	"bufio"
	"context"
	"crypto/sha256"
	byteorder "encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"github.com/spf13/pflag"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/gitsource"
	"github.com/keysieve/keysieve/report"
	"github.com/keysieve/keysieve/scan"
)

// repoFlags are history's flags for audits of many repositories.
type repoFlags struct {
	reposFile string
	cloneDir  string
	shard     string
	progress  bool
	cache     string // --cache FILE (a directory for several repositories)
}

func (r *repoFlags) register(fs *pflag.FlagSet) {
	fs.StringVar(&r.reposFile, "repos-file", "", "audit the repositories listed in `FILE`: one path or clone URL (file://, https://, ssh://, user@host:path) a line; # comments")
	fs.StringVar(&r.cloneDir, "clone-dir", "", "clone remote repositories (bare) into `DIR` and keep them, fetching on the next run (default: a temporary directory, removed)")
	fs.StringVar(&r.shard, "shard", "", "audit only shard `I/N` (1 <= I <= N) of the repositories, chosen by a hash of their names")
	fs.BoolVar(&r.progress, "progress", false, "print progress on stderr even when it is not a terminal (shown on a terminal by default)")
}

// many reports whether the run is over a list of repositories rather
// than the one repository history audited before lists existed: then
// every finding names its repository.
func (r *repoFlags) many(args []string) bool {
	return r.reposFile != "" || r.shard != "" || len(args) > 1 || len(args) == 1 && gitsource.IsRemote(args[0])
}

// repoSpec is one repository of a run: a local path or a remote to clone.
type repoSpec struct {
	name   string // what reports call it: the path, or the URL without credentials
	path   string // a local repository, or ""
	remote *gitsource.Remote
}

// maxReposFile bounds the size of a --repos-file.
const maxReposFile = 64 << 20

// repoList returns the repositories named in args and in the file
// --repos-file names, each once (by name), in the order given.
func repoList(args []string, reposFile string) ([]repoSpec, error) {
	lines := args
	if reposFile != "" {
		fromFile, err := readReposFile(reposFile)
		if err != nil {
			return nil, err
		}
		lines = append(lines[:len(lines):len(lines)], fromFile...)
	}
	seen := map[string]bool{}
	var out []repoSpec
	for _, line := range lines {
		spec, err := parseRepoSpec(line)
		if err != nil {
			return nil, err
		}
		if !seen[spec.name] {
			seen[spec.name] = true
			out = append(out, spec)
		}
	}
	return out, nil
}

// readReposFile reads the lines of a --repos-file: blank lines and lines
// starting with # are ignored, surrounding spaces trimmed.
func readReposFile(path string) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--repos-file: %w", err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(io.LimitReader(f, maxReposFile))
	sc.Buffer(make([]byte, 64<<10), 64<<10)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("--repos-file %s: %w", path, err)
	}
	return out, nil
}

// parseRepoSpec reads one repository: a clone URL or a local path.
func parseRepoSpec(s string) (repoSpec, error) {
	if !gitsource.IsRemote(s) {
		return repoSpec{name: s, path: s}, nil
	}
	rm, err := gitsource.ParseRemote(s)
	if err != nil {
		return repoSpec{}, err
	}
	return repoSpec{name: rm.Name, remote: &rm}, nil
}

// shardSpec is --shard I/N: the I-th of N shares, 1 <= I <= N.
type shardSpec struct{ i, n int }

// maxShards bounds N in --shard I/N.
const maxShards = 1 << 20

// parseShard reads --shard I/N.
func parseShard(s string) (shardSpec, error) {
	is, ns, ok := strings.Cut(s, "/")
	i, errI := strconv.Atoi(strings.TrimSpace(is))
	n, errN := strconv.Atoi(strings.TrimSpace(ns))
	switch {
	case !ok || errI != nil || errN != nil:
		return shardSpec{}, fmt.Errorf("--shard %q: want I/N, two whole numbers with 1 <= I <= N (e.g. 3/8)", s)
	case n < 1 || n > maxShards:
		return shardSpec{}, fmt.Errorf("--shard %q: N must be from 1 to %d", s, maxShards)
	case i < 1 || i > n:
		return shardSpec{}, fmt.Errorf("--shard %q: I must be from 1 to N (%d)", s, n)
	}
	return shardSpec{i: i, n: n}, nil
}

// has reports whether the repository called name is in the shard. A
// repository's shard depends only on its name and N (a hash of the name
// modulo N), so shards do not move when the list grows, and with many
// repositories each shard gets close to 1/N of them.
func (s shardSpec) has(name string) bool {
	sum := sha256.Sum256([]byte(name))
	return byteorder.BigEndian.Uint64(sum[:8])%uint64(s.n) == uint64(s.i-1)
}

// pick keeps the repositories of the shard.
func (s shardSpec) pick(specs []repoSpec) []repoSpec {
	var out []repoSpec
	for _, spec := range specs {
		if s.has(spec.name) {
			out = append(out, spec)
		}
	}
	return out
}

// runHistoryMany audits a list of repositories (history REPO..., or
// --repos-file): each one's history with the same ruleset (the default,
// extended only by --config: a config file inside an audited repository
// is not read), several repositories at a time within --threads. Every
// finding, skip and error names its repository. A repository that
// cannot be cloned or read is an error of the report, and the others
// are still audited.
func (a *App) runHistoryMany(ctx context.Context, flags *commonFlags, rf *repoFlags, opts gitsource.HistoryOptions, args []string, stdout, stderr io.Writer) int {
	specs, err := a.manyPlan(flags, rf, opts, args)
	if err != nil {
		return fail(stderr, err)
	}
	rc := &repoConfig{}
	if flags.config != "" {
		if rc, err = explicitConfig(flags.config); err != nil {
			return fail(stderr, err)
		}
	}
	total := flags.threads
	if total == 0 {
		total = runtime.NumCPU()
	}
	parallel := max(1, min(total, len(specs)))
	flags.threads = max(1, total/parallel)
	scanner, err := a.newScanner(flags, rc, stderr)
	if err != nil {
		return fail(stderr, err)
	}
	cloneDir, cleanup, err := cloneRoot(rf.cloneDir)
	if err != nil {
		return fail(stderr, err)
	}
	defer cleanup()
	meter := startMeter(stderr, flags.quiet, rf.progress, len(specs))
	au := &audit{scanner: scanner.WithContext(ctx), cloneDir: cloneDir, keep: rf.cloneDir != "", meter: meter, getenv: os.Getenv,
		warnings: &lockedWriter{w: stderr}}
	if rf.cache != "" {
		if au.openCache, err = a.manyCaches(rf.cache, flags, rc, au.warnings); err != nil {
			return fail(stderr, err)
		}
	}
	res := au.run(ctx, specs, parallel)
	meter.stop()
	return finishWith(ctx, res, flags, report.Provenance{}, stdout, stderr)
}

// manyPlan checks the flags of a run over many repositories and returns
// its repositories, after --shard.
func (a *App) manyPlan(flags *commonFlags, rf *repoFlags, opts gitsource.HistoryOptions, args []string) ([]repoSpec, error) {
	if opts.Base != "" {
		return nil, errors.New("--range and --since-commit name commits of one repository: not with --repos-file, --shard or several repositories")
	}
	if err := checkFormat(flags); err != nil {
		return nil, err
	}
	specs, err := repoList(args, rf.reposFile)
	if err != nil {
		return nil, err
	}
	if rf.shard != "" {
		shard, err := parseShard(rf.shard)
		if err != nil {
			return nil, err
		}
		return shard.pick(specs), nil
	}
	if len(specs) == 0 {
		return nil, errors.New("no repositories to audit (the --repos-file lists none)")
	}
	return specs, nil
}

// cloneRoot returns the directory clones go to: --clone-dir (created if
// need be, kept), or a new temporary directory removed by cleanup.
func cloneRoot(dir string) (string, func(), error) {
	if dir != "" {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return "", nil, fmt.Errorf("--clone-dir: %w", err)
		}
		return dir, func() {}, nil
	}
	tmp, err := os.MkdirTemp("", "keysieve-clones-")
	if err != nil {
		return "", nil, fmt.Errorf("clone directory: %w", err)
	}
	return tmp, func() { _ = os.RemoveAll(tmp) }, nil
}

// audit is one run over many repositories.
type audit struct {
	scanner  *scan.Scanner
	cloneDir string
	keep     bool // keep clones (--clone-dir)
	meter    *progressMeter
	getenv   func(string) string
	// openCache, when --cache names a directory, loads the cache of the
	// repository of that name; nil without --cache.
	openCache func(name string) *historyCache
	// warnings is stderr, shared by the workers.
	warnings io.Writer
}

// lockedWriter serialises the writes to w of the goroutines sharing it.
type lockedWriter struct {
	mu sync.Mutex
	w  io.Writer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}

// run audits specs, parallel at a time, and returns all they gave, in
// order. Once ctx ends no new repository is started.
func (au *audit) run(ctx context.Context, specs []repoSpec, parallel int) *findings.Result {
	results := make([]*findings.Result, len(specs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range parallel {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = au.one(ctx, specs[i])
				au.meter.repoDone(len(results[i].Findings))
			}
		}()
	}
	for i := range specs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	res := &findings.Result{}
	for _, r := range results {
		if r != nil {
			res.Merge(r)
		}
	}
	res.Dedupe()
	res.Sort()
	return res
}

// one audits one repository; what it could not do is an error of the
// result, naming the repository.
func (au *audit) one(ctx context.Context, spec repoSpec) *findings.Result {
	repo, done, err := au.open(ctx, spec)
	if err == nil {
		defer done()
		var hist *gitsource.HistoryResult
		opts := gitsource.HistoryOptions{Progress: au.meter.git()}
		var cache *historyCache
		if au.openCache != nil {
			cache = au.openCache(spec.name)
			opts.Cache = cache.cache
		}
		if hist, err = repo.History(ctx, au.scanner, opts); err == nil {
			if cache != nil {
				cache.save(au.warnings)
			}
			return nameRepository(&hist.Result, spec.name)
		}
	}
	if ctx.Err() != nil {
		return &findings.Result{}
	}
	return &findings.Result{Errors: []findings.FileError{{
		Repository: spec.name, Kind: findings.ErrRepository, Error: err.Error(),
	}}}
}

// open opens a local repository or clones a remote one; done removes a
// temporary clone.
func (au *audit) open(ctx context.Context, spec repoSpec) (*gitsource.Repo, func(), error) {
	if spec.remote == nil {
		repo, err := gitsource.Open(spec.path)
		return repo, func() {}, err
	}
	dir := filepath.Join(au.cloneDir, spec.remote.CloneDirName())
	repo, err := gitsource.CloneBare(ctx, *spec.remote, dir, au.getenv)
	if au.keep {
		return repo, func() {}, err
	}
	return repo, func() { _ = os.RemoveAll(dir) }, err
}

// nameRepository sets the repository of everything in res.
func nameRepository(res *findings.Result, name string) *findings.Result {
	for i := range res.Findings {
		res.Findings[i].Repository = name
	}
	for i := range res.Skipped {
		res.Skipped[i].Repository = name
	}
	for i := range res.Errors {
		res.Errors[i].Repository = name
	}
	return res
}

// manyCaches returns the cache loader of a run over several
// repositories: --cache names a directory (made if missing) holding one
// cache file per repository, named by a hash of the repository's name,
// so that a clone in a new temporary directory finds its cache again.
// The workers share stderr, so it must take concurrent writes.
func (a *App) manyCaches(dir string, flags *commonFlags, rc *repoConfig, stderr io.Writer) (func(name string) *historyCache, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, fmt.Errorf("--cache: %w", err)
	}
	key, err := a.historyCacheKey(flags, rc)
	if err != nil {
		return nil, err
	}
	return func(name string) *historyCache {
		return loadHistoryCache(cacheFileIn(dir, name), key, flags, stderr)
	}, nil
}
