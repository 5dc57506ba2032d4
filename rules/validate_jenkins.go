package rules

import "encoding/binary"

// checkJenkinsSecret checks a Jenkins hudson.util.Secret in its serialised
// form (the base64 inside {...} in credentials.xml and job config.xml,
// Secret.getEncryptedValue): payload version 1, a 4-byte IV length of 16,
// a 4-byte length of the AES-CBC data, the IV, then the data, a non-empty
// multiple of the 16-byte block size, ending the payload exactly.
func checkJenkinsSecret(secret []byte) Check {
	raw, ok := decodeBase64(string(secret), b64Std)
	if !ok || len(raw) < 9 || raw[0] != 1 {
		return Check{}
	}
	ivLen := binary.BigEndian.Uint32(raw[1:5])
	dataLen := binary.BigEndian.Uint32(raw[5:9])
	if ivLen != 16 || dataLen == 0 || dataLen%16 != 0 {
		return Check{}
	}
	return Check{OK: uint64(len(raw)) == 9+uint64(ivLen)+uint64(dataLen)}
}
