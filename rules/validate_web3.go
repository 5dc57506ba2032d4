package rules

import (
	"bytes"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"math/big"
	"slices"
	"strconv"
	"strings"
)

// base58Letters are the 58 characters of Bitcoin's base58, in value order.
const base58Letters = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// decodeBase58 decodes a Bitcoin-alphabet base58 string; each leading '1'
// is a leading zero byte.
func decodeBase58(s string) ([]byte, bool) {
	n, radix := new(big.Int), big.NewInt(58)
	for i := range len(s) {
		d := strings.IndexByte(base58Letters, s[i])
		if d < 0 {
			return nil, false
		}
		n.Mul(n, radix).Add(n, big.NewInt(int64(d)))
	}
	zeros := len(s) - len(strings.TrimLeft(s, "1"))
	return append(make([]byte, zeros), n.Bytes()...), true
}

// decodeBase58Check decodes base58 with its four-byte double-SHA-256
// checksum, which it checks and drops.
func decodeBase58Check(s string) ([]byte, bool) {
	b, ok := decodeBase58(s)
	if !ok || len(b) < 5 {
		return nil, false
	}
	body, sum := b[:len(b)-4], b[len(b)-4:]
	first := sha256.Sum256(body)
	second := sha256.Sum256(first[:])
	return body, bytes.Equal(second[:4], sum)
}

// secp256k1Order is n, the order of the secp256k1 group: a private key
// is a number from 1 to n-1.
var secp256k1Order, _ = new(big.Int).SetString("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141", 16)

// validScalar says key (32 bytes, big-endian) is a secp256k1 private key.
func validScalar(key []byte) bool {
	k := new(big.Int).SetBytes(key)
	return k.Sign() > 0 && k.Cmp(secp256k1Order) < 0
}

