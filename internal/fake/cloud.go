package fake

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
	"fmt"
	"math/bits"
	"strings"
	"sync"
)

// Base64Bytes returns n random bytes in standard padded base64, the shape
// of Azure account keys (64 bytes) and shared access keys (32 bytes).
func (g *Gen) Base64Bytes(n int) string {
	return base64.StdEncoding.EncodeToString(g.Bytes(n))
}

// AWSKeyID returns a new-style AWS access key id with the given four-letter
// prefix (spell it in pieces) that encodes account: base32 of ten bytes
// whose first bit is set and whose next 40 bits hold account << 7.
func (g *Gen) AWSKeyID(prefix string, account uint64) string {
	raw := g.Bytes(10)
	head := uint64(1)<<47 | (account&(1<<40-1))<<7 | uint64(raw[5]&0x7f)
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], head)
	copy(raw[:6], buf[2:])
	return prefix + base32.StdEncoding.EncodeToString(raw)
}

// AWSAccountID returns a random twelve-digit AWS account id.
func (g *Gen) AWSAccountID() uint64 {
	return uint64(100_000_000_000 + g.r.Int64N(899_999_999_999))
}

var (
	rsaOnce sync.Once
	rsaKey  *rsa.PrivateKey
	errRSA  error
)

// testRSAKey returns one RSA key per process: generating keys is slow, and
// tests need a key that parses, not a fresh one each time.
func testRSAKey() (*rsa.PrivateKey, error) {
	rsaOnce.Do(func() { rsaKey, errRSA = rsa.GenerateKey(rand.Reader, 1024) })
	return rsaKey, errRSA
}

// PKCS8PEM returns an RSA private key as a PKCS#8 PEM block.
func PKCS8PEM() string {
	key, err := testRSAKey()
	if err != nil {
		panic(fmt.Errorf("fake: generate rsa key: %w", err))
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		panic(fmt.Errorf("fake: marshal rsa key: %w", err))
	}
	return string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}))
}

// GCPServiceAccountJSON returns a service account key file for project,
// with the private key JSON-escaped as Google writes it. privateKey
// replaces the PEM when not empty (for broken-key negatives).
func (g *Gen) GCPServiceAccountJSON(project, privateKey string) string {
	if privateKey == "" {
		privateKey = PKCS8PEM()
	}
	escaped := strings.ReplaceAll(privateKey, "\n", `\n`)
	name := "svc-" + strings.ToLower(g.String(Lower, 6))
	email := name + "@" + project + ".iam.gserviceaccount.com"
	return fmt.Sprintf(`{
  "type": "service_account",
  "project_id": %q,
  "private_key_id": %q,
  "private_key": "%s",
  "client_email": %q,
  "client_id": %q,
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
`, project, g.Hex(40), escaped, email, g.String(Digits, 21))
}

// marvin32 is Microsoft's Marvin32 hash folded to 32 bits, which Azure
// identifiable keys and Entra client secrets use as their checksum.
func marvin32(seed uint64, data []byte) uint32 {
	p0, p1 := uint32(seed), uint32(seed>>32)
	block := func() {
		p1 ^= p0
		p0 = bits.RotateLeft32(p0, 20)
		p0 += p1
		p1 = bits.RotateLeft32(p1, 9)
		p1 ^= p0
		p0 = bits.RotateLeft32(p0, 27)
		p0 += p1
		p1 = bits.RotateLeft32(p1, 19)
	}
	for ; len(data) >= 4; data = data[4:] {
		p0 += binary.LittleEndian.Uint32(data)
		block()
	}
	final := uint32(0x80)
	for i := len(data) - 1; i >= 0; i-- {
		final = final<<8 | uint32(data[i])
	}
	p0 += final
	block()
	block()
	return p0 ^ p1
}

// AzureIdentifiableKey returns an Azure identifiable key of n bytes (32 or
// 64): random base64, the four-character signature (such as "+ASt" for
// Storage) just before the last six characters, and the Marvin32 checksum
// under seed in the last four bytes.
func (g *Gen) AzureIdentifiableKey(n int, signature string, seed uint64) string {
	padded, unpadded := base64.StdEncoding.EncodedLen(n), base64.RawStdEncoding.EncodedLen(n)
	text := g.String(Base64, unpadded-10) + signature + strings.Repeat("A", 6) + strings.Repeat("=", padded-unpadded)
	b, err := base64.StdEncoding.DecodeString(text)
	if err != nil {
		panic(fmt.Errorf("fake: azure key layout: %w", err))
	}
	binary.LittleEndian.PutUint32(b[n-4:], marvin32(seed, b[:n-4]))
	return base64.StdEncoding.EncodeToString(b)
}

// EntraAlphabet is the character set of Entra ID client secrets.
const EntraAlphabet = Lower + Upper + "1234567890.-_~"

// EntraClientSecret returns a current-format ("8Q~") Entra ID client
// secret: three random characters, the marker, 31 random characters and
// the first three characters of the checksum, or a wrong checksum when
// valid is false.
func (g *Gen) EntraClientSecret(valid bool) string {
	body := g.String(EntraAlphabet, 3) + fake8Q + g.String(EntraAlphabet, 31)
	sum := marvin32(0x4161645077643030, []byte(body))
	if !valid {
		sum += 66 * 66 * 66 // changes the third checksum character
	}
	var digits [6]byte
	for i := 5; i >= 0; i-- {
		digits[i] = EntraAlphabet[sum%uint32(len(EntraAlphabet))]
		sum /= uint32(len(EntraAlphabet))
	}
	return body + string(digits[:3])
}

// fake8Q is the version marker of current Entra client secrets.
var fake8Q = Join("8", "Q~")
