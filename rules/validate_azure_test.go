package rules

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestMarvin32 checks marvin32 against the test vectors of .NET's
// MarvinTests (dotnet/runtime).
func TestMarvin32(t *testing.T) {
	const seed1, seed2 = 0x004fb61a001bdbcc, 0x804fb61a001bdbcc
	for _, tc := range []struct {
		seed uint64
		data string
		want uint64
	}{
		{seed1, "", 0x30ed35c100cd3c7d},
		{seed1, "af", 0x48e73fc77d75ddc1},
		{seed1, "e70f", 0xb5f6e1fc485dbff8},
		{seed1, "37f495", 0xf0b07c789b8cf7e8},
		{seed1, "8642dc59", 0x7008f2e87e9cf556},
		{seed1, "153fb79826", 0xe6c08c6da2afa997},
		{seed1, "0932e6246c47", 0x6f04bf1a5ea24060},
		{seed1, "ab427ea8d10fc7", 0xe11847e4f0678c41},
		{seed2, "", 0x10a9d5d3996fd65d},
		{seed2, "af", 0x68201f91960ebf91},
		{seed2, "e70f", 0x64b581631f6ab378},
		{seed2, "8642dc59", 0x36289d9654fb49f6},
		{0xd53cd9cecd0893b7, hex.EncodeToString([]byte("abc")), 0x22c74339492769bf},
		{0xddddeeeeffff000, hex.EncodeToString([]byte(fake.Lower)), 0xa128eb7e7260aca2},
	} {
		data, err := hex.DecodeString(tc.data)
		if err != nil {
			t.Fatal(err)
		}
		if got := marvin32(tc.seed, data); got != tc.want {
			t.Errorf("marvin32(%#x, %q) = %#x, want %#x", tc.seed, tc.data, got, tc.want)
		}
	}
}

// entraSecret returns an "8Q~" client secret with a valid checksum.
func entraSecret(body string) string {
	sum := encodeAlphabet(marvin32Fold(entraChecksumSeed, []byte(body)), entraSecretAlphabet, 6)
	return body + sum[:3]
}

func TestCheckEntraClientSecret(t *testing.T) {
	// The sample secret of Microsoft's security-utilities tests, built in
	// pieces: three z, the signature, 31 z and the checksum "blP".
	sample := strings.Repeat("z", 3) + "8Q~" + strings.Repeat("z", 31) + "bl" + "P"
	if !checkEntraClientSecret([]byte(sample)).OK {
		t.Errorf("Microsoft's sample secret fails the checksum")
	}
	g := fake.New(7)
	for range 20 {
		s := entraSecret(g.String(entraSecretAlphabet, 3) + "8Q~" + g.String(entraSecretAlphabet, 31))
		if !checkEntraClientSecret([]byte(s)).OK {
			t.Errorf("valid secret %q rejected", s)
		}
		bad := s[:39] + string(entraSecretAlphabet[(strings.IndexByte(entraSecretAlphabet, s[39])+1)%66])
		if checkEntraClientSecret([]byte(bad)).OK {
			t.Errorf("secret with a wrong checksum %q accepted", bad)
		}
	}
}

// identifiableKey builds an Azure identifiable key of n bytes (32 or 64):
// random base64 characters, the signature just before the last six
// characters, and the Marvin32 checksum in the last four bytes.
func identifiableKey(g *fake.Gen, n int, signature string, seed uint64) string {
	chars := base64.StdEncoding.EncodedLen(n)
	unpadded := base64.RawStdEncoding.EncodedLen(n)
	text := g.String(fake.Base64, unpadded-10) + signature + strings.Repeat("A", 6) + strings.Repeat("=", chars-unpadded)
	b, err := base64.StdEncoding.DecodeString(text)
	if err != nil {
		panic(err)
	}
	binary.LittleEndian.PutUint32(b[n-4:], marvin32Fold(seed, b[:n-4]))
	return base64.StdEncoding.EncodeToString(b)
}

func TestAzureIdentifiable(t *testing.T) {
	g := fake.New(3)
	for _, tc := range []struct {
		n         int
		signature string
		seed      uint64
	}{
		{64, "+ASt", 0x44656661756c7430},
		{32, "+ASb", 0x4c697374656e3030},
		{32, "AIoT", 0x496f544875623030},
		{32, "AZEG", 0x44656661756c7430},
		{32, "AZEG", 0x53656e6452656376},
		{64, "ACDb", 0x4d61737452573030},
		{64, "ACDb", 0x5265736f75723030},
	} {
		key := identifiableKey(g, tc.n, tc.signature, tc.seed)
		if !strings.Contains(key, tc.signature) {
			t.Fatalf("key %q lacks signature %s", key, tc.signature)
		}
		if !checkAzureIdentifiableKey([]byte(key)).OK || checkAzureUnidentifiableKey([]byte(key)).OK {
			t.Errorf("identifiable key %q not recognised", key)
		}
		broken := identifiableKey(g, tc.n, tc.signature, tc.seed+1)
		if checkAzureIdentifiableKey([]byte(broken)).OK {
			t.Errorf("key with a wrong checksum %q accepted", broken)
		}
	}
	legacy := g.Base64Bytes(64)
	if checkAzureIdentifiableKey([]byte(legacy)).OK || !checkAzureUnidentifiableKey([]byte(legacy)).OK {
		t.Errorf("legacy key %q taken for an identifiable one", legacy)
	}
}

func TestCheckAzureSASSignature(t *testing.T) {
	g := fake.New(5)
	for range 10 {
		sig := g.Base64Bytes(32)
		escaped := strings.NewReplacer("+", "%2B", "/", "%2F", "=", "%3D").Replace(sig)
		for _, s := range []string{sig, escaped} {
			if !checkAzureSASSignature([]byte(s)).OK {
				t.Errorf("signature %q rejected", s)
			}
		}
	}
	for _, s := range []string{g.Base64Bytes(33), g.Alnum(44), "not%ZZbase64"} {
		if checkAzureSASSignature([]byte(s)).OK {
			t.Errorf("non-signature %q accepted", s)
		}
	}
}
