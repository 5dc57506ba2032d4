//go:build linux

package cli

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/gittest"
)

// nobody is the unprivileged user the binary runs as when a test, run as
// root, needs permissions to apply.
const nobody = 65534

// runner is how a test runs keysieve: which binary, as which user.
type runner struct {
	bin string
	uid int // -1: as the test's own user
}

// self runs the binary TestMain built as the test's own user.
func self() runner { return runner{bin: binary, uid: -1} }

// run runs keysieve in dir with args, with env added to the test's
// environment.
func (u runner) run(t *testing.T, env []string, dir string, args ...string) runResult {
	t.Helper()
	cmd := exec.Command(u.bin, args...)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "NO_COLOR="), env...)
	if u.uid >= 0 {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: uint32(u.uid), Gid: uint32(u.uid)}}
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	code := 0
	if errors.As(err, &exit) {
		code = exit.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return runResult{code, stdout.String(), stderr.String()}
}

// openToAll sets the mode of dir and its parent (t.TempDir's two levels),
// so that an unprivileged user can reach it.
func openToAll(t *testing.T, dir string, mode os.FileMode) {
	t.Helper()
	for _, d := range []string{filepath.Dir(dir), dir} {
		if err := os.Chmod(d, mode); err != nil {
			t.Fatal(err)
		}
	}
}

// lockedTree returns a leaky tree, writable by all, holding a directory
// without read permission, and how to run keysieve so that the
// permission applies: as nobody when the test runs as root (root
// bypasses it); TestMain leaves the binary where nobody can reach it.
func lockedTree(t *testing.T, s secrets) (dir string, as runner) {
	t.Helper()
	dir = leakyTree(t, s)
	if err := os.Mkdir(filepath.Join(dir, "locked"), 0o000); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(filepath.Join(dir, "locked"), 0o755) })
	if os.Geteuid() != 0 {
		return dir, self()
	}
	openToAll(t, dir, 0o777)
	t.Logf("running as root: keysieve runs as uid %d so that the directory's permissions apply", nobody)
	return dir, runner{bin: binary, uid: nobody}
}

func TestHostileUnreadableDirectoryE2E(t *testing.T) {
	t.Parallel()
	dir, as := lockedTree(t, newSecrets(60))
	r := as.run(t, nil, dir, "scan", ".", "--format", "json")
	rep := parseReport(t, r.stdout)
	if r.code != 2 || len(rep.Findings) != 2 || len(rep.Errors) != 1 || rep.Errors[0].Path != "locked" ||
		!strings.Contains(rep.Errors[0].Error, "permission denied") {
		t.Errorf("exit %d, findings %d, errors %+v", r.code, len(rep.Findings), rep.Errors)
	}
	if !strings.Contains(r.stderr, "warning: cannot read locked: open: permission denied") {
		t.Errorf("no warning on stderr: %q", r.stderr)
	}
}

func TestHostileSpecialFilesE2E(t *testing.T) {
	dir := leakyTree(t, newSecrets(61))
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := keysieve(t, dir, "scan", ".", "--format", "json")
	rep := parseReport(t, r.stdout)
	if r.code != 1 || len(rep.Findings) != 2 || len(rep.Skipped) != 1 || rep.Skipped[0].Reason != "not a regular file" {
		t.Errorf("exit %d, findings %d, skipped %+v", r.code, len(rep.Findings), rep.Skipped)
	}
}

// hostileNames are file names an attacker may commit: a newline, invalid
// UTF-8, an OSC title sequence with BEL, a screen-clearing CSI, the C1
// CSI, and a right-to-left override.
var hostileNames = []string{
	"new\nline.env", "bad-\xff\xfe.env", "title-\x1b]0;pwned\x07.env", "clear-\x1b[2J\x1b[H.env",
	"c1-\u009b31m.env", "rlo-\u202egpj.env",
}

