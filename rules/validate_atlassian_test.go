package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestAtlassianCRC32(t *testing.T) {
	g := fake.New(3)
	tok := g.AtlassianToken(fake.Join("ATA", "TT3xFfGF0"), 171)
	wantCheck(t, "valid", checkNamed(t, "atlassian-crc32", tok), true, "", "")
	wantCheck(t, "lower-case sum", checkNamed(t, "atlassian-crc32", tok[:len(tok)-8]+strings.ToLower(tok[len(tok)-8:])), true, "", "")
	wantCheck(t, "changed body", checkNamed(t, "atlassian-crc32", "B"+tok[1:]), false, "", "")
	wantCheck(t, "not hex", checkNamed(t, "atlassian-crc32", tok[:len(tok)-1]+"G"), false, "", "")
}
