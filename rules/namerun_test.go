package rules

import (
	"bytes"
	"os"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestNameRunSearchAgrees checks, for every default rule the matcher
// searches at the names holding its keywords' words, that doing so finds
// exactly what the whole search of the same line finds, on lines dense
// with those names: several assignments to a line, names with prefixes
// and suffixes, the word inside longer words, XML attributes, quotes.
func TestNameRunSearchAgrees(t *testing.T) {
	t.Parallel()
	rs := defaultForTest(t)
	g := fake.New(29)
	taken := 0
	for _, r := range rs.Rules {
		n := nameRunsOf(r)
		if n == nil {
			continue
		}
		taken++
		found := 0
		for _, line := range bytes.SplitAfter([]byte(nameDenseText(g, n.stems)), []byte("\n")) {
			want := findAfterSecrets(r, line)
			got := findInNameRuns(r, n, line)
			found += len(got)
			if (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%s: the name-run search found %v, the whole search %v, in:\n%s", r.ID, got, want, line)
			}
		}
		if found == 0 {
			t.Errorf("%s: nothing found in the dense lines: the test tries nothing", r.ID)
		}
	}
	for _, id := range []string{"generic-key-assignment", "generic-credential-assignment"} {
		if nameRunsOf(rs.Rule(id)) == nil {
			t.Errorf("%s is not searched by name runs: the analysis lost it", id)
		}
	}
	if taken > 4 {
		t.Errorf("%d rules searched by name runs: the gate lets in rules it was not meant for", taken)
	}
}

// nameDenseText writes names holding each of stems in the ways lines
// hold them.
func nameDenseText(g *fake.Gen, stems [][]byte) string {
	var b strings.Builder
	for _, s := range stems {
		w := string(s)
		up := strings.ToUpper(w)
		title := strings.ToUpper(w[:1]) + w[1:]
		v := func() string { return g.MixedAlnum(24) }
		lines := []string{
			"a_" + w + "=" + v() + " b_" + w + "=" + v() + " c." + w + ": " + v(),
			"ACME_" + up + "=" + v() + "\tACME_" + up + "_PROD=" + v(),
			`  "acme` + title + `": "` + v() + `", "other` + title + `": "` + v() + `"`,
			`<add key="ACME_` + up + `" value="` + v() + `"/><add key="X_` + up + `" value="` + v() + `"/>`,
			w + w + "=" + v() + " x" + w + "y" + w + "=" + v() + " _" + w + "=" + v() + " -" + w + ": " + v(),
			"acme." + w + "-" + w + " := " + v() + "; my" + title + "Str = '" + v() + "' " + w,
			"client.set" + title + "(\"" + v() + "\") || " + w + " ?? \"" + v() + "\"",
			up + "=" + v() + "," + up + "=" + v() + "/" + w + "=" + v(),
		}
		for _, l := range lines {
			b.WriteString(l + "\n")
		}
	}
	return b.String()
}

// TestNameRunSearchOfADenseWindow checks that a window with more names
// than are tried one by one is searched whole, with the same matches.
func TestNameRunSearchOfADenseWindow(t *testing.T) {
	t.Parallel()
	rs := defaultForTest(t)
	r := rs.Rule("generic-key-assignment")
	n := nameRunsOf(r)
	if n == nil {
		t.Fatal("generic-key-assignment is not searched by name runs")
	}
	g := fake.New(31)
	var line strings.Builder
	for i := range maxNameRunTries + 10 {
		if i%7 == 0 {
			line.WriteString("k" + string(rune('a'+i%26)) + "_key=" + g.MixedAlnum(20) + " ")
			continue
		}
		line.WriteString("key ")
	}
	text := []byte(line.String())
	if got := len(nameRunStarts(text, n.stems)); got <= maxNameRunTries {
		t.Fatalf("%d name runs: the test line is not dense enough", got)
	}
	got := findInNameRuns(r, n, text)
	if len(got) != (maxNameRunTries+10+6)/7 {
		t.Errorf("%d matches in the dense line, want one per assignment (%d):\n%s", len(got), (maxNameRunTries+10+6)/7, text)
	}
}

// internalDefault is ../rules.toml compiled once for this package's
// internal tests.
var internalDefault = sync.OnceValues(func() (*Ruleset, error) {
	data, err := os.ReadFile("../rules.toml")
	if err != nil {
		return nil, err
	}
	cfg, err := ParseDefault("rules.toml", data)
	if err != nil {
		return nil, err
	}
	return Compile(cfg)
})

func defaultForTest(t *testing.T) *Ruleset {
	t.Helper()
	rs, err := internalDefault()
	if err != nil {
		t.Fatal(err)
	}
	return rs
}

// TestTwoKeysOnALine checks that a second assignment on a line is found
// when the first match ends on the byte before the second name.
func TestTwoKeysOnALine(t *testing.T) {
	t.Parallel()
	g := fake.New(37)
	a, b := g.MixedAlnum(24), g.MixedAlnum(24)
	line := "a_key=" + a + " b_key=" + b + "\n"
	var got []string
	for _, m := range defaultForTest(t).NewMatcher().Find([]byte(line)) {
		got = append(got, m.Rule.ID+" "+line[m.Start:m.End])
	}
	want := []string{"generic-key-assignment " + a, "generic-key-assignment " + b}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("found %q, want %q in %q", got, want, line)
	}
}
