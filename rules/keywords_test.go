package rules

import (
	"slices"
	"strings"
	"testing"
)

// naiveFind lists every case-insensitive occurrence of keywords, by brute force.
func naiveFind(keywords []string, data []byte) [][3]int {
	var lower []byte
	for _, c := range data {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		lower = append(lower, c)
	}
	var out [][3]int
	for end := 1; end <= len(lower); end++ {
		for k, kw := range keywords {
			if start := end - len(kw); start >= 0 && string(lower[start:end]) == kw {
				out = append(out, [3]int{k, start, end})
			}
		}
	}
	return out
}

func TestKeywordDFAFindsEveryOccurrence(t *testing.T) {
	keywords := []string{"sk-", "sk-ant-", "ant", "token", "to", "ok", "secret", "cr", "aws", "-----begin"}
	texts := []string{
		"", "no keywords here",
		"SK-ANT-api and sk-proj and Token=abc TOKEN secretsecret",
		strings.Repeat("tokentok", 20) + "-----BEGIN x",
		"\x00\xff aws\xffAWS\x00to",
		// Long enough for two automata: keywords straddle and abut the middle.
		strings.Repeat("x", 4090) + "-----BEGIN" + strings.Repeat("sk-ant-tok", 3) + strings.Repeat("y", 4100),
		strings.Repeat("ab", 2048) + "secret" + strings.Repeat("ok", 2048),
	}
	d := newKeywordDFA(keywords)
	for _, text := range texts {
		var got [][3]int
		d.find([]byte(text), func(k, start, end int) { got = append(got, [3]int{k, start, end}) })
		want := naiveFind(keywords, []byte(text))
		sortHits(got)
		sortHits(want)
		if !slices.Equal(got, want) {
			t.Errorf("%q:\n got %v\nwant %v", text, got, want)
		}
	}
}

func sortHits(h [][3]int) {
	slices.SortFunc(h, func(a, b [3]int) int {
		for i := range a {
			if a[i] != b[i] {
				return a[i] - b[i]
			}
		}
		return 0
	})
}
