package rules

import "strings"

// checkPackagistCRC32 checks Private Packagist authentication tokens
// (packagist_ort_, packagist_out_, packagist_uut_, ...): 60 random hex
// digits then eight lower-case hex digits, the CRC32 of the prefix and the
// random part (https://packagist.com/docs/composer-authentication#token-format).
func checkPackagistCRC32(secret []byte) Check {
	body, sum, ok := crcHexLower.split(string(secret))
	return Check{OK: ok && crcHexLower.verify(body, sum)}
}

// checkSynapseCRC32 checks Matrix Synapse access and refresh tokens
// (syt_ or syr_, the base64 localpart, 20 random letters): the text after
// the last underscore is the six-digit base62 CRC32 of everything before
// that underscore (synapse/handlers/auth.py, generate_access_token).
func checkSynapseCRC32(secret []byte) Check {
	s := string(secret)
	i := strings.LastIndexByte(s, '_')
	if i < 0 {
		return Check{}
	}
	return Check{OK: crcBase62.verify(s[:i], s[i+1:])}
}
