package rules

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"strings"

	"golang.org/x/crypto/ssh"
)

// checkPEMPrivateKey parses a PEM private key block with Go's crypto
// packages. Encrypted keys pass with a lower severity: the passphrase may
// still be weak or nearby, but the key alone is not usable.
func checkPEMPrivateKey(secret []byte) Check {
	block, _ := pem.Decode(normalizePEM(secret))
	if block == nil {
		return Check{}
	}
	if block.Type == "ENCRYPTED PRIVATE KEY" || strings.Contains(block.Headers["Proc-Type"], "ENCRYPTED") {
		return Check{OK: true, Severity: Medium}
	}
	var err error
	switch block.Type {
	case "RSA PRIVATE KEY":
		_, err = x509.ParsePKCS1PrivateKey(block.Bytes)
	case "EC PRIVATE KEY":
		_, err = x509.ParseECPrivateKey(block.Bytes)
	case "PRIVATE KEY":
		_, err = x509.ParsePKCS8PrivateKey(block.Bytes)
	default:
		_, err = ssh.ParseRawPrivateKey(pem.EncodeToMemory(block))
		var missing *ssh.PassphraseMissingError
		if errors.As(err, &missing) {
			return Check{OK: true, Severity: Medium}
		}
	}
	return Check{OK: err == nil}
}

// normalizePEM undoes the escaping a PEM block gets inside JSON or code
// strings ("\n" as two characters) so that it parses.
func normalizePEM(b []byte) []byte {
	s := strings.ReplaceAll(string(b), `\r\n`, "\n")
	s = strings.ReplaceAll(s, `\n`, "\n")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return []byte(s)
}

// checkEmbeddedPEM parses a PEM private key that sits indented in YAML or
// split over concatenated string literals in code: each line is trimmed
// of indentation, quotes and joining operators before parsing.
func checkEmbeddedPEM(secret []byte) Check {
	lines := strings.Split(string(normalizePEM(secret)), "\n")
	for i, line := range lines {
		lines[i] = stripCodeString(line)
	}
	return checkPEMPrivateKey([]byte(strings.Join(lines, "\n")))
}

// stripCodeString removes the indentation, quotes and joining operators
// around one line of a PEM body quoted in code ("MIIE..." +, 'MIIE...',).
// A base64 "+" is never preceded by a space, so " +" is an operator.
func stripCodeString(line string) string {
	line = strings.NewReplacer(`"`, "", "'", "", "`", "").Replace(line)
	line = strings.TrimRight(strings.TrimSpace(line), ",;)\\")
	line = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(line), " +"))
	line = strings.TrimPrefix(line, "+ ")
	if line == "+" {
		return ""
	}
	return line
}

// checkBase64PEM decodes a base64-encoded PEM block and parses the
// private key in it; certificates and public keys fail.
func checkBase64PEM(secret []byte) Check {
	raw, ok := decodeBase64(string(secret), b64Any)
	if !ok || !bytes.Contains(raw, []byte("PRIVATE KEY-----")) {
		return Check{}
	}
	return checkPEMPrivateKey(raw)
}
