// Cases for the commerce, CMS and engagement rules of the s36-commerce change:
// the new SurveyMonkey access-token, Zapier MCP URL, Zapier AI Actions key and
// Make MCP URL rules, and the forms added to Ably (SDK
// constructors and realtime URLs), Pusher (server constructors; the public app
// key is no longer read), Braze (the Web SDK's public key is no longer read),
// Uploadcare (Uploadcare.Simple), Vimeo (client
// constructors), GetStream (the secret as the constructor's
// second argument, stream.connect) and WooCommerce (the PHP and Ruby clients'
// positional url, consumer key, consumer secret). Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36commerceCases are the cases of the rules this change adds.
func s36commerceCases() map[string]Builder {
	return map[string]Builder{
		"surveymonkey-access-token": func(g *fake.Gen) Cases {
			// SurveyMonkey bearer tokens are runs of letters and digits joined by
			// dots and hyphens, about 128 characters long.
			tok := func() string {
				return g.MixedAlnum(26) + "-" + g.Alnum(2) + "-" + g.Alnum(2) + "." + g.MixedAlnum(51) + "." + g.MixedAlnum(25) + "." + g.MixedAlnum(17)
			}
			return Cases{
				Positives: []string{
					"SURVEYMONKEY_ACCESS_TOKEN=" + tok() + "\n",
					"surveymonkey:\n  access_token: \"" + tok() + "\"\n  survey_id: \"" + g.String(fake.Digits, 9) + "\"\n",
					"{\n  \"surveymonkey_token\": \"" + tok() + "\"\n}\n",
					"SURVEY_MONKEY_API_TOKEN = os.getenv(\"SURVEY_MONKEY_API_TOKEN\", \"" + tok() + "\")\n",
					"client = SurveyMonkeyClient(\"" + tok() + "\")\n",
				},
				Negatives: []string{
					// placeholders and a variable
					"SURVEYMONKEY_ACCESS_TOKEN=your-surveymonkey-access-token-here\n",
					"SURVEYMONKEY_ACCESS_TOKEN=" + strings.Repeat("x", 128) + "\n",
					"surveymonkey_access_token = os.environ[\"SURVEYMONKEY_ACCESS_TOKEN\"]\n",
					// too short for a SurveyMonkey token
					"SURVEYMONKEY_ACCESS_TOKEN=" + g.MixedAlnum(40) + "\n",
					// a survey link and a collector URL are public
					"SURVEYMONKEY_SURVEY_URL=https://www.surveymonkey.com/r/" + strings.ToUpper(g.Alnum(7)) + "\n",
					// a token with no SurveyMonkey name near it
					"ACCESS_TOKEN=" + tok() + "\n",
				},
			}
		},
		"zapier-mcp-url": func(g *fake.Gen) Cases {
			host := "https://mcp." + "zapier.com/api/mcp/s/"
			// the path secret is the base64 of two UUIDs joined by a colon
			secret := func() string { return base64.StdEncoding.EncodeToString([]byte(g.UUID() + ":" + g.UUID())) }
			return Cases{
				Positives: []string{
					"server_url = \"" + host + secret() + "/mcp\"\n",
					"{\n  \"mcpServers\": {\n    \"zapier\": { \"url\": \"" + host + secret() + "/sse\" }\n  }\n}\n",
					"ZAPIER_MCP_SERVER_URL=" + host + secret() + "/mcp\n",
					"MCPServerHTTP(url=\"" + host + secret() + "/mcp\", timeout=30)\n",
				},
				Negatives: []string{
					// placeholders the docs print
					"URL format: " + host + "YOUR_SECRET/mcp\n",
					"ZAPIER_SSE_ENDPOINT=" + host + "<<long-API-key>>/sse\n",
					"server_url = \"" + host + "your-server-id\"\n",
					// too short to be a server secret
					"url: " + host + g.MixedAlnum(20) + "/mcp\n",
				},
			}
		},
		"zapier-ai-actions-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("sk", "-ak-") + g.MixedAlnum(26) }
			return Cases{
				Positives: []string{
					"\"url\": \"https://actions.zapier.com/mcp/" + key() + "/sse\",\n",
					"ZAPIER_NLA_API_KEY=" + key() + "\n",
					"curl -H \"x-api-key: " + key() + "\" https://actions.zapier.com/api/v1/exposed/\n",
					key() + "\n",
				},
				Negatives: []string{
					"url: \"https://actions.zapier.com/mcp/" + fake.Join("sk", "-ak") + "xxxxx/sse\"\n",
					"ZAPIER_NLA_API_KEY=" + fake.Join("sk", "-ak-") + strings.Repeat("x", 26) + "\n",
					"ZAPIER_NLA_API_KEY=" + fake.Join("sk", "-ak-") + g.MixedAlnum(12) + "\n",
					"task-" + fake.Join("sk", "-ak-") + g.MixedAlnum(26) + "\n",
				},
			}
		},
		"make-mcp-url": func(g *fake.Gen) Cases {
			zone := func() string { return g.Pick("eu1", "eu2", "us1", "us2") + ".make.com/mcp/" }
			return Cases{
				Positives: []string{
					"url = \"https://" + zone() + "api/v1/u/" + g.UUID() + "/sse\"\n",
					"MAKE_MCP_URL=https://" + zone() + "u/" + g.UUID() + "/stateless\n",
					"\"make\": { \"url\": \"https://" + zone() + "server/" + g.UUID() + "/t/" + saasURL(g, 38) + "/stateless\" }\n",
					"curl -s \"https://" + zone() + "api/v1/u/" + g.UUID() + "/sse\"\n",
				},
				Negatives: []string{
					// placeholders and the token-less endpoint
					"https://" + zone() + "u/abc123/stateless?organizationId=456\n",
					"POST https://" + zone() + "stateless with Authorization: Bearer <MAKE_MCP_TOKEN>\n",
					"const url = `https://${MAKE_MCP_REGION}.make.com/mcp/server/${MAKE_MCP_SERVER_ID}/t/${env.MAKE_MCP_KEY}/stateless`;\n",
					"https://" + zone() + "server/" + g.UUID() + "/t/short/stateless\n",
				},
			}
		},
	}
}

