package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/sarifcheck"
)

// passwordLines is n lines of `password = "<random>"`: every line a
// generic finding, so that matching them takes seconds.
func passwordLines(seed uint64, n int) string {
	g := fake.New(seed)
	var b strings.Builder
	for range n {
		b.WriteString("password = \"" + g.Alnum(20) + "\"\n")
	}
	return b.String()
}

// keywordLines is n lines of `password = "<random>"` with four-letter
// values: every line a keyword hit whose value is too short to report, so
// matching takes seconds while the findings (and the report) stay empty;
// the per-file cap cannot end the scan early.
func keywordLines(seed uint64, n int) string {
	g := fake.New(seed)
	var b strings.Builder
	for range n {
		b.WriteString("password = \"" + g.String(fake.Lower+fake.Upper, 4) + "\"\n")
	}
	return b.String()
}

// startKeysieve starts the built binary with args, its stdout and stderr
// captured.
func startKeysieve(t *testing.T, args ...string) (*exec.Cmd, *bytes.Buffer, *bytes.Buffer) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, &stdout, &stderr
}

// signalAndWait sends sig to cmd after delay and returns its exit code
// and how long it took to end after the signal; it fails the test when
// the process had already ended.
func signalAndWait(t *testing.T, cmd *exec.Cmd, sig syscall.Signal, delay time.Duration) (int, time.Duration) {
	t.Helper()
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	select {
	case err := <-exited:
		t.Fatalf("keysieve ended before the signal: %v", err)
	case <-time.After(delay):
	}
	sent := time.Now()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	select {
	case err := <-exited:
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			t.Fatalf("keysieve: %v", err)
		}
		return exit.ExitCode(), time.Since(sent)
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("keysieve still running 10 s after %v", sig)
	}
	return 0, 0
}

// signalBound is how soon after a signal keysieve must have ended.
const signalBound = time.Second

// endsInTime runs attempt, which signals a keysieve run and returns its
// exit code, how long it took to end after the signal and its stderr,
// and fails t unless the code is want and the time within signalBound.
// A run with the right code that ends late is tried again, up to three
// times in all: a loaded machine can hold a process past its grace
// period once, while a run that does not end in time is late every time.
func endsInTime(t *testing.T, want int, attempt func() (int, time.Duration, string)) {
	t.Helper()
	var took time.Duration
	for try := 1; try <= 3; try++ {
		code, d, stderr := attempt()
		if code != want {
			t.Errorf("exit %d after %v, want %d\n%s", code, d, want, stderr)
			return
		}
		if took = d; took <= signalBound {
			return
		}
		t.Logf("try %d ended %v after the signal, over %v: trying again", try, took, signalBound)
	}
	t.Errorf("ended %v after the signal three times in a row, want within %v", took, signalBound)
}

// partialReport is the part of a JSON report these tests read.
type partialReport struct {
	Findings    []json.RawMessage `json:"findings"`
	Interrupted bool              `json:"interrupted"`
}

// TestSignalDuringLargeFile: SIGTERM or SIGINT while a large file (or a
// large blob, in history) is being matched ends keysieve within 1 s, with
// exit 143 or 130 and a JSON report marked interrupted (issue #9, case 6).
// A signal that lands while the ruleset still compiles (a loaded machine)
// ends the run within 1 s too, but with no report: then the test tries
// again, later.
func TestSignalDuringLargeFile(t *testing.T) {
	t.Parallel()
	big := keywordLines(61, 600_000)
	dir := writeTree(t, map[string]string{"big.env": big})
	r := newE2ERepo(t)
	r.Write("big.env", big)
	r.Commit("add a large file")
	for _, tc := range []struct {
		name string
		args []string
		sig  syscall.Signal
		code int
	}{
		{"scan SIGTERM", []string{"scan", dir}, syscall.SIGTERM, 143},
		{"scan SIGINT", []string{"scan", dir}, syscall.SIGINT, 130},
		{"history SIGTERM", []string{"history", r.Dir}, syscall.SIGTERM, 143},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			args := append([]string{tc.args[0], "-j1", "--max-file-size", "100MiB", "-f", "json"}, tc.args[1:]...)
			// keysieve starts and compiles its rules in about 0.05 s: most
			// runs are matching after a quarter of a second, and burn no
			// CPU longer than that; a loaded machine gets longer tries.
			late := 0
			for _, delay := range []time.Duration{250 * time.Millisecond, 1 * time.Second, 3 * time.Second, 6 * time.Second} {
				cmd, stdout, stderr := startKeysieve(t, args...)
				code, took := signalAndWait(t, cmd, tc.sig, delay)
				if code != tc.code {
					t.Fatalf("exit %d after %v, want %d\n%s", code, took, tc.code, stderr)
				}
				if took > signalBound { // see endsInTime
					late++
					t.Logf("ended %v after the signal, over %v: trying again", took, signalBound)
					continue
				}
				if stdout.Len() == 0 && strings.Contains(stderr.String(), "without finishing") {
					continue // signalled before the scan began
				}
				var rep partialReport
				if err := json.Unmarshal(stdout.Bytes(), &rep); err != nil || !rep.Interrupted {
					t.Errorf("report not marked interrupted (%v):\n%.500s\nstderr: %s", err, stdout, stderr)
				}
				if !strings.Contains(stderr.String(), "interrupted") {
					t.Errorf("stderr does not say the run was interrupted: %q", stderr)
				}
				return
			}
			t.Errorf("no run ended within %v of a signal during the scan (%d ended late, the others were signalled before it began)", signalBound, late)
		})
	}
}

