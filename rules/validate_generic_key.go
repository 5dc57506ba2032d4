package rules

import (
	"bytes"
	"regexp"
	"strings"
	"unicode"
)

// checkGenericKey judges a value assigned to a name ending in "key"
// (`ACME_KEY`, `acmeAccessKey`, `acme.master-key`): most such values are
// not secrets (map keys, cache keys, ids), so only a random-looking token
// passes. It must mix letters with digits, be no code, path, URL, host or
// dotted name, not count up or down (a1b2c3...), and not be base64 of a
// placeholder or of prose.
func checkGenericKey(secret []byte) Check {
	s := string(secret)
	if len(s) > 256 {
		return Check{} // a blob (a certificate, a data URL), not a key
	}
	letters, digits, _ := countClasses(s, "")
	if letters == 0 || digits == 0 || strings.Count(s, ".") >= 2 && !strings.HasPrefix(s, "eyJ") || isBase64Text(s) {
		return Check{} // isBase64Text: a Kubernetes Secret's data of a stand-in
	}
	if endsInDottedWord(s) || isEncString(s) || hasShape(notKeyShapes, s) {
		return Check{}
	}
	return checkGenericValue(secret)
}

// notKeyShapes are the valueShapes checkGenericKey turns down.
var notKeyShapes = []valueShape{
	// AWS4-HMAC-SHA256 starts a signed request's Authorization
	{signingSchemeName, func(s string) bool { return strings.IndexByte(s, '-') >= 0 }},
	fileNameShape,
	{labelKey, func(s string) bool { return strings.IndexByte(s, '/') >= 0 && strings.IndexByte(s, '.') >= 0 }},
	{uniqid, func(s string) bool { return strings.IndexByte(s, '_') >= 0 }},
	{kebabWords, func(s string) bool { return strings.IndexByte(s, '-') >= 0 }},
	{snakeIdentifier, func(s string) bool { return strings.ContainsAny(s, "_.") }},
	requirementPinShape,
}

var (
	// fileName is a file's name or relative path (k8s-coredns.json under a
	// ConfigMap item's key:, s3-folder/service.zip under an S3 object's
	// Key:), not a key.
	fileName = regexp.MustCompile(`(?i)^(?:[\w.-]+/)*[\w.-]+\.(?:json|ya?ml|toml|ini|conf|cfg|txt|xml|pem|crt|key|p12|pfx|jks|js|ts|py|rb|go|sh|env|properties|csv|log|html|md|zip|war|jar|ear|tar|gz|tgz|bz2|xz|7z|ova|ovf|vmdk|qcow2|img|iso|enc|tfstate|sql|db|sqlite|bin|pdf|png|jpe?g|gif|svg|mp[34]|exe|dll|so|apk|deb|rpm|whl)$`)
	// snakeIdentifier is a setting's or option's name of lower-case words
	// joined by '_' or '.', a word holding one digit at most
	// (use_rsa_sha2_algorithms, proxy_protocol_v2.enabled): a random key
	// has more digits, or a part that starts with one.
	snakeIdentifier = regexp.MustCompile(`^[a-z]+[0-9]?[a-z]*(?:[._][a-z]+[0-9]?[a-z]*)+$`)
	// labelKey is a Kubernetes label or annotation key under a domain
	// (kubernetes.io/e2e-az-name, app.acme.test/tier).
	labelKey = regexp.MustCompile(`^[a-z0-9-]+(?:\.[a-z0-9-]+)+/[\w.-]+$`)
	// uniqid is a word and PHP's uniqid(), 13 hex digits (an ACF field
	// group's key: group_611676144f01a).
	uniqid = regexp.MustCompile(`^[a-z]+_[0-9a-f]{13}(?:[-_]\w+)?$`)
	// kebabWords is a name of three lower-case words or more joined by
	// dashes (svg-clock-circle-svg-0, a JSX key; an application's name).
	kebabWords = regexp.MustCompile(`^[a-z]{2,}(?:-[a-z]{2,}[0-9]*){2,}(?:-[0-9]+)?$`)
)

// minDottedWord is the shortest last part of a dotted value that makes it
// a name.
const minDottedWord = 8

// endsInDottedWord reports a value whose last dotted part is a word of
// letters, as a name's is (`112.IBPluginDependency` under an Interface
// Builder file's key="…", `v2.PaymentIntents`), not a generator's run of
// mixed case: a key's random characters seldom end in eight letters
// after a dot.
func endsInDottedWord(s string) bool {
	last := s[strings.LastIndexByte(s, '.')+1:]
	if len(last) == len(s) || len(last) < minDottedWord {
		return false
	}
	letters, _, _ := countClasses(last, "")
	return letters == len(last) && !mixesCaseLikeAGenerator(last)
}

