package rules

import (
	"crypto/rand"
	"encoding/pem"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/keysieve/keysieve/internal/fake"
)

// opensshKey builds an unencrypted openssh-key-v1 PEM block whose public
// key names pubType and whose private section has the given check
// integers and names privType.
func opensshKey(t *testing.T, pubType, privType string, check1, check2 uint32) string {
	t.Helper()
	material := make([]byte, 64)
	if _, err := rand.Read(material); err != nil {
		t.Fatal(err)
	}
	public := ssh.Marshal(struct {
		Type string
		Key  []byte
	}{pubType, material[:32]})
	private := ssh.Marshal(struct {
		Check1, Check2 uint32
		Type           string
		Key            []byte
		Comment        string
	}{check1, check2, privType, material, "ci"})
	body := ssh.Marshal(struct {
		Cipher, KDF, KDFOptions string
		Keys                    uint32
		Public, Private         []byte
	}{"none", "none", "", 1, public, append(private, 1, 2, 3)})
	kind := fake.Join("OPENSSH PRIVATE", " KEY")
	return string(pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: append([]byte(opensshMagic), body...)}))
}

// TestOpenSSHKeysGoCannotParse checks OpenSSH key files of types Go's ssh
// package does not parse (ssh-dss, security keys): whole ones are keys,
// ones whose check integers or key types disagree are damaged.
func TestOpenSSHKeysGoCannotParse(t *testing.T) {
	t.Parallel()
	const sk = "sk-ssh-ed25519@openssh.com"
	for label, text := range map[string]string{
		"dss":          opensshKey(t, "ssh-dss", "ssh-dss", 7, 7),
		"security key": opensshKey(t, sk, sk, 0xdeadbeef, 0xdeadbeef),
	} {
		c := checkNamed(t, "pem-private-key", text)
		wantCheck(t, label, c, true, "", "")
		wantValidated(t, label, c, "")
	}
	for label, text := range map[string]string{
		"check integers differ": opensshKey(t, sk, sk, 7, 8),
		"types differ":          opensshKey(t, sk, "ssh-dss", 7, 7),
	} {
		wantValidated(t, label, checkNamed(t, "pem-private-key", text), "pem-unparsed")
	}
}
