//go:build unix

package cli

import (
	"os"
	"syscall"
)

// openConfig opens a discovered config without following a symlink
// swapped in after the check (O_NOFOLLOW) and without blocking on a FIFO
// (O_NONBLOCK).
func openConfig(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NOFOLLOW|syscall.O_NONBLOCK, 0)
}
