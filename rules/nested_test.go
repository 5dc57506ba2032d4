package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestNestedPassIsBounded checks that a file of more section entries than
// maxNestedEntries has only that many looked up and joined: each lookup
// may read sectionLookback bytes above its entry, so a hostile file of
// entries must not make the pass cost entries times that.
func TestNestedPassIsBounded(t *testing.T) {
	value := fake.New(3).MixedAlnum(20)
	var b strings.Builder
	n := 3 * maxNestedEntries
	var lines []int
	for range n {
		b.WriteString("acme:\n")
		lines = append(lines, b.Len()) // the entry's line, as the plain pass notes it
		b.WriteString("  api_key: " + value + "\n")
	}
	data := []byte(b.String())
	var v view
	joinNestedEntries(&v, data, lines)
	if len(v.pieces) != maxNestedEntries {
		t.Fatalf("%d entries joined of %d, want the bound %d", len(v.pieces), n, maxNestedEntries)
	}
	p := v.pieces[0]
	if got := string(data[p.orig : p.orig+p.olen]); got != value || string(v.text[p.at:p.at+p.vlen]) != value {
		t.Errorf("first entry's value is %q in data, %q in the view", got, v.text[p.at:p.at+p.vlen])
	}
}
