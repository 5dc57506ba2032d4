package scan

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/sourcegraph/conc"

	"github.com/keysieve/keysieve/content"
	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
)

// fileJob is one regular file found by the walk.
type fileJob struct {
	path    string // path on disk
	display string // path in reports
}

// Tree scans files and directory trees. Directories are walked, streamed
// in batches, while Options.Threads workers read and scan the files;
// .git directories, symlinks, non-regular files (never opened for
// reading), binary files and files over the size limit are skipped. An unreadable file is recorded in Result.Errors and the scan
// goes on; Tree fails only when a root itself cannot be read or ctx ends.
// When ctx ends, the walk, the reads and the matching stop within
// milliseconds and Tree returns what it found so far, marked
// Interrupted, with ctx's error.
func (s *Scanner) Tree(ctx context.Context, roots ...string) (*findings.Result, error) {
	s = s.WithContext(ctx)
	if len(roots) == 0 {
		roots = []string{"."}
	}
	for _, root := range roots {
		if _, err := os.Stat(root); err != nil {
			return nil, fmt.Errorf("scan root: %w", err)
		}
	}
	jobs := make(chan fileJob, 4*s.opts.Threads)
	results := make([]findings.Result, s.opts.Threads)
	var walked findings.Result
	var walkErr error
	var wg conc.WaitGroup
	wg.Go(func() {
		defer close(jobs)
		walkErr = s.walk(ctx, roots, jobs, &walked)
	})
	for i := range results {
		wg.Go(func() { s.scanFiles(ctx, jobs, &results[i]) })
	}
	wg.Wait()
	if walkErr != nil && ctx.Err() == nil {
		return nil, walkErr
	}
	for i := range results {
		walked.Merge(&results[i])
	}
	walked.Sort()
	if err := ctx.Err(); err != nil {
		walked.Interrupted = true
		return &walked, err
	}
	return &walked, nil
}

// readDirBatch is how many directory entries the walk holds at a time.
const readDirBatch = 512

// walk sends every regular file under roots to jobs, recording what it
// skips and cannot read in res.
func (s *Scanner) walk(ctx context.Context, roots []string, jobs chan<- fileJob, res *findings.Result) error {
	for _, root := range roots {
		w := walker{s: s, ctx: ctx, jobs: jobs, res: res, display: displayFunc(root, len(roots), s.opts.PathBase), names: s.rules.NewMatcher(), root: root}
		if err := w.walkRoot(root); err != nil {
			return fmt.Errorf("walk %s: %w", root, err)
		}
	}
	return nil
}

// walker walks one root. Unlike filepath.WalkDir, it does not read and
// sort a whole directory before going on: it streams each directory's
// entries in batches of readDirBatch, sending files to the workers as it
// meets them and keeping only the subdirectories' paths, which it walks
// once the directory is closed. Memory so holds one batch and the
// subdirectories pending on the current path, whatever the number of
// files, and one directory is open at a time. (Reports are sorted at the
// end, so the walk's order does not matter.)
type walker struct {
	s       *Scanner
	ctx     context.Context
	jobs    chan<- fileJob
	res     *findings.Result
	display func(string) string
	names   *rules.Matcher // for secrets in file and directory names
	root    string
	rootAbs string // root made absolute, when --gitignore is on
}

// walkRoot walks root, a directory or a single file.
func (w *walker) walkRoot(root string) error {
	info, err := os.Lstat(root)
	if err != nil {
		w.fail(root, err)
		return nil
	}
	var ig *ignoreRules
	if w.s.opts.Gitignore {
		if w.rootAbs, err = filepath.Abs(root); err != nil {
			return err
		}
		if ig, err = newIgnoreRules(root); err != nil {
			return err
		}
	}
	if !info.IsDir() {
		if !w.gitignored(ig, root, false) {
			w.entry(root, fs.FileInfoToDirEntry(info))
		}
		return nil
	}
	return w.dir(root, ig)
}

