// Cases for the payments and banking rules added in the s34pay2 change:
// Airwallex, Bandwidth (Catapult), Chargify (Maxio), Nuvei (SafeCharge) and
// Paysafe. Every key shape is built at run time from parts, so that this file
// holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// base32Lower is the alphabet of Bandwidth's Catapult tokens and secrets.
const base32Lower = fake.Lower + "234567"

// s34pay2Cases are the cases of the rules this change adds.
func s34pay2Cases() map[string]Builder {
	return map[string]Builder{
		"airwallex-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(96) }
			clientID := func() string { return g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"AIRWALLEX_CLIENT_ID=" + clientID() + "\nAIRWALLEX_API_KEY=" + key() + "\n",
					"airwallex:\n  client_id: " + clientID() + "\n  api_key: \"" + key() + "\"\n",
					"curl --request POST \\\n  --url 'https://api-demo.airwallex.com/api/v1/authentication/login' \\\n" +
						"  --header 'x-client-id: " + clientID() + "' \\\n  --header 'x-api-key: " + key() + "'\n",
					"const airwallexClient = new Airwallex({\n  clientId: '" + clientID() + "',\n  apiKey: '" + key() + "',\n  env: 'demo',\n});\n",
					"railway variables --set AIRWALLEX_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"AIRWALLEX_API_KEY=your_api_key_here\n",
					"AIRWALLEX_API_KEY=" + strings.Repeat("x", 96) + "\n",
					// wrong length and wrong alphabet
					"AIRWALLEX_API_KEY=" + g.Hex(64) + "\n",
					"AIRWALLEX_API_KEY=" + g.MixedAlnum(96) + "\n",
					// the client id is no secret
					"AIRWALLEX_CLIENT_ID=" + clientID() + "\n",
					// a digest of an Airwallex release, not a key
					"airwallex_sdk_version: 6.1.0\nsha384: " + g.Hex(96) + "\n",
				},
			}
		},
		"bandwidth-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("t", "-") + g.String(fake.Lower, 20) + g.String("234567", 3) }
			sec := func() string { return g.String(fake.Lower, 35) + g.String("234567", 4) }
			user := func() string { return fake.Join("u", "-") + g.String(base32Lower, 23) }
			return Cases{
				Positives: []string{
					"BANDWIDTH_USER_ID=" + user() + "\nBANDWIDTH_API_TOKEN=" + tok() + "\nBANDWIDTH_API_SECRET=" + sec() + "\n",
					"const client = new Bandwidth({\n  userId: '" + user() + "',\n  apiToken: '" + tok() + "',\n  apiSecret: '" + sec() + "',\n});\n",
					"module.exports = {\n  catapult: {\n    userId: '" + user() + "',\n    apiToken: '" + tok() + "',\n  },\n};\n",
					"export CATAPULT_API_TOKEN=\"" + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BANDWIDTH_API_TOKEN=" + fake.Join("t", "-") + "12345\n",
					"BANDWIDTH_API_TOKEN=<YOUR-API-TOKEN>\n",
					// wrong length and wrong alphabet
					"BANDWIDTH_API_TOKEN=" + fake.Join("t", "-") + g.String(base32Lower, 30) + "\n",
					"BANDWIDTH_API_TOKEN=" + fake.Join("t", "-") + g.MixedAlnum(23) + "\n",
					// the name glued to another word
					"maxbandwidth_api_token: " + fake.Join("t", "-") + g.String(fake.Lower, 20) + "234\n",
					// a Pure Storage FlashBlade token
					"APIToken: \"" + fake.Join("T", "-") + g.UUID() + "\"\n",
				},
			}
		},
		"bandwidth-api-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.String(fake.Lower, 35) + g.String("234567", 4) }
			return Cases{
				Positives: []string{
					"BANDWIDTH_API_SECRET=" + sec() + "\n",
					"const client = new Bandwidth({\n  userId: process.env.BANDWIDTH_USER_ID,\n  apiToken: process.env.BANDWIDTH_API_TOKEN,\n  apiSecret: '" + sec() + "',\n});\n",
					"heroku config:set CATAPULT_API_SECRET='" + sec() + "' --app my-app\n",
					"const BANDWIDTH_API_SECRET = '" + sec() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"BANDWIDTH_API_SECRET=your_bandwidth_api_secret\n",
					"BANDWIDTH_API_SECRET=<YOUR-API-SECRET>\n",
					// wrong length and wrong alphabet
					"BANDWIDTH_API_SECRET=" + g.String(base32Lower, 30) + "\n",
					"BANDWIDTH_API_SECRET=" + g.MixedAlnum(39) + "\n",
					// the name glued to another word
					"highbandwidth_api_secret: " + g.String(fake.Lower, 35) + "2345\n",
				},
			}
		},
		"chargify-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(10) + g.Pick("-", "_", "Q") + g.MixedAlnum(9) }
			return Cases{
				Positives: []string{
					"CHARGIFY_API_KEY=" + g.MixedAlnum(20) + "\nCHARGIFY_SUBDOMAIN=acme\n",
					"Chargify.configure do |c|\n  c.subdomain = 'acme'\n  c.api_key   = '" + key() + "'\nend\n",
					"export a4t_chargify_api_key=\"" + g.MixedAlnum(20) + "\"\nexport a4t_chargify_shared_key=\"" + g.MixedAlnum(20) + "\"\n",
					"chargify = Chargify('" + g.MixedAlnum(20) + "', 'acme')\n",
					"'chargify' => [\n    'api_key'   => '" + g.MixedAlnum(20) + "',\n    'subdomain' => 'acme',\n],\n",
					"MAXIO_API_KEY=" + g.MixedAlnum(20) + "\n",
				},
				Negatives: []string{
					// placeholders
					"CHARGIFY_API_KEY=your_chargify_api_key\n",
					"Chargify.configure do |c|\n  c.subdomain = 'test'\n  c.api_key   = 'test'\nend\n",
					// wrong length
					"CHARGIFY_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a subdomain is no key
					"CHARGIFY_SUBDOMAIN=" + g.MixedAlnum(20) + "\n",
					// the name glued to another word
					"climaxio_api_key = " + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"nuvei-merchant-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"NUVEI_MERCHANT_ID=4398371783281359887\nNUVEI_MERCHANT_SITE_ID=143503\nNUVEI_SECRET_KEY=" + key() + "\n",
					"$client = new \\SafeCharge\\Api\\RestClient([\n    'environment'       => \\SafeCharge\\Api\\Environment::TEST,\n" +
						"    'merchantId'        => '4398371783281359887',\n    'merchantSiteId'    => '143503',\n    'merchantSecretKey' => '" + key() + "',\n]);\n",
					"[safecharge]\nmerchantId = '4398371783281359887'\nmerchantSecretKey = '" + key() + "'\n",
					"$config->setMerchantSecretKey('" + key() + "');\n",
					"nuvei:\n  merchant_id: \"4398371783281359887\"\n  secret_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"'merchantSecretKey' => '<your merchantSecretKey>',\n",
					"NUVEI_SECRET_KEY=" + strings.Repeat("x", 64) + "\n",
					// wrong length, and one letter case only
					"NUVEI_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					"merchantSecretKey = \"" + g.Hex(64) + "\"\n",
					// the merchant id is no secret
					"NUVEI_MERCHANT_ID=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"paysafe-api-key-password": func(g *fake.Gen) Cases {
			pw := func(env string) string {
				sig := g.Pick("302c0214"+g.Hex(40)+"0214"+g.Hex(40), "302d0215"+g.Hex(42)+"0214"+g.Hex(40), "302b0213"+g.Hex(38)+"0214"+g.Hex(40))
				return fake.Join("B", "-", env, "-0-") + g.Hex(8) + "-" + g.Pick("0-", "") + sig
			}
			return Cases{
				Positives: []string{
					"api_key = '" + fake.Join("devcentre", "4628") + "'\napi_password = '" + pw("qa2") + "'\n",
					"const KEY_PAIR =\n\t\"private-7751:" + pw("qa2") + "\";\n",
					"PAYSAFE_API_USERNAME=pmle-441874\nPAYSAFE_API_PASSWORD=" + pw("p1") + "\n",
					"$client = new PaysafeApiClient('devcentre322', '" + pw("qa2") + "', Environment::TEST, 89987201);\n",
				},
				Negatives: []string{
					// placeholders and a truncated value
					"PAYSAFE_API_PASSWORD=" + fake.Join("B", "-qa2-0-") + "...\n",
					"PAYSAFE_API_PASSWORD=" + fake.Join("B", "-p1-0-") + g.Hex(8) + "-0-302c0214" + g.Hex(20) + "\n",
					// another environment name and no signature
					"PAYSAFE_API_PASSWORD=" + fake.Join("B", "-dev-0-") + g.Hex(8) + "-0-302c0214" + g.Hex(84) + "\n",
					"PAYSAFE_API_PASSWORD=" + fake.Join("B", "-qa2-0-") + g.Hex(8) + "-0-" + g.MixedAlnum(92) + "\n",
				},
			}
		},
	}
}
