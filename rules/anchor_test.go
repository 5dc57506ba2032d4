package rules

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestStartsAtKeyword(t *testing.T) {
	for _, tc := range []struct {
		expr     string
		keywords []string
		want     bool
	}{
		{`(?i)(?:password|secret)\s*=\s*(\S+)`, []string{"password", "secret"}, true},
		{`(?i)(?:password|secret)\s*=\s*(\S+)`, []string{"password"}, false},
		{`(?i)api[_-]?key=(\w+)`, []string{"api_key", "api-key", "apikey"}, true},
		{`(?i)api[_-]?key=(\w+)`, []string{"api_key", "apikey"}, false},
		{`(?i)[_$]pass=(\w+)`, []string{"_pass", "$pass"}, true},
		{`(?i)pass(?:word)?=(\w+)`, []string{"pass"}, true},
		// the keyword must start the match: a longer keyword does not
		{`(?i)pass(?:word)?=(\w+)`, []string{"password"}, false},
		// assertions look before the match; a wide class starts anywhere
		{`\bpassword=(\w+)`, []string{"password"}, false},
		{`(?:^|[^a-z])token=(\w+)`, []string{"token"}, false},
		{`[a-z]+key=(\w+)`, []string{"key"}, false},
		{`(?i)(?:x|`, []string{"x"}, false}, // malformed
	} {
		if got := startsAtKeyword(tc.expr, tc.keywords); got != tc.want {
			t.Errorf("startsAtKeyword(%q, %q) = %v, want %v", tc.expr, tc.keywords, got, tc.want)
		}
	}
}

// TestAnchoredSearchAgrees checks, for every default rule the matcher
// searches anchored at its keyword hits, that doing so finds exactly what
// an unanchored search of the same text finds, on lines dense with the
// rule's keywords, overlapping and repeated.
func TestAnchoredSearchAgrees(t *testing.T) {
	t.Parallel()
	rs := defaultForTest(t)
	g := fake.New(17)
	anchored := 0
	for _, r := range rs.Rules {
		if r.Regex.anchoredAt(r.Keywords).kind == anchorNone {
			continue
		}
		anchored++
		for _, line := range bytes.SplitAfter([]byte(keywordDenseText(g, r.Keywords)), []byte("\n")) {
			hits := keywordStarts(line, r.Keywords)
			if len(hits) > maxAnchoredHits {
				t.Fatalf("%s: %d hits on one line of the test, more than are searched anchored", r.ID, len(hits))
			}
			want := r.Regex.FindAllSubmatchIndex(line, -1)
			got := findLocs(r, line, window{0, len(line)}, hits)
			if (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%s: anchored search found %v, the whole search %v, in:\n%s", r.ID, got, want, line)
			}
		}
	}
	if anchored < 10 || rs.Rule("generic-secret").Regex.anchoredAt(rs.Rule("generic-secret").Keywords).kind == anchorNone {
		t.Errorf("%d rules searched anchored, generic-secret not among them: the analysis lost them", anchored)
	}
}

// keywordDenseText writes each keyword in the ways a line holds it: as a
// name given a value, inside a longer name, twice in a row, quoted.
func keywordDenseText(g *fake.Gen, keywords []string) string {
	var b strings.Builder
	for _, k := range keywords {
		v := g.MixedAlnum(24)
		b.WriteString("db_" + k + " = \"" + v + "\"; " + k + k + "=" + g.MixedAlnum(20) + "\n")
		b.WriteString(" x" + k + ": '" + v + "' " + k + "\n")
		b.WriteString(strings.ToUpper(k) + "_PROD=" + g.MixedAlnum(32) + " " + k + "\n")
	}
	return b.String()
}

// keywordStarts returns where each keyword starts in text, case folded,
// as the keyword automaton reports them.
func keywordStarts(text []byte, keywords []string) []int {
	lower := bytes.ToLower(text)
	var starts []int
	for _, k := range keywords {
		for i := 0; ; {
			j := bytes.Index(lower[i:], []byte(k))
			if j < 0 {
				break
			}
			starts = append(starts, i+j)
			i += j + 1
		}
	}
	return starts
}

