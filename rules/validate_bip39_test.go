package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// bip39Words is the wordlist in index order.
func bip39Words() []string { return strings.Fields(bip39English) }

func TestBIP39Wordlist(t *testing.T) {
	w := bip39Words()
	if len(w) != 2048 || len(bip39Index()) != 2048 {
		t.Fatalf("%d words, %d distinct; want 2048", len(w), len(bip39Index()))
	}
}

func TestBIP39Mnemonic(t *testing.T) {
	g := fake.New(36)
	for _, n := range []int{12, 15, 18, 21, 24} {
		m := g.Mnemonic(bip39Words(), n)
		wantCheck(t, "valid", checkNamed(t, "bip39-mnemonic", m), true, "", "")
		wantCheck(t, "upper case", checkNamed(t, "bip39-mnemonic", strings.ToUpper(m)), true, "", "")
		words := strings.Fields(m)
		// Replacing the last word breaks the checksum for all but one in
		// 2^(n/3) choices; try words until one does.
		for _, w := range bip39Words()[:40] {
			words[n-1] = w
			if bip39Checks(words) {
				continue
			}
			wantCheck(t, "bad checksum", checkNamed(t, "bip39-mnemonic", strings.Join(words, " ")), false, "", "")
			break
		}
	}
	m := strings.Fields(g.Mnemonic(bip39Words(), 12))
	wantCheck(t, "11 words", checkNamed(t, "bip39-mnemonic", strings.Join(m[:11], " ")), false, "", "")
	m[3] = "zzzz"
	wantCheck(t, "word not in the list", checkNamed(t, "bip39-mnemonic", strings.Join(m, " ")), false, "", "")
}

// bip39Checks says words are a mnemonic whose checksum holds.
func bip39Checks(words []string) bool {
	_, ok := bip39Entropy(words)
	return ok
}

func TestBIP39SamplePhrases(t *testing.T) {
	samples := []string{
		strings.Repeat("test ", 11) + "junk",     // Hardhat and Anvil
		strings.Repeat("abandon ", 11) + "about", // BIP 39 vector, zero entropy
		strings.Repeat("zoo ", 11) + "wrong",     // BIP 39 vector, all ones
		strings.Repeat("abandon ", 23) + "art",   // 24-word zero entropy
	}
	for _, s := range samples {
		if !bip39Checks(strings.Fields(s)) {
			t.Errorf("%.20s...: checksum does not hold, so the test proves nothing", s)
		}
		wantCheck(t, s[:8], checkNamed(t, "bip39-mnemonic", s), false, "", "")
	}
}

// CheckNamedForTest runs the validator named name on secret, for the
// cases of rules_test.
func CheckNamedForTest(name, secret string) bool { return validators[name].Check([]byte(secret)).OK }
