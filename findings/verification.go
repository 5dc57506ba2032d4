package findings

// Verification statuses.
const (
	// VerifyValid: the provider accepted the credential.
	VerifyValid = "valid"
	// VerifyInvalid: the provider refused the credential.
	VerifyInvalid = "invalid"
	// VerifyError: the check could not decide (timeout, 5xx, rate limit).
	VerifyError = "error"
	// VerifySkipped: no check was made (no verifier for the rule, a
	// private address, the budget spent).
	VerifySkipped = "skipped"
)

// Verification is what a live check against the provider said about a
// finding's secret. It never holds the secret itself.
type Verification struct {
	// Status is one of VerifyValid, VerifyInvalid, VerifyError, VerifySkipped.
	Status string `json:"status"`
	// Detail says briefly why (an HTTP status, "no verifier for this rule").
	Detail string `json:"detail,omitempty"`
	// Identity is who or what the credential belongs to, where the
	// provider's answer says it: account, user, org, project, scopes.
	Identity map[string]string `json:"identity,omitempty"`
}
