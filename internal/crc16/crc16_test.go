package crc16

import "testing"

// TestXModemCheckValue checks the catalogue's check value of
// CRC-16/XMODEM: the checksum of "123456789" is 0x31C3.
func TestXModemCheckValue(t *testing.T) {
	if got := XModem([]byte("123456789")); got != 0x31c3 {
		t.Errorf("XModem(123456789) = %#04x, want 0x31c3", got)
	}
	if got := XModem(nil); got != 0 {
		t.Errorf("XModem(nil) = %#04x, want 0", got)
	}
}
