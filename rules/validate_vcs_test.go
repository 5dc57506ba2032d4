package rules

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"hash/crc32"
	"math/big"
	"strings"
	"testing"

	"golang.org/x/crypto/ssh"

	"github.com/keysieve/keysieve/internal/fake"
)

// vcsCheck runs the named validator and fails the test on an unknown name.
func vcsCheck(t *testing.T, name, secret string) Check {
	t.Helper()
	v, ok := vcsValidators[name]
	if !ok {
		t.Fatalf("no validator %q", name)
	}
	return v.Check([]byte(secret))
}

// vcsWant compares a check's outcome with the expected one.
func vcsWant(t *testing.T, label string, got Check, ok bool, sev Severity, owner string) {
	t.Helper()
	if got.OK != ok || got.Severity != sev || got.Owner != owner {
		t.Errorf("%s: got %+v, want OK=%v Severity=%q Owner=%q", label, got, ok, sev, owner)
	}
}

func TestGitLabRoutable(t *testing.T) {
	g := fake.New(7)
	prefix := fake.Join("gl", "pat-")
	tok := g.GitLabRoutable(prefix, "c:1\no:2s\nu:"+fake.Base36(4242424, 0))
	vcsWant(t, "versioned", vcsCheck(t, "gitlab-routable-crc32", tok), true, "", "gitlab user 4242424 (organization 100)")
	vcsWant(t, "group only", vcsCheck(t, "gitlab-routable-crc32", g.GitLabRoutable(prefix, "g:z\no:1")), true, "", "gitlab group 35 (organization 1)")

	// The first routable layout: payload, random bytes, their count; no version.
	raw := append([]byte("o:1\nu:2"), g.Bytes(16)...)
	encoded := base64.RawURLEncoding.EncodeToString(append(raw, 16))
	body := prefix + encoded + "." + fake.Base36(uint64(len(encoded)), 2)
	first := body + fake.Base36(uint64(crc32.ChecksumIEEE([]byte(body))), 7)
	vcsWant(t, "first layout", vcsCheck(t, "gitlab-routable-crc32", first), true, "", "gitlab user 2 (organization 1)")

	for _, bad := range []string{tok[:len(tok)-1] + "0", strings.Replace(tok, prefix, fake.Join("gl", "rt-"), 1), "short"} {
		if bad == tok {
			continue
		}
		vcsWant(t, "bad "+bad, vcsCheck(t, "gitlab-routable-crc32", bad), false, "", "")
	}
}

func TestAtlassianCRC32(t *testing.T) {
	g := fake.New(3)
	tok := g.AtlassianToken(fake.Join("ATA", "TT3xFfGF0"), 171)
	vcsWant(t, "valid", vcsCheck(t, "atlassian-crc32", tok), true, "", "")
	vcsWant(t, "lower-case sum", vcsCheck(t, "atlassian-crc32", tok[:len(tok)-8]+strings.ToLower(tok[len(tok)-8:])), true, "", "")
	vcsWant(t, "changed body", vcsCheck(t, "atlassian-crc32", "B"+tok[1:]), false, "", "")
	vcsWant(t, "not hex", vcsCheck(t, "atlassian-crc32", tok[:len(tok)-1]+"G"), false, "", "")
}

func TestAgeBech32(t *testing.T) {
	key := fake.New(5).AgeSecretKey()
	vcsWant(t, "valid", vcsCheck(t, "age-bech32", key), true, "", "")
	i := len(key) - 10
	swapped := key[:i] + map[bool]string{true: "Q", false: "P"}[key[i] != 'Q'] + key[i+1:]
	vcsWant(t, "changed character", vcsCheck(t, "age-bech32", swapped), false, "", "")
	vcsWant(t, "truncated", vcsCheck(t, "age-bech32", key[:len(key)-2]), false, "", "")
	vcsWant(t, "not bech32", vcsCheck(t, "age-bech32", key[:20]+"B"+key[21:]), false, "", "")
}

func TestPyPIMacaroon(t *testing.T) {
	g := fake.New(11)
	loc := fake.Join("py", "pi.org")
	scoped := g.PyPIToken(loc, `{"permissions": {"projects": ["acme-tools", "acme-cli"]}, "version": 1}`)
	vcsWant(t, "scoped", vcsCheck(t, "pypi-macaroon", scoped), true, "", loc+" projects acme-tools,acme-cli")
	tagged := g.PyPIToken(loc, `[1, ["acme-tools"]]`, `[0, 1900000000, 1700000000]`)
	vcsWant(t, "tagged caveats", vcsCheck(t, "pypi-macaroon", tagged), true, "", loc+" projects acme-tools")
	user := g.PyPIToken(loc, `{"permissions": "user", "version": 1}`)
	vcsWant(t, "account-wide", vcsCheck(t, "pypi-macaroon", user), true, "", loc)
	vcsWant(t, "truncated", vcsCheck(t, "pypi-macaroon", user[:len(user)-10]), false, "", "")
	vcsWant(t, "random body", vcsCheck(t, "pypi-macaroon", user[:25]+g.String(fake.Base64URL, 120)), false, "", "")
}