// gitignored reports whether --gitignore skips path (nil ig: it is off),
// recording the skip.
func (w *walker) gitignored(ig *ignoreRules, path string, isDir bool) bool {
	if ig == nil || !ig.ignored(w.abs(path), isDir) {
		return false
	}
	w.res.Skipped = append(w.res.Skipped, findings.Skip(w.display(path), findings.SkipGitignored))
	return true
}

// abs returns path, walked from root, made absolute (--gitignore only).
func (w *walker) abs(path string) string {
	rel, err := filepath.Rel(w.root, path)
	if err != nil {
		return path
	}
	return filepath.Join(w.rootAbs, rel)
}

// dir walks directory path and, after it, its subdirectories but .git.
// It returns only ctx's error; unreadable directories are recorded.
func (w *walker) dir(path string, ig *ignoreRules) error {
	if ig != nil {
		ig = ig.enter(w.abs(path))
	}
	subdirs, err := w.entries(path, ig)
	if err != nil {
		return err
	}
	for _, sub := range subdirs {
		if err := w.dir(sub, ig); err != nil {
			return err
		}
	}
	return nil
}

// entries handles the entries of directory path and returns the paths of
// its subdirectories to walk. The directory is opened without blocking
// and checked to be the one the parent listed, so a FIFO or a symlink
// swapped in for it during the scan is neither waited on nor followed.
// With --gitignore, what ig ignores is recorded as skipped, not walked.
func (w *walker) entries(path string, ig *ignoreRules) ([]string, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		w.fail(path, err)
		return nil, nil
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.IsDir() || !sameAsPath(info, path) {
		w.res.Skipped = append(w.res.Skipped, findings.Skip(w.display(path), findings.SkipReplaced))
		return nil, nil
	}
	var subdirs []string
	for {
		batch, err := f.ReadDir(readDirBatch)
		for _, d := range batch {
			if ctxErr := w.ctx.Err(); ctxErr != nil {
				return nil, ctxErr
			}
			child := filepath.Join(path, d.Name())
			if d.Name() != ".git" && w.gitignored(ig, child, d.IsDir()) {
				continue
			}
			w.res.Findings = append(w.res.Findings, w.s.PathFindings(w.names, d.Name(), w.display(child))...)
			switch {
			case d.IsDir() && d.Name() == ".git": // Git's own files: not scanned
			case d.IsDir():
				subdirs = append(subdirs, child)
			default:
				w.entry(child, d)
			}
		}
		if errors.Is(err, io.EOF) {
			return subdirs, nil
		}
		if err != nil {
			w.fail(path, err)
			return subdirs, nil
		}
	}
}

// entry sends a regular file to the workers, or records why not.
func (w *walker) entry(path string, d fs.DirEntry) {
	name := w.display(path)
	if w.s.rules.Allowlist.AllowsPath(name) {
		w.res.Skipped = append(w.res.Skipped, findings.Skip(name, findings.SkipAllowlisted))
		return
	}
	switch {
	case d.Type()&fs.ModeSymlink != 0:
		w.res.Skipped = append(w.res.Skipped, findings.Skip(name, findings.SkipSymlink))
	case !d.Type().IsRegular():
		w.res.Skipped = append(w.res.Skipped, findings.Skip(name, findings.SkipNotRegular))
	default:
		select {
		case w.jobs <- fileJob{path: path, display: name}:
		case <-w.ctx.Done(): // the workers have stopped taking jobs
		}
	}
}

// fail records that path could not be read.
func (w *walker) fail(path string, err error) {
	w.res.Errors = append(w.res.Errors, findings.FileError{Path: w.display(path), Error: unwrapPathError(err)})
}

// sameAsPath reports whether info, of an open file, is what path names
// now, without following a symlink at path.
func sameAsPath(info fs.FileInfo, path string) bool {
	now, err := os.Lstat(path)
	return err == nil && os.SameFile(info, now)
}