// TestAnchoredLeadsAgree: a regex that opens with \b, or with ^ or a
// character of a class, before its keyword is tried at the keyword's hits
// with the lead checked by hand; it must find what a search of the whole
// text finds, where the byte before the keyword is a word byte, a class
// byte, a line end, a multi-byte rune or nothing.
func TestAnchoredLeadsAgree(t *testing.T) {
	for _, tc := range []struct {
		expr     string
		keywords []string
		kind     anchorKind
	}{
		{`(?:^|[^\w-])(sk_[a-f0-9]{8})(?:[^\w-]|$)`, []string{"sk_"}, anchorAtHit},
		{`(?m)(?:^|[^\w+/-])(sk_[a-f0-9]{8})(?:[^\w+/=-]|$)`, []string{"sk_"}, anchorAtHit},
		{`(?i)(?:^|[^A-Za-z0-9])(?:acme)[\w.-]{0,20}?(?:key|token)\s*[:=]\s*([a-z0-9]{8})`, []string{"acme"}, anchorAtHit},
		{`\b(sk_[a-f0-9]{8})\b`, []string{"sk_"}, anchorAtHit},
		{`(?i)\bauthorization\s*:\s*(\w{8})`, []string{"authorization"}, anchorAtHit},
		// a class that holds no line end, or a lead of three branches, one
		// of them two characters: each branch is checked before the hit
		{`(?:^|[^\w\n-])(sk_[a-f0-9]{8})`, []string{"sk_"}, anchorAtHit},
		{`(?:^|[^\w]|\\[nrt])(sk_[a-f0-9]{8})`, []string{"sk_"}, anchorAtHit},
	} {
		r := &Rule{ID: "lead", Keywords: tc.keywords, Regex: newRegexp(tc.expr)}
		if a := r.Regex.anchoredAt(tc.keywords); a.kind != tc.kind {
			t.Errorf("%s: kind %d, want %d", tc.expr, a.kind, tc.kind)
			continue
		}
		v := "0123abcd"
		for _, text := range []string{
			"sk_" + v, "x sk_" + v + " y", "task_" + v, "-sk_" + v, "=sk_" + v, "/sk_" + v,
			"a\nsk_" + v + "\nsk_" + v, "é sk_" + v, "ésk_" + v, "sk_" + v + "sk_" + v, " sk_" + v + " sk_" + v + ";",
			"ACME_API_KEY=" + v, "xacme_key: " + v, "\nacme.token = " + v + " acme_key=" + v,
			"Authorization: " + v, "XAuthorization: " + v, "authorization:" + v + "\nauthorization: " + v,
			// adjacent lines: the first match takes the line break the second needs as its lead
			"sk_" + v + "\nsk_" + v + "\n", "ACME_KEY=" + v + "\nACME_TOKEN=" + v + "\nacme_key=" + v,
		} {
			data := []byte(text)
			want := findAllByLine(r.Regex, data)
			got := findLocs(r, data, window{0, len(data)}, keywordStarts(data, tc.keywords))
			if (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%s: anchored %v, whole %v, in %q", tc.expr, got, want, text)
			}
		}
	}
}

