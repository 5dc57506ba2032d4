package rules

// Microsoft's common annotated security keys (CASK): 84 base64 characters
// (88 in the long form) with the fixed signature JQQJ9 at offset 52 and a
// provider signature at offsets 76 to 79, as published in Microsoft's
// security-utilities (CommonAnnotatedKey.cs).
const (
	caskProviderOffset = 76
	caskKindOffset     = 57
)

// checkCASKOtherProvider accepts a common annotated key whose provider
// signature no dedicated rule claims: azure-ai-services-key reports the
// standard ACOG keys and azure-devops-pat-annotated the AZDO ones, so the
// same bytes are not reported twice.
func checkCASKOtherProvider(secret []byte) Check {
	if len(secret) != 84 && len(secret) != 88 {
		return Check{}
	}
	switch string(secret[caskProviderOffset : caskProviderOffset+4]) {
	case "AZDO":
		return Check{}
	case "ACOG":
		return Check{OK: len(secret) != 84 || secret[caskKindOffset] != '9'}
	}
	return Check{OK: true}
}
