package rules

import (
	"crypto/sha256"
	_ "embed" // the BIP 39 English wordlist
	"slices"
	"strings"
	"sync"
)

// bip39English is the English wordlist of BIP 39 (bitcoin/bips,
// bip-0039/english.txt, SHA-256 2f5eed53...4dbda): 2048 words, one a line,
// in index order.
//
//go:embed bip39_english.txt
var bip39English string

// bip39Index maps each word of the wordlist to its 11-bit index; it is
// built on first use and never modified after.
var bip39Index = sync.OnceValue(func() map[string]int {
	words := strings.Fields(bip39English)
	m := make(map[string]int, len(words))
	for i, w := range words {
		m[w] = i
	}
	return m
})

// sampleMnemonics are the SHA-256 digests of the public mnemonics that
// development tools and documentation print (Hardhat and Anvil's eleven
// "test" and "junk", Ganache's --deterministic one, truffle develop's):
// anyone can spend from them, so they are placeholders.
var sampleMnemonics = []string{
	"f79cd64f9cea237897b8133e4b905b361c6f166faa5a1c64c32280938f5b707e",
	"9c5d0a6656e5d3f36601d0bf98762be09bad5d7b164382c1d6c826324d6d599a",
	"b83e96417f61cb148d0dc8a89b839ee4956ad45b5e4b6a2a6cae048e48782157",
}

// checkBIP39Mnemonic checks a BIP 39 mnemonic: 12, 15, 18, 21 or 24 words
// of the English list whose last bits are the checksum (the first bits of
// the SHA-256 of the entropy). The sample mnemonics and the test vectors
// of repeated words or bytes ("abandon ... about") are placeholders.
func checkBIP39Mnemonic(secret []byte) Check {
	words := strings.Fields(strings.ToLower(string(secret)))
	entropy, ok := bip39Entropy(words)
	if !ok {
		return Check{}
	}
	if slices.Contains(sampleMnemonics, sha256Hex(strings.Join(words, " "))) {
		return Check{}
	}
	return Check{OK: distinct(words) > len(words)/2 && distinct(entropy) > 4}
}

// bip39Entropy returns the entropy words encode, checking their count and
// checksum.
func bip39Entropy(words []string) ([]byte, bool) {
	n := len(words)
	if n < 12 || n > 24 || n%3 != 0 {
		return nil, false
	}
	index := bip39Index()
	bits := make([]byte, 0, n*11)
	for _, w := range words {
		i, ok := index[w]
		if !ok {
			return nil, false
		}
		for b := 10; b >= 0; b-- {
			bits = append(bits, byte(i>>b&1))
		}
	}
	entBits := n * 11 * 32 / 33
	entropy := make([]byte, entBits/8)
	for i := range entBits {
		entropy[i/8] |= bits[i] << (7 - i%8)
	}
	sum := sha256.Sum256(entropy)
	for i := range entBits / 32 {
		if bits[entBits+i] != sum[0]>>(7-i)&1 {
			return nil, false
		}
	}
	return entropy, true
}

// distinct counts the distinct elements of s.
func distinct[T comparable](s []T) int {
	seen := make(map[T]bool, len(s))
	for _, v := range s {
		seen[v] = true
	}
	return len(seen)
}
