package rules

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"hash/crc32"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/crypto/ssh"
)

// vcsValidators are the offline checks of the vcs rules.
var vcsValidators = map[string]Validator{
	"gitlab-routable-crc32":       {checkGitLabRoutable, true},
	"atlassian-crc32":             {checkAtlassianCRC32, true},
	"age-bech32":                  {checkAgeBech32, true},
	"pypi-macaroon":               {checkPyPIMacaroon, true},
	"onepassword-service-account": {checkOnePasswordToken, true},
	"jwt-claims":                  {checkJWTClaims, true},
	"pgp-private-key":             {checkPGPPrivateKey, true},
	"putty-private-key":           {checkPuTTYKey, true},
	"base64-pem-private-key":      {checkBase64PEM, true},
	"embedded-pem-private-key":    {checkEmbeddedPEM, true},
	"basic-auth-pair":             {checkBasicAuthPair, false},
	"base64-printable":            {checkBase64Printable, false},
}

// ---------------------------------------------------------------- GitLab

// checkGitLabRoutable checks a GitLab routable token: its last seven
// characters are the base36 CRC32 of everything before them, prefix
// included. The owner hint comes from the routing payload (o: organization,
// g: group, p: project, u: user, ids in base36).
func checkGitLabRoutable(secret []byte) Check {
	s := string(secret)
	if len(s) < 8 {
		return Check{}
	}
	body, sum := s[:len(s)-7], s[len(s)-7:]
	want, err := strconv.ParseUint(sum, 36, 64)
	if err != nil || want != uint64(crc32.ChecksumIEEE([]byte(body))) {
		return Check{}
	}
	return Check{OK: true, Owner: gitlabOwner(body)}
}

// gitlabOwner decodes the routing payload of a routable token body
// ("prefix-BASE64[.VV].LL") and names the most specific owner in it.
func gitlabOwner(body string) string {
	_, rest, ok := strings.Cut(body, "-")
	if !ok {
		return ""
	}
	encoded, tail, _ := strings.Cut(rest, ".")
	raw, err := base64.RawURLEncoding.DecodeString(encoded)
	if err != nil || len(raw) < 18 {
		return ""
	}
	var payload []byte
	if strings.Contains(tail, ".") { // versioned: random(16) payload size(1)
		payload = raw[16 : len(raw)-1]
		if int(raw[len(raw)-1]) != len(payload) {
			return ""
		}
	} else { // first format: payload random(16) 16
		payload = raw[:len(raw)-17]
	}
	return describeGitLabRouting(string(payload))
}

// describeGitLabRouting turns "c:1\no:2\nu:3" into "gitlab user 3 (organization 2)".
func describeGitLabRouting(payload string) string {
	fields := map[string]string{}
	for line := range strings.SplitSeq(payload, "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			return ""
		}
		if n, err := strconv.ParseUint(v, 36, 64); err == nil {
			v = strconv.FormatUint(n, 10)
		}
		fields[k] = v
	}
	names := []struct{ key, name string }{{"u", "user"}, {"p", "project"}, {"g", "group"}, {"o", "organization"}}
	for _, n := range names {
		if v := fields[n.key]; v != "" {
			owner := "gitlab " + n.name + " " + v
			if o := fields["o"]; n.key != "o" && o != "" {
				owner += " (organization " + o + ")"
			}
			return owner
		}
	}
	return ""
}

// ---------------------------------------------------------------- Atlassian

// checkAtlassianCRC32 checks Atlassian API and Bitbucket access tokens
// (ATATT3..., ATCTT3...): the last eight characters are the upper-case
// hex CRC32 of everything before them, "=" separator included.
func checkAtlassianCRC32(secret []byte) Check {
	if len(secret) < 9 {
		return Check{}
	}
	body, sum := secret[:len(secret)-8], secret[len(secret)-8:]
	want, err := strconv.ParseUint(string(sum), 16, 32)
	return Check{OK: err == nil && uint32(want) == crc32.ChecksumIEEE(body)}
}

// ---------------------------------------------------------------- age

