package rules

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"hash/crc32"
	"strconv"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// TestEncodeAlphabet checks the checksum encoding against the vectors of
// Microsoft's CustomAlphabetEncoder tests (base62 alphabet).
func TestEncodeAlphabet(t *testing.T) {
	const base62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	for n, want := range map[uint32]string{4294967295: "4gfFC3", 2883656711: "399Wq7", 61: "00000z"} {
		if got := encodeAlphabet(n, base62, 6); got != want {
			t.Errorf("encodeAlphabet(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestCRCSum checks each checksum layout against an independent
// computation: strconv for the numeric ones, the byte encodings for the
// little-endian ones.
func TestCRCSum(t *testing.T) {
	payload := fake.New(3).Alnum(30)
	crc := crc32.ChecksumIEEE([]byte(payload))
	le := binary.LittleEndian.AppendUint32(nil, crc)
	pad := func(s string, n int) string { return strings.Repeat("0", n-len(s)) + s }
	for name, tc := range map[string]struct {
		f    crcSum
		want string
	}{
		"base36": {crcBase36, pad(strconv.FormatUint(uint64(crc), 36), 7)},
		"hex":    {crcHex, pad(strings.ToUpper(strconv.FormatUint(uint64(crc), 16)), 8)},
		"hexLE":  {crcHexLE, hex.EncodeToString(le)},
		"b64LE":  {crcBase64LE, base64.RawStdEncoding.EncodeToString(le)},
		"base62": {crcBase62, fake.Base62CRC32(payload)[len(fake.Base62CRC32(payload))-6:]},
	} {
		if got := tc.f.encode(crc); got != tc.want {
			t.Errorf("%s: encode = %q, want %q", name, got, tc.want)
		}
		if !tc.f.verify(payload, tc.want) || tc.f.verify(payload+"x", tc.want) || tc.f.verify(payload, tc.want[1:]) {
			t.Errorf("%s: verify wrong", name)
		}
		if flipped := strings.ToLower(tc.want); flipped != tc.want && tc.f.verify(payload, flipped) != tc.f.foldCase {
			t.Errorf("%s: case folding is %v, want %v", name, !tc.f.foldCase, tc.f.foldCase)
		}
		body, sum, ok := tc.f.split(payload + tc.want)
		if !ok || body != payload || sum != tc.want {
			t.Errorf("%s: split = %q %q %v", name, body, sum, ok)
		}
		if _, _, ok := tc.f.split(tc.want); ok {
			t.Errorf("%s: split of the sum alone succeeds", name)
		}
	}
}
