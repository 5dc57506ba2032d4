package verify

import (
	"context"
	"errors"
	"strings"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"

	"github.com/keysieve/keysieve/findings"
)

// gcpTokenURL is Google's token endpoint. The key file's own token_uri is
// ignored: the file is untrusted, and would otherwise choose where the
// signed assertion goes.
const gcpTokenURL = "https://oauth2.googleapis.com/token"

const gcpScope = "https://www.googleapis.com/auth/cloud-platform.read-only"

func registerGCP(r *Registry) {
	r.Register("gcp-service-account-key", Check{Provider: "Google Cloud", Func: gcpCheck})
}

// gcpCheck exchanges a JWT signed with the service account's key for an
// access token (golang.org/x/oauth2/google): a token means the key is live.
// The token is not used or kept.
func gcpCheck(ctx context.Context, secret string, env *Env) findings.Verification {
	conf, err := google.JWTConfigFromJSON([]byte(gcpJSON(secret)), gcpScope)
	if err != nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "not a complete service account key file; not sent"}
	}
	conf.TokenURL = gcpTokenURL
	rctx, cancel := context.WithTimeout(ctx, env.Timeout)
	defer cancel()
	rctx = context.WithValue(rctx, oauth2.HTTPClient, env.Client)
	_, err = conf.TokenSource(rctx).Token()
	identity := map[string]string{"client_email": conf.Email}
	if err == nil {
		return findings.Verification{Status: findings.VerifyValid, Detail: "OAuth token exchange", Identity: identity}
	}
	var re *oauth2.RetrieveError
	if errors.As(err, &re) && re.Response != nil {
		switch code := re.Response.StatusCode; {
		case code == 400 || code == 401:
			return findings.Verification{Status: findings.VerifyInvalid, Detail: "token exchange refused (" + safeCode(re.ErrorCode) + ")", Identity: identity}
		default:
			return findings.Verification{Status: findings.VerifyError, Detail: statusDetail(code)}
		}
	}
	return errorVerification(err)
}

// gcpJSON wraps a finding that is the inside of a key file's object
// (the rule matches from "type" on) in braces, and unescapes a key file
// embedded in a JSON or code string.
func gcpJSON(s string) string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, `\"`) {
		s = strings.ReplaceAll(s, `\"`, `"`)
		s = strings.ReplaceAll(s, `\\n`, `\n`)
	}
	if !strings.HasPrefix(s, "{") {
		s = "{" + strings.TrimSuffix(strings.TrimSpace(s), ",") + "}"
	}
	return s
}

// safeCode keeps an OAuth error code only when it is a plain word.
func safeCode(s string) string {
	for _, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z') {
			return "error"
		}
	}
	return s
}
