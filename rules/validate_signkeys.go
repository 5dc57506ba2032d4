package rules

import "bytes"

// Secret key files of the Ed25519 signing tools, base64 of a fixed layout:
//   - minisign (jedisct1/minisign src/minisign.h, SeckeyStruct): "Ed", the
//     KDF "Sc" (scrypt) or two zero bytes (no password), the checksum
//     algorithm "B2", a 32-byte salt, 8-byte opslimit and memlimit, then
//     key id, secret key and checksum: 158 bytes;
//   - signify (OpenBSD signify.c, struct enckey): "Ed", "BK" (bcrypt_pbkdf),
//     4-byte rounds, 16-byte salt, 8-byte checksum, 8-byte key number and
//     the 64-byte key: 104 bytes;
//   - Tor onion service v3 (hs_ed25519_secret_key, tor
//     src/lib/crypt_ops/crypto_format.c): the 32-byte tag
//     "== ed25519v1-secret: type0 ==" padded with zero bytes, then the
//     64-byte expanded key: 96 bytes.
const (
	minisignKeyLen = 158
	signifyKeyLen  = 104
	torKeyLen      = 96
)

// torSecretTag is the tag Tor writes before an onion service's secret key.
var torSecretTag = append([]byte("== ed25519v1-secret: type0 =="), 0, 0, 0)

// checkSigningKeyFile checks the decoded layout of a minisign, signify or
// Tor onion service secret key and that its key bytes are not one byte
// repeated.
func checkSigningKeyFile(secret []byte) Check {
	raw, ok := decodeBase64(string(secret), b64Std)
	if !ok {
		return Check{}
	}
	var key []byte
	switch {
	case len(raw) == minisignKeyLen && string(raw[:2]) == "Ed" && string(raw[4:6]) == "B2" &&
		(string(raw[2:4]) == "Sc" || string(raw[2:4]) == "\x00\x00"):
		key = raw[54:]
	case len(raw) == signifyKeyLen && string(raw[:4]) == "EdBK":
		key = raw[40:]
	case len(raw) == torKeyLen && bytes.Equal(raw[:32], torSecretTag):
		key = raw[32:]
	default:
		return Check{}
	}
	return Check{OK: Entropy(key) >= 4.0}
}
