package rules

import "math"

// Entropy returns the Shannon entropy of b in bits per byte: 0 for a run of
// one byte, up to 8 for uniformly random bytes. Random base64 of 40
// characters scores about 5; English words about 3 to 4.
func Entropy(b []byte) float64 {
	if len(b) == 0 {
		return 0
	}
	var counts [256]int
	for _, c := range b {
		counts[c]++
	}
	n := float64(len(b))
	var h float64
	for _, c := range counts {
		if c > 0 {
			p := float64(c) / n
			h -= p * math.Log2(p)
		}
	}
	return h
}
