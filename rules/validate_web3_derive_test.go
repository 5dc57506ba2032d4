package rules

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/devkeys"
)

// TestPublishedDevKeysDerive derives the published development keys from
// the public mnemonics the tools' documentation prints (internal/devkeys),
// so that the digests in validate_web3.go are checked rather than trusted.
func TestPublishedDevKeysDerive(t *testing.T) {
	t.Parallel()
	var want []string
	for _, m := range devkeys.Mnemonics() {
		keys, err := devkeys.Derive(m.Words, m.N)
		if err != nil {
			t.Fatal(err)
		}
		for _, k := range keys {
			sum := sha256.Sum256([]byte(k))
			want = append(want, hex.EncodeToString(sum[:]))
			if checkEVMPrivateKey([]byte("0x" + k)).OK {
				t.Errorf("development key %d of %.10s... is not turned down", len(want)-1, m.Words)
			}
		}
		words := strings.Fields(m.Words)
		sum := sha256.Sum256([]byte(m.Words))
		if !bip39Checks(words) || !slices.Contains(sampleMnemonics, hex.EncodeToString(sum[:])) {
			t.Errorf("%.10s...: not a valid mnemonic listed in sampleMnemonics", m.Words)
		}
	}
	if !slices.Equal(want, publishedDevKeys) {
		t.Errorf("publishedDevKeys differ from the keys derived from the mnemonics")
	}
}
