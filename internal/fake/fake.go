// Package fake builds fake secrets at run time for tests and benchmarks,
// so that no token-shaped string is ever written into the repository.
// Every value is random but reproducible from the generator's seed.
package fake

import (
	"hash/crc32"
	"math/rand/v2"
	"strings"
)

// Character sets for random strings.
const (
	Lower     = "abcdefghijklmnopqrstuvwxyz"
	Upper     = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	Digits    = "0123456789"
	Alnum     = Upper + Lower + Digits
	HexLower  = Digits + "abcdef"
	HexUpper  = Digits + "ABCDEF"
	Base64    = Alnum + "+/"
	Base64URL = Alnum + "-_"
	Base32    = Upper + "234567"
)

// Gen generates fake secrets. It is not safe for concurrent use.
type Gen struct {
	r   *rand.Rand
	src *rand.PCG
}

// New returns a generator seeded with seed.
func New(seed uint64) *Gen {
	src := rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)
	return &Gen{r: rand.New(src), src: src}
}

// Clone returns a generator in g's state: it gives what g would give
// next, and g is not advanced by it (tests that build cases once share
// the generator a build left behind).
func (g *Gen) Clone() *Gen {
	src := *g.src
	return &Gen{r: rand.New(&src), src: &src}
}

// String returns n random characters from charset.
func (g *Gen) String(charset string, n int) string {
	var b strings.Builder
	b.Grow(n)
	for range n {
		b.WriteByte(charset[g.r.IntN(len(charset))])
	}
	return b.String()
}

// Alnum returns n random letters and digits.
func (g *Gen) Alnum(n int) string { return g.String(Alnum, n) }

// Hex returns n random lower-case hex digits.
func (g *Gen) Hex(n int) string { return g.String(HexLower, n) }

// IntN returns a random int in [0, n).
func (g *Gen) IntN(n int) int { return g.r.IntN(n) }

// Bytes returns n random bytes.
func (g *Gen) Bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.IntN(256))
	}
	return b
}

// UUID returns a random version-4 UUID in lower-case hex.
func (g *Gen) UUID() string {
	h := g.Hex(32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + g.Pick("8", "9", "a", "b") + h[17:20] + "-" + h[20:]
}

// Pick returns one of options at random.
func (g *Gen) Pick(options ...string) string { return options[g.r.IntN(len(options))] }

// Join concatenates parts: tests spell a token's prefix in pieces so that
// the source file never holds it whole.
func Join(parts ...string) string { return strings.Join(parts, "") }

const base62 = Digits + Upper + Lower

// Base62CRC32 returns the six-character base62 CRC32 checksum that GitHub
// and npm tokens end with.
func Base62CRC32(payload string) string {
	n := uint64(crc32.ChecksumIEEE([]byte(payload)))
	out := make([]byte, 6)
	for i := 5; i >= 0; i-- {
		out[i] = base62[n%62]
		n /= 62
	}
	return string(out)
}

// GitHubToken returns a well-formed token with the given prefix ("ghp",
// "gho", ...): 30 random characters and their checksum.
func (g *Gen) GitHubToken(prefix string) string {
	payload := g.Alnum(30)
	return prefix + "_" + payload + Base62CRC32(payload)
}
