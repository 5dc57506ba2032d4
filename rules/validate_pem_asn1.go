package rules

import (
	"crypto/x509/pkix"
	"encoding/asn1"
)

// Go's x509 package parses only the key algorithms and curves it can use,
// but OpenSSL writes many more: a DSA or Ed448 key, an RSA-PSS key
// (PKCS#8 with the RSASSA-PSS algorithm), or a secp256k1 key (SEC 1 or
// PKCS#8; the curve of Bitcoin and Ethereum wallets) fails there with
// "unknown algorithm" or "unknown elliptic curve". Such a key is whole and
// usable, not damaged, so its DER structure is checked instead: the
// PKCS#8 PrivateKeyInfo of RFC 5208 / 5958, or the SEC 1 ECPrivateKey of
// RFC 5915, naming an algorithm or curve Go lacks, with key material of a
// plausible size and nothing after it.

// minKeyOctets and maxSEC1KeyOctets bound the private key octets: 16
// bytes is below any real key; a SEC 1 scalar is at most 66 bytes (P-521).
const (
	minKeyOctets     = 16
	maxSEC1KeyOctets = 66
)

// pkcs8Info is the start of a PrivateKeyInfo; attributes and the public
// key that may follow are not needed.
type pkcs8Info struct {
	Version    int
	Algorithm  pkix.AlgorithmIdentifier
	PrivateKey []byte
}

// sec1Key is an ECPrivateKey with its optional curve and public key.
type sec1Key struct {
	Version    int
	PrivateKey []byte
	Curve      asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
	PublicKey  asn1.BitString        `asn1:"optional,explicit,tag:1"`
}

// goKeyOIDs are the PKCS#8 algorithms and named curves Go's x509 parses: a
// key of one of them that Go rejects is damaged, so it gets no fallback.
var goKeyOIDs = map[string]bool{
	"1.2.840.113549.1.1.1": true, // rsaEncryption
	"1.3.101.112":          true, // Ed25519
	"1.3.101.110":          true, // X25519
	"1.3.132.0.33":         true, // P-224
	"1.2.840.10045.3.1.7":  true, // P-256
	"1.3.132.0.34":         true, // P-384
	"1.3.132.0.35":         true, // P-521
}

// oidECAlgorithm is the PKCS#8 algorithm of elliptic curve keys; the curve
// is its parameter.
var oidECAlgorithm = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}

// foreignOID reports whether oid is a well-formed identifier (under ISO or
// joint ISO-ITU-T, at least four arcs) of an algorithm or curve Go does
// not implement. Zeroed or garbled bytes do not give such an identifier.
func foreignOID(oid asn1.ObjectIdentifier) bool {
	return len(oid) >= 4 && (oid[0] == 1 || oid[0] == 2) && oid[len(oid)-1] != 0 && !goKeyOIDs[oid.String()]
}

// whole reports whether an ECPrivateKey has version 1, a scalar of a
// plausible size and, when it carries its public point (OpenSSL always
// writes it), a point of the scalar's size: 04||X||Y, or 02/03||X. needPoint
// asks for the point.
func (k sec1Key) whole(needPoint bool) bool {
	n := len(k.PrivateKey)
	if k.Version != 1 || n < minKeyOctets || n > maxSEC1KeyOctets {
		return false
	}
	p := k.PublicKey.Bytes
	switch {
	case len(p) == 0:
		return !needPoint
	case p[0] == 4:
		return len(p) == 2*n+1
	case p[0] == 2 || p[0] == 3:
		return len(p) == n+1
	}
	return false
}

// wellFormedKeyDER reports whether der is a structurally whole private key
// of the PEM type kind ("PRIVATE KEY", "EC PRIVATE KEY" or "OPENSSH
// PRIVATE KEY") in an algorithm or curve Go does not implement.
func wellFormedKeyDER(kind string, der []byte) bool {
	switch kind {
	case "PRIVATE KEY":
		var k pkcs8Info
		rest, err := asn1.Unmarshal(der, &k)
		if err != nil || len(rest) != 0 || k.Version > 1 || k.Version < 0 || len(k.PrivateKey) < minKeyOctets {
			return false
		}
		if !k.Algorithm.Algorithm.Equal(oidECAlgorithm) {
			return foreignOID(k.Algorithm.Algorithm)
		}
		var curve asn1.ObjectIdentifier
		var inner sec1Key
		if _, err := asn1.Unmarshal(k.Algorithm.Parameters.FullBytes, &curve); err != nil || !foreignOID(curve) {
			return false
		}
		rest, err = asn1.Unmarshal(k.PrivateKey, &inner)
		return err == nil && len(rest) == 0 && inner.whole(false)
	case "OPENSSH PRIVATE KEY":
		return wholeOpenSSHKey(der)
	case "EC PRIVATE KEY":
		var k sec1Key
		rest, err := asn1.Unmarshal(der, &k)
		return err == nil && len(rest) == 0 && foreignOID(k.Curve) && k.whole(true)
	}
	return false
}
