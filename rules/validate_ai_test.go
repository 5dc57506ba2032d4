package rules

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// validatorCase is one input to a validator and whether it must pass.
type validatorCase struct {
	name   string
	secret string
	ok     bool
}

func runValidatorCases(t *testing.T, check func([]byte) Check, cases []validatorCase) {
	t.Helper()
	for _, c := range cases {
		if got := check([]byte(c.secret)).OK; got != c.ok {
			t.Errorf("%s: OK = %v, want %v (secret %q)", c.name, got, c.ok, c.secret)
		}
	}
}

func TestCheckOpenAIMarker(t *testing.T) {
	g := fake.New(7)
	marker := fake.Join("T3Blb", "kFJ")
	runValidatorCases(t, checkOpenAIMarker, []validatorCase{
		{"legacy", g.OpenAIKey(""), true},
		{"project", g.OpenAIKey("proj"), true},
		{"service account", g.OpenAIKey("svcacct"), true},
		{"admin", g.OpenAIKey("admin"), true},
		{"legacy marker off centre", g.OpenAIKeyMisplaced(""), false},
		{"project marker off centre", g.OpenAIKeyMisplaced("proj"), false},
		{"no marker", fake.Join("sk", "-", g.Alnum(48)), false},
		{"legacy with dash", fake.Join("sk", "-", g.Alnum(19), "-", marker, g.Alnum(20)), false},
		{"not sk", fake.Join("pk", "-", g.Alnum(20), marker, g.Alnum(20)), false},
	})
}

func TestCheckAnthropicKey(t *testing.T) {
	g := fake.New(7)
	runValidatorCases(t, checkAnthropicKey, []validatorCase{
		{"api", g.AnthropicKey("api03"), true},
		{"admin", g.AnthropicKey("admin01"), true},
		{"wrong ending", fake.Join("sk", "-ant-api03-", g.String(fake.Base64URL, 93), "AB"), false},
		{"short", fake.Join("sk", "-ant-api03-", g.String(fake.Base64URL, 92), "AA"), false},
		{"long", fake.Join("sk", "-ant-api03-", g.String(fake.Base64URL, 94), "AA"), false},
		{"other type", fake.Join("sk", "-ant-oat01-", g.String(fake.Base64URL, 93), "AA"), false},
	})
}

func TestCheckBedrockLongTermKey(t *testing.T) {
	g := fake.New(7)
	key := g.BedrockLongTermKey("123456789012")
	c := checkBedrockLongTermKey([]byte(key))
	if !c.OK || c.Owner != "123456789012" {
		t.Errorf("long-term key: got %+v, want OK with owner 123456789012", c)
	}
	other := fake.Join("AB", "SK", base64.StdEncoding.EncodeToString([]byte("SomethingElse-"+g.Alnum(40))))
	runValidatorCases(t, checkBedrockLongTermKey, []validatorCase{
		{"no account", fake.Join("AB", "SK", base64.StdEncoding.EncodeToString([]byte("Bedrock"+"APIKey-"+g.Alnum(40)))), true},
		{"other payload", other, false},
		{"not base64", key + "Q", false},
		{"no prefix", key[4:], false},
	})
}

func TestCheckBedrockShortTermKey(t *testing.T) {
	g := fake.New(7)
	bare := base64.StdEncoding.EncodeToString([]byte("bedrock.amazonaws.com/?Action=CallWithBearerToken&Version=1"))
	runValidatorCases(t, checkBedrockShortTermKey, []validatorCase{
		{"presigned", g.BedrockShortTermKey(), true},
		{"no credential", fake.Join("bedrock", "-api-key-", bare), false},
		{"not base64", fake.Join("bedrock", "-api-key-", "YmVkcm9jay!!"), false},
	})
}

func TestCharClassValidators(t *testing.T) {
	g := fake.New(7)
	runValidatorCases(t, checkMixedCaseDigits, []validatorCase{
		{"mixed", "gsk_" + g.MixedAlnum(52), true},
		{"lower only", "gsk_" + g.String(fake.Lower+fake.Digits, 52), false},
		{"no digits", "gsk_" + g.String(fake.Upper+fake.Lower, 52), false},
	})
	runValidatorCases(t, checkLettersAndDigits, []validatorCase{
		{"lower and digits", "csk-" + g.LowerAlnum(48), true},
		{"letters only", "csk-" + g.String(fake.Lower, 48), false},
	})
	runValidatorCases(t, checkMixedCaseLetters, []validatorCase{
		{"mixed", "hf_" + g.MixedLetters(34), true},
		{"lower", "hf_" + g.String(fake.Lower, 34), false},
	})
}

func TestCheckGenericValue(t *testing.T) {
	g := fake.New(7)
	runValidatorCases(t, checkGenericValue, []validatorCase{
		{"random", g.MixedAlnum(24), true},
		{"hex", g.Hex(40), true},
		{"password with symbols", "Tr0ub4dor&3-" + g.MixedAlnum(4), true},
		{"symbols without digits", "correct!horse#battery", true},
		{"base64 of bytes", base64.StdEncoding.EncodeToString([]byte(g.Hex(8) + "\x01\x02")), true},
		{"shell variable", "$DB_PASSWORD_" + g.MixedAlnum(6), false},
		{"windows variable", "%APP_TOKEN%", false},
		{"identifier", "testRSA2048PrivateKey", false},
		{"kebab name", "server-valid-token-1", false},
		{"cgo constant", "C.NL80211_ATTR_SAE_PASSWORD", false},
		{"path", "cms/sites/passwords#update", false},
		{"url", "https://example.org/reset", false},
		{"secret store path", "prod/api-" + g.MixedAlnum(6), false},
		{"word", "thisismypassword", false},
		{"interleaved placeholder", "px-api-a1b2c3d4-e5f6-g7h8-i8j0", false},
		{"query string", "secret%3Dpassword&oauth_token=lock%26key", false},
		{"base64 prose", base64.StdEncoding.EncodeToString([]byte("not my real password")), false},
		{"one symbol no digit", strings.Repeat("ab", 3) + "$cdefgh", false},
	})
}
