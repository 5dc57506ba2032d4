// Cases for the hospitality rules added in the s34 hospitality change:
// Hostfully, Lodgify and Smoobu (vacation rental software) and Revel Systems
// (restaurant POS). Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34hospitalityCases are the cases of the rules this change adds.
func s34hospitalityCases() map[string]Builder {
	return map[string]Builder{
		"hostfully-api-key": func(g *fake.Gen) Cases {
			header := fake.Join("X-HOST", "FULLY-", "APIKEY")
			return Cases{
				Positives: []string{
					"HOSTFULLY_API_KEY=" + g.MixedAlnum(16) + "\nHOSTFULLY_AGENCY_UID=" + g.UUID() + "\n",
					"headers = {\n    \"accept\": \"application/json\",\n    \"" + header + "\": \"" + g.MixedAlnum(16) + "\"\n}\n",
					"curl -s -H \"" + header + ": " + g.MixedLetters(16) + "\" https://platform.hostfully.com/api/v3.2/properties?agencyUid=" + g.UUID() + "\n",
					"hostfully:\n  agency_uid: " + g.UUID() + "\n  api_key: " + g.MixedAlnum(16) + "\n",
					"const hostfullyApiKey = process.env.HOSTFULLY_API_KEY || '" + g.MixedAlnum(16) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"HOSTFULLY_API_KEY=your-api-key\n",
					"HOSTFULLY_API_KEY=xxxxxxxxxxxxxxxx\n",
					// the agency UID is an identifier, not the key
					"HOSTFULLY_AGENCY_UID=" + g.UUID() + "\n",
					// wrong length
					"HOSTFULLY_API_KEY=" + g.MixedAlnum(24) + "\n",
					// one letter case only: an identifier, not a key
					"HOSTFULLY_API_KEY=" + strings.ToLower(g.MixedLetters(16)) + "\n",
					// the name glued to another word
					"NOTHOSTFULLY_API_KEY=" + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"lodgify-api-key": func(g *fake.Gen) Cases {
			// a Lodgify key is 48 random bytes in base64: 64 characters, no padding
			key := func() string {
				for {
					k := g.Base64Bytes(48)
					if strings.ContainsAny(k, fake.Upper) && strings.ContainsAny(k, fake.Lower) && strings.ContainsAny(k, fake.Digits) {
						return k
					}
				}
			}
			return Cases{
				Positives: []string{
					"LODGIFY_API_KEY=" + key() + "\n",
					"const LODGIFY_API_KEY = '" + key() + "';\nconst LODGIFY_BASE_URL = 'https://api.lodgify.com/v2';\n",
					"const client = axios.create({ baseURL: 'https://api.lodgify.com/v2', headers: { 'X-ApiKey': '" + key() + "' } });\n",
					"{\n  \"mcpServers\": {\n    \"lodgify\": {\n      \"command\": \"uvx\",\n      \"env\": { \"LODGIFY_API_KEY\": \"" + key() + "\" }\n    }\n  }\n}\n",
					"lodgify:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"LODGIFY_API_KEY=your_lodgify_api_key_here\n",
					"LODGIFY_API_KEY=\"" + strings.Repeat("x", 64) + "\"\n",
					// a longer base64 value is not a Lodgify key
					"LODGIFY_API_KEY=" + g.Base64Bytes(64) + "\n",
					// too short
					"LODGIFY_API_KEY=" + g.Base64Bytes(24) + "\n",
					// a property id is not a key
					"LODGIFY_PROPERTY_ID=" + g.Hex(8) + "\n",
					// the name glued to another word
					"LODGIFYX_NAME=" + key() + "\n",
				},
			}
		},
		"smoobu-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SMOOBU_API_KEY=" + g.MixedAlnum(42) + "\nSMOOBU_CUSTOMER_ID=" + g.String(fake.Digits, 7) + "\n",
					"SMOOBU_API_KEY = \"" + g.MixedAlnum(42) + "\"\nHEADERS = {\"Api-Key\": SMOOBU_API_KEY, \"Content-Type\": \"application/json\"}\n",
					"curl -H \"Api-Key: " + g.MixedAlnum(42) + "\" -H \"Cache-Control: no-cache\" https://login.smoobu.com/api/apartments\n",
					"options:\n  smoobu_api_key: \"" + g.MixedAlnum(42) + "\"\n  unifi_host: \"192.168.1.5\"\n",
					"const smoobuKey = process.env.SMOOBU_API_KEY ?? '" + g.MixedAlnum(42) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"SMOOBU_API_KEY=your_smoobu_api_key\n",
					"SMOOBU_API_KEY=" + strings.Repeat("X", 42) + "\n",
					// wrong length
					"SMOOBU_API_KEY=" + g.MixedAlnum(32) + "\n",
					// wrong alphabet
					"SMOOBU_API_KEY=" + g.MixedAlnum(20) + "-" + g.MixedAlnum(21) + "\n",
					// the customer id is not a key
					"SMOOBU_CUSTOMER_ID=" + g.String(fake.Digits, 7) + "\n",
					// the name glued to another word
					"SMOOBUX_NAME=" + g.MixedAlnum(42) + "\n",
				},
			}
		},
		"revel-api-authentication": func(g *fake.Gen) Cases {
			header := fake.Join("API-AUTHEN", "TICATION")
			pair := func() string { return g.Hex(32) + ":" + g.Hex(64) }
			return Cases{
				Positives: []string{
					"curl -X GET --header \"" + header + ": " + pair() + "\" https://demo.revelup.com/resources/TimeSheetEntry/?format=json\n",
					"headers: {\n  'Content-Type': 'application/json',\n  '" + header + "': '" + pair() + "'\n}\n",
					"wget --header '" + header + ": " + pair() + "' 'https://market.revelup.com/resources/Product/?format=json' -O products.json\n",
					"$headers = @{ \"" + header + "\" = \"" + pair() + "\" }\n",
				},
				Negatives: []string{
					// a reference to the pair, not the pair
					"h = {'" + header + "': f\"{os.getenv('REVEL_API_KEY')}:{os.getenv('REVEL_API_SECRET')}\"}\n",
					// placeholder
					"" + header + ": keycode:secretcode\n",
					// the key alone
					"" + header + ": " + g.Hex(32) + "\n",
					// wrong alphabet: a token of letters and digits
					"" + header + ": " + g.MixedAlnum(32) + ":" + g.MixedAlnum(64) + "\n",
					// another header that ends the same way
					"'x-dq" + strings.ToLower(header) + "': '" + pair() + "'\n",
				},
			}
		},
		"revel-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"REVEL_API_KEY=" + g.Hex(32) + "\nREVEL_API_SECRET=" + g.Hex(64) + "\nREVEL_ESTABLISHMENT_ID=1\n",
					"const REVEL_API_SECRET = \"" + g.Hex(64) + "\";\nconst BASE_URL = \"https://demo.revelup.com/resources\";\n",
					"sendRequest(\"https://team5.revelup.com/resources/Pumps/?api_key=" + g.Hex(32) + "&api_secret=" + g.Hex(64) + "\")\n",
					"revel:\n  subdomain: demo\n  api_secret: " + g.Hex(64) + "\n",
					"api_secret = os.getenv('REVEL_API_SECRET', '" + g.Hex(64) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"REVEL_API_SECRET=your_secret\n",
					"REVEL_API_SECRET=" + strings.Repeat("0", 64) + "\n",
					// the bare word is an English word, not a label
					"REVEL=" + g.Hex(64) + "\n",
					// words that begin with the name
					"REVELATION_KEY=" + g.Hex(64) + "\n",
					"revelry_token = \"" + g.Hex(64) + "\"\n",
					"TREVELYAN_SECRET=" + g.Hex(64) + "\n",
					// wrong length
					"REVEL_API_SECRET=" + g.Hex(48) + "\n",
				},
			}
		},
	}
}

// s34hospitalityWidenedCases are the cases of rules this change widened:
// uber-client-secret now reads Uber Direct's names too.
func s34hospitalityWidenedCases() map[string]Builder {
	return map[string]Builder{
		"uber-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(12) + g.Pick("-", "_") + g.MixedAlnum(27) }
			return Cases{
				Positives: []string{
					"UBER_DIRECT_CUSTOMER_ID=" + g.UUID() + "\nUBER_DIRECT_CLIENT_ID=" + g.MixedAlnum(32) + "\nUBER_DIRECT_CLIENT_SECRET=" + secret() + "\n",
					"const uberDirectClientSecret = \"" + secret() + "\";\n",
				},
				Negatives: []string{
					"UBER_DIRECT_CLIENT_SECRET=your_client_secret\n",
					// the client id is 32 characters and not a secret
					"UBER_DIRECT_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}