func TestHostileNamesAreEscapedInEveryOutput(t *testing.T) {
	s := newSecrets(62)
	files := map[string]string{}
	for _, name := range hostileNames {
		files[name] = "GITHUB_TOKEN=" + s.github + "\n"
	}
	dir := writeTree(t, files)
	// A root given with a control character reaches error messages too.
	for _, args := range [][]string{
		{"scan", "."}, {"scan", ".", "--verbose"}, {"scan", ".", "--format", "json"},
		{"scan", ".", "--format", "sarif"}, {"scan", ".", "-o", "report.txt", "--verbose"},
		{"scan", "missing-\x1b[2J-dir"},
	} {
		r := keysieve(t, dir, args...)
		for stream, out := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
			if i := strings.IndexFunc(out, isTerminalControl); i >= 0 {
				t.Errorf("%q: %s holds control character %q at %d:\n%q", args, stream, out[i:i+1], i, out)
			}
		}
	}
	rep := parseReport(t, keysieve(t, dir, "scan", ".", "--format", "json").stdout)
	if len(rep.Findings) != len(hostileNames) {
		t.Errorf("%d findings for %d hostile names", len(rep.Findings), len(hostileNames))
	}
	text := keysieve(t, dir, "scan", ".").stdout
	for _, want := range []string{`new\x0aline.env`, `title-\x1b]0;pwned\x07.env`, `c1-\x9b31m.env`, `rlo-\u202egpj.env`} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks the escaped name %s", want)
		}
	}
}

// isTerminalControl reports characters that must not reach a terminal raw:
// C0 controls but newline, DEL, C1 controls and bidirectional overrides.
func isTerminalControl(r rune) bool {
	return (r < 0x20 && r != '\n') || r == 0x7f || (r >= 0x80 && r < 0xa0) ||
		(r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069)
}

// hostileRepo is a repository with a secret committed in a file and
// another in a commit subject, a third staged, and a tree to scan with a
// fourth: every kind of finding keysieve reports.
func hostileRepo(t *testing.T) (repo *gittest.Repo, secrets []string) {
	t.Helper()
	r := gittest.New(t)
	committed, subject, staged := ghToken(63), ghToken(64), ghToken(65)
	r.Write("app.env", "GITHUB_TOKEN="+committed+"\n")
	r.Commit("leak " + subject)
	r.Write("later.env", "TOKEN="+staged+"\n")
	r.Git("add", "later.env")
	return r, []string{committed, subject, staged}
}

// outputModes are the flag sets every scanning command is run with.
var outputModes = [][]string{
	{}, {"--verbose"}, {"--quiet"}, {"--format", "json"}, {"--format", "sarif"},
	{"--format", "json", "--verbose"}, {"--format", "sarif", "--quiet"},
	{"--output", "report.out"}, {"--format", "json", "--output", "report.out", "--verbose"},
	{"--format", "sarif", "--output", "report.out"},
}

func TestHostileSecretsAreNeverPrintedWithoutShowSecrets(t *testing.T) {
	r, secrets := hostileRepo(t)
	commands := [][]string{{"scan", "."}, {"history"}, {"staged"}, {"staged", "later.env"}}
	for _, command := range commands {
		for _, mode := range outputModes {
			args := append(append([]string{}, command...), mode...)
			res := keysieve(t, r.Dir, args...)
			if res.code != 1 {
				t.Errorf("%q: exit %d, want 1\n%s", args, res.code, res.stderr)
			}
			out := res.stdout + res.stderr + readAndRemove(t, filepath.Join(r.Dir, "report.out"))
			for _, secret := range secrets {
				if strings.Contains(out, secret) {
					t.Errorf("%q prints a full secret without --show-secrets:\n%s", args, out)
				}
			}
		}
	}
	// Warnings: a tree with an unreadable directory.
	s := newSecrets(68)
	dir, as := lockedTree(t, s)
	for _, mode := range outputModes {
		args := append([]string{"scan", "."}, mode...)
		res := as.run(t, nil, dir, args...)
		out := res.stdout + res.stderr + readAndRemove(t, filepath.Join(dir, "report.out"))
		if res.code != 2 || (!slices.Contains(mode, "--quiet") && !strings.Contains(out, "cannot read locked")) {
			t.Errorf("%q: exit %d, no warning:\n%s", args, res.code, out)
		}
		if strings.Contains(out, s.github) || strings.Contains(out, s.aws) {
			t.Errorf("%q prints a full secret without --show-secrets:\n%s", args, out)
		}
	}
	// The check can fail: --show-secrets prints them.
	shown := keysieve(t, r.Dir, "history", "--format", "json", "--show-secrets").stdout
	for _, secret := range secrets[:2] {
		if !strings.Contains(shown, secret) {
			t.Errorf("--show-secrets does not print %s...", secret[:4])
		}
	}
}

// readAndRemove returns the file's content, or "" when it does not
// exist, and removes it.
func readAndRemove(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return ""
	}
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	return string(data)
}

