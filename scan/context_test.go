package scan

import (
	"fmt"
	"strings"
	"testing"
)

// TestContextAround: the kept context is the secret's line and up to
// contextLines whole lines either side, never a line cut by the byte
// limit, and the secret's own line cut at the limit when it is longer.
func TestContextAround(t *testing.T) {
	t.Parallel()
	var lines []string
	for i := range 30 {
		lines = append(lines, fmt.Sprintf("line%02d", i))
	}
	lines[15] = "TOKEN=SECRET"
	text := strings.Join(lines, "\n")
	if got, want := string(keptAround(text)), strings.Join(lines[15-contextLines:16+contextLines], "\n"); got != want {
		t.Errorf("context %q, want %q", got, want)
	}
	// Near the start and end of the text: all there is.
	short := "A=1\nTOKEN=SECRET\nB=2"
	if got := string(keptAround(short)); got != short {
		t.Errorf("short text: %q", got)
	}
	// A line that does not fit within the limit is left out whole, and
	// so is everything beyond it.
	long := strings.Repeat("x", contextLimit)
	withLong := "far=1\n" + long + "\nnear=2\nTOKEN=SECRET\nafter=3\n" + long + "\nfar=4"
	if got := string(keptAround(withLong)); got != "near=2\nTOKEN=SECRET\nafter=3" {
		t.Errorf("around long lines: %q", got)
	}
	// A secret's own line longer than the limit is cut, and nothing added.
	huge := "before\n" + long + "TOKEN=SECRET" + long + "yy\nafter"
	got := string(keptAround(huge))
	if len(got) != 2*contextLimit+len("SECRET") || strings.Contains(got, "before") || strings.Contains(got, "after") {
		t.Errorf("long own line: %d bytes, want %d and no other line", len(got), 2*contextLimit+len("SECRET"))
	}
}

// keptAround is the context kept around "SECRET" in text.
func keptAround(text string) []byte {
	i := strings.Index(text, "SECRET")
	return contextAround([]byte(text), i, i+len("SECRET"))
}
