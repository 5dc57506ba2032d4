package rules

import (
	"encoding/binary"
	"errors"
	"fmt"

	"golang.org/x/crypto/ssh"
)

// puttyPublicType returns the algorithm a .ppk public blob names. Keys Go's
// ssh package parses are parsed; PuTTYgen also writes keys it does not
// (ssh-dss, ssh-ed448), whose blob is read as the SSH wire format of RFC
// 4253 section 6.6 instead: a run of length-prefixed fields that starts
// with the algorithm name and ends exactly at the end of the blob. The
// Private-MAC then vouches for the rest of an unencrypted key.
func puttyPublicType(blob []byte) (string, error) {
	pub, err := ssh.ParsePublicKey(blob)
	if err == nil {
		return pub.Type(), nil
	}
	fields, werr := sshWireFields(blob)
	if werr != nil || len(fields) < 2 || len(fields[0]) == 0 {
		return "", fmt.Errorf("putty public key: %w", err)
	}
	return string(fields[0]), nil
}

// sshWireFields splits b into its length-prefixed fields.
func sshWireFields(b []byte) ([][]byte, error) {
	var fields [][]byte
	for len(b) > 0 {
		if len(b) < 4 {
			return nil, errors.New("ssh wire: truncated length")
		}
		n := binary.BigEndian.Uint32(b)
		if uint64(n) > uint64(len(b)-4) {
			return nil, errors.New("ssh wire: field past the end")
		}
		fields = append(fields, b[4:4+n])
		b = b[4+n:]
	}
	return fields, nil
}
