package rules

import (
	"strings"
)

// anthropicKeyBody is the length of an Anthropic key after its type
// prefix: 93 random characters and the closing "AA".
const anthropicKeyBody = 95

// checkAnthropicKey checks that an sk-ant-api03-, sk-ant-api01- (Compliance
// API access key) or sk-ant-admin01- key has its documented length and ends
// in "AA".
func checkAnthropicKey(secret []byte) Check {
	s := string(secret)
	for _, p := range []string{"sk-ant-api03-", "sk-ant-api01-", "sk-ant-admin01-"} {
		if body, ok := strings.CutPrefix(s, p); ok {
			return Check{OK: len(body) == anthropicKeyBody && strings.HasSuffix(body, "AA")}
		}
	}
	return Check{}
}
