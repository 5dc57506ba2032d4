package rules

import (
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
)

// checkPGPPrivateKey decodes an ASCII-armored PGP private key block,
// checks its CRC24 when present, and parses the first packet as a secret
// key: unprotected keys must carry a valid checksum, passphrase-protected
// ones are reported at medium severity. A block whose armor or packet does
// not parse is a damaged key, reported as "pgp-unparsed" (see
// [damagedKey]); one whose first packet parses as another kind (a public
// key under a private key's armor) is not a private key.
func checkPGPPrivateKey(secret []byte) Check {
	body, checksum, ended := pgpArmorParts(string(normalizePEM(secret)))
	key, err := pgpFirstPacket(body, checksum, ended)
	switch {
	case err != nil:
		return damagedKey(body, false, "pgp-unparsed")
	case key == nil:
		return Check{} // a public key, or another packet, under a private key's armor
	}
	encrypted, err := pgpParseSecretKey(key)
	if err != nil {
		return damagedKey(body, false, "pgp-unparsed")
	}
	if encrypted {
		return Check{OK: true, Severity: Medium}
	}
	return Check{OK: true}
}

// pgpFirstPacket decodes an armored block's base64 body, checks its CRC24
// when present and returns the body of its first packet when that is a
// secret key (tag 5), else nil. An error says the block does not parse.
func pgpFirstPacket(body, checksum string, ended bool) ([]byte, error) {
	if !ended {
		return nil, errors.New("armor: no end line")
	}
	data, err := pgpFinishArmor(body, checksum)
	if err != nil {
		return nil, err
	}
	tag, key, err := pgpReadPacket(data)
	if err != nil || tag != 5 {
		return nil, err
	}
	return key, nil
}

// pgpArmorParts splits an ASCII-armored block into its base64 body and
// its checksum line (without the '='), skipping the armor headers, and
// says whether it reached the END line.
func pgpArmorParts(text string) (body, checksum string, ended bool) {
	var b strings.Builder
	inHeaders := true
	for _, line := range strings.Split(text, "\n")[1:] {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "-----END"):
			return b.String(), checksum, true
		case inHeaders && strings.Contains(line, ": "):
			continue
		case line == "":
			inHeaders = false
		case strings.HasPrefix(line, "=") && len(line) == 5:
			checksum = line[1:]
		default:
			inHeaders = false
			b.WriteString(line)
		}
	}
	return b.String(), checksum, false
}

func pgpFinishArmor(body, checksum string) ([]byte, error) {
	data, err := base64.StdEncoding.DecodeString(body)
	if err != nil {
		return nil, fmt.Errorf("armor body: %w", err)
	}
	if checksum == "" {
		return data, nil
	}
	sum, err := base64.StdEncoding.DecodeString(checksum)
	if err != nil || len(sum) != 3 {
		return nil, errors.New("armor: bad checksum line")
	}
	if uint32(sum[0])<<16|uint32(sum[1])<<8|uint32(sum[2]) != pgpCRC24(data) {
		return nil, errors.New("armor: checksum mismatch")
	}
	return data, nil
}

// crc24 is the OpenPGP armor checksum (RFC 4880 section 6.1).
func pgpCRC24(data []byte) uint32 {
	crc := uint32(0xB704CE)
	for _, b := range data {
		crc ^= uint32(b) << 16
		for range 8 {
			crc <<= 1
			if crc&0x1000000 != 0 {
				crc ^= 0x1864CFB
			}
		}
	}
	return crc & 0xFFFFFF
}

// pgpReadPacket reads the first OpenPGP packet's tag and body.
func pgpReadPacket(data []byte) (byte, []byte, error) {
	if len(data) < 2 || data[0]&0x80 == 0 {
		return 0, nil, errors.New("pgp: not a packet")
	}
	var tag byte
	var size, n int
	if data[0]&0x40 != 0 { // new format
		tag = data[0] & 0x3f
		size, n = pgpNewLength(data[1:])
	} else { // old format
		tag = data[0] >> 2 & 0x0f
		size, n = pgpOldLength(data[1:], data[0]&3)
	}
	if n <= 0 || size > len(data)-1-n {
		return 0, nil, errors.New("pgp: bad packet length")
	}
	return tag, data[1+n : 1+n+size], nil
}

