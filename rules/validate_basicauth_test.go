package rules

import (
	"encoding/base64"
	"testing"
)

func TestBase64Credentials(t *testing.T) {
	enc := base64.StdEncoding.EncodeToString
	wantCheck(t, "pair", checkNamed(t, "basic-auth-pair", enc([]byte("deploy:s3cr3t-Pass"))), true, "", "deploy")
	wantCheck(t, "no colon", checkNamed(t, "basic-auth-pair", enc([]byte("deploy"))), false, "", "")
	wantCheck(t, "placeholder", checkNamed(t, "basic-auth-pair", enc([]byte("user:${PASSWORD}"))), false, "", "")
	wantCheck(t, "binary", checkNamed(t, "basic-auth-pair", enc([]byte{0, 1, 2, ':', 3, 4, 5, 6})), false, "", "")
	wantCheck(t, "password", checkNamed(t, "base64-printable", enc([]byte("n0t-a-real-pw"))), true, "", "")
	wantCheck(t, "pair via printable", checkNamed(t, "base64-printable", enc([]byte("ci:n0t-a-real-pw"))), true, "", "ci")
	wantCheck(t, "short", checkNamed(t, "base64-printable", enc([]byte("abc"))), false, "", "")
}
