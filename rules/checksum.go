package rules

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"slices"
	"strings"
)

// crcSum says how a token writes the CRC32 (IEEE) of its payload in its
// last width characters: as a big-endian number in the digits of an
// alphabet, left-padded with the alphabet's zero, or as an encoding of
// the checksum's little-endian bytes. One function, [crcSum.verify],
// checks every token of this kind.
type crcSum struct {
	width int
	// digits are the digits of a big-endian number, or "" when le is set.
	digits string
	// le encodes the checksum's little-endian bytes.
	le func([]byte) string
	// foldCase accepts the sum in either letter case.
	foldCase bool
}

// The checksum layouts of the tokens keysieve knows.
var (
	// crcBase62 is GitHub's and npm's: six base62 digits.
	crcBase62 = crcSum{width: 6, digits: "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
	// crcBase36 is GitLab's routable tokens': seven base36 digits.
	crcBase36 = crcSum{width: 7, digits: "0123456789abcdefghijklmnopqrstuvwxyz", foldCase: true}
	// crcHex is Atlassian's: eight hex digits.
	crcHex = crcSum{width: 8, digits: "0123456789ABCDEF", foldCase: true}
	// crcHexLower is Cloudflare's scannable credentials': eight lower-case
	// hex digits.
	crcHexLower = crcSum{width: 8, digits: "0123456789abcdef"}
	// crcHexLE is Grafana's service account tokens': the little-endian
	// bytes in lower-case hex.
	crcHexLE = crcSum{width: 8, le: hex.EncodeToString}
	// crcBase64LE is Confluent's: the little-endian bytes in unpadded
	// standard base64.
	crcBase64LE = crcSum{width: 6, le: base64.RawStdEncoding.EncodeToString}
)

// split cuts token into the text before its checksum and the checksum;
// ok is false when the token has no character before its checksum.
func (f crcSum) split(token string) (body, sum string, ok bool) {
	if len(token) <= f.width {
		return "", "", false
	}
	return token[:len(token)-f.width], token[len(token)-f.width:], true
}

// verify reports whether sum is the CRC32 of payload written as f says.
func (f crcSum) verify(payload, sum string) bool {
	if len(sum) != f.width {
		return false
	}
	want := f.encode(crc32.ChecksumIEEE([]byte(payload)))
	if f.foldCase {
		return strings.EqualFold(want, sum)
	}
	return want == sum
}

// encode writes crc as f says.
func (f crcSum) encode(crc uint32) string {
	if f.digits == "" {
		return f.le(binary.LittleEndian.AppendUint32(nil, crc))
	}
	return encodeAlphabet(crc, f.digits, f.width)
}

// encodeAlphabet writes n big-endian in the digits of alphabet, left-padded
// with its first digit to minLength.
func encodeAlphabet(n uint32, alphabet string, minLength int) string {
	base := uint32(len(alphabet))
	var out []byte
	for ; n > 0; n /= base {
		out = append(out, alphabet[n%base])
	}
	for len(out) < minLength {
		out = append(out, alphabet[0])
	}
	slices.Reverse(out)
	return string(out)
}
