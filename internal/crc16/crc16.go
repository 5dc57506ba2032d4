// Package crc16 computes the CRC-16 checksums that credential formats
// carry (the standard library has CRC-32 and CRC-64 only): one
// implementation for the rules' validators and the generators of their
// test cases.
package crc16

// XModem returns the CRC-16/XMODEM of b: polynomial 0x1021, initial value
// 0, no reflection, as NATS NKEYs carry it.
func XModem(b []byte) uint16 {
	var crc uint16
	for _, c := range b {
		crc ^= uint16(c) << 8
		for range 8 {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return crc
}