// publishedDevKeys are the SHA-256 digests (of the lower-case hex, no 0x)
// of the private keys local development chains give their accounts: the
// twenty of Hardhat and Anvil (Foundry), derived along m/44'/60'/0'/0/i
// from the public mnemonic of eleven "test" and "junk" their documentation
// prints, then those of Ganache and truffle develop. Anyone can
// spend from them, so they are placeholders, not secrets. The keys are not
// stored: a token-shaped literal would itself be a finding.
var publishedDevKeys = []string{
	"bc1a50966c9e6486bc4ebf880b51611a2a97fcb8e7a6976e9b81a9e3e8ca0e3c",
	"8335c55334821eefd4334369ff9c04a8594f161013cf9d87f58802d87297837e",
	"b26ab6529d20ebebb4192256f202984754f785481c64b1a1aed58cac93b3617e",
	"64034b44c579b335ab5e85debbfe72789e970138cc8d296799c3833a2a8525fb",
	"4d3e46eec8244d1d106f866ee48994f6176705298aee1b8426b2ad2529eb454b",
	"0aedba9d586f34f95cf1f0d54926f62e8a078ce2ca593be73ab27a87d3ff9c5d",
	"28e543d3753fc9d14c658ebef20b76a3b5f8e7d78667baf27832ceb3bea01bdf",
	"f070994a8599478580678f2b9482c5f02bb3de0647281e8efae183669425808a",
	"38e69fdd19aefeb4adf56312f10e62c30274997835173c7006308323ad7db506",
	"967f21586cdf1248a862f2cfb330099701c942c2c7a7537c54f7ec48f8556505",
	"0b33e0132123e78d42dd12a0fbbbacd19827d35ca88e0ad4ba83a47a65ba0487",
	"84bc109b3d59b0173a76fc3d831360a6e5063b3d4c82793a97de992947a0e3a8",
	"85bde548053aab4b5a6c78473d5eb2addaa5824299ad009bf06775e3ce923010",
	"f1513114f60e5e95732b840669fe83956d8a944d23e6c76f953e7edcf2491901",
	"5330d388af894c9e1a181a06a3ce44d61fd8602165d979942be4641f4002762f",
	"a2e06155cb1a424f972c3abfaddc9cea4820c4aec722d2378903fe28dd8fc40c",
	"4a67d7a0d8a16d6d954cef19eb5afdbdd82cc0e907a571f376ef0a0981a2a9d4",
	"b08bdfde9930d9202809530dcbe193c53fd0dc6928f2010d2ffca74df95ead36",
	"cf1fc66f853151a4c6666909c8f1f80e1d855ecffefbcb65a709aae544de5588",
	"100546a8b020a55aa09b2d34b50de9a3fc45a70b261aec6a989bb2d9321af583",
	// Ganache's --deterministic accounts, then truffle develop's (the first
	// ten of each, from the sample mnemonics their documentation prints).
	"578592185588730b9d10b87e2274706a8301a179cdb60fb4263c788e7e679503",
	"30e55f5463e22af009a1b785a4d723190c4522bfa2696c2ab85fd12cedca708d",
	"70b801afae94d2e653c9612d0ebbba1f52f0d6fca900a0c0f0aa0f3e500e41e9",
	"0bc9fde2b028e3b067e45059c84dbcf43b573344d84f1f259dd912427e76f83f",
	"f51c2c795f782308c7dcfa92a59cf89c9b21758b3cc8ace822bb78ffbb0f861f",
	"6dea34b661141091338390067dc6fe04c911ed6b939f7dce3faa8b6e68e755f0",
	"faeb1dab5a326eef752d42930ec4bf5305724d2b0ddfb06ba9e89b1a36449207",
	"196fbadca8b7eea62510a490b7e8131ec83cfe1dc33ace8660333d139ebb9c1d",
	"ecd5e9d0b08a8a9fd1c35bcd303b3cceea1c8b85ee33d4255849cd3fcd37e0b4",
	"3fd5610ee03a3503edceff018e3fb550d9f2c074609535d5af84cf4a87edfcdb",
	"f24167accb5d690f3426da43061b7028d1e3b44e9a6e3651b741cbdd38fad0a0",
	"07f935b61d37e0e50369eb1f6767a9d259f5b3d5a870a98e4e1d26f75e98a452",
	"e4f1734df0250d547add02b71d673170708b44b4abf2883906e1f54cf5bb86f8",
	"7d1b5fc238610328f01371ec9c078deb07f4c4db48fecefe1df8384de7f5cf55",
	"33f532fd39fa0d77b2255c300529a2c851954db88acd238b1c947c142707444c",
	"728383dec632311291f24ce02a3688cd93217398778c2622b46c967e29ea5162",
	"664b73b16aa577481e905f3f2fd5bdd3662a3078568b268c390d2010e3c131f7",
	"e4639de7f01667f6bb13a507e02446c89f8cd845c4f57fd09688af8ddae4ccf9",
	"98a38f6dad3f47affd7110b65b627ac61967faaa20d50cffaaaf4df2c31a4604",
	"c15f3d9dfdc983890ac1b6f44e06f6edaaa4915e9698b43871679ef8599f4a22",
}

// isPublishedDevKey says hexKey (lower-case, no 0x) is one of
// [publishedDevKeys].
func isPublishedDevKey(hexKey string) bool {
	return slices.Contains(publishedDevKeys, sha256Hex(hexKey))
}

// checkEVMPrivateKey checks an Ethereum (EVM) private key: 64 hex digits,
// with or without 0x, a number from 1 to n-1 of secp256k1, and not one of
// the published development keys of Hardhat and Anvil.
func checkEVMPrivateKey(secret []byte) Check {
	s := strings.ToLower(string(secret))
	s = strings.TrimPrefix(s, "0x")
	key, err := hex.DecodeString(s)
	if err != nil || len(key) != 32 {
		return Check{}
	}
	return Check{OK: validScalar(key) && !isPublishedDevKey(s)}
}

// checkWIF checks a Bitcoin wallet import format private key: base58check
// of a version byte (0x80 mainnet, 0xef testnet), the 32-byte key and,
// for a key of a compressed public key, a final 0x01.
func checkWIF(secret []byte) Check {
	b, ok := decodeBase58Check(string(secret))
	if !ok || (b[0] != 0x80 && b[0] != 0xef) {
		return Check{}
	}
	switch {
	case len(b) == 33:
	case len(b) == 34 && b[33] == 0x01:
	default:
		return Check{}
	}
	return Check{OK: validScalar(b[1:33])}
}

