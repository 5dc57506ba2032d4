package rules

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/keysieve/keysieve/internal/fake"
)

// testPuTTYKey returns a version 2 or 3 .ppk file of a fresh Ed25519 key
// and the key's SSH public blob.
func testPuTTYKey(t *testing.T, version int) (ppk string, blob []byte) {
	t.Helper()
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	blob = sshPub.Marshal()
	return fake.PuTTYKey(version, "ssh-ed25519", "ci", blob, fake.New(1).Bytes(36)), blob
}

func TestPuTTYKey(t *testing.T) {
	for _, version := range []int{2, 3} {
		ppk, _ := testPuTTYKey(t, version)
		c := checkNamed(t, "putty-private-key", ppk)
		wantCheck(t, fmt.Sprint("v", version), c, true, "", "")
		wantValidated(t, fmt.Sprint("v", version), c, "")
		wantCheck(t, fmt.Sprint("v", version, " CRLF"), checkNamed(t, "putty-private-key", strings.ReplaceAll(ppk, "\n", "\r\n")), true, "", "")
		wantCheck(t, fmt.Sprint("v", version, " JSON-escaped"), checkNamed(t, "putty-private-key", strings.ReplaceAll(ppk, "\n", `\n`)), true, "", "")
		enc := strings.Replace(ppk, "Encryption: none", "Encryption: aes256-cbc", 1)
		wantCheck(t, fmt.Sprint("v", version, " encrypted"), checkNamed(t, "putty-private-key", enc), true, Medium, "")
	}
}

// TestDamagedPuTTYKey checks that a .ppk file that fails to parse or to
// verify is reported at lower severity as putty-unparsed, and that
// placeholders are not.
func TestDamagedPuTTYKey(t *testing.T) {
	ppk, blob := testPuTTYKey(t, 3)
	lines := strings.Split(ppk, "\n")
	lostLine := strings.Join(append(append([]string{}, lines[:4]...), lines[5:]...), "\n") // second public line gone
	for label, text := range map[string]string{
		"MAC mismatch":       strings.Replace(ppk, "Comment: ci", "Comment: cj", 1),
		"algorithm mismatch": fake.PuTTYKey(3, "ssh-rsa", "ci", blob, fake.New(1).Bytes(36)),
		"line lost":          lostLine,
		"line lost, JSON":    strings.ReplaceAll(lostLine, "\n", `\r\n`),
	} {
		c := checkNamed(t, "putty-private-key", text)
		wantCheck(t, label, c, true, Medium, "")
		wantValidated(t, label, c, "putty-unparsed")
	}
	encLost := strings.Replace(lostLine, "Encryption: none", "Encryption: aes256-cbc", 1)
	wantCheck(t, "encrypted, line lost", checkNamed(t, "putty-private-key", encLost), true, Low, "")

	mac := "Private-MAC: " + fake.New(2).Hex(64) + "\n"
	head := "PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: ci\nPublic-Lines: 1\n"
	for label, text := range map[string]string{
		"angle brackets": head + "<public key>\nPrivate-Lines: 1\n<private key here>\n" + mac,
		"dots":           head + "AAAAC3NzaC1lZDI1NTE5...\nPrivate-Lines: 1\n...\n" + mac,
		"redacted":       head + "REDACTED\nPrivate-Lines: 1\nREDACTEDREDACTEDREDACTED\n" + mac,
		"one character":  head + strings.Repeat("A", 64) + "\nPrivate-Lines: 1\n" + strings.Repeat("A", 48) + "\n" + mac,
		"too short":      head + "AAAAC3Nza\nPrivate-Lines: 1\nAAAAIB\n" + mac,
	} {
		wantCheck(t, label, checkNamed(t, "putty-private-key", text), false, "", "")
	}
}
