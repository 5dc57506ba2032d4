package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestPGPPrivateKey(t *testing.T) {
	g := fake.New(9)
	plain := g.PGPSecretKeyPacket(false)
	wantCheck(t, "unprotected", checkNamed(t, "pgp-private-key", fake.PGPArmor(plain)), true, "", "")
	wantCheck(t, "protected", checkNamed(t, "pgp-private-key", fake.PGPArmor(g.PGPSecretKeyPacket(true))), true, Medium, "")
	escaped := strings.ReplaceAll(fake.PGPArmor(plain), "\n", `\n`)
	wantCheck(t, "JSON-escaped", checkNamed(t, "pgp-private-key", escaped), true, "", "")

	// A changed secret byte under a recomputed armor checksum: the key's own
	// sum fails, and the key is reported as damaged.
	damaged := append([]byte(nil), plain...)
	damaged[len(damaged)-5] ^= 0x01
	wantDamaged(t, "key checksum", checkNamed(t, "pgp-private-key", fake.PGPArmor(damaged)))
	armored := fake.PGPArmor(plain)
	sum := strings.LastIndex(armored, "\n=")
	bad := armored[:sum+2] + map[bool]string{true: "AAAA", false: "BBBB"}[armored[sum+2:sum+6] != "AAAA"] + armored[sum+6:]
	wantDamaged(t, "armor checksum", checkNamed(t, "pgp-private-key", bad))
	wantCheck(t, "placeholder", checkNamed(t, "pgp-private-key", "-----BEGIN PGP\n\n...\n-----END PGP\n"), false, "", "")
}

// wantDamaged fails unless got reports a damaged PGP key: at medium
// severity, validated "pgp-unparsed".
func wantDamaged(t *testing.T, label string, got Check) {
	t.Helper()
	if !got.OK || got.Severity != Medium || got.Validated != "pgp-unparsed" {
		t.Errorf("%s: got %+v, want a damaged key (medium, pgp-unparsed)", label, got)
	}
}
