package fake

import (
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"math/big"
	"strings"
)

// base58Chars are the 58 characters of Bitcoin's base58, in value order.
const base58Chars = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// Base58 encodes b in Bitcoin's base58, each leading zero byte as '1'.
func Base58(b []byte) string {
	n, radix, mod := new(big.Int).SetBytes(b), big.NewInt(58), new(big.Int)
	var out []byte
	for n.Sign() > 0 {
		n.DivMod(n, radix, mod)
		out = append(out, base58Chars[mod.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// Base58Check encodes b with its four-byte double-SHA-256 checksum.
func Base58Check(b []byte) string {
	first := sha256.Sum256(b)
	second := sha256.Sum256(first[:])
	return Base58(append(append([]byte{}, b...), second[:4]...))
}

// EVMKey returns an Ethereum private key: 0x and 64 hex digits.
func (g *Gen) EVMKey() string { return Join("0", "x", g.Hex(64)) }

// WIF returns a Bitcoin private key in wallet import format: mainnet or
// testnet, of a compressed public key or not.
func (g *Gen) WIF(compressed, testnet bool) string {
	version := byte(0x80)
	if testnet {
		version = 0xef
	}
	b := append([]byte{version}, g.Bytes(32)...)
	if compressed {
		b = append(b, 1)
	}
	return Base58Check(b)
}

// ExtendedPrivateKey returns a BIP 32 extended private key with the
// 4-byte version given (0x0488ade4 is xprv, 0x04358394 tprv).
func (g *Gen) ExtendedPrivateKey(version uint32) string {
	b := []byte{byte(version >> 24), byte(version >> 16), byte(version >> 8), byte(version)}
	b = append(b, 3)              // depth
	b = append(b, g.Bytes(8)...)  // parent fingerprint, child number
	b = append(b, g.Bytes(32)...) // chain code
	b = append(b, 0)              // key field marker
	b = append(b, g.Bytes(32)...) // key
	return Base58Check(b)
}

// Ed25519Keypair returns a 64-byte ed25519 keypair as Solana and NEAR
// store it: a random seed, then its public key.
func (g *Gen) Ed25519Keypair() []byte {
	return ed25519.NewKeyFromSeed(g.Bytes(ed25519.SeedSize))
}

// SolanaKeypairJSON returns a keypair as solana-keygen writes id.json: a
// JSON array of its 64 bytes.
func (g *Gen) SolanaKeypairJSON() string {
	var b strings.Builder
	b.WriteByte('[')
	for i, c := range g.Ed25519Keypair() {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(big.NewInt(int64(c)).String())
	}
	b.WriteByte(']')
	return b.String()
}

// SuiPrivateKey returns a Sui private key: bech32 with the part
// "suiprivkey" of the scheme flag (0, ed25519) and a random 32-byte key.
func (g *Gen) SuiPrivateKey() string {
	return bech32Lower(Join("sui", "privkey"), append([]byte{0}, g.Bytes(32)...))
}

// Mnemonic returns a BIP 39 mnemonic of n words (12, 15, 18, 21 or 24)
// from wordlist (the 2048 words of a BIP 39 list): random entropy and its
// checksum.
func (g *Gen) Mnemonic(wordlist []string, n int) string {
	entropy := g.Bytes(n * 11 * 32 / 33 / 8)
	sum := sha256.Sum256(entropy)
	bits := new(big.Int).SetBytes(entropy)
	cs := n * 11 / 33
	bits.Lsh(bits, uint(cs)).Or(bits, big.NewInt(int64(sum[0]>>(8-cs))))
	words := make([]string, n)
	mask := big.NewInt(2047)
	for i := n - 1; i >= 0; i-- {
		words[i] = wordlist[new(big.Int).And(bits, mask).Int64()]
		bits.Rsh(bits, 11)
	}
	return strings.Join(words, " ")
}

// NostrSecretKey returns a Nostr secret key (NIP-19): bech32 with the
// part "nsec" of a random 32-byte key.
func (g *Gen) NostrSecretKey() string { return bech32Lower(Join("ns", "ec"), g.Bytes(32)) }

// bech32Lower encodes data (bytes) in lower-case bech32 under hrp.
func bech32Lower(hrp string, data []byte) string {
	five := bech32ToFive(data)
	values := append(bech32HRP(hrp), five...)
	values = append(values, 0, 0, 0, 0, 0, 0)
	mod := bech32Mod(values) ^ 1
	var b strings.Builder
	b.WriteString(hrp + "1")
	for _, d := range five {
		b.WriteByte(bech32Chars[d])
	}
	for i := range 6 {
		b.WriteByte(bech32Chars[mod>>(5*(5-i))&31])
	}
	return b.String()
}

// LNDMacaroon returns an LND macaroon in lower-case hex: a version 2
// binary macaroon with the location "lnd", a random identifier, one
// caveat and a random 32-byte signature.
func (g *Gen) LNDMacaroon() string {
	id := g.Bytes(40)
	caveat := []byte(Join("time-before ", "2030-01-01T00:00:00Z"))
	b := []byte{2, 1, 3, 'l', 'n', 'd', 2, byte(len(id))}
	b = append(b, id...)
	b = append(b, 0, 2, byte(len(caveat)))
	b = append(b, caveat...)
	b = append(b, 0, 0, 6, 32)
	b = append(b, g.Bytes(32)...)
	return hex.EncodeToString(b)
}
