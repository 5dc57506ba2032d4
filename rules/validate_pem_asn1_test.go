package rules

import (
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// OIDs of key kinds OpenSSL writes and Go's x509 does not parse.
var (
	oidSecp256k1 = asn1.ObjectIdentifier{1, 3, 132, 0, 10}
	oidEd448     = asn1.ObjectIdentifier{1, 3, 101, 113}
	oidRSAPSS    = asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 1, 10}
	oidECAlgo    = asn1.ObjectIdentifier{1, 2, 840, 10045, 2, 1}
)

// derOf marshals v or fails the test.
func derOf(t *testing.T, v any) []byte {
	t.Helper()
	der, err := asn1.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

// randomOctets returns n random bytes.
func randomOctets(t *testing.T, n int) []byte {
	t.Helper()
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// pemText wraps der in a PEM block of the given type.
func pemText(kind string, der []byte) string {
	return string(pem.EncodeToMemory(&pem.Block{Type: kind, Bytes: der}))
}

// TestPEMKeysGoCannotUse checks that keys OpenSSL writes in algorithms or
// curves Go's x509 does not implement (secp256k1 in SEC 1 and PKCS#8,
// Ed448, RSA-PSS) verify as whole keys, not as damaged ones, while
// malformed structures of the same types still do not.
func TestPEMKeysGoCannotUse(t *testing.T) {
	t.Parallel()
	pkcs8Type := fake.Join("PRIVATE", " KEY")
	sec1Type := fake.Join("EC ", pkcs8Type)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 1024)
	if err != nil {
		t.Fatal(err)
	}
	point := asn1.BitString{Bytes: append([]byte{4}, randomOctets(t, 64)...), BitLength: 65 * 8}
	secp256k1 := derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 32), Curve: oidSecp256k1, PublicKey: point})
	curveParams := derOf(t, oidSecp256k1)
	whole := map[string]string{
		"secp256k1 sec1": pemText(sec1Type, secp256k1),
		"secp256k1 pkcs8": pemText(pkcs8Type, derOf(t, pkcs8Info{
			Algorithm:  pkix.AlgorithmIdentifier{Algorithm: oidECAlgo, Parameters: asn1.RawValue{FullBytes: curveParams}},
			PrivateKey: derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 32), PublicKey: point}),
		})),
		"ed448 pkcs8": pemText(pkcs8Type, derOf(t, pkcs8Info{
			Algorithm:  pkix.AlgorithmIdentifier{Algorithm: oidEd448},
			PrivateKey: derOf(t, randomOctets(t, 57)),
		})),
		"rsa-pss pkcs8": pemText(pkcs8Type, derOf(t, pkcs8Info{
			Algorithm:  pkix.AlgorithmIdentifier{Algorithm: oidRSAPSS},
			PrivateKey: x509.MarshalPKCS1PrivateKey(rsaKey),
		})),
	}
	for label, text := range whole {
		got := checkNamed(t, "pem-private-key", text)
		wantCheck(t, label, got, true, "", "")
		if got.Validated != "" {
			t.Errorf("%s: validated %q, want a whole key", label, got.Validated)
		}
	}
	malformed := map[string]string{
		"sec1 version 2": pemText(sec1Type, derOf(t, sec1Key{Version: 2, PrivateKey: randomOctets(t, 32), Curve: oidSecp256k1, PublicKey: point})),
		"sec1 tiny key":  pemText(sec1Type, derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 4), Curve: oidSecp256k1, PublicKey: point})),
		"sec1 trailing":  pemText(sec1Type, append(secp256k1, 0, 0)),
		"sec1 no point":  pemText(sec1Type, derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 32), Curve: oidSecp256k1})),
		"sec1 short point": pemText(sec1Type, derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 32), Curve: oidSecp256k1,
			PublicKey: asn1.BitString{Bytes: []byte{4, 1, 2}, BitLength: 24}})),
		"sec1 no curve": pemText(sec1Type, derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 32)})),
		"sec1 zeroed curve": pemText(sec1Type, derOf(t, sec1Key{Version: 1, PrivateKey: randomOctets(t, 32),
			Curve: asn1.ObjectIdentifier{1, 2, 840, 10045, 0, 0, 0}, PublicKey: point})),
		"pkcs8 ed25519 bad key": pemText(pkcs8Type, derOf(t, pkcs8Info{
			Algorithm:  pkix.AlgorithmIdentifier{Algorithm: asn1.ObjectIdentifier{1, 3, 101, 112}},
			PrivateKey: randomOctets(t, 40),
		})),
		"pkcs8 tiny key": pemText(pkcs8Type, derOf(t, pkcs8Info{
			Algorithm:  pkix.AlgorithmIdentifier{Algorithm: oidEd448},
			PrivateKey: randomOctets(t, 8),
		})),
		"random bytes": pemText(pkcs8Type, randomOctets(t, 96)),
	}
	for label, text := range malformed {
		if got := checkNamed(t, "pem-private-key", text); got.Validated != "pem-unparsed" {
			t.Errorf("%s: got %+v, want a damaged key (pem-unparsed)", label, got)
		}
	}
}