// s36commerceWidenedCases are more cases of the rules this change widens.
func s36commerceWidenedCases() map[string]Builder {
	return map[string]Builder{
		"ably-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join(saasURL(g, 6), ".", saasURL(g, 6), ":", saasURL(g, 43)) }
			return Cases{
				Positives: []string{
					"const ably = new Ably.Realtime('" + key() + "');\n",
					"const client = new Ably.Rest.Promise({ key: \"" + key() + "\" });\n",
					"client = AblyRest(\"" + key() + "\")\n",
					"client = Ably::Rest.new(key: '" + key() + "')\n",
					"ws = connect(\"wss://realtime.ably.io/?key=" + key() + "&format=json\")\n",
				},
				Negatives: []string{
					// a token request is not the key
					"const ably = new Ably.Realtime({ authUrl: '/auth/token' });\n",
					"const ably = new Ably.Realtime('" + fake.Join(saasURL(g, 6), ".", saasURL(g, 6), ":", saasURL(g, 20)) + "');\n",
				},
			}
		},
		"braze-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// the braze_ruby gem takes the REST API key first
					"api = BrazeRuby::API.new('" + g.UUID() + "', 'https://rest.iad-01.braze.com')\n",
					"curl -X POST https://rest.iad-01.braze.com/users/track -H \"Authorization: Bearer " + g.UUID() + "\" # braze\n",
				},
				Negatives: []string{
					// the Web SDK's API key ships to every browser
					"braze.initialize('" + g.UUID() + "', {\n  baseUrl: 'sdk.iad-01.braze.com'\n});\n",
					"appboy.initialize(\"" + g.UUID() + "\", { baseUrl: \"sdk.fra-01.braze.eu\" });\n",
				},
			}
		},
		"getstream-api-secret": func(g *fake.Gen) Cases {
			apiKey := func() string { return g.LowerAlnum(12) }
			secret := func() string { return g.LowerAlnum(64) }
			return Cases{
				Positives: []string{
					"const client = StreamChat.getInstance('" + apiKey() + "', '" + secret() + "');\n",
					"chat = StreamChat(api_key=\"" + apiKey() + "\", api_secret=\"" + secret() + "\")\n",
					"client = stream.connect('" + apiKey() + "', '" + secret() + "', '" + g.String(fake.Digits, 5) + "')\n",
					"$client = new GetStream\\Stream\\Client('" + apiKey() + "', '" + secret() + "');\n",
				},
				Negatives: []string{
					// the browser client takes the public key alone, then a user token
					"const client = StreamChat.getInstance('" + apiKey() + "');\nawait client.connectUser({ id: 'jo' }, userToken);\n",
					"client = stream.connect('" + apiKey() + "', '" + strings.ToUpper(secret()) + "', '" + g.String(fake.Digits, 5) + "')\n",
					"client = stream.connect('" + apiKey() + "', '" + g.LowerAlnum(40) + "')\n",
				},
			}
		},
		"pusher-app-secret": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(20) }
			return Cases{
				Positives: []string{
					// the PHP client takes key, secret, app id; the Java one app id, key, secret
					"$pusher = new Pusher\\Pusher('" + key() + "', '" + key() + "', '" + g.String(fake.Digits, 7) + "', ['cluster' => 'eu']);\n",
					"Pusher pusher = new Pusher(\"" + g.String(fake.Digits, 7) + "\", \"" + key() + "\", \"" + key() + "\");\n",
					"PUSHER_SECRET_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// the app key is public: browsers load it to subscribe
					"const pusher = new Pusher('" + key() + "', {\n  cluster: 'eu'\n});\n",
					"window.Echo = new Echo({ broadcaster: 'pusher', key: '" + key() + "' });\n",
					"PUSHER_KEY=" + key() + "\n",
				},
			}
		},
		"uploadcare-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -H \"Authorization: Uploadcare.Simple " + g.Hex(20) + ":" + g.LowerAlnum(20) + "\" https://api.uploadcare.com/files/\n",
					"headers = {\"Authorization\": \"Uploadcare.Simple " + g.Hex(20) + ":" + g.LowerAlnum(20) + "\"}\n",
				},
				Negatives: []string{
					// the signed scheme carries a signature, not the secret
					"Authorization: Uploadcare " + g.Hex(20) + ":" + g.Hex(40) + "\n",
					"UPLOADCARE_PUBLIC_KEY=" + g.Hex(20) + "\n",
				},
			}
		},
		"vimeo-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// the Node and PHP clients take client id, client secret, access token
					"const client = new Vimeo('" + g.Hex(40) + "', '" + g.String(fake.Base64, 128) + "', '" + g.Hex(32) + "');\n",
					"$lib = new \\Vimeo\\Vimeo('" + g.Hex(40) + "', '" + g.String(fake.Base64, 128) + "', '" + g.Hex(32) + "');\n",
					"client = vimeo.VimeoClient(token=\"" + g.Hex(32) + "\", key=\"" + g.Hex(40) + "\", secret=\"" + g.String(fake.Base64, 128) + "\")\n",
				},
				Negatives: []string{
					"const client = new Vimeo(process.env.VIMEO_CLIENT_ID, process.env.VIMEO_SECRET, process.env.VIMEO_TOKEN);\n",
					"const client = new Vimeo('" + g.Hex(40) + "', '" + g.String(fake.Base64, 128) + "', '" + g.Hex(20) + "');\n",
				},
			}
		},
		"woocommerce-consumer-secret": func(g *fake.Gen) Cases {
			ck := func() string { return fake.Join("ck", "_") + g.Hex(40) }
			cs := func() string { return fake.Join("cs", "_") + g.Hex(40) }
			return Cases{
				Positives: []string{
					"use Automattic\\WooCommerce\\Client;\n\n$woocommerce = new Client(\n    'https://shop.example.org',\n    '" + ck() + "',\n    '" + cs() + "',\n    ['version' => 'wc/v3']\n);\n",
					"$woocommerce = new Automattic\\WooCommerce\\Client('https://shop.example.org', '" + ck() + "', '" + cs() + "');\n",
					"woocommerce = WooCommerce::API.new(\n  \"https://shop.example.org\",\n  \"" + ck() + "\",\n  \"" + cs() + "\",\n  { wp_api: true, version: \"wc/v3\" }\n)\n",
				},
				Negatives: []string{
					// the secret read from the environment
					"$woocommerce = new Client('https://shop.example.org', '" + ck() + "', getenv('WC_SECRET'));\n",
					// a half-length secret
					"$woocommerce = new Client('https://shop.example.org', '" + ck() + "', '" + fake.Join("cs", "_") + g.Hex(20) + "');\n",
				},
			}
		},
	}
}
