package rules

import (
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestJuniperType9(t *testing.T) {
	t.Parallel()
	g := fake.New(9)
	for _, plain := range []string{"x", "Rad1us-" + g.Alnum(12), "bgp key with spaces " + g.Alnum(6)} {
		enc := g.JuniperType9(plain)
		if got, ok := decodeJuniperType9(enc); !ok || got != plain {
			t.Errorf("decode(%q) = %q, %v; want %q", enc, got, ok, plain)
		}
		wantCheck(t, "encoded", checkNamed(t, "juniper-type9", enc), true, "", "")
		// one character short: the last group is incomplete
		wantCheck(t, "cut", checkNamed(t, "juniper-type9", enc[:len(enc)-1]), false, "", "")
	}
	wantCheck(t, "stand-in", checkNamed(t, "juniper-type9", g.JuniperType9("password")), false, "", "")
	wantCheck(t, "cisco type 9", checkNamed(t, "juniper-type9", "$"+"9$"+g.Alnum(14)+"$"+g.Alnum(43)), false, "", "")
	// Published examples, independent of fake.JuniperType9's copy of the
	// tables: a Junos op script's documentation ("op crypt encrypt foo")
	// and a decoder's README (the documentation stand-in "password").
	for enc, want := range map[string]string{"$" + "9$ReqcyKY2aHqf": "foo", "$" + "9$2GgZjHkPQ39.PhrvLVb.P5Tz6": "password"} {
		if got, ok := decodeJuniperType9(enc); !ok || got != want {
			t.Errorf("decode(%q) = %q, %v; want %q", enc, got, ok, want)
		}
	}
	// random text in the alphabet seldom decodes whole and printable
	passed := 0
	for range 200 {
		if checkJuniperType9([]byte("$" + "9$" + g.String(fake.Alnum+"./-", 24))).OK {
			passed++
		}
	}
	if passed > 4 {
		t.Errorf("%d of 200 random strings passed", passed)
	}
}
