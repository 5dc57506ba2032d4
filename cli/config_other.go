//go:build !unix

package cli

import "os"

// openConfig opens a discovered config; readRootConfig then checks that
// what was opened is the regular file it checked.
func openConfig(path string) (*os.File, error) {
	return os.Open(path)
}
