package rules

import "strings"

// bech32Letters are the 32 characters of bech32 (BIP 173), in value order.
const bech32Letters = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

// decodeBech32 splits a lower-case bech32 string at its last '1' into the
// human-readable part and the 5-bit data values, checking the six-value
// checksum at the end, which it drops.
func decodeBech32(s string) (hrp string, values []byte, ok bool) {
	sep := strings.LastIndexByte(s, '1')
	if sep < 1 || len(s)-sep-1 < 6 {
		return "", nil, false
	}
	hrp, data := s[:sep], s[sep+1:]
	values = make([]byte, len(data))
	for i := range len(data) {
		d := strings.IndexByte(bech32Letters, data[i])
		if d < 0 {
			return "", nil, false
		}
		values[i] = byte(d)
	}
	if bech32Polymod(append(bech32ExpandHRP(hrp), values...)) != 1 {
		return "", nil, false
	}
	return hrp, values[:len(values)-6], true
}

// bech32Polymod is the BCH checksum over the expanded hrp and the data.
func bech32Polymod(values []byte) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i, g := range gen {
			if (top>>i)&1 == 1 {
				chk ^= g
			}
		}
	}
	return chk
}

// bech32ExpandHRP expands the human-readable part for the checksum.
func bech32ExpandHRP(hrp string) []byte {
	out := make([]byte, 0, 2*len(hrp)+1)
	for i := range len(hrp) {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := range len(hrp) {
		out = append(out, hrp[i]&31)
	}
	return out
}

// bech32Regroup regroups 5-bit values into bytes, rejecting non-zero padding.
func bech32Regroup(values []byte, from, to uint) ([]byte, bool) {
	var acc, bits uint
	var out []byte
	for _, v := range values {
		acc = acc<<from | uint(v)
		bits += from
		for bits >= to {
			bits -= to
			out = append(out, byte(acc>>bits&(1<<to-1)))
		}
	}
	if bits >= from || acc&(1<<bits-1) != 0 {
		return nil, false
	}
	return out, true
}
