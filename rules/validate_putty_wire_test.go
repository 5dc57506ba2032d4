package rules

import (
	"crypto/rand"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestPuTTYKeysGoCannotParse checks .ppk files of algorithms PuTTYgen
// writes and Go's ssh package does not parse (ssh-ed448, ssh-dss): with a
// matching Private-MAC they are whole keys; under another algorithm's
// header, with a broken blob or a wrong MAC they are damaged ones.
func TestPuTTYKeysGoCannotParse(t *testing.T) {
	t.Parallel()
	random := func(n int) []byte {
		b := make([]byte, n)
		if _, err := rand.Read(b); err != nil {
			t.Fatal(err)
		}
		return b
	}
	ed448 := ssh.Marshal(struct {
		Name string
		Key  []byte
	}{"ssh-ed448", random(57)})
	dss := ssh.Marshal(struct {
		Name       string
		P, Q, G, Y []byte
	}{"ssh-dss", random(129), random(21), random(129), random(129)})
	private := fake.New(3).Bytes(40)
	for label, ppk := range map[string]string{
		"ed448 v3": fake.PuTTYKey(3, "ssh-ed448", "ci", ed448, private),
		"ed448 v2": fake.PuTTYKey(2, "ssh-ed448", "ci", ed448, private),
		"dss v3":   fake.PuTTYKey(3, "ssh-dss", "ci", dss, private),
	} {
		c := checkNamed(t, "putty-private-key", ppk)
		wantCheck(t, label, c, true, "", "")
		wantValidated(t, label, c, "")
	}
	for label, ppk := range map[string]string{
		"ed448 under dss": fake.PuTTYKey(3, "ssh-dss", "ci", ed448, private),
		"truncated blob":  fake.PuTTYKey(3, "ssh-ed448", "ci", ed448[:len(ed448)-3], private),
		"name only":       fake.PuTTYKey(3, "ssh-ed448", "ci", ssh.Marshal(struct{ Name string }{"ssh-ed448"}), private),
		"MAC mismatch":    strings.Replace(fake.PuTTYKey(3, "ssh-ed448", "ci", ed448, private), "Comment: ci", "Comment: cj", 1),
	} {
		c := checkNamed(t, "putty-private-key", ppk)
		wantValidated(t, label, c, "putty-unparsed")
	}
}
