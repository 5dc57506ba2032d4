package rules

import (
	"bytes"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"golang.org/x/crypto/ssh"
)

// checkPEMPrivateKey parses a PEM private key block (PKCS#1, SEC 1,
// PKCS#8 or OpenSSH) with Go's crypto packages, also when its lines were
// joined with spaces. Encrypted keys pass with a lower severity: the
// passphrase may still be weak or nearby, but the key alone is not
// usable. A block that still does not parse is a damaged key (see
// [damagedKey]), unless it is quoted or indented: the
// private-key-embedded rule reports those.
func checkPEMPrivateKey(secret []byte) Check {
	text := normalizePEM(secret)
	if c, err := parsePEMPrivateKey(text); err == nil {
		return c
	}
	if embeddedPEM.Match(text) {
		return Check{}
	}
	if c, err := parsePEMPrivateKey(rewrapPEM(text)); err == nil {
		return c
	}
	return damagedPEM(text)
}

// embeddedPEM matches a block whose first body line is indented or quoted,
// the shape the private-key-embedded rule looks for.
var embeddedPEM = regexp.MustCompile("^-----BEGIN [A-Z ]*PRIVATE KEY-----[^\n]{0,8}?\n(?:[ \t]+|[ \t]*[\"'`])")

// parsePEMPrivateKey parses the first PEM block of text as a private key
// and returns the check of a key that parsed, or why it did not.
func parsePEMPrivateKey(text []byte) (Check, error) {
	block, _ := pem.Decode(text)
	if block == nil {
		return Check{}, errors.New("no PEM block")
	}
	if block.Type == "ENCRYPTED PRIVATE KEY" || strings.Contains(block.Headers["Proc-Type"], "ENCRYPTED") {
		return Check{OK: true, Severity: Medium}, nil
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
			return Check{OK: true, Severity: Medium}, nil
		}
	}
	if err != nil && !wellFormedKeyDER(block.Type, block.Bytes) {
		return Check{}, fmt.Errorf("%s: %w", block.Type, err)
	}
	return Check{OK: true}, nil
}

// normalizePEM undoes the escaping a PEM block gets inside JSON or code
// strings ("\n" as two characters) so that it parses.
func normalizePEM(b []byte) []byte {
	s := strings.ReplaceAll(string(b), `\r\n`, "\n")
	s = strings.ReplaceAll(s, `\n`, "\n")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return []byte(s)
}

// pemBlock is a private key block cut at its armor lines, parsed or not.
type pemBlock struct {
	// kind is the type between "-----BEGIN " and "-----" ("RSA PRIVATE KEY").
	kind string
	// headers are the RFC 1421 header lines (Proc-Type, DEK-Info).
	headers []string
	// body is the text between the armor lines, headers left out.
	body string
}

// cutPEM finds the first "-----BEGIN ...-----" line of text and returns the
// block up to its "-----END" line, or to the end of text when a truncated
// block has none.
func cutPEM(text string) (pemBlock, bool) {
	_, rest, ok := strings.Cut(text, "-----BEGIN ")
	if !ok {
		return pemBlock{}, false
	}
	kind, rest, ok := strings.Cut(rest, "-----")
	if !ok {
		return pemBlock{}, false
	}
	rest, _, _ = strings.Cut(rest, "-----END")
	var b pemBlock
	b.kind = kind
	var body []string
	for _, line := range strings.Split(rest, "\n") {
		if strings.Contains(line, ": ") {
			b.headers = append(b.headers, line)
		} else {
			body = append(body, line)
		}
	}
	b.body = strings.Join(body, "\n")
	return b, true
}

// encrypted reports whether the block says its key is encrypted: PKCS#8
// "ENCRYPTED PRIVATE KEY", a legacy Proc-Type header, or an OpenSSH key
// whose readable start names the bcrypt key derivation.
func (b pemBlock) encrypted() bool {
	if strings.Contains(b.kind, "ENCRYPTED") || strings.Contains(strings.Join(b.headers, "\n"), "ENCRYPTED") {
		return true
	}
	start := decodeBase64Prefix(compactBase64(b.body))
	return strings.HasPrefix(b.kind, "OPENSSH") && strings.Contains(start, "bcrypt")
}

// rewrapPEM rebuilds a block whose lines were joined with spaces (a key
// pasted into a one-line field): the armor lines, then the body without
// whitespace in lines of 64 characters. It returns nil for anything else.
func rewrapPEM(text []byte) []byte {
	b, ok := cutPEM(string(text))
	if !ok || len(b.headers) > 0 || !bytes.Contains(text, []byte("-----END")) {
		return nil
	}
	body := compactBase64(b.body)
	var out strings.Builder
	out.WriteString("-----BEGIN " + b.kind + "-----\n")
	for len(body) > 64 {
		out.WriteString(body[:64] + "\n")
		body = body[64:]
	}
	out.WriteString(body + "\n-----END " + b.kind + "-----\n")
	return []byte(out.String())
}

// damagedPEM reports a PEM block that does not parse as a damaged key.
func damagedPEM(text []byte) Check {
	b, ok := cutPEM(string(text))
	if !ok {
		return Check{}
	}
	return damagedKey(b.body, b.encrypted(), "pem-unparsed")
}

// checkEmbeddedPEM parses a PEM private key that sits indented in YAML or
// split over concatenated string literals in code: each line is trimmed
// of indentation, quotes and joining operators before parsing. A block
// that does not parse then is a damaged key (see [damagedKey]).
func checkEmbeddedPEM(secret []byte) Check {
	lines := strings.Split(string(normalizePEM(secret)), "\n")
	for i, line := range lines {
		lines[i] = stripCodeString(line)
	}
	text := []byte(strings.Join(lines, "\n"))
	if c, err := parsePEMPrivateKey(text); err == nil {
		return c
	}
	return damagedPEM(text)
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
// private key in it; certificates, public keys and keys that do not
// parse fail.
func checkBase64PEM(secret []byte) Check {
	raw, ok := decodeBase64(string(secret), b64Any)
	if !ok || !bytes.Contains(raw, []byte("PRIVATE KEY-----")) {
		return Check{}
	}
	c, _ := parsePEMPrivateKey(raw)
	return c
}
