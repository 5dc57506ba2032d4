package fake

import (
	"encoding/base64"
	"fmt"
	"strings"
)

// openAIMarker is spelled in pieces so that this file holds no token shape.
var openAIMarker = Join("T3Blb", "kFJ")

// MixedAlnum returns n random letters and digits that include at least one
// upper-case letter, one lower-case letter and one digit. It panics when
// n < 3, which no string of n bytes satisfies, rather than loop forever.
func (g *Gen) MixedAlnum(n int) string {
	mustHold(n, 3, "MixedAlnum")
	for {
		s := g.Alnum(n)
		if strings.ContainsAny(s, Upper) && strings.ContainsAny(s, Lower) && strings.ContainsAny(s, Digits) {
			return s
		}
	}
}

// LowerAlnum returns n random lower-case letters and digits, with at least
// one of each. It panics when n < 2.
func (g *Gen) LowerAlnum(n int) string {
	mustHold(n, 2, "LowerAlnum")
	for {
		s := g.String(Lower+Digits, n)
		if strings.ContainsAny(s, Lower) && strings.ContainsAny(s, Digits) {
			return s
		}
	}
}

// MixedLetters returns n random letters with both cases present. It
// panics when n < 2.
func (g *Gen) MixedLetters(n int) string {
	mustHold(n, 2, "MixedLetters")
	for {
		s := g.String(Upper+Lower, n)
		if strings.ContainsAny(s, Upper) && strings.ContainsAny(s, Lower) {
			return s
		}
	}
}

// mustHold panics when n is below least, the length a generator needs to
// hold one byte of each of its kinds: its retry loop would never end, and
// a test calling it would hang until go test's timeout.
func mustHold(n, least int, name string) {
	if n < least {
		panic(fmt.Sprintf("fake: %s(%d): needs at least %d characters", name, n, least))
	}
}

// OpenAIKey returns a well-formed OpenAI secret key. kind is "" for a
// legacy key (20 characters, the marker, 20 more) or "proj", "svcacct" or
// "admin" for a typed key (74 characters either side of the marker).
func (g *Gen) OpenAIKey(kind string) string {
	if kind == "" {
		return Join("s", "k-", g.MixedAlnum(20), openAIMarker, g.MixedAlnum(20))
	}
	return Join("s", "k-", kind, "-", g.String(Base64URL, 74), openAIMarker, g.String(Base64URL, 74))
}

// OpenAIKeyMisplaced returns an OpenAI-looking key whose marker is off
// centre: the shape a corrupted or invented key has.
func (g *Gen) OpenAIKeyMisplaced(kind string) string {
	if kind == "" {
		return Join("s", "k-", g.MixedAlnum(26), openAIMarker, g.MixedAlnum(14))
	}
	return Join("s", "k-", kind, "-", g.String(Base64URL, 60), openAIMarker, g.String(Base64URL, 88))
}

// AnthropicKey returns a well-formed Anthropic key of the given kind
// ("api03" or "admin01"): 93 random characters ending in "AA".
func (g *Gen) AnthropicKey(kind string) string {
	return Join("sk", "-ant-", kind, "-", g.String(Base64URL, 93), "A", "A")
}

// AzureAIKey returns an 84-character Azure AI services key with its
// JQQJ99 and ACOG signatures; kind is the character before ACOG.
func (g *Gen) AzureAIKey(kind string) string {
	return Join(g.Alnum(52), "JQQ", "J99", g.String(Upper, 2), "AC", g.Alnum(6),
		"J3w3", "AAA", kind, "AC", "OG", g.Alnum(4))
}

// BedrockLongTermKey returns an ABSK key for the given 12-digit account.
func (g *Gen) BedrockLongTermKey(account string) string {
	inner := Join("Bedrock", "APIKey-", g.String(Lower+Digits, 4), "-at-", account, ":", g.String(Base64, 40))
	return Join("AB", "SK", base64.StdEncoding.EncodeToString([]byte(inner)))
}

// BedrockShortTermKey returns a short-term Bedrock key: the base64 of a
// presigned bedrock.amazonaws.com URL.
func (g *Gen) BedrockShortTermKey() string {
	url := Join("bedrock.amazonaws.com/?Action=CallWithBearerToken",
		"&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=", "AS", "IA", g.String(Upper+"234567", 16),
		"%2F20250708%2Fus-east-1%2Fbedrock%2Faws4_request&X-Amz-Date=20250708T120000Z",
		"&X-Amz-Expires=43200&X-Amz-Security-Token=", g.String(Base64URL, 300),
		"&X-Amz-Signature=", g.Hex(64), "&X-Amz-SignedHeaders=host&Version=1")
	return Join("bedrock", "-api-key-", base64.StdEncoding.EncodeToString([]byte(url)))
}
