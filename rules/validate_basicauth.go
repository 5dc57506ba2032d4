package rules

import (
	"strings"
)

// checkBasicAuthPair decodes base64 "user:password" as Docker's auths and
// npm's _auth store it; the user is the owner hint.
func checkBasicAuthPair(secret []byte) Check {
	text, ok := decodePrintable(secret)
	user, password, found := strings.Cut(text, ":")
	if !ok || !found || user == "" || len(password) < 4 || IsPlaceholder([]byte(password)) {
		return Check{}
	}
	return Check{OK: true, Owner: user}
}

// checkBase64Printable decodes a base64 password (npm's _password) or
// user:password pair (npm's _auth) and requires printable text.
func checkBase64Printable(secret []byte) Check {
	text, ok := decodePrintable(secret)
	if !ok || len(text) < 4 || IsPlaceholder([]byte(text)) {
		return Check{}
	}
	if strings.Contains(text, ":") {
		return checkBasicAuthPair(secret)
	}
	return Check{OK: true}
}
