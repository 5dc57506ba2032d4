package rules

// publishedSample is a credential its provider publishes, in its docs or
// its SDK's sources: copied into samples, CI configs and vendored API
// documents, it protects nothing, so IsPlaceholder treats it as a
// stand-in wherever a rule finds it. Only its SHA-256 is kept, so the
// source holds no token.
type publishedSample struct {
	length int    // bytes of the credential: only a secret of this length is hashed
	sha256 string // hex digest of the credential
}

// publishedSamples lists them, by where they are published.
var publishedSamples = []publishedSample{
	// the account key the Azure Storage Emulator and Azurite accept for
	// devstoreaccount1 (learn.microsoft.com/azure/storage/common/
	// storage-use-azurite#http-connection-strings)
	{88, "0011cc25eb4320717494d2703e8cba85743e71b500283c21c8b88147992f9059"},
	// the single fixed key of the Azure Cosmos DB emulator
	// (learn.microsoft.com/azure/cosmos-db/emulator#authentication)
	{88, "aa6547439583c3a275d4542a0df6c1ad6a863971be9f2a2220f027cc02aef615"},
	// OpenAI's Realtime client secret (ek_ and 32 hex), the "value" of the
	// example response of POST /realtime/client_secrets in OpenAI's OpenAPI
	// document, which openai-python and openai-node ship four times each
	{35, "787a1c943ea935daaf388ef761c56e2a8bb5265a90c1dcf4f545acbfcec943c4"},
	// the Google API keys of Google's sample projects in the Firebase
	// Android SDK's sources and tests, copied into every fork of it
	// (gitleaks lists them as known non-secrets of its gcp-api-key rule)
	{39, "f56e323494a6ffc2064e7a955908957d84f0755e5f975dabd64328d0359a8f7c"},
	{39, "2037abcaffb2b77785da716cf7ccff4ff4d00c4ea930db0167b7d71f50af7eb4"},
	{39, "3f370c9dd8225c63b5c77de1f785edc9712958f18bb612d5fa2e0ae33aeca682"},
	{39, "e4a5542bb7fd7b67e943c71ad29c34b5972c9840597e7eda53e666f44d5da0b9"},
	{39, "a19f89ab3555eac10c40741f6df79ecf0935998f15569f8db9d67bce0181fff6"},
	{39, "0b476bdf9acf2123d547b5ae76f1e59884d8ec9553ee0c47e9f31fd4768f3f3c"},
	{39, "eb540d2b6ee2a0a47c5779bc8a0141784c6b753840d4c6f4e2428a6e86e9e0b1"},
	{39, "37f8f09bdf12c2f2eae4ead7273a62ddb0c23459cbf902892f282b57f7ed6619"},
	{39, "8731261cb72d86267a32a532ebd3df429e2144e5e4ced7e13568bc9e6c8fb1b1"},
	{39, "49f777db995e8260da7ca9ffdf0c08d66f0453e97ec967018baf2cdfe3b582d0"},
	{39, "27a9a42931dff7eb2f8434e20a9bce976ea364e7bee49187f19d5cfeca9c7045"},
	{39, "dc0fcf046c61640cbd1e8b999ada3262d722c2ca4bf42dceac999020ffdbb614"},
	{39, "4c98242dcadc8b29005c6b4aad526552d5ea1842149154c0694adeec75847583"},
	{39, "ea9bb1082cf95663f5faca23b8b15ef2aa0fce0a5c6df9c32dcb85b2e0a4513d"},
	{39, "3a8b61d0f636b007840c0d40ba12bcf48465dc054cdc1a68704a33521d84b665"},
	{39, "a6c814bc555ae62c7bd8b58ec07bf559c7ed3a009976a1e0acc9cef0d4473b41"},
	// the API key of Pdfcrowd's "demo" account, which every example of its
	// SDKs and API docs passes with that username (pdfcrowd.com/api/)
	{32, "221c77fb8e37e83a1bc7db778584ad238387bd7afaadd96ba2084e003e568a53"},
	// the secret of the test API token DocSpring's API docs and SDK
	// examples configure (docspring.com/docs/api)
	{43, "f3bd2e35c6958b5ea9b5335238c73754882adc44806d41f7914fc39d85f03893"},
}

// isPublishedSample reports whether secret is one of publishedSamples. A
// secret is hashed at most once, and only when a sample has its length.
func isPublishedSample(secret []byte) bool {
	var sum string
	for _, p := range publishedSamples {
		if len(secret) != p.length {
			continue
		}
		if sum == "" {
			sum = sha256Hex(string(secret))
		}
		if sum == p.sha256 {
			return true
		}
	}
	return false
}
