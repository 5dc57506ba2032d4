package fake

import (
	"strings"
	"testing"
)

func TestMixedGeneratorsHoldEachKind(t *testing.T) {
	g := New(1)
	for i := 0; i < 200; i++ {
		s := g.MixedAlnum(3)
		if !strings.ContainsAny(s, Upper) || !strings.ContainsAny(s, Lower) || !strings.ContainsAny(s, Digits) {
			t.Fatalf("MixedAlnum(3) = %q lacks a kind", s)
		}
		if s := g.LowerAlnum(2); !strings.ContainsAny(s, Lower) || !strings.ContainsAny(s, Digits) {
			t.Fatalf("LowerAlnum(2) = %q lacks a kind", s)
		}
		if s := g.MixedLetters(2); !strings.ContainsAny(s, Upper) || !strings.ContainsAny(s, Lower) {
			t.Fatalf("MixedLetters(2) = %q lacks a case", s)
		}
	}
}

// TestMixedGeneratorsRefuseTooFewBytes checks that a length no string
// can satisfy panics instead of looping forever (a hung test run).
func TestMixedGeneratorsRefuseTooFewBytes(t *testing.T) {
	g := New(1)
	for name, call := range map[string]func(){
		"MixedAlnum(2)":   func() { g.MixedAlnum(2) },
		"LowerAlnum(1)":   func() { g.LowerAlnum(1) },
		"MixedLetters(1)": func() { g.MixedLetters(1) },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s returned; want a panic", name)
				}
			}()
			call()
		}()
	}
}
