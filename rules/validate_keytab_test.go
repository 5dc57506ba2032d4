package rules

import (
	"encoding/base64"
	"encoding/binary"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

// testKeytab is base64 of a keytab with one entry for HTTP/web@EXAMPLE.COM
// of encryption type etype and key key.
func testKeytab(etype uint16, key []byte, realm string) string {
	counted := func(b []byte) []byte { return append(binary.BigEndian.AppendUint16(nil, uint16(len(b))), b...) }
	e := binary.BigEndian.AppendUint16(nil, 2)
	e = append(e, counted([]byte(realm))...)
	e = append(e, counted([]byte("HTTP"))...)
	e = append(e, counted([]byte("web.example.com"))...)
	e = binary.BigEndian.AppendUint32(e, 1)
	e = binary.BigEndian.AppendUint32(e, 1700000000)
	e = append(e, 3)
	e = binary.BigEndian.AppendUint16(e, etype)
	e = append(e, counted(key)...)
	kt := binary.BigEndian.AppendUint32([]byte{5, 2}, uint32(len(e)))
	return base64.StdEncoding.EncodeToString(append(kt, e...))
}

func TestKeytab(t *testing.T) {
	g := fake.New(19)
	for _, tc := range []struct {
		label, secret string
		ok            bool
	}{
		{"aes256", testKeytab(18, g.Bytes(32), "EXAMPLE.COM"), true},
		{"rc4", testKeytab(23, g.Bytes(16), "CORP.EXAMPLE"), true},
		{"aes256 with a short key", testKeytab(18, g.Bytes(16), "EXAMPLE.COM"), false},
		{"unknown type", testKeytab(99, g.Bytes(32), "EXAMPLE.COM"), false},
		{"zero key", testKeytab(18, make([]byte, 32), "EXAMPLE.COM"), false},
		{"binary realm", testKeytab(18, g.Bytes(32), "EX\x00MPLE"), false},
		{"truncated", testKeytab(18, g.Bytes(32), "EXAMPLE.COM")[:60], false},
		{"not base64", "BQIAAA*", false},
	} {
		wantCheck(t, tc.label, checkNamed(t, "kerberos-keytab", tc.secret), tc.ok, "", "")
	}
}
