// Cases for the cloud rules added in the s36-cloud change: AWS STS session
// tokens recognised by the fixed bytes their base64 starts with, with or
// without a name near them (presigned URLs carry them percent-encoded).
// Every token is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"net/url"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36cloudCases are the cases of the rules this change adds.
func s36cloudCases() map[string]Builder {
	return map[string]Builder{
		"aws-session-token-prefixed": func(g *fake.Gen) Cases {
			fwo := fake.Join("FwoGZXIv", "YXdzE")
			token := func(prefix string, n int) string { return prefix + g.String(fake.Base64, n) + "=" }
			return Cases{
				Positives: []string{
					token(stsPrefix, 380) + "\n",
					"| " + token(fwo, 300) + " |\n",
					// a presigned URL in a log, the parameter name cut off
					"GET /report.pdf?X-Amz-Date=20250705T081130Z&X-Amz-Expires=3600&token=" + url.QueryEscape(token(stsPrefix, 600)) + "&X-Amz-Signature=" + g.Hex(64) + "\n",
					"const creds = { token: '" + token(stsPrefix, 420) + "' };\n",
					"[profile sso]\ntoken = " + token(fwo, 280) + "\n",
				},
				Negatives: []string{
					// a shortened example and a placeholder
					"sessionToken: '" + fwo + "BYaDExampleSessionToken',\n",
					"X-Amz-Security-Token: " + stsPrefix + strings.Repeat("A", 200) + "\n",
					// the prefix glued inside a longer base64 run
					"data = \"" + g.String(fake.Base64, 40) + token(stsPrefix, 200) + "\"\n",
					// too short to be a token
					token(stsPrefix, 60) + "\n",
				},
			}
		},
	}
}