const bech32Letters = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// checkAgeBech32 checks an age identity (AGE-SECRET-KEY-1...): a bech32
// string with a valid checksum carrying a 32-byte X25519 key.
func checkAgeBech32(secret []byte) Check {
	s := strings.ToLower(string(secret))
	sep := strings.LastIndexByte(s, '1')
	if sep < 1 || len(s)-sep-1 < 6 {
		return Check{}
	}
	hrp, data := s[:sep], s[sep+1:]
	values := make([]byte, len(data))
	for i := range len(data) {
		d := strings.IndexByte(bech32Letters, data[i])
		if d < 0 {
			return Check{}
		}
		values[i] = byte(d)
	}
	if bech32PolymodVCS(append(bech32ExpandVCS(hrp), values...)) != 1 {
		return Check{}
	}
	key, ok := bech32Regroup(values[:len(values)-6], 5, 8)
	return Check{OK: ok && len(key) == 32}
}

func bech32PolymodVCS(values []byte) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i, g := range gen {
			if (top>>i)&1 == 1 {
				chk ^= g
			}
		}
	}
	return chk
}

func bech32ExpandVCS(hrp string) []byte {
	out := make([]byte, 0, 2*len(hrp)+1)
	for i := range len(hrp) {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := range len(hrp) {
		out = append(out, hrp[i]&31)
	}
	return out
}

// bech32Regroup regroups 5-bit values into bytes, rejecting non-zero padding.
func bech32Regroup(values []byte, from, to uint) ([]byte, bool) {
	var acc, bits uint
	var out []byte
	for _, v := range values {
		acc = acc<<from | uint(v)
		bits += from
		for bits >= to {
			bits -= to
			out = append(out, byte(acc>>bits&(1<<to-1)))
		}
	}
	if bits >= from || acc&(1<<bits-1) != 0 {
		return nil, false
	}
	return out, true
}

// ---------------------------------------------------------------- PyPI

// macaroon field types of the version 2 binary format.
const (
	macaroonEOS       = 0
	macaroonLocation  = 1
	macaroonID        = 2
	macaroonVID       = 4
	macaroonSignature = 6
)

// checkPyPIMacaroon decodes a PyPI token (pypi- and a base64url macaroon
// in the version 2 binary format) and checks its structure: header,
// caveats and a 32-byte signature. The owner hint is the index and the
// projects the token is scoped to.
func checkPyPIMacaroon(secret []byte) Check {
	raw, err := vcsDecodeBase64(strings.TrimPrefix(string(secret), "pypi-"))
	if err != nil {
		return Check{}
	}
	m, err := parseMacaroon(raw)
	if err != nil {
		return Check{}
	}
	owner := m.location
	if projects := pypiProjects(m.caveats); len(projects) > 0 {
		owner += " projects " + strings.Join(projects, ",")
	}
	return Check{OK: true, Owner: owner}
}

type macaroon struct {
	location string
	caveats  [][]byte
}

// parseMacaroon parses a version 2 binary macaroon.
func parseMacaroon(raw []byte) (*macaroon, error) {
	if len(raw) == 0 || raw[0] != 2 {
		return nil, errors.New("not a version 2 macaroon")
	}
	r := &macaroonReader{b: raw[1:]}
	header, err := r.section()
	if err != nil || header[macaroonID] == nil {
		return nil, fmt.Errorf("macaroon header: %w", errors.Join(err, errors.New("no identifier")))
	}
	m := &macaroon{location: string(header[macaroonLocation])}
	for {
		caveat, err := r.section()
		if err != nil {
			return nil, fmt.Errorf("macaroon caveat: %w", err)
		}
		if len(caveat) == 0 {
			break
		}
		m.caveats = append(m.caveats, caveat[macaroonID])
	}
	typ, sig, err := r.field()
	if err != nil || typ != macaroonSignature || len(sig) != 32 {
		return nil, errors.New("macaroon signature missing")
	}
	return m, nil
}

// macaroonReader reads the type-length-value fields of a binary macaroon.
type macaroonReader struct{ b []byte }

// field reads one field; an end-of-section marker has type 0 and no data.
func (r *macaroonReader) field() (byte, []byte, error) {
	typ, n := binary.Uvarint(r.b)
	if n <= 0 || typ > 127 {
		return 0, nil, errors.New("bad field type")
	}
	r.b = r.b[n:]
	if typ == macaroonEOS {
		return 0, nil, nil
	}
	size, n := binary.Uvarint(r.b)
	if n <= 0 || size > uint64(len(r.b)-n) {
		return 0, nil, errors.New("bad field length")
	}
	data := r.b[n : n+int(size)]
	r.b = r.b[n+int(size):]
	return byte(typ), data, nil
}

// section reads fields up to the end-of-section marker.
func (r *macaroonReader) section() (map[byte][]byte, error) {
	fields := map[byte][]byte{}
	for {
		typ, data, err := r.field()
		if err != nil {
			return nil, err
		}
		if typ == macaroonEOS {
			return fields, nil
		}
		if typ != macaroonLocation && typ != macaroonID && typ != macaroonVID {
			return nil, fmt.Errorf("unexpected field type %d", typ)
		}
		fields[typ] = data
	}
}

// pypiProjects lists the project names in PyPI caveats, both the legacy
// {"permissions": {"projects": [...]}} form and the [1, [...]] form.
func pypiProjects(caveats [][]byte) []string {
	var names []string
	for _, c := range caveats {
		var legacy struct {
			Permissions struct {
				Projects []string `json:"projects"`
			} `json:"permissions"`
		}
		if json.Unmarshal(c, &legacy) == nil {
			names = append(names, legacy.Permissions.Projects...)
			continue
		}
		var tagged []json.RawMessage
		var projects []string
		if json.Unmarshal(c, &tagged) == nil && len(tagged) == 2 && string(tagged[0]) == "1" &&
			json.Unmarshal(tagged[1], &projects) == nil {
			names = append(names, projects...)
		}
	}
	return names
}

// ---------------------------------------------------------------- 1Password

// checkOnePasswordToken decodes a 1Password service account token (ops_
// and base64 JSON) and requires a JSON object; the sign-in address and
// e-mail in it are the owner hint.
func checkOnePasswordToken(secret []byte) Check {
	raw, err := vcsDecodeBase64(strings.TrimPrefix(string(secret), "ops_"))
	if err != nil {
		return Check{}
	}
	var fields map[string]any
	if json.Unmarshal(raw, &fields) != nil || len(fields) < 2 {
		return Check{}
	}
	address, _ := fields["signInAddress"].(string)
	email, _ := fields["email"].(string)
	owner := email
	if address != "" && email != "" {
		owner += " at "
	}
	return Check{OK: true, Owner: owner + address}
}

// ---------------------------------------------------------------- JWT

// checkJWTClaims accepts a JSON Web Token whose header is a JSON object
// naming an algorithm and whose payload is a JSON object. An expired
// token is reported at low severity; the issuer is the owner hint.
func checkJWTClaims(secret []byte) Check {
	parts := strings.Split(string(secret), ".")
	if len(parts) != 3 {
		return Check{}
	}
	var header struct {
		Alg string `json:"alg"`
	}
	var claims map[string]any
	if jwtSegment(parts[0], &header) != nil || header.Alg == "" ||
		jwtSegment(parts[1], &claims) != nil || claims == nil {
		return Check{}
	}
	c := Check{OK: true}
	c.Owner, _ = claims["iss"].(string)
	if exp, ok := claims["exp"].(float64); ok && time.Unix(int64(exp), 0).Before(time.Now()) {
		c.Severity = Low
	}
	return c
}

func jwtSegment(segment string, v any) error {
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(segment, "="))
	if err != nil {
		return fmt.Errorf("jwt segment: %w", err)
	}
	return json.Unmarshal(raw, v)
}

