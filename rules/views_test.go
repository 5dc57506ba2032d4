package rules_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// viewRules are rules that read a file's lines from their start, as rules
// for a format do: only a view that gives back the lines finds them.
const viewRules = `
[[rules]]
id = "line-pass"
description = "A password on a line of its own"
category = "database"
keywords = ["requirepass"]
regex = '(?m)^requirepass ([a-z0-9&]{20,40})$'

[[rules]]
id = "line-block"
description = "A block of lines"
category = "database"
keywords = ["begin block"]
window = 400
regex = '(?ms)^BEGIN BLOCK\n([a-z0-9\n]{30,}?)\nEND BLOCK$'

[[rules]]
id = "quoted-pass"
description = "A password in a JSON member"
category = "database"
keywords = ["\"pass\""]
regex = '"pass":\s*"([a-z0-9]{20,40})"'
`

// jsonContent is s as the content of a JSON string, the way Go's encoder
// writes it (& as \u0026).
func jsonContent(t *testing.T, s string) string {
	t.Helper()
	b, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	return string(b[1 : len(b)-1])
}

// notebookLines is s as a notebook's array: one JSON string per line.
func notebookLines(t *testing.T, s string) string {
	lines := strings.SplitAfter(s, "\n")
	for i, l := range lines {
		lines[i] = `      "` + jsonContent(t, l) + `"`
	}
	return strings.Join(lines, ",\n")
}

// findOne returns the one match of rule id in text, failing otherwise.
func findOne(t *testing.T, m *rules.Matcher, text, id string) rules.Match {
	t.Helper()
	var got []rules.Match
	for _, x := range m.Find([]byte(text)) {
		if x.Rule.ID == id {
			got = append(got, x)
		}
	}
	if len(got) != 1 {
		t.Fatalf("%s: %d matches, want 1 in:\n%s", id, len(got), text)
	}
	return got[0]
}

func TestMatcherJSONStringView(t *testing.T) {
	t.Parallel()
	rs := demoRuleset(t, viewRules)
	m := rs.NewMatcher()
	g := fake.New(41)
	pass := g.String(fake.Lower+fake.Digits, 12) + "&" + g.String(fake.Lower+fake.Digits, 12)
	body := g.String(fake.Lower+fake.Digits, 40) + "\n" + g.String(fake.Lower+fake.Digits, 40)
	conf := "bind 127.0.0.1\nrequirepass " + pass + "\nport 6379"
	block := "BEGIN BLOCK\n" + body + "\nEND BLOCK"
	for _, c := range []struct {
		name, text, id, secret string
	}{
		{"config in a JSON value", "{\n  \"conf\": \"" + jsonContent(t, conf) + "\",\n  \"on\": true\n}\n", "line-pass", pass},
		// a value ending in \n, then the next member on its own line: the
		// next key is not another line of the same text
		{"config ending in a newline", "{\n  \"conf\": \"" + jsonContent(t, conf+"\n") + "\",\n  \"mode\": \"cluster\"\n}\n", "line-pass", pass},
		{"block in a JSON value", "{\"key\": \"" + jsonContent(t, block) + "\"}\n", "line-block", body},
		{"config in a notebook's output", "\"text\": [\n" + notebookLines(t, conf) + "\n]\n", "line-pass", pass},
		{"block in a notebook's source", "\"source\": [\n" + notebookLines(t, block) + "\n]\n", "line-block", body},
	} {
		x := findOne(t, m, c.text, c.id)
		if string(x.Secret) != c.secret {
			t.Errorf("%s: secret %q, want %q", c.name, x.Secret, c.secret)
		}
		// The match spans the escaped text of the secret in the file.
		raw := c.text[x.Start:x.End]
		var back string
		if err := json.Unmarshal([]byte(`"`+strings.NewReplacer("\",\n      \"", "").Replace(raw)+`"`), &back); err != nil || back != c.secret {
			t.Errorf("%s: span %q does not read as the secret (%v)", c.name, raw, err)
		}
	}
	// Strings without escapes, or whose only escape ends them, are not
	// read again; nor strings apart, not joined as one file.
	for _, text := range []string{
		"\"conf\": \"requirepass " + g.String(fake.Lower+fake.Digits, 24) + "\\n\"\n",
		"[\"BEGIN BLOCK\\n\", \"" + g.String(fake.Lower+fake.Digits, 40) + "\", \"\\nEND BLOCK\"]\n",
	} {
		if ms := m.Find([]byte(text)); len(ms) != 0 {
			t.Errorf("found %+v in %q", ms, text)
		}
	}
}

func TestMatcherJSONStringViewReportsOnce(t *testing.T) {
	t.Parallel()
	// A token the plain pass finds in a string with escapes is not found
	// again by the view.
	m := demoRuleset(t, "").NewMatcher()
	secret := fake.New(42).String(fake.Lower+fake.Digits, 20)
	text := "{\"sh\": \"export A=1\\nexport T=demo_" + secret + "\\n\"}\n"
	if x := findOne(t, m, text, "demo-token"); text[x.Start:x.End] != secret {
		t.Errorf("span %q, want the secret", text[x.Start:x.End])
	}
}

