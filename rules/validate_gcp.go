package rules

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"regexp"
	"strings"
)

var (
	gcpPrivateKey  = regexp.MustCompile(`"private_key"\s*:\s*"([^"]+)"`)
	gcpClientEmail = regexp.MustCompile(`"client_email"\s*:\s*"([^"@\s]+@[^"\s]+)"`)
	gcpKeyID       = regexp.MustCompile(`"private_key_id"\s*:\s*"([^"]*)"`)
	hex40          = regexp.MustCompile(`^[0-9a-f]{40}$`)
)

// checkGCPServiceAccount checks a service account key file's fields: the
// private_key must be a PKCS#8 RSA key, the private_key_id (when present)
// 40 hex digits. The client_email, when present, is the owner.
func checkGCPServiceAccount(secret []byte) Check {
	s := string(secret)
	if strings.Contains(s, `\"`) {
		// a key file embedded in a JSON string: undo one level of escaping
		s = strings.ReplaceAll(strings.ReplaceAll(s, `\\`, `\`), `\"`, `"`)
	}
	m := gcpPrivateKey.FindStringSubmatch(s)
	if m == nil || parseGCPPrivateKey(m[1]) != nil {
		return Check{}
	}
	if id := gcpKeyID.FindStringSubmatch(s); id != nil && !hex40.MatchString(id[1]) {
		return Check{}
	}
	c := Check{OK: true}
	if email := gcpClientEmail.FindStringSubmatch(s); email != nil {
		c.Owner = email[1]
	}
	return c
}

// parseGCPPrivateKey parses the JSON-escaped PEM of a key file.
func parseGCPPrivateKey(escaped string) error {
	block, _ := pem.Decode(normalizePEM([]byte(escaped)))
	if block == nil {
		return fmt.Errorf("gcp private_key: no PEM block")
	}
	key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return fmt.Errorf("gcp private_key: %w", err)
	}
	if _, ok := key.(*rsa.PrivateKey); !ok {
		return fmt.Errorf("gcp private_key: %T, want RSA", key)
	}
	return nil
}
