package rules

import (
	"encoding/base64"
	"net/url"
	"regexp"
	"strings"
	"unicode"
)

// Bounds of a value the generic detector reports.
const (
	minGenericValue = 8
	maxGenericValue = 200
)

// checkGenericPassword decides whether a value assigned to a secret-like
// name (password, secret, token, api_key...) is a literal secret rather
// than code or a stand-in. Human passwords are low-entropy, so it judges
// the value's shape, not its randomness: it turns down references
// ($X, %X%, @X), booleans, nulls, type names, numbers, paths, URLs
// without credentials, function calls and other expressions, format
// strings, dotted references and identifiers made of code words, prose
// (labels such as "Enter your password") and values with no letter, or
// with letters only. Placeholders (changeme, xxxx, <token>, ${VAR}) were
// already dropped by [IsPlaceholder].
func checkGenericPassword(secret []byte) Check {
	s := strings.TrimRight(string(secret), ";,")
	if strings.Contains(s, "%") {
		if u, err := url.PathUnescape(s); err == nil {
			s = u // a URL's user-info is percent-encoded
		}
	}
	if len(s) < minGenericValue || len(s) > maxGenericValue || strings.ContainsAny(s, "\r\n\t\x00") {
		return Check{}
	}
	lower := strings.ToLower(s)
	if isReference(s) || genericStopValues[lower] || dbPlaceholderLike(lower) || shortSchemeCredential(lower) {
		return Check{}
	}
	if isPathOrURL(s) || isExpression(s) || isProse(s) || hasShape(notSecretShapes, s) {
		return Check{}
	}
	if !mixesClasses(s) || isCodeName(s) && !hasGeneratedPart(s) || isConstantName(s) || hasCountingRun(s) || isBase64Text(s) {
		return Check{}
	}
	if isTranslatedText(s) || isEncString(s) || isCodeFragment(s) {
		return Check{}
	}
	return Check{OK: true}
}

// A valueShape is a pattern of values that are not secrets, with a test
// of a byte or two that every value it matches passes. Most values fail
// every test and skip the patterns, whose matching took most of
// checkGenericPassword's time.
type valueShape struct {
	re  *regexp.Regexp
	may func(s string) bool // false when re cannot match s
}

// notSecretShapes are the valueShapes checkGenericPassword turns down.
var notSecretShapes = []valueShape{
	{isQueryString, func(s string) bool { return strings.IndexByte(s, '&') >= 0 }},
	{isKeywordArgument, func(s string) bool { return strings.IndexByte(s, '=') >= 0 }},
	{timestamp, func(s string) bool { return isDigit(s[0]) }},
	{diffMarker, func(s string) bool { return s[0] == '-' || s[0] == '+' }},
	{numericLiteral, func(s string) bool { return isDigit(s[0]) || s[0] == '-' || s[0] == '+' }},
	{escapeSequence, func(s string) bool { return strings.IndexByte(s, '\\') >= 0 }},
	{sigV4Scope, func(s string) bool { return strings.Contains(s, "_request") }},
	{artifactVersion, func(s string) bool { return 'a' <= s[0] && s[0] <= 'z' && strings.IndexByte(s, '-') >= 0 }},
	{qualifiedTypeName, func(s string) bool { return 'A' <= s[0] && s[0] <= 'Z' && strings.IndexByte(s, '.') >= 0 }},
	{validationRules, func(s string) bool { return strings.IndexByte(s, '|') >= 0 }},
	requirementPinShape,
	fileNameShape,
	{resourceLocation, func(s string) bool { return strings.IndexByte(s, ':') >= 0 }},
}

// The valueShapes that neither a password nor a key has: a package pinned
// to a version, a file's name or relative path.
var (
	requirementPinShape = valueShape{requirementPin, func(s string) bool { return strings.ContainsAny(s, "=<>") }}
	fileNameShape       = valueShape{fileName, func(s string) bool { return strings.IndexByte(s, '.') >= 0 }}
)

