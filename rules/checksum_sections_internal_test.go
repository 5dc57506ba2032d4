package rules

import (
	"fmt"
	"strings"
	"testing"
)

// TestChecksumSectionsRemembers checks that the entries of a long
// checksums section are judged by walking back to the previous entry: the
// last of 3,000 entries lies farther from its header than one walk goes
// (maxChecksumEntries lines), and is still judged an entry; and that the
// answer for one section is not carried into the next.
func TestChecksumSectionsRemembers(t *testing.T) {
	t.Parallel()
	hex := strings.Repeat("0123456789abcdef", 3)[:40]
	var b strings.Builder
	b.WriteString("SPEC CHECKSUMS:\n")
	var entries []int
	for i := range 3000 {
		fmt.Fprintf(&b, "  Pod%d: ", i)
		entries = append(entries, b.Len())
		b.WriteString(hex + "\n")
	}
	b.WriteString("integrations:\n  plivo: ")
	after := b.Len()
	b.WriteString(hex + "\n")
	data := []byte(b.String())

	var c checksumSections
	c.reset()
	for i, at := range entries {
		if !c.holds(data, at, data[at:at+40]) {
			t.Fatalf("entry %d of the checksums section not judged an entry", i)
		}
	}
	if c.holds(data, after, data[after:after+40]) {
		t.Errorf("the entry under integrations: judged a checksum")
	}
	c.reset()
	last := entries[len(entries)-1]
	if c.holds(data, last, data[last:last+40]) {
		t.Errorf("with nothing remembered, a walk back reached a header %d lines away", len(entries))
	}
}
