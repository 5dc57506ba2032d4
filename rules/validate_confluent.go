package rules

import (
	"strings"
)

// confluentBodyLen is the length of a Confluent API secret after "cflt":
// 54 random characters and a 6-character checksum.
const confluentBodyLen = 60

// checkConfluentSecret checks a cflt secret: its last 6 characters are the
// unpadded standard base64 of the little-endian CRC32 (IEEE) of the 54
// characters before them.
func checkConfluentSecret(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "cflt")
	if !ok || len(body) != confluentBodyLen {
		return Check{}
	}
	payload, sum, _ := crcBase64LE.split(body)
	return Check{OK: crcBase64LE.verify(payload, sum)}
}
