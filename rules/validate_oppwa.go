package rules

import "bytes"

// checkOPPWAAccessToken checks an access token of ACI Worldwide's Open
// Payment Platform (oppwa.com; HyperPay, Peach Payments and Total
// Processing run on it): standard base64 of the 32 lower-case hex digits of
// a user id, which starts 8a, a '|' and the user's password. The user id is
// the owner hint.
func checkOPPWAAccessToken(secret []byte) Check {
	raw, ok := decodeBase64(string(secret), b64Std)
	if !ok {
		return Check{}
	}
	id, password, found := bytes.Cut(raw, []byte("|"))
	if !found || !lowerHex32.Match(id) || !bytes.HasPrefix(id, []byte("8a")) ||
		len(password) < 6 || len(password) > 64 || !printableASCII(password) || bytes.IndexByte(password, ' ') >= 0 {
		return Check{}
	}
	return Check{OK: true, Owner: "oppwa user " + string(id)}
}
