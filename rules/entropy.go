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

// hexEntropyFloors holds, by length, about the 0.5 % quantile of the
// entropy of random hex (measured on 60,000 strings per length). Hex has 16
// symbols, so a random hex key scores well under a random base64 key of the
// same length: a floor of 3.5 bits, set for mixed-case tokens, turns down
// one random 32-character hex key in five.
var hexEntropyFloors = []struct {
	length int
	bits   float64
}{
	{32, 3.22}, {40, 3.36}, {48, 3.47}, {64, 3.61}, {96, 3.74}, {128, 3.81},
}

// minHexFloorLength is the shortest hex value whose floor is lowered: a
// shorter one is too often a short hash or an id (cfn-lint's schema
// digests are 16 hex characters under names ending in Key).
const minHexFloorLength = 32

// entropyFloor returns the least entropy a secret must have to be
// reported by r. A generic rule's floor was set for tokens of mixed
// alphabets; a hex secret (one case, UUID dashes allowed) of
// minHexFloorLength bytes or more cannot score that high, so it gets the
// floor random hex of its length reaches 99.5 % of the time, when that is
// lower. A provider's rule knows its alphabet and keeps its own floor: a
// hex blob where its tokens are mixed-case is not one of them. The floor
// is never raised.
func entropyFloor(r *Rule, secret []byte) float64 {
	if r.Category != "generic" || len(secret) < minHexFloorLength || !isHexOfOneCase(secret) {
		return r.Entropy
	}
	floor := hexEntropyFloors[len(hexEntropyFloors)-1].bits
	for i, f := range hexEntropyFloors {
		if len(secret) <= f.length {
			floor = f.bits
			if i > 0 { // interpolate between the lengths measured
				prev := hexEntropyFloors[i-1]
				floor = prev.bits + (f.bits-prev.bits)*float64(len(secret)-prev.length)/float64(f.length-prev.length)
			}
			break
		}
	}
	return min(r.Entropy, floor)
}

// isHexOfOneCase reports whether b is hex digits, letters of one case and
// digits both present, with at most four '-' between them (a UUID's
// dashes). A run of digits alone is a number, not hex.
func isHexOfOneCase(b []byte) bool {
	var digits, lower, upper, dashes int
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c >= 'a' && c <= 'f':
			lower++
		case c >= 'A' && c <= 'F':
			upper++
		case c == '-' && dashes < 4:
			dashes++
		default:
			return false
		}
	}
	return digits > 0 && (lower == 0) != (upper == 0)
}
