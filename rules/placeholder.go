package rules

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"regexp"
)

// placeholderMarkers are lower-case substrings that mark a value as a
// template, an example or a reference to a secret kept elsewhere.
var placeholderMarkers = []string{
	"example", "xxxx", "****", "####", "your_", "your-",
	"yourkey", "yourtoken", "yoursecret", "yourpass",
	"placeholder", "changeme", "change_me", "change-me",
	"replace_me", "replace-me", "replaceme", "insert_",
	"dummy", "redacted", "${", "{{", "}}",
	"process.env", "os.environ",
	"getenv", "env(", "env[", "env.", "secrets.",
	"...", "\u2026", "keyboard cat", "put your unique phrase here",
	"replace_with", "replace-with", "please_replace", "_here",
	"-here", "invalid_token", "invalid-token", "fake_",
	"fake-", "abc123", "xyz789",
	// "…TokenHere" written without a separator (xoxe.xoxp-1-RANDOMSTRINGHERE)
	"tokenhere", "keyhere", "secrethere", "stringhere", "passwordhere",
	// the base32 seed Google Authenticator's documentation and many tests use
	"jbswy3dpehpk3pxp",
}

// placeholderMarkerSet finds placeholderMarkers in one pass.
var placeholderMarkerSet = newKeywordDFA(placeholderMarkers)

// angleToken matches a <token>, <YOUR_PASSWORD>, <api key> or <8+ chars>
// stand-in, or a language model's special token (<|endoftext|>). A lone
// '<' or '>' is not one: human passwords may hold them.
var angleToken = regexp.MustCompile(`<[A-Za-z0-9][\w .:/+-]{1,40}>|<\|[\w.-]+\|>`)

// placeholderCheckLimit is the longest secret checked for markers: in a long
// random body (a PEM block) a short marker can occur by chance, and such
// secrets are checked structurally instead.
const placeholderCheckLimit = 200

// IsPlaceholder reports whether secret looks like a stand-in rather than a
// real credential: an EXAMPLE key, `xxxx`, `your-api-key` (or any value
// starting with "your"), `REPLACE_WITH_…`, `…_here`, `FAKE_…`, `${VAR}`,
// `{{ var }}`, `<token>`, an environment lookup, a run of one character,
// a counting sequence, a pair repeated four times, or a published sample
// (jwt.io's JWT, and the keys of publishedSamples: the Azure emulators'
// keys, Firebase's sample API keys, a provider's API reference example).
func IsPlaceholder(secret []byte) bool {
	if isSampleJWT(secret) || isPublishedSample(secret) {
		return true
	}
	if len(secret) > placeholderCheckLimit {
		return false
	}
	if placeholderMarkerSet.containsAny(secret) { // ASCII case-insensitively, as the markers are lower-case
		return true
	}
	lower := bytes.ToLower(secret)
	return bytes.HasPrefix(lower, []byte("your")) || isSentinel(lower) || hasAngleToken(secret) || hasSubstitution(secret) || isConcatenation(secret) ||
		hasStandInRun(lower) || hasSequence(lower, 6) || hasRepeatedPair(lower) || isBase64OfPlaceholder(secret)
}

// isSentinel reports a test's marker value (SENTINEL-6, SENTINEL_TOKEN):
// redaction tests plant it in every credential shape to check that none
// survives, as netdata's support-bundle script does.
func isSentinel(lower []byte) bool {
	return len(lower) > 9 && bytes.HasPrefix(lower, []byte("sentinel")) && (lower[8] == '-' || lower[8] == '_')
}

// hasRepeatedPair reports a pair of bytes repeated four times in a row
// (1a1a1a1a, 0f0f0f0f), the tail a template fills a sample key with.
func hasRepeatedPair(lower []byte) bool {
	for i := 0; i+8 <= len(lower); i++ {
		a, b := lower[i], lower[i+1]
		if a != b && lower[i+2] == a && lower[i+3] == b && lower[i+4] == a && lower[i+5] == b && lower[i+6] == a && lower[i+7] == b {
			return true
		}
	}
	return false
}

// hasStandInRun reports whether lower holds a run of six or more of one
// byte that stands in for the value (xxxxxx, sk_live_000000…), rather
// than a run inside a random value. Some formats put one there: every
// Cloudflare Turnstile secret starts 0x4AAAAAAA, and reCAPTCHA keys and
// base64 of binary fields hold AAAAAA. A run is taken as part of the value
// when at least 20 other bytes surround it, with 3.5 bits of entropy, and
// the value is more than hex digits: in hex a run is no format's, and
// test vectors (poly_key:ffffffef…) hold them.
func hasStandInRun(lower []byte) bool {
	start, n := longestRun(lower)
	if n < 6 {
		return false
	}
	rest := append(append([]byte(nil), lower[:start]...), lower[start+n:]...)
	return len(rest) < 20 || Entropy(rest) < 3.5 || isHex(lower)
}

