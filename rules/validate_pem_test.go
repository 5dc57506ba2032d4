package rules

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestEmbeddedAndBase64PEM(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	block := string(pem.EncodeToMemory(&pem.Block{Type: fake.Join("PRIVATE", " KEY"), Bytes: der}))
	indented := "    " + strings.ReplaceAll(strings.TrimSpace(block), "\n", "\n    ")
	var java strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		fmt.Fprintf(&java, "\"%s\\n\" +\n", line)
	}
	for label, text := range map[string]string{"plain": block, "indented": indented, "java": java.String()} {
		wantCheck(t, label, checkNamed(t, "embedded-pem-private-key", text), true, "", "")
	}
	wantCheck(t, "base64", checkNamed(t, "base64-pem-private-key", base64.StdEncoding.EncodeToString([]byte(block))), true, "", "")

	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1)}
	certDER, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: certDER})
	wantCheck(t, "base64 certificate", checkNamed(t, "base64-pem-private-key", base64.StdEncoding.EncodeToString(cert)), false, "", "")
}

// testPEMKeys returns freshly generated private keys as PEM blocks: RSA
// PKCS#1, EC SEC 1, EC PKCS#8 and OpenSSH Ed25519, plus a
// passphrase-protected OpenSSH key.
func testPEMKeys(t *testing.T) (plain map[string]string, encrypted string) {
	t.Helper()
	rsaKey, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	_, edKey, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	sec1, err := x509.MarshalECPrivateKey(ecKey)
	if err != nil {
		t.Fatal(err)
	}
	pkcs8, err := x509.MarshalPKCS8PrivateKey(ecKey)
	if err != nil {
		t.Fatal(err)
	}
	openSSH, err := ssh.MarshalPrivateKey(edKey, "ci")
	if err != nil {
		t.Fatal(err)
	}
	protected, err := ssh.MarshalPrivateKeyWithPassphrase(edKey, "ci", []byte(fake.New(3).Alnum(12)))
	if err != nil {
		t.Fatal(err)
	}
	block := func(kind string, der []byte) string {
		return string(pem.EncodeToMemory(&pem.Block{Type: strings.TrimSpace(kind + " " + fake.Join("PRIVATE", " KEY")), Bytes: der}))
	}
	return map[string]string{
		"pkcs1":   block("RSA", x509.MarshalPKCS1PrivateKey(rsaKey)),
		"sec1":    block("EC", sec1),
		"pkcs8":   block("", pkcs8),
		"openssh": string(pem.EncodeToMemory(openSSH)),
	}, string(pem.EncodeToMemory(protected))
}

// pemLines splits a PEM block into its armor lines and body lines.
func pemLines(block string) (begin string, body []string, end string) {
	lines := strings.Split(strings.TrimSpace(block), "\n")
	return lines[0], lines[1 : len(lines)-1], lines[len(lines)-1]
}

// damagePEM returns the damaged forms of a PEM block: a body line lost, the
// body cut in half, both inside JSON strings, the lost line in a
// single-line form, and a block truncated before its END line.
func damagePEM(block string) map[string]string {
	begin, body, end := pemLines(block)
	lost := strings.Join(append(append([]string{begin}, body[:1]...), append(body[2:], end)...), "\n") + "\n"
	half := strings.Join(append(append([]string{begin}, body[:len(body)/2]...), end), "\n") + "\n"
	return map[string]string{
		"line lost":              lost,
		"truncated":              half,
		"line lost, JSON \\n":    strings.ReplaceAll(lost, "\n", `\n`),
		"truncated, JSON \\r\\n": strings.ReplaceAll(half, "\n", `\r\n`),
		"line lost, one line":    strings.ReplaceAll(strings.TrimSpace(lost), "\n", " "),
		"no END line":            strings.Join(append([]string{begin}, body[:len(body)/2]...), "\n"),
	}
}

