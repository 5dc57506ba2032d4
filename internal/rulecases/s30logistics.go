// Cases for the real-estate, logistics and automotive data rules added in
// the s30-logistics change: ATTOM, Australia Post, Canada Post, CarsXE,
// MarketCheck, RentCast and TrackingMore. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30logisticsCases are the cases of the rules this change adds.
func s30logisticsCases() map[string]Builder {
	return map[string]Builder{
		"attom-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ATTOM_API_KEY=" + g.Hex(32) + "\n",
					"const attomApi = new AttomAPI('" + g.Hex(32) + "');\n",
					"attom:\n  api_key: \"" + g.Hex(32) + "\"\n  base_url: https://api.gateway.attomdata.com/propertyapi/v1.0.0\n",
					"# ATTOM API key\nattom_api_key: str = \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholder and wrong length
					"ATTOM_API_KEY=your_attom_api_key_here\n",
					"ATTOM_API_KEY=" + g.Hex(24) + "\n",
					// not hex
					"ATTOM_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word and no credential word
					"ATTOM_PROPERTY_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"auspost-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AUSPOST_API_KEY=" + g.UUID() + "\n",
					"class Settings(BaseSettings):\n    auspost_api_key: str = \"" + g.UUID() + "\"\n",
					"australia_post:\n  api_key: '" + g.UUID() + "'\n  account_number: '1234567890'\n",
				},
				Negatives: []string{
					// placeholders
					"AUSPOST_API_KEY=your-auspost-api-key\n",
					"AUSPOST_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a UUID
					"AUSPOST_API_KEY=" + g.Hex(32) + "\n",
					// a tracking id, not a key
					"AUSPOST_TRACKING_ID=" + g.UUID() + "\n",
				},
			}
		},
		"bridge-interactive-server-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BRIDGE_SERVER_TOKEN=" + g.Hex(32) + "\n",
					"const BRIDGE_TOKEN = '" + g.Hex(32) + "';\nconst BRIDGE_BASE = 'https://api.bridgedataoutput.com/api/v2/miamire';\n",
					"const url = 'https://api.bridgedataoutput.com/api/v2/pub/transactions?access_token=" + g.Hex(32) + "&limit=1';\n",
					"bridge:\n  dataset: stellar\n  server_token: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BRIDGE_SERVER_TOKEN=your_bridge_server_token\n",
					"https://api.bridgedataoutput.com/api/v2/OData/test/Property?access_token=process.env.SERVER_TOKEN\n",
					// a bridge contract's token address is no Bridge API token
					"BRIDGE_TOKEN_ADDRESS=0x" + g.Hex(40) + "\n",
					// the word alone labels nothing
					"bridge: " + g.Hex(32) + "\n",
					// wrong length
					"BRIDGE_SERVER_TOKEN=" + g.Hex(40) + "\n",
				},
			}
		},
		"canadapost-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CANADA_POST_PASSWORD=" + g.Hex(22) + "\n",
					"const CANADAPOST_PASSWORD = '" + g.Hex(22) + "';\n",
					"canada_post_api_key: \"" + g.Hex(16) + ":" + g.Hex(22) + "\"\n",
					"'canada_post' => [\n    'username' => 'x',\n    'password' => '" + g.Hex(22) + "',\n],\n",
				},
				Negatives: []string{
					// placeholders
					"CANADA_POST_PASSWORD=your-canada-post-password\n",
					"CANADA_POST_PASSWORD=" + strings.Repeat("0", 22) + "\n",
					// a customer number is no secret
					"CANADA_POST_CUSTOMER_NUMBER=2004381\n",
					// wrong length and alphabet
					"CANADA_POST_PASSWORD=" + g.Hex(30) + "\n",
					"CANADA_POST_PASSWORD=" + g.MixedAlnum(22) + "\n",
				},
			}
		},
		"carsxe-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(9) + "_" + g.LowerAlnum(9) + "_" + g.LowerAlnum(9) }
			return Cases{
				Positives: []string{
					"CARSXE_API_KEY=" + key() + "\n",
					"$res = Http::get(\"https://api.carsxe.com/specs?key=" + key() + "&vin=$vin&format=json\");\n",
					"const carsxe = new CarsXE('" + key() + "');\n",
					"env:\n  CARSXE_KEY: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"CARSXE_API_KEY=your_carsxe_api_key\n",
					"https://api.carsxe.com/specs?key=<CARSXE_API_KEY>&vin=WBAFR7C57CC811956\n",
					// groups of the wrong length
					"CARSXE_API_KEY=" + g.LowerAlnum(9) + "_" + g.LowerAlnum(7) + "_" + g.LowerAlnum(9) + "\n",
					// upper case is not the key's alphabet
					"CARSXE_API_KEY=" + strings.ToUpper(key()) + "\n",
				},
			}
		},
		"marketcheck-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MARKETCHECK_API_KEY=" + g.MixedAlnum(32) + "\n",
					"export const API_KEY = process.env.MARKETCHECK_API_KEY ?? '" + g.MixedAlnum(32) + "';\n",
					"url: 'http://api.marketcheck.com/v2/search/car/active?api_key=" + g.MixedAlnum(32) + "&year=2015&make=ford',\n",
				},
				Negatives: []string{
					// placeholders
					"MARKETCHECK_API_KEY=your_marketcheck_key\n",
					"https://api.marketcheck.com/v2/search/car/active?api_key=YOUR_KEY&rows=1\n",
					// wrong length
					"MARKETCHECK_API_KEY=" + g.MixedAlnum(24) + "\n",
					// a base URL setting holds no key
					"MARKETCHECK_BASE_URL=https://mc-api.marketcheck.com/v2\n",
				},
			}
		},
		"rentcast-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RENTCAST_API_KEY=" + g.Hex(32) + "\n",
					"// RentCast API key for property valuations\nconst RENTCAST_API_KEY = '" + g.Hex(32) + "';\n",
					"rentcast:\n  api_key: " + g.Hex(32) + "\n",
					"helm install ps ./chart --set secrets.rentcastApiKey=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"RENTCAST_API_KEY=your_rentcast_api_key_here\n",
					"RENTCAST_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length and alphabet
					"RENTCAST_API_KEY=" + g.Hex(40) + "\n",
					"RENTCAST_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"tookan-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(54 + 2*g.IntN(2)) }
			return Cases{
				Positives: []string{
					"TOOKAN_API_KEY=" + key() + "\n",
					"'tookan' => [\n    'base_url' => env('TOOKAN_BASE_URL', 'https://api.tookanapp.com/v2/'),\n    'api_key' => env('TOOKAN_API_KEY', '" + key() + "'),\n],\n",
					"const client = new Tookan.Client({ api_key: '" + key() + "' });\n",
					"delivery:\n  tookan:\n    apiKey: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"TOOKAN_API_KEY=your_main_api_key_here\n",
					"TOOKAN_API_KEY=<YOUR-TOOKAN-API-KEY>\n",
					// a 32-digit hex value is not a Tookan key
					"TOOKAN_API_KEY=" + g.Hex(32) + "\n",
					// a team id is no secret
					"TOOKAN_TEAM_ID=" + g.Hex(54) + "\n",
				},
			}
		},
		"usps-web-tools-userid": func(g *fake.Gen) Cases {
			id := func() string { return g.String(fake.Digits, 3) + g.String(fake.Upper, 5) + g.String(fake.Digits, 4) }
			return Cases{
				Positives: []string{
					"USPS_USERID = '" + id() + "'\n",
					"public string USPS_UserID = \"" + id() + "\";\n",
					"xml = '<RateV4Request USERID=\"" + id() + "\"><Revision>2</Revision>'\n",
					"USPS.userid = \"" + id() + "\"\nUSPS.client_ip = \"127.0.0.1\"\n",
				},
				Negatives: []string{
					// placeholders and a variable
					"xml = '<ZipCodeLookupRequest USERID=\"usps_userid\">'\n",
					"USPS_USERID=YOUR_USPS_USER_ID\n",
					"<RateV4Request USERID=\"${process.env.USPS_USERID}\">\n",
					// a tracking number is no user id
					"USPS_TRACKING_NUMBER=" + id() + "\n",
					// wrong shape
					"USPS_USERID=" + g.String(fake.Upper, 12) + "\n",
				},
			}
		},
		"vinaudit-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 7) + g.String("0123456789", 4) + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 4)
			}
			return Cases{
				Positives: []string{
					"VINAUDIT_API_KEY=" + key() + "\n",
					"const url = `https://marketvalue.vinaudit.com/getmarketvalue.php?key=" + key() + "&vin=${vin}`;\n",
					"vinaudit:\n  api_key: " + key() + "\n  user: demo\n",
				},
				Negatives: []string{
					// the public demo key and placeholders
					"https://marketvalue.vinaudit.com/getmarketvalue.php?key=VA_DEMO_KEY&vin=1HGCM82633A004352\n",
					"VINAUDIT_API_KEY=your_vinaudit_key\n",
					// lower case and wrong length
					"VINAUDIT_API_KEY=" + strings.ToLower(key()) + "\n",
					"VINAUDIT_API_KEY=" + key() + "ABC\n",
				},
			}
		},
		"trackingmore-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.LowerAlnum(8) + "-" + g.LowerAlnum(4) + "-" + g.LowerAlnum(4) + "-" + g.LowerAlnum(4) + "-" + g.LowerAlnum(12)
			}
			return Cases{
				Positives: []string{
					"TRACKINGMORE_API_KEY = \"" + key() + "\"\n",
					"headers = {\n    \"Tracking-Api-Key\": \"" + key() + "\",\n    \"Content-Type\": \"application/json\"\n}\n",
					"req.Header.Set(\"Trackingmore-Api-Key\", \"" + key() + "\")\n",
					"EXPO_PUBLIC_TRACKINGMORE_API_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"TRACKINGMORE_API_KEY=your-trackingmore-api-key\n",
					"req.Header.Set(\"Tracking-Api-Key\", \"YOUR API KEY\")\n",
					// upper case is not the key's alphabet
					"TRACKINGMORE_API_KEY=" + strings.ToUpper(key()) + "\n",
					// a tracking number is no key
					"TRACKINGMORE_TRACKING_NUMBER=" + key() + "\n",
				},
			}
		},
	}
}
