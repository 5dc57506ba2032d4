package rules

import "encoding/binary"

// A Kerberos keytab (MIT krb5 doc/formats/keytab_file_format.rst,
// https://web.mit.edu/kerberos/krb5-latest/doc/formats/keytab_file_format.html):
// the version 0x0502, then entries, each a 32-bit size and a principal
// (component count, realm and components as 16-bit counted strings, name
// type), a timestamp, an 8-bit key version and the keyblock (16-bit
// encryption type, 16-bit counted key). Keytabs end up base64 in
// Kubernetes secrets and CI variables.

// keytabKeySizes are the key lengths of the encryption types a keytab
// holds (RFC 3961, 3962, 4757, 6803, 8009): DES, 3DES, AES, RC4, Camellia.
var keytabKeySizes = map[uint16][]int{
	1: {8}, 3: {8}, 16: {24}, 17: {16}, 18: {32}, 19: {16}, 20: {32}, 23: {16}, 24: {16}, 25: {16}, 26: {32},
}

// checkKeytab checks that base64 secret decodes to a keytab whose first
// entry is whole: a printable realm and principal, a known encryption
// type with a key of its size that is not one byte repeated.
func checkKeytab(secret []byte) Check {
	raw, ok := decodeBase64(string(secret), b64Std)
	if !ok || len(raw) < 6 || raw[0] != 5 || raw[1] != 2 {
		return Check{}
	}
	size := int32(binary.BigEndian.Uint32(raw[2:6]))
	if size <= 0 || int(size) > len(raw)-6 {
		return Check{}
	}
	return Check{OK: keytabEntryOK(&keytabReader{b: raw[6 : 6+int(size)]})}
}

// keytabEntryOK parses one entry.
func keytabEntryOK(r *keytabReader) bool {
	n := r.u16()
	if n < 1 || n > 8 || !printableCounted(r.counted()) {
		return false
	}
	for range n {
		if !printableCounted(r.counted()) {
			return false
		}
	}
	r.skip(4 + 4 + 1) // name type, timestamp, key version
	sizes, known := keytabKeySizes[r.u16()]
	key := r.counted()
	if r.bad || !known || Entropy(key) < 2.5 {
		return false
	}
	for _, s := range sizes {
		if len(key) == s {
			return true
		}
	}
	return false
}

// keytabReader reads big-endian fields, remembering a read past the end.
type keytabReader struct {
	b   []byte
	bad bool
}

func (r *keytabReader) skip(n int) []byte {
	if r.bad || n > len(r.b) {
		r.bad = true
		return nil
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *keytabReader) u16() uint16 {
	b := r.skip(2)
	if b == nil {
		return 0
	}
	return binary.BigEndian.Uint16(b)
}

func (r *keytabReader) counted() []byte { return r.skip(int(r.u16())) }

// printableCounted reports a non-empty printable ASCII string.
func printableCounted(b []byte) bool {
	if len(b) == 0 {
		return false
	}
	for _, c := range b {
		if c < 0x20 || c > 0x7e {
			return false
		}
	}
	return true
}
