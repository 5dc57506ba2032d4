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
		// Long enough for several automata: keywords straddle and abut the middle.
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

// TestKeywordDFAPartsMeet checks the automata of the input's parts where
// they meet: keywords that straddle, end at and start at each part's
// start, in inputs of sizes that do and do not divide evenly, are each
// found once and delivered in order of end offset.
func TestKeywordDFAPartsMeet(t *testing.T) {
	keywords := []string{"secret", "sk-ant-", "ant", "to"}
	d := newKeywordDFA(keywords)
	// Each shape places keywords at offsets from a part's start.
	shapes := map[string]map[int]string{
		"straddling":                             {-3: "secret"},
		"ending and starting":                    {-3: "ant", 0: "secret"},
		"one byte apart":                         {-7: "secret", 1: "sk-ant-"},
		"longest, from as early as it can start": {-6: "sk-ant-"},
	}
	for _, size := range []int{streamsMin, streamsMin + 1, streamsMin + 3, 10007, 1<<16 + 5} {
		for name, shape := range shapes {
			text := []byte(strings.Repeat("x", size))
			part := size / streams
			for k := 1; k < streams; k++ {
				for offset, keyword := range shape {
					copy(text[k*part+offset:], keyword)
				}
			}
			copy(text[size-7:], "sk-ant-")
			var got [][3]int
			d.find(text, func(k, start, end int) { got = append(got, [3]int{k, start, end}) })
			if !slices.IsSortedFunc(got, func(a, b [3]int) int { return a[2] - b[2] }) {
				t.Errorf("size %d, %s: hits out of order: %v", size, name, got)
			}
			want := naiveFind(keywords, text)
			sortHits(got)
			sortHits(want)
			if len(want) < (streams-1)*len(shape) || !slices.Equal(got, want) {
				t.Errorf("size %d, %s:\n got %v\nwant %v", size, name, got, want)
			}
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

// TestKeywordDFATableWidths checks both widths of the transition table:
// 16-bit states for an automaton of at most 1<<16 states, 32-bit past
// that (a huge user config), each finding what brute force finds.
func TestKeywordDFATableWidths(t *testing.T) {
	t.Parallel()
	small := []string{"token", "secret", "sk-"}
	if d := newKeywordDFA(small); d.trans16 == nil || d.trans32 != nil {
		t.Fatalf("%d keywords: want a 16-bit table", len(small))
	}
	// 10,000 keywords of 12 letters: about 90,000 states.
	rng := uint64(1)
	var big []string
	for len(big) < 10000 {
		var b []byte
		for range 12 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b = append(b, 'a'+byte(rng>>59)%26)
		}
		big = append(big, string(b))
	}
	d := newKeywordDFA(big)
	if d.trans32 == nil || d.trans16 != nil {
		t.Fatalf("%d keywords: want a 32-bit table", len(big))
	}
	text := strings.Repeat("x", 4000) + strings.ToUpper(big[7]) + " " + big[9999] + strings.Repeat("y", 4000) + big[123] + big[4567]
	var got [][3]int
	d.find([]byte(text), func(k, start, end int) { got = append(got, [3]int{k, start, end}) })
	want := naiveFind(big, []byte(text))
	sortHits(got)
	sortHits(want)
	if len(want) < 4 || !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
}
