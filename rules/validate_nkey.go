package rules

import (
	"encoding/base32"

	"github.com/keysieve/keysieve/internal/crc16"
)

// nkeySeedRoles names the role of an NKEY seed by the type byte packed into
// its first two bytes (nats-io/nkeys: PrefixByteUser, ...Account, ...).
var nkeySeedRoles = map[byte]string{
	20 << 3: "user",
	0:       "account",
	14 << 3: "operator",
	13 << 3: "server",
	2 << 3:  "cluster",
	23 << 3: "curve",
}

// checkNKeySeed checks a NATS NKEY seed: unpadded RFC 4648 base32 of two
// prefix bytes (the seed marker 18<<3 and a role), a 32-byte Ed25519 seed
// and a little-endian CRC-16/XMODEM of the bytes before it.
func checkNKeySeed(secret []byte) Check {
	raw, err := base32.StdEncoding.WithPadding(base32.NoPadding).DecodeString(string(secret))
	if err != nil || len(raw) != 36 {
		return Check{}
	}
	body, sum := raw[:34], uint16(raw[34])|uint16(raw[35])<<8
	if crc16.XModem(body) != sum || raw[0]&0xf8 != 18<<3 {
		return Check{}
	}
	role, ok := nkeySeedRoles[(raw[0]&7)<<5|raw[1]>>3]
	if !ok {
		return Check{}
	}
	return Check{OK: true, Owner: "nats " + role + " nkey"}
}
