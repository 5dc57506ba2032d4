package rules

import (
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"errors"
	"hash/crc32"
	"maps"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/crypto/ssh"
)

// Check is what an offline validator learned about a candidate secret.
type Check struct {
	// OK is false when the candidate fails the format's own check (a bad
	// checksum, a key that does not parse); such candidates are dropped.
	OK bool
	// Severity, when set, replaces the rule's severity (an encrypted
	// private key is less urgent than a bare one).
	Severity Severity
	// Owner is who the secret belongs to, where the format says so.
	Owner string
}

// Validator checks a candidate secret offline, without any network call.
type Validator struct {
	Check func(secret []byte) Check
	// Proves is true when passing shows the secret is well-formed for its
	// provider (a checksum, a parsed key); a finding then names the
	// validator in its `validated` field. Heuristic filters leave it false.
	Proves bool
}

// validators maps the names rules use in `validate` to their checks.
// It is built once at package initialisation and never modified after.
var validators = mergeValidators(coreValidators, cloudValidators, vcsValidators, saasValidators, aiValidators, genericValidators)

// coreValidators are the checks shared across providers.
var coreValidators = map[string]Validator{
	"base62-crc32":    {checkBase62CRC32, true},
	"pem-private-key": {checkPEMPrivateKey, true},
	"jwt":             {checkJWT, true},
	"generic-value":   {checkGenericValue, false},
}

func mergeValidators(groups ...map[string]Validator) map[string]Validator {
	all := map[string]Validator{}
	for _, g := range groups {
		for name, v := range g {
			if _, dup := all[name]; dup {
				panic("rules: validator " + name + " is defined twice")
			}
			all[name] = v
		}
	}
	return all
}

// ValidatorNames lists the validators a rule may name, sorted.
func ValidatorNames() []string {
	return slices.Sorted(maps.Keys(validators))
}

const base62Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

// checkBase62CRC32 checks tokens of the form prefix_RANDOMCHECKS, where
// the last six characters are the base62 CRC32 of the random part, as
// GitHub (ghp_, gho_, ghu_, ghs_, ghr_) and npm (npm_) tokens are built.
func checkBase62CRC32(secret []byte) Check {
	s := string(secret)
	underscore := strings.LastIndexByte(s, '_')
	body := s[underscore+1:]
	if len(body) <= 6 {
		return Check{}
	}
	payload, sum := body[:len(body)-6], body[len(body)-6:]
	want, ok := decodeBase62(sum)
	return Check{OK: ok && want == uint64(crc32.ChecksumIEEE([]byte(payload)))}
}

// decodeBase62 decodes s as a big-endian base62 number.
func decodeBase62(s string) (uint64, bool) {
	var n uint64
	for i := 0; i < len(s); i++ {
		d := strings.IndexByte(base62Alphabet, s[i])
		if d < 0 {
			return 0, false
		}
		n = n*62 + uint64(d)
	}
	return n, true
}

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

// checkJWT accepts a JSON Web Token whose header decodes to a JSON object
// naming an algorithm.
func checkJWT(secret []byte) Check {
	header, _, ok := strings.Cut(string(secret), ".")
	if !ok {
		return Check{}
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(header, "="))
	if err != nil {
		return Check{}
	}
	var h struct {
		Alg string `json:"alg"`
	}
	if json.Unmarshal(raw, &h) != nil || h.Alg == "" {
		return Check{}
	}
	return Check{OK: true}
}

// checkGenericValue filters values assigned to secret-sounding names that
// are code, not secrets: variable references, identifiers, dotted
// references, paths, words and counting placeholders. A secret worth
// reporting mixes letters with digits, or with at least two symbols.
func checkGenericValue(secret []byte) Check {
	s := string(secret)
	if s == "" || s[0] == '$' || s[0] == '%' {
		return Check{} // $VAR, %VAR%: a reference to the secret, not the secret
	}
	var letters, digits, others int
	for _, c := range secret {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case c == '_' || c == '.' || c == '-' || c == '/':
			// identifier and path punctuation says nothing either way
		default:
			others++
		}
	}
	if letters == 0 || digits == 0 && (others < 2 || strings.Contains(s, "/")) {
		return Check{}
	}
	if strings.HasPrefix(s, "/") || strings.HasPrefix(s, "./") || strings.Contains(s, "://") || wordPath.MatchString(s) {
		return Check{}
	}
	if isCodeIdentifier(s) || hasInterleavedSequence(secret) || queryString.MatchString(s) || isBase64Prose(s) {
		return Check{}
	}
	return Check{OK: true}
}

// wordPath matches a value that starts as a path or name under a word
// (prod/api-x1, secrets/db-password): an ARN or secret-store path.
var wordPath = regexp.MustCompile(`^[a-z]{3,}/`)

// queryString matches a value that runs on into further URL parameters
// (a=b&c=d): a documented request, not an assignment of a secret.
var queryString = regexp.MustCompile(`&[A-Za-z_]+=`)

// isBase64Prose reports whether s is base64 of readable words, the way
// docs and tests disguise sample passwords ("not my real password").
func isBase64Prose(s string) bool {
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(raw) < 8 {
		return false
	}
	for _, c := range raw {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return strings.Count(string(raw), " ") >= 2
}

// codeWords are lower-case words that name things in source code. A random
// secret of letters and digits holds one of them only by rare chance; an
// identifier such as testRSA2048PrivateKey or cfg.DefaultToken2 holds one
// almost always.
var codeWords = []string{
	"test", "private", "public", "key", "token", "secret", "password", "passwd", "config", "default",
	"value", "string", "param", "field", "input", "output", "file", "path",
	"name", "user", "data", "client", "server", "request", "response", "handler",
	"auth", "cert", "encrypt", "decrypt", "hash", "sign",
	"fake", "mock", "sample", "demo", "local", "util", "type", "func", "this",
	"count", "const",
}

// isCodeIdentifier reports whether s is shaped like a code identifier,
// dotted reference or kebab-case name (letters, digits, '_', '.' and '-')
// and contains a code word.
func isCodeIdentifier(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	lower := strings.ToLower(s)
	for _, w := range codeWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// hasInterleavedSequence reports whether the letters or the digits of b,
// taken apart, count up six or more in a row, as in the placeholder
// a1b2c3d4-e5f6-g7h8 or abcdefg12346.
func hasInterleavedSequence(b []byte) bool {
	var letters, digits []byte
	for _, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			letters = append(letters, c)
		case c >= 'A' && c <= 'Z':
			letters = append(letters, c+'a'-'A')
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		}
	}
	return hasSequence(letters, 6) || hasSequence(digits, 6)
}
