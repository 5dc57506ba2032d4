package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestProgressOnNonTerminal (issue #13, part 6): stderr here is not a
// terminal, so progress is shown only with --progress: as plain lines on
// stderr, the last one with every repository done, while stdout stays
// one valid JSON report.
func TestProgressOnNonTerminal(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	fl := newFleet(t, root, 4, nil)
	quiet := runApp(t, append([]string{"history", "-f", "json"}, fl.names...)...)
	if strings.Contains(quiet.stderr, "progress") {
		t.Errorf("progress shown on a non-terminal without --progress:\n%s", quiet.stderr)
	}
	res := runApp(t, append([]string{"history", "-f", "json", "--progress"}, fl.names...)...)
	if res.code != 1 || !json.Valid([]byte(res.stdout)) || res.stdout != quiet.stdout {
		t.Fatalf("exit %d; stdout is not the same JSON report:\n%s", res.code, res.stdout)
	}
	var lines []string
	for line := range strings.SplitSeq(strings.TrimSpace(res.stderr), "\n") {
		if strings.HasPrefix(line, "keysieve: progress: ") {
			lines = append(lines, line)
		}
		if strings.Contains(line, "\r") || strings.Contains(line, "\x1b") {
			t.Errorf("terminal control in a log line: %q", line)
		}
	}
	if len(lines) < 2 || !strings.Contains(lines[len(lines)-1], "4/4 repositories") ||
		!strings.Contains(lines[len(lines)-1], "4 finding(s)") || !strings.Contains(lines[len(lines)-1], "commits") {
		t.Errorf("progress lines = %q", lines)
	}
	one := runApp(t, "history", "-f", "json", "--progress", filepath.Clean(fl.names[0]))
	if !json.Valid([]byte(one.stdout)) || !strings.Contains(one.stderr, "keysieve: progress: 1 commits") {
		t.Errorf("one repository with --progress: stderr %q", one.stderr)
	}
}
