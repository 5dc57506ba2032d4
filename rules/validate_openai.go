package rules

import (
	"strings"
)

// openAIMarker is "OpenAI" in base64; every OpenAI secret key carries it.
const openAIMarker = "T3BlbkFJ"

// openAIKeyPrefixes are the typed key prefixes that follow "sk-".
var openAIKeyPrefixes = []string{"proj-", "svcacct-", "admin-", "None-"}

// checkOpenAIMarker checks where the T3BlbkFJ marker sits in an OpenAI key.
// A legacy key is sk- and 48 letters or digits with the marker after the
// first 20; a typed key (sk-proj-, sk-svcacct-, sk-admin-) has the marker
// in its middle, with as many characters before it as after.
func checkOpenAIMarker(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "sk-")
	if !ok {
		return Check{}
	}
	typed := false
	for _, p := range openAIKeyPrefixes {
		if rest, found := strings.CutPrefix(body, p); found {
			body, typed = rest, true
			break
		}
	}
	i := strings.Index(body, openAIMarker)
	if i < 0 {
		return Check{}
	}
	before, after := i, len(body)-i-len(openAIMarker)
	if !typed {
		return Check{OK: after == 20 && (before == 20 && isAlnum(body) || isNamedOpenAIKey(body, i))}
	}
	return Check{OK: before >= 20 && (before == after || isOpenAIHalf(before) && isOpenAIHalf(after))}
}

// isOpenAIHalf reports whether n is a length OpenAI uses either side of
// the marker in typed keys.
func isOpenAIHalf(n int) bool { return n == 58 || n == 74 }

// isNamedOpenAIKey reports a key that carries the name of the service
// account it was made for (sk-<name>-<20>T3BlbkFJ<20>): the 20 characters
// either side of the marker at i are letters or digits, and a name of
// letters, digits, '_' and '-' ends with '-' just before them.
func isNamedOpenAIKey(body string, i int) bool {
	if i < 22 || body[i-21] != '-' || !isAlnum(body[i-20:]) {
		return false
	}
	for _, c := range body[:i-21] {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return true
}
