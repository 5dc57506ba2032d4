package rules

import (
	"crypto/ed25519"
	"crypto/rand"
	"fmt"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"golang.org/x/crypto/ssh"
)

func TestPuTTYKey(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	private := fake.New(1).Bytes(36)
	for _, version := range []int{2, 3} {
		ppk := fake.PuTTYKey(version, "ssh-ed25519", "ci", sshPub.Marshal(), private)
		wantCheck(t, fmt.Sprint("v", version), checkNamed(t, "putty-private-key", ppk), true, "", "")
		wantCheck(t, fmt.Sprint("v", version, " CRLF"), checkNamed(t, "putty-private-key", strings.ReplaceAll(ppk, "\n", "\r\n")), true, "", "")
		enc := strings.Replace(ppk, "Encryption: none", "Encryption: aes256-cbc", 1)
		wantCheck(t, fmt.Sprint("v", version, " encrypted"), checkNamed(t, "putty-private-key", enc), true, Medium, "")
		badMAC := strings.Replace(ppk, "Comment: ci", "Comment: cj", 1)
		wantCheck(t, fmt.Sprint("v", version, " MAC"), checkNamed(t, "putty-private-key", badMAC), false, "", "")
	}
	wrongAlgo := fake.PuTTYKey(3, "ssh-rsa", "ci", sshPub.Marshal(), private)
	wantCheck(t, "algorithm mismatch", checkNamed(t, "putty-private-key", wrongAlgo), false, "", "")
}
