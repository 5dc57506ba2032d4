package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

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
