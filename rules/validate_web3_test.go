package rules

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestEVMPrivateKey(t *testing.T) {
	g := fake.New(31)
	key := g.EVMKey()
	wantCheck(t, "0x key", checkNamed(t, "evm-private-key", key), true, "", "")
	wantCheck(t, "bare key", checkNamed(t, "evm-private-key", strings.ToUpper(key[2:])), true, "", "")
	wantCheck(t, "zero", checkNamed(t, "evm-private-key", strings.Repeat("0", 64)), false, "", "")
	wantCheck(t, "above the group order", checkNamed(t, "evm-private-key", strings.Repeat("f", 64)), false, "", "")
	wantCheck(t, "short", checkNamed(t, "evm-private-key", key[:40]), false, "", "")
}

func TestPublishedDevKeysAreDigests(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range publishedDevKeys {
		if b, err := hex.DecodeString(d); err != nil || len(b) != 32 || seen[d] {
			t.Errorf("digest %q: not 32 distinct hex bytes", d)
		}
		seen[d] = true
	}
	if len(seen) != 40 {
		t.Errorf("%d digests, want 40", len(seen))
	}
}

func TestWIF(t *testing.T) {
	g := fake.New(32)
	for _, c := range []struct{ compressed, testnet bool }{{false, false}, {true, false}, {false, true}, {true, true}} {
		w := g.WIF(c.compressed, c.testnet)
		wantCheck(t, "valid "+w[:1], checkNamed(t, "bitcoin-wif", w), true, "", "")
		wantCheck(t, "tampered "+w[:1], checkNamed(t, "bitcoin-wif", tamper(w, 20)), false, "", "")
	}
	wrongVersion := fake.Base58Check(append([]byte{0x81}, g.Bytes(32)...))
	wantCheck(t, "wrong version", checkNamed(t, "bitcoin-wif", wrongVersion), false, "", "")
	wantCheck(t, "not base58", checkNamed(t, "bitcoin-wif", "0OIl"), false, "", "")
}

func TestBIP32PrivateKey(t *testing.T) {
	g := fake.New(33)
	for _, version := range []uint32{0x0488ade4, 0x04358394, 0x04b2430c} {
		x := g.ExtendedPrivateKey(version)
		wantCheck(t, "valid "+x[:4], checkNamed(t, "bip32-private-key", x), true, "", "")
		wantCheck(t, "tampered "+x[:4], checkNamed(t, "bip32-private-key", tamper(x, 60)), false, "", "")
	}
	public := append([]byte{0x04, 0x88, 0xb2, 0x1e, 3}, g.Bytes(40)...)
	public = append(append(public, 2), g.Bytes(32)...)
	wantCheck(t, "extended public key", checkNamed(t, "bip32-private-key", fake.Base58Check(public)), false, "", "")
}

func TestEd25519Keypairs(t *testing.T) {
	g := fake.New(34)
	arr := g.SolanaKeypairJSON()
	wantCheck(t, "array", checkNamed(t, "ed25519-keypair-array", arr), true, "", "")
	spaced := strings.ReplaceAll(arr, ",", ", ")
	wantCheck(t, "spaced array", checkNamed(t, "ed25519-keypair-array", spaced), true, "", "")
	other := g.SolanaKeypairJSON()
	mixed := arr[:strings.Index(arr, ",")] + other[strings.Index(other, ","):]
	wantCheck(t, "first byte changed", checkNamed(t, "ed25519-keypair-array", mixed), false, "", "")
	wantCheck(t, "byte over 255", checkNamed(t, "ed25519-keypair-array", "[256"+arr[strings.Index(arr, ","):]), false, "", "")

	kp := g.Ed25519Keypair()
	b58 := fake.Base58(kp)
	wantCheck(t, "base58", checkNamed(t, "ed25519-keypair-base58", b58), true, "", "")
	wantCheck(t, "near", checkNamed(t, "ed25519-keypair-base58", "ed25519:"+b58), true, "", "")
	kp[40] ^= 1
	wantCheck(t, "public half changed", checkNamed(t, "ed25519-keypair-base58", fake.Base58(kp)), false, "", "")
	wantCheck(t, "random 64 bytes", checkNamed(t, "ed25519-keypair-base58", fake.Base58(g.Bytes(64))), false, "", "")

	kp = g.Ed25519Keypair()
	wantCheck(t, "base64", checkNamed(t, "ed25519-keypair-base64", base64.StdEncoding.EncodeToString(kp)), true, "", "")
	wantCheck(t, "base64 of random bytes", checkNamed(t, "ed25519-keypair-base64", base64.StdEncoding.EncodeToString(g.Bytes(64))), false, "", "")
	wantCheck(t, "not base64", checkNamed(t, "ed25519-keypair-base64", "!!"), false, "", "")
}

func TestSuiPrivateKey(t *testing.T) {
	k := fake.New(35).SuiPrivateKey()
	wantCheck(t, "valid", checkNamed(t, "sui-private-key", k), true, "", "")
	wantCheck(t, "tampered", checkNamed(t, "sui-private-key", tamper(k, 30)), false, "", "")
	wantCheck(t, "other part", checkNamed(t, "sui-private-key", "x"+k[1:]), false, "", "")
}

func TestNostrSecretKey(t *testing.T) {
	k := fake.New(37).NostrSecretKey()
	wantCheck(t, "valid", checkNamed(t, "nostr-nsec", k), true, "", "")
	wantCheck(t, "tampered", checkNamed(t, "nostr-nsec", tamper(k, 30)), false, "", "")
	wantCheck(t, "other part", checkNamed(t, "nostr-nsec", "npub"+k[4:]), false, "", "")
}

func TestLNDMacaroon(t *testing.T) {
	m := fake.New(38).LNDMacaroon()
	wantCheck(t, "valid", checkNamed(t, "lnd-macaroon", m), true, "", "")
	wantCheck(t, "upper case", checkNamed(t, "lnd-macaroon", strings.ToUpper(m)), true, "", "")
	wantCheck(t, "truncated", checkNamed(t, "lnd-macaroon", m[:len(m)-10]), false, "", "")
	wantCheck(t, "other location", checkNamed(t, "lnd-macaroon", strings.Replace(m, "6c6e64", "6c6e65", 1)), false, "", "")
}
