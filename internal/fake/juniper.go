package fake

import "strings"

// The Juniper Junos "$9$" obfuscation, rebuilt here so that tests encode
// their own values: a salt character, filler characters, then each byte as
// a group of characters whose distances on the alphabet's wheel, weighted,
// add up to it.
var (
	juniperFamilies = [4]string{"QzF3n6/9CAtpu0O", "B1IREhcSyrleKvMW8LXx", "7N-dVbwsY2g4oaJZGUDj", "iHkq.mPf5T"}
	juniperAlphabet = strings.Join(juniperFamilies[:], "")
	juniperWeights  = [7][]int{{1, 4, 32}, {1, 16, 32}, {1, 8, 32}, {1, 64}, {1, 32}, {1, 4, 16, 128}, {1, 32, 64}}
)

// JuniperType9 returns plain (printable ASCII) as a Junos "$9$" string
// with a random salt and filler.
func (g *Gen) JuniperType9(plain string) string {
	family := g.r.IntN(len(juniperFamilies))
	salt := g.String(juniperFamilies[family], 1)
	var b strings.Builder
	b.WriteString("$" + "9$" + salt + g.String(juniperAlphabet, 3-family))
	prev := strings.IndexByte(juniperAlphabet, salt[0])
	for pos := 0; pos < len(plain); pos++ {
		weights := juniperWeights[pos%len(juniperWeights)]
		gaps := make([]int, len(weights))
		v := int(plain[pos])
		for i := len(weights) - 1; i >= 0; i-- {
			gaps[i], v = v/weights[i], v%weights[i]
		}
		for _, gap := range gaps {
			prev = (prev + gap + 1) % len(juniperAlphabet)
			b.WriteByte(juniperAlphabet[prev])
		}
	}
	return b.String()
}
