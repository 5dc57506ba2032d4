package scan

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/sourcegraph/conc"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/rules"
)

// binarySniffLen is how much of a file is checked for a NUL byte.
const binarySniffLen = 8 << 10

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
func (s *Scanner) Tree(ctx context.Context, roots ...string) (*findings.Result, error) {
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
		wg.Go(func() { s.scanFiles(jobs, &results[i]) })
	}
	wg.Wait()
	if walkErr != nil {
		return nil, walkErr
	}
	for i := range results {
		walked.Merge(&results[i])
	}
	walked.Sort()
	return &walked, nil
}

// readDirBatch is how many directory entries the walk holds at a time.
const readDirBatch = 512

// walk sends every regular file under roots to jobs, recording what it
// skips and cannot read in res.
func (s *Scanner) walk(ctx context.Context, roots []string, jobs chan<- fileJob, res *findings.Result) error {
	for _, root := range roots {
		w := walker{s: s, ctx: ctx, jobs: jobs, res: res, display: displayFunc(root, len(roots))}
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
}

// walkRoot walks root, a directory or a single file.
func (w *walker) walkRoot(root string) error {
	info, err := os.Lstat(root)
	if err != nil {
		w.fail(root, err)
		return nil
	}
	if !info.IsDir() {
		w.entry(root, fs.FileInfoToDirEntry(info))
		return nil
	}
	return w.dir(root)
}

// dir walks directory path and, after it, its subdirectories but .git.
// It returns only ctx's error; unreadable directories are recorded.
func (w *walker) dir(path string) error {
	subdirs, err := w.entries(path)
	if err != nil {
		return err
	}
	for _, sub := range subdirs {
		if err := w.dir(sub); err != nil {
			return err
		}
	}
	return nil
}

// entries handles the entries of directory path and returns the paths of
// its subdirectories to walk. The directory is opened without blocking
// and checked to be the one the parent listed, so a FIFO or a symlink
// swapped in for it during the scan is neither waited on nor followed.
func (w *walker) entries(path string) ([]string, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		w.fail(path, err)
		return nil, nil
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.IsDir() || !sameAsPath(info, path) {
		w.res.Skipped = append(w.res.Skipped, findings.Skipped{Path: w.display(path), Reason: "replaced during the scan (not followed)"})
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
		return
	}
	switch {
	case d.Type()&fs.ModeSymlink != 0:
		w.res.Skipped = append(w.res.Skipped, findings.Skipped{Path: name, Reason: "symlink (not followed)"})
	case !d.Type().IsRegular():
		w.res.Skipped = append(w.res.Skipped, findings.Skipped{Path: name, Reason: "not a regular file"})
	default:
		w.jobs <- fileJob{path: path, display: name}
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
func (s *Scanner) scanFiles(jobs <-chan fileJob, res *findings.Result) {
	m := s.rules.NewMatcher()
	for job := range jobs {
		s.scanFile(m, job, res)
	}
}

// scanFile reads and scans one file found by the walk, recording its
// findings, why it was skipped or could not be read, and what it noted.
func (s *Scanner) scanFile(m *rules.Matcher, job fileJob, res *findings.Result) {
	f, err := s.readFile(job.path)
	switch {
	case err != nil:
		res.Errors = append(res.Errors, findings.FileError{Path: job.display, Error: unwrapPathError(err)})
		return
	case f.skip != "":
		res.Skipped = append(res.Skipped, findings.Skipped{Path: job.display, Reason: f.skip})
		return
	case f.note != "":
		res.Skipped = append(res.Skipped, findings.Skipped{Path: job.display, Reason: f.note})
	}
	found, capped := s.findings(m, Chunk{Path: job.display, Data: f.data})
	res.Findings = append(res.Findings, found...)
	if capped {
		res.Skipped = append(res.Skipped, findings.Skipped{Path: job.display, Reason: s.cappedReason()})
	}
}

// fileText is a file read for scanning: its text, or why it is skipped,
// and a note when only part of it was scanned.
type fileText struct {
	data []byte
	skip string // why the file is not scanned; data is nil
	note string // why only part of data's file was scanned
}

// readFile reads a regular file, or says why it is skipped: not a regular
// file (a FIFO, socket or device that replaced the file the walk saw is
// never read: it is opened non-blocking and checked before any read),
// replaced during the scan, vanished, too large or binary. A file that
// grows while it is read is read up to the limit and the rest noted.
// UTF-16 text with a byte order mark is decoded to UTF-8.
func (s *Scanner) readFile(path string) (fileText, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return fileText{skip: "vanished before it was read"}, nil
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
		return fileText{skip: "not a regular file"}, nil
	}
	if !sameAsPath(info, path) {
		return fileText{skip: "replaced during the scan (not followed)"}, nil
	}
	if info.Size() > s.opts.MaxFileSize {
		return fileText{skip: fmt.Sprintf("larger than --max-file-size (%d bytes)", info.Size())}, nil
	}
	return s.readText(f, info.Size())
}

// readText reads up to MaxFileSize bytes of r, whose size was size when
// it was opened, and turns them into text to scan.
func (s *Scanner) readText(r io.Reader, size int64) (fileText, error) {
	data, err := readAtMost(r, make([]byte, 0, min(size, s.opts.MaxFileSize)+1), s.opts.MaxFileSize+1)
	if err != nil {
		return fileText{}, err
	}
	var note string
	if int64(len(data)) > s.opts.MaxFileSize {
		data = data[:s.opts.MaxFileSize]
		note = fmt.Sprintf("grew past --max-file-size while read: only its first %d bytes were scanned", s.opts.MaxFileSize)
	}
	text, skip := textOf(data)
	if skip != "" {
		return fileText{skip: skip}, nil
	}
	return fileText{data: text, note: note}, nil
}

// textOf returns the text to scan in data: UTF-16 with a byte order mark
// is decoded to UTF-8 first (so that lines and columns are those of the
// decoded text); content with a NUL byte in its first binarySniffLen
// bytes is binary and skipped. Only content with a NUL byte is taken for
// UTF-16 (UTF-16 of any ASCII character has one): text that merely starts
// with the bytes FF FE, such as Latin-1 "ÿþ", is scanned as it is.
func textOf(data []byte) (text []byte, skip string) {
	if bytes.IndexByte(data, 0) >= 0 {
		if decoded, ok := decodeUTF16(data); ok {
			data = decoded
		}
	}
	if bytes.IndexByte(data[:min(len(data), binarySniffLen)], 0) >= 0 {
		return nil, "binary"
	}
	return data, ""
}

// decodeUTF16 decodes data to UTF-8 when it starts with a UTF-16 byte
// order mark (FF FE little-endian, FE FF big-endian), dropping the mark.
// Unpaired surrogates and an odd last byte become U+FFFD.
func decodeUTF16(data []byte) ([]byte, bool) {
	if len(data) < 2 {
		return nil, false
	}
	var order binary.ByteOrder
	switch {
	case data[0] == 0xff && data[1] == 0xfe:
		order = binary.LittleEndian
	case data[0] == 0xfe && data[1] == 0xff:
		order = binary.BigEndian
	default:
		return nil, false
	}
	body := data[2:]
	out := make([]byte, 0, len(body)*3/2+utf8.UTFMax)
	var pending rune = -1 // a high surrogate waiting for its pair
	for i := 0; i+1 < len(body); i += 2 {
		r := rune(order.Uint16(body[i:]))
		switch {
		case pending >= 0 && utf16.IsSurrogate(r) && r >= 0xdc00:
			out = utf8.AppendRune(out, utf16.DecodeRune(pending, r))
			pending = -1
			continue
		case pending >= 0:
			out = utf8.AppendRune(out, utf8.RuneError)
			pending = -1
		}
		if utf16.IsSurrogate(r) && r < 0xdc00 {
			pending = r
			continue
		}
		out = utf8.AppendRune(out, r) // a lone low surrogate is written as U+FFFD
	}
	if pending >= 0 || len(body)%2 == 1 {
		out = utf8.AppendRune(out, utf8.RuneError)
	}
	return out, true
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
