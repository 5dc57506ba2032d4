package rules

import "crypto/sha256"

// publishedSampleDigests are the SHA-256 digests of credentials a provider
// prints as the example of its own API reference, which its SDKs then ship
// verbatim in their copy of the OpenAPI document: the value is public, so
// each vendored copy would be a finding that protects nothing. A digest is
// kept, not the value, so the source holds no token.
var publishedSampleDigests = map[[sha256.Size]byte]bool{
	// OpenAI's Realtime client secret (ek_ and 32 hex): the "value" of
	// the example response of POST /realtime/client_secrets and of the
	// session response object in OpenAI's OpenAPI document (x-oaiMeta,
	// expires_at 1756310470), which openai-python and openai-node ship as
	// api_reference/openapi.transformed.yml, four times each.
	{0x78, 0x7a, 0x1c, 0x94, 0x3e, 0xa9, 0x35, 0xda, 0xaf, 0x38, 0x8e, 0xf7, 0x61, 0xc5, 0x6e, 0x2a,
		0x8b, 0xb5, 0x26, 0x5a, 0x90, 0xc1, 0xdc, 0xf4, 0xf5, 0x45, 0xac, 0xbf, 0xce, 0xc9, 0x43, 0xc4}: true,
}

// publishedSampleLengths are the lengths of the samples above: only a
// secret of one of them is hashed.
var publishedSampleLengths = map[int]bool{35: true}

// publishedSample reports whether secret is one of the published samples.
func publishedSample(secret []byte) bool {
	return publishedSampleLengths[len(secret)] && publishedSampleDigests[sha256.Sum256(secret)]
}
