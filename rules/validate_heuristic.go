package rules

import (
	"encoding/base64"
	"regexp"
	"strings"
)

// checkGenericValue filters values assigned to secret-sounding names that
// are code, not secrets: variable references, identifiers, dotted
// references, paths, words and counting placeholders. A secret worth
// reporting mixes letters with digits, or with at least two symbols.
func checkGenericValue(secret []byte) Check {
	s := string(secret)
	if s == "" || s[0] == '$' || s[0] == '%' {
		return Check{} // $VAR, %VAR%: a reference to the secret, not the secret
	}
	// identifier and path punctuation says nothing either way
	letters, digits, others := countClasses(s, "_.-/")
	if letters == 0 || digits == 0 && (others < 2 || strings.Contains(s, "/")) {
		return Check{}
	}
	if strings.HasPrefix(s, "/") || strings.HasPrefix(s, "./") || strings.HasPrefix(s, "../") || strings.HasPrefix(s, "~/") || strings.Contains(s, "://") || wordPath.MatchString(s) {
		return Check{}
	}
	if isCodeIdentifier(s) && !hasGeneratedPart(s) || hasInterleavedSequence(secret) || queryString.MatchString(s) || isBase64Prose(s) {
		return Check{}
	}
	return Check{OK: true}
}

// countClasses counts the ASCII letters, the digits and the other bytes of
// s, leaving out the bytes in neutral, which say nothing either way.
func countClasses(s, neutral string) (letters, digits, others int) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c >= '0' && c <= '9':
			digits++
		case strings.IndexByte(neutral, c) >= 0:
		default:
			others++
		}
	}
	return letters, digits, others
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

// hasGeneratedPart reports whether s, split at '_', '.' and '-', has a
// part a generator made, not a word: 16 bytes or more, two digits or more,
// and letters whose cases mix as a generator's do (see
// mixesCaseLikeAGenerator); or random hex (isRandomHexPart), unless s
// names itself a digest (sha256_…). A token a provider prefixes with a word that
// names things in code (auth_asKXRhIMplM7El1JENjrotGou) is then a token,
// not an identifier. Base64 of a JSON object (a JWT's header) is no
// generator's part: eyJhbGciOiJIUzI1NiJ9.short.token stays a stand-in.
func hasGeneratedPart(s string) bool {
	for part := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '_' || r == '.' || r == '-' }) {
		if len(part) < minGeneratedPart || strings.HasPrefix(part, "eyJ") {
			continue // eyJ: base64 of a JSON object, a token's header
		}
		var letters []byte
		digits := 0
		for i := 0; i < len(part); i++ {
			switch c := part[i]; {
			case isASCIILetter(c):
				letters = append(letters, c)
			case c >= '0' && c <= '9':
				digits++
			}
		}
		if digits >= 2 && mixesCaseLikeAGenerator(string(letters)) || isRandomHexPart(part, len(letters), digits) && !digestName.MatchString(s) {
			return true
		}
	}
	return false
}

// minHexPart is the shortest hex part hasGeneratedPart takes for a
// generator's: a shorter one may be a word of hex letters with a number
// (deadbeef2024, cafe1234face).
const minHexPart = 24

// isRandomHexPart reports a part made of minHexPart or more hex digits of
// one case, with at least three letters and three digits, as a provider's
// generator writes a key (key_f42e06a4…, test_9b1c…). A UUID's parts are
// too short to count.
func isRandomHexPart(part string, letters, digits int) bool {
	return len(part) >= minHexPart && letters >= 3 && digits >= 3 && isHexOfOneCase([]byte(part))
}

// digestName matches a value that names its hex as a digest (sha256-…,
// md5_…, commit-…, blake2b.…): a hash, not a key.
var digestName = regexp.MustCompile(`(?i)(?:^|[_.-])(?:sha-?\d*|md5|blake2[bs]?|crc32|commit|digest|hash|checksum|etag|rev)(?:[_.-]|$)`)

// minGeneratedPart is the shortest part hasGeneratedPart judges.
const minGeneratedPart = 16

// hasInterleavedSequence reports whether the letters or the digits of b,
// taken apart, count up or down six or more in a row, as in the
// placeholders a1b2c3d4-e5f6-g7h8, abcdefg12346 and d4c3b2a1-h8g7-p5o0n5m3l2k1.
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
	return hasSequence(letters, 6) || hasSequence(digits, 6) ||
		hasSequence(reversed(letters), 6) || hasSequence(reversed(digits), 6)
}

// reversed returns b reversed in place (the caller owns b).
func reversed(b []byte) []byte {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return b
}

// charClasses counts the upper-case letters, lower-case letters and digits
// of s.
func charClasses(s []byte) (upper, lower, digits int) {
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		case c >= '0' && c <= '9':
			digits++
		}
	}
	return upper, lower, digits
}

// checkMixedCaseDigits accepts a random part that mixes upper- and
// lower-case letters with digits, as base62 keys of 20 or more characters
// nearly always do; identifiers and words rarely do.
func checkMixedCaseDigits(secret []byte) Check {
	u, l, d := charClasses(randomPart(secret))
	return Check{OK: u > 0 && l > 0 && d > 0}
}

// checkLettersAndDigits accepts a random part with both letters and digits,
// for keys drawn from one letter case.
func checkLettersAndDigits(secret []byte) Check {
	u, l, d := charClasses(randomPart(secret))
	return Check{OK: u+l > 0 && d > 0}
}

// checkMixedCaseLetters accepts a random part with both upper- and
// lower-case letters, for keys made of letters only.
func checkMixedCaseLetters(secret []byte) Check {
	u, l, _ := charClasses(randomPart(secret))
	return Check{OK: u > 0 && l > 0}
}

// randomPart strips a token's type prefix: everything up to the last '_'
// or '-' that falls in its first twelve characters.
func randomPart(secret []byte) []byte {
	head := secret[:min(len(secret), 12)]
	if i := strings.LastIndexAny(string(head), "_-"); i >= 0 {
		return secret[i+1:]
	}
	return secret
}

// isAlnum reports whether s is all ASCII letters and digits.
func isAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return true
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
	// stand-ins of the PHP manual's connection examples (mysql_connect(…,
	// 'mysqluser', 'mypass'), new PDO(…, 'my_user', 'my_pass'), new
	// mysqli(…, "root", "foofoo", "sakila")), its DB2 sample (db2inst1 /
	// ibmdb2) and Oracle's demo account (scott / tiger)
	"mypass": true, "my_pass": true, "my-pass": true, "mypwd": true, "my_pwd": true,
	"foofoo": true, "ibmdb2": true, "tiger": true,
}

// passwordIsUser reports a connection string whose password repeats the
// user name before it (stats:stats@tcp(…), netdata:netdata@…, scott/tiger's
// kind written as app/app): the default account of a product or a local
// test setup, shown in its documentation and configs, not a credential
// someone chose. prefix is the text a match holds before the password; it
// ends with the user and the ':' (or '/') that separates them.
func passwordIsUser(prefix, secret []byte) bool {
	if len(prefix) < 2 || (prefix[len(prefix)-1] != ':' && prefix[len(prefix)-1] != '/') {
		return false
	}
	user := prefix[:len(prefix)-1]
	i := len(user)
	for i > 0 && isNameByte(user[i-1]) {
		i--
	}
	return i < len(user) && strings.EqualFold(string(user[i:]), string(secret))
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
