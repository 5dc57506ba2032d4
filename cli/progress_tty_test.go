//go:build linux

package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal pair: the terminal side, which a
// program writes to as its stderr, and the controller side, which reads
// what it wrote.
func openPTY(t *testing.T) (term, ctl *os.File) {
	t.Helper()
	ctl, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	var unlock int32
	var n uint32
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ctl.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Fatalf("unlockpt: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ctl.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Fatalf("ptsname: %v", e)
	}
	term, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Fatalf("open terminal side: %v", err)
	}
	return term, ctl
}

// runOnTerminal runs keysieve in-process with stderr on a terminal and
// returns the exit code, stdout, and what reached the terminal.
func runOnTerminal(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	term, ctl := openPTY(t)
	defer ctl.Close()
	got := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(ctl) // ends with EIO once the terminal side is closed
		got <- b
	}()
	var stdout bytes.Buffer
	code := testApp.Run(t.Context(), args, &stdout, term)
	term.Close()
	return code, stdout.String(), string(<-got)
}

// TestProgressOnTerminal (issue #13, part 6): with stderr on a terminal,
// progress is shown without --progress, as a status line redrawn in
// place (repositories done of the total, findings, ETA) and cleared at
// the end; stdout stays the JSON report; --quiet shows none.
func TestProgressOnTerminal(t *testing.T) {
	t.Parallel()
	fl := newFleet(t, t.TempDir(), 4, nil)
	code, stdout, screen := runOnTerminal(t, append([]string{"history", "-f", "json"}, fl.names...)...)
	if code != 1 || !json.Valid([]byte(stdout)) {
		t.Fatalf("exit %d, stdout not one JSON report:\n%s", code, stdout)
	}
	for _, want := range []string{"\r\x1b[Kkeysieve: ", "/4 repositories", "finding(s)", "ETA"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the terminal lacks %q: %q", want, screen)
		}
	}
	if !strings.HasSuffix(screen, "\r\x1b[K") || strings.Contains(screen, "keysieve: progress: ") {
		t.Errorf("the status line is not cleared at the end, or log lines reached the terminal: %q", screen)
	}
	if _, _, quiet := runOnTerminal(t, append([]string{"history", "-f", "json", "--quiet"}, fl.names...)...); strings.Contains(quiet, "repositories") {
		t.Errorf("--quiet shows progress: %q", quiet)
	}
}
