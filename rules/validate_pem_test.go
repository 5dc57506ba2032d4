package rules

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/base64"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestEmbeddedAndBase64PEM(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	block := string(pem.EncodeToMemory(&pem.Block{Type: fake.Join("PRIVATE", " KEY"), Bytes: der}))
	indented := "    " + strings.ReplaceAll(strings.TrimSpace(block), "\n", "\n    ")
	var java strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		fmt.Fprintf(&java, "\"%s\\n\" +\n", line)
	}
	for label, text := range map[string]string{"plain": block, "indented": indented, "java": java.String()} {
		wantCheck(t, label, checkNamed(t, "embedded-pem-private-key", text), true, "", "")
	}
	wantCheck(t, "base64", checkNamed(t, "base64-pem-private-key", base64.StdEncoding.EncodeToString([]byte(block))), true, "", "")

	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1)}
	certDER, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert := pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: certDER})
	wantCheck(t, "base64 certificate", checkNamed(t, "base64-pem-private-key", base64.StdEncoding.EncodeToString(cert)), false, "", "")
}