func TestOnePasswordToken(t *testing.T) {
	g := fake.New(2)
	tok := g.OnePasswordToken("ci@acme.test", "acme.1password.com")
	vcsWant(t, "valid", vcsCheck(t, "onepassword-service-account", tok), true, "", "ci@acme.test at acme.1password.com")
	vcsWant(t, "truncated JSON", vcsCheck(t, "onepassword-service-account", tok[:120]), false, "", "")
	vcsWant(t, "not JSON", vcsCheck(t, "onepassword-service-account", "ops_"+g.String(fake.Base64URL, 200)), false, "", "")
}

func TestJWTClaims(t *testing.T) {
	g := fake.New(4)
	live := g.JWTWithClaims(`{"alg":"ES256"}`, `{"iss":"https://auth.acme.test","exp":4102444800}`)
	vcsWant(t, "live", vcsCheck(t, "jwt-claims", live), true, "", "https://auth.acme.test")
	expired := g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, `{"sub":"42","exp":1500000000}`)
	vcsWant(t, "expired", vcsCheck(t, "jwt-claims", expired), true, Low, "")
	vcsWant(t, "no algorithm", vcsCheck(t, "jwt-claims", g.JWTWithClaims(`{"typ":"JWT"}`, `{"sub":"42"}`)), false, "", "")
	vcsWant(t, "claims not JSON", vcsCheck(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `{"sub":`)), false, "", "")
	vcsWant(t, "claims an array", vcsCheck(t, "jwt-claims", g.JWTWithClaims(`{"alg":"HS256"}`, `[1,2]`)), false, "", "")
}

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
		vcsWant(t, fmt.Sprint("v", version), vcsCheck(t, "putty-private-key", ppk), true, "", "")
		vcsWant(t, fmt.Sprint("v", version, " CRLF"), vcsCheck(t, "putty-private-key", strings.ReplaceAll(ppk, "\n", "\r\n")), true, "", "")
		enc := strings.Replace(ppk, "Encryption: none", "Encryption: aes256-cbc", 1)
		vcsWant(t, fmt.Sprint("v", version, " encrypted"), vcsCheck(t, "putty-private-key", enc), true, Medium, "")
		badMAC := strings.Replace(ppk, "Comment: ci", "Comment: cj", 1)
		vcsWant(t, fmt.Sprint("v", version, " MAC"), vcsCheck(t, "putty-private-key", badMAC), false, "", "")
	}
	wrongAlgo := fake.PuTTYKey(3, "ssh-rsa", "ci", sshPub.Marshal(), private)
	vcsWant(t, "algorithm mismatch", vcsCheck(t, "putty-private-key", wrongAlgo), false, "", "")
}

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
		vcsWant(t, label, vcsCheck(t, "embedded-pem-private-key", text), true, "", "")
	}
	vcsWant(t, "base64", vcsCheck(t, "base64-pem-private-key", base64.StdEncoding.EncodeToString([]byte(block))), true, "", "")

	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1)}
	certDER, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: certDER})
	vcsWant(t, "base64 certificate", vcsCheck(t, "base64-pem-private-key", base64.StdEncoding.EncodeToString(cert)), false, "", "")
}

func TestBase64Credentials(t *testing.T) {
	enc := base64.StdEncoding.EncodeToString
	vcsWant(t, "pair", vcsCheck(t, "basic-auth-pair", enc([]byte("deploy:s3cr3t-Pass"))), true, "", "deploy")
	vcsWant(t, "no colon", vcsCheck(t, "basic-auth-pair", enc([]byte("deploy"))), false, "", "")
	vcsWant(t, "placeholder", vcsCheck(t, "basic-auth-pair", enc([]byte("user:${PASSWORD}"))), false, "", "")
	vcsWant(t, "binary", vcsCheck(t, "basic-auth-pair", enc([]byte{0, 1, 2, ':', 3, 4, 5, 6})), false, "", "")
	vcsWant(t, "password", vcsCheck(t, "base64-printable", enc([]byte("n0t-a-real-pw"))), true, "", "")
	vcsWant(t, "pair via printable", vcsCheck(t, "base64-printable", enc([]byte("ci:n0t-a-real-pw"))), true, "", "ci")
	vcsWant(t, "short", vcsCheck(t, "base64-printable", enc([]byte("abc"))), false, "", "")
}