// hasShape reports whether s, not empty, has one of shapes.
func hasShape(shapes []valueShape, s string) bool {
	for _, v := range shapes {
		if v.may(s) && v.re.MatchString(s) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// shortSchemeCredential reports an HTTP authentication scheme and a
// credential too short to be one (`"token", "bearer 1/"`, a rule's
// keyword list, read as a name and its value): after Bearer, Basic or
// Token the credential is the secret, and it is judged on its own length.
func shortSchemeCredential(lower string) bool {
	scheme, credential, found := strings.Cut(lower, " ")
	return found && (scheme == "bearer" || scheme == "basic" || scheme == "token") && len(strings.TrimSpace(credential)) < minGenericValue
}

// isCodeFragment reports code taken for a value: what a value's quotes
// took from between two string literals (`"…: ").Append(Credentials).Append("`,
// `"",y=p.get("`), or a member of minified or optional-chained code
// (t.preAuthorize, settings?.providers, this.context).
func isCodeFragment(s string) bool {
	return strings.IndexByte(")],;", s[0]) >= 0 || strings.IndexByte("([,", s[len(s)-1]) >= 0 ||
		strings.Contains(s, "?.") || strings.HasPrefix(s, "this.") || len(s) > 1 && s[1] == '.' && minifiedMember.MatchString(s)
}

// minifiedMember is a one-letter name's member of letters
// (t.preAuthorizeImplicit), as minifiers write code; a token with a
// one-letter type and a dot (Vault's s.…) holds digits.
var minifiedMember = regexp.MustCompile(`^[a-z]\.[A-Za-z_$]{4,}$`)

// isTranslatedText reports a value of a translation file: two letters
// outside ASCII, or one (or an ellipsis) with no digit or with a space
// ("Contraseña", "Einfügen", "Enter…", "OAuth2：客户端凭据"), or a format
// verb of a translation ("%1$s", "%@").
// A password of other letters is rare; a translated label under a name
// holding password or token is in every localized app.
func isTranslatedText(s string) bool {
	if strings.Contains(s, "%@") || translationVerb.MatchString(s) {
		return true
	}
	foreign := 0
	for _, r := range s {
		if r > unicode.MaxASCII && (unicode.IsLetter(r) || r == '…') {
			foreign++
		}
	}
	return foreign >= 2 || foreign == 1 && (!strings.ContainsAny(s, "0123456789") || strings.Contains(s, " "))
}

var (
	// translationVerb is a positional format verb (%1$s, %2$d).
	translationVerb = regexp.MustCompile(`%\d+\$[sd@]`)
	// qualifiedTypeName is a type named by its package or enclosing types,
	// optional or forced (P256.KeyAgreement.PrivateKey?, Crypto.Key!): the
	// parts after the first are PascalCase words, which random parts of a
	// token (a JWT's) are not.
	qualifiedTypeName = regexp.MustCompile(`^[A-Z]\w{0,30}(?:\.(?:[A-Z][a-z]+)+)+[?!]?$`)
	// validationRules is a form validation's rule list (Laravel's
	// required|string|min:8, a pipe-separated list of lower-case rules).
	validationRules = regexp.MustCompile(`^[a-z_]+(?::[\w,.]+)?(?:\|[a-z_]+(?::[\w,.]+)?)+$`)
	// encString is a Bitwarden encrypted string's type and first part
	// (2.<base64 iv>): ciphertext, which only the vault's key opens.
	encString = regexp.MustCompile(`^[0-9]\.[A-Za-z0-9+/]{16,}={0,2}(?:\|.*)?$`)
)

// isEncString reports a Bitwarden encrypted string (2.iv|data|mac).
func isEncString(s string) bool { return len(s) > 2 && s[1] == '.' && encString.MatchString(s) }

// isReference reports a value that names a secret kept elsewhere:
// $VAR, %VAR%, @VAR@, !Ref, #{x}, :symbol, [section] and the like.
func isReference(s string) bool {
	if strings.HasPrefix(s, "npm:") {
		return true // a package alias's version (js-tokens: "npm:^4.0.0")
	}
	switch s[0] {
	case '$', '%', '@', '{', '[', '(', '&', '*', '=', ':', '#':
		return true
	case '!':
		return yamlTag.MatchString(s) || strings.HasPrefix(s, "!!") // a tag, or code's double negation
	}
	return false
}

var yamlTag = regexp.MustCompile(`^![A-Za-z]+(?:\s|$)`)

// genericStopValues are whole values, lower-cased, that are not secrets:
// literals, type names, words of forms and notes left in place of a value.
var genericStopValues = map[string]bool{
	"true": true, "false": true, "null": true, "nil": true, "none": true, "undefined": true,
	"string": true, "str": true, "bytes": true, "secretstr": true, "securestring": true,
	"optional[str]": true, "string?": true, "string | null": true, "string | undefined": true,
	"required": true, "optional": true, "hidden": true, "masked": true, "sensitive": true,
	"boolean": true, "integer": true, "number": true, "object": true, "default": true,
	"todo": true, "tbd": true, "fixme": true, "n/a": true,
	// typed arrays: a TypeScript field's type (token: Uint8Array | null)
	"uint8array": true, "uint16array": true, "uint32array": true, "int8array": true,
	"int16array": true, "int32array": true, "float32array": true, "float64array": true,
	"bigint64array": true, "biguint64array": true, "uint8clampedarray": true,
}

// dbPlaceholderLike reports values that spell out the field they fill
// (password1, my-secret-token, db_pass, p@ssword, P@55w0rd, swordfish): labels and
// documentation stand-ins, not credentials.
func dbPlaceholderLike(lower string) bool {
	for _, w := range []string{"pass", "p@ss", "p4ss", "pa55", "p@55", "sword", "ssw0rd", "55w0rd", "secret", "secr3t", "s3cr3t", "s3cret", "$ecret", "token", "apikey", "api_key", "api-key", "api key", "privatekey", "private_key", "private-key", "credential", "username"} {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// isPathOrURL reports file paths and URLs: a URL with credentials in it
// is reported by the URL rules, at the password.
func isPathOrURL(s string) bool {
	if strings.IndexByte(s, '/') < 0 && strings.IndexByte(s, '\\') < 0 {
		return false // each pattern below needs one or the other
	}
	if unixPath.MatchString(s) || strings.Contains(s, "://") || strings.HasPrefix(s, "//") || windowsPath.MatchString(s) {
		return true
	}
	return pathUnderWord.MatchString(s)
}

var (
	windowsPath   = regexp.MustCompile(`^[A-Za-z]:\\`)
	unixPath      = regexp.MustCompile(`^(?:\.{0,2}/|~/)[\w.@~${}-]*(?:/[\w.@~${}-]+)*/?$`)
	pathUnderWord = regexp.MustCompile(`^[a-z]{3,}/[\w./-]*$`)
	isQueryString = regexp.MustCompile(`&[A-Za-z_]+=`)
	// timestamp is an ISO 8601 date and time (2017-01-21T00:00:00Z).
	timestamp = regexp.MustCompile(`^\d{4}-\d\d-\d\d[T ]\d\d:\d\d`)
	// diffMarker is the -want/+got of a Go test's failure message.
	diffMarker = regexp.MustCompile(`^[-+](?:want|got)\b`)
	// isKeywordArgument is a name given a value (`timeout=30`): the next
	// argument of a call whose first argument was a reference, not a password.
	isKeywordArgument = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*=[^=]`)
	// numericLiteral is a number as code writes it: -0x3f87, 0b1010, 1_000,
	// 2.5e3. A hex key that starts with 0b is not a binary number.
	numericLiteral = regexp.MustCompile(`^[-+]?(?:0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|\d[\d_]*(?:\.\d+)?(?:[eE][-+]?\d+)?)$`)
	// escapeSequence is a byte or rune escape of a string literal: binary
	// data or an emoji, not a password.
	escapeSequence = regexp.MustCompile(`\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|[0-7]{3})`)
	// sigV4Scope is the scope of a signed request's Credential= (an access
	// key id, then /20130524/us-east-1/s3/aws4_request): public parts
	// of the signature, whose key id the AWS rules judge on its own.
	sigV4Scope = regexp.MustCompile(`/\d{8}/[\w-]+/[\w-]+/\w+_request\b`)
	// artifactVersion is a package's file or artifact name with its
	// version (jjwt-jackson-0.11.2, after a Maven group io.jsonwebtoken:),
	// lower-case words joined by '-' and a three-part version.
	artifactVersion = regexp.MustCompile(`^[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+-\d+\.\d+\.\d+$`)
	// requirementPin is a package pinned to a version, as pip's
	// requirements and tox's deps write it (openai==1.0.1, httpx<0.28,
	// anyio>=3.7,<4.0), under a name such as openai-notiktoken-v1.
	requirementPin = regexp.MustCompile(`^[A-Za-z][\w.-]*(?:\[[\w,.-]+\])?[ \t]*(?:===?|~=|>=|<=|!=|<|>)[ \t]*v?\d+(?:\.[\w*+!-]+)+(?:[ \t]*,[ \t]*(?:[<>]=?|[=!~]=)[ \t]*\d+(?:\.[\w*]+)*)*$`)
	// resourceLocation is where a framework loads a file from
	// (classpath:ssl/client.key, file:/etc/app/server.key), not the file's
	// content.
	resourceLocation = regexp.MustCompile(`^(?:classpath\*?|file|resource|jar|res):[\w./*${}~-]+$`)
)

// expressionShape matches values that are code: calls, indexing, a
// member of an indexed value (a[1].text), Swift's forced unwrap
// (fields![1], a.text!), concatenation, templates and format verbs.
var expressionShape = regexp.MustCompile(`\]\.[A-Za-z_]|\w![.\[]|^\w+(?:\.\w+)+!$|^\+[\w.]+\+?$|^[\w.]+\+$|^[\w.$:\\-]+\(.*\)$|^[\w.]+\[.*\]$|\s(?:\+|\|\||&&|\?\?)\s|=>|->|::|%[sdv]|\{\d*\}|#\{|\$\{|^new\s|^await\s|\bfunc\b|\bfunction\b|\breturn\b`)

// isExpression reports whether s has expressionShape. Every branch of
// the pattern needs one of expressionMarks or the word func or return,
// so the many values holding none (most passwords) skip the backtracking
// match, which costs more than the rest of checkGenericPassword.
func isExpression(s string) bool {
	if !strings.ContainsAny(s, expressionMarks) && !strings.Contains(s, "func") && !strings.Contains(s, "return") {
		return false
	}
	return expressionShape.MatchString(s)
}

// expressionMarks are the bytes one of which every branch of
// expressionShape but the func and return words needs: the operators and
// brackets, and the spaces \s matches.
const expressionMarks = "+([]!>:%{ \t\n\v\f\r"

// isProse reports text with spaces and no digit: a label, a sentence or a
// hint ("Enter your password"), which passwords seldom are.
func isProse(s string) bool {
	if !strings.Contains(s, " ") {
		return false
	}
	return !strings.ContainsAny(s, "0123456789") || strings.Count(s, " ") >= 4
}

// mixesClasses reports whether s holds letters and also digits, or two
// symbols or more: a word joined to another by one '+' or '/' is more often
// code (a+b.c) than a password. Letters with a single symbol pass when it
// is one people set into a word to make a password (see [oneSymbolPassword]).
func mixesClasses(s string) bool {
	// word separators say nothing either way
	letters, digits, symbols := countClasses(s, " _.-")
	return letters > 0 && (digits > 0 || symbols >= 2 || symbols == 1 && oneSymbolPassword(s, letters) || symbols == 0 && mixesCaseLikeAGenerator(s))
}

// minGeneratedLetters is the shortest letters-only value taken for a
// generated password.
const minGeneratedLetters = 12

// mixesCaseLikeAGenerator reports letters only, at least minGeneratedLetters of them,
// whose cases mix the way a generator's do (yqDVtkqPECriaLRi): at least
// three runs that a word or a camelCase name does not make, capitals two
// or more in a row or a lower-case letter alone between capitals.
// camelCase names (szThingsBoardCases) set one capital before each word.
func mixesCaseLikeAGenerator(s string) bool {
	if len(s) < minGeneratedLetters {
		return false
	}
	irregular := 0
	for i := 0; i < len(s); {
		if !isASCIILetter(s[i]) {
			return false
		}
		upper := s[i] < 'a'
		j := i + 1
		for j < len(s) && isASCIILetter(s[j]) && (s[j] < 'a') == upper {
			j++
		}
		if upper && j-i >= 2 || !upper && j-i == 1 && i > 0 && j < len(s) {
			irregular++
		}
		i = j
	}
	return irregular >= 3
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// passwordSymbols are the symbols people set into a word to make a
// password (Prestigitariu$, development#product). Code names, paths,
// globs, e-mail addresses and patterns join words with others (+ / * ? @
// ^ ~ : =), so one of those alone says nothing.
const passwordSymbols = "!#$&"

// minOneSymbolPassword is the shortest letters-and-one-symbol value taken
// for a password: shorter ones are too often words of code or prose.
const minOneSymbolPassword = 10

// oneSymbolPassword reports a value of at least minOneSymbolPassword bytes,
// of letters (and word separators) with one password symbol after the
// first letter, where a '$' does not start an interpolated name ($HOME,
// $_x, ${x}).
func oneSymbolPassword(s string, letters int) bool {
	i := strings.IndexAny(s, passwordSymbols)
	if len(s) < minOneSymbolPassword || letters < minOneSymbolPassword-2 || i <= 0 {
		return false
	}
	if s[i] == '!' && i == len(s)-1 && isTypeName(s[:i]) {
		return false // Swift's implicitly unwrapped optional: var x: NSLayoutConstraint!
	}
	if s[i] == '$' && i+1 < len(s) {
		next := s[i+1]
		return !(next >= 'A' && next <= 'Z' || next == '_' || next == '{' || next == '(')
	}
	return true
}

// isTypeName reports a PascalCase name of letters with two capitals or
// more, as types are named (NSLayoutConstraint, UITextField, HttpClient).
func isTypeName(s string) bool {
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	capitals := 0
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(s[i]) {
			return false
		}
		if s[i] < 'a' {
			capitals++
		}
	}
	return capitals >= 2
}

// isBase64Text reports whether s is base64 of readable words, the way
// docs and tests disguise sample values ("not my real password"), or of
// a placeholder (a Kubernetes Secret's `password: Y2hhbmdlbWU=`).
func isBase64Text(s string) bool {
	raw, err := base64.StdEncoding.DecodeString(s)
	if err != nil || len(raw) < 3 {
		return false
	}
	text := string(raw)
	if strings.HasPrefix(text, "-----BEGIN") {
		return true // PEM armor: a key's own rules judge it, an empty one or a certificate is no secret
	}
	raw = []byte(strings.TrimRight(text, "\r\n"))
	if !printableASCII(raw) {
		return false
	}
	text = string(raw)
	lower := strings.ToLower(text)
	if IsPlaceholder(raw) || genericStopValues[lower] || dbPlaceholderLike(lower) || isReference(text) {
		return true // base64 of a stand-in: a Kubernetes Secret's data of "changeme"
	}
	return len(raw) >= 8 && (strings.Count(text, " ") >= 2 || lowerWords.MatchString(text) ||
		dashedWords.MatchString(text) || relayID.MatchString(text))
}

var (
	// lowerWords is two or more lower-case words ("hello world"): the
	// sample text of tests and docs, not a password.
	lowerWords = regexp.MustCompile(`^[a-z]+(?: [a-z]+)+$`)
	// dashedWords is a sentence joined by dashes or underscores
	// (My-secret-key-which-should-be-changed-in-production).
	dashedWords = regexp.MustCompile(`^[A-Za-z]+(?:[-_][A-Za-z]+){3,}[-_.]?\s*$`)
	// relayID is a GraphQL global id, a type and a number
	// (nav_menu_item:629), which Relay servers give out base64-encoded.
	relayID = regexp.MustCompile(`^[A-Za-z_]+:\d+$`)
)

// genericCodeWords are lower-case words that name things in code: an
// identifier or dotted reference holding one is code, not a password.
var genericCodeWords = []string{
	"test", "config", "default", "value", "string", "param", "field", "input", "output",
	"file", "path", "name", "user", "data", "client", "server", "request", "response",
	"handler", "auth", "cert", "key", "hash", "fake", "mock", "sample", "demo", "local",
	"util", "type", "func", "this", "self", "env", "settings", "credential", "random",
	"result", "var", "const", "get", "set", "new", "args", "opts", "options", "props",
	"text", "plain", "sha", "md5", "hex", "bytes", "buf", "len", "size", "ctx", "err", "tmp",
	"str", "num", "idx", "list", "map", "obj", "val", "ref", "ptr", "src", "dst", "raw",
}

// isCodeName reports an identifier, dotted reference or kebab-case name
// that holds a code word where a word of an identifier starts: at the
// start, after '_', '.' or '-', or as a capitalised camelCase part
// (cfg.Password2, testRSA2048Key, app-v2-settings). A random token holds a
// code word mid-run by chance; an identifier holds one at a word start.
func isCodeName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '-') {
			return false
		}
	}
	lower := strings.ToLower(s)
	for _, w := range genericCodeWords {
		for i := 0; ; {
			j := strings.Index(lower[i:], w)
			if j < 0 {
				break
			}
			if wordStart(s, i+j) && camelWordFits(s, i+j, len(w)) {
				return true
			}
			i += j + 1
		}
	}
	return false
}

// isConstantName reports a short upper-case identifier such as PKCS8PEM
// or AES256: a constant's name, not a password.
func isConstantName(s string) bool {
	if len(s) >= 12 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

// wordStart reports whether an identifier word may start at s[i].
func wordStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	prev, c := s[i-1], s[i]
	if prev == '_' || prev == '.' || prev == '-' {
		return true
	}
	return c >= 'A' && c <= 'Z' && (prev >= 'a' && prev <= 'z' || prev >= '0' && prev <= '9')
}

// camelWordFits reports whether the n bytes of s at i, found where a
// word of an identifier starts, read as that word: where the word starts
// with a capital inside a name (userIdx), the rest is lower case and the
// word ends there, or after a plural's s (at the end, a capital, a digit
// or a separator). A
// random token holds such spans by chance (uIDXUyuv, "IDX" at a case
// change), and must not be taken for a name for them; words at the start
// or after a separator count as before.
func camelWordFits(s string, i, n int) bool {
	if i == 0 || s[i-1] == '_' || s[i-1] == '.' || s[i-1] == '-' {
		return true
	}
	for k := i + 1; k < i+n; k++ {
		if s[k] < 'a' || s[k] > 'z' {
			return false
		}
	}
	end := i + n
	if end < len(s) && s[end] == 's' {
		end++ // a plural: HostCredentials
	}
	return end == len(s) || s[end] < 'a' || s[end] > 'z'
}

// hasCountingRun reports letters or digits that, taken apart, count up
// five or more in a row (a1b2c3d4e5, abcde12345): a stand-in.
func hasCountingRun(s string) bool {
	var letters, digits []byte
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			letters = append(letters, c)
		case c >= 'A' && c <= 'Z':
			letters = append(letters, c+'a'-'A')
		case c >= '0' && c <= '9':
			digits = append(digits, c)
		}
	}
	return hasSequence(letters, 5) || hasSequence(digits, 5)
}

// checkBasicAuth checks an HTTP Basic credential or Docker auth value:
// base64 of user:password with a password worth reporting.
func checkBasicAuth(secret []byte) Check {
	s := strings.TrimRight(string(secret), "=")
	raw, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		return Check{}
	}
	user, pass, ok := strings.Cut(string(raw), ":")
	if !ok || pass == "" || len(pass) < 4 || !printableASCII(raw) {
		return Check{}
	}
	lower := strings.ToLower(pass)
	if knownSampleCredentials[strings.ToLower(user)+":"+lower] || samplePasswords[lower] || genericStopValues[lower] || IsPlaceholder([]byte(pass)) || isReference(pass) || strings.Contains(lower, "password") {
		return Check{}
	}
	return Check{OK: true, Owner: user}
}

// knownSampleCredentials are user:password pairs of specifications and
// tutorials, lower-cased: RFC 2617 and 7617's Basic example.
var knownSampleCredentials = map[string]bool{
	"aladdin:opensesame": true, "aladdin:open sesame": true,
}

// samplePasswords are passwords of documentation, templates and local
// development defaults, lower-cased.
var samplePasswords = map[string]bool{
	"pass": true, "pwd": true, "secret": true, "test": true, "testing": true, "foo": true, "bar": true,
	"foobar": true, "guest": true, "root": true, "admin": true, "demo": true, "changeit": true,
	"1234": true, "12345": true, "123456": true, "qwerty": true, "letmein": true,
}

// printableASCII reports whether b is all printable ASCII.
func printableASCII(b []byte) bool {
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}
