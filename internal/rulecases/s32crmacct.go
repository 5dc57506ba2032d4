// Cases for the CRM and accounting rules added in the s32 crmacct change:
// Twenty CRM, Fortnox and Zoho's API Console client secret, and the Copper
// rule widened to its X-PW-AccessToken header. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// twentyKey returns a Twenty API key: a JWT over claims {sub, type,
// workspaceId, iat, exp, jti}, as the server signs them, with the type
// given. es256 picks the newer header (ES256 with a key id) and its longer
// signature.
func twentyKey(g *fake.Gen, typ string, es256 bool) string {
	ws := g.UUID()
	claims := `{"sub":"` + ws + `","type":"` + typ + `","workspaceId":"` + ws + `","iat":1773877165,"exp":4927480764,"jti":"` + g.UUID() + `"}`
	if !es256 {
		return g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, claims)
	}
	enc := base64.RawURLEncoding
	header := `{"alg":"ES256","typ":"JWT","kid":"` + g.Hex(16) + `"}`
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(fake.Base64URL, 86)
}

// s32crmacctCases are the cases of the rules this change adds.
func s32crmacctCases() map[string]Builder {
	return map[string]Builder{
		"twenty-api-key": func(g *fake.Gen) Cases {
			full := twentyKey(g, "API_KEY", false)
			return Cases{
				Positives: []string{
					"TWENTY_API_URL=https://api.twenty.com\nTWENTY_API_KEY=" + twentyKey(g, "API_KEY", false) + "\n",
					"curl https://api.twenty.com/rest/companies \\\n  -H \"Authorization: Bearer " + twentyKey(g, "API_KEY", false) + "\"\n",
					// the newer ES256 header with a key id
					"twenty:\n  base_url: https://crm.example.com\n  api_key: " + twentyKey(g, "API_KEY", true) + "\n",
					// no name at all: the claims say what it is
					"const client = new GraphQLClient(url, { headers: { Authorization: `Bearer " + twentyKey(g, "API_KEY", false) + "` } });\n",
				},
				Negatives: []string{
					// a user's access token of the same server is no API key
					"TWENTY_API_KEY=" + twentyKey(g, "ACCESS", false) + "\n",
					// placeholders
					"TWENTY_API_KEY=eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9...\n",
					"TWENTY_API_KEY=your_twenty_api_key\n",
					// no signature
					"TWENTY_API_KEY=" + full[:strings.LastIndexByte(full, '.')] + "\n",
				},
			}
		},
		"fortnox-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FORTNOX_CLIENT_ID=" + g.MixedAlnum(12) + "\nFORTNOX_CLIENT_SECRET=" + g.MixedAlnum(10) + "\n",
					"import fortnox\nclient = fortnox.Client(access_token=ACCESS, client_secret='" + g.MixedAlnum(10) + "')\n",
					"fortnox:\n  client_id: " + g.MixedAlnum(12) + "\n  client_secret: \"" + g.MixedAlnum(10) + "\"\n",
					"{\"fortnoxClientSecret\": \"" + g.MixedAlnum(10) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"FORTNOX_CLIENT_SECRET=your_client_secret\n",
					"FORTNOX_CLIENT_SECRET=xxxxxxxxxx\n",
					// the 12-character client id is not the secret
					"FORTNOX_CLIENT_SECRET=" + g.MixedAlnum(12) + "\n",
					// the id alone
					"FORTNOX_CLIENT_ID=" + g.MixedAlnum(10) + "\n",
					// not letters and digits only
					"FORTNOX_CLIENT_SECRET=" + g.MixedAlnum(4) + "-" + g.MixedAlnum(5) + "\n",
					// the name glued to another word
					"XFORTNOX_CLIENT_SECRET=" + g.MixedAlnum(10) + "\n",
				},
			}
		},
		"zoho-client-secret": func(g *fake.Gen) Cases {
			id := func() string { return "1000." + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 30) }
			return Cases{
				Positives: []string{
					"ZOHO_CLIENT_ID=" + id() + "\nZOHO_CLIENT_SECRET=" + g.Hex(42) + "\n",
					"<?php\n$zoho_client_id='" + id() + "';\n$zoho_client_secret='" + g.Hex(42) + "';\n",
					"zoho:\n  client_id: " + id() + "\n  client_secret: " + g.Hex(42) + "\n",
					"curl -X POST \"https://accounts.zoho.com/oauth/v2/token?client_id=" + id() + "&client_secret=" + g.Hex(42) + "&grant_type=client_credentials&scope=ZohoBooks.fullaccess.all\"\n",
					"const zohoClientSecret = process.env.ZOHO_CLIENT_SECRET || '" + g.Hex(42) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"ZOHO_CLIENT_SECRET=your_zoho_client_secret\n",
					"ZOHO_CLIENT_SECRET=<secret>\n",
					// a SHA-1's 40 hex digits
					"ZOHO_CLIENT_SECRET=" + g.Hex(40) + "\n",
					// upper-case letters: not Zoho's hex
					"ZOHO_CLIENT_SECRET=" + strings.ToUpper(g.Alnum(42)) + "\n",
					// the client id is no secret
					"ZOHO_CLIENT_ID=" + id() + "\n",
					// the name glued to another word
					"PROZOHO_CLIENT_SECRET=" + g.Hex(42) + "\n",
				},
			}
		},
	}
}

// s32crmacctWidenedCases are more cases of rules this change widened.
func s32crmacctWidenedCases() map[string]Builder {
	return map[string]Builder{
		// Intuit's own samples and many apps name the QuickBooks Online app's
		// secret QBO_CLIENT_SECRET or INTUIT_CLIENT_SECRET.
		"quickbooks-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"QBO_CLIENT_ID=AB" + g.MixedAlnum(48) + "\nQBO_CLIENT_SECRET=" + g.MixedAlnum(40) + "\nQBO_ENVIRONMENT=sandbox\n",
					"export INTUIT_CLIENT_SECRET=\"" + g.MixedAlnum(40) + "\"\n",
					"qbo:\n  client_id: AB" + g.MixedAlnum(48) + "\n  client_secret: " + g.MixedAlnum(40) + "\n",
					"const qboClientSecret = '" + g.MixedAlnum(40) + "';\n",
				},
				Negatives: []string{
					"QBO_CLIENT_SECRET=your_qbo_client_secret\n",
					"QBO_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// another word that starts like the company's name
					"intuitiveClientSecretLength = " + g.MixedAlnum(40) + "\n",
				},
			}
		},
		// Copper's developer API takes the key in X-PW-AccessToken, beside
		// X-PW-Application and X-PW-UserEmail (https://developer.copper.com/).
		"copper-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -H 'X-PW-AccessToken: " + g.LowerAlnum(32) + "' -H 'X-PW-Application: developer_api' -H 'X-PW-UserEmail: ops@example.com' https://api.copper.com/developer_api/v1/account\n",
					"headers = {\n    \"X-PW-AccessToken\": \"" + g.LowerAlnum(32) + "\",\n    \"X-PW-Application\": \"developer_api\",\n}\n",
				},
				Negatives: []string{
					"curl -H \"X-PW-AccessToken: $COPPER_API_KEY\" https://api.copper.com/developer_api/v1/account\n",
					"curl -H 'X-PW-AccessToken: " + g.LowerAlnum(24) + "' https://api.copper.com/developer_api/v1/account\n",
				},
			}
		},
	}
}
