//go:build linux

package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// sarifRunStatus is the part of a SARIF log that says whether the run was
// complete.
type sarifRunStatus struct {
	Runs []struct {
		Invocations []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string `json:"level"`
				Message struct{ Text string }
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []json.RawMessage `json:"results"`
	} `json:"runs"`
}

// checkFailClosed checks a run that could not read what: exit 2 with the
// findings written and, in SARIF, executionSuccessful false with a
// notification naming it.
func checkFailClosed(t *testing.T, as runner, dir, what string, findings int, args ...string) {
	t.Helper()
	res := as.run(t, nil, dir, append(args, "--format", "sarif")...)
	var log sarifRunStatus
	if err := json.Unmarshal([]byte(res.stdout), &log); err != nil || len(log.Runs) != 1 || len(log.Runs[0].Invocations) != 1 {
		t.Fatalf("%q: exit %d, not a SARIF log (%v):\n%s\n%s", args, res.code, err, res.stdout, res.stderr)
	}
	run := log.Runs[0]
	inv := run.Invocations[0]
	if res.code != 2 || inv.ExecutionSuccessful || len(run.Results) != findings {
		t.Errorf("%q: exit %d (want 2), executionSuccessful %v, %d results (want %d)", args, res.code, inv.ExecutionSuccessful, len(run.Results), findings)
	}
	if len(inv.Notifications) == 0 || !strings.Contains(inv.Notifications[0].Message.Text, what) {
		t.Errorf("%q: notifications %+v do not name %s", args, inv.Notifications, what)
	}
	if !strings.Contains(res.stderr, "--allow-unreadable") {
		t.Errorf("%q: stderr does not say why it exits 2: %q", args, res.stderr)
	}
	want := 0
	if findings > 0 {
		want = 1
	}
	allowed := as.run(t, nil, dir, append(args, "--format", "json", "--allow-unreadable")...)
	if allowed.code != want {
		t.Errorf("%q --allow-unreadable: exit %d, want %d\n%s", args, allowed.code, want, allowed.stderr)
	}
}

// Issue #9, case 4: an unreadable root fails the scan (it said "No
// secrets found." and exited 0). Run as root, keysieve runs as nobody.
func TestFailClosedUnreadableRoot(t *testing.T) {
	t.Parallel()
	dir, as := lockedTree(t, newSecrets(910))
	checkFailClosed(t, as, dir, "permission denied", 0, "scan", "locked")
}

// Issue #9, case 4: an unreadable file in a tree fails the scan after
// every finding is written.
func TestFailClosedUnreadableFile(t *testing.T) {
	t.Parallel()
	dir, as := lockedTree(t, newSecrets(911))
	if err := os.Remove(filepath.Join(dir, "locked")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "locked.env"), []byte("x=1\n"), 0o000); err != nil {
		t.Fatal(err)
	}
	checkFailClosed(t, as, dir, "locked.env", 2, "scan", ".")
}

// Issue #9, case 4: a history with a missing object fails the audit after
// every finding is written.
func TestFailClosedHistoryMissingObject(t *testing.T) {
	t.Parallel()
	r := newE2ERepo(t)
	r.Write("good.txt", "token "+ghToken(912)+"\n")
	r.Write("lost.txt", "token "+ghToken(913)+"\n")
	r.Commit("files")
	blob := r.Git("rev-parse", "HEAD:lost.txt")
	if err := os.Remove(filepath.Join(r.Dir, ".git", "objects", blob[:2], blob[2:])); err != nil {
		t.Fatal(err)
	}
	checkFailClosed(t, self(), r.Dir, blob, 1, "history")
}
