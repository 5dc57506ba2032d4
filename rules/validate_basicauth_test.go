package rules

import (
	"encoding/base64"
	"testing"
)

func TestBase64Credentials(t *testing.T) {
	enc := base64.StdEncoding.EncodeToString
	vcsWant(t, "pair", vcsCheck(t, "basic-auth-pair", enc([]byte("deploy:s3cr3t-Pass"))), true, "", "deploy")
	vcsWant(t, "no colon", vcsCheck(t, "basic-auth-pair", enc([]byte("deploy"))), false, "", "")
	vcsWant(t, "placeholder", vcsCheck(t, "basic-auth-pair", enc([]byte("user:${PASSWORD}"))), false, "", "")
	vcsWant(t, "binary", vcsCheck(t, "basic-auth-pair", enc([]byte{0, 1, 2, ':', 3, 4, 5, 6})), false, "", "")
	vcsWant(t, "password", vcsCheck(t, "base64-printable", enc([]byte("n0t-a-real-pw"))), true, "", "")
	vcsWant(t, "pair via printable", vcsCheck(t, "base64-printable", enc([]byte("ci:n0t-a-real-pw"))), true, "", "ci")
	vcsWant(t, "short", vcsCheck(t, "base64-printable", enc([]byte("abc"))), false, "", "")
}