// ---------------------------------------------------------------- base64 credentials

// checkBase64PEM decodes a base64-encoded PEM block and parses the
// private key in it; certificates and public keys fail.
func checkBase64PEM(secret []byte) Check {
	raw, err := vcsDecodeBase64(string(secret))
	if err != nil || !bytes.Contains(raw, []byte("PRIVATE KEY-----")) {
		return Check{}
	}
	return checkPEMPrivateKey(raw)
}

// checkBasicAuthPair decodes base64 "user:password" as Docker's auths and
// npm's _auth store it; the user is the owner hint.
func checkBasicAuthPair(secret []byte) Check {
	text, ok := vcsDecodePrintable(secret)
	user, password, found := strings.Cut(text, ":")
	if !ok || !found || user == "" || len(password) < 4 || IsPlaceholder([]byte(password)) {
		return Check{}
	}
	return Check{OK: true, Owner: user}
}

// checkBase64Printable decodes a base64 password (npm's _password) or
// user:password pair (npm's _auth) and requires printable text.
func checkBase64Printable(secret []byte) Check {
	text, ok := vcsDecodePrintable(secret)
	if !ok || len(text) < 4 || IsPlaceholder([]byte(text)) {
		return Check{}
	}
	if strings.Contains(text, ":") {
		return checkBasicAuthPair(secret)
	}
	return Check{OK: true}
}

