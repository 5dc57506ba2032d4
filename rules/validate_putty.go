package rules

import (
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"strconv"
	"strings"
)

// checkPuTTYKey parses a PuTTY private key file: the public blob must be
// an SSH public key of the declared algorithm and, for an unencrypted
// key, the Private-MAC must match. Encrypted keys pass at medium severity.
// A file that fails is a damaged key (see [damagedKey]).
func checkPuTTYKey(secret []byte) Check {
	text := string(normalizePEM(secret))
	if c, err := verifyPuTTY(text); err == nil {
		return c
	}
	body, encrypted := puttyBody(text)
	return damagedKey(body, encrypted, "putty-unparsed")
}

// verifyPuTTY parses and checks a .ppk file, returning why it fails.
func verifyPuTTY(text string) (Check, error) {
	k, err := parsePuTTY(text)
	if err != nil {
		return Check{}, err
	}
	pubType, err := puttyPublicType(k.public)
	if err != nil {
		return Check{}, err
	}
	if pubType != k.algorithm {
		return Check{}, fmt.Errorf("putty: %s key under a %s header", pubType, k.algorithm)
	}
	if k.encryption != "none" {
		return Check{OK: true, Severity: Medium}, nil
	}
	if !hmac.Equal(k.mac, k.computeMAC()) {
		return Check{}, errors.New("putty: Private-MAC does not match")
	}
	return Check{OK: true}, nil
}

// puttyBody returns the base64 lines of a .ppk file, whatever their
// counts say, and whether its Encryption field names a cipher.
func puttyBody(text string) (body string, encrypted bool) {
	var lines []string
	for _, line := range strings.Split(text, "\n") {
		key, value, ok := strings.Cut(strings.TrimSpace(line), ": ")
		switch {
		case !ok:
			lines = append(lines, line)
		case key == "Encryption":
			encrypted = value != "none"
		}
	}
	return strings.Join(lines, "\n"), encrypted
}

// puttyKey is the content of a .ppk file.
type puttyKey struct {
	version                        int
	algorithm, encryption, comment string
	public, private, mac           []byte
}

// parsePuTTY reads the fields of a .ppk file.
func parsePuTTY(text string) (*puttyKey, error) {
	lines := strings.Split(text, "\n")
	for i := range lines {
		lines[i] = strings.TrimSpace(lines[i])
	}
	k := &puttyKey{}
	for i := 0; i < len(lines); i++ {
		key, value, ok := strings.Cut(lines[i], ": ")
		if !ok {
			continue
		}
		var err error
		switch key {
		case "PuTTY-User-Key-File-2", "PuTTY-User-Key-File-3":
			k.version, k.algorithm = int(key[len(key)-1]-'0'), value
		case "Encryption":
			k.encryption = value
		case "Comment":
			k.comment = value
		case "Public-Lines":
			k.public, i, err = puttyBlob(lines, i, value)
		case "Private-Lines":
			k.private, i, err = puttyBlob(lines, i, value)
		case "Private-MAC":
			k.mac, err = hex.DecodeString(value)
		}
		if err != nil {
			return nil, err
		}
	}
	if k.version == 0 || k.public == nil || k.private == nil || k.mac == nil {
		return nil, errors.New("putty: missing fields")
	}
	return k, nil
}

// puttyBlob decodes the count base64 lines after line i.
func puttyBlob(lines []string, i int, count string) ([]byte, int, error) {
	n, err := strconv.Atoi(count)
	if err != nil || n < 1 || i+n >= len(lines) {
		return nil, i, errors.New("putty: bad line count")
	}
	blob, err := base64.StdEncoding.DecodeString(strings.Join(lines[i+1:i+1+n], ""))
	if err != nil {
		return nil, i, fmt.Errorf("putty blob: %w", err)
	}
	return blob, i + n, nil
}

// computeMAC is the MAC of an unencrypted key: HMAC-SHA1 keyed with
// SHA1("putty-private-key-file-mac-key") for version 2, HMAC-SHA256 with
// an empty key for version 3.
func (k *puttyKey) computeMAC() []byte {
	var mac hash.Hash
	if k.version == 2 {
		key := sha1.Sum([]byte("putty-private-key-file-mac-key"))
		mac = hmac.New(sha1.New, key[:])
	} else {
		mac = hmac.New(sha256.New, nil)
	}
	for _, field := range [][]byte{[]byte(k.algorithm), []byte(k.encryption), []byte(k.comment), k.public, k.private} {
		mac.Write(binary.BigEndian.AppendUint32(nil, uint32(len(field))))
		mac.Write(field)
	}
	return mac.Sum(nil)
}
