package rules

import (
	"encoding/base64"
	"regexp"
	"strings"
)

// aiValidators are the offline checks of the ai rules.
var aiValidators = map[string]Validator{
	"openai-marker-position": {checkOpenAIMarker, true},
	"anthropic-key-shape":    {checkAnthropicKey, true},
	"bedrock-long-term-key":  {checkBedrockLongTermKey, true},
	"bedrock-short-term-key": {checkBedrockShortTermKey, true},
	"mixed-case-digits":      {checkMixedCaseDigits, false},
	"letters-and-digits":     {checkLettersAndDigits, false},
	"mixed-case-letters":     {checkMixedCaseLetters, false},
}

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
		return Check{OK: before == 20 && after == 20 && isAlnum(body)}
	}
	return Check{OK: before >= 20 && (before == after || isOpenAIHalf(before) && isOpenAIHalf(after))}
}

// isOpenAIHalf reports whether n is a length OpenAI uses either side of
// the marker in typed keys.
func isOpenAIHalf(n int) bool { return n == 58 || n == 74 }

// anthropicKeyBody is the length of an Anthropic key after its type
// prefix: 93 random characters and the closing "AA".
const anthropicKeyBody = 95

// checkAnthropicKey checks that an sk-ant-api03- or sk-ant-admin01- key has
// its documented length and ends in "AA".
func checkAnthropicKey(secret []byte) Check {
	s := string(secret)
	for _, p := range []string{"sk-ant-api03-", "sk-ant-admin01-"} {
		if body, ok := strings.CutPrefix(s, p); ok {
			return Check{OK: len(body) == anthropicKeyBody && strings.HasSuffix(body, "AA")}
		}
	}
	return Check{}
}

// bedrockAccount finds the AWS account id in a decoded long-term key.
var bedrockAccount = regexp.MustCompile(`-at-(\d{12})(?:\D|$)`)

// checkBedrockLongTermKey decodes an ABSK key: after the prefix it is the
// base64 of "BedrockAPIKey-<id>-at-<account>:<secret>". The account id,
// when present, is reported as the owner.
func checkBedrockLongTermKey(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "ABSK")
	if !ok {
		return Check{}
	}
	decoded, ok := decodeBase64Loose(body)
	if !ok || !strings.HasPrefix(decoded, "BedrockAPIKey-") {
		return Check{}
	}
	c := Check{OK: true}
	if m := bedrockAccount.FindStringSubmatch(decoded); m != nil {
		c.Owner = m[1]
	}
	return c
}

// checkBedrockShortTermKey decodes a short-term Bedrock key: after its
// prefix it is the base64 of a presigned bedrock.amazonaws.com URL that
// carries SigV4 query parameters.
func checkBedrockShortTermKey(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "bedrock-api-key-")
	if !ok {
		return Check{}
	}
	decoded, ok := decodeBase64Loose(body)
	if !ok || !strings.HasPrefix(decoded, "bedrock.amazonaws.com/") {
		return Check{}
	}
	return Check{OK: strings.Contains(decoded, "X-Amz-Credential=") || strings.Contains(decoded, "X-Amz-Signature=")}
}

// decodeBase64Loose decodes standard base64 with or without padding.
func decodeBase64Loose(s string) (string, bool) {
	raw, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return "", false
	}
	return string(raw), true
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