// vcsDecodePrintable decodes standard base64 into printable UTF-8 text.
func vcsDecodePrintable(secret []byte) (string, bool) {
	raw, err := base64.StdEncoding.DecodeString(string(secret))
	if err != nil || !utf8.Valid(raw) {
		return "", false
	}
	text := string(raw)
	for _, r := range text {
		if r < 0x20 || r == 0x7f {
			return "", false
		}
	}
	return text, true
}

// vcsDecodeBase64 decodes standard or URL-safe base64, padded or not.
func vcsDecodeBase64(s string) ([]byte, error) {
	s = strings.TrimRight(s, "=")
	if strings.ContainsAny(s, "-_") {
		return base64.RawURLEncoding.DecodeString(s)
	}
	return base64.RawStdEncoding.DecodeString(s)
}

// ---------------------------------------------------------------- PGP

// checkPGPPrivateKey decodes an ASCII-armored PGP private key block,
// checks its CRC24 when present, and parses the first packet as a secret
// key: unprotected keys must carry a valid checksum, passphrase-protected
// ones are reported at medium severity.
func checkPGPPrivateKey(secret []byte) Check {
	data, err := pgpDecodeArmor(string(normalizePEM(secret)))
	if err != nil {
		return Check{}
	}
	tag, body, err := pgpReadPacket(data)
	if err != nil || tag != 5 {
		return Check{}
	}
	encrypted, err := pgpParseSecretKey(body)
	if err != nil {
		return Check{}
	}
	if encrypted {
		return Check{OK: true, Severity: Medium}
	}
	return Check{OK: true}
}

// pgpDecodeArmor returns the binary body of an ASCII-armored block.
func pgpDecodeArmor(text string) ([]byte, error) {
	var body strings.Builder
	var checksum string
	inHeaders := true
	for _, line := range strings.Split(text, "\n")[1:] {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "-----END"):
			return pgpFinishArmor(body.String(), checksum)
		case inHeaders && strings.Contains(line, ": "):
			continue
		case line == "":
			inHeaders = false
		case strings.HasPrefix(line, "=") && len(line) == 5:
			checksum = line[1:]
		default:
			inHeaders = false
			body.WriteString(line)
		}
	}
	return nil, errors.New("armor: no end line")
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

// ---------------------------------------------------------------- PuTTY

// checkPuTTYKey parses a PuTTY private key file: the public blob must be
// an SSH public key of the declared algorithm and, for an unencrypted
// key, the Private-MAC must match. Encrypted keys pass at medium severity.
func checkPuTTYKey(secret []byte) Check {
	k, err := parsePuTTY(string(normalizePEM(secret)))
	if err != nil {
		return Check{}
	}
	pub, err := ssh.ParsePublicKey(k.public)
	if err != nil || pub.Type() != k.algorithm {
		return Check{}
	}
	if k.encryption != "none" {
		return Check{OK: true, Severity: Medium}
	}
	return Check{OK: hmac.Equal(k.mac, k.computeMAC())}
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

// ---------------------------------------------------------------- embedded PEM

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
