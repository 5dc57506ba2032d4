package rules_test

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
)

// TestChecksumSection checks that the hex entries of a section named for
// checksums are not taken for keys, though a package there shares its
// name with a provider (Podfile.lock's "  Plivo: <sha1>"), while the same
// line outside such a section, and a key pasted into the lock file, are
// still found.
func TestChecksumSection(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	m := rs.NewMatcher()
	g := fake.New(7)
	entry := "  Plivo: " + g.Hex(40) + "\n"
	cases := []struct {
		name, text string
		want       bool
	}{
		{"Podfile.lock checksums", "PODS:\n  - Plivo (1.0.0)\n\nSPEC CHECKSUMS:\n  Alamofire: " + g.Hex(40) + "\n" + entry + "\nPODFILE CHECKSUM: " + g.Hex(40) + "\n", false},
		{"YAML checksums map", "checksums:\n  plivo: " + g.Hex(40) + "\n", false},
		{"integrations section", "integrations:\n" + entry, true},
		{"top-level setting", "Plivo: " + g.Hex(40) + "\n", true},
		{"key pasted into a lock file", "SPEC CHECKSUMS:\n  Plivo: " + g.Hex(40) + "\n\nPLIVO_AUTH_TOKEN: " + g.MixedAlnum(40) + "\n", true},
	}
	for _, c := range cases {
		if got := len(m.Find([]byte(c.text))) > 0; got != c.want {
			t.Errorf("%s: found %v, want %v in:\n%s", c.name, got, c.want, rulecases.Indent(c.text))
		}
	}
}
