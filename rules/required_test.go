package rules

import (
	"bytes"
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"testing"
)

func TestRequiredTexts(t *testing.T) {
	t.Parallel()
	cases := []struct {
		expr     string
		keywords []string
		want     textSet
	}{
		// The secret's own prefix, behind a provider name the keywords hold.
		{`(?i)(?:checkout|cko)[\w.]{0,20}(?-i)(sk_(?:test_)?[a-z2-7]{26})`, []string{"checkout", "cko"}, textSet{"sk_"}},
		// A flag's two spellings: the longer holds the shorter.
		{`(?i)\bcurl\b[^\n]*?\s(?:-u|--user)\s+(\S+)`, []string{"curl"}, textSet{"-u"}},
		// An optional separator is spelt both ways.
		{`(?i)define\s+\w*?api_?key\w*\s+"(.+)"`, []string{"define"}, textSet{"api_key", "apikey"}},
		// Alternatives needing different texts need one of them; a text
		// a keyword holds is the last choice.
		{`(?i)(?:hub\s+auth|gmail.*?pass)`, []string{"hub", "gmail"}, textSet{"auth", "pass"}},
		// A repeat of at least one needs its part.
		{`(?:ab1)+x*`, []string{"zz"}, textSet{"ab1"}},
		// Texts every keyword holds rule nothing out.
		{`(?i)\bcurl\b\s+(\S+)`, []string{"curl"}, nil},
		// One byte is in most windows: not worth a check.
		{`token\s*=\s*"(\w+)"`, []string{"token"}, nil},
		// A branch that needs nothing makes the whole need nothing.
		{`(?:key_[a-z]+|[A-Z]{20})`, []string{"k"}, nil},
		// Optional parts and stars need nothing.
		{`(?:secret)?[a-z]*`, []string{"s"}, nil},
		// Non-ASCII literals are not followed.
		{`é+`, []string{"x"}, nil},
	}
	for _, c := range cases {
		re, err := syntax.Parse(c.expr, parseFlags)
		if err != nil {
			t.Fatal(err)
		}
		if got := requiredTexts(re, c.keywords); !slices.Equal(got, c.want) {
			t.Errorf("requiredTexts(%q, %q) = %q, want %q", c.expr, c.keywords, got, c.want)
		}
	}
}

// TestRequiredTextsManyKeywords: a rule of more keywords than
// maxRequiredKeywords (a user's config) is not analysed, whatever its
// pattern needs.
func TestRequiredTextsManyKeywords(t *testing.T) {
	t.Parallel()
	re, err := syntax.Parse(`(?i)acme\w*\s*=\s*(sk_\w+)`, parseFlags)
	if err != nil {
		t.Fatal(err)
	}
	keywords := []string{"acme"}
	if got := requiredTexts(re, keywords); !slices.Equal(got, textSet{"sk_"}) {
		t.Fatalf("one keyword: %q, want [sk_]", got)
	}
	for i := range maxRequiredKeywords {
		keywords = append(keywords, fmt.Sprintf("acme%d", i))
	}
	if got := requiredTexts(re, keywords); got != nil {
		t.Errorf("%d keywords: %q, want nil", len(keywords), got)
	}
}

func TestTextSetFoundIn(t *testing.T) {
	t.Parallel()
	set := textSet{"sk_", "-u"}
	cases := []struct {
		text string
		want bool
	}{
		{"key = SK_live", true},
		{"curl -U me:pw", true},
		{"git checkout-index --all", false},
		{"s k_ -", false},
		{"", false},
		// (?i) takes the Kelvin sign for k and the long s for s: searched.
		{"ſk_x", true},
		{"s\u212a_x", true},
	}
	for _, c := range cases {
		if got := set.foundIn([]byte(c.text)); got != c.want {
			t.Errorf("foundIn(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	if !textSet(nil).foundIn([]byte("anything")) {
		t.Error("a nil set must let every window be searched")
	}
	// The reason for the fallback: Go's (?i) matches these.
	if !regexp.MustCompile(`(?i)sk_x`).MatchString("ſ\u212a_x") {
		t.Error("regexp no longer folds ſ and K: the fallback in foundIn may go")
	}
}

func TestContainsFold(t *testing.T) {
	t.Parallel()
	cases := []struct {
		s, t string
		want bool
	}{
		{"xxPASSword", "pass", true},
		{"pAsS", "pass", true},
		{"pas", "pass", false},
		{"ppppass", "pass", true},
		{"PpPpAs", "pass", false},
		{"a-b-c--u", "-u", true},
		{"-", "-u", false},
		// The search probes a byte other than the first.
		{"------U", "-u", true},
		{"u-u-u-", "-u", true},
		{"u-", "-u", false},
		{"xsK_", "sk_", true},
		{"sk", "sk_", false},
	}
	for _, c := range cases {
		if got := containsFold([]byte(c.s), c.t); got != c.want {
			t.Errorf("containsFold(%q, %q) = %v, want %v", c.s, c.t, got, c.want)
		}
	}
}

// TestContainsFoldAgreesWithLowering compares containsFold with a search
// of the lower-cased text on random texts of a small alphabet, where
// near-misses are common.
func TestContainsFoldAgreesWithLowering(t *testing.T) {
	t.Parallel()
	alphabet := []byte("-uUkKsS_pP a")
	texts := []string{"-u", "sk_", "pass", "a", "u-", "_p s"}
	rng := uint64(5)
	for range 20000 {
		rng = rng*6364136223846793005 + 1442695040888963407
		s := make([]byte, rng>>60)
		for i := range s {
			rng = rng*6364136223846793005 + 1442695040888963407
			s[i] = alphabet[(rng>>33)%uint64(len(alphabet))]
		}
		for _, text := range texts {
			want := bytes.Contains(bytes.ToLower(s), []byte(text))
			if got := containsFold(s, text); got != want {
				t.Fatalf("containsFold(%q, %q) = %v, want %v", s, text, got, want)
			}
		}
	}
}
