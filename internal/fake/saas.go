package fake

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"hash/crc32"
)

// GrafanaServiceAccountToken returns a well-formed Grafana service account
// token: 32 random characters and the hex of the little-endian CRC32 of
// everything before the checksum.
func (g *Gen) GrafanaServiceAccountToken() string {
	key := Join("gl", "sa_", g.Alnum(32))
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE([]byte(key)))
	return key + "_" + hex.EncodeToString(sum[:])
}

// ConfluentSecret returns a well-formed Confluent Cloud API secret: 54
// random base64 characters and the base64 of their little-endian CRC32.
func (g *Gen) ConfluentSecret() string {
	payload := g.String(Base64, 54)
	var sum [4]byte
	binary.LittleEndian.PutUint32(sum[:], crc32.ChecksumIEEE([]byte(payload)))
	return Join("cf", "lt", payload, base64.RawStdEncoding.EncodeToString(sum[:]))
}

// SentryOrgToken returns a Sentry organization token for org: base64 JSON
// claims and a random 43-character secret.
func (g *Gen) SentryOrgToken(org string) string {
	claims := fmt.Sprintf(`{"iat": %d.%d, "url": "https://sentry.io", "region_url": "https://us.sentry.io", "org": %q}`,
		1700000000+g.IntN(99999999), g.IntN(999999), org)
	return Join("sntr", "ys_", base64.StdEncoding.EncodeToString([]byte(claims)), "_", g.String(Alnum, 43))
}

// hs256JWT returns a token with an HS256 header, the given JSON claims and
// a random signature.
func (g *Gen) hs256JWT(claims string) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	return header + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(Base64URL, 43)
}

// SupabaseKey returns a Supabase API key JWT with the given role ("anon" or
// "service_role") for project ref.
func (g *Gen) SupabaseKey(role, ref string) string {
	iat := 1600000000 + g.IntN(99999999)
	return g.hs256JWT(fmt.Sprintf(`{"iss":"supabase","ref":%q,"role":%q,"iat":%d,"exp":%d}`, ref, role, iat, iat+315360000))
}

// MapboxToken returns a Mapbox token of the given kind ("sk", "tk" or "pk")
// for user.
func (g *Gen) MapboxToken(kind, user string) string {
	claims := fmt.Sprintf(`{"u":%q,"a":%q}`, user, g.String(Lower+Digits, 25))
	return kind + "." + base64.RawURLEncoding.EncodeToString([]byte(claims)) + "." + g.String(Base64URL, 22)
}

// GrafanaLegacyKey returns a legacy Grafana API key: base64 JSON naming a
// random key, the key's name and its id.
func (g *Gen) GrafanaLegacyKey(name string) string {
	claims := fmt.Sprintf(`{"k":%q,"n":%q,"id":%d}`, g.Alnum(32), name, 1+g.IntN(20))
	return base64.StdEncoding.EncodeToString([]byte(claims))
}
