package fake

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"hash"
	"hash/crc32"
	"strconv"
	"strings"
)

// Base36 formats n in lower-case base 36, left-padded with zeros to width.
func Base36(n uint64, width int) string {
	s := strconv.FormatUint(n, 36)
	if len(s) < width {
		s = strings.Repeat("0", width-len(s)) + s
	}
	return s
}

// GitLabRoutable returns a routable GitLab token (version 1 layout) with
// the given prefix ("glpat-", ...) and routing payload ("o:1\nu:2s"):
// base64url(random 16 bytes, payload, payload size), ".01.", the base36
// length of the base64 part, and the base36 CRC32 of all that.
func (g *Gen) GitLabRoutable(prefix, payload string) string {
	raw := append(g.Bytes(16), payload...)
	raw = append(raw, byte(len(payload)))
	encoded := base64.RawURLEncoding.EncodeToString(raw)
	body := prefix + encoded + ".01." + Base36(uint64(len(encoded)), 2)
	return body + Base36(uint64(crc32.ChecksumIEEE([]byte(body))), 7)
}

// AtlassianToken returns an Atlassian-style token: prefix, n random
// base64url characters, "=" and the upper-case hex CRC32 of all that.
func (g *Gen) AtlassianToken(prefix string, n int) string {
	body := prefix + g.String(Base64URL, n) + "="
	return fmt.Sprintf("%s%08X", body, crc32.ChecksumIEEE([]byte(body)))
}

const bech32Chars = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// AgeSecretKey returns an age identity: a random 32-byte key in upper-case
// bech32 with the human-readable part of age secret keys.
func (g *Gen) AgeSecretKey() string {
	return strings.ToUpper(bech32Lower(Join("age-secret", "-key-"), g.Bytes(32)))
}

func bech32ToFive(data []byte) []byte {
	var acc, bits uint
	var out []byte
	for _, v := range data {
		acc = acc<<8 | uint(v)
		bits += 8
		for bits >= 5 {
			bits -= 5
			out = append(out, byte(acc>>bits&31))
		}
	}
	if bits > 0 {
		out = append(out, byte(acc<<(5-bits)&31))
	}
	return out
}

func bech32HRP(hrp string) []byte {
	var out []byte
	for i := range len(hrp) {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := range len(hrp) {
		out = append(out, hrp[i]&31)
	}
	return out
}

func bech32Mod(values []byte) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i, c := range gen {
			if (top>>i)&1 == 1 {
				chk ^= c
			}
		}
	}
	return chk
}

// PyPIToken returns a PyPI API token: "pypi-" and a version 2 binary
// macaroon for location with a random identifier, the given caveats and a
// random signature, in unpadded base64url.
func (g *Gen) PyPIToken(location string, caveats ...string) string {
	raw := []byte{2}
	raw = macaroonField(raw, 1, []byte(location))
	raw = macaroonField(raw, 2, []byte(g.UUID()))
	raw = append(raw, 0)
	for _, c := range caveats {
		raw = macaroonField(raw, 2, []byte(c))
		raw = append(raw, 0)
	}
	raw = append(raw, 0)
	raw = macaroonField(raw, 6, g.Bytes(32))
	return "pypi-" + base64.RawURLEncoding.EncodeToString(raw)
}

func macaroonField(b []byte, typ byte, data []byte) []byte {
	b = append(b, typ)
	b = binary.AppendUvarint(b, uint64(len(data)))
	return append(b, data...)
}

// OnePasswordToken returns a 1Password service account token: "ops_" and
// the unpadded base64url of a JSON object naming the account.
func (g *Gen) OnePasswordToken(email, address string) string {
	doc := fmt.Sprintf(`{"email":%q,"muk":{"alg":"A256GCM","k":%q,"kid":"mp","kty":"oct"},`+
		`"secretKey":%q,"signInAddress":%q,"srpX":%q,"userAuth":{"alg":"PBES2g-HS256","iterations":650000,"method":"SRPg-4096","salt":%q}}`,
		email, g.String(Base64URL, 43), g.String(Upper+Digits, 34), address, g.Hex(64), g.String(Base64URL, 22))
	return "ops_" + base64.RawURLEncoding.EncodeToString([]byte(doc))
}

