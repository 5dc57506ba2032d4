package rules

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"encoding/pem"
	"fmt"
	"math/bits"
	"net/url"
	"regexp"
	"slices"
	"strings"
)

// cloudValidators are the offline checks of the cloud rules.
var cloudValidators = map[string]Validator{
	"aws-access-key-id":        {checkAWSAccessKeyID, false},
	"aws-secret-access-key":    {checkAWSSecretAccessKey, false},
	"gcp-service-account":      {checkGCPServiceAccount, true},
	"azure-sas-signature":      {checkAzureSASSignature, true},
	"db-password":              {checkDBPassword, false},
	"entra-client-secret":      {checkEntraClientSecret, true},
	"azure-identifiable-key":   {checkAzureIdentifiableKey, true},
	"azure-unidentifiable-key": {checkAzureUnidentifiableKey, false},
}

// maxAWSAccountID is the largest twelve-digit AWS account id.
const maxAWSAccountID = 999_999_999_999

// checkAWSAccessKeyID decodes the AWS account id from an access key id.
// The 16 characters after the four-letter prefix are base32 (RFC 4648);
// in keys issued since about 2019 the first decoded bit is set and the
// next 40 bits, shifted left by 7, are the account id. Older keys (fifth
// character A-P) carry no account id and pass without an owner. A new
// style key whose decoded id has more than twelve digits cannot be real.
func checkAWSAccessKeyID(secret []byte) Check {
	account, ok, err := awsAccountID(string(secret))
	if err != nil {
		return Check{}
	}
	if !ok {
		return Check{OK: true}
	}
	if account > maxAWSAccountID {
		return Check{}
	}
	return Check{OK: true, Owner: fmt.Sprintf("AWS account %012d", account)}
}

// awsAccountID returns the account id encoded in keyID; ok is false for
// old-style keys that encode none.
func awsAccountID(keyID string) (account uint64, ok bool, err error) {
	if len(keyID) != 20 {
		return 0, false, fmt.Errorf("aws key id: length %d, want 20", len(keyID))
	}
	raw, err := base32.StdEncoding.DecodeString(keyID[4:])
	if err != nil {
		return 0, false, fmt.Errorf("aws key id: %w", err)
	}
	var buf [8]byte
	copy(buf[2:], raw[:6])
	n := binary.BigEndian.Uint64(buf[:])
	if n&(1<<47) == 0 {
		return 0, false, nil
	}
	return (n & 0x7fff_ffff_ff80) >> 7, true, nil
}

