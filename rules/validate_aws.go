package rules

import (
	"encoding/base32"
	"encoding/binary"
	"fmt"
	"regexp"
	"strings"
)

// maxAWSAccountID is the largest twelve-digit AWS account id.
const maxAWSAccountID = 999_999_999_999

// checkAWSAccessKeyID decodes the AWS account id from an access key id.
// The 16 characters after the four-letter prefix are base32 (RFC 4648);
// in keys issued since about 2019 the first decoded bit is set and the
// next 40 bits, shifted left by 7, are the account id. Older keys (fifth
// character A-P) carry no account id and pass without an owner. A new
// style key whose decoded id has more than twelve digits cannot be real.
func checkAWSAccessKeyID(secret []byte) Check {
	account, ok, err := awsAccountID(string(secret))
	if err != nil {
		return Check{}
	}
	if !ok {
		return Check{OK: true}
	}
	if account > maxAWSAccountID {
		return Check{}
	}
	return Check{OK: true, Owner: fmt.Sprintf("AWS account %012d", account)}
}

// awsAccountID returns the account id encoded in keyID; ok is false for
// old-style keys that encode none.
func awsAccountID(keyID string) (account uint64, ok bool, err error) {
	if len(keyID) != 20 {
		return 0, false, fmt.Errorf("aws key id: length %d, want 20", len(keyID))
	}
	raw, err := base32.StdEncoding.DecodeString(keyID[4:])
	if err != nil {
		return 0, false, fmt.Errorf("aws key id: %w", err)
	}
	var buf [8]byte
	copy(buf[2:], raw[:6])
	n := binary.BigEndian.Uint64(buf[:])
	if n&(1<<47) == 0 {
		return 0, false, nil
	}
	return (n & 0x7fff_ffff_ff80) >> 7, true, nil
}

// checkAWSSecretAccessKey drops 40-character values that cannot be a
// random base64 secret: hex digests (git SHAs) and single-case words.
func checkAWSSecretAccessKey(secret []byte) Check {
	var upper, lower, digit bool
	for _, c := range secret {
		switch {
		case c >= 'A' && c <= 'Z':
			upper = true
		case c >= 'a' && c <= 'z':
			lower = true
		case c >= '0' && c <= '9':
			digit = true
		}
	}
	return Check{OK: upper && lower && digit}
}

// bedrockAccount finds the AWS account id in a decoded long-term key.
var bedrockAccount = regexp.MustCompile(`-at-(\d{12})(?:\D|$)`)

// checkBedrockLongTermKey decodes an ABSK key: after the prefix it is the
// base64 of "BedrockAPIKey-<id>-at-<account>:<secret>", all printable
// text. A stand-in that only keeps the encoded prefix (ABSKQmVk…EXAMPLE…,
// or random letters after it) decodes to binary and is turned down. The
// account id, when present, is reported as the owner.
func checkBedrockLongTermKey(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "ABSK")
	if !ok {
		return Check{}
	}
	raw, ok := decodeBase64(body, b64Std)
	decoded := string(raw)
	if !ok || !strings.HasPrefix(decoded, "BedrockAPIKey-") || !printableASCII(raw) {
		return Check{}
	}
	c := Check{OK: true}
	if m := bedrockAccount.FindStringSubmatch(decoded); m != nil {
		c.Owner = m[1]
	}
	return c
}

// checkBedrockShortTermKey decodes a short-term Bedrock key: after its
// prefix it is the base64 of a presigned bedrock.amazonaws.com URL that
// carries SigV4 query parameters.
func checkBedrockShortTermKey(secret []byte) Check {
	body, ok := strings.CutPrefix(string(secret), "bedrock-api-key-")
	if !ok {
		return Check{}
	}
	raw, ok := decodeBase64(body, b64Std)
	decoded := string(raw)
	if !ok || !strings.HasPrefix(decoded, "bedrock.amazonaws.com/") {
		return Check{}
	}
	return Check{OK: strings.Contains(decoded, "X-Amz-Credential=") || strings.Contains(decoded, "X-Amz-Signature=")}
}
