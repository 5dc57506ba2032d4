package rules

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

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

func TestCheckAWSAccessKeyID(t *testing.T) {
	g := fake.New(1)
	for _, account := range []uint64{1, 123456789012, 999999999999} {
		key := g.AWSKeyID(fake.Join("AK", "IA"), account)
		c := checkAWSAccessKeyID([]byte(key))
		want := "AWS account " + strings.Repeat("0", 12-len(itoa(account))) + itoa(account)
		if !c.OK || c.Owner != want {
			t.Errorf("%s: got %+v, want owner %q", key, c, want)
		}
	}
	if c := checkAWSAccessKeyID([]byte(g.AWSKeyID(fake.Join("AS", "IA"), 1<<40-1))); c.OK {
		t.Errorf("thirteen-digit account accepted: %+v", c)
	}
	// An old-style key (fifth character before Q) encodes no account.
	old := fake.Join("AK", "IA") + "I" + g.String(fake.Base32, 15)
	if c := checkAWSAccessKeyID([]byte(old)); !c.OK || c.Owner != "" {
		t.Errorf("old-style key %s: got %+v", old, c)
	}
}