func TestHostileReportFilesArePrivateAndNeverWrittenThroughSymlinks(t *testing.T) {
	r, _ := hostileRepo(t)
	for _, command := range [][]string{{"scan", "."}, {"history"}, {"staged"}} {
		out := filepath.Join(r.Dir, "report.json")
		// Created 0600; an existing report made readable by others is made private again.
		for _, existing := range []bool{false, true} {
			if existing {
				os.WriteFile(out, bytes.Repeat([]byte("an old, longer report\n"), 10000), 0o644) // must be emptied
			}
			res := keysieve(t, r.Dir, append(command, "--format", "json", "--output", out)...)
			info, err := os.Stat(out)
			if err != nil || res.code != 1 {
				t.Fatalf("%q: exit %d, %v\n%s", command, res.code, err, res.stderr)
			}
			if info.Mode().Perm() != 0o600 {
				t.Errorf("%q (existing file: %v): report mode %v, want 0600", command, existing, info.Mode().Perm())
			}
			data, _ := os.ReadFile(out)
			parseReport(t, string(data))
			os.Remove(out)
		}
		// Never through a symlink, to a file or to where a file would be made.
		victim := filepath.Join(t.TempDir(), "victim")
		os.WriteFile(victim, []byte("keep me"), 0o644)
		for _, target := range []string{victim, filepath.Join(filepath.Dir(victim), "new")} {
			os.Remove(out)
			if err := os.Symlink(target, out); err != nil {
				t.Fatal(err)
			}
			res := keysieve(t, r.Dir, append(command, "--format", "json", "--output", out)...)
			if res.code != 2 || !strings.Contains(res.stderr, "symlink") {
				t.Errorf("%q through a symlink to %s: exit %d, stderr %q", command, filepath.Base(target), res.code, res.stderr)
			}
		}
		os.Remove(out)
		if data, _ := os.ReadFile(victim); string(data) != "keep me" {
			t.Errorf("%q wrote through the symlink", command)
		}
		if _, err := os.Lstat(filepath.Join(filepath.Dir(victim), "new")); err == nil {
			t.Errorf("%q created a file through a dangling symlink", command)
		}
	}
}

func TestHostileEnvironmentIsNeverPrinted(t *testing.T) {
	t.Parallel()
	r, _ := hostileRepo(t)
	secret := ghToken(66)
	env := []string{"GITHUB_TOKEN=" + secret, "KEYSIEVE_TEST_SECRET=" + secret, "AWS_SECRET_ACCESS_KEY=" + secret}
	// Something in the environment is printed in some form by each of
	// these if keysieve ever dumped it: good runs, failures, usage.
	for _, args := range [][]string{
		{"scan", ".", "--verbose"}, {"scan", ".", "--format", "json", "--show-secrets"}, {"history", "--verbose"},
		{"history", "--format", "sarif"}, {"staged", "--verbose"}, {"scan", "no-such-dir"}, {"history", "--range", "x..y"},
		{"scan", "--no-such-flag"}, {"scan", "--help"}, {"rules", "list"}, {"version"}, {"frobnicate"},
	} {
		res := self().run(t, env, r.Dir, args...)
		if strings.Contains(res.stdout+res.stderr, secret) {
			t.Errorf("%q prints an environment variable's value", args)
		}
	}
	// The check can fail: the secret is printed when it is in a scanned file.
	r.Write("env.txt", "GITHUB_TOKEN="+secret+"\n")
	if res := self().run(t, env, r.Dir, "scan", "env.txt", "--show-secrets"); !strings.Contains(res.stdout, secret) {
		t.Error("control run does not print the secret")
	}
}

