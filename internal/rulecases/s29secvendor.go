// Cases for the security-vendor and uptime rules added in the s29secvendor
// change: Black Duck, Checkmarx One, Fortify SSC, HetrixTools, Pingdom, SentinelOne
// and Wallarm. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29secvendorCases are the cases of the rules this change adds.
func s29secvendorCases() map[string]Builder {
	return map[string]Builder{
		"blackduck-api-token": func(g *fake.Gen) Cases {
			// A Black Duck access token is the base64 of "<uuid>:<uuid>".
			token := func() string {
				return base64.StdEncoding.EncodeToString([]byte(g.UUID() + ":" + g.UUID()))
			}
			return Cases{
				Positives: []string{
					"export BLACKDUCK_API_TOKEN=" + token() + "\n",
					"bash <(curl -s -L https://detect.blackduck.com/detect10.sh) --blackduck.url=https://bd.example.com --blackduck.api.token=" + token() + " --detect.project.name=shop\n",
					"blackduck:\n  url: https://bd.example.com\n  api_token: \"" + token() + "\"\n",
					"env:\n  BLACK_DUCK_TOKEN: '" + token() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"export BLACKDUCK_API_TOKEN=your_api_token\n",
					"--blackduck.api.token={your access token}\n",
					// too short: the base64 of one UUID
					"export BLACKDUCK_API_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(g.UUID())) + "\n",
					// the provider name glued to another word
					"BLACKDUCKLING=" + token() + "\n",
					// the name of something else
					"BLACKDUCK_URL=https://bd.example.com\nDEPLOY_TOKEN=" + token() + "\n",
				},
			}
		},
		"checkmarx-one-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				claims := `{"iat":1717000000,"jti":"` + g.UUID() + `","iss":"https://iam.checkmarx.net/auth/realms/acme","aud":"https://iam.checkmarx.net/auth/realms/acme","sub":"` + g.UUID() + `","typ":"Offline","azp":"ast-app"}`
				return g.JWTWithClaims(`{"alg":"HS256","typ":"JWT","kid":"`+g.UUID()+`"}`, claims)
			}
			return Cases{
				Positives: []string{
					"CX_APIKEY=" + key() + "\n",
					"docker run -e CX_APIKEY=" + key() + " checkmarx/ast-cli scan create --project-name shop -s .\n",
					"checkmarx:\n  base_uri: https://eu.ast.checkmarx.net\n  api_key: \"" + key() + "\"\n",
					"env:\n  CHECKMARX_TOKEN: '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"CX_APIKEY=[eyJK...]\n",
					"CX_APIKEY=<your key>\n",
					// a JWT that is not one: two parts
					"CX_APIKEY=" + fake.Join("ey", "J") + g.MixedAlnum(40) + "." + g.MixedAlnum(40) + "\n",
					// the value of another tool's setting
					"CX_BASE_URI=https://eu.ast.checkmarx.net\nOTHER_TOKEN=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"hetrixtools-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HETRIX_API_KEY=" + g.Hex(32) + "\n",
					"fetch(`https://api.hetrixtools.com/v1/" + g.Hex(32) + "/uptime/report/" + g.Hex(32) + "/`)\n",
					"url = 'https://api.hetrixtools.com/v2/" + g.Hex(32) + "/blacklist/monitors/0/1024/'\n",
					"hetrixtools:\n  api_token: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders and the API's documented stand-in
					"https://api.hetrixtools.com/v2/<API_TOKEN>/uptime/delete/\n",
					"HETRIX_API_KEY=your_api_key\n",
					// wrong length and wrong alphabet
					"HETRIX_API_KEY=" + g.Hex(24) + "\n",
					"HETRIX_API_KEY=" + strings.ToUpper(g.Hex(16)) + g.MixedAlnum(16) + "\n",
					// a monitor id on the v3 API is not the token
					"GET https://api.hetrixtools.com/v3/uptime-monitors/" + g.Hex(32) + "\n",
				},
			}
		},
		"sentinelone-api-token": func(g *fake.Gen) Cases {
			token := func() string {
				claims := `{"sub":"svc-siem@example.com","iss":"authn-us-east-1-prod","deployment_id":"` + g.String(fake.Digits, 5) + `","type":"user","exp":4102444800,"jti":"` + g.UUID() + `"}`
				return g.JWTWithClaims(`{"kid":"us-east-1-prod-0","alg":"ES256"}`, claims)
			}
			return Cases{
				Positives: []string{
					"S1_API_TOKEN=" + token() + "\n",
					"sentinelone:\n  url: https://acme.sentinelone.net\n  api_token: \"" + token() + "\"\n",
					"SENTINELONE_API_KEY='" + token() + "'\n",
					"$env:S1_API_TOKEN=\"" + token() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"S1_API_TOKEN=<api-token>\n",
					"S1_API_TOKEN=your_api_token_here\n",
					// not a JWT
					"S1_API_TOKEN=" + g.MixedAlnum(80) + "\n",
					// another product's token on the next line
					"S1_BASE_URL=https://acme.sentinelone.net\nJWT_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"wallarm-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.MixedAlnum(20) + "+" + g.MixedAlnum(21) + "/" + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"export WALLARM_API_TOKEN='" + token() + "'\n",
					"docker run -d -e WALLARM_API_TOKEN=\"" + token() + "\" -e WALLARM_API_HOST=us1.api.wallarm.com -p 80:80 wallarm/node:4.10\n",
					"controller:\n  wallarm:\n    enabled: true\n    token: \"" + token() + "\"\n",
					"ENV WALLARM_API_TOKEN=" + token() + "\n",
				},
				Negatives: []string{
					// placeholders
					"export WALLARM_API_TOKEN='<WALLARM_API_TOKEN>'\n",
					"-e WALLARM_API_TOKEN=your_wallarm_api_token_here\n",
					// too short
					"WALLARM_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					// a longer base64 value is not a Wallarm token
					"WALLARM_API_TOKEN=" + g.MixedAlnum(88) + "\n",
					// the name glued to another word
					"WALLARMED=" + token() + "\n",
				},
			}
		},
		"fortify-ssc-token": func(g *fake.Gen) Cases {
			// An SSC token is the base64 of a UUID.
			token := func() string { return base64.StdEncoding.EncodeToString([]byte(g.UUID())) }
			return Cases{
				Positives: []string{
					"export FCLI_DEFAULT_SSC_TOKEN=" + token() + "\n",
					"SSC_URL=https://ssc.example.com/ssc\nSSC_TOKEN=\"" + token() + "\"\n",
					"fortify:\n  ssc_url: https://ssc.example.com/ssc\n  ci_token: '" + token() + "'\n",
					"fcli ssc session login --url https://ssc.example.com/ssc --ssc-token " + token() + "\n",
				},
				Negatives: []string{
					// placeholders
					"export FCLI_DEFAULT_SSC_TOKEN=\"<set privately>\"\n",
					"SSC_TOKEN=your_fortify_token_here\n",
					// a bare UUID, not its base64
					"SSC_CI_TOKEN=" + g.UUID() + "\n",
					// another store's token that only ends in SSC
					"SHOPIFYSSC_TOKEN=" + token() + "\n",
					// the base64 of something longer
					"SSC_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(g.UUID()+g.UUID())) + "\n",
				},
			}
		},
		"pingdom-api-token": func(g *fake.Gen) Cases {
			// The example token of Pingdom's API reference is 71 base64url
			// characters.
			token := func() string { return g.MixedAlnum(30) + g.Pick("_", "-") + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"export PINGDOM_API_TOKEN=" + token() + "\n",
					"client, _ := pingdom.NewClientWithConfig(pingdom.ClientConfig{APIToken: \"" + token() + "\"})\n",
					"pingdom:\n  token: '" + token() + "'\n",
					"client = pingdom.Client(token=\"" + token() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"export PINGDOM_API_TOKEN=<api-token>\n",
					"pingdom_api_token = \"your_api_token_here\"\n",
					// too short
					"PINGDOM_TOKEN=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"PINGDOMAIN=" + token() + "\n",
					// the account's e-mail, not its token
					"PINGDOM_EMAIL=ops@example.com\nSOME_TOKEN=" + token() + "\n",
				},
			}
		},
	}
}