func TestPEMPrivateKey(t *testing.T) {
	t.Parallel()
	keys, encrypted := testPEMKeys(t)
	for kind, block := range keys {
		for label, text := range map[string]string{
			"":              block,
			" JSON \\n":     strings.ReplaceAll(block, "\n", `\n`),
			" JSON \\r\\n":  strings.ReplaceAll(block, "\n", `\r\n`),
			" CRLF":         strings.ReplaceAll(block, "\n", "\r\n"),
			" on one line":  strings.ReplaceAll(strings.TrimSpace(block), "\n", " "),
			" one line tab": strings.ReplaceAll(strings.TrimSpace(block), "\n", "\t"),
		} {
			c := checkNamed(t, "pem-private-key", text)
			wantCheck(t, kind+label, c, true, "", "")
			wantValidated(t, kind+label, c, "")
		}
	}
	wantCheck(t, "encrypted OpenSSH", checkNamed(t, "pem-private-key", encrypted), true, Medium, "")
}

func TestDamagedPEMKey(t *testing.T) {
	t.Parallel()
	keys, encrypted := testPEMKeys(t)
	for kind, block := range keys {
		for label, text := range damagePEM(block) {
			c := checkNamed(t, "pem-private-key", text)
			wantCheck(t, kind+" "+label, c, true, Medium, "")
			wantValidated(t, kind+" "+label, c, "pem-unparsed")
		}
		// Indented in YAML: the embedded validator reports it, the plain one leaves it.
		yaml := "    " + strings.ReplaceAll(strings.TrimSpace(damagePEM(block)["truncated"]), "\n", "\n    ")
		wantCheck(t, kind+" YAML, embedded", checkNamed(t, "embedded-pem-private-key", yaml), true, Medium, "")
		wantCheck(t, kind+" YAML, plain", checkNamed(t, "pem-private-key", strings.TrimSpace(yaml)), false, "", "")
		// Base64-wrapped keys must still parse.
		wantCheck(t, kind+" base64", checkNamed(t, "base64-pem-private-key",
			base64.StdEncoding.EncodeToString([]byte(damagePEM(block)["truncated"]))), false, "", "")
	}
	for label, text := range damagePEM(encrypted) {
		c := checkNamed(t, "pem-private-key", text)
		wantCheck(t, "encrypted OpenSSH "+label, c, true, Low, "")
		wantValidated(t, "encrypted OpenSSH "+label, c, "pem-unparsed")
	}
	begin, body, end := pemLines(keys["pkcs1"])
	legacy := begin + "\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC," + fake.New(4).Hex(32) + "\n\n" + strings.Join(body[:3], "\n")
	wantCheck(t, "legacy encrypted", checkNamed(t, "pem-private-key", legacy+"\n"+end+"\n"), true, Medium, "")
	// cut inside a line: the body is no longer whole base64 and the block does not decode
	wantCheck(t, "legacy encrypted, cut", checkNamed(t, "pem-private-key", legacy[:len(legacy)-30]+"\n"+end+"\n"), true, Low, "")
}

// TestPEMPlaceholders checks that stand-ins for a key are not reported as
// damaged keys, plain or embedded.
func TestPEMPlaceholders(t *testing.T) {
	begin, end := "-----BEGIN "+fake.Join("RSA PRIVATE", " KEY-----"), "-----END "+fake.Join("RSA PRIVATE", " KEY-----")
	for label, body := range map[string]string{
		"dots":           "...",
		"elided":         "MIIEpAIBAAKCAQEA...\n... (your key here) ...\n" + strings.Repeat(".", 64),
		"key tag":        "<key>",
		"here":           "<private key here>",
		"redacted":       "REDACTED",
		"redacted long":  strings.Repeat("REDACTED", 10),
		"one character":  strings.Repeat(strings.Repeat("A", 64)+"\n", 4),
		"two characters": strings.Repeat("AB", 32) + "\n" + strings.Repeat("BA", 32),
		"too short":      "MIIEpAIBAAKCAQEA",
		"counting":       "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
		"stars":          strings.Repeat("*", 64),
	} {
		text := begin + "\n" + body + "\n" + end + "\n"
		wantCheck(t, label, checkNamed(t, "pem-private-key", text), false, "", "")
		wantCheck(t, label+", JSON", checkNamed(t, "pem-private-key", strings.ReplaceAll(text, "\n", `\n`)), false, "", "")
		yaml := "  " + strings.ReplaceAll(strings.TrimSpace(text), "\n", "\n  ")
		wantCheck(t, label+", embedded", checkNamed(t, "embedded-pem-private-key", yaml), false, "", "")
	}
}
