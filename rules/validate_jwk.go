package rules

import (
	"regexp"
)

// jwkMember is one member of a flat JSON (or JavaScript, or escaped JSON)
// object: a name, quoted or not, and a quoted string value.
var jwkMember = regexp.MustCompile(`\\?["']?([A-Za-z_]\w{0,20})\\?["']?\s*:\s*\\?["']([^"'\\]*)\\?["']`)

// jwkSampleDigests are the SHA-256 digests (of the base64url text) of the
// private members ("d", or "k" of a symmetric key) of the sample keys the
// JOSE RFCs print: RFC 7515 appendix A.1 (HMAC key), RFC 7517 appendices
// A.2 (P-256), A.3 (AES key wrap key) and C.1 (RSA, juliet@capulet.lit), RFC 7520 section 3.2
// (P-521, bilbo.baggins@hobbiton.example) and RFC 8037 appendix A.1
// (Ed25519). Copies of them in tests and docs are not leaks.
var jwkSampleDigests = map[string]bool{
	"8b1b17a9740c068accab5c3d0d652c8e3cc13206e70bb73b42ea41d4c2de3c12": true,
	"a45404ae333dd955dcff82cf28972e0f81b1e673cb70e2fc2d7d0d4c42a893bc": true,
	"deeda324b508f83b25fa926ca22c040924ab6e85450e1cfe7133596d8b600b7f": true,
	"243cd6766dfc55feb19c57a662e8e712c0a37e6c44a00467255e0b4ac21182b7": true,
	"190edf59d5736c3b3ea6bb36d57f5eb415a9b79f3201b381b8f3cb089135981f": true,
	"57afc11665beb68de7ccd6df1b38453be8682ac63bb8ccdf67cce63c2db9afd2": true,
}

// checkJWKPrivate checks a JSON Web Key object (RFC 7517) for private key
// material: kty RSA, EC or OKP with a private exponent or scalar "d" of the
// length its key type gives (RFC 7518 sections 6.2.2 and 6.3.2, RFC 8037
// section 2), or kty oct with a key "k" of at least 16 bytes (RFC 7518
// section 6.4). Every member it reads must be base64url without padding
// and random-looking; the RFCs' own sample keys are turned down.
func checkJWKPrivate(secret []byte) Check { return jwkCheck(secret, jwkSampleDigests) }

// jwkCheck is checkJWKPrivate with the digests of known sample keys given.
func jwkCheck(secret []byte, samples map[string]bool) Check {
	members := map[string]string{}
	for _, m := range jwkMember.FindAllSubmatch(secret, -1) {
		members[string(m[1])] = string(m[2])
	}
	private := "d"
	if members["kty"] == "oct" {
		private = "k"
	}
	value, ok := members[private]
	if !ok || samples[sha256Hex(value)] {
		return Check{}
	}
	raw, ok := jwkBytes(value)
	if !ok || !jwkRandom(value) {
		return Check{}
	}
	return Check{OK: jwkSizeFits(members, len(raw))}
}

// jwkSizeFits says whether a private member of n bytes fits the key type.
func jwkSizeFits(members map[string]string, n int) bool {
	switch members["kty"] {
	case "oct":
		return n >= 16
	case "EC":
		return n >= 28 && n <= 66
	case "OKP":
		return n == 32 || n == 56 || n == 57
	case "RSA":
		modulus, ok := jwkBytes(members["n"])
		return ok && n >= 64 && len(modulus) >= 64 && n <= len(modulus)+1
	}
	return false
}

// jwkBytes decodes a base64url member (RFC 7515 section 2: no padding).
func jwkBytes(value string) ([]byte, bool) {
	if value == "" {
		return nil, false
	}
	return decodeBase64(value, b64URL)
}

// jwkRandom turns down toy members: runs of one character, short cycles.
func jwkRandom(value string) bool {
	threshold := 3.0
	if len(value) >= 40 {
		threshold = 4.0
	}
	return Entropy([]byte(value)) >= threshold
}
