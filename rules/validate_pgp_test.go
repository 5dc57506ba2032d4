package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestPGPPrivateKey(t *testing.T) {
	g := fake.New(9)
	plain := g.PGPSecretKeyPacket(false)
	vcsWant(t, "unprotected", vcsCheck(t, "pgp-private-key", fake.PGPArmor(plain)), true, "", "")
	vcsWant(t, "protected", vcsCheck(t, "pgp-private-key", fake.PGPArmor(g.PGPSecretKeyPacket(true))), true, Medium, "")
	escaped := strings.ReplaceAll(fake.PGPArmor(plain), "\n", `\n`)
	vcsWant(t, "JSON-escaped", vcsCheck(t, "pgp-private-key", escaped), true, "", "")

	// A changed secret byte under a recomputed armor checksum: the key's own sum fails.
	damaged := append([]byte(nil), plain...)
	damaged[len(damaged)-5] ^= 0x01
	vcsWant(t, "key checksum", vcsCheck(t, "pgp-private-key", fake.PGPArmor(damaged)), false, "", "")
	armored := fake.PGPArmor(plain)
	sum := strings.LastIndex(armored, "\n=")
	bad := armored[:sum+2] + map[bool]string{true: "AAAA", false: "BBBB"}[armored[sum+2:sum+6] != "AAAA"] + armored[sum+6:]
	vcsWant(t, "armor checksum", vcsCheck(t, "pgp-private-key", bad), false, "", "")
	vcsWant(t, "placeholder", vcsCheck(t, "pgp-private-key", "-----BEGIN PGP\n\n...\n-----END PGP\n"), false, "", "")
}
