package scan

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/sourcegraph/conc"
)

// binarySniffLen is how much of a file is checked for a NUL byte.
const binarySniffLen = 8 << 10

// fileJob is one regular file found by the walk.
type fileJob struct {
	path    string // path on disk
	display string // path in reports
}

// Tree scans files and directory trees. Directories are walked
// concurrently with Options.Threads workers; .git directories, symlinks,
// non-regular files, binary files and files over the size limit are
// skipped. An unreadable file is recorded in Result.Errors and the scan
// goes on; Tree fails only when a root itself cannot be read or ctx ends.
func (s *Scanner) Tree(ctx context.Context, roots ...string) (*Result, error) {
	if len(roots) == 0 {
		roots = []string{"."}
	}
	for _, root := range roots {
		if _, err := os.Stat(root); err != nil {
			return nil, fmt.Errorf("scan root: %w", err)
		}
	}
	jobs := make(chan fileJob, 4*s.opts.Threads)
	results := make([]Result, s.opts.Threads)
	var walked Result
	var walkErr error
	var wg conc.WaitGroup
	wg.Go(func() {
		defer close(jobs)
		walkErr = s.walk(ctx, roots, jobs, &walked)
	})
	for i := range results {
		wg.Go(func() { s.scanFiles(jobs, &results[i]) })
	}
	wg.Wait()
	if walkErr != nil {
		return nil, walkErr
	}
	for i := range results {
		walked.merge(&results[i])
	}
	walked.sort()
	return &walked, nil
}

// walk sends every regular file under roots to jobs, recording what it
// skips and cannot read in res.
func (s *Scanner) walk(ctx context.Context, roots []string, jobs chan<- fileJob, res *Result) error {
	for _, root := range roots {
		display := displayFunc(root, len(roots))
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if ctxErr := ctx.Err(); ctxErr != nil {
				return ctxErr
			}
			name := display(path)
			if err != nil {
				res.Errors = append(res.Errors, FileError{Path: name, Error: unwrapPathError(err)})
				return nil
			}
			if d.IsDir() {
				if d.Name() == ".git" && path != root {
					return filepath.SkipDir
				}
				return nil
			}
			if s.rules.Allowlist.AllowsPath(name) {
				return nil
			}
			switch {
			case d.Type()&fs.ModeSymlink != 0:
				res.Skipped = append(res.Skipped, Skipped{Path: name, Reason: "symlink (not followed)"})
			case !d.Type().IsRegular():
				res.Skipped = append(res.Skipped, Skipped{Path: name, Reason: "not a regular file"})
			default:
				jobs <- fileJob{path: path, display: name}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("walk %s: %w", root, err)
		}
	}
	return nil
}

// displayFunc returns how paths under root are named in reports: relative
// to root when it is the only directory scanned, else as walked.
func displayFunc(root string, roots int) func(string) string {
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

// scanFiles is one worker: it reads and scans files until jobs closes.
func (s *Scanner) scanFiles(jobs <-chan fileJob, res *Result) {
	m := s.rules.NewMatcher()
	for job := range jobs {
		data, skip, err := s.readFile(job.path)
		switch {
		case err != nil:
			res.Errors = append(res.Errors, FileError{Path: job.display, Error: unwrapPathError(err)})
		case skip != "":
			res.Skipped = append(res.Skipped, Skipped{Path: job.display, Reason: skip})
		default:
			res.Findings = append(res.Findings, s.findings(m, Chunk{Path: job.display, Data: data})...)
		}
	}
}

// readFile reads a regular file, or says why it is skipped: too large or
// binary. A file that grows while it is read is read up to the limit.
func (s *Scanner) readFile(path string) (data []byte, skip string, err error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, "", err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, "", err
	}
	if !info.Mode().IsRegular() {
		return nil, "not a regular file", nil
	}
	if info.Size() > s.opts.MaxFileSize {
		return nil, fmt.Sprintf("larger than --max-file-size (%d bytes)", info.Size()), nil
	}
	data = make([]byte, 0, info.Size()+1)
	data, err = readAtMost(f, data, s.opts.MaxFileSize+1)
	if err != nil {
		return nil, "", err
	}
	if int64(len(data)) > s.opts.MaxFileSize {
		return nil, "grew past --max-file-size while read", nil
	}
	if bytes.IndexByte(data[:min(len(data), binarySniffLen)], 0) >= 0 {
		return nil, "binary", nil
	}
	return data, "", nil
}

// readAtMost appends up to limit bytes of r to buf, reading in place.
func readAtMost(r io.Reader, buf []byte, limit int64) ([]byte, error) {
	for int64(len(buf)) < limit {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):min(int64(cap(buf)), limit)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
	return buf, nil
}

// unwrapPathError drops the path from an *fs.PathError: reports carry it already.
func unwrapPathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return strings.TrimSpace(pe.Op + ": " + pe.Err.Error())
	}
	return err.Error()
}
