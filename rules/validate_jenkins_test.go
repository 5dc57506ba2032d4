package rules

import (
	"encoding/base64"
	"encoding/binary"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestJenkinsSecret(t *testing.T) {
	g := fake.New(11)
	payload := func(version byte, ivLen, declared, ivn, n int) string {
		head := make([]byte, 9)
		head[0] = version
		binary.BigEndian.PutUint32(head[1:5], uint32(ivLen))
		binary.BigEndian.PutUint32(head[5:9], uint32(declared))
		return base64.StdEncoding.EncodeToString(append(append(head, g.Bytes(ivn)...), g.Bytes(n)...))
	}
	for _, tc := range []struct {
		label, secret string
		ok            bool
	}{
		{"one block", payload(1, 16, 16, 16, 16), true},
		{"three blocks", payload(1, 16, 48, 16, 48), true},
		{"declared length differs", payload(1, 16, 48, 16, 32), false},
		{"not whole blocks", payload(1, 16, 20, 16, 20), false},
		{"no data", payload(1, 16, 0, 16, 0), false},
		{"other IV length", payload(1, 12, 16, 12, 16), false},
		{"version 2", payload(2, 16, 16, 16, 16), false},
		{"not base64", "AQAAABAAAA*", false},
	} {
		wantCheck(t, tc.label, checkNamed(t, "jenkins-secret", tc.secret), tc.ok, "", "")
	}
}
