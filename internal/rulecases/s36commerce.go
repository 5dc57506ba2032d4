// Cases for the commerce, CMS and engagement rules of the s36-commerce change:
// the new SurveyMonkey access-token rule, and the forms added to Ably (SDK
// constructors and realtime URLs), Pusher (server constructors; the public app
// key is no longer read), Uploadcare (Uploadcare.Simple), Vimeo (client
// constructors), GetStream (the secret as the constructor's
// second argument, stream.connect) and WooCommerce (the PHP and Ruby clients'
// positional url, consumer key, consumer secret). Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
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
