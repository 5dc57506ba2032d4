// Cases for the vehicle-data, sports-odds and CDN rules added in the
// s34 autodns change: auto.dev, Betfair, CarMD, Edmunds, KeyCDN and OpticOdds
// (OddsJam). Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34autodnsCases are the cases of the rules this change adds.
func s34autodnsCases() map[string]Builder {
	return map[string]Builder{
		"autodev-api-key": func(g *fake.Gen) Cases {
			head := fake.Join("ZrQ", "EPS", "kK")
			key := func() string {
				mail := g.LowerAlnum(10) + g.Pick("@gmail.com", "@yahoo.com", "@outlook.com")
				return head + base64.StdEncoding.EncodeToString([]byte(mail))
			}
			return Cases{
				Positives: []string{
					"const url = `https://auto.dev/api/vin/${vin}?apikey=" + key() + "`;\n",
					"AUTO_DEV_API_KEY=" + key() + "\n",
					"@Query(\"apikey\") apikey : String = \"" + key() + "\"\n",
					"autodev:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// the head alone, and a head with too short a tail
					"AUTO_DEV_API_KEY=" + head + "\n",
					"AUTO_DEV_API_KEY=" + head + "YQ==\n",
					// placeholders
					"AUTO_DEV_API_KEY=" + head + strings.Repeat("x", 24) + "\n",
					// a base64 e-mail without the head
					"AUTO_DEV_API_KEY=" + base64.StdEncoding.EncodeToString([]byte(g.LowerAlnum(10)+"@gmail.com")) + "\n",
					// the head inside a longer base64 run
					"blob = \"" + g.MixedAlnum(12) + head + g.MixedAlnum(24) + "\"\n",
				},
			}
		},
		"autodev-secret-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "_ad_")
			return Cases{
				Positives: []string{
					"AUTO_DEV_API_KEY=" + prefix + g.MixedAlnum(24) + "\n",
					"static const String _listingsUrl = 'https://auto.dev/api/listings?apiKey=" + prefix + g.MixedAlnum(15) + "_" + g.MixedAlnum(8) + "';\n",
					"headers: { Authorization: \"Bearer " + prefix + g.MixedAlnum(24) + "\" }\n",
				},
				Negatives: []string{
					// wrong length
					"AUTO_DEV_API_KEY=" + prefix + g.MixedAlnum(16) + "\n",
					// placeholders and identifiers
					"AUTO_DEV_API_KEY=" + prefix + strings.Repeat("x", 24) + "\n",
					"field :" + prefix + "network_installs_total_x, 246, type: :int64\n",
					// glued to a longer word
					"def ask" + prefix + g.MixedAlnum(24) + "(message):\n",
				},
			}
		},
		"betfair-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BETFAIR_APP_KEY=" + g.MixedAlnum(16) + "\nBETFAIR_USERNAME=punter\n",
					"headers: {\n  'X-Application': '" + g.MixedAlnum(16) + "',\n  'Accept': 'application/json',\n}\n",
					"curl -X POST https://api.betfair.com/exchange/betting/json-rpc/v1 -H \"X-Application: " + g.MixedAlnum(16) + "\" -H \"X-Authentication: $SSOID\"\n",
					"betfair:\n  app_key: " + g.MixedAlnum(16) + "\n  username: punter\n",
					"client = Betfair('" + g.MixedAlnum(16) + "', 'certs/betfair.pem')\n",
				},
				Negatives: []string{
					// placeholders
					"BETFAIR_APP_KEY=your_app_key_here\n",
					"BETFAIR_APP_KEY=xxxxxxxxxxxxxxxx\n",
					// wrong length
					"BETFAIR_APP_KEY=" + g.MixedAlnum(12) + "\n",
					// an X-Application header naming an application
					"headers = {'X-Application': 'Accounting-System'}\n",
					// a session token is longer and ends in padding
					"BETFAIR_SESSION_TOKEN=" + g.MixedAlnum(16) + "+" + g.MixedAlnum(26) + "=\n",
					// the name glued to another word
					"BETFAIRNAME=" + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"carmd-authorization-key": func(g *fake.Gen) Cases {
			key := func() string { return base64.StdEncoding.EncodeToString([]byte(g.UUID())) }
			return Cases{
				Positives: []string{
					"fetch(`http://api.carmd.com/v3.0/decode?vin=${vin}`, {\n  headers: {\n    authorization: \"Basic " + key() + "\",\n    \"partner-token\": \"" + g.Hex(32) + "\",\n  },\n})\n",
					"const CAR_MD_API_BASE_URL = 'https://api.carmd.com/v3.0';\nconst AUTHORIZATION_KEY = 'Basic " + key() + "';\n",
					"REACT_APP_CARMD_AUTH_KEY=" + key() + "\n",
					"header = {\"content-type\": \"application/json\", \"authorization\": \"Basic " + key() + "\", \"partner-token\": \"" + g.Hex(32) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"REACT_APP_CARMD_AUTH_KEY=your_carmd_auth_key\n",
					"headers = {\"authorization\": \"Basic " + strings.Repeat("x", 48) + "\", \"partner-token\": \"" + g.Hex(32) + "\"}\n",
					// the base64 of a UUID in upper case, and of a random word
					"REACT_APP_CARMD_AUTH_KEY=" + base64.StdEncoding.EncodeToString([]byte(strings.ToUpper(g.UUID()))) + "\n",
					"REACT_APP_CARMD_AUTH_KEY=" + g.MixedAlnum(48) + "\n",
					// the key without CarMD's context
					"Authorization: Basic " + key() + "\n",
				},
			}
		},
		"carmd-partner-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"headers: {\n  authorization: token,\n  \"partner-token\": \"" + g.Hex(32) + "\"\n}\n",
					"REACT_APP_CARMD_PARTNER_TOKEN=" + g.Hex(32) + "\n",
					"private String carMD_Token = \"" + g.Hex(32) + "\";\n",
					"curl -H \"partner-token: " + g.Hex(32) + "\" \"https://api.carmd.com/v3.0/decode?vin=1GNALDEK9FZ108495\"\n",
				},
				Negatives: []string{
					// placeholders and wrong alphabet
					"REACT_APP_CARMD_PARTNER_TOKEN=your_partner_token\n",
					"REACT_APP_CARMD_PARTNER_TOKEN=" + g.MixedAlnum(32) + "\n",
					// another header that ends in partner-token
					"headers = {\"x-partner-token\": \"" + g.Hex(32) + "\"}\n",
					// wrong length
					"\"partner-token\": \"" + g.Hex(24) + "\"\n",
				},
			}
		},
		"edmunds-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"REACT_APP_EDMUNDS_API_KEY=" + g.LowerAlnum(24) + "\n",
					"url = \"https://api.edmunds.com/api/vehicle/v2/makes?fmt=json&api_key=" + g.LowerAlnum(24) + "\"\n",
					"define('EDMUNDS_API_KEY', '" + g.LowerAlnum(24) + "');\n",
					"edmunds:\n  api_key: " + g.LowerAlnum(24) + "\n",
				},
				Negatives: []string{
					// placeholders
					"EDMUNDS_API_KEY=your_edmunds_api_key\n",
					"EDMUNDS_API_KEY=" + strings.Repeat("x", 24) + "\n",
					// wrong alphabet and wrong length
					"EDMUNDS_API_KEY=" + g.MixedAlnum(24) + "\n",
					"EDMUNDS_API_KEY=" + g.LowerAlnum(32) + "\n",
					// the surname alone labels nothing
					"EDMUNDS=" + g.LowerAlnum(24) + "\n",
					"author: Edmunds " + g.LowerAlnum(24) + "\n",
				},
			}
		},
		"keycdn-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "_prod_")
			key := func() string { return prefix + base64.StdEncoding.EncodeToString([]byte(g.Hex(18))) }
			return Cases{
				Positives: []string{
					"var keycdn = new KeyCDN('" + key() + "');\n",
					"api = keycdn.Api('" + key() + "')\n",
					"KEYCDN_API_KEY=" + key() + "\n",
					"curl \"https://api.keycdn.com/zones/purge/1234.json\" -u " + key() + ":\n",
				},
				Negatives: []string{
					// placeholders
					"KEYCDN_API_KEY=" + prefix + "....\n",
					"KEYCDN_API_KEY=" + prefix + strings.Repeat("x", 24) + "\n",
					// random letters are not the base64 of hex digits
					"STRIPE_KEY=" + prefix + g.MixedAlnum(24) + "\n",
					// too long
					"KEYCDN_API_KEY=" + prefix + base64.StdEncoding.EncodeToString([]byte(g.Hex(24))) + "\n",
				},
			}
		},
		"opticodds-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPTICODDS_API_KEY=" + g.UUID() + "\n",
					"const url = \"https://api.opticodds.com/api/v3/leagues?key=" + g.UUID() + "\";\n",
					"active = requests.get(\"https://api.opticodds.com/api/v3/fixtures/active?sport=basketball\",\n    headers={\"X-Api-Key\": \"" + g.UUID() + "\"})\n",
					"$game = Http::get('https://api-external.oddsjam.com/api/v2/grader', [\n    'key' => '" + g.UUID() + "',\n]);\n",
					"ODDSJAM_API_KEY = os.environ.get('ODDSJAM_API_KEY') or '" + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"OPTICODDS_API_KEY=your-key-here\n",
					"OPTICODDS_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a UUID
					"OPTICODDS_API_KEY=" + g.Hex(32) + "\n",
					// a fixture id, not a key
					"url = \"https://api.opticodds.com/api/v3/fixtures/odds?sportsbook=Pinnacle&fixture_id=" + strings.ToUpper(g.Hex(12)) + "\"\n",
					// optic alone is a word
					"OPTIC_API_KEY=" + g.UUID() + "\n",
				},
			}
		},
	}
}