// JWTWithClaims returns a token with the given JSON header and claims and a random
// 43-character signature.
func (g *Gen) JWTWithClaims(header, claims string) string {
	enc := base64.RawURLEncoding
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(Base64URL, 43)
}

// PuTTYKey returns a .ppk file of the given version (2 or 3) for an
// unencrypted key, with a correct Private-MAC over the public and private
// blobs.
func PuTTYKey(version int, algorithm, comment string, public, private []byte) string {
	var mac hash.Hash
	if version == 2 {
		key := sha1.Sum([]byte("putty-private-key-file-mac-key"))
		mac = hmac.New(sha1.New, key[:])
	} else {
		mac = hmac.New(sha256.New, nil)
	}
	for _, f := range [][]byte{[]byte(algorithm), []byte("none"), []byte(comment), public, private} {
		mac.Write(binary.BigEndian.AppendUint32(nil, uint32(len(f))))
		mac.Write(f)
	}
	pub, priv := ppkLines(public), ppkLines(private)
	return fmt.Sprintf("PuTTY-User-Key-File-%d: %s\nEncryption: none\nComment: %s\nPublic-Lines: %d\n%s\nPrivate-Lines: %d\n%s\nPrivate-MAC: %x\n",
		version, algorithm, comment, len(pub), strings.Join(pub, "\n"), len(priv), strings.Join(priv, "\n"), mac.Sum(nil))
}

// ppkLines encodes b in standard base64 split into 64-character lines.
func ppkLines(b []byte) []string {
	s := base64.StdEncoding.EncodeToString(b)
	var lines []string
	for len(s) > 64 {
		lines, s = append(lines, s[:64]), s[64:]
	}
	return append(lines, s)
}

// PGPSecretKeyPacket returns a version 4 EdDSA secret-key packet (old
// format, tag 5). An unprotected key carries its secret MPI and checksum;
// a protected one an S2K specifier and random encrypted material.
func (g *Gen) PGPSecretKeyPacket(protected bool) []byte {
	body := []byte{4}
	body = append(body, g.Bytes(4)...)
	body = append(body, 22, 9, 0x2b, 0x06, 0x01, 0x04, 0x01, 0xda, 0x47, 0x0f, 0x01)
	body = append(body, 0x01, 0x07, 0x40)
	body = append(body, g.Bytes(32)...)
	if protected {
		body = append(body, 254, 9, 3, 8, 2, 0xff) // AES-256, iterated+salted S2K, SHA-256
		body = append(body, g.Bytes(8+1+16+48)...)
	} else {
		secret := append([]byte{0x00, 0xff}, g.Bytes(32)...)
		secret[2] |= 0x80
		var sum uint16
		for _, b := range secret {
			sum += uint16(b)
		}
		body = append(body, 0)
		body = append(body, secret...)
		body = binary.BigEndian.AppendUint16(body, sum)
	}
	return append([]byte{0x95, byte(len(body) >> 8), byte(len(body))}, body...)
}

// PGPArmor wraps packet data in an ASCII-armored private key block with
// its CRC24 checksum line.
func PGPArmor(data []byte) string {
	crc := pgpCRC24(data)
	sum := base64.StdEncoding.EncodeToString([]byte{byte(crc >> 16), byte(crc >> 8), byte(crc)})
	kind := Join("PGP PRIVATE", " KEY BLOCK")
	return "-----BEGIN " + kind + "-----\n\n" + strings.Join(ppkLines(data), "\n") +
		"\n=" + sum + "\n-----END " + kind + "-----\n"
}

func pgpCRC24(data []byte) uint32 {
	crc := uint32(0xB704CE)
	for _, b := range data {
		crc ^= uint32(b) << 16
		for range 8 {
			crc <<= 1
			if crc&0x1000000 != 0 {
				crc ^= 0x1864CFB
			}
		}
	}
	return crc & 0xFFFFFF
}

// VCSBase64 returns the standard padded base64 encoding of s.
func VCSBase64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