// TestLiteralAnchorAgrees: a regex whose lead is not one the keyword hits
// can anchor (three branches, branches with leads of their own, a name
// shorter than its keywords) is tried at the occurrences of its leading
// texts; it must find what a search of the whole text finds, groups
// included, whatever precedes each occurrence.
func TestLiteralAnchorAgrees(t *testing.T) {
	v := "0123abcd"
	texts := []string{
		"sk_" + v, "x sk_" + v + " y", "task_" + v, "\\nsk_" + v, "\\tsk_" + v, "\\xsk_" + v, "é sk_" + v, "ésk_" + v,
		"a\nsk_" + v + "\nsk_" + v, "sk_" + v + "sk_" + v, " sk_" + v + " sk_" + v + ";", "SK_" + v,
		"acme = " + v, "acme_token = " + v, "xacme: " + v, "_acme: " + v, "\\nacme: " + v, "acme acme: " + v,
		"bearer " + v, "Bearer " + v + " acme: " + v, "abearer " + v, "\nACME: " + v + " acme=" + v,
		"  acme: " + v, "\\n \t acme=" + v, "(  acme:" + v, "x  acme: " + v, "x\tacme: " + v, "( acme: " + v,
		"user bob password " + v, "\\n  pass " + v + " password " + v, "   password " + v, "xpassword " + v,
		"acmetoken = " + v, "xacme_token: " + v, "otx_key: " + v, "\\notx: " + v, "alienvault: " + v, "aotx: " + v,
		strings.Repeat("sk_", 12) + v, strings.Repeat(" acme", 10) + ": " + v,
		"sk_" + v + "\nsk_" + v + "\n", "acme_token = " + v + "\nacme: " + v + "\nacme=" + v,
	}
	for _, tc := range []struct {
		expr     string
		keywords []string
		kind     anchorKind
	}{
		{`(?:^|[^\w]|\\[nrt])(sk_[a-f0-9]{8})(?:[^\w-]|$)`, []string{"sk_"}, anchorAtHit},
		{`(?:^|[^\w]|\\[nrt])(sk_[a-f0-9]{8})(?:[^\w-]|$)`, []string{"sk_0", "sk_a"}, anchorAtLiteral},
		{`(?i)(?:^|\\[nrt]|[^A-Za-z0-9])(?:acme)[\w.-]{0,20}?\s*[:=]\s*([a-z0-9]{8})`, []string{"acme_token", "acme:"}, anchorAtLiteral},
		{`(?i)(?:(?:\\[nrt]|\b)|_)acme[\w.-]{0,20}?\s*[:=]\s*([a-z0-9]{8})`, []string{"acme"}, anchorAtHit},
		{`(?i)(?:(?:\\[nrt]|\b)|_)acme[\w.-]{0,20}?\s*[:=]\s*([a-z0-9]{8})`, []string{"acme_", "acme:"}, anchorAtLiteral},
		{`(?i)(?:(?:^|[^a-z0-9])(?:acme)[\w.-]{0,9}?\s*[:=]\s*|\bbearer[ \t]+)(?-i)(?P<secret>[a-z0-9]{8})`, []string{"acme", "bearer"}, anchorAtLiteral},
		{`(?i)(?:alienvault|(?:\\[nrt]|\b)otx)[\w.-]{0,9}?\s*:\s*(\w{8})`, []string{"alienvault", "otx"}, anchorAtLiteral},
		{`(?im)(?:^|\s)(acme)\s*[:=]\s*(?P<secret>\w{8})(\s|$)`, []string{"acme ", "acme:"}, anchorAtLiteral},
		// runs of a class before the text: the run ends where the text
		// begins, and a lead before it may match at any point of it
		{`(?m)(?:^|\\n|\()[ \t]*acme\s*[:=]\s*(\w{8})`, []string{"acme"}, anchorAtLiteral},
		{`(?i)\b[ \t]*acme:\s*(\w{8})`, []string{"acme:"}, anchorAtLiteral},
		{`(?m)(?:(?:^|\\n)[ \t]*|\buser\s+)(?:password|pass)[ \t]+(\S{4,})`, []string{"password", "pass "}, anchorAtLiteral},
		// a run whose class holds the text's first byte could end in more
		// than one place: searched whole
		{`(?:^|=)[ a-z]*acme:(\w{8})`, []string{"acme:"}, anchorNone},
		// branches that begin alike: the first that matches is taken, and
		// each keeps its own groups
		{`(?i)(?:\bacme[_.]?(token)|acme[_.]?(\w+)|\bbearer )\s*[:=]?\s*(\w{8})`, []string{"acme", "bearer"}, anchorAtLiteral},
	} {
		r := &Rule{ID: "literal", Keywords: tc.keywords, Regex: newRegexp(tc.expr)}
		if a := r.Regex.anchoredAt(r.Keywords); a.kind != tc.kind {
			t.Errorf("%s: kind %d, want %d", tc.expr, a.kind, tc.kind)
			continue
		}
		for _, text := range texts {
			data := []byte(text)
			want := findAllByLine(r.Regex, data)
			got := findLocs(r, data, window{0, len(data)}, keywordStarts(data, tc.keywords))
			if (len(want) > 0 || len(got) > 0) && !reflect.DeepEqual(got, want) {
				t.Errorf("%s: anchored %v, whole %v, in %q", tc.expr, got, want, text)
			}
		}
	}
}

// TestFindAllByLine: of two adjacent lines, the second's match needs the
// line break the first one's closing boundary took; a plain search after
// the first match misses it, the search by line does not.
func TestFindAllByLine(t *testing.T) {
	re := newRegexp(`(?i)(?:^|[^A-Za-z0-9])acme[\w.-]{0,20}?(?:key|token)\s*[:=]\s*([a-z0-9]{8})(?:[^\w-]|$)`)
	want := []string{"0123abcd", "4567efab", "89abcdef"}
	data := []byte("ACME_KEY=" + want[0] + "\nACME_TOKEN=" + want[1] + "\nACME_KEY=" + want[2] + "\n")
	if n := len(re.FindAllSubmatchIndex(data, -1)); n != 2 {
		t.Fatalf("a plain search finds %d matches; the case needs it to miss the second line", n)
	}
	var got []string
	for _, loc := range findAllByLine(re, data) {
		got = append(got, string(data[loc[2]:loc[3]]))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("whole search: values %q, want %q", got, want)
	}
	r := &Rule{ID: "adjacent", Keywords: []string{"acme"}, Regex: re}
	if a := r.Regex.anchoredAt(r.Keywords); a.kind != anchorAtHit {
		t.Fatalf("kind %d, want the search anchored at keyword hits", a.kind)
	}
	got = got[:0]
	for _, loc := range findLocs(r, data, window{0, len(data)}, keywordStarts(data, r.Keywords)) {
		got = append(got, string(data[loc[2]:loc[3]]))
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("anchored search: values %q, want %q", got, want)
	}
	// a file of nothing but such lines: every one is found, each search
	// stopping at the next line's match
	var dense []byte
	for i := range 2000 {
		dense = fmt.Appendf(dense, "ACME_%d_KEY=%08x\n", i, i)
	}
	whole := findAllByLine(re, dense)
	anchored := findLocs(r, dense, window{0, len(dense)}, keywordStarts(dense, r.Keywords))
	if len(whole) != 2000 || !reflect.DeepEqual(anchored, whole) {
		t.Errorf("2,000 adjacent lines: %d matches searched whole, %d anchored", len(whole), len(anchored))
	}
}
