package gitsource

import (
	"testing"

	"github.com/go-git/go-git/v5/plumbing/filemode"
)

func TestParseMode(t *testing.T) {
	t.Parallel()
	cases := []struct {
		mode string
		want filemode.FileMode
		ok   bool
	}{
		{"100644", filemode.Regular, true},
		{"100755", filemode.Executable, true},
		{"40000", filemode.Dir, true},
		{"120000", filemode.Symlink, true},
		{"160000", filemode.Submodule, true},
		// Modes old or foreign tools wrote, parsed as octal.
		{"100664", filemode.Deprecated, true},
		{"040000", filemode.Dir, true},
		{"10064x", 0, false},
		{"", 0, false},
	}
	for _, c := range cases {
		got, err := parseMode([]byte(c.mode))
		if (err == nil) != c.ok || c.ok && got != c.want {
			t.Errorf("parseMode(%q) = %v, %v; want %v, ok %v", c.mode, got, err, c.want, c.ok)
		}
	}
}
