// Cases for the token and key formats that no single provider owns, added
// in the s30 toys change: PASETO tokens and PASERK keys, Fernet tokens, Tink
// cleartext keysets, macaroons, Biscuit tokens and root keys, Monero private
// keys and libsodium / NaCl keys. Every value is built at run time from
// parts and random bytes, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"encoding/binary"
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30toysFernet builds a Fernet token (version 0x80, a timestamp, IV,
// ciphertext blocks and HMAC) in base64url, padded or not.
func s30toysFernet(g *fake.Gen, blocks int, padded bool) string {
	raw := []byte{0x80}
	var ts [8]byte
	binary.BigEndian.PutUint64(ts[:], uint64(1_700_000_000+g.IntN(90_000_000)))
	raw = append(raw, ts[:]...)
	raw = append(raw, g.Bytes(16+16*blocks+32)...)
	if padded {
		return base64.URLEncoding.EncodeToString(raw)
	}
	return base64.RawURLEncoding.EncodeToString(raw)
}

// s30toysMacaroonV1 builds a v1 macaroon: packets of a 4-hex-digit length,
// a field name, a space, the value and a newline, in base64url.
func s30toysMacaroonV1(g *fake.Gen) string {
	packet := func(k, v string) string { return fmt.Sprintf("%04x%s %s\n", 4+len(k)+1+len(v)+1, k, v) }
	raw := packet("location", "https://api.example.com/") +
		packet("identifier", g.Hex(32)) +
		packet("cid", "time < 2031-01-01T00:00:00Z") +
		packet("signature", string(g.Bytes(32)))
	return base64.RawURLEncoding.EncodeToString([]byte(raw))
}

// s30toysMacaroonV2 builds a v2 binary macaroon in base64url: version 2,
// location, identifier, end of section, no caveats, the signature.
func s30toysMacaroonV2(g *fake.Gen) string {
	loc := "charmhub"
	id := g.Bytes(48)
	raw := []byte{0x02, 0x01, byte(len(loc))}
	raw = append(raw, loc...)
	raw = append(raw, 0x02, byte(len(id)))
	raw = append(raw, id...)
	raw = append(raw, 0x00, 0x00, 0x06, 0x20)
	raw = append(raw, g.Bytes(32)...)
	return base64.RawURLEncoding.EncodeToString(raw)
}

// s30toysBiscuit builds a Biscuit token: the authority block (field 2) of a
// protobuf message, in padded base64url.
func s30toysBiscuit(g *fake.Gen) string {
	body := g.Bytes(180)
	raw := append([]byte{0x12, 0xb4, 0x01}, body...)
	return base64.URLEncoding.EncodeToString(raw)
}

// s30toysMoneroKey is a little-endian scalar below 2^252 in hex, as Monero's
// sc_reduce32 leaves private keys; top is the last byte.
func s30toysMoneroKey(g *fake.Gen, top int) string {
	return g.Hex(62) + fmt.Sprintf("%02x", top)
}

// s30toysCases are the cases of the rules this change adds.
func s30toysCases() map[string]Builder {
	return map[string]Builder{
		"paseto-token": func(g *fake.Gen) Cases {
			v4public := fake.Join("v4", ".pub", "lic.")
			v4local := fake.Join("v4", ".lo", "cal.")
			v2local := fake.Join("v2", ".lo", "cal.")
			claims := base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"svc-` + g.LowerAlnum(6) + `","exp":"2031-01-01T00:00:00+00:00"}`))
			sig := base64.RawURLEncoding.EncodeToString(g.Bytes(64))
			return Cases{
				Positives: []string{
					"Authorization: Bearer " + v4public + claims + sig + "\n",
					"PASETO_TOKEN=" + v4local + g.String(fake.Base64URL, 130) + "\n",
					"session:\n  token: \"" + v2local + g.String(fake.Base64URL, 96) + "." + base64.RawURLEncoding.EncodeToString([]byte(`{"kid":"`+g.LowerAlnum(8)+`"}`)) + "\"\n",
				},
				Negatives: []string{
					// no such version
					"PASETO_TOKEN=" + fake.Join("v7", ".lo", "cal.") + g.String(fake.Base64URL, 130) + "\n",
					// too short for any token
					"PASETO_TOKEN=" + v4local + g.String(fake.Base64URL, 30) + "\n",
					// a placeholder
					"PASETO_TOKEN=" + v4public + strings.Repeat("A", 120) + "\n",
					// a version string glued to a word
					"release=app" + v4local + g.String(fake.Base64URL, 80) + "\n",
				},
			}
		},
		"paserk-secret-key": func(g *fake.Gen) Cases {
			local := fake.Join("k4", ".lo", "cal.")
			secret := fake.Join("k4", ".sec", "ret.")
			return Cases{
				Positives: []string{
					"PASETO_LOCAL_KEY=" + local + base64.RawURLEncoding.EncodeToString(g.Bytes(32)) + "\n",
					"paseto:\n  signing_key: \"" + secret + base64.RawURLEncoding.EncodeToString(g.Bytes(64)) + "\"\n",
					"key = SymmetricKey.from_paserk(\"" + fake.Join("k3", ".lo", "cal.") + base64.RawURLEncoding.EncodeToString(g.Bytes(32)) + "\")\n",
					"PASERK_SECRET=" + fake.Join("k3", ".sec", "ret.") + base64.RawURLEncoding.EncodeToString(g.Bytes(48)) + "\n",
				},
				Negatives: []string{
					// a public key and a key id are not secret
					"PASETO_PUBLIC_KEY=" + fake.Join("k4", ".pub", "lic.") + base64.RawURLEncoding.EncodeToString(g.Bytes(32)) + "\n",
					"kid=" + fake.Join("k4", ".l", "id.") + base64.RawURLEncoding.EncodeToString(g.Bytes(33)) + "\n",
					// a wrapped key is encrypted
					"PASETO_LOCAL_KEY=" + fake.Join("k4", ".local-", "wrap.pie.") + base64.RawURLEncoding.EncodeToString(g.Bytes(96)) + "\n",
					// the wrong length for a local key
					"PASETO_LOCAL_KEY=" + local + base64.RawURLEncoding.EncodeToString(g.Bytes(24)) + "\n",
				},
			}
		},
		"fernet-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -H \"X-Auth-Token: " + s30toysFernet(g, 6, false) + "\" https://keystone.example.com:5000/v3/projects\n",
					"OS_TOKEN=" + s30toysFernet(g, 5, false) + "\n",
					"encrypted_password = b\"" + s30toysFernet(g, 1, true) + "\"\n",
				},
				Negatives: []string{
					// too short for a token
					"OS_TOKEN=" + s30toysFernet(g, 0, false)[:60] + "\n",
					// a placeholder
					"OS_TOKEN=" + s30toysFernet(g, 2, true)[:6] + strings.Repeat("x", 120) + "\n",
					// the prefix glued to other base64
					"blob=" + g.MixedAlnum(10) + s30toysFernet(g, 3, true) + "\n",
				},
			}
		},
		"tink-cleartext-keyset": func(g *fake.Gen) Cases {
			tinkType := func(name string) string { return "type.googleapis.com/" + fake.Join("google.crypto", ".tink.") + name }
			keyset := func(name, value, kind string) string {
				return "{\n  \"primaryKeyId\": " + fmt.Sprint(1_000_000_000+g.IntN(1_000_000_000)) + ",\n  \"key\": [\n    {\n      \"keyData\": {\n" +
					"        \"typeUrl\": \"" + tinkType(name) + "\",\n        \"value\": \"" + value + "\",\n        \"keyMaterialType\": \"" + kind + "\"\n      },\n" +
					"      \"status\": \"ENABLED\",\n      \"keyId\": 1931667682,\n      \"outputPrefixType\": \"TINK\"\n    }\n  ]\n}\n"
			}
			aes := func() string { return base64.StdEncoding.EncodeToString(append([]byte{0x1a, 0x20}, g.Bytes(32)...)) }
			return Cases{
				Positives: []string{
					keyset("AesGcmKey", aes(), "SYMMETRIC"),
					keyset("Ed25519PrivateKey", base64.StdEncoding.EncodeToString(append([]byte{0x12, 0x20}, g.Bytes(72)...)), "ASYMMETRIC_PRIVATE"),
					"TINK_KEYSET='{\"primaryKeyId\":42,\"key\":[{\"keyData\":{\"typeUrl\":\"" + tinkType("HmacKey") + "\",\"value\":\"" + base64.StdEncoding.EncodeToString(append([]byte{0x12, 0x04, 0x08, 0x03, 0x10, 0x20, 0x1a, 0x20}, g.Bytes(32)...)) + "\",\"keyMaterialType\":\"SYMMETRIC\"},\"status\":\"ENABLED\",\"keyId\":42,\"outputPrefixType\":\"TINK\"}]}'\n",
				},
				Negatives: []string{
					// a public keyset holds no secret
					keyset("Ed25519PublicKey", base64.StdEncoding.EncodeToString(append([]byte{0x12, 0x20}, g.Bytes(32)...)), "ASYMMETRIC_PUBLIC"),
					// a KMS-backed key holds only the key's URI
					keyset("KmsAeadKey", base64.StdEncoding.EncodeToString([]byte("\n"+"gcp-kms://projects/p/locations/global/keyRings/r/cryptoKeys/k")), "REMOTE"),
					// a placeholder value
					keyset("AesGcmKey", strings.Repeat("A", 44), "SYMMETRIC"),
				},
			}
		},
		"macaroon-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MACAROON=" + s30toysMacaroonV1(g) + "\n",
					"Authorization: Macaroon root=\"" + s30toysMacaroonV2(g) + "\", discharge=\"" + s30toysMacaroonV2(g) + "\"\n",
					"auth:\n  macaroon: " + s30toysMacaroonV1(g) + "\n",
					"m = Macaroon.deserialize(\"" + s30toysMacaroonV2(g) + "\")\n",
				},
				Negatives: []string{
					// too short
					"MACAROON=" + s30toysMacaroonV1(g)[:50] + "\n",
					// a placeholder
					"MACAROON=" + s30toysMacaroonV2(g)[:3] + strings.Repeat("x", 100) + "\n",
					// base64 that is no macaroon serialization
					"MACAROON=" + "Zm9v" + g.String(fake.Base64URL, 120) + "\n",
					// the word in prose
					"macaroon recipes with almond flour and egg whites\n",
				},
			}
		},
		"biscuit-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BISCUIT_TOKEN=" + s30toysBiscuit(g) + "\n",
					"let token = Biscuit::from_base64(\"" + s30toysBiscuit(g) + "\", root.public())?;\n",
					"auth:\n  biscuit: \"" + s30toysBiscuit(g) + "\"\n",
				},
				Negatives: []string{
					// too short for a token
					"BISCUIT_TOKEN=" + s30toysBiscuit(g)[:80] + "\n",
					// a placeholder
					"BISCUIT_TOKEN=E" + strings.Repeat("x", 200) + "\n",
					// base64 that is no Biscuit message
					"BISCUIT_TOKEN=Q" + g.String(fake.Base64URL, 220) + "\n",
				},
			}
		},
		"biscuit-private-key": func(g *fake.Gen) Cases {
			ed := fake.Join("ed25519", "-private/")
			return Cases{
				Positives: []string{
					"BISCUIT_PRIVATE_KEY=" + ed + g.Hex(64) + "\n",
					"let root = KeyPair::from(&PrivateKey::from_str(\"" + ed + g.Hex(64) + "\")?);\n",
					"biscuit:\n  root_key: " + fake.Join("secp256r1", "-private/") + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// a public key
					"BISCUIT_PUBLIC_KEY=" + fake.Join("ed25519", "/") + g.Hex(64) + "\n",
					// too short
					"BISCUIT_PRIVATE_KEY=" + ed + g.Hex(40) + "\n",
					// a placeholder
					"BISCUIT_PRIVATE_KEY=" + ed + "<hex>\n",
				},
			}
		},
		"monero-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MONERO_SPEND_KEY=" + s30toysMoneroKey(g, g.IntN(16)) + "\n",
					"Secret spend key: " + s30toysMoneroKey(g, g.IntN(16)) + "\n",
					"{\"jsonrpc\":\"2.0\",\"id\":\"0\",\"result\":{\"spend_key\":\"" + s30toysMoneroKey(g, g.IntN(16)) + "\"}}\n",
					"xmr_view_key: " + s30toysMoneroKey(g, g.IntN(16)) + "\n",
				},
				Negatives: []string{
					// not a reduced scalar: the last byte is too large
					"MONERO_SPEND_KEY=" + s30toysMoneroKey(g, 0x80+g.IntN(0x7f)) + "\n",
					// a view key without a Monero name
					"view_key: " + s30toysMoneroKey(g, g.IntN(16)) + "\n",
					// too short
					"MONERO_SPEND_KEY=" + g.Hex(40) + "\n",
					// a placeholder
					"MONERO_SPEND_KEY=" + strings.Repeat("0", 64) + "\n",
				},
			}
		},
		"libsodium-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SODIUM_SECRET_KEY=" + g.Base64Bytes(32) + "\n",
					"<?php\n$secretboxKey = base64_decode('" + g.Base64Bytes(32) + "');\n",
					"NACL_SIGNING_KEY=" + g.Base64Bytes(64) + "\n",
					"sodium:\n  key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// a word that holds nacl
					"PINNACLE_KEY=" + g.Base64Bytes(32) + "\n",
					// the wrong length for a sodium key
					"SODIUM_SECRET_KEY=" + g.Base64Bytes(24) + "\n",
					// a placeholder
					"SODIUM_SECRET_KEY=" + strings.Repeat("x", 43) + "=\n",
					// a nonce is not a key
					"sodium_nonce = " + g.Base64Bytes(24) + "\n",
				},
			}
		},
	}
}
