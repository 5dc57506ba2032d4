// Cases for the construction, field-service and fleet-telematics rules
// added in the s34 fieldops change: Fleetio, Motive (KeepTruckin), Navixy,
// Procore, ServiceM8 and ServiceTitan. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34fieldopsCases are the cases of the rules this change adds.
func s34fieldopsCases() map[string]Builder {
	return map[string]Builder{
		"fleetio-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FLEETIO_API_KEY=" + g.Hex(40) + "\nFLEETIO_ACCOUNT_TOKEN=" + g.Hex(10) + "\n",
					"url = \"https://secure.fleetio.com/api/v1/vehicles?q[vin_eq]=#{@vin}\"\nheaders = {\n  'Authorization': \"Token " + g.Hex(40) + "\",\n  'Account-Token': \"" + g.Hex(10) + "\"\n}\n",
					"FLEETIO_API_TOKEN = os.environ.get(\"FLEETIO_API_TOKEN\", \"" + g.Hex(40) + "\")\n",
					"fleetio:\n  account_token: " + g.Hex(10) + "\n  api_key: " + g.Hex(40) + "\n",
					"conn = Faraday.new(url: 'https://secure.fleetio.com/api/v1') do |f|\n  f.headers['Authorization'] = \"Token " + g.Hex(40) + "\"\n  f.headers['Account-Token'] = '" + g.Hex(10) + "'\nend\n",
				},
				Negatives: []string{
					// the account token names the account
					"FLEETIO_ACCOUNT_TOKEN=" + g.Hex(10) + "\n",
					// placeholders
					"FLEETIO_API_KEY=your-fleetio-api-key\n",
					"FLEETIO_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// wrong length and alphabet
					"FLEETIO_API_KEY=" + g.Hex(32) + "\n",
					"FLEETIO_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the provider's name glued to another word
					"FLEETIOSYNC_INTERVAL=" + g.Hex(40) + "\n",
				},
			}
		},
		"motive-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MOTIVE_API_KEY=" + g.UUID() + "\nMOTIVE_BASE_URL=https://api.gomotive.com\n",
					"const MOTIVE_API_KEY = '" + g.UUID() + "';\n",
					"url = \"https://api.gomotive.com/v2/vehicle_locations?page_no=1\"\nmotive_headers = {\n    \"accept\": \"application/json\",\n    \"X-Api-Key\": \"" + g.UUID() + "\"\n}\n",
					"KEEPTRUCKIN_API_KEY: " + g.UUID() + "\n",
					"motive:\n  api_key: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// automotive and remotive are other names
					"SL_AUTOMOTIVE_API_KEY=" + g.UUID() + "\n",
					"REMOTIVE_API_KEY=" + g.UUID() + "\n",
					// placeholders
					"MOTIVE_API_KEY=your-motive-api-key\n",
					"MOTIVE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a UUID
					"MOTIVE_API_KEY=" + g.Hex(32) + "\n",
					// a plain word, not a credential name
					"motive = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"navixy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NAVIXY_API_URL=https://api.eu.navixy.com/v2\nNAVIXY_API_KEY=" + g.Hex(32) + "\n",
					"curl -X POST 'https://api.navixy.com/v2/tracker/list' \\\n    -H 'Content-Type: application/json' \\\n    -d '{\"hash\": \"" + g.Hex(32) + "\"}'\n",
					"headers = {\"Authorization\": \"NVX " + g.Hex(32) + "\", \"Content-Type\": \"application/json\"}\n",
					"url = \"https://api.navixy.com/v2/history/unread/list?limit=120&type=tracker&hash=" + g.Hex(32) + "\"\n",
					"navixy:\n  base_url: https://api.navixy.com/v2\n  hash: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"NAVIXY_API_KEY=your_api_key_hash\n",
					"headers = {\"Authorization\": \"NVX " + strings.Repeat("0", 32) + "\"}\n",
					// wrong length and alphabet
					"NAVIXY_HASH=" + g.Hex(40) + "\n",
					"NAVIXY_HASH=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"NAVIXY_TRACKER_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"procore-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"PROCORE_CLIENT_ID=" + secret() + "\nPROCORE_CLIENT_SECRET=" + secret() + "\nPROCORE_API_URL=https://api.procore.com\n",
					"export PROCORE_CLIENT_SECRET=\"" + secret() + "\"\n",
					"PROCORE_SANDBOX_CLIENT_SECRET=" + secret() + "\n",
					"procore:\n  client_id: ${PROCORE_CLIENT_ID}\n  client_secret: '" + secret() + "'\n",
					"const procoreClientSecret = process.env.PROCORE_CLIENT_SECRET || '" + secret() + "';\n",
				},
				Negatives: []string{
					// the client ID is an identifier
					"PROCORE_CLIENT_ID=" + secret() + "\n",
					// placeholders
					"PROCORE_CLIENT_SECRET=your_client_secret_keep_private\n",
					"PROCORE_CLIENT_SECRET=" + strings.Repeat("x", 43) + "\n",
					// too short
					"PROCORE_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"PROCOREX_NAME=" + secret() + "\n",
				},
			}
		},
		"servicem8-api-key": func(g *fake.Gen) Cases {
			smk := fake.Join("sm", "k-")
			key := func() string { return smk + g.Hex(6) + "-" + g.Hex(16) + "-" + g.Hex(16) }
			return Cases{
				Positives: []string{
					"SERVICEM8_API_KEY=" + key() + "\nSERVICEM8_BASE_URL=https://api.servicem8.com/api_1.0\n",
					"const serviceM8Client = axios.create({\n  baseURL: \"https://api.servicem8.com/api_1.0/\",\n  headers: {\n    accept: \"application/json\",\n    \"X-Api-Key\": \"" + key() + "\",\n  },\n});\n",
					"curl -X GET \"https://api.servicem8.com/api_1.0/company.json\" -H \"X-API-Key: " + key() + "\"\n",
					"servicem8:\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"SERVICEM8_API_KEY=" + smk + "your-new-api-key-here\n",
					"SERVICEM8_API_KEY=" + smk + "xxx-xxx\n",
					// wrong part lengths and alphabet
					"SERVICEM8_API_KEY=" + smk + g.Hex(6) + "-" + g.Hex(12) + "-" + g.Hex(16) + "\n",
					"SERVICEM8_API_KEY=" + smk + g.Hex(6) + "-" + g.MixedAlnum(16) + "-" + g.MixedAlnum(16) + "\n",
					// glued to a longer token
					"SERVICEM8_API_KEY=" + smk + g.Hex(6) + "-" + g.Hex(16) + "-" + g.Hex(16) + "-" + g.Hex(8) + "\n",
				},
			}
		},
		"servicetitan-client-secret": func(g *fake.Gen) Cases {
			cs := func(v string) string { return fake.Join("c", "s", v, ".") }
			body := func() string { return g.LowerAlnum(50) }
			return Cases{
				Positives: []string{
					"ST_CLIENT_ID=" + fake.Join("ci", "d.") + g.LowerAlnum(25) + "\nST_CLIENT_SECRET=" + cs("1") + body() + "\nST_TENANT_ID=1045848487\n",
					"SERVICETITAN_CLIENT_SECRET=" + cs("2") + body() + "\n",
					"$env_vars = \"ST_CLIENT_SECRET=" + cs("12") + body() + ";ST_TENANT_ID=1842637205\"\n",
					"const serviceTitan = new ServiceTitanAPI({ tenantId: '3495827745', clientSecret: '" + cs("13") + body() + "' });\n",
				},
				Negatives: []string{
					// placeholders
					"SERVICETITAN_CLIENT_SECRET=" + cs("2") + "your_client_secret_here\n",
					"SERVICE_TITAN_CLIENT_SECRET=" + cs("1") + "xxx\n",
					// wrong length and alphabet
					"ST_CLIENT_SECRET=" + cs("1") + g.LowerAlnum(40) + "\n",
					"ST_CLIENT_SECRET=" + cs("1") + g.MixedAlnum(50) + "\n",
					// part of a longer name
					"ST_CLIENT_SECRET=x" + cs("1") + body() + "\n",
				},
			}
		},
		"servicetitan-app-key": func(g *fake.Gen) Cases {
			ak := fake.Join("a", "k1", ".")
			return Cases{
				Positives: []string{
					"SERVICETITAN_APP_KEY=" + ak + g.LowerAlnum(25) + "\nSERVICETITAN_TENANT_ID=3222348440\n",
					"headers = {\"ST-App-Key\": \"" + ak + g.LowerAlnum(25) + "\", \"Authorization\": access_token}\n",
					"servicetitan:\n  app_key: " + ak + g.LowerAlnum(25) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SERVICETITAN_APP_KEY=" + ak + "your_app_key_here\n",
					"ST_APP_KEY=" + ak + "example\n",
					// wrong length and alphabet
					"ST_APP_KEY=" + ak + g.LowerAlnum(20) + "\n",
					"ST_APP_KEY=" + ak + g.MixedAlnum(25) + "\n",
					// the client ID is an identifier
					"ST_CLIENT_ID=" + fake.Join("ci", "d.") + g.LowerAlnum(25) + "\n",
				},
			}
		},
	}
}
