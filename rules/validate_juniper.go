package rules

import "strings"

// Juniper Junos stores shared secrets it must send in clear (RADIUS, BGP,
// IKE, SNMP) as "$9$" strings: a keyless substitution that anyone can
// reverse, so a $9$ string is as good as the secret itself. The format:
// after "$9$", a salt character, as many filler characters as the salt's
// family says, then each byte of the secret as a group of characters whose
// distances in the alphabet, weighted, add up to it.

// juniperFamilies are the four families of the $9$ alphabet; a salt in
// family i is followed by 3-i filler characters.
var juniperFamilies = [4]string{"QzF3n6/9CAtpu0O", "B1IREhcSyrleKvMW8LXx", "7N-dVbwsY2g4oaJZGUDj", "iHkq.mPf5T"}

// juniperAlphabet is the families joined: a character's index in it is
// its place on the 65-character wheel the distances are taken on.
var juniperAlphabet = strings.Join(juniperFamilies[:], "")

// juniperWeights are the weights of the distances of each group of
// characters, used in turn for the secret's bytes.
var juniperWeights = [7][]int{{1, 4, 32}, {1, 16, 32}, {1, 8, 32}, {1, 64}, {1, 32}, {1, 4, 16, 128}, {1, 32, 64}}

// checkJuniperType9 decodes a "$9$" string and accepts it when it decodes
// whole to printable text that is not a documentation stand-in: random
// text in the alphabet seldom splits into whole groups of bytes that are
// all printable.
func checkJuniperType9(secret []byte) Check {
	plain, ok := decodeJuniperType9(string(secret))
	if !ok || plain == "" || dbPlaceholderPasswords[strings.ToLower(plain)] {
		return Check{}
	}
	return Check{OK: true}
}

// decodeJuniperType9 reverses a "$9$" string, or reports that it is not one.
func decodeJuniperType9(s string) (string, bool) {
	rest, ok := strings.CutPrefix(s, "$9$")
	if !ok || rest == "" {
		return "", false
	}
	prev := rest[0]
	filler := -1
	for i, f := range juniperFamilies {
		if strings.IndexByte(f, prev) >= 0 {
			filler = 3 - i
		}
	}
	if filler < 0 || len(rest) < 1+filler {
		return "", false
	}
	rest = rest[1+filler:]
	var out strings.Builder
	for rest != "" {
		weights := juniperWeights[out.Len()%len(juniperWeights)]
		if len(rest) < len(weights) {
			return "", false
		}
		n := 0
		for i, w := range weights {
			gap, ok := juniperGap(prev, rest[i])
			if !ok {
				return "", false
			}
			n += gap * w
			prev = rest[i]
		}
		if n < 0x20 || n >= 0x7f {
			return "", false
		}
		out.WriteByte(byte(n))
		rest = rest[len(weights):]
	}
	return out.String(), true
}

// juniperGap returns the distance from a to b on the alphabet's wheel,
// less one, which must not be negative.
func juniperGap(a, b byte) (int, bool) {
	i, j := strings.IndexByte(juniperAlphabet, a), strings.IndexByte(juniperAlphabet, b)
	if i < 0 || j < 0 {
		return 0, false
	}
	gap := (j-i+len(juniperAlphabet))%len(juniperAlphabet) - 1
	return gap, gap >= 0
}