// signingSchemeName matches the name of a request-signing scheme
// (AWS4-HMAC-SHA256, GOOG4-RSA-SHA256), which an Authorization header
// holds before its key=value parts.
var signingSchemeName = regexp.MustCompile(`(?i)^[a-z0-9]+-(?:hmac|rsa|ecdsa)-sha[0-9]+(?:[+ ]|$)`)

// keyNameSkips are the words that make a "...key" name something other
// than a secret: public and publishable keys, keys of maps, caches,
// tables and partitions, key ids and fingerprints, and test stand-ins.
var keyNameSkips = map[string]bool{
	"public": true, "pub": true, "publishable": true, "site": true, "cache": true,
	"primary": true, "partition": true, "sort": true, "hash": true, "idempotency": true,
	"foreign": true, "routing": true, "row": true, "lookup": true, "index": true,
	"unique": true, "map": true, "dict": true, "gpg": true, "pgp": true, "host": true,
	"verify": true, "verification": true, "fingerprint": true, "jwks": true,
	"encrypted": true, "test": true, "fake": true, "mock": true, "sample": true,
	"dummy": true, "example": true, "i18n": true, "translation": true,
	"instrumentation": true, "idempotencykey": true, "publickey": true, "sitekey": true,
	"cachekey": true, "primarykey": true, "sortkey": true, "hashkey": true, "partitionkey": true,
	"foreignkey": true, "routingkey": true, "rowkey": true, "lookupkey": true, "indexkey": true,
	"uniquekey": true, "mapkey": true, "hostkey": true, "pubkey": true, "verifykey": true,
	"passkey": true, "hotkey": true, "turnkey": true,
	"websocket": true, "socket": true, // Sec-WebSocket-Key: a handshake's nonce
	// SCRAM's StoredKey (RFC 5802 section 3): a hash of the client key that
	// the server keeps in place of the password, printed by Kafka's tests
	"stored": true, "storedkey": true,
	// words that end in key
	"monkey": true, "donkey": true, "turkey": true, "hockey": true, "jockey": true, "whiskey": true,
}

// keyNameIsSecret reports whether prefix, the text of a match before its
// value, assigns to a name whose words say it may hold a secret: no word
// of the name is one of keyNameSkips (`PUBLIC_KEY`, `NEXT_PUBLIC_MAP_KEY`,
// `cachePrimaryKey`). A bare `key` says the least, so its value must be
// more than hex digits: bare keys of hex are test vectors and ids. In a
// URL's query (`?key=`, `&key=`) a key is the caller's API key, hex or not.
func keyNameIsSecret(prefix, secret []byte) bool {
	name := xmlKeyAttribute.ReplaceAll(prefix, nil)
	if len(bytes.TrimSpace(name)) == 0 {
		name = prefix // key = "…": the name is key itself, not an attribute's value
	}
	words := nameWords(name)
	for _, w := range words {
		if keyNameSkips[w] {
			return false
		}
	}
	bareKey := len(words) == 1 && words[0] == "key"
	return !(bareKey && len(secret) > 0 && isHex(secret) && !isQueryParameter(prefix))
}

// isQueryParameter reports a match that starts at a URL query's separator.
func isQueryParameter(prefix []byte) bool {
	return len(prefix) > 0 && (prefix[0] == '?' || prefix[0] == '&')
}

// secretNameIsSecret reports whether prefix, the text of a match before
// its value, names the secret itself rather than something about it: a
// name that goes on past its credential word (`api_key_for_billing`,
// `secretKeyForAcme`, `access_token_prod_east`) is a secret unless one of
// its words is in secretNameSkips (`password_hash`, `token_url`,
// `secret_name`, `api_key_header_name`).
//
// A list opened after the name must be under a plural credential name,
// and hold a quoted literal: `credentials: [CredentialInput!]` is a
// GraphQL type.
//
// A comparison (`==`, `!=`) is code checking a secret: only a quoted
// literal on its right is one (`if password == "…"`), not a variable.
func secretNameIsSecret(prefix, secret []byte) bool {
	if op := bytes.TrimRight(prefix, " \t"); (bytes.HasSuffix(op, []byte("==")) || bytes.HasSuffix(op, []byte("!="))) &&
		(len(secret) == 0 || !isQuote(secret[0]) && secret[0] != '\\') {
		return false
	}
	words := nameWords(prefix)
	for _, w := range words {
		if secretNameSkips[w] {
			return false
		}
	}
	if bytes.HasSuffix(bytes.TrimRight(prefix, " \t"), []byte("[")) {
		return len(words) > 0 && credentialPlurals[words[len(words)-1]] && len(secret) > 0 && isQuote(secret[0])
	}
	return true
}

