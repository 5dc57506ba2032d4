//go:build linux

package scan

import (
	"context"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/keysieve/keysieve/content"
	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// hostileRules is one rule, demo_ followed by 20 lowercase letters or
// digits, so that tests control exactly what is a secret.
const hostileRules = `
[[rules]]
id = "demo-token"
description = "Demo token"
category = "saas"
keywords = ["demo_"]
regex = 'demo_([a-z0-9]{20})'
`

// hostileScanner returns a Scanner for hostileRules with opts.
func hostileScanner(t testing.TB, opts Options) *Scanner {
	t.Helper()
	cfg, err := rules.Parse("demo.toml", []byte(hostileRules))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return New(rs, opts)
}

// hostileSecret is a fresh demo-token secret (the part after demo_).
func hostileSecret(g *fake.Gen) string { return g.String(fake.Lower+fake.Digits, 20) }

// hostilePut writes content at dir/name, creating directories.
func hostilePut(t testing.TB, dir, name, content string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// hostileTree scans roots, failing t if the scan errs or has not returned
// after a minute: a hang (a FIFO opened for reading) must fail, not block
// the whole test binary.
func hostileTree(t *testing.T, s *Scanner, roots ...string) *findings.Result {
	t.Helper()
	type outcome struct {
		res *findings.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := s.Tree(context.Background(), roots...)
		done <- outcome{res, err}
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatal(o.err)
		}
		return o.res
	case <-time.After(time.Minute):
		t.Fatal("scan hung (a special file was opened for reading?)")
		return nil
	}
}

// hostileReasons maps each skipped path to its reason.
func hostileReasons(res *findings.Result) map[string]string {
	m := map[string]string{}
	for _, s := range res.Skipped {
		m[s.Path] = s.Reason
	}
	return m
}

// hostileSpecialFiles creates a FIFO, a unix socket and, where permitted, a
// character device (the one /dev/zero is, which never ends if read) in
// dir, returning their names.
func hostileSpecialFiles(t *testing.T, dir string) []string {
	t.Helper()
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("unix", filepath.Join(dir, "sock"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	names := []string{"fifo", "sock"}
	const devZero = 1<<8 | 5 // major 1, minor 5
	if err := syscall.Mknod(filepath.Join(dir, "zero"), syscall.S_IFCHR|0o644, devZero); err != nil {
		t.Logf("no device node case: mknod needs root (%v)", err)
	} else {
		names = append(names, "zero")
	}
	return names
}

func TestHostileSpecialFilesAreSkippedNotOpened(t *testing.T) {
	t.Parallel()
	g := fake.New(50)
	dir := t.TempDir()
	hostilePut(t, dir, "real.txt", "demo_"+hostileSecret(g)+"\n")
	specials := hostileSpecialFiles(t, dir)
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	why := hostileReasons(res)
	for _, name := range specials {
		if why[name] != "not a regular file" {
			t.Errorf("%s: skipped as %q, want %q", name, why[name], "not a regular file")
		}
	}
	if len(res.Findings) != 1 || len(res.Errors) != 0 {
		t.Errorf("findings %+v, errors %+v", res.Findings, res.Errors)
	}
}

// A special file that replaces a regular file after the walk saw it is
// opened without blocking and never read.
func TestHostileReadFileOnSpecialFileDoesNotBlock(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	s := hostileScanner(t, Options{})
	for _, name := range hostileSpecialFiles(t, dir) {
		done := make(chan error, 1)
		var got fileText
		go func() {
			var err error
			got, err = s.readFile(t.Context(), filepath.Join(dir, name))
			done <- err
		}()
		select {
		case err := <-done:
			if name == "sock" && err != nil { // a socket cannot be opened at all
				continue
			}
			if err != nil || got.reason() != "not a regular file" || got.data != nil {
				t.Errorf("%s: readFile = %+v, %v", name, got, err)
			}
		case <-time.After(time.Minute):
			t.Fatalf("%s: readFile blocked", name)
		}
	}
}

func TestHostileSymlinksAreNotFollowed(t *testing.T) {
	t.Parallel()
	g := fake.New(51)
	outside := hostilePut(t, t.TempDir(), "outside.txt", "demo_"+hostileSecret(g)+"\n")
	dir := t.TempDir()
	hostilePut(t, dir, "sub/in.txt", "nothing\n")
	links := map[string]string{
		"loop-a":      "loop-b", // a -> b -> a
		"loop-b":      "loop-a",
		"sub/self":    ".", // a directory loop
		"escape.txt":  outside,
		"escape-dir":  filepath.Dir(outside),
		"sub/dotdot":  "../../..",
		"dangling":    "no-such-file",
		"sub/abs-etc": "/etc",
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	if len(res.Findings) != 0 || len(res.Errors) != 0 {
		t.Errorf("followed a symlink: findings %+v, errors %+v", res.Findings, res.Errors)
	}
	why := hostileReasons(res)
	for name := range links {
		if why[name] != "symlink (not followed)" {
			t.Errorf("%s: skipped as %q", name, why[name])
		}
	}

	// A directory replaced by a symlink to one outside after its parent
	// was listed: not walked.
	var res2 findings.Result
	w := walker{s: hostileScanner(t, Options{}), ctx: context.Background(), res: &res2, display: filepath.Base}
	subdirs, err := w.entries(filepath.Join(dir, "escape-dir"), nil)
	if err != nil || subdirs != nil || len(res2.Skipped) != 1 || res2.Skipped[0].Reason != "replaced during the scan (not followed)" {
		t.Errorf("entries of a directory swapped for a symlink: %v, %v, %+v", subdirs, err, res2)
	}

	// A regular file replaced by a symlink after the walk saw it.
	raced := filepath.Join(dir, "raced.txt")
	if err := os.Symlink(outside, raced); err != nil {
		t.Fatal(err)
	}
	got, err := hostileScanner(t, Options{}).readFile(t.Context(), raced)
	if err != nil || got.data != nil || !strings.Contains(got.reason(), "replaced during the scan") {
		t.Errorf("readFile through a symlink = %+v, %v", got, err)
	}
}

// A file the walk listed that is gone when a worker reads it is skipped,
// and the scan goes on.
func TestHostileVanishedFileIsSkipped(t *testing.T) {
	t.Parallel()
	s := hostileScanner(t, Options{})
	dir := t.TempDir()
	var res findings.Result
	s.scanFile(t.Context(), s.rules.NewMatcher(), fileJob{path: filepath.Join(dir, "gone.txt"), display: "gone.txt"}, &res)
	if len(res.Skipped) != 1 || res.Skipped[0].Reason != "vanished before it was read" || len(res.Errors) != 0 {
		t.Errorf("vanished file: %+v", res)
	}
}

// hostileEndless yields byte b forever, like a file that keeps growing.
type hostileEndless byte

func (e hostileEndless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}

func TestHostileGrowingFileIsReadUpToTheLimit(t *testing.T) {
	t.Parallel()
	g := fake.New(52)
	s := hostileScanner(t, Options{MaxFileSize: 1 << 16})
	line := "demo_" + hostileSecret(g) + "\n"
	// Opened at 10 bytes, it has grown past the limit by the time it is read.
	grown := io.MultiReader(strings.NewReader(line), hostileEndless('x'))
	got, err := content.Read(grown, 10, s.opts.MaxFileSize)
	if err != nil {
		t.Fatal(err)
	}
	note := findings.Grew("grown", s.opts.MaxFileSize).Reason
	if len(got.Data) != 1<<16 || !got.Grew || !strings.Contains(note, "grew past --max-file-size") || got.Skip != "" {
		t.Fatalf("read %d bytes, grew %v, skip %q", len(got.Data), got.Grew, got.Skip)
	}
	if found, _ := s.findings(s.rules.NewMatcher(), Chunk{Path: "grown", Data: got.Data}); len(found) != 1 {
		t.Errorf("findings in the part read = %+v", found)
	}
	// Grown, but within the limit: all of it is read and nothing noted.
	got, err = content.Read(strings.NewReader(line+line), int64(len(line)), s.opts.MaxFileSize)
	if err != nil || string(got.Data) != line+line || got.Grew {
		t.Errorf("content.Read = %+v, %v", got, err)
	}
}

// reason is the reason f is skipped, or "".
func (f fileText) reason() string {
	if f.skip == nil {
		return ""
	}
	return f.skip.Reason
}

func TestHostileFileNamesAreReportedAsTheyAre(t *testing.T) {
	t.Parallel()
	g := fake.New(53)
	dir := t.TempDir()
	names := []string{"new\nline.txt", "bad-\xff\xfe-utf8.txt", "esc-\x1b]0;pwned\x07-\x1b[2J.txt", "csi-\u009b31m.txt"}
	for _, name := range names {
		hostilePut(t, dir, name, "demo_"+hostileSecret(g)+"\n")
	}
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	got := map[string]bool{}
	for _, f := range res.Findings {
		got[f.File] = true
	}
	for _, name := range names {
		if !got[name] {
			t.Errorf("no finding reported under %q; got %v", name, got)
		}
	}
}

// hostileEmptyFiles is how many empty files the unit test walks; the
// 200,000 (and 1,000,000) file runs are bench/memory.sh's.
const hostileEmptyFiles = 5000

func TestHostileManyEmptyFiles(t *testing.T) {
	t.Parallel()
	g := fake.New(54)
	dir := t.TempDir()
	for i := range hostileEmptyFiles {
		f, err := os.Create(filepath.Join(dir, fmt.Sprintf("e%06d", i)))
		if err != nil {
			t.Fatal(err)
		}
		f.Close()
	}
	hostilePut(t, dir, "last.txt", "demo_"+hostileSecret(g)+"\n")
	res := hostileTree(t, hostileScanner(t, Options{Threads: 2}), dir)
	if len(res.Findings) != 1 || len(res.Skipped) != 0 || len(res.Errors) != 0 {
		t.Errorf("findings %d, skipped %d, errors %d", len(res.Findings), len(res.Skipped), len(res.Errors))
	}
}

func TestHostileSparseHugeFileIsSkippedWithoutReading(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	f, err := os.Create(filepath.Join(dir, "sparse.bin"))
	if err != nil {
		t.Fatal(err)
	}
	// 2 GiB of holes: reading it would take seconds and 2 GiB of memory.
	if err := f.Truncate(2 << 30); err != nil {
		t.Fatal(err)
	}
	f.Close()
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	want := fmt.Sprintf("larger than --max-file-size (%d bytes)", int64(2<<30))
	if why := hostileReasons(res)["sparse.bin"]; why != want {
		t.Errorf("sparse file skipped as %q, want %q", why, want)
	}
}

func TestHostileHugeLineAndManyLines(t *testing.T) {
	t.Parallel()
	g := fake.New(55)
	dir := t.TempDir()
	secret := hostileSecret(g)
	// 10 MB without a newline, the secret at its end.
	long := strings.Repeat("a", 10<<20) + " demo_" + secret
	hostilePut(t, dir, "long.txt", long)
	// A million short lines, the secret on the last.
	hostilePut(t, dir, "lines.txt", strings.Repeat("x\n", 1_000_000)+"demo_"+secret+"\n")
	res := hostileTree(t, hostileScanner(t, Options{MaxFileSize: 16 << 20}), dir)
	if len(res.Findings) != 2 {
		t.Fatalf("findings = %+v, skipped %+v", res.Findings, res.Skipped)
	}
	lines, longF := res.Findings[0], res.Findings[1]
	if lines.File != "lines.txt" || lines.Line != 1_000_001 || lines.Column != 6 {
		t.Errorf("finding after a million lines = %+v", lines)
	}
	if longF.File != "long.txt" || longF.Line != 1 || longF.Column != 10<<20+7 || longF.Secret != secret {
		t.Errorf("finding at the end of a 10 MB line = %d:%d %s", longF.Line, longF.Column, longF.File)
	}
}

// hostileUTF16 encodes s as UTF-16 in order, with a byte order mark.
func hostileUTF16(s string, order binary.AppendByteOrder) []byte {
	out := order.AppendUint16(nil, 0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		out = order.AppendUint16(out, u)
	}
	return out
}

func TestHostileUTF16WithBOMIsDecodedAndScanned(t *testing.T) {
	t.Parallel()
	g := fake.New(56)
	dir := t.TempDir()
	secret := hostileSecret(g)
	// Line 2; before the secret, "ключ 🔑 = demo_" is 14 code points (the
	// emoji is a surrogate pair in UTF-16), so the secret starts at column 15.
	text := "first line\r\nключ 🔑 = demo_" + secret + "\r\n"
	for name, order := range map[string]binary.AppendByteOrder{"le.txt": binary.LittleEndian, "be.txt": binary.BigEndian} {
		if err := os.WriteFile(filepath.Join(dir, name), hostileUTF16(text, order), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// Without a BOM, UTF-16 is binary (NUL bytes) and skipped as before.
	if err := os.WriteFile(filepath.Join(dir, "nobom.txt"), hostileUTF16(text, binary.LittleEndian)[2:], 0o644); err != nil {
		t.Fatal(err)
	}
	// A BOM without a NUL byte is not UTF-16 of ASCII: scanned as bytes.
	hostilePut(t, dir, "latin1.txt", "\xff\xfe = demo_"+secret+"\n")
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	if len(res.Findings) != 3 {
		t.Fatalf("findings = %+v, skipped %+v", res.Findings, res.Skipped)
	}
	if f := res.Findings[1]; f.File != "latin1.txt" || f.Line != 1 || f.Column != 11 {
		t.Errorf("BOM-like bytes without NUL: %+v", f)
	}
	for _, f := range []findings.Finding{res.Findings[0], res.Findings[2]} {
		if f.Line != 2 || f.Column != 15 || f.EndColumn != 35 || f.Secret != secret {
			t.Errorf("%s: %d:%d-%d secret %q", f.File, f.Line, f.Column, f.EndColumn, f.Secret)
		}
	}
	if why := hostileReasons(res)["nobom.txt"]; why != "binary" {
		t.Errorf("UTF-16 without BOM skipped as %q", why)
	}
}

// hostileMatches is a file of n lines, each holding the same demo token.
func hostileMatches(g *fake.Gen, n int) []byte {
	return []byte(strings.Repeat("k = demo_"+hostileSecret(g)+"\n", n))
}

func TestHostileFindingsPerFileAreCapped(t *testing.T) {
	t.Parallel()
	g := fake.New(57)
	dir := t.TempDir()
	hostilePut(t, dir, "generated.txt", string(hostileMatches(g, 100_000)))
	hostilePut(t, dir, "few.txt", string(hostileMatches(g, 3)))
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	counts := map[string]int{}
	for _, f := range res.Findings {
		counts[f.File]++
	}
	if counts["generated.txt"] != DefaultMaxFindingsPerFile || counts["few.txt"] != 3 {
		t.Errorf("findings per file = %v", counts)
	}
	last := res.Findings[len(res.Findings)-1]
	if last.File != "generated.txt" || last.Line != DefaultMaxFindingsPerFile {
		t.Errorf("the first findings are not the ones kept: last is %s:%d", last.File, last.Line)
	}
	why := hostileReasons(res)
	if !strings.Contains(why["generated.txt"], "stopped after 100 findings") || why["few.txt"] != "" {
		t.Errorf("skipped = %+v", res.Skipped)
	}

	res = hostileTree(t, hostileScanner(t, Options{MaxFindingsPerFile: -1}), filepath.Join(dir, "generated.txt"))
	if len(res.Findings) != 100_000 || len(res.Skipped) != 0 {
		t.Errorf("uncapped: %d findings, skipped %+v", len(res.Findings), res.Skipped)
	}
}

func TestHostileLimitFindingsPerFile(t *testing.T) {
	t.Parallel()
	res := &findings.Result{}
	for _, file := range []string{"a", "b", "c"} {
		n := map[string]int{"a": 5, "b": 2, "c": 3}[file]
		for line := range n {
			res.Findings = append(res.Findings, findings.Finding{File: file, Line: line + 1})
		}
	}
	LimitFindingsPerFile(res, 3)
	var got []string
	for _, f := range res.Findings {
		got = append(got, fmt.Sprintf("%s%d", f.File, f.Line))
	}
	if strings.Join(got, " ") != "a1 a2 a3 b1 b2 c1 c2 c3" {
		t.Errorf("kept %v", got)
	}
	if len(res.Skipped) != 1 || res.Skipped[0].Path != "a" || !strings.Contains(res.Skipped[0].Reason, "stopped after 3 findings") {
		t.Errorf("skipped = %+v", res.Skipped)
	}
	LimitFindingsPerFile(res, 0)
	if len(res.Findings) != 8 {
		t.Error("a limit of 0 dropped findings")
	}
}

func TestHostileUnreadableDirectory(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("root reads directories without read permission; main_hostile_test.go's TestHostileUnreadableDirectoryE2E runs the binary as an unprivileged user instead")
	}
	g := fake.New(58)
	dir := t.TempDir()
	hostilePut(t, dir, "good.txt", "demo_"+hostileSecret(g)+"\n")
	locked := filepath.Join(dir, "locked")
	if err := os.Mkdir(locked, 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) })
	res := hostileTree(t, hostileScanner(t, Options{}), dir)
	if len(res.Errors) != 1 || res.Errors[0].Path != "locked" || len(res.Findings) != 1 {
		t.Errorf("errors %+v, findings %d", res.Errors, len(res.Findings))
	}
}

// BenchmarkHostileManyMatches scans one file of n matching lines with no
// cap: time per op should grow tenfold from 10k to 100k, not a
// hundredfold (nothing is quadratic in the matches of a file).
func BenchmarkHostileManyMatches(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := hostileScanner(b, Options{MaxFindingsPerFile: -1})
			data := hostileMatches(fake.New(59), n)
			m := s.rules.NewMatcher()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if found, _ := s.findings(m, Chunk{Path: "f", Data: data}); len(found) != n {
					b.Fatalf("%d findings", len(found))
				}
			}
		})
	}
}
