// Cases for the marketplace and food-delivery rules added in the s30 market
// change: AliExpress, Coupang, DoorDash, Instacart, Kroger, Lazada, Uber and
// Zomato. Every key shape is built at run time from parts, so that this file
// holds no token-shaped literal.

package rulecases

import (
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30marketCases are the cases of the rules this change adds.
func s30marketCases() map[string]Builder {
	return map[string]Builder{
		"aliexpress-app-secret": func(g *fake.Gen) Cases {
			appKey := strconv.Itoa(500000 + g.IntN(100000))
			return Cases{
				Positives: []string{
					"ALIEXPRESS_APP_KEY=" + appKey + "\nALIEXPRESS_APP_SECRET=" + g.MixedAlnum(32) + "\nALIEXPRESS_TRACKING_ID=default\n",
					"ALIEXPRESS_APP_KEY    = \"" + appKey + "\"\nALIEXPRESS_APP_SECRET = \"" + g.MixedAlnum(32) + "\"\n",
					"client = iop.IopClient('https://api-sg.aliexpress.com/sync', '" + appKey + "', '" + g.MixedAlnum(32) + "')\n",
					"aliexpress:\n  app_key: \"" + appKey + "\"\n  app_secret: \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"ALIEXPRESS_APP_SECRET=your_app_secret_here\n",
					"IopClient client = new IopClient(url, appkey, appSecret);\n",
					// wrong length and a one-case value
					"ALIEXPRESS_APP_SECRET=" + g.MixedAlnum(28) + "\n",
					"ALIEXPRESS_APP_SECRET=" + g.Hex(32) + "\n",
					// the app key is not the secret
					"ALIEXPRESS_APP_KEY=" + appKey + "\n",
				},
			}
		},
		"coupang-secret-key": func(g *fake.Gen) Cases {
			gateway := "https://api-gateway." + "coupang.com"
			return Cases{
				Positives: []string{
					"COUPANG_ACCESS_KEY=" + g.UUID() + "\nCOUPANG_SECRET_KEY=" + g.Hex(40) + "\n",
					"DOMAIN = \"" + gateway + "\"\nACCESS_KEY = \"" + g.UUID() + "\"\nSECRET_KEY = \"" + g.Hex(40) + "\"\n",
					"coupang:\n  vendor_id: A00" + strconv.Itoa(100000+g.IntN(800000)) + "\n  access_key: " + g.UUID() + "\n  secret_key: " + g.Hex(40) + "\n",
					"CoupangClient client = new CoupangClient(\"" + g.UUID() + "\", \"" + g.Hex(40) + "\");\n",
				},
				Negatives: []string{
					// placeholders
					"COUPANG_SECRET_KEY=your_secret_key\n",
					"COUPANG_SECRET_KEY=\"" + strings.Repeat("x", 40) + "\"\n",
					// wrong length and wrong alphabet
					"COUPANG_SECRET_KEY=" + g.Hex(32) + "\n",
					"COUPANG_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					// the access key is not the secret
					"COUPANG_ACCESS_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"doordash-signing-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"DOORDASH_DEVELOPER_ID=" + g.UUID() + "\nDOORDASH_KEY_ID=" + g.UUID() + "\nDOORDASH_SIGNING_SECRET=" + secret() + "\n",
					"{\n  \"developer_id\": \"" + g.UUID() + "\",\n  \"key_id\": \"" + g.UUID() + "\",\n  \"signing_secret\": \"" + secret() + "\"\n}\n",
					"const accessKey = {\n  developerId: '" + g.UUID() + "',\n  keyId: '" + g.UUID() + "',\n  signingSecret: '" + secret() + "',\n};\n",
					"doordash:\n  developer_id: " + g.UUID() + "\n  signing_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"DOORDASH_SIGNING_SECRET=your_signing_secret\n",
					"DOORDASH_SIGNING_SECRET=" + strings.Repeat("x", 43) + "\n",
					// too short
					"DOORDASH_SIGNING_SECRET=" + g.MixedAlnum(32) + "\n",
					// the ids are not the secret
					"DOORDASH_KEY_ID=" + g.UUID() + "\n",
					// a signing secret of another product, no DoorDash context
					"{\"key_id\": \"" + g.UUID() + "\", \"signing_secret\": \"" + secret() + "\"}\n",
				},
			}
		},
		"instacart-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ke", "ys.")
			key := func() string { return prefix + g.MixedAlnum(18) + g.Pick("-", "_") + g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"INSTACART_API_KEY=" + key() + "\nINSTACART_API_BASE_URL=https://connect.dev.instacart.tools\n",
					"curl --request POST \\\n  --url 'https://connect.instacart.com/idp/v1/products/products_link' \\\n  --header 'Authorization: Bearer " + key() + "' \\\n  --header 'Content-Type: application/json'\n",
					"const instacart = { apiKey: '" + key() + "', env: 'development' };\n",
					"instacart:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"INSTACART_API_KEY=" + prefix + "your_api_key_here\n",
					"INSTACART_API_KEY=" + prefix + strings.Repeat("x", 43) + "\n",
					// too short, and the body without the prefix
					"INSTACART_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					"INSTACART_API_KEY=" + g.MixedAlnum(43) + "\n",
				},
			}
		},
		"kroger-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(19) }
			clientID := "recipeprices-" + g.Hex(32) + strconv.Itoa(100000000+g.IntN(800000000))
			return Cases{
				Positives: []string{
					"KROGER_CLIENT_ID=" + clientID + "\nKROGER_CLIENT_SECRET=" + secret() + "\n",
					"kroger_client_id = \"" + clientID + "\"\nkroger_client_secret = \"" + secret() + "\"\n",
					"[kroger]\nclient_id = \"" + clientID + "\"\nclient_secret = \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"KROGER_CLIENT_SECRET=your-kroger-client-secret\n",
					"KROGER_CLIENT_SECRET=" + strings.Repeat("x", 40) + "\n",
					// too short, and the client id is not the secret
					"KROGER_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					"KROGER_CLIENT_ID=" + clientID + "\n",
				},
			}
		},
		"lazada-app-secret": func(g *fake.Gen) Cases {
			appKey := strconv.Itoa(100000 + g.IntN(800000))
			return Cases{
				Positives: []string{
					"LAZADA_APP_KEY=" + appKey + "\nLAZADA_APP_SECRET=" + g.MixedAlnum(32) + "\n",
					"client = lazop.LazopClient('https://api.lazada.com/rest', '" + appKey + "', '" + g.MixedAlnum(32) + "')\n",
					"LazopClient client = new LazopClient(\"https://api.lazada.co.th/rest\", \"" + appKey + "\", \"" + g.MixedAlnum(32) + "\");\n",
					"lazada:\n  app_key: \"" + appKey + "\"\n  app_secret: \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"LAZADA_APP_SECRET=your_app_secret_here\n",
					"client = lazop.LazopClient(url, '${appKey}', '${appSecret}')\n",
					// wrong length and a one-case value
					"LAZADA_APP_SECRET=" + g.MixedAlnum(28) + "\n",
					"LAZADA_APP_SECRET=" + g.Hex(32) + "\n",
					// an access token is longer
					"LAZADA_ACCESS_TOKEN=50000" + g.MixedAlnum(55) + "\n",
				},
			}
		},
		"uber-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(12) + g.Pick("-", "_") + g.MixedAlnum(27) }
			return Cases{
				Positives: []string{
					"UBER_CLIENT_ID=" + g.MixedAlnum(32) + "\nUBER_CLIENT_SECRET=" + secret() + "\n",
					"uber_client_id = \"" + g.MixedAlnum(32) + "\"\nuber_client_secret = \"" + secret() + "\"\n",
					"// Uber Eats test credentials\nconst val UBER_CLIENT_SECRET = \"" + secret() + "\"\n",
					"module.exports = {\n  uberClientSecret: '" + secret() + "',\n};\n",
				},
				Negatives: []string{
					// placeholders
					"UBER_CLIENT_SECRET=your_uber_client_secret\n",
					"UBER_CLIENT_SECRET=\"${UBER_CLIENT_SECRET}\"\n",
					// the client id is 32 characters and not a secret
					"UBER_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// another name that ends in the word
					"KUBER_CLIENT_SECRET=" + secret() + "\n",
				},
			}
		},
		"zomato-api-key": func(g *fake.Gen) Cases {
			api := "https://developers." + "zomato.com/api/v2.1"
			return Cases{
				Positives: []string{
					"ZOMATO_API_KEY=" + g.Hex(32) + "\n",
					"fetch(`" + api + "/search?q=${query}&count=10`, {\n  headers: {\n    \"user-key\": \"" + g.Hex(32) + "\",\n    Accept: \"application/json\",\n  },\n});\n",
					"url = \"" + api + "/cities\"\nheaders = {\"Accept\": \"application/json\", \"user-key\": \"" + g.Hex(32) + "\"}\n",
					"const zomatoKey = '" + g.Hex(32) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"ZOMATO_API_KEY=your_zomato_api_key\n",
					"ZOMATO_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length and wrong alphabet
					"ZOMATO_API_KEY=" + g.Hex(24) + "\n",
					"ZOMATO_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the user-key header of another API
					"url = \"https://api-v3.igdb.com/games\"\nheaders = {\"user-key\": \"" + g.Hex(32) + "\"}\n",
				},
			}
		},
	}
}
