package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestNestedPassIsBounded checks that a file of more section entries than
// maxNestedEntries has only that many looked up and joined: each lookup
// may read sectionLookback bytes above its entry, so a hostile file of
// entries must not make the pass cost entries times that.
func TestNestedPassIsBounded(t *testing.T) {
	value := fake.New(3).MixedAlnum(20)
	var b strings.Builder
	n := 3 * maxNestedEntries
	var lines []int
	for range n {
		b.WriteString("acme:\n")
		lines = append(lines, b.Len()) // the entry's line, as the plain pass notes it
		b.WriteString("  api_key: " + value + "\n")
	}
	data := []byte(b.String())
	var v view
	joinNestedEntries(&v, data, lines, nil)
	if len(v.pieces) != maxNestedEntries {
		t.Fatalf("%d entries joined of %d, want the bound %d", len(v.pieces), n, maxNestedEntries)
	}
	p := v.pieces[0]
	if got := string(data[p.orig : p.orig+p.olen]); got != value || string(v.text[p.at:p.at+p.vlen]) != value {
		t.Errorf("first entry's value is %q in data, %q in the view", got, v.text[p.at:p.at+p.vlen])
	}
}

// TestListedEntries checks which entries of a credentials section are
// joined to its word: the entries under it (not those after it, nor
// those whose own name already says credential), in YAML, JSON and TOML.
func TestListedEntries(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		want       []string // joined name = value
	}{
		{"yaml", "secrets:\n  acme: v1v1v1v1\n  # note\n\n  globex: v2v2v2v2\nother:\n  initech: v3v3v3v3\n",
			[]string{"acme_secret=v1v1v1v1", "globex_secret=v2v2v2v2"}},
		{"json", "{\n  \"apiKeys\": {\n    \"acme\": \"v1v1v1v1\",\n    \"api_key\": \"v2v2v2v2\"\n  },\n  \"acme\": \"v3v3v3v3\"\n}\n",
			[]string{"acme_api_key=\"v1v1v1v1\","}},
		{"toml", "[tokens]\nacme = \"v1v1v1v1\"\n[server]\nport = \"80808080\"\n",
			[]string{"acme_token=\"v1v1v1v1\""}},
		{"not a credentials section", "servers:\n  acme: v1v1v1v1\n", nil},
		// every entry of a Kubernetes Secret's stringData is a secret; a
		// user name or host is about it
		{"kubernetes stringData", "kind: Secret\nstringData:\n  acme: v1v1v1v1\n  username: admin\n  host: db\n",
			[]string{"acme_secret=v1v1v1v1"}},
		// provider names that hold a credential word's letters, not the word
		{"provider names", "secrets:\n  sendgrid: v1v1v1v1\n  keycloak: v2v2v2v2\n  client_id: v3v3v3v3\n",
			[]string{"sendgrid_secret=v1v1v1v1", "keycloak_secret=v2v2v2v2"}},
		// entries of its entries, and entries about the credentials
		{"nested deeper", "tokens:\n  acme:\n    base64: v1v1v1v1\n  globex: v2v2v2v2\n", []string{"globex_token=v2v2v2v2"}},
		{"schema", "\"ClientCredentials\": {\n  \"description\": \"OAuth2 Client Credentials.\",\n  \"id\": \"ClientCredentials\"\n}\n", nil},
		// a Terraform variable named for a credential gives its default
		// that name; one named for something else, nothing
		{"terraform variable", "variable \"acme_api_key\" {\n  type      = string\n  sensitive = true\n  default   = \"v1v1v1v1\"\n}\n" +
			"variable \"region\" {\n  default = \"v2v2v2v2\"\n}\n", []string{"acme_api_key=\"v1v1v1v1\""}},
	} {
		data := []byte(tc.text)
		got := listedOfEveryLine(data, func(e listedEntry) string { return string(data[e.start:e.end]) })
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: joined %q, want %q", tc.name, got, tc.want)
		}
	}
}