func pgpNewLength(b []byte) (size, n int) {
	switch {
	case len(b) >= 1 && b[0] < 192:
		return int(b[0]), 1
	case len(b) >= 2 && b[0] < 224:
		return (int(b[0])-192)<<8 + int(b[1]) + 192, 2
	case len(b) >= 5 && b[0] == 255:
		return int(binary.BigEndian.Uint32(b[1:5])), 5
	}
	return 0, -1
}

func pgpOldLength(b []byte, lengthType byte) (size, n int) {
	switch {
	case lengthType == 0 && len(b) >= 1:
		return int(b[0]), 1
	case lengthType == 1 && len(b) >= 2:
		return int(binary.BigEndian.Uint16(b)), 2
	case lengthType == 2 && len(b) >= 4:
		return int(binary.BigEndian.Uint32(b)), 4
	case lengthType == 3:
		return len(b), 0
	}
	return 0, -1
}

// parseSecretKey walks a secret-key packet body to its S2K usage byte and
// reports whether the key is passphrase-protected; an unprotected v3/v4
// key must end with the two-byte sum of its secret material.
func pgpParseSecretKey(body []byte) (encrypted bool, err error) {
	r := &pgpReader{b: body}
	version := r.byte()
	switch version {
	case 3:
		r.skip(7) // time, validity days, algorithm
		r.mpis(2)
	case 4:
		r.skip(4)
		r.publicMaterial(r.byte())
	case 5, 6:
		r.skip(5)
		r.skip(int(r.uint32()))
	default:
		return false, fmt.Errorf("pgp: key version %d", version)
	}
	usage := r.byte()
	if r.err != nil {
		return false, r.err
	}
	if usage != 0 {
		return true, nil
	}
	if version > 4 {
		return false, nil
	}
	return false, pgpCheckSecretSum(r.b)
}

func pgpCheckSecretSum(rest []byte) error {
	if len(rest) < 3 {
		return errors.New("pgp: no secret material")
	}
	var sum uint16
	for _, b := range rest[:len(rest)-2] {
		sum += uint16(b)
	}
	if sum != binary.BigEndian.Uint16(rest[len(rest)-2:]) {
		return errors.New("pgp: secret key checksum mismatch")
	}
	return nil
}

// pgpReader reads packet fields, remembering the first error.
type pgpReader struct {
	b   []byte
	err error
}

func (r *pgpReader) skip(n int) []byte {
	if r.err != nil || n < 0 || n > len(r.b) {
		r.err = pgpFirstErr(r.err, errors.New("pgp: truncated packet"))
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func pgpFirstErr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

func (r *pgpReader) byte() byte {
	if b := r.skip(1); b != nil {
		return b[0]
	}
	return 0
}

func (r *pgpReader) uint32() uint32 {
	if b := r.skip(4); b != nil {
		return binary.BigEndian.Uint32(b)
	}
	return 0
}

func (r *pgpReader) mpis(n int) {
	for range n {
		bits := r.skip(2)
		if bits == nil {
			return
		}
		r.skip((int(binary.BigEndian.Uint16(bits)) + 7) / 8)
	}
}

// publicMaterial skips the public key fields of a v4 key of the given
// algorithm (RFC 9580 section 5.5.5).
func (r *pgpReader) publicMaterial(algo byte) {
	switch algo {
	case 1, 2, 3: // RSA
		r.mpis(2)
	case 16: // Elgamal
		r.mpis(3)
	case 17: // DSA
		r.mpis(4)
	case 18: // ECDH: curve, point, KDF parameters
		r.skip(int(r.byte()))
		r.mpis(1)
		r.skip(int(r.byte()))
	case 19, 22: // ECDSA, EdDSA (legacy)
		r.skip(int(r.byte()))
		r.mpis(1)
	case 25, 27: // X25519, Ed25519
		r.skip(32)
	case 26: // X448
		r.skip(56)
	case 28: // Ed448
		r.skip(57)
	default:
		r.err = pgpFirstErr(r.err, fmt.Errorf("pgp: public key algorithm %d", algo))
	}
}
