// Cases for the IoT, mobility, energy and logistics rules added in the s27iot
// change: 17TRACK, FedEx, Smartcar, SolarEdge, Soracom, Tesla Fleet API, The Things
// Stack and Tibber. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27iotCases are the cases of the rules this change adds.
func s27iotCases() map[string]Builder {
	return map[string]Builder{
		"17track-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 32) }
			return Cases{
				Positives: []string{
					"headers = {\"17token\": \"" + key() + "\", \"Content-Type\": \"application/json\"}\n",
					"TRACK17_API_KEY=" + key() + "\n",
					"curl -X POST https://api.17track.net/track/v2.2/register -H \"17token: " + key() + "\" -d @numbers.json\n",
					"tracking:\n  seventeen_track_api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"headers = {\"17token\": \"YOUR_17TRACK_API_TOKEN\"}\n",
					"TRACK17_API_KEY=" + strings.Repeat("X", 32) + "\n",
					// wrong length and wrong alphabet
					"TRACK17_API_KEY=" + g.String(fake.HexUpper, 24) + "\n",
					"headers = {\"17token\": \"" + g.MixedAlnum(32) + "\"}\n",
					// the name glued to another word
					"FASTTRACK17_BUILD_ID=" + key() + "\n",
				},
			}
		},
		"fedex-api-credentials": func(g *fake.Gen) Cases {
			apiKey := func() string { return fake.Join("l", "7") + g.Hex(32) }
			return Cases{
				Positives: []string{
					"FEDEX_API_KEY=" + apiKey() + "\nFEDEX_SECRET_KEY=" + g.Hex(32) + "\nFEDEX_ACCOUNT_NUMBER=740561073\n",
					"fedex:\n  client_id: " + apiKey() + "\n  client_secret: " + g.Hex(32) + "\n  sandbox: true\n",
					"npx supabase secrets set FEDEX_SECRET_KEY=" + g.Hex(32) + " --project-ref demo\n",
				},
				Negatives: []string{
					// placeholders
					"FEDEX_API_KEY=your_fedex_api_key\n",
					"FEDEX_API_KEY=" + fake.Join("l", "7") + strings.Repeat("x", 32) + "\n",
					// account number and wrong length
					"FEDEX_ACCOUNT_NUMBER=740561073\n",
					"FEDEX_SECRET_KEY=" + g.Hex(24) + "\n",
					// upper-case alphanumerics are not its hex
					"FEDEX_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"REFEDEXPORT_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"smartcar-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SMARTCAR_CLIENT_ID=" + g.UUID() + "\nSMARTCAR_CLIENT_SECRET=" + g.UUID() + "\n",
					"smartcar:\n  client_id: " + g.UUID() + "\n  client_secret: " + g.UUID() + "\n  mode: live\n",
					"{\"smartcarClientSecret\": \"" + g.UUID() + "\", \"redirectUri\": \"https://example.com/callback\"}\n",
				},
				Negatives: []string{
					// the client id is not the secret
					"SMARTCAR_CLIENT_ID=" + g.UUID() + "\n",
					// placeholders
					"SMARTCAR_CLIENT_SECRET=<your-client-secret>\n",
					"SMARTCAR_CLIENT_SECRET=your_client_secret\n",
					// not a UUID
					"SMARTCAR_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// the name glued to another word
					"NOSMARTCARS_SECRET=" + g.UUID() + "\n",
				},
			}
		},
		"solaredge-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String(fake.Upper+fake.Digits, 28) + g.String(fake.Digits, 2) + g.String(fake.Upper, 2)
			}
			doc := fake.Join("L4QLVQ1LOK", "CQX2193VSEIC", "XW61NP6B1O")
			return Cases{
				Positives: []string{
					"SOLAREDGE_API_KEY=" + key() + "\nSOLAREDGE_SITE_ID=1234567\n",
					"url = f\"https://monitoringapi.solaredge.com/site/{site_id}/overview?api_key=" + key() + "\"\n",
					"services:\n  exporter:\n    environment:\n      - SOLAREDGE_SITE_KEY=" + key() + "\n",
					"client = solaredge.Solaredge(\"" + key() + "\")\nprint(client.get_overview(site_id))\n",
				},
				Negatives: []string{
					// the example key of SolarEdge's API guide
					"url = \"https://monitoringapi.solaredge.com/site/1/details?api_key=" + doc + "\"\n",
					// placeholders
					"SOLAREDGE_API_KEY=your_solaredge_api_key\n",
					"SOLAREDGE_API_KEY=YOUR_API_KEY_HERE\n",
					// wrong alphabet and wrong length
					"SOLAREDGE_API_KEY=" + g.LowerAlnum(32) + "\n",
					"SOLAREDGE_API_KEY=" + g.String(fake.Upper+fake.Digits, 24) + "9Z\n",
				},
			}
		},
		"soracom-auth-key": func(g *fake.Gen) Cases {
			keyID := fake.Join("key", "Id-")
			sec := fake.Join("sec", "ret-")
			secret := func() string { return sec + g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"SORACOM_AUTH_KEY_ID=" + keyID + g.MixedAlnum(32) + "\nSORACOM_AUTH_KEY=" + secret() + "\n",
					"{\n  \"coverageType\": \"jp\",\n  \"authKeyId\": \"" + keyID + g.MixedAlnum(32) + "\",\n  \"authKey\": \"" + secret() + "\"\n}\n",
					"soracom --auth-key-id " + keyID + g.MixedAlnum(32) + " --auth-key " + secret() + " sims list\n",
				},
				Negatives: []string{
					// placeholders
					"SORACOM_AUTH_KEY=" + sec + strings.Repeat("x", 64) + "\n",
					"SORACOM_AUTH_KEY=" + sec + "xxx\n",
					// wrong length
					"SORACOM_AUTH_KEY=" + sec + g.MixedAlnum(40) + "\n",
					"SORACOM_AUTH_KEY=" + sec + g.MixedAlnum(70) + "\n",
					// one case of hex: a digest in a resource name
					"name: app-config-" + sec + g.Hex(64) + "\n",
				},
			}
		},
		"tesla-fleet-client-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("ta-", "secret.")
			body := func(n int) string {
				return g.MixedAlnum(n-4) + g.Pick("!", "@", "%", "_", "-") + g.Alnum(1) + g.Pick("!", "@", "%") + g.Alnum(1)
			}
			return Cases{
				Positives: []string{
					"TESLA_CLIENT_ID=" + g.UUID() + "\nTESLA_CLIENT_SECRET=\"" + prefix + body(16) + "\"\n",
					"Tesla.configure do |config|\n  config.client_secret = '" + prefix + body(16) + "'\nend\n",
					"curl -X POST https://fleet-auth.prd.vn.cloud.tesla.com/oauth2/v3/token --data-urlencode \"client_secret=" + prefix + body(16) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"TESLA_CLIENT_SECRET=" + prefix + strings.Repeat("x", 16) + "\n",
					"TESLA_CLIENT_SECRET=" + prefix + "...\n",
					// wrong length
					"TESLA_CLIENT_SECRET=" + prefix + body(12) + "\n",
					"TESLA_CLIENT_SECRET=" + prefix + body(24) + "\n",
					// the prefix glued to another word
					"name = \"meta-secret." + body(16) + "\"\n",
				},
			}
		},
		"the-things-stack-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("NNS", "XS.")
			key := func() string { return prefix + g.String(fake.Base32, 39) + "." + g.String(fake.Base32, 52) }
			return Cases{
				Positives: []string{
					"const API_KEY = \"" + key() + "\"; // TTN application key\n",
					"client.username_pw_set(\"my-app@ttn\", \"" + key() + "\")\nclient.connect(\"eu1.cloud.thethings.network\", 1883, 60)\n",
					"curl -H \"Authorization: Bearer " + key() + "\" https://eu1.cloud.thethings.network/api/v3/applications\n",
					"TTN_API_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"placeholder='e.g " + prefix + "ABCDEF.........'\n",
					"TTN_API_KEY=" + prefix + strings.Repeat("X", 39) + "." + strings.Repeat("X", 52) + "\n",
					// wrong lengths
					"TTN_API_KEY=" + prefix + g.String(fake.Base32, 30) + "." + g.String(fake.Base32, 52) + "\n",
					"TTN_API_KEY=" + prefix + g.String(fake.Base32, 39) + "." + g.String(fake.Base32, 40) + "\n",
					// lower case is not the key's base32
					"TTN_API_KEY=" + prefix + g.LowerAlnum(39) + "." + g.LowerAlnum(52) + "\n",
				},
			}
		},
		"tibber-access-token": func(g *fake.Gen) Cases {
			token := func() string {
				return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(10) + g.Pick("-", "_") + g.MixedAlnum(11)
			}
			demo := fake.Join("5K4MVS-OjfWhK", "_4yrjOlFe1F6kJXP", "Vf7eQYggo8ebAE")
			return Cases{
				Positives: []string{
					"TIBBER_TOKEN=" + token() + "\n",
					"tibber_connection = tibber.Tibber(\"" + token() + "\", user_agent=\"home-energy\")\n",
					"tibber:\n  access_token: \"" + token() + "\"\n  home_id: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// Tibber's public demo token
					"TIBBER_TOKEN=" + demo + "\n",
					// placeholders
					"TIBBER_TOKEN=your-tibber-personal-access-token\n",
					// a home id is not a token; wrong length
					"TIBBER_HOME_ID=" + g.UUID() + "\n",
					"TIBBER_TOKEN=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"XTIBBER_TOKEN=" + token() + "\n",
				},
			}
		},
	}
}