// flagNameIsSecret reports whether prefix, a command-line flag and the
// space or '=' after it (` --api-token `), names a credential: a token
// flag whose words say the token is a request's idempotency key, a lock
// or a page cursor (the AWS CLI's --idempotency-token, --client-token,
// --lock-token, --lifecycle-action-token, --next-token) does not. Only
// token flags are judged: --client-secret and --client-password are
// credentials.
func flagNameIsSecret(prefix, _ []byte) bool {
	words := nameWords(bytes.TrimLeft(prefix, " \t-"))
	if len(words) == 0 || words[len(words)-1] != "token" {
		return true
	}
	for _, w := range words[:len(words)-1] {
		if secretNameLeftSkips[w] || flagNameSkips[w] {
			return false
		}
	}
	return true
}

// flagNameSkips are the words of a command-line flag, besides
// secretNameLeftSkips, that make its token something other than a
// credential: an AWS request's client token (an idempotency key), a
// WebDAV or state lock's token, an Auto Scaling lifecycle action's token,
// a paged listing's starting token.
var flagNameSkips = map[string]bool{
	"client": true, "lock": true, "lifecycle": true, "starting": true, "pagination": true,
	"sync": true, "change": true, "resume": true,
}

// quotedNameIsSecret is secretNameIsSecret for a match whose name is the
// first quoted string of its text, after a keyword: the variable of
// `variable "api_key_id" { default = "…" }`, whose id says it is not the
// key. A member named key or name before it only says that the next string
// is the name: {"key": "api_key", "value": "…"} in a Postman export.
func quotedNameIsSecret(prefix, secret []byte) bool {
	for {
		i := bytes.IndexByte(prefix, '"')
		if i < 0 {
			return false
		}
		name, rest, ok := bytes.Cut(prefix[i+1:], []byte(`"`))
		if !ok {
			return false
		}
		if !isNameMember(name, rest) {
			return secretNameIsSecret(name, secret)
		}
		prefix = rest
	}
}

// isNameMember reports a JSON member "key": or "name": whose value names
// the entry: rest is the text after the member's quoted name.
func isNameMember(member, rest []byte) bool {
	rest = bytes.TrimLeft(rest, " \t")
	return (string(member) == "key" || string(member) == "name") && len(rest) > 0 && rest[0] == ':'
}

// credentialPlurals are the last words of a name whose list ([…]) holds
// credentials: api_keys = ["…"], "tokens": ["…"]. A list under another
// name (token_variants = ['…']) holds something else.
var credentialPlurals = map[string]bool{
	"keys": true, "apikeys": true, "tokens": true, "secrets": true, "passwords": true,
	"passwds": true, "credentials": true, "creds": true,
}

// leadingNameIsSecret judges the start of a name that a match left out,
// having begun at its credential word (`token` in `authenticity_token`):
// it must not say the value is not a credential.
func leadingNameIsSecret(lead []byte) bool {
	for _, w := range nameWords(lead) {
		if secretNameLeftSkips[w] {
			return false
		}
	}
	return true
}

// startsWithBareTokens reports a name that is the plural "tokens" with no
// word before or after it (tokens = …, tokens.Kind = …): a lexer's or a
// language model's tokens, not credentials. ACME_TOKENS and apiTokens have
// a word before it, which the match leaves out; TOKENS_SECRET one after.
func startsWithBareTokens(name []byte) bool {
	const word = "tokens"
	if len(name) < len(word) || !bytes.EqualFold(name[:len(word)], []byte(word)) {
		return false
	}
	return len(name) == len(word) || name[len(word)] == '.' || !isNameByte(name[len(word)])
}

// secretNameLeftSkips are the words that, before the credential word,
// make a name hold something that is not a credential: a CSRF token
// written into every HTML form (authenticity_token, csrf_token), a value
// published to browsers by design (publicToken, NEXT_PUBLIC_API_TOKEN), a
// cursor of a paged API (nextPageToken, $skipToken).
var secretNameLeftSkips = map[string]bool{
	"authenticity": true, "csrf": true, "xsrf": true, "public": true, "publishable": true,
	"request": true, "idempotency": true, // an AWS ClientRequestToken is an idempotency key
	// a cursor of a paged API (nextToken, NextPageToken, $skipToken)
	"next": true, "page": true, "skip": true, "continuation": true,
}

