// Cases for the fleet-tracking, shipping and delivery rules added in the
// s35-logistics2 change: GPSWOX's user API hash, Webfleet (TomTom
// Telematics), Royal Mail Click & Drop, Packlink PRO, Stuart and J&T Express.
// Every key shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// gpswoxHashAlphabet is the alphabet of a bcrypt string's salt and digest.
const gpswoxHashAlphabet = "./" + fake.Alnum

// s35logistics2Cases are the cases of the rules this change adds.
func s35logistics2Cases() map[string]Builder {
	return map[string]Builder{
		"gpswox-user-api-hash": func(g *fake.Gen) Cases {
			hash := func() string { return fake.Join("$", "2y$", "10$", g.String(gpswoxHashAlphabet, 53)) }
			return Cases{
				Positives: []string{
					"const response = await axios.get(\n  \"http://203.0.113.8/api/get_devices?lang=en&user_api_hash=" + hash() + "\"\n);\n",
					"String url = \"https://gps.example.com/api/get_devices_latest?\" +\n    \"user_api_hash=" + hash() + "\" + \"&time=\" + now;\n",
					"SYSTEMTRACK_EMAIL=fleet@example.com\nSYSTEMTRACK_USER_API_HASH=" + hash() + "\n",
					"$rUrl = 'http://tracker.example.com/api/get_devices?user_api_hash=" + hash() + "';\n",
					"gpswox:\n  base_url: https://gps.example.com/api\n  user_api_hash: \"" + hash() + "\"\n",
					"{\"status\":1,\"user_api_hash\":\"" + hash() + "\",\"permissions\":{}}\n",
				},
				Negatives: []string{
					// placeholders
					"GET /api/get_devices?lang=en&user_api_hash=YOUR_USER_API_HASH\n",
					"user_api_hash=" + fake.Join("$", "2y$", "10$", strings.Repeat("x", 53)) + "\n",
					// wrong length
					"user_api_hash=" + fake.Join("$", "2y$", "10$", g.String(gpswoxHashAlphabet, 40)) + "\n",
					// a Laravel password hash in a seeder is no API hash
					"'password' => '" + fake.Join("$", "2y$", "10$", g.String(gpswoxHashAlphabet, 53)) + "',\n",
					// the name glued to another word
					"superuser_api_hashes: " + fake.Join("$", "2y$", "10$", g.String(gpswoxHashAlphabet, 53)) + "\n",
					// a CurseForge key beside its own name
					"CURSEFORGE_API_KEY=" + fake.Join("$", "2a$", "10$", g.String(gpswoxHashAlphabet, 53)) + "\n",
				},
			}
		},
		"webfleet-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"$content = file_get_contents(\"https://csv.webfleet.com/extern?account=acme-tours&username=cdr&password=" + g.MixedAlnum(10) + "&apikey=" + g.UUID() + "&lang=en&action=createReport&format=csv\");\n",
					"WEBFLEET_CONNECT_ACCOUNT=acme\nWEBFLEET_CONNECT_USERNAME=dev\nWEBFLEET_CONNECT_APIKEY=" + g.UUID() + "\n",
					"resp2 = requests.get('https://csv.webfleet.com/extern?account=electric-T52&username=ndomx&apikey=" + g.UUID() + "&lang=de&action=showObjectReportExtern&filterstring=003')\n",
					"const credentials = { account: 'acme', username: 'dev', password: process.env.PW, webfleetApiKey: '" + g.UUID() + "' }\n",
					"webfleet:\n  account: acme\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"https://csv.webfleet.com/extern?account=ACCOUNT&apikey=APIKEY&username=USER&password=PASS&outputformat=json\n",
					"WEBFLEET_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// wrong shape
					"WEBFLEET_API_KEY=" + g.MixedAlnum(8) + "-" + g.MixedAlnum(4) + "\n",
					// an object's id is no key
					"webfleet_object_uid: " + g.UUID() + "\n",
					// the name glued to another word
					"notwebfleet_api_key=" + g.UUID() + "\n",
				},
			}
		},
		"royalmail-click-and-drop-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ROYAL_MAIL_API_KEY=" + g.UUID() + "\nROYAL_MAIL_OBA_NUMBER=0123456789\n",
					"const apiKey = requireEnv(\"ROYALMAIL_CLICK_AND_DROP_API_KEY\");\n// ROYALMAIL_CLICK_AND_DROP_API_KEY=" + g.UUID() + "\n",
					"settings = Settings(\n    click_and_drop_api_key=\"" + g.UUID() + "\",\n)\n",
					"royal_mail:\n  api_url: https://api.parcel.royalmail.com/api/v1\n  api_key: \"" + g.UUID() + "\"\n",
					"export const clickAndDropApiKey = '" + g.UUID() + "';\n",
				},
				Negatives: []string{
					// the documentation's placeholder and others
					"ROYAL_MAIL_API_KEY=\"aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee\"\n",
					"ROYAL_MAIL_API_KEY=your-royal-mail-key\n",
					// the developer portal's client id is 32 hex digits, and public
					"ROYAL_MAIL_CLIENT_ID=" + g.Hex(32) + "\n",
					// an order's id is no key
					"royal_mail_order_id: " + g.UUID() + "\n",
					// the name glued to another word
					"loyalroyalmail_api_key=" + g.UUID() + "\n",
				},
			}
		},
		"packlink-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"# .env.local\nPACKLINK_API_KEY=" + g.Hex(64) + "\nPACKLINK_ENVIRONMENT=sandbox\n",
					"railway variables set FOOLISH_PACKLINK_API_KEY=" + g.Hex(64) + "\n",
					"define('PACKLINK_API_KEY', '" + g.Hex(64) + "');\ndefine('PACKLINK_TEST_MODE', true);\n",
					"Packlink.setApiKey('" + g.Hex(64) + "');\n",
					"packlink:\n  api_key: " + g.Hex(64) + "\n  base_url: https://apisandbox.packlink.com/v1\n",
				},
				Negatives: []string{
					// placeholders
					"PACKLINK_API_KEY=your_packlink_api_key_here\n",
					"PACKLINK_API_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length and alphabet
					"PACKLINK_API_KEY=" + g.Hex(40) + "\n",
					"PACKLINK_API_KEY=" + g.MixedAlnum(64) + "\n",
					// a checksum of the Packlink module's archive is no key
					"packlink-pro-shipping.zip sha256 " + g.Hex(64) + "\n",
				},
			}
		},
		"stuart-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"STUART_CLIENT_ID=" + g.Hex(64) + "\nSTUART_CLIENT_SECRET=" + g.Hex(64) + "\nSTUART_ENV=sandbox\n",
					"stuart:\n  client_secret: " + g.Hex(64) + "\n  client_id: " + g.Hex(64) + "\n  env: sandbox\n",
					"STUART_API_KEY = '" + g.Hex(64) + "'\nSTUART_BASE_URL = 'https://api.sandbox.stuart.com/v2'\n",
					"const stuartClientSecret = \"" + g.Hex(64) + "\";\n",
					"{\n  \"stuart\": {\"clientSecret\": \"" + g.Hex(64) + "\", \"environment\": \"SANDBOX\"}\n}\n",
				},
				Negatives: []string{
					// placeholders
					"STUART_CLIENT_SECRET=stuart_secret_xxxx\n",
					"STUART_CLIENT_SECRET=" + strings.Repeat("a", 64) + "\n",
					// the client id is not the secret
					"STUART_CLIENT_ID=" + g.Hex(64) + "\n",
					// wrong length
					"STUART_CLIENT_SECRET=" + g.Hex(40) + "\n",
					// a person called Stuart and a digest
					"Signed-off-by: Stuart Hall\nsha256: " + g.Hex(64) + "\n",
				},
			}
		},
		"jtexpress-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JNT_ENVIRONMENT=testing\nJNT_API_ACCOUNT=" + g.String(fake.Digits, 18) + "\nJNT_PRIVATE_KEY=" + g.Hex(32) + "\n",
					"JT_API_ACCOUNT=" + g.String(fake.Digits, 18) + "\nJT_PRIVATE_KEY=" + g.Hex(32) + "\n",
					"{\"jtExpress\": {\"privateKey\": \"" + g.Hex(32) + "\", \"apiAccount\": \"" + g.String(fake.Digits, 18) + "\"}}\n",
					"jnt:\n  private_key: '" + g.Hex(32) + "'\n  customer_code: ITTEST0001\n",
					"jt_express:\n  private_key: \"" + g.Hex(32) + "\"\n  api_account: \"" + g.String(fake.Digits, 18) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"JNT_PRIVATE_KEY=your_private_key\n",
					"JNT_PRIVATE_KEY=XXXXXXXXXXXXXXXX\n",
					// wrong length and alphabet
					"JNT_PRIVATE_KEY=" + g.Hex(24) + "\n",
					"JNT_PRIVATE_KEY=" + g.MixedAlnum(32) + "\n",
					// the api account is a public number
					"JNT_API_ACCOUNT=" + g.String(fake.Digits, 18) + "\n",
					// the name glued to another word
					"ADJT_PRIVATE_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
