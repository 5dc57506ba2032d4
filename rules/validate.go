package rules

import (
	"maps"
	"slices"
	"time"
)

// Check is what an offline validator learned about a candidate secret.
type Check struct {
	// OK is false when the candidate fails the format's own check (a bad
	// checksum, a key that does not parse); such candidates are dropped.
	OK bool
	// Severity, when set, replaces the rule's severity (an encrypted
	// private key is less urgent than a bare one).
	Severity Severity
	// Owner is who the secret belongs to, where the format says so.
	Owner string
	// Validated, when set, replaces the validator's name in a finding's
	// `validated` field: "pem-unparsed" says a private key block was
	// reported although its body does not parse.
	Validated string
	// Expires is when the secret stops working, where the format says so
	// (a JWT's exp claim), or zero. A validator does not read the clock:
	// the Matcher judges expiry against its scan time (see [Check.at]).
	Expires time.Time
}

// at applies to c what depends on the time of the scan rather than on the
// secret: a secret that expired before now is reported at low severity.
func (c Check) at(now time.Time) Check {
	if c.OK && !c.Expires.IsZero() && c.Expires.Before(now) {
		c.Severity = Low
	}
	return c
}

// scanClock is the time a Matcher judges expiry against. It is fixed once
// per Matcher: at its first validation, or by [Ruleset.NewMatcherAt].
type scanClock struct{ now time.Time }

// NewMatcherAt returns a Matcher for rs that judges expiry dates against
// now instead of the time of its first scan, so that results do not
// depend on the clock (tests, reproducible reports).
func (rs *Ruleset) NewMatcherAt(now time.Time) *Matcher {
	m := rs.NewMatcher()
	m.clock.now = now
	return m
}

// validate runs rule r's validator on secret and judges the result at the
// Matcher's scan time.
func (m *Matcher) validate(r *Rule, secret []byte) Check {
	if m.clock.now.IsZero() {
		m.clock.now = time.Now()
	}
	return r.validator.Check(secret).at(m.clock.now)
}

// Validator checks a candidate secret offline, without any network call.
type Validator struct {
	Check func(secret []byte) Check
	// Proves is true when passing shows the secret is well-formed for its
	// provider (a checksum, a parsed key); a finding then names the
	// validator in its `validated` field. Heuristic filters leave it false.
	Proves bool
}