// checkAWSSecretAccessKey drops 40-character values that cannot be a
// random base64 secret: hex digests (git SHAs) and single-case words.
func checkAWSSecretAccessKey(secret []byte) Check {
	var upper, lower, digit bool
	for _, c := range secret {
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	return Check{OK: upper && lower && digit}
}

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

// checkAzureSASSignature accepts a SAS `sig` value that URL-decodes and
// base64-decodes to the 32 bytes of an HMAC-SHA256.
func checkAzureSASSignature(secret []byte) Check {
	s, err := url.QueryUnescape(strings.ReplaceAll(string(secret), "+", "%2B"))
	if err != nil {
		return Check{}
	}
	raw, err := base64.StdEncoding.DecodeString(s)
	return Check{OK: err == nil && len(raw) == 32}
}

// dbPlaceholderPasswords are passwords of documentation and templates,
// lower-cased: a URI with one of them shows a format, not a credential.
var dbPlaceholderPasswords = map[string]bool{
	"password": true, "passwd": true, "pass": true, "pwd": true, "secret": true,
	"mypassword": true, "mysecretpassword": true, "yourpassword": true,
	"dbpassword": true, "db_password": true, "db_pass": true, "userpassword": true,
	"user_password": true, "pass123": true, "password123": true, "p@ssw0rd": true,
	"username": true, "user": true, "test": true, "testing": true,
	"foo": true, "bar": true, "foobar": true, "null": true, "none": true, "nil": true,
	"undefined": true, "string": true, "value": true, "sample": true, "default": true,
	// vendor defaults of local development setups
	"guest": true, "root": true, "admin": true, "postgres": true, "mysql": true,
	"neo4j": true, "rabbitmq": true, "redis": true, "mongo": true,
	"app": true, "dev": true, "demo": true, "local": true, "docker": true, "changeit": true,
}

// checkDBPassword drops the password of a connection string when it is a
// placeholder word, masked, a variable or format reference, or a template
// expression that IsPlaceholder does not catch.
func checkDBPassword(secret []byte) Check {
	s := strings.TrimSpace(string(secret))
	if len(s) < 3 || dbPlaceholderPasswords[strings.ToLower(s)] {
		return Check{}
	}
	if strings.ContainsAny(s[:1], "$%:[{(*@") {
		return Check{}
	}
	if strings.Contains(s, "*") && strings.Trim(s, "*") == "" {
		return Check{}
	}
	lower := strings.ToLower(s)
	for _, marker := range []string{"password", "passwd", "#{", "%s", "%v", "{0", "{1", "{2", "{3", "+ \"", "\" +"} {
		if strings.Contains(lower, marker) {
			return Check{}
		}
	}
	return Check{OK: true}
}

// marvin32 is Microsoft's Marvin32 hash (as in .NET's System.Marvin),
// returning p1<<32 | p0. Azure's identifiable keys and Entra client
// secrets carry a Marvin32 checksum seeded per key kind.
func marvin32(seed uint64, data []byte) uint64 {
	p0, p1 := uint32(seed), uint32(seed>>32)
	for len(data) >= 4 {
		p0 += binary.LittleEndian.Uint32(data)
		p0, p1 = marvinBlock(p0, p1)
		data = data[4:]
	}
	final := uint32(0x80)
	for i := len(data) - 1; i >= 0; i-- {
		final = final<<8 | uint32(data[i])
	}
	p0 += final
	p0, p1 = marvinBlock(p0, p1)
	p0, p1 = marvinBlock(p0, p1)
	return uint64(p1)<<32 | uint64(p0)
}

// marvinBlock is Marvin's mixing round.
func marvinBlock(p0, p1 uint32) (uint32, uint32) {
	p1 ^= p0
	p0 = bits.RotateLeft32(p0, 20)
	p0 += p1
	p1 = bits.RotateLeft32(p1, 9)
	p1 ^= p0
	p0 = bits.RotateLeft32(p0, 27)
	p0 += p1
	p1 = bits.RotateLeft32(p1, 19)
	return p0, p1
}

// marvin32Fold is the 32-bit checksum Microsoft derives from marvin32.
func marvin32Fold(seed uint64, data []byte) uint32 {
	h := marvin32(seed, data)
	return uint32(h>>32) ^ uint32(h)
}

// Entra ID (Azure AD) client secret checksum, from Microsoft's public
// security-utilities: a "8Q~" secret ends with the first three characters
// of the Marvin32 checksum of the rest, written big-endian in the secret
// alphabet and left-padded to six characters.
const (
	entraSecretAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ1234567890.-_~"
	entraChecksumSeed   = 0x4161645077643030 // "AadPwd00"
	entraSecretLength   = 40
)

// checkEntraClientSecret verifies the checksum of a current ("8Q~")
// Entra client secret.
func checkEntraClientSecret(secret []byte) Check {
	if len(secret) != entraSecretLength || string(secret[3:6]) != "8Q~" {
		return Check{}
	}
	body, sum := secret[:len(secret)-3], string(secret[len(secret)-3:])
	want := encodeAlphabet(marvin32Fold(entraChecksumSeed, body), entraSecretAlphabet, 6)
	return Check{OK: want[:3] == sum}
}

// encodeAlphabet writes n big-endian in the digits of alphabet, left-padded
// with its first digit to minLength.
func encodeAlphabet(n uint32, alphabet string, minLength int) string {
	base := uint32(len(alphabet))
	var out []byte
	for ; n > 0; n /= base {
		out = append(out, alphabet[n%base])
	}
	for len(out) < minLength {
		out = append(out, alphabet[0])
	}
	slices.Reverse(out)
	return string(out)
}

// azureKeySeeds maps the signature of an Azure identifiable key (four
// base64 characters before the checksum) to the Marvin32 seeds its
// service uses, as published in Microsoft's security-utilities.
var azureKeySeeds = map[string][]uint64{
	"+ASt": {0x44656661756c7430},                                         // Storage
	"+ASb": azureMessagingSeeds,                                          // Service Bus
	"+AEh": azureMessagingSeeds,                                          // Event Hubs
	"+ARm": azureMessagingSeeds,                                          // Relay
	"ACDb": {0x4d617374524f3030, 0x4d61737452573030, 0x537973416c6c3030}, // Cosmos DB
	"AzCa": {0x4163636573733030},                                         // Cache for Redis
	"AIoT": {0x496f544875623030, 0x4470734b65793030, 0x4465766963653030}, // IoT Hub, DPS, device
	"+ABa": {0x4162416363743030},                                         // Batch
	"+ACR": {0x41435244666c7430},                                         // Container Registry
	"APIM": {0x54656e616e743030, 0x496f544875623030, 0x4761746577793030, 0x4769744b65793030},
}

var azureMessagingSeeds = []uint64{0x53656e6430303030, 0x4c697374656e3030, 0x4d616e6167653030, 0x53797374656d3030}

// azureIdentifiable reports whether key is a base64 Azure identifiable
// key: a known signature just before the last six encoded characters and
// a last four bytes that are the Marvin32 checksum of the rest.
func azureIdentifiable(key string) bool {
	trimmed := strings.TrimRight(key, "=")
	if len(trimmed) < 10 {
		return false
	}
	seeds, ok := azureKeySeeds[trimmed[len(trimmed)-10:len(trimmed)-6]]
	if !ok {
		return false
	}
	raw, err := base64.StdEncoding.DecodeString(key)
	if err != nil || len(raw) < 8 {
		return false
	}
	body, sum := raw[:len(raw)-4], binary.LittleEndian.Uint32(raw[len(raw)-4:])
	return slices.ContainsFunc(seeds, func(seed uint64) bool { return marvin32Fold(seed, body) == sum })
}

// checkAzureIdentifiableKey accepts an Azure identifiable key whose
// checksum verifies.
func checkAzureIdentifiableKey(secret []byte) Check {
	return Check{OK: azureIdentifiable(string(secret))}
}

// checkAzureUnidentifiableKey accepts an Azure key that is not a valid
// identifiable key, which the azure-identifiable-key rule reports instead.
func checkAzureUnidentifiableKey(secret []byte) Check {
	return Check{OK: !azureIdentifiable(string(secret))}
}