func TestMatcherLogLineView(t *testing.T) {
	t.Parallel()
	m := demoRuleset(t, viewRules).NewMatcher()
	g := fake.New(43)
	pass := g.String(fake.Lower+fake.Digits, 24)
	body := g.String(fake.Lower+fake.Digits, 40) + "\n" + g.String(fake.Lower+fake.Digits, 40)
	stamp := func(lines ...string) string {
		var b strings.Builder
		for i, l := range lines {
			fmt.Fprintf(&b, "2025-03-14T09:12:01.%03dZ %s\n", 400+i, l)
		}
		return b.String()
	}
	for _, c := range []struct {
		text, id, secret string
	}{
		{stamp("##[group]Run cat redis.conf", "bind 127.0.0.1", "requirepass "+pass, "##[endgroup]"), "line-pass", pass},
		{"[2025-03-14 09:12:01] start\n[2025-03-14 09:12:02] requirepass " + pass + "\n", "line-pass", pass},
		{stamp("BEGIN BLOCK", strings.Split(body, "\n")[0], strings.Split(body, "\n")[1], "END BLOCK"), "line-block", body},
	} {
		x := findOne(t, m, c.text, c.id)
		if string(x.Secret) != c.secret {
			t.Errorf("secret %q, want %q", x.Secret, c.secret)
		}
		if raw := c.text[x.Start:x.End]; !strings.HasPrefix(raw, c.secret[:20]) || !strings.HasSuffix(raw, c.secret[len(c.secret)-20:]) {
			t.Errorf("span %q is not the secret's", raw)
		}
	}
	// Without timestamps at the start of the file, lines are not read
	// again: source code mentioning a time is not a log.
	text := "x := 1\ny := 2\nz := 3\nw := 4\nv := 5\nu := 6\ns := 7\nr := 8\n" +
		stamp("bind 127.0.0.1", "requirepass "+pass)
	if ms := m.Find([]byte(text)); len(ms) != 0 {
		t.Errorf("found %+v past the first lines", ms)
	}
}

// Not parallel: it reads the process's allocation counter.
func TestMatcherViewsAreBounded(t *testing.T) {
	// Hostile files: one notebook array of many escaped lines, many short
	// strings of escapes, a long log. Each costs one pass and memory
	// bounded by the views' limits, whatever the file's size.
	m := demoRuleset(t, viewRules).NewMatcher()
	g := fake.New(44)
	secret := g.String(fake.Lower+fake.Digits, 24)
	var array, strs, log, entities bytes.Buffer
	array.WriteString("[\n")
	strs.WriteString("[")
	for array.Len() < 8<<20 {
		array.WriteString(`  "\u0026\"\\\n",` + "\n")
		strs.WriteString(`"a\nb\u0026\"",`)
		fmt.Fprintf(&log, "2025-03-14T09:12:01.000Z a\n")
		entities.WriteString("&quot;&lt;&#x22;&gt;\n")
	}
	array.WriteString(`  "requirepass ` + secret + `"` + "\n]\n")
	// One line indented by 1 MiB holding many elements: each element's
	// place is judged from the line's first byte, not by reading its indentation again.
	indented := []byte("{\"k\": 1}\n" + strings.Repeat(" ", 1<<20) + "[" + strings.Repeat(`"a\nb\u0026",`, 1<<17) + "\"\"]\n")
	for _, c := range []struct {
		name string
		data []byte
	}{{"array", array.Bytes()}, {"strings", strs.Bytes()}, {"log", log.Bytes()}, {"indented", indented},
		{"entities", entities.Bytes()}, {"entity line", bytes.Repeat([]byte("&quot;"), 2<<20)}} {
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		m.Find(c.data)
		runtime.ReadMemStats(&after)
		if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64<<20 {
			t.Errorf("%s: %d MiB allocated for %d MiB of input", c.name, alloc>>20, len(c.data)>>20)
		}
	}
}

func TestMatcherEntityView(t *testing.T) {
	t.Parallel()
	m := demoRuleset(t, viewRules).NewMatcher()
	g := fake.New(45)
	pass := g.String(fake.Lower+fake.Digits, 24)
	for _, c := range []struct {
		name, text, id string
	}{
		// a JSON member in an HTML attribute, its quotes escaped
		{"attribute", "<div data-config=\"{&quot;pass&quot;: &quot;" + pass + "&quot;}\"></div>\n", "quoted-pass"},
		{"decimal references", "<x v='{&#34;pass&#34;:&#34;" + pass + "&#34;}'/>\n", "quoted-pass"},
		{"hex references", "<x v='{&#x22;pass&#x22;:&#x22;" + pass + "&#x22;}'/>\n", "quoted-pass"},
		// a line of a config escaped into an XML element's text, read whole
		{"escaped line", "<conf>\n&lt;!-- redis --&gt;\nrequirepass " + pass + "\n</conf>\n", "line-pass"},
	} {
		x := findOne(t, m, c.text, c.id)
		if string(x.Secret) != pass {
			t.Errorf("%s: secret %q, want %q", c.name, x.Secret, pass)
		}
		// The match spans the secret as the file holds it.
		if raw := c.text[x.Start:x.End]; !strings.Contains(raw, pass) || len(raw) > len(pass)+len("&#x22;pass&#x22;:&#x22;&#x22;") {
			t.Errorf("%s: span %q is not the secret's", c.name, raw)
		}
	}
	// Unescaped, the same member is the plain pass's, and found once.
	plain := "{\"pass\": \"" + pass + "\"} <p>&quot;</p>\n"
	if x := findOne(t, m, plain, "quoted-pass"); plain[x.Start:x.End] != pass {
		t.Errorf("span %q, want the secret", plain[x.Start:x.End])
	}
	// Only quote and bracket references make a line worth reading again:
	// &amp; alone is an ampersand in text, not escaped syntax.
	if ms := m.Find([]byte("<p>{&amp;pass&amp;: &amp;" + pass + "&amp;}</p>\n")); len(ms) != 0 {
		t.Errorf("found %+v in a line without quote or bracket references", ms)
	}
}