// validators maps the names rules use in `validate` to their checks, one
// line each; the checks live in validate_<format or provider>.go. The map
// is built once at package initialisation and never modified after.
var validators = map[string]Validator{
	// private keys and other formats (validate_pem.go, validate_pgp.go, ...)
	"pem-private-key":          {checkPEMPrivateKey, true},
	"embedded-pem-private-key": {checkEmbeddedPEM, true},
	"base64-pem-private-key":   {checkBase64PEM, true},
	"pgp-private-key":          {checkPGPPrivateKey, true},
	"putty-private-key":        {checkPuTTYKey, true},
	"juniper-type9":            {checkJuniperType9, true},
	"age-bech32":               {checkAgeBech32, true},
	"jwk-private-key":          {checkJWKPrivate, true},
	"jenkins-secret":           {checkJenkinsSecret, true},
	"signing-key-file":         {checkSigningKeyFile, true},
	"pkcs12-pfx":               {checkPKCS12, true},
	"kerberos-keytab":          {checkKeytab, true},
	"jwt":                      {checkJWT, true},
	"jwt-claims":               {checkJWTClaims, true},
	"basic-auth-pair":          {checkBasicAuthPair, false},
	"base64-printable":         {checkBase64Printable, false},

	// version control and developer platforms
	"base62-crc32":                {checkBase62CRC32, true},
	"gitlab-routable-crc32":       {checkGitLabRoutable, true},
	"atlassian-crc32":             {checkAtlassianCRC32, true},
	"pypi-macaroon":               {checkPyPIMacaroon, true},
	"onepassword-service-account": {checkOnePasswordToken, true},
	"packagist-crc32":             {checkPackagistCRC32, true},
	"synapse-crc32":               {checkSynapseCRC32, true},

	// cloud providers
	"aws-access-key-id":        {checkAWSAccessKeyID, false},
	"aws-secret-access-key":    {checkAWSSecretAccessKey, false},
	"bedrock-long-term-key":    {checkBedrockLongTermKey, true},
	"bedrock-short-term-key":   {checkBedrockShortTermKey, true},
	"gcp-service-account":      {checkGCPServiceAccount, true},
	"azure-sas-signature":      {checkAzureSASSignature, true},
	"entra-client-secret":      {checkEntraClientSecret, true},
	"azure-identifiable-key":   {checkAzureIdentifiableKey, true},
	"azure-unidentifiable-key": {checkAzureUnidentifiableKey, false},
	"cask-other-provider":      {checkCASKOtherProvider, false},
	"cloudflare-crc32":         {checkCloudflareCRC32, true},
	"cloudflare-tunnel-token":  {checkCloudflareTunnelToken, true},

	// AI providers
	"openai-marker-position": {checkOpenAIMarker, true},
	"anthropic-key-shape":    {checkAnthropicKey, true},

	// SaaS providers
	"grafana-sa-crc32":      {checkGrafanaServiceAccount, true},
	"grafana-legacy-key":    {checkGrafanaLegacyKey, false},
	"confluent-crc32":       {checkConfluentSecret, true},
	"nkey-seed-crc16":       {checkNKeySeed, true},
	"sentry-org-token":      {checkSentryOrgToken, true},
	"supabase-service-role": {checkSupabaseServiceRole, true},
	"twilio-access-token":   {checkTwilioAccessToken, true},
	"mapbox-token":          {checkMapboxToken, false},
	"braintree-environment": {checkBraintreeEnvironment, false},
	"n8n-api-key":           {checkN8nAPIKey, true},
	"phoenix-api-key":       {checkPhoenixAPIKey, true},
	"oppwa-access-token":    {checkOPPWAAccessToken, true},
	// crypto wallets (validate_web3.go, validate_bip39.go)
	"evm-private-key":        {checkEVMPrivateKey, true},
	"bip39-mnemonic":         {checkBIP39Mnemonic, true},
	"bip32-private-key":      {checkBIP32PrivateKey, true},
	"bitcoin-wif":            {checkWIF, true},
	"ed25519-keypair-array":  {checkEd25519KeypairArray, true},
	"ed25519-keypair-base58": {checkEd25519KeypairBase58, true},
	"sui-private-key":        {checkSuiPrivateKey, true},
	"nostr-nsec":             {checkNostrSecretKey, true},
	"ed25519-keypair-base64": {checkEd25519KeypairBase64, true},
	"lnd-macaroon":           {checkLNDMacaroon, true},

	// heuristic filters (validate_heuristic.go): they never set `validated`
	"generic-value":      {checkGenericValue, false},
	"db-password":        {checkDBPassword, false},
	"mixed-case-digits":  {checkMixedCaseDigits, false},
	"letters-and-digits": {checkLettersAndDigits, false},
	"mixed-case-letters": {checkMixedCaseLetters, false},
	// the generic detector's checks (validate_generic.go)
	"generic-password":   {checkGenericPassword, false},
	"cli-flag-secret":    {checkGenericPassword, false},
	"generic-assignment": {checkGenericPassword, false},
	"quoted-name-value":  {checkGenericPassword, false},
	"basic-auth":         {checkBasicAuth, false},
	"generic-key":        {checkGenericKey, false},
	"random-letters":     {checkRandomLetters, false},
}

// nameChecks are the validators that also judge the name a value is
// assigned to (validate_generic_key.go): RE2 has no look-behind, so a rule
// cannot itself refuse `PUBLIC_KEY=` while taking `ACME_KEY=`.
var nameChecks = map[string]func(prefix, secret []byte) bool{
	"generic-key":        keyNameIsSecret,
	"generic-assignment": secretNameIsSecret,
	"quoted-name-value":  quotedNameIsSecret,
	"cli-flag-secret":    flagNameIsSecret,
}

// prefixRejects are the validators that also judge the text a match holds
// before its secret, as it stands (no name rules apply): true drops the
// match. A connection string's password that repeats its user is a
// product's default account (validate_heuristic.go).
var prefixRejects = map[string]func(prefix, secret []byte) bool{
	"db-password": passwordIsUser,
}

// ValidatorNames lists the validators a rule may name, sorted.
func ValidatorNames() []string {
	return slices.Sorted(maps.Keys(validators))
}

// CheckSecret runs the offline validator called name on secret, as a rule
// naming it in `validate` would. The second result is false when no
// validator has that name (see [ValidatorNames]). It exists so that tests
// and fuzzers outside the package can exercise each validator directly.
// The result is the validator's alone: it carries Expires but, unlike a
// Matcher's, no severity judged against the clock.
func CheckSecret(name string, secret []byte) (Check, bool) {
	v, ok := validators[name]
	if !ok {
		return Check{}, false
	}
	return v.Check(secret), true
}
