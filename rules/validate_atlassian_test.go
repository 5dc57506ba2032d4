package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestAtlassianCRC32(t *testing.T) {
	g := fake.New(3)
	tok := g.AtlassianToken(fake.Join("ATA", "TT3xFfGF0"), 171)
	vcsWant(t, "valid", vcsCheck(t, "atlassian-crc32", tok), true, "", "")
	vcsWant(t, "lower-case sum", vcsCheck(t, "atlassian-crc32", tok[:len(tok)-8]+strings.ToLower(tok[len(tok)-8:])), true, "", "")
	vcsWant(t, "changed body", vcsCheck(t, "atlassian-crc32", "B"+tok[1:]), false, "", "")
	vcsWant(t, "not hex", vcsCheck(t, "atlassian-crc32", tok[:len(tok)-1]+"G"), false, "", "")
}
