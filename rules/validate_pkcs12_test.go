package rules

import (
	"encoding/asn1"
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// testPFX builds the DER of a PFX of the given version whose one SafeBag
// has bag type arc bag (2: pkcs8ShroudedKeyBag, 3: certBag) and n bytes
// of random bag content.
func testPFX(t *testing.T, g *fake.Gen, version, bag, n int) []byte {
	t.Helper()
	must := func(b []byte, err error) []byte {
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	data := asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
	type safeBag struct {
		ID    asn1.ObjectIdentifier
		Value asn1.RawValue
	}
	type contentInfo struct {
		Type    asn1.ObjectIdentifier
		Content asn1.RawValue
	}
	// octets is [0] EXPLICIT OCTET STRING b: Marshal writes a RawValue as it is
	octets := func(b []byte) asn1.RawValue {
		inner := must(asn1.Marshal(b))
		return asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 0, IsCompound: true, Bytes: inner}
	}
	bags := must(asn1.Marshal([]safeBag{{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, bag}, octets(g.Bytes(n))}}))
	safe := must(asn1.Marshal([]contentInfo{{data, octets(bags)}}))
	return must(asn1.Marshal(struct {
		Version  int
		AuthSafe contentInfo
		Mac      struct{ Salt []byte }
	}{version, contentInfo{data, octets(safe)}, struct{ Salt []byte }{g.Bytes(20)}}))
}

func TestPKCS12(t *testing.T) {
	g := fake.New(17)
	b64 := base64.StdEncoding.EncodeToString
	der := testPFX(t, g, 3, 2, 400)
	for _, tc := range []struct {
		label, secret string
		ok            bool
	}{
		{"shrouded key bag", b64(der), true},
		{"certificates only", b64(testPFX(t, g, 3, 3, 400)), false},
		{"version 2", b64(testPFX(t, g, 2, 2, 400)), false},
		{"too small", b64(testPFX(t, g, 3, 2, 40)), false},
		{"truncated", b64(der[:len(der)-30]), false},
		{"trailing bytes", b64(append(der, 0, 0, 0)), false},
		{"not base64", "MIIJzwIBAzCC*", false},
	} {
		wantCheck(t, tc.label, checkNamed(t, "pkcs12-pfx", tc.secret), tc.ok, "", "")
	}
}
