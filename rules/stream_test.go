package rules_test

import (
	"encoding/base64"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// streamInput is about 2.25 MiB of source-like lines holding generic
// passwords, tokens, base64-encoded assignments and private keys, some
// placed across the streaming matcher's 1 MiB segment boundaries.
func streamInput(g *fake.Gen) []byte {
	var b strings.Builder
	pem := fake.PKCS8PEM()
	for i := 0; b.Len() < 2<<20+256<<10; i++ {
		near := b.Len()%(1<<20) > 1<<20-2048 // just before a segment boundary
		switch {
		case near && i%7 == 0:
			b.WriteString(pem)
		case i%37 == 0:
			fmt.Fprintf(&b, "password=%s\n", g.Alnum(20))
		case i%41 == 0:
			fmt.Fprintf(&b, "token: %s\n", g.GitHubToken(fake.Join("gh", "p_")))
		case i%43 == 0:
			line := "db_password = \"" + g.Alnum(18) + "\""
			fmt.Fprintf(&b, "cfg = %s\n", base64.StdEncoding.EncodeToString([]byte(line)))
		default:
			fmt.Fprintf(&b, "func f%d(x int) int { return x * %d } // nothing here\n", i, i)
		}
	}
	return []byte(b.String())
}

type matchKey struct {
	rule       string
	start, end int
	secret     string
}

func matchKeys(ms []rules.Match) []matchKey {
	keys := make([]matchKey, len(ms))
	for i, m := range ms {
		keys[i] = matchKey{m.Rule.ID, m.Start, m.End, string(m.Secret)}
	}
	return keys
}

func TestMatcherAllEqualsFindAcrossSegments(t *testing.T) {
	t.Parallel()
	rs := loadDefault(t)
	data := streamInput(fake.New(7))
	want := matchKeys(rs.NewMatcher().Find(data))
	if len(want) < 500 {
		t.Fatalf("only %d matches in the input", len(want))
	}
	got := matchKeys(slices.Collect(rs.NewMatcher().All(data)))
	if !slices.Equal(got, want) {
		t.Errorf("All: %d matches, Find: %d; first difference:", len(got), len(want))
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Errorf("at %d: All %+v, Find %+v", i, got[i], want[i])
				break
			}
		}
	}
	for _, n := range []int{1, 100, len(want)} {
		ms, more := rs.NewMatcher().FindLimit(data, n)
		wantN := want[:min(n, len(want))]
		if !slices.Equal(matchKeys(ms), wantN) || more != (n < len(want)) {
			t.Errorf("FindLimit(%d): %d matches, more %v; want the first %d of Find's, more %v", n, len(ms), more, len(wantN), n < len(want))
		}
	}
}