// TestHostileNoNetwork runs scan, history and staged in two ways that
// fail the test if a connection is made. 1: HTTP_PROXY, HTTPS_PROXY,
// ALL_PROXY (and lower case) point at a local listener that counts every
// connection; any HTTP client that honours the proxy variables reaches
// it. 2: when strace is installed, every socket(2) and connect(2) of the
// process and its children is traced, and an AF_INET or AF_INET6 socket
// fails the test, whatever library made it. A control run of bash's
// /dev/tcp against the listener shows both detectors firing.
func TestHostileNoNetwork(t *testing.T) {
	t.Parallel()
	r, _ := hostileRepo(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var dials atomic.Int64
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			dials.Add(1)
			c.Close()
		}
	}()
	proxy := "http://" + ln.Addr().String()
	env := []string{"HTTP_PROXY=" + proxy, "HTTPS_PROXY=" + proxy, "ALL_PROXY=" + proxy,
		"http_proxy=" + proxy, "https_proxy=" + proxy, "all_proxy=" + proxy, "NO_PROXY=", "no_proxy="}
	strace, _ := exec.LookPath("strace")
	if strace == "" {
		t.Log("strace not installed: only the proxy listener watches for connections")
	}
	commands := [][]string{{"scan", "."}, {"history"}, {"staged"}, {"history", "--format", "sarif"}}
	for _, args := range commands {
		if res := self().run(t, env, r.Dir, args...); res.code != 1 {
			t.Errorf("%q: exit %d\n%s", args, res.code, res.stderr)
		}
		if strace != "" {
			if calls := inetCalls(t, strace, env, r.Dir, append([]string{binary}, args...)); len(calls) > 0 {
				t.Errorf("%q opens network sockets:\n%s", args, strings.Join(calls, "\n"))
			}
		}
	}
	if n := dials.Load(); n != 0 {
		t.Errorf("%d connection(s) to the proxy listener", n)
	}
	// Control: a real connection trips both detectors.
	if bash, err := exec.LookPath("bash"); err == nil {
		control := []string{bash, "-c", "exec 3<>/dev/tcp/" + strings.Replace(ln.Addr().String(), ":", "/", 1)}
		if strace != "" && len(inetCalls(t, strace, env, r.Dir, control)) == 0 {
			t.Error("control: strace did not see bash connect")
		}
		// The listener counts the connection in its own goroutine: give it time.
		for deadline := time.Now().Add(10 * time.Second); dials.Load() == 0 && time.Now().Before(deadline); {
			time.Sleep(10 * time.Millisecond)
		}
		if dials.Load() == 0 {
			t.Error("control: the listener did not see bash connect")
		}
	}
}

// inetCalls runs command under strace and returns its socket(2) and
// connect(2) calls on IPv4 or IPv6.
func inetCalls(t *testing.T, strace string, env []string, dir string, command []string) []string {
	t.Helper()
	log := filepath.Join(t.TempDir(), "strace.log")
	cmd := exec.Command(strace, append([]string{"-f", "-qq", "-e", "trace=socket,connect", "-e", "signal=none", "-o", log}, command...)...)
	cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
	cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
	if err := cmd.Run(); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("strace: %v", err)
		}
	}
	f, err := os.Open(log)
	if err != nil {
		t.Fatalf("strace wrote no log: %v", err)
	}
	defer f.Close()
	var calls []string
	lines := bufio.NewScanner(f)
	for lines.Scan() {
		if l := lines.Text(); strings.Contains(l, "AF_INET") {
			calls = append(calls, l)
		}
	}
	return calls
}

func TestHostileFindingsCapFlag(t *testing.T) {
	s := newSecrets(67)
	dir := writeTree(t, map[string]string{
		"many.env": strings.Repeat("GITHUB_TOKEN="+s.github+"\n", 1000),
	})
	for _, c := range []struct {
		flag     string
		findings int
		stopped  bool
	}{{"100", 100, true}, {"7", 7, true}, {"0", 1000, false}, {"1000", 1000, false}} {
		res := keysieve(t, dir, "scan", ".", "--format", "json", "--max-findings-per-file", c.flag)
		rep := parseReport(t, res.stdout)
		stopped := len(rep.Skipped) == 1 && strings.Contains(rep.Skipped[0].Reason, "stopped after "+c.flag+" findings")
		if res.code != 1 || len(rep.Findings) != c.findings || stopped != c.stopped {
			t.Errorf("--max-findings-per-file %s: exit %d, %d findings, skipped %+v", c.flag, res.code, len(rep.Findings), rep.Skipped)
		}
	}
	if res := keysieve(t, dir, "scan", ".", "--max-findings-per-file", "-1"); res.code != 2 {
		t.Errorf("negative cap: exit %d", res.code)
	}
	// history and staged honour it too.
	r := gittest.New(t)
	var distinct strings.Builder // history reports each secret of a file once
	for i := range 30 {
		distinct.WriteString("GITHUB_TOKEN=" + ghToken(uint64(200+i)) + "\n")
	}
	r.Write("many.env", distinct.String())
	r.Git("add", "many.env")
	for _, command := range []string{"staged", "history"} {
		if command == "history" {
			r.Commit("many")
		}
		rep := parseReport(t, keysieve(t, r.Dir, command, "--format", "json", "--max-findings-per-file", "4").stdout)
		if len(rep.Findings) != 4 || len(rep.Skipped) != 1 {
			t.Errorf("%s: %d findings, skipped %+v", command, len(rep.Findings), rep.Skipped)
		}
	}
}