// TestSignalWithOutputFIFO: SIGTERM ends keysieve within 1 s when -o names
// a FIFO that nobody opens, or that a reader opens and never reads
// (issue #9, case 6).
func TestSignalWithOutputFIFO(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	for i := range 12 {
		files[filepath.Join("d", string(rune('a'+i))+".env")] = passwordLines(uint64(80+i), 100)
	}
	dir := writeTree(t, files)
	t.Run("no reader", func(t *testing.T) {
		t.Parallel()
		fifo := filepath.Join(t.TempDir(), "report.fifo")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		endsInTime(t, 143, func() (int, time.Duration, string) {
			cmd, _, stderr := startKeysieve(t, "scan", "-f", "json", "-o", fifo, dir)
			code, took := signalAndWait(t, cmd, syscall.SIGTERM, 1500*time.Millisecond)
			return code, took, stderr.String()
		})
	})
	t.Run("reader not reading", func(t *testing.T) {
		t.Parallel()
		fifo := filepath.Join(t.TempDir(), "report.fifo")
		if err := syscall.Mkfifo(fifo, 0o600); err != nil {
			t.Skipf("mkfifo: %v", err)
		}
		reader, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
		if err != nil {
			t.Fatal(err)
		}
		defer reader.Close()
		endsInTime(t, 143, func() (int, time.Duration, string) {
			cmd, _, stderr := startKeysieve(t, "scan", "-f", "json", "--max-findings-per-file", "0", "-o", fifo, dir)
			code, took := signalAndWait(t, cmd, syscall.SIGTERM, 2500*time.Millisecond)
			return code, took, stderr.String()
		})
	})
}

// TestSignalWithStdoutNotRead: SIGTERM ends keysieve within 1 s when its
// report goes to a stdout pipe whose reader never reads (issue #9, case 6).
func TestSignalWithStdoutNotRead(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	for i := range 12 {
		files[filepath.Join("d", string(rune('a'+i))+".env")] = passwordLines(uint64(120+i), 100)
	}
	dir := writeTree(t, files)
	endsInTime(t, 143, func() (int, time.Duration, string) {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		defer r.Close()
		cmd := exec.Command(binary, "scan", "-f", "json", "--max-findings-per-file", "0", dir)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = w, &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		code, took := signalAndWait(t, cmd, syscall.SIGTERM, 2500*time.Millisecond)
		return code, took, stderr.String()
	})
}

// TestCancelledRunReport: a run whose context has ended writes a report
// marked partial (JSON interrupted, SARIF executionSuccessful false with
// a notification) and exits 130, for scan and history (issue #9, case 6).
func TestCancelledRunReport(t *testing.T) {
	t.Parallel()
	dir := writeTree(t, map[string]string{"a.env": "token=" + ghToken(62) + "\n"})
	r := newE2ERepo(t)
	r.Write("a.env", "token="+ghToken(63)+"\n")
	r.Commit("add")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{{"scan", dir}, {"history", r.Dir}} {
		for _, format := range []string{"json", "sarif"} {
			var stdout, stderr bytes.Buffer
			code := testApp.Run(ctx, append([]string{args[0], "-f", format}, args[1:]...), &stdout, &stderr)
			if code != exitInterrupted {
				t.Errorf("%v %s: exit %d, want %d\n%s", args, format, code, exitInterrupted, stderr.String())
			}
			out := stdout.String()
			switch format {
			case "json":
				if !strings.Contains(out, `"interrupted": true`) {
					t.Errorf("%v: JSON not marked interrupted:\n%s", args, out)
				}
			case "sarif":
				if !strings.Contains(out, `"executionSuccessful": false`) || !strings.Contains(out, "interrupted") {
					t.Errorf("%v: SARIF not marked interrupted:\n%s", args, out)
				}
				sarifcheck.Validate(t, repoRoot, stdout.Bytes())
			}
		}
	}
	if res := run(t, "scan", "-f", "json", dir); strings.Contains(res.stdout, "interrupted") {
		t.Errorf("a complete report says interrupted:\n%s", res.stdout)
	}
}