// longestRun returns where the longest run of one byte in b starts, and
// its length.
func longestRun(b []byte) (start, n int) {
	for i := 0; i < len(b); {
		j := i + 1
		for j < len(b) && b[j] == b[i] {
			j++
		}
		if j-i > n {
			start, n = i, j-i
		}
		i = j
	}
	return start, n
}

// hasAngleToken reports whether secret holds an angleToken. Most secrets
// hold no '<' at all, and the byte search spares them the regex, which
// costs more than the rest of IsPlaceholder.
func hasAngleToken(secret []byte) bool {
	return bytes.IndexByte(secret, '<') >= 0 && angleToken.Match(secret)
}

// hasSubstitution reports whether secret holds a substitution, trying
// the regex only when a "$(" or "%(" it needs is there.
func hasSubstitution(secret []byte) bool {
	return (bytes.Contains(secret, []byte("$(")) || bytes.Contains(secret, []byte("%("))) && substitution.Match(secret)
}

// isBase64OfPlaceholder reports whether secret is base64 of a stand-in:
// a Kubernetes Secret's data holding "your_api_key_here" or "$API_KEY"
// encoded. A rule may take only part of the encoded value, so the longest
// whole-quantum prefix is decoded. Random key bytes are seldom printable
// text, and text that is a placeholder or a reference never is a key.
func isBase64OfPlaceholder(secret []byte) bool {
	n := len(bytes.TrimRight(secret, "=")) / 4 * 4
	if n < 8 {
		return false
	}
	var buf [placeholderCheckLimit * 3 / 4]byte // IsPlaceholder judges no longer secret
	raw := buf[:base64.StdEncoding.DecodedLen(n)]
	k, err := base64.StdEncoding.Decode(raw, secret[:n])
	if err != nil {
		return false
	}
	raw = raw[:k]
	for _, c := range raw {
		if c < ' ' || c > '~' {
			return false
		}
	}
	return raw[0] == '$' || raw[0] == '<' || IsPlaceholder(raw)
}

// substitution matches a shell command substitution (`$(cmd`, `$((`) or a
// Python %-format name (`%(name)s`). A bare "$(" or "%(" is not one:
// generated keys (Django's) and human passwords hold such pairs by chance.
var substitution = regexp.MustCompile(`\$\([A-Za-z_(]|%\([A-Za-z_]\w*\)`)

// concatenations are the joins of a string literal with code around it:
// `"... PASSWORD '" + pw + "'"` builds a statement at run time, and what
// sits between the quotes is an expression, not a secret.
var concatenations = [][]byte{[]byte(`" +`), []byte(`+ "`), []byte(`' +`), []byte(`+ '`), []byte(`"+`), []byte(`+"`), []byte(`'+`), []byte(`+'`), []byte(`" .`), []byte(`. "`)}

// isConcatenation reports whether secret is the code around a string
// literal rather than its content: it is wrapped in '+' joins (`+ pw +`,
// `+value(g)+`), or holds a quote joined to code by '+' or PHP's '.'.
func isConcatenation(secret []byte) bool {
	trimmed := bytes.TrimSpace(secret)
	if len(trimmed) > 1 {
		first, last := trimmed[0] == '+', trimmed[len(trimmed)-1] == '+'
		if (first && last) || ((first || last) && len(trimmed) < len(secret)) {
			return true
		}
	}
	for _, c := range concatenations {
		if bytes.Contains(secret, c) {
			return true
		}
	}
	return false
}

// isSampleJWT reports whether secret holds a JWT whose payload carries the
// claims of the jwt.io and RFC sample token (sub "1234567890", name "John
// Doe"): documentation copies it everywhere, whatever its signature.
func isSampleJWT(secret []byte) bool {
	i := bytes.Index(secret, []byte("eyJ"))
	if i < 0 {
		return false
	}
	parts := bytes.SplitN(secret[i:], []byte("."), 3)
	if len(parts) < 3 {
		return false
	}
	raw, err := base64.RawURLEncoding.DecodeString(string(bytes.TrimRight(parts[1], "=")))
	if err != nil {
		return false
	}
	var claims struct {
		Sub  any    `json:"sub"`
		Name string `json:"name"`
	}
	if json.Unmarshal(raw, &claims) != nil {
		return false
	}
	sub, _ := claims.Sub.(string)
	return sub == "1234567890" && claims.Name == "John Doe"
}

// sha256Hex is the hex SHA-256 digest of s: the published samples that
// validators turn down (the RFC JWKs, the development-chain keys and
// mnemonics) are kept as such digests, never as the token-shaped values.
func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

// hasRun reports whether b repeats one byte n times in a row.
func hasRun(b []byte, n int) bool {
	_, longest := longestRun(b)
	return longest >= n
}

// hasSequence reports whether b counts up n bytes in a row ("123456", "abcdef").
func hasSequence(b []byte, n int) bool {
	run := 1
	for i := 1; i < len(b); i++ {
		isAlnum := (b[i] >= '0' && b[i] <= '9') || (b[i] >= 'a' && b[i] <= 'z')
		if isAlnum && b[i] == b[i-1]+1 {
			run++
			if run >= n {
				return true
			}
		} else {
			run = 1
		}
	}
	return false
}