// secretNameSkips are the words that make a name hold something other
// than the secret: where it is, what it is called, how it is checked,
// stored, formatted or shown, or the extension of a file it names.
var secretNameSkips = map[string]bool{
	"id": true, "ids": true, "name": true, "names": true, "type": true, "types": true, "typ": true,
	"url": true, "urls": true, "uri": true, "endpoint": true, "host": true, "hostname": true,
	"port": true, "path": true, "paths": true, "file": true, "filename": true, "files": true,
	"dir": true, "directory": true, "arn": true, "location": true, "ref": true,
	"var": true, "variable": true, "param": true, "parameter": true, "params": true,
	"field": true, "fields": true, "label": true, "title": true, "hint": true, "placeholder": true,
	"description": true, "desc": true, "message": true, "msg": true, "error": true, "prompt": true,
	"help": true, "tooltip": true, "text": true, "input": true, "widget": true, "form": true,
	"length": true, "len": true, "size": true, "min": true, "max": true, "count": true,
	"format": true, "pattern": true, "regex": true, "prefix": true, "suffix": true, "schema": true,
	"version": true, "expiry": true, "expires": true, "expiration": true, "ttl": true, "timeout": true,
	"enabled": true, "enable": true, "required": true, "policy": true, "strength": true,
	"rule": true, "rules": true, "validator": true, "validation": true, "mode": true, "method": true,
	"algorithm": true, "algo": true, "encoding": true, "hash": true, "hashed": true, "digest": true,
	"example": true, "sample": true, "public": true, "pub": true, "reset": true, "forgot": true,
	"column": true, "table": true, "attribute": true, "attr": true, "provider": true, "manager": true,
	"store": true, "helper": true, "cache": true, "user": true, "username": true, "login": true,
	"email": true, "http": true, "https": true, "source": true, "at": true, "response": true,
	"request": true, "scope": true, "scopes": true, "config": true, "configuration": true,
	"settings": true, "options": true, "package": true, "pkg": true, "module": true, "import": true,
	// a duration or a limit about the secret (RESET_PASSWORD_LOCK_TIME)
	"time": true, "lock": true, "lockout": true, "attempts": true, "duration": true, "interval": true,
	"delay": true, "retries": true,
	// a sync cursor (WebDAV's sync-token), a language model's special
	// tokens (eos_token = "<|im_end|>")
	"sync": true, "synctoken": true, "eos": true, "bos": true, "pad": true, "unk": true,
	"sep": true, "cls": true,
	// file extensions: the name is a file's (secret.yaml, token.json)
	"yaml": true, "yml": true, "json": true, "toml": true, "ini": true, "txt": true, "xml": true,
	"pem": true, "crt": true, "cer": true, "der": true, "p12": true, "pfx": true, "jks": true,
	"cfg": true, "conf": true, "properties": true, "enc": true, "gpg": true, "asc": true,
	"tpl": true, "tmpl": true, "sh": true, "py": true, "js": true, "ts": true, "go": true,
	"rb": true, "java": true, "md": true, "html": true, "log": true, "csv": true, "sql": true,
	"bak": true, "zip": true, "gz": true,
}

// xmlKeyAttribute is the `key="` that opens an XML key/value pair
// (`<add key="SmtpKey" value="..."/>`): the name is the attribute's value.
var xmlKeyAttribute = regexp.MustCompile(`^[^\w.-]?(?i:key)[ \t]*=[ \t]*["']`)

// nameWords splits the identifier prefix starts with (its first run of
// letters, digits, '_', '.' and '-': the rule's match starts at the name)
// into lower-case words at separators and camelCase humps.
func nameWords(prefix []byte) []string {
	start := 0
	for start < len(prefix) && !isNameByte(prefix[start]) {
		start++
	}
	end := start
	for end < len(prefix) && isNameByte(prefix[end]) {
		end++
	}
	name := prefix[start:end]
	var words []string
	var cur []byte
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	for i, c := range name {
		switch {
		case c == '_' || c == '.' || c == '-':
			flush()
		case unicode.IsUpper(rune(c)) && i > 0 && unicode.IsLower(rune(name[i-1])):
			flush()
			cur = append(cur, c)
		default:
			cur = append(cur, c)
		}
	}
	flush()
	return words
}

func isNameByte(c byte) bool {
	return c == '_' || c == '.' || c == '-' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// checkRandomLetters judges a value of letters only (a Google app password:
// 16 lower-case letters, maybe in groups of four): it must not spell a
// stand-in (`password`, `secret`, `your`, `app`...) nor count or repeat.
func checkRandomLetters(secret []byte) Check {
	lower := strings.ToLower(strings.ReplaceAll(string(secret), " ", ""))
	for _, w := range []string{"pass", "word", "secret", "your", "app", "mail", "google", "abcd", "test"} {
		if strings.Contains(lower, w) {
			return Check{}
		}
	}
	if hasRun([]byte(lower), 4) || hasSequence([]byte(lower), 5) {
		return Check{}
	}
	return Check{OK: true}
}
