package rules_test

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

func demoRuleset(t testing.TB, extra string) *rules.Ruleset {
	t.Helper()
	cfg, err := rules.Parse("demo.toml", []byte(goodRule+extra))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := rules.Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

func TestMatcherFindsSecretOffsets(t *testing.T) {
	g := fake.New(1)
	secret := g.String(fake.Lower+fake.Digits, 20)
	text := "line one\r\nkey = \"DEMO_" + secret + "\" # caps keyword\r\nx = demo_" + secret + "\n"
	rs := demoRuleset(t, "")
	ms := rs.NewMatcher().Find([]byte(text))
	// The regex is case-sensitive: only the second line matches, though the
	// keyword prefilter fires on both.
	if len(ms) != 1 {
		t.Fatalf("got %d matches, want 1: %+v", len(ms), ms)
	}
	if got := text[ms[0].Start:ms[0].End]; got != secret || string(ms[0].Secret) != secret {
		t.Errorf("secret span = %q, want %q", got, secret)
	}
}

func TestMatcherDropsPlaceholdersAndLowEntropy(t *testing.T) {
	rs := demoRuleset(t, "entropy = 3.0\n")
	for _, text := range []string{
		"demo_" + strings.Repeat("a", 20),
		"demo_" + "exampleexample000001",
		"demo_" + "aaaabbbbccccddddeeee",
	} {
		if ms := rs.NewMatcher().Find([]byte(text)); len(ms) != 0 {
			t.Errorf("%q: got %d matches, want 0", text, len(ms))
		}
	}
}

func TestMatcherMultiLineWindow(t *testing.T) {
	rs := demoRuleset(t, `
[[rules]]
id = "block"
description = "Block"
keywords = ["begin block"]
window = 200
regex = '(?s)BEGIN BLOCK\n(.{30,}?)\nEND BLOCK'
`)
	g := fake.New(2)
	body := g.Alnum(40) + "\n" + g.Alnum(40)
	text := "x\nBEGIN BLOCK\n" + body + "\nEND BLOCK\n"
	ms := rs.NewMatcher().Find([]byte(text))
	if len(ms) != 1 || string(ms[0].Secret) != body {
		t.Fatalf("got %+v, want the block body", ms)
	}
}

func TestMatcherValueOnNextLine(t *testing.T) {
	rs := demoRuleset(t, `
[[rules]]
id = "next-line"
description = "A value that may sit on the line after its name"
keywords = ["acme_key"]
regex = '(?i)acme_key\s*=\s*"([a-z0-9]{20})"'
`)
	g := fake.New(4)
	secret := g.String(fake.Lower+fake.Digits, 20)
	m := rs.NewMatcher()
	found := func(text string) bool {
		ms := m.Find([]byte(text))
		return len(ms) == 1 && string(ms[0].Secret) == secret
	}
	if !found("ACME_KEY =\n    \"" + secret + "\";\n") {
		t.Errorf("a quoted value on the line after = is not found")
	}
	if found("ACME_KEY = 1\n    \"" + secret + "\";\n") {
		t.Errorf("the next line is searched although this line holds its own value")
	}
	// The window takes at most 4 KiB of the next line, however long it
	// is: a hostile line cannot make each keyword cost its length.
	far := demoRuleset(t, `
[[rules]]
id = "next-line-far"
description = "A value deep in the line after its name"
keywords = ["acme_key"]
regex = '(?i)acme_key\s*=\s*"[ a]*([a-z0-9]{20})"'
`).NewMatcher()
	for _, c := range []struct {
		pad  int
		want int
	}{{100, 1}, {8 << 10, 0}} {
		text := "ACME_KEY =\n\"" + strings.Repeat("a ", c.pad/2) + secret + "\"\n"
		if got := len(far.Find([]byte(text))); got != c.want {
			t.Errorf("value %d bytes into the next line: %d matches, want %d", c.pad, got, c.want)
		}
	}
}

func TestMatcherOneLongLineIsLinear(t *testing.T) {
	// A 10 MB minified line with a keyword every few hundred bytes: every
	// window merges into one, so each byte is searched once.
	g := fake.New(3)
	var b bytes.Buffer
	for b.Len() < 10<<20 {
		b.WriteString("var a=demo_;function f(){return 1};")
		b.WriteString(g.Alnum(300))
	}
	secret := g.String(fake.Lower+fake.Digits, 20)
	b.WriteString("demo_" + secret)
	ms := demoRuleset(t, "").NewMatcher().Find(b.Bytes())
	if len(ms) != 1 || string(ms[0].Secret) != secret {
		t.Fatalf("got %d matches, want the one secret at the end", len(ms))
	}
}

func TestGenericMatchShadowedBySpecificRule(t *testing.T) {
	rs := demoRuleset(t, `
[[rules]]
id = "generic-thing"
description = "Generic"
category = "generic"
keywords = ["token"]
regex = 'token\s*=\s*"([^"]+)"'
`)
	g := fake.New(4)
	text := `token = "demo_` + g.String(fake.Lower+fake.Digits, 20) + `"`
	ms := rs.NewMatcher().Find([]byte(text))
	if got := rulecases.RuleIDs(ms); len(got) != 1 || got[0] != "demo-token" {
		t.Fatalf("rules = %v, want only demo-token", got)
	}
	// Many lines: each generic match is shadowed by the specific one on its
	// own line only; a generic value with no specific match stays.
	var b strings.Builder
	for range 50 {
		b.WriteString(`token = "demo_` + g.String(fake.Lower+fake.Digits, 20) + "\"\n")
	}
	b.WriteString(`token = "` + g.Alnum(30) + "\"\n")
	got := rulecases.RuleIDs(rs.NewMatcher().Find([]byte(b.String())))
	if len(got) != 51 || got[50] != "generic-thing" || slices.Contains(got[:50], "generic-thing") {
		t.Fatalf("rules = %v, want 50 demo-token then one generic-thing", got)
	}
}

func TestAllowlistsDropSecrets(t *testing.T) {
	rs := demoRuleset(t, `
[rules.allowlist]
stopwords = ["zzz"]
regexes = ['^q']
`)
	g := fake.New(5)
	m := rs.NewMatcher()
	for _, secret := range []string{"zzz" + g.Alnum(17), "q" + g.String(fake.Lower+fake.Digits, 19)} {
		if ms := m.Find([]byte("demo_" + strings.ToLower(secret))); len(ms) != 0 {
			t.Errorf("allowlisted secret %q reported", secret)
		}
	}
}

// TestMatcherNestedSections checks that a provider rule which needs its
// name next to the key finds the key in a section named after the
// provider: a YAML mapping, a TOML table and a JSON object, at the
// value's offsets in the file; and not once the section has ended.
func TestMatcherNestedSections(t *testing.T) {
	rs := demoRuleset(t, `
[[rules]]
id = "acme-nested"
description = "Acme API key, named with its provider"
category = "saas"
keywords = ["acme_api_key"]
regex = '(?i)acme_api_key\s*[:=]\s*"?([a-z0-9]{20})'

[[rules]]
id = "generic-demo"
description = "Any API key (its keyword marks the lines the nested pass reads)"
category = "generic"
keywords = ["api_key"]
regex = '(?i)api_key"?\s*[:=]\s*"?([a-z0-9]{20})'
`)
	g := fake.New(9)
	m := rs.NewMatcher()
	for _, tc := range []struct {
		name, text string
		want       bool
	}{
		{"yaml", "production:\n  acme:\n    api_key: %s\n    timeout: 30\n", true},
		// found by the plain pass too: reported once
		{"yaml, named in full", "acme:\n  acme_api_key: %s\n", true},
		{"toml", "[acme]\nregion = \"eu\"\napi_key = \"%s\"\n", true},
		// a TOML file indented into a YAML block scalar or a heredoc: its
		// table header stands at its entries' indentation
		{"toml in a yaml block", "steps:\n  - run: |\n      [acme]\n      api_key = \"%s\"\n", true},
		{"toml in a heredoc", "locals {\n  conf = <<-EOT\n    [acme]\n    region = \"eu\"\n    api_key = \"%s\"\n  EOT\n}\n", true},
		{"indented table ended", "  [acme]\n  region = \"eu\"\n  [other]\n  api_key = \"%s\"\n", false},
		{"json", "{\n  \"acme\": {\n    \"api_key\": \"%s\"\n  }\n}\n", true},
		{"yaml section ended", "acme:\n  region: eu\nother:\n  api_key: %s\n", false},
		{"json object ended", "{\n  \"acme\": {\n    \"region\": \"eu\"\n  },\n  \"api_key\": \"%s\"\n}\n", false},
		{"not a credential name", "acme:\n  api_url: %s\n", false},
	} {
		secret := g.String(fake.Lower+fake.Digits, 20)
		text := fmt.Sprintf(tc.text, secret)
		var got []rules.Match
		for _, x := range m.Find([]byte(text)) {
			if x.Rule.ID == "acme-nested" {
				got = append(got, x)
			}
		}
		if !tc.want {
			if len(got) != 0 {
				t.Errorf("%s: found %q", tc.name, got[0].Secret)
			}
			continue
		}
		if len(got) != 1 || string(got[0].Secret) != secret || text[got[0].Start:got[0].End] != secret {
			t.Errorf("%s: got %+v, want the secret at its offsets in:\n%s", tc.name, got, text)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	g := fake.New(6)
	for _, s := range []string{"${DB_PASSWORD}", "{{ .Values.token }}", "<your-token>", "xxxxxxxxxxxxxxxx",
		"your-api-key-here", "os.environ['X']", "EXAMPLEKEY123", "1234567890", "********"} {
		if !rules.IsPlaceholder([]byte(s)) {
			t.Errorf("IsPlaceholder(%q) = false", s)
		}
	}
	// base64 of a stand-in (a Kubernetes Secret's data), whole or cut short
	for _, s := range []string{"your_acme_api_key_here", "$ACME_API_KEY", "<acme-token>", "changeme-please"} {
		enc := base64.StdEncoding.EncodeToString([]byte(s))
		for _, v := range []string{enc, enc[:len(enc)-3]} {
			if !rules.IsPlaceholder([]byte(v)) {
				t.Errorf("IsPlaceholder(%q), base64 of %q, = false", v, s)
			}
		}
	}
	// a run of one byte stands in for the value, unless enough random
	// bytes surround it (a Turnstile secret's 0x4AAAAAAA, base64 of zeros)
	for _, s := range []string{"sk_live_" + strings.Repeat("x", 24), "0x4" + strings.Repeat("A", 8) + "B" + "1234abcd",
		g.Alnum(6) + strings.Repeat("0", 30), "ffffffef" + g.Hex(56)} {
		if !rules.IsPlaceholder([]byte(s)) {
			t.Errorf("IsPlaceholder(%q) = false", s)
		}
	}
	for _, s := range []string{"0x4" + strings.Repeat("A", 8) + g.MixedAlnum(26), g.MixedAlnum(12) + strings.Repeat("A", 7) + g.MixedAlnum(16)} {
		if rules.IsPlaceholder([]byte(s)) {
			t.Errorf("IsPlaceholder(%q) = true: the run is inside a random value", s)
		}
	}
	for range 50 {
		if s := g.Alnum(40); rules.IsPlaceholder([]byte(s)) {
			t.Errorf("random %q taken for a placeholder", s)
		}
		key := base64.StdEncoding.EncodeToString([]byte(g.Alnum(8) + "\x00" + g.Alnum(20)))
		if rules.IsPlaceholder([]byte(key)) {
			t.Errorf("base64 key %q taken for a placeholder", key)
		}
	}
}

func TestEntropy(t *testing.T) {
	if e := rules.Entropy([]byte("aaaa")); e != 0 {
		t.Errorf("entropy of one symbol = %v", e)
	}
	if e := rules.Entropy([]byte("abcd")); e != 2 {
		t.Errorf("entropy of four symbols = %v, want 2", e)
	}
}

func TestMatcherFindsEncodedSecrets(t *testing.T) {
	g := fake.New(8)
	secret := g.String(fake.Lower+fake.Digits, 20)
	plain := "auth: demo_" + secret + "\n"
	rs := demoRuleset(t, "")
	for _, tc := range []struct{ encoding, encoded string }{
		{"base64", base64.StdEncoding.EncodeToString([]byte(plain))},
		{"hex", hex.EncodeToString([]byte(plain))},
		{"percent", strings.ReplaceAll(url.QueryEscape(plain), "_", "%5F")},
		{"base64", base64.StdEncoding.EncodeToString([]byte(base64.StdEncoding.EncodeToString([]byte(plain))))},
	} {
		text := "data:\n  config: " + tc.encoded + "\n"
		ms := rs.NewMatcher().Find([]byte(text))
		if len(ms) != 1 {
			t.Errorf("%s: got %d matches, want 1", tc.encoding, len(ms))
			continue
		}
		if ms[0].Decoded != tc.encoding || text[ms[0].Start:ms[0].End] != tc.encoded || string(ms[0].Secret) != secret {
			t.Errorf("%s: match = %+v, want the encoded span", tc.encoding, ms[0])
		}
	}
	// A hash is hex but decodes to binary: nothing to scan.
	if ms := rs.NewMatcher().Find([]byte("sum: " + g.Hex(64))); len(ms) != 0 {
		t.Errorf("hash decoded into a finding: %+v", ms)
	}
}

// shadowRules are a provider rule with a proving validator and two generic
// rules that match the same values.
const shadowRules = `
[[rules]]
id = "demo-crc"
description = "Demo checksummed token"
category = "vcs"
keywords = ["dmo_"]
regex = '\b(dmo_[A-Za-z0-9]{36})\b'
validate = "base62-crc32"

[[rules]]
id = "demo-generic"
description = "Demo generic"
keywords = ["key"]
regex = 'key\s*=\s*(?P<secret>"[^"\n]+"|\\"[^"\\\n]+\\"|[A-Za-z0-9_]{8,})'

[[rules]]
id = "demo-generic-wide"
description = "Demo generic, wider"
keywords = ["key"]
regex = '[a-z]*key\s*=\s*(?P<secret>"[^"\n]+"|\\"[^"\\\n]+\\"|[A-Za-z0-9_]{8,})'
`

func TestMatcherFailedCheckShadowsGeneric(t *testing.T) {
	rs := demoRuleset(t, shadowRules)
	m := rs.NewMatcher()
	g := fake.New(5)
	good := g.GitHubToken("dmo")
	bad := good[:len(good)-1] + flipLast(good)
	if ms := m.Find([]byte("key = " + bad + "\n")); len(ms) != 0 {
		t.Errorf("bad checksum: got %v, want nothing", rulecases.RuleIDs(ms))
	}
	if ms := m.Find([]byte("key = " + good + "\n")); len(ms) != 1 || ms[0].Rule.ID != "demo-crc" {
		t.Errorf("good checksum: got %v, want demo-crc alone", rulecases.RuleIDs(ms))
	}
}

func TestMatcherUnquotesAndKeepsOneGeneric(t *testing.T) {
	rs := demoRuleset(t, shadowRules)
	g := fake.New(6)
	value := g.Alnum(6) + " & (" + g.Alnum(4) + ")?"
	for _, text := range []string{
		"apikey = \"" + value + "\"\n",
		"{\"env\": \"apikey = \\\"" + value + "\\\"\"}\n",
	} {
		ms := rs.NewMatcher().Find([]byte(text))
		if len(ms) != 1 || string(ms[0].Secret) != value || text[ms[0].Start:ms[0].End] != value {
			t.Errorf("%q: got %+v, want one match of %q", text, ms, value)
			continue
		}
		if ms[0].Rule.ID != "demo-generic" {
			t.Errorf("%q: kept %s, want the first generic rule", text, ms[0].Rule.ID)
		}
	}
}

// TestConcatenationIsNotASecret: a statement or URL built from string
// literals and variables is code; what sits between its quotes is an
// expression, whichever rule's pattern takes it.
func TestConcatenationIsNotASecret(t *testing.T) {
	rs := loadDefault(t)
	m := rs.NewMatcher()
	for _, text := range []string{
		`stmt := "CREATE ROLE app WITH LOGIN PASSWORD '" + pw + "';"` + "\n",
		`run("mysql -u root -p" + password + " shop")` + "\n",
		`url := "https://api.invalid/v1/search?q=1&api_key="+apiKey(cfg)+"&x=1"` + "\n",
		`cases := map[string]int{"acme-client-secret": acmeAnchored("ACME_CLIENT_SECRET", 48)}` + "\n",
	} {
		if ms := m.Find([]byte(text)); len(ms) > 0 {
			t.Errorf("found %v in code:\n%s", rulecases.RuleIDs(ms), text)
		}
	}
}

// TestMatcherDecodedTwinIsOneFinding: a base64 PEM key is one secret,
// which base64-private-key finds as it stands and private-key finds once
// the run is decoded; it is reported once, by the rule for its encoded
// form. A key inside a base64 run no rule names as it stands is still
// found decoded.
func TestMatcherDecodedTwinIsOneFinding(t *testing.T) {
	t.Parallel()
	encoded := fake.VCSBase64(rulecases.RSAKeyPEM())
	text := "PRIVATE_KEY_B64=" + encoded + "\n"
	ms := loadDefault(t).NewMatcher().Find([]byte(text))
	if len(ms) != 1 || ms[0].Rule.ID != "base64-private-key" || text[ms[0].Start:ms[0].End] != encoded {
		t.Fatalf("want one base64-private-key match of the encoded key, got %v", matchSummary(text, ms))
	}
	token := fake.New(3).GitHubToken(fake.Join("gh", "p"))
	blob := "blob: " + base64.StdEncoding.EncodeToString([]byte("export GITHUB_TOKEN="+token+"\n")) + "\n"
	found := loadDefault(t).NewMatcher().Find([]byte(blob))
	if len(found) != 1 || found[0].Decoded != "base64" || string(found[0].Secret) != token {
		t.Errorf("a token found only decoded: got %v", matchSummary(blob, found))
	}
}

func matchSummary(text string, ms []rules.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%s %q (%s)", m.Rule.ID, text[m.Start:min(m.End, m.Start+20)], m.Decoded))
	}
	return out
}

// TestMatcherFindsRandomHexUnderMixedFloors checks that a rule whose
// entropy floor was set for mixed-case tokens (http-bearer-token, 3.5
// bits) still finds random hex tokens: at 3.5 bits it turned down about
// one in five of 32 characters.
func TestMatcherFindsRandomHexUnderMixedFloors(t *testing.T) {
	t.Parallel()
	m := loadDefault(t).NewMatcher()
	g := fake.New(7)
	for _, n := range []int{32, 40, 64} {
		missed := 0
		const tries = 200
		for range tries {
			text := "curl -H \"Authorization: Bearer " + g.Hex(n) + "\" https://api.acme.test/v1/me\n"
			if !slices.Contains(rulecases.RuleIDs(m.Find([]byte(text))), "http-bearer-token") {
				missed++
			}
		}
		// random hex falls under its length's floor 0.5 % of the time
		if missed > tries/50 {
			t.Errorf("%d-character hex: %d of %d bearer tokens missed", n, missed, tries)
		}
	}
	uuid := "curl -H \"Authorization: Bearer " + g.UUID() + "\" https://api.acme.test/v1/me\n"
	if !slices.Contains(rulecases.RuleIDs(m.Find([]byte(uuid))), "http-bearer-token") {
		t.Errorf("UUID bearer token missed in %q", uuid)
	}
}
