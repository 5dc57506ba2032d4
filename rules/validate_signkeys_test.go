package rules

import (
	"encoding/base64"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestSigningKeyFile(t *testing.T) {
	g := fake.New(13)
	enc := func(parts ...[]byte) string {
		var b []byte
		for _, p := range parts {
			b = append(b, p...)
		}
		return base64.StdEncoding.EncodeToString(b)
	}
	tag := append([]byte("== ed25519v1-"+"secret: type0 =="), 0, 0, 0)
	for _, tc := range []struct {
		label, secret string
		ok            bool
	}{
		{"minisign encrypted", enc([]byte("EdScB2"), g.Bytes(152)), true},
		{"minisign passwordless", enc([]byte("Ed\x00\x00B2"), g.Bytes(152)), true},
		{"minisign other KDF", enc([]byte("EdXXB2"), g.Bytes(152)), false},
		{"minisign short", enc([]byte("EdScB2"), g.Bytes(150)), false},
		{"minisign zero key", enc([]byte("EdScB2"), g.Bytes(48), make([]byte, 104)), false},
		{"signify", enc([]byte("EdBK"), g.Bytes(100)), true},
		{"signify long", enc([]byte("EdBK"), g.Bytes(103)), false},
		{"tor", enc(tag, g.Bytes(64)), true},
		{"tor other tag", enc([]byte("== ed25519v1-public: type0 ==\x00\x00\x00"), g.Bytes(64)), false},
		{"tor zero key", enc(tag, make([]byte, 64)), false},
		{"not base64", "RWRTY0Iy*", false},
	} {
		wantCheck(t, tc.label, checkNamed(t, "signing-key-file", tc.secret), tc.ok, "", "")
	}
}
