package testtmp

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestUseMovesTemporaryFilesToMemory checks that Use points TMPDIR and
// GOTMPDIR at a new directory on /dev/shm, which T.TempDir and
// os.MkdirTemp then use, and that its done func removes the directory.
func TestUseMovesTemporaryFilesToMemory(t *testing.T) {
	if runtime.GOOS != "linux" || !isMemory(memoryDir, minFree) {
		t.Skip("no tmpfs at /dev/shm with 2 GiB free")
	}
	t.Setenv("GOTMPDIR", "")
	t.Setenv("TMPDIR", "")
	os.Unsetenv("GOTMPDIR")
	os.Unsetenv("TMPDIR")
	done := Use()
	dir := os.Getenv("TMPDIR")
	if filepath.Dir(dir) != memoryDir || os.Getenv("GOTMPDIR") != dir {
		done()
		t.Fatalf("TMPDIR %q, GOTMPDIR %q: want one new directory in %s", dir, os.Getenv("GOTMPDIR"), memoryDir)
	}
	f, err := os.CreateTemp("", "x")
	if err != nil {
		done()
		t.Fatal(err)
	}
	f.Close()
	if filepath.Dir(f.Name()) != dir {
		t.Errorf("os.CreateTemp wrote %s, not in %s", f.Name(), dir)
	}
	done()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("%s still there after done: %v", dir, err)
	}
	if os.Getenv("TMPDIR") != "" || os.Getenv("GOTMPDIR") != "" {
		t.Errorf("environment not restored")
	}
}

// TestUseKeepsAUsersChoice checks that a TMPDIR set by the user stands.
func TestUseKeepsAUsersChoice(t *testing.T) {
	mine := t.TempDir()
	t.Setenv("TMPDIR", mine)
	done := Use()
	defer done()
	if got := os.Getenv("TMPDIR"); got != mine {
		t.Errorf("TMPDIR %q, want the user's %q", got, mine)
	}
}
