package rules_test

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// TestCodeBlocksNameTheirProvider checks that a value whose provider is
// named only by the block of code holding it (a JavaScript object, a
// Terraform provider block, a PHP config array, an SDK constructor's
// arguments) is reported by that provider's rule, and that a callee's
// name makes no generic rule read its arguments as credentials.
func TestCodeBlocksNameTheirProvider(t *testing.T) {
	t.Parallel()
	m := loadDefault(t).NewMatcher()
	g := fake.New(29)
	for _, tc := range []struct{ name, text, want string }{
		{"javascript object", "const config = {\n  lmnt: {\n    apiKey: \"%s\",\n  },\n};\n", "lmnt-api-key"},
		{"terraform provider", "provider \"lmnt\" {\n  api_key = \"%s\"\n}\n", "lmnt-api-key"},
		{"terraform resource type", "resource \"lmnt_voice\" \"main\" {\n  api_key = \"%s\"\n}\n", "lmnt-api-key"},
		{"php config array", "return [\n    'lmnt' => [\n        'key' => '%s',\n    ],\n];\n", "lmnt-api-key"},
		{"php array()", "$config = array(\n  'lmnt' => array(\n    'key' => '%s',\n  ),\n);\n", "lmnt-api-key"},
		{"python constructor", "client = Lmnt(\n    api_key=\"%s\",\n)\n", "lmnt-api-key"},
		{"javascript constructor", "const client = new Lmnt({\n  apiKey: '%s'\n});\n", "lmnt-api-key"},
		{"ruby hash", "config = {\n  :lmnt => {\n    :api_key => \"%s\"\n  }\n}\n", "lmnt-api-key"},
		{"python dict", "LMNT = {\n    \"api_key\": \"%s\",\n}\n", "lmnt-api-key"},
	} {
		value := g.Hex(32)
		text := strings.Replace(tc.text, "%s", value, 1)
		found := ruleAt(m.Find([]byte(text)), text, value)
		if found != tc.want {
			t.Errorf("%s: the value is found by %q, want %q\n%s", tc.name, found, tc.want, text)
		}
	}
	// a call's name says which provider, not that its argument is a
	// credential: an assertion's 'auth' entry is not one
	text := "$this->assertSame([\n    'auth' => '" + g.Hex(20) + ":" + g.Hex(64) + "',\n], $response);\n"
	if ms := m.Find([]byte(text)); len(ms) != 0 {
		t.Errorf("an assertion's entry is reported by %s\n%s", ms[0].Rule.ID, text)
	}
}

// ruleAt returns the id of the rule whose match in text is value, or "".
func ruleAt(ms []rules.Match, text, value string) string {
	for _, x := range ms {
		if text[x.Start:x.End] == value {
			return x.Rule.ID
		}
	}
	return ""
}

// TestJoinedNamesReachGenericRules checks that an entry whose own name is
// too short to say credential (pat:, auth:) is read by the generic rules
// once joined to its section's name, when its value is token-shaped; a
// short password the plain pass judged (accessKey:⏎ password: <a short one>)
// is not reported because a section joined a credential word to it.
func TestJoinedNamesReachGenericRules(t *testing.T) {
	t.Parallel()
	m := loadDefault(t).NewMatcher()
	g := fake.New(30)
	for _, key := range []string{"pat", "auth"} {
		value := g.MixedAlnum(32)
		text := "acme:\n  " + key + ": \"" + value + "\"\n"
		if ruleAt(m.Find([]byte(text)), text, value) == "" {
			t.Errorf("%s: the value is not found\n%s", key, text)
		}
	}
	text := "minio:\n  secretKey:\n    password: " + "minio" + "123\n"
	if ms := m.Find([]byte(text)); len(ms) != 0 {
		t.Errorf("a short password under a secret's section is reported by %s", ms[0].Rule.ID)
	}
}
