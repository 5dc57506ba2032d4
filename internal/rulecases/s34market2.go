// Cases for the marketplace and recruiting rules added in the s34market2
// change: the Jumpseller store API auth token, the Manatal Open API token and
// the Newegg Marketplace API key and secret key. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34market2Cases are the cases of the rules this change adds.
func s34market2Cases() map[string]Builder {
	return map[string]Builder{
		"jumpseller-auth-token": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "jumpseller", ".com/v1")
			return Cases{
				Positives: []string{
					// .env of a store integration
					"JUMPSELLER_LOGIN=" + g.Hex(32) + "\nJUMPSELLER_AUTH_TOKEN=" + g.Hex(32) + "\n",
					// the API's query-string authentication, as its reference shows it
					"const url = `" + host + "/products.json?login=" + g.Hex(32) + "&authtoken=" + g.Hex(32) + "&limit=50`;\n",
					// a Python settings class with a fallback
					"    JUMPSELLER_API_TOKEN: str = os.getenv(\"JUMPSELLER_API_TOKEN\", \"" + g.Hex(32) + "\")\n",
					// a YAML section named after the provider
					"jumpseller:\n  login: " + g.Hex(32) + "\n  authtoken: " + g.Hex(32) + "\n",
					// a JavaScript client's options
					"const jumpsellerToken = '" + g.Hex(32) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"JUMPSELLER_AUTH_TOKEN=your_auth_token_here\n",
					"curl \"" + host + "/products.json?login=XXXXXX&authtoken=XXXXX\"\n",
					"JUMPSELLER_AUTH_TOKEN=" + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"JUMPSELLER_AUTH_TOKEN=" + g.Hex(24) + "\n",
					"JUMPSELLER_AUTH_TOKEN=" + g.String("ghijklmnopqrstuvwxyz", 32) + "\n",
					// the login key alone is no credential word
					"JUMPSELLER_LOGIN=" + g.Hex(32) + "\n",
					// the name glued to another word
					"MYJUMPSELLERSTORE_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"manatal-api-token": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "manatal", ".com/open/v3")
			return Cases{
				Positives: []string{
					// .env as integrations write it
					"MANATAL_API_TOKEN=" + g.Hex(40) + "\n",
					// the Authorization: Token header the API takes
					"const res = await fetch('" + host + "/candidates/', {\n  headers: {\n    'Content-Type': 'application/json',\n    Authorization: 'Token " + g.Hex(40) + "',\n  },\n});\n",
					// a Python client
					"client = ManatalClient(api_token=\"" + g.Hex(40) + "\")\nmanatal_key = \"" + g.Hex(40) + "\"\n",
					// a YAML section named after the provider
					"manatal:\n  base_url: " + host + "\n  api_token: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// placeholders
					"MANATAL_API_TOKEN=your_manatal_token\n",
					"MANATAL_API_TOKEN=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"MANATAL_API_TOKEN=" + g.Hex(32) + "\n",
					"MANATAL_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					// an id, not a token
					"manatal_candidate_id = \"" + g.Hex(40) + "\"\n",
				},
			}
		},
		"newegg-marketplace-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "newegg", ".com/marketplace")
			return Cases{
				Positives: []string{
					// .env of a seller integration
					"NEWEGG_SELLER_ID=A006\nNEWEGG_API_KEY=" + g.Hex(32) + "\n",
					// the Authorization header the API takes, after its URL
					"curl -X PUT '" + host + "/ordermgmt/order/orderinfo?sellerid=A006' \\\n  -H 'Authorization: " + g.Hex(32) + "' \\\n  -H 'Content-Type: application/json'\n",
					// a JSON config section named after the provider
					"{\n  \"newegg\": {\n    \"sellerId\": \"A006\",\n    \"apiKey\": \"" + g.Hex(32) + "\"\n  }\n}\n",
					// upper-case hex
					"newegg_authorization = '" + g.String(fake.HexUpper, 32) + "'\n",
				},
				Negatives: []string{
					// placeholders as the SDK README masks them
					"NEWEGG_API_KEY=" + strings.Repeat("*", 32) + "\n",
					"NEWEGG_API_KEY=your_api_key\n",
					// wrong length and wrong alphabet
					"NEWEGG_API_KEY=" + g.Hex(28) + "\n",
					"NEWEGG_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a product link is no credential
					"see https://www.newegg.com/p/N82E168" + g.Hex(32) + "\n",
				},
			}
		},
		"newegg-marketplace-secret-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "newegg", ".com/marketplace")
			upper := func() string { return strings.ToUpper(g.UUID()) }
			return Cases{
				Positives: []string{
					// .env of a seller integration
					"NEWEGG_SECRET_KEY=" + upper() + "\n",
					// the SecretKey header the API takes, after its URL
					"curl '" + host + "/sellermgmt/seller/accountstatus?sellerid=A006' \\\n  -H 'SecretKey: " + g.UUID() + "'\n",
					// a Rails credentials file
					"newegg:\n  seller_id: A006\n  secret_key: " + upper() + "\n",
				},
				Negatives: []string{
					// placeholders as the SDK README masks them
					"NEWEGG_SECRET_KEY=*******-****-****-****-************\n",
					"NEWEGG_SECRET_KEY=your-secret-key\n",
					// a truncated UUID
					"NEWEGG_SECRET_KEY=" + g.UUID()[:30] + "\n",
					// not a UUID
					"NEWEGG_SECRET_KEY=" + g.String("ghijklmnopqrstuvwxyz", 8) + "-" + g.Hex(4) + "-" + g.Hex(4) + "-" + g.Hex(4) + "-" + g.Hex(12) + "\n",
				},
			}
		},
	}
}
