// Cases for the scheduling, e-signature and AI-agent rules added in the
// s32 mixed change: Agenta, Cronofy, Glama, Mathpix, Relevance AI, Scrive,
// Setmore, SignWell, Skyvern and YouCanBook.me. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32mixedCases are the cases of the rules this change adds.
func s32mixedCases() map[string]Builder {
	return map[string]Builder{
		"agenta-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(8) + "." + g.Hex(64) }
			return Cases{
				Positives: []string{
					"AGENTA_HOST=https://cloud.agenta.ai\nAGENTA_API_KEY=" + key() + "\n",
					"import agenta as ag\nag.init(api_key=\"" + key() + "\")\n",
					"agenta:\n  host: https://cloud.agenta.ai\n  api_key: \"" + key() + "\"\n",
					"const agentaApiKey = process.env.AGENTA_API_KEY || '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"AGENTA_API_KEY=...\n",
					"AGENTA_API_KEY=<your-agenta-api-key>\n",
					// the hashed form Agenta stores is upper-case here, not a key
					"AGENTA_API_KEY=" + g.MixedAlnum(8) + "." + strings.ToUpper(g.Hex(64)) + "\n",
					// another word holding the name
					"MAGENTA_API_KEY=" + key() + "\n",
					// an agent's key, not Agenta's
					"const agentApiKey = \"" + key() + "\";\n",
					// the prefix alone
					"AGENTA_API_KEY=" + g.MixedAlnum(8) + "\n",
				},
			}
		},
		"cronofy-client-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("CR", "N_")
			secret := func() string { return prefix + g.MixedAlnum(38) }
			return Cases{
				Positives: []string{
					"CRONOFY_CLIENT_ID=" + g.MixedAlnum(32) + "\nCRONOFY_CLIENT_SECRET=" + secret() + "\n",
					"cronofy = Cronofy::Client.new(\n  client_id: ENV['CRONOFY_CLIENT_ID'],\n  client_secret: '" + secret() + "'\n)\n",
					"$cronofy = new Cronofy\\Cronofy([\n  \"client_id\" => $clientId,\n  \"client_secret\" => \"" + secret() + "\",\n]);\n",
					"const hmac = crypto.createHmac('sha256', '" + secret() + "').update(body).digest('base64');\n",
				},
				Negatives: []string{
					// too short
					"CRONOFY_CLIENT_SECRET=" + prefix + g.MixedAlnum(20) + "\n",
					// placeholders
					"CRONOFY_CLIENT_SECRET=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"CRONOFY_CLIENT_SECRET=" + prefix + "YOUR_CLIENT_SECRET\n",
					// an identifier that happens to start alike
					"CRN_NUMBER_OF_ACCOUNTS_PER_REGION_LIMIT = 40\n",
				},
			}
		},
		"cronofy-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CRONOFY_ACCESS_TOKEN=" + g.MixedAlnum(32) + "\n",
					"cronofy = pycronofy.Client(access_token=\"" + g.MixedAlnum(32) + "\")\n",
					"cronofy:\n  refresh_token: " + g.MixedAlnum(32) + "\n",
					"const cronofyClient = new Cronofy({\n  access_token: '" + g.MixedAlnum(32) + "',\n  data_center: 'de'\n});\n",
				},
				Negatives: []string{
					// the client id is not a credential
					"CRONOFY_CLIENT_ID=" + g.MixedAlnum(32) + "\n",
					// placeholders
					"CRONOFY_ACCESS_TOKEN=YOUR_ACCESS_TOKEN\n",
					"CRONOFY_ACCESS_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					// wrong length
					"CRONOFY_ACCESS_TOKEN=" + g.MixedAlnum(24) + "\n",
					// the name glued to another word
					"CRONOFY_ACCOUNT=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"glama-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("gla", "ma_")
			key := func() string {
				return prefix + base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("{%q:%q}", "api"+"Key", g.UUID())))
			}
			return Cases{
				Positives: []string{
					"GLAMA_API_KEY=" + key() + "\n",
					"client = OpenAI(\n    api_key=\"" + key() + "\",\n    base_url=\"https://glama.ai/api/gateway/openai/v1\",\n)\n",
					"const apikey =\n  '" + key() + "';\n",
					"curl -H \"Authorization: Bearer " + key() + "\" https://glama.ai/api/mcp/v1/servers\n",
				},
				Negatives: []string{
					// placeholders
					"GLAMA_API_KEY=" + prefix + "your_key_here\n",
					"GLAMA_API_KEY=" + prefix + "eyJhbGciOiJIUzI1NiIs...\n",
					// another payload than an API key id
					"GLAMA_API_KEY=" + prefix + base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf("{%q:%q}", "user", g.UUID()))) + "\n",
					// cut short
					"GLAMA_API_KEY=" + key()[:40] + "\n",
				},
			}
		},
		"mathpix-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MATHPIX_APP_ID=acme_" + g.Hex(6) + "_" + g.Hex(6) + "\nMATHPIX_APP_KEY=" + g.Hex(64) + "\n",
					"mathpix_app_id = \"acme_" + g.Hex(6) + "\"\nmathpix_app_key = \"" + g.Hex(64) + "\"\n",
					"r = requests.post(\"https://api.mathpix.com/v3/text\",\n    headers={\n        \"app_id\": \"acme_" + g.Hex(6) + "\",\n        \"app_key\": \"" + g.Hex(64) + "\",\n    },\n    json=payload)\n",
					"mathpix:\n  app_id: acme_" + g.Hex(6) + "\n  app_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// the app id is not the key
					"MATHPIX_APP_ID=acme_" + g.Hex(6) + "_" + g.Hex(6) + "\n",
					// placeholders
					"MATHPIX_APP_KEY=your_mathpix_app_key\n",
					"MATHPIX_APP_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"MATHPIX_APP_KEY=" + g.Hex(40) + "\n",
					// an app_key with no Mathpix near it
					"headers = {\"app_key\": \"" + g.Hex(64) + "\"}\n",
				},
			}
		},
		"relevanceai-sk-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("s", "k-")
			key := func() string { return prefix + base64.StdEncoding.EncodeToString([]byte(g.UUID())) }
			return Cases{
				Positives: []string{
					"headers: {\n  'Content-Type': 'application/json',\n  'Authorization': '" + g.UUID() + ":" + key() + "'\n},\n",
					"RELEVANCE_API_KEY=" + key() + "\nRELEVANCE_PROJECT=" + g.UUID() + "\nRELEVANCE_REGION=" + g.Hex(6) + "\n",
					"auth: \"" + g.UUID() + ":" + key() + "\",\n",
					"client = RelevanceAI(api_key=\"" + key() + "\", region=\"" + g.Hex(6) + "\", project=\"" + g.UUID() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"RELEVANCE_API_KEY=" + prefix + "...\n",
					"RELEVANCE_API_KEY=" + prefix + "your-relevance-api-key\n",
					// the base64 of an upper-case UUID, or of random bytes
					"RELEVANCE_API_KEY=" + prefix + base64.StdEncoding.EncodeToString([]byte(strings.ToUpper(g.UUID()))) + "\n",
					"RELEVANCE_API_KEY=" + prefix + base64.StdEncoding.EncodeToString(g.Bytes(36)) + "\n",
				},
			}
		},
		"scrive-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SCRIVE_API_TOKEN=" + g.Hex(16) + "_" + fmt.Sprint(1000+g.IntN(9000)) + "\nSCRIVE_API_SECRET=" + g.Hex(16) + "\n",
					"SCRIVE_ACCESS_SECRET=\"" + g.Hex(16) + "\"\n",
					"scrive:\n  apitoken: " + g.Hex(16) + "_1\n  apisecret: " + g.Hex(16) + "\n",
					"scrive_client_secret = '" + g.Hex(16) + "'\n",
				},
				Negatives: []string{
					// the identifiers end in "_" and a number; they are not secrets alone
					"SCRIVE_API_TOKEN=" + g.Hex(16) + "_" + fmt.Sprint(1000+g.IntN(9000)) + "\n",
					// placeholders
					"SCRIVE_API_SECRET=your_api_secret\n",
					"SCRIVE_API_SECRET=0000000000000000\n",
					// wrong length
					"SCRIVE_API_SECRET=" + g.Hex(12) + "\n",
					// the name inside another word
					"DESCRIVE_API_SECRET=" + g.Hex(16) + "\n",
				},
			}
		},
		"scrive-oauth-signature": func(g *fake.Gen) Cases {
			header := func(sep string) string {
				return "oauth_signature_method=\"PLAINTEXT\", oauth_consumer_key=\"" + g.Hex(16) + "_" + fmt.Sprint(1+g.IntN(900)) +
					"\", oauth_token=\"" + g.Hex(16) + "_" + fmt.Sprint(1+g.IntN(900)) + "\", oauth_signature=\"" + g.Hex(16) + sep + g.Hex(16) + "\""
			}
			return Cases{
				Positives: []string{
					"curl -X GET 'https://scrive.com/api/v2/documents/list' \\\n  -H 'Authorization: " + header("&") + "'\n",
					"headers = {\"Authorization\": '" + header("&") + "'}\n",
					"SCRIVE_AUTH_HEADER='" + header("%26") + "'\n",
				},
				Negatives: []string{
					// the documentation's stand-ins
					"-H Authorization: oauth_signature_method=\"PLAINTEXT\", oauth_consumer_key=\"123\", oauth_token=\"456\", oauth_signature=\"abc&cde\"\n",
					// another OAuth 1.0 provider's HMAC signature
					"oauth_consumer_key=\"" + g.Hex(24) + "\", oauth_signature_method=\"HMAC-SHA1\", oauth_signature=\"" + g.Base64Bytes(20) + "\"\n",
					// secrets of another length
					"oauth_consumer_key=\"" + g.Hex(16) + "_1\", oauth_token=\"" + g.Hex(16) + "_1\", oauth_signature=\"" + g.Hex(32) + "&" + g.Hex(32) + "\"\n",
				},
			}
		},
		"setmore-refresh-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("r", "1/")
			token := func() string {
				return prefix + g.Hex(10) + g.MixedAlnum(15) + g.Pick("-", "_") + g.MixedAlnum(19)
			}
			return Cases{
				Positives: []string{
					"SETMORE_REFRESH_TOKEN=" + token() + "\n",
					"const SETMORE_REFRESH_TOKEN = \"" + token() + "\";\n",
					"setmore:\n  refresh_token: \"" + token() + "\"\n",
					"backend = SetmoreBackend(refresh_token=\"" + token() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"SETMORE_REFRESH_TOKEN=your_setmore_refresh_token\n",
					"SETMORE_REFRESH_TOKEN=" + prefix + "xxxxxxxxxx\n",
					// cut short
					"SETMORE_REFRESH_TOKEN=" + token()[:30] + "\n",
					// without its r1/ prefix
					"SETMORE_REFRESH_TOKEN=" + g.MixedAlnum(45) + "\n",
				},
			}
		},
		"signwell-api-key": func(g *fake.Gen) Cases {
			key := func() string { return base64.StdEncoding.EncodeToString([]byte("access:" + g.Hex(32))) }
			return Cases{
				Positives: []string{
					"SIGNWELL_API_KEY=" + key() + "\nSIGNWELL_API_BASE=https://www.signwell.com/api/v1\n",
					"const headers = {\n  \"Content-Type\": \"application/json\",\n  \"X-Api-Key\": \"" + key() + "\",\n};\n",
					"curl https://www.signwell.com/api/v1/me -H 'X-Api-Key: " + key() + "'\n",
					"const API_KEY = '" + key() + "';\n",
				},
				Negatives: []string{
					// another payload behind the same opening
					"SIGNWELL_API_KEY=" + base64.StdEncoding.EncodeToString([]byte("access:"+strings.ToUpper(g.Hex(32)))) + "\n",
					"SIGNWELL_API_KEY=" + base64.StdEncoding.EncodeToString([]byte("access:"+g.MixedAlnum(32))) + "\n",
					// a longer value holding it
					"token: " + base64.StdEncoding.EncodeToString([]byte("access:"+g.Hex(40))) + "\n",
					// placeholders
					"SIGNWELL_API_KEY=your_api_key\n",
					"X-Api-Key: \"abc123abc123abc123abc123abc123\"\n",
				},
			}
		},
		"skyvern-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`,
					fmt.Sprintf(`{"exp":%d,"sub":"o_%d"}`, 4900000000+g.IntN(99999999), 100000000000000000+g.IntN(899999999)))
			}
			return Cases{
				Positives: []string{
					"SKYVERN_API_KEY=\"" + key() + "\"\nSKYVERN_BASE_URL=https://api.skyvern.com\n",
					"skyvern = Skyvern(api_key=\"" + key() + "\")\n",
					"skyvern:\n  api_key: " + key() + "\n",
					"export VITE_SKYVERN_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SKYVERN_API_KEY=\"YOUR_KEY\"\n",
					"SKYVERN_API_KEY=sk_test_replace_me\n",
					// a JWT with a short signature is not an HS256 org token
					"SKYVERN_API_KEY=" + key()[:60] + "\n",
					// a header and a stand-in for the rest
					"SKYVERN_API_KEY=" + base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + ".eyJ...\n",
				},
			}
		},
		"youcanbookme-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("a", "k_")
			key := func() string { return prefix + g.MixedAlnum(50) }
			return Cases{
				Positives: []string{
					"YCBM_ACCOUNT_ID=" + g.UUID() + "\nYCBM_API_KEY=" + key() + "\n",
					"YOUCANBOOKME_API_KEY=\"" + key() + "\"\n",
					"ycbm:\n  account_id: " + g.UUID() + "\n  api_key: " + key() + "\n",
					"const ycbmApiKey = process.env.YCBM_API_KEY || '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"YCBM_API_KEY=" + prefix + "your_key_here\n",
					"YCBM_API_KEY=your-ycbm-api-key\n",
					// the account id is not the key
					"YCBM_ACCOUNT_ID=" + g.UUID() + "\n",
					// too short
					"YCBM_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					// another provider's ak_ key
					"COMPOSIO_API_KEY=" + prefix + g.MixedAlnum(50) + "\n",
				},
			}
		},
	}
}