// checkBIP32PrivateKey checks a BIP 32 extended private key (xprv, tprv
// and the SLIP 132 yprv, zprv, ...): base58check of 78 bytes whose key
// field is a zero byte and a valid secp256k1 private key.
func checkBIP32PrivateKey(secret []byte) Check {
	b, ok := decodeBase58Check(string(secret))
	if !ok || len(b) != 78 || b[45] != 0 {
		return Check{}
	}
	return Check{OK: validScalar(b[46:78])}
}

// ed25519KeypairOK says b is a 64-byte ed25519 keypair as Solana and NEAR
// store it: a 32-byte seed followed by the public key derived from it.
func ed25519KeypairOK(b []byte) bool {
	if len(b) != ed25519.PrivateKeySize {
		return false
	}
	derived := ed25519.NewKeyFromSeed(b[:ed25519.SeedSize])
	return bytes.Equal(derived[ed25519.SeedSize:], b[ed25519.SeedSize:])
}

// checkEd25519KeypairArray checks a Solana keypair file's content: a JSON
// array of 64 numbers from 0 to 255 that form an ed25519 keypair.
func checkEd25519KeypairArray(secret []byte) Check {
	fields := strings.FieldsFunc(string(secret), func(r rune) bool {
		return r == '[' || r == ']' || r == ',' || r == ' ' || r == '\t' || r == '\r' || r == '\n'
	})
	key := make([]byte, 0, len(fields))
	for _, f := range fields {
		n, err := strconv.ParseUint(f, 10, 8)
		if err != nil {
			return Check{}
		}
		key = append(key, byte(n))
	}
	return Check{OK: ed25519KeypairOK(key)}
}

// checkEd25519KeypairBase58 checks a base58 ed25519 keypair (a Solana
// secret key as wallets export it, a NEAR "ed25519:" secret key): 64
// bytes, the seed then its public key.
func checkEd25519KeypairBase58(secret []byte) Check {
	s := string(secret)
	if i := strings.IndexByte(s, ':'); i >= 0 {
		s = s[i+1:]
	}
	b, ok := decodeBase58(s)
	return Check{OK: ok && ed25519KeypairOK(b)}
}

// checkSuiPrivateKey checks a Sui private key (suiprivkey1...): bech32
// of a scheme flag (0 ed25519, 1 secp256k1, 2 secp256r1) and a 32-byte key.
func checkSuiPrivateKey(secret []byte) Check {
	b, ok := bech32Bytes(secret, "suiprivkey")
	return Check{OK: ok && len(b) == 33 && b[0] <= 2}
}

// checkNostrSecretKey checks a Nostr secret key (nsec1..., NIP-19): bech32
// with the human-readable part "nsec" of a 32-byte key.
func checkNostrSecretKey(secret []byte) Check {
	b, ok := bech32Bytes(secret, "nsec")
	return Check{OK: ok && len(b) == 32}
}

// bech32Bytes decodes secret, bech32 in either case, when its
// human-readable part is hrp, and returns the bytes it holds.
func bech32Bytes(secret []byte, hrp string) ([]byte, bool) {
	got, values, ok := decodeBech32(strings.ToLower(string(secret)))
	if !ok || got != hrp {
		return nil, false
	}
	return bech32Regroup(values, 5, 8)
}

// checkEd25519KeypairBase64 checks a base64 ed25519 keypair (a Coinbase
// Developer Platform API key secret): 64 bytes, the seed then its public
// key.
func checkEd25519KeypairBase64(secret []byte) Check {
	b, err := base64.StdEncoding.DecodeString(string(secret))
	return Check{OK: err == nil && ed25519KeypairOK(b)}
}

// checkLNDMacaroon checks an LND macaroon in hex (as lncli and the REST
// Grpc-Metadata-macaroon header take it): a version 2 binary macaroon
// whose location is "lnd".
func checkLNDMacaroon(secret []byte) Check {
	raw, err := hex.DecodeString(string(secret))
	if err != nil {
		return Check{}
	}
	m, err := parseMacaroon(raw)
	return Check{OK: err == nil && m.location == "lnd"}
}
