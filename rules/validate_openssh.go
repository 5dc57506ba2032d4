package rules

import (
	"bytes"
	"encoding/binary"
)

// opensshMagic starts an "OPENSSH PRIVATE KEY" body (OpenSSH's
// PROTOCOL.key): the magic, then the cipher, KDF and KDF options, the key
// count, the public keys and the private section.
const opensshMagic = "openssh-key-v1\x00"

// wholeOpenSSHKey reports whether body is an unencrypted openssh-key-v1
// key that is whole although Go's ssh package cannot parse it (ssh-dss,
// the sk-* security key types): the private section starts with two equal
// check integers and then names the public key's algorithm. A damaged
// body almost never passes both tests.
func wholeOpenSSHKey(body []byte) bool {
	rest, ok := bytes.CutPrefix(body, []byte(opensshMagic))
	if !ok {
		return false
	}
	r := sshReader{b: rest}
	cipher, _, _ := r.field(), r.field(), r.field()
	if r.bad || string(cipher) != "none" || r.uint32() != 1 {
		return false
	}
	public := sshReader{b: r.field()}
	private := sshReader{b: r.field()}
	keyType := public.field()
	check1, check2 := private.uint32(), private.uint32()
	privType := private.field()
	return !r.bad && len(r.b) == 0 && !public.bad && !private.bad && len(keyType) > 0 &&
		check1 == check2 && bytes.Equal(keyType, privType)
}

// sshReader reads SSH wire-format values (RFC 4251 section 5); bad is set
// once a read runs past the end.
type sshReader struct {
	b   []byte
	bad bool
}

// uint32 reads a big-endian uint32.
func (r *sshReader) uint32() uint32 {
	if len(r.b) < 4 {
		r.bad = true
		return 0
	}
	v := binary.BigEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

// field reads a length-prefixed string.
func (r *sshReader) field() []byte {
	n := r.uint32()
	if r.bad || uint64(n) > uint64(len(r.b)) {
		r.bad = true
		return nil
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}
