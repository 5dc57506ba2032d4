package rules

import (
	"bytes"
	"testing"
)

// TestNextSyntaxEntity: the entity view copies only lines holding a
// reference for a quote or a bracket. TestMatcherEntityView's &amp; line
// finds nothing whether it is copied or not (decoded, it is no JSON
// member); here the search for lines to copy passes over &amp;, && and
// unknown references, and stops at &lt;.
func TestNextSyntaxEntity(t *testing.T) {
	text := []byte("a &amp;&amp; b\nc &amp; d &lt; e\n")
	if at, want := nextSyntaxEntity(text, 0), bytes.Index(text, []byte("&lt;")); at != want {
		t.Errorf("next syntax reference at %d, want %d (the &lt;)", at, want)
	}
	if at := nextSyntaxEntity([]byte("a &amp; b && c &x; &nbsp;\n"), 0); at != -1 {
		t.Errorf("next syntax reference at %d in a line of &amp;, && and other references, want none", at)
	}
}
