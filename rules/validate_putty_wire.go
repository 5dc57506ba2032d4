package rules

import (
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
	r := sshReader{b: b}
	var fields [][]byte
	for len(r.b) > 0 && !r.bad {
		fields = append(fields, r.field())
	}
	if r.bad {
		return nil, errors.New("ssh wire: a field runs past the end")
	}
	return fields, nil
}
