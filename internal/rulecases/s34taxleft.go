// Cases for the KYB, VAT and sanctions-screening rules added in the s34
// taxleft change: Billit, Middesk, Refinitiv World-Check One, Taxamo,
// sanctions.io and VAT Sense. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// base64URL is the alphabet of Taxamo's tokens.
const base64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"

// s34taxleftCases are the cases of the rules this change adds.
func s34taxleftCases() map[string]Builder {
	return map[string]Builder{
		"billit-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.UUID() }
			return Cases{
				Positives: []string{
					"BILLIT_API_BASE=https://api.sandbox.billit.be\nBILLIT_API_KEY=" + key() + "\nBILLIT_PARTY_ID=" + fake.Join("81", "2345") + "\n",
					"const client = axios.create({\n  baseURL: \"https://api.billit.be\",\n  headers: {\n    \"ApiKey\": \"" + key() + "\",\n    \"PartyID\": \"123456\"\n  }\n});\n",
					"curl -X GET https://api.billit.be/v1/account/accountInformation -H \"ApiKey: " + key() + "\" -H \"PartyID: 123456\"\n",
					"billit:\n  api_key: " + key() + "\n  party_id: 123456\n",
					"$billitApiKey = '" + strings.ToUpper(key()) + "';\n",
					"{\"billit\": \"" + key() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"BILLIT_API_KEY=<jouw sandbox ApiKey>\n",
					"'apikey' => 'sample-api-key', // https://api.billit.be/v1/parties\n",
					"BILLIT_API_KEY=" + strings.Repeat("0", 8) + "-0000-0000-0000-" + strings.Repeat("0", 12) + "\n",
					// the party id and an order id are not the key
					"BILLIT_PARTY_ID=" + g.UUID() + "\n",
					// the name starts another word
					"billItemKey = \"" + g.UUID() + "\"\n",
					"BILLITEM_API_KEY=" + g.UUID() + "\n",
					"BHP_BILLITON_TOKEN=" + g.UUID() + "\n",
				},
			}
		},
		"middesk-api-key": func(g *fake.Gen) Cases {
			live := fake.Join("mk", "_li", "ve_")
			test := fake.Join("mk", "_te", "st_")
			key := func() string { return g.Pick(live, test) + g.Hex(24) }
			return Cases{
				Positives: []string{
					"MIDDESK_API_KEY=" + live + g.Hex(24) + "\nMIDDESK_ENV=production\n",
					"const middesk = {\n  middeskurl: 'https://api-sandbox.middesk.com/v1',\n  middeskkey: '" + test + g.Hex(24) + "',\n};\n",
					"curl https://api.middesk.com/v1/businesses \\\n  -u " + live + g.Hex(24) + ":\n",
					"headers = {\"Authorization\": \"Bearer " + key() + "\"}\n",
					"middesk:\n  api_key: " + key() + "\n  webhook_secret: ${MIDDESK_WEBHOOK_SECRET}\n",
					"client = Middesk::Client.new(api_key: ENV.fetch(\"MIDDESK_API_KEY\") { \"" + key() + "\" })\n",
				},
				Negatives: []string{
					// placeholders from the docs
					"curl https://api.middesk.com/v1/businesses -u " + live + "YOUR_API_KEY:\n",
					"MIDDESK_API_KEY=" + test + "...\n",
					"MIDDESK_API_KEY=" + live + strings.Repeat("x", 24) + "\n",
					// another product's mk_live_ key with a longer body
					"MEMRY_API_KEY=" + live + g.Hex(48) + "\n",
					"X-API-Key: " + live + g.MixedAlnum(32) + "\n",
					// Monnify's upper-case MK_TEST_ keys are not Middesk's
					"MONNIFY_API_KEY=" + strings.ToUpper(test) + strings.ToUpper(g.Alnum(10)) + "\n",
					// the prefix glued after another word
					"OMK_LIVE_KEY=o" + live + g.Hex(24) + "\n",
				},
			}
		},
		"taxamo-private-token": func(g *fake.Gen) Cases {
			priv := fake.Join("pr", "iv_", "test_")
			pub := fake.Join("pub", "lic_", "test_")
			body := func() string { return g.String(base64URL, 20) + g.Pick("-", "_", "Q") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"TAXAMO_PRIVATE_TOKEN='" + priv + body() + "' python app.py\n",
					"$taxresponse = wp_remote_get( 'https://api.taxamo.com/api/v1/geoip/'.$ip.'?private_token=" + priv + body() + "' );\n",
					"taxamo_api = taxamo.api.ApiApi(taxamo.swagger.ApiClient(\"" + priv + body() + "\", \"https://api.taxamo.com\"))\n",
					"curl -X POST https://services.taxamo.com/api/v2/transactions \\\n  -H 'Private-Token: " + priv + body() + "' \\\n  -H 'Content-Type: application/json'\n",
					"taxamo:\n  private_token: " + priv + body() + "\n",
				},
				Negatives: []string{
					// the public token is meant for the browser
					"Taxamo.initialize('" + pub + body() + "');\n",
					// placeholders
					"TAXAMO_PRIVATE_TOKEN=" + priv + "xxxx\n",
					"private_key=\"" + priv + "key\"\n",
					// wrong length: another payment provider's test key
					"FRISBII_PRIVATE_KEY=" + priv + g.Hex(32) + "\n",
					"TAXAMO_PRIVATE_TOKEN=" + priv + g.MixedAlnum(50) + "\n",
					// the prefix glued after another word
					"WP_AJAX_NO" + strings.ToUpper(priv) + "ACTION=" + g.MixedAlnum(43) + "\n",
				},
			}
		},
		"refinitiv-world-check-api-key": func(g *fake.Gen) Cases {
			pilot := "rms-world-check-one-api-pilot.thomsonreuters.com"
			return Cases{
				Positives: []string{
					"WORLD_CHECK_API_KEY=" + g.UUID() + "\nWORLD_CHECK_API_SECRET=${WC1_SECRET}\nWORLD_CHECK_GROUP_ID=" + g.UUID() + "\n",
					"var tr = ThomsonReuters{\n\tscheme: \"https\",\n\thost:   \"" + pilot + "\",\n\tpath:   \"/v1/\",\n\tkey:    \"" + g.UUID() + "\",\n}\n",
					"client = CustomAuthApiClient(\n    '" + pilot + "',\n    '" + g.UUID() + "',\n    os.environ['WC1_SECRET'])\n",
					"worldcheck:\n  base_url: https://api-worldcheck.refinitiv.com/v2\n  api_key: " + g.UUID() + "\n",
					"export LSEG_WORLDCHECK_API_KEY=\"" + strings.ToUpper(g.UUID()) + "\"\n",
					"this.worldCheckApiKey = process.env.WORLD_CHECK_API_KEY ?? '" + g.UUID() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"WORLD_CHECK_API_KEY=your_world_check_key\n",
					"worldcheck_api_key: str = \"env:WORLDCHECK_API_KEY\"\n",
					// the group id is not the key
					"WORLD_CHECK_GROUP_ID=" + g.UUID() + "\n",
					"var groupId  = '" + g.UUID() + "'; // " + pilot + "\n",
					// the name runs on into another word
					"WORLD_CHECKOUT_API_KEY=" + g.UUID() + "\n",
					"helloworld_check_token = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"refinitiv-world-check-api-secret": func(g *fake.Gen) Cases {
			pilot := "rms-world-check-one-api-pilot.thomsonreuters.com"
			secret := func() string { return g.Base64Bytes(64) }
			return Cases{
				Positives: []string{
					"WORLD_CHECK_API_KEY=" + g.UUID() + "\nWORLD_CHECK_API_SECRET=" + secret() + "\n",
					"var tr = ThomsonReuters{\n\tscheme: \"https\",\n\thost:   \"" + pilot + "\",\n\tpath:   \"/v1/\",\n\tkey:    \"" + g.UUID() + "\",\n\tsecret: \"" + secret() + "\",\n}\n",
					"client = CustomAuthApiClient(\n    '" + pilot + "',\n    '" + g.UUID() + "',\n    '" + secret() + "')\n",
					"worldcheck:\n  base_url: https://api-worldcheck.refinitiv.com/v2\n  api_key: " + g.UUID() + "\n  api_secret: \"" + secret() + "\"\n",
					"export LSEG_WORLDCHECK_API_SECRET='" + secret() + "'\n",
					"self.worldcheck_api_secret = os.getenv('WORLDCHECK_API_SECRET', '" + secret() + "')\n",
				},
				Negatives: []string{
					// placeholders
					"WORLD_CHECK_API_SECRET=your_world_check_secret\n",
					"worldcheck_api_secret: str = \"env:WORLDCHECK_API_SECRET\"\n",
					"WORLD_CHECK_API_SECRET=" + strings.Repeat("A", 86) + "==\n",
					// a request signature is not the secret
					"Authorization: Signature keyId=\"" + g.UUID() + "\",algorithm=\"hmac-sha256\",headers=\"(request-target) host date\",signature=\"" + g.Base64Bytes(32) + "\"\n# host: " + pilot + "\n",
					// wrong length
					"WORLD_CHECK_API_SECRET=" + g.Base64Bytes(48) + "\n",
					// the name runs on into another word
					"WORLD_CHECKOUT_SECRET=" + secret() + "\n",
				},
			}
		},
		"sanctions-io-api-key": func(g *fake.Gen) Cases {
			key := func() string { return strings.ReplaceAll(g.UUID(), "-", "") }
			return Cases{
				Positives: []string{
					"SANCTIONS_IO_API_KEY=" + key() + "\nSANCTIONS_IO_API_URL=https://api.sanctions.io/search/\n",
					"const sr = await fetch('https://api.sanctions.io/search/?min_score=0.85&name=' + name, {\n  headers: { 'Authorization': 'Bearer " + key() + "', 'Accept': 'application/json; version=2.3' }\n});\n",
					"url = \"https://api.sanctions.io/search/\"\nheaders = {\n    'Accept': 'application/json; version=2.2',\n    'Authorization': 'Bearer " + key() + "',\n}\n",
					"self.sanctions_io_api_key = os.getenv('SANCTIONS_IO_API_KEY', '" + key() + "')\n",
					"sanctions_io:\n  api_key: \"" + key() + "\"\n  min_score: 0.85\n",
					"curl -H \"Authorization: Bearer " + key() + "\" -H \"Accept: application/json; version=2.3\" \\\n  \"https://api.sanctions.io/search/?name=rosbank\"\n",
				},
				Negatives: []string{
					// placeholders
					"SANCTIONS_IO_API_KEY=your_sanctions_io_key\n",
					"SANCTIONS_IO_API_KEY=" + strings.Repeat("0", 32) + "\n",
					"headers = {'Authorization': 'Bearer API_KEY'}  # https://api.sanctions.io/search/\n",
					// the plain word is not the provider's name
					"SANCTIONS_LIST_HASH=" + g.Hex(32) + "\n",
					"sanctionsiolation_id = \"" + g.Hex(32) + "\"\n",
					// wrong length
					"SANCTIONS_IO_API_KEY=" + g.Hex(24) + "\n",
				},
			}
		},
		"vatsense-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"VATSENSE_API_KEY=" + key() + "\n",
					"curl --request GET \\\n  --url 'https://api.vatsense.com/1.0/rates?country_code=GB' \\\n  --user 'user:" + key() + "'\n",
					"return [\n    'api_key' => env('VATSENSE_API_KEY', '" + key() + "'),\n    'cache_minutes' => 60,\n];\n",
					"const VATSENSE_API_KEY = '" + key() + "';\n",
					"vatsense:\n  api_key: " + key() + "\n",
					"$provider = new Vatsense('" + key() + "');\n",
				},
				Negatives: []string{
					// placeholders
					"VATSENSE_API_KEY=your_vatsense_api_key\n",
					"curl --url 'https://api.vatsense.com/1.0/' --user 'user:'\n",
					"VATSENSE_API_KEY=" + strings.Repeat("a", 32) + "\n",
					// a temporary sandbox key is not covered, nor a short value
					"VATSENSE_API_KEY=" + fake.Join("tm", "p_") + g.Hex(28) + "\n",
					"VATSENSE_API_KEY=" + g.Hex(20) + "\n",
					// the name glued to another word
					"PRIVATSENSE_TOKEN=" + g.Hex(32) + "\n",
					"VATSENSEI_KEY_ID=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