// listedOfEveryLine returns the entries listedEntries gives when every
// line of data is noted, each as its joined name, "=" and value(e).
func listedOfEveryLine(data []byte, value func(e listedEntry) string) []string {
	lines := []int{0}
	for i, c := range data[:len(data)-1] {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	var got []string
	for _, e := range listedEntries(data, lines) {
		got = append(got, string(e.name)+"="+value(e))
	}
	return got
}

// TestListedEntriesAreBounded checks that a credentials section of more
// entries than maxListedEntries has only that many joined.
func TestListedEntriesAreBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("secrets:\n")
	for range 3 * maxListedEntries {
		b.WriteString("  acme: v1v1v1v1\n")
	}
	if n := len(listedEntries([]byte(b.String()), []int{0})); n != maxListedEntries {
		t.Errorf("%d entries joined, want the bound %d", n, maxListedEntries)
	}
}

func TestListSuffix(t *testing.T) {
	for name, want := range map[string]string{
		"secrets": "secret", "apiKeys": "api_key", "api_keys": "api_key", "access_tokens": "token",
		"credentials": "credentials", "db-passwords": "password", "keys": "", "servers": "", "secret": "",
	} {
		if got := listSuffix([]byte(name)); got != want {
			t.Errorf("listSuffix(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestSectionHeader checks the names that lines opening a section give
// its entries, and which lines name nothing.
func TestSectionHeader(t *testing.T) {
	for _, tc := range []struct {
		line, name string
		call       bool
	}{
		{"acme:", "acme", false},
		{"[acme]", "acme", false},
		{`"acme": {`, "acme", false},
		{"acme: {", "acme", false},
		{"const acme = {", "acme", false},
		{"ACME = {", "ACME", false},
		{`provider "acme" {`, "acme", false},
		{`resource "acme_record" "www" {`, "acme_record", false},
		{"'acme' => [", "acme", false},
		{`"acme" => array(`, "acme", false},
		{":acme => {", "acme", false},
		{"acme.Config{", "acme.Config", false},
		{"const client = new Acme({", "Acme", true},
		{"client = acme.Client(", "acme.Client", true},
		{"} else {", "", false},
		{"if (", "", false},
		{"func main() {", "", false},
		{"(req, res) => {", "", false},
		{"{", "", false},
	} {
		name, call, ok := sectionHeader([]byte(tc.line))
		if ok != (tc.name != "") || ok && (string(name) != tc.name || call != tc.call) {
			t.Errorf("sectionHeader(%q) = %q, %v, %v; want %q, %v", tc.line, name, call, ok, tc.name, tc.call)
		}
	}
}

// TestEntryValue checks the entry forms whose key and value are split.
func TestEntryValue(t *testing.T) {
	for line, want := range map[string]string{
		"api_key: v1v1v1v1":       "api_key=v1v1v1v1",
		"api_key = v1v1v1v1":      "api_key=v1v1v1v1",
		`"api_key": "v1v1v1v1"`:   `api_key="v1v1v1v1"`,
		`'api_key' => 'v1v1v1v1'`: `api_key='v1v1v1v1'`,
		`:api_key => "v1v1v1v1"`:  `api_key="v1v1v1v1"`,
		`api_key="v1v1v1v1",`:     `api_key="v1v1v1v1",`,
		`'api_key" => 'v1v1v1v1'`: "",
		"api_key v1v1v1v1":        "",
		"api_key: short":          "",
	} {
		got := ""
		if key, at, ok := entryValue([]byte(line)); ok {
			got = string(key) + "=" + line[at:]
		}
		if got != want {
			t.Errorf("entryValue(%q) = %q, want %q", line, got, want)
		}
	}
}

// TestFoundByNamedRule checks which entries the nested pass leaves out:
// those whose value a rule of the provider the entry's own name names
// found whole, not those a broad rule found (jwt under trengo:).
func TestFoundByNamedRule(t *testing.T) {
	t.Parallel()
	found := []ruleSpan{{span{10, 20}, "holded"}, {span{40, 50}, "jwt"}}
	for _, tc := range []struct {
		key        string
		start, end int
		want       bool
	}{
		{"HOLDED_API_KEY", 8, 22, true},
		{"holdedKey", 10, 20, true},
		{"ACME_API_KEY", 8, 22, false}, // another provider's name
		{"HOLDED_API_KEY", 12, 22, false},
		{"token", 40, 50, false}, // jwt: no provider's name in the entry
	} {
		if got := foundByNamedRule(found, []byte(tc.key), tc.start, tc.end); got != tc.want {
			t.Errorf("%s [%d,%d): %v, want %v", tc.key, tc.start, tc.end, got, tc.want)
		}
	}
}