// displayFunc returns how paths under root are named in reports: relative
// to base when it is set and holds them, else relative to root when it is
// the only directory scanned, else as walked.
func displayFunc(root string, roots int, base string) func(string) string {
	if rootAbs, err := filepath.Abs(root); base != "" && err == nil && within(base, rootAbs) {
		return func(path string) string {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return filepath.ToSlash(filepath.Clean(path))
			}
			rel, err = filepath.Rel(base, filepath.Join(rootAbs, rel))
			if err != nil {
				return filepath.ToSlash(filepath.Clean(path))
			}
			return filepath.ToSlash(rel)
		}
	}
	info, err := os.Stat(root)
	if roots == 1 && err == nil && info.IsDir() {
		return func(path string) string {
			rel, err := filepath.Rel(root, path)
			if err != nil {
				return filepath.ToSlash(path)
			}
			return filepath.ToSlash(rel)
		}
	}
	return func(path string) string { return filepath.ToSlash(filepath.Clean(path)) }
}

// scanFiles is one worker: it reads and scans files until jobs closes or
// ctx ends.
func (s *Scanner) scanFiles(ctx context.Context, jobs <-chan fileJob, res *findings.Result) {
	m := s.NewMatcher()
	for job := range jobs {
		if ctx.Err() != nil {
			return
		}
		s.scanFile(ctx, m, job, res)
	}
}

// scanFile reads and scans one file found by the walk, recording its
// findings, why it was skipped or could not be read, and what it noted.
func (s *Scanner) scanFile(ctx context.Context, m *rules.Matcher, job fileJob, res *findings.Result) {
	f, err := s.readFile(ctx, job.path)
	switch {
	case err != nil && ctx.Err() != nil:
		res.Skipped = append(res.Skipped, findings.Interrupted(job.display))
		return
	case err != nil:
		res.Errors = append(res.Errors, findings.FileError{Path: job.display, Error: unwrapPathError(err)})
		return
	case f.skip != nil:
		f.skip.Path = job.display
		res.Skipped = append(res.Skipped, *f.skip)
		return
	case f.grew:
		res.Skipped = append(res.Skipped, findings.Grew(job.display, s.opts.MaxFileSize))
	}
	found, capped := s.findings(m, Chunk{Path: job.display, Data: f.data})
	if ctx.Err() != nil { // matching stopped part way: the file is not done
		res.Skipped = append(res.Skipped, findings.Interrupted(job.display))
	}
	res.Findings = append(res.Findings, found...)
	if capped {
		res.Skipped = append(res.Skipped, findings.Capped(job.display, s.opts.MaxFindingsPerFile))
	}
}

// fileText is a file read for scanning: its text, or why it is skipped
// (without its path), and whether only part of it was scanned.
type fileText struct {
	data []byte
	skip *findings.Skipped // why the file is not scanned; data is nil
	grew bool              // the file grew past the limit while read
}

// skipFile is a fileText for a file skipped for kind.
func skipFile(kind findings.SkipKind) fileText {
	s := findings.Skip("", kind)
	return fileText{skip: &s}
}

// readFile reads a regular file, or says why it is skipped: not a regular
// file (a FIFO, socket or device that replaced the file the walk saw is
// never read: it is opened non-blocking and checked before any read),
// replaced during the scan, vanished, or whatever the content step skips
// (too large, a Git LFS pointer, binary). A file that grows while it is
// read is read up to the limit and the rest noted.
func (s *Scanner) readFile(ctx context.Context, path string) (fileText, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return skipFile(findings.SkipVanished), nil
	}
	if err != nil {
		return fileText{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return fileText{}, err
	}
	if !info.Mode().IsRegular() {
		return skipFile(findings.SkipNotRegular), nil
	}
	if !sameAsPath(info, path) {
		return skipFile(findings.SkipReplaced), nil
	}
	if info.Size() > s.opts.MaxFileSize {
		skip := findings.TooLarge("", info.Size())
		return fileText{skip: &skip}, nil
	}
	t, err := content.Read(ctxReader{ctx, f}, info.Size(), s.opts.MaxFileSize)
	if err != nil {
		return fileText{}, err
	}
	if t.Skip != "" {
		return skipFile(t.Skip), nil
	}
	return fileText{data: t.Data, grew: t.Grew}, nil
}

// unwrapPathError drops the path from an *fs.PathError: reports carry it already.
func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return strings.TrimSpace(pe.Op + ": " + pe.Err.Error())
	}
	return err.Error()
}
