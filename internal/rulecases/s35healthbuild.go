// Cases for the health-data and field-service rules added in the
// s35-healthbuild change: Oura, Terra, Dexcom, WHOOP, Validic, pVerify,
// Workiz, Housecall Pro, simPRO and CompanyCam. Every key shape is built
// at run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35healthbuildCases are the cases of the rules this change adds.
func s35healthbuildCases() map[string]Builder {
	return map[string]Builder{
		"oura-personal-access-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.String(fake.Base32, 32) }
			return Cases{
				Positives: []string{
					"OURA_PERSONAL_ACCESS_TOKEN=" + tok() + "\n",
					"# Oura API settings\nOURA_ACCESS_TOKEN = \"" + tok() + "\"\nOURA_API_BASE_URL = \"https://api.ouraring.com/v2\"\n",
					"const ouraToken = '" + tok() + "';\nconst res = await fetch('https://api.ouraring.com/v2/usercollection/daily_sleep', {\n" +
						"  headers: { Authorization: `Bearer ${ouraToken}` },\n});\n",
					"oura:\n  personal_access_token: " + tok() + "\n",
					"[mcp_servers.oura.env]\nOURA_PAT = \"" + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"OURA_PERSONAL_ACCESS_TOKEN=YOUR_OURA_PERSONAL_ACCESS_TOKEN\n",
					"OURA_ACCESS_TOKEN=" + strings.Repeat("X", 32) + "\n",
					// wrong length, and a lower-case or hex value
					"OURA_ACCESS_TOKEN=" + g.String(fake.Base32, 26) + "\n",
					"OURA_ACCESS_TOKEN=" + strings.ToLower(g.String(fake.Base32, 32)) + "\n",
					"OURA_ACCESS_TOKEN=" + g.String("89ABCDEF", 32) + "\n",
					// the name glued to another word
					"localStorage.setItem('noura_token', '" + g.String(fake.Base32, 32) + "');\n",
					// the client id is no secret
					"OURA_CLIENT_ID=" + g.String(fake.Base32, 32) + "\n",
				},
			}
		},
		"pverify-client-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.MixedAlnum(30) }
			return Cases{
				Positives: []string{
					"PVERIFY_CLIENT_ID=" + g.UUID() + "\nPVERIFY_CLIENT_SECRET=" + sec() + "\n",
					"const PVERIFY_CLIENT_ID = process.env.PVERIFY_CLIENT_ID || \"" + g.UUID() + "\";\n" +
						"const PVERIFY_CLIENT_SECRET = process.env.PVERIFY_CLIENT_SECRET || \"" + sec() + "\";\n",
					"async function getPverifyToken() {\n  const url = \"https://api.pverify.com/Token\";\n  const params = new URLSearchParams();\n\n" +
						"  params.append(\"Client_Id\", \"" + g.UUID() + "\");\n  params.append(\"Client_Secret\", \"" + sec() + "\");\n" +
						"  params.append(\"grant_type\", \"client_credentials\");\n",
					"resp = requests.post(\n    \"https://api.pverify.com/Token\",\n    data={\n        \"grant_type\": \"client_credentials\",\n" +
						"        \"Client_Id\": \"" + g.UUID() + "\",\n        \"Client_Secret\": \"" + sec() + "\",\n    },\n)\n",
					"pverify:\n  client_id: " + g.UUID() + "\n  client_secret: " + sec() + "\n",
				},
				Negatives: []string{
					// placeholders
					"PVERIFY_CLIENT_SECRET=your_client_secret_here\n",
					"PVERIFY_CLIENT_SECRET=" + strings.Repeat("x", 30) + "\n",
					// wrong length
					"PVERIFY_CLIENT_SECRET=" + g.MixedAlnum(24) + "\n",
					// the client id is no secret
					"PVERIFY_CLIENT_ID=" + g.MixedAlnum(30) + "\n",
					// another provider's token endpoint
					"requests.post(\"https://api.example.com/token\", data={\"client_secret\": \"" + sec() + "\"})\n",
				},
			}
		},
		"simpro-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(40) }
			return Cases{
				Positives: []string{
					"const SIMPRO_TOKEN = \"" + key() + "\";\nconst SIMPRO_BASE  = \"https://acme.simprosuite.com/api/v1.0/companies/0\";\n",
					"SIMPRO_API_KEY=" + key() + "\nSIMPRO_BASE_URL=https://acme.simprosuite.com\n",
					"$.ajax({\n    url: \"https://acme.simprosuite.com/api/v1.0/companies/0/employees/?columns=ID,Name\",\n    type: \"GET\",\n" +
						"    headers: {\n        \"Authorization\": \"Bearer " + key() + "\"\n    },\n});\n",
					"<add key=\"SimPro_API_Key\" value=\"" + key() + "\" />\n",
					"curl -s \"https://acme.simprosuite.com/api/v1.0/companies/0/jobs/\" -H \"Authorization: Bearer " + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SIMPRO_API_KEY=your_simpro_api_key\n",
					"SIMPRO_API_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"SIMPRO_API_KEY=" + g.Hex(32) + "\n",
					"SIMPRO_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the company id and base URL are no secrets
					"SIMPRO_COMPANY_ID=" + key() + "\n",
					// another service's token beside no simPRO URL
					"curl -H \"Authorization: Bearer " + key() + "\" https://api.example.com/v1/jobs\n",
				},
			}
		},
		"terra-api-key": func(g *fake.Gen) Cases {
			devID := func() string { return "acme-testing-" + g.MixedAlnum(10) }
			key := func() string {
				return g.Pick(g.MixedAlnum(12)+"-"+g.MixedAlnum(19), g.MixedAlnum(40), g.Hex(64))
			}
			return Cases{
				Positives: []string{
					"TERRA_DEV_ID=" + devID() + "\nTERRA_API_KEY=" + g.MixedAlnum(40) + "\n",
					"headers = {\n    \"accept\": \"application/json\",\n    \"dev-id\": \"" + devID() + "\",\n    \"x-api-key\": \"" + key() + "\"\n}\n",
					"const options = {\n  method: 'POST',\n  headers: {\n    accept: 'application/json',\n    'dev-id': '" + devID() + "',\n" +
						"    'x-api-key': '" + g.Hex(64) + "',\n  },\n};\n",
					"terra = Terra(api_key=\"" + g.MixedAlnum(20) + "_" + g.MixedAlnum(11) + "\", dev_id=\"" + devID() + "\", secret=\"\")\n",
					"curl --request POST --url https://api.tryterra.co/v2/auth/generateWidgetSession \\\n  --header 'dev-id: " + devID() + "' \\\n" +
						"  --header 'x-api-key: " + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"TERRA_API_KEY=your_terra_api_key\n",
					"headers = {\"dev-id\": \"testingTerra\", \"x-api-key\": \"<YOUR-API-KEY>\"}\n",
					// wrong length
					"TERRA_API_KEY=" + g.MixedAlnum(24) + "\n",
					// another provider whose name holds Terra's
					"TERRAFORM_TOKEN=" + g.MixedAlnum(40) + "\n",
					"ADSTERRA_API_KEY=" + g.Hex(32) + "\n",
					// the dev id is no secret
					"TERRA_DEV_ID=" + g.MixedAlnum(32) + "\n",
					// an API key sent without a dev id is another provider's
					"headers = {\"x-api-key\": \"" + g.MixedAlnum(40) + "\"}\n",
				},
			}
		},
		"dexcom-client-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.MixedAlnum(16) }
			id := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"DEXCOM_CLIENT_ID=" + id() + "\nDEXCOM_CLIENT_SECRET=" + sec() + "\nDEXCOM_REDIRECT_URI=http://localhost:3000/callback\n",
					"export const DEXCOM_CLIENT_ID = \"" + id() + "\";\nexport const DEXCOM_CLIENT_SECRET = \"" + sec() + "\";\n",
					"private val DEXCOM_CLIENT_SECRET = \"" + sec() + "\"\n",
					"dexcom:\n  client_id: " + id() + "\n  client_secret: " + sec() + "\n  environment: sandbox\n",
					"    const DEXCOM_CLIENT_SECRET = \"" + sec() + "\";\n    const DEXCOM_AUTH_URI = \"https://sandbox-api.dexcom.com\";\n",
				},
				Negatives: []string{
					// placeholders
					"DEXCOM_CLIENT_SECRET=your_client_secret_here\n",
					"DEXCOM_CLIENT_SECRET = \"xxxxxxxxxxxxxxxx\"\n",
					// wrong length
					"DEXCOM_CLIENT_SECRET=" + g.MixedAlnum(20) + "\n",
					// the client id is no secret
					"DEXCOM_CLIENT_ID=" + g.MixedAlnum(16) + "\n",
					// the name glued to another word
					"PYDEXCOM_SECRET=" + sec() + "\n",
				},
			}
		},
		"workiz-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("api", "_") + g.LowerAlnum(32) }
			return Cases{
				Positives: []string{
					"WORKIZ_API_TOKEN = \"" + tok() + "\"\nWORKIZ_BASE_URL = f\"https://api.workiz.com/api/v1/{WORKIZ_API_TOKEN}\"\n",
					"WORKIZ_BASE_URL = input_data.get(\"WORKIZ_BASE_URL\") or \"https://api.workiz.com/api/v1/" + tok() + "\"\n",
					"client = WorkizClient(\n    api_token=\"" + tok() + "\",\n    auth_secret=process.env.WORKIZ_AUTH_SECRET,\n)\n",
					"workiz:\n  api_token: " + tok() + "\n",
					"curl 'https://api.workiz.com/api/v1/" + tok() + "/job/all/?start_date=2025-01-01'\n",
				},
				Negatives: []string{
					// placeholders
					"apiUrl: string;     // e.g. \"https://api.workiz.com/api/v1/api_xxx/lead/create/\"\n",
					"WORKIZ_API_TOKEN=" + fake.Join("api", "_") + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"WORKIZ_API_TOKEN=" + fake.Join("api", "_") + g.LowerAlnum(24) + "\n",
					"WORKIZ_API_TOKEN=" + fake.Join("api", "_") + g.MixedAlnum(32) + "\n",
					// another provider's key of the same shape
					"ACME_API_TOKEN=" + fake.Join("api", "_") + g.LowerAlnum(32) + "\n",
				},
			}
		},
		"workiz-auth-secret": func(g *fake.Gen) Cases {
			sec := func() string { return fake.Join("sec", "_") + g.Pick(g.String(fake.Digits, 27), g.Hex(32)) }
			return Cases{
				Positives: []string{
					"WORKIZ_AUTH_SECRET = \"" + sec() + "\"\n",
					"WORKIZ_API_TOKEN=" + fake.Join("api", "_") + g.LowerAlnum(32) + "\nWORKIZ_AUTH_SECRET=" + sec() + "\n",
					"const workiz = {\n  apiToken: process.env.WORKIZ_API_TOKEN,\n  authSecret: '" + sec() + "',\n};\n",
					"client = WorkizClient(\n    api_token=os.environ[\"WORKIZ_API_TOKEN\"],\n    auth_secret=\"" + sec() + "\",\n)\n",
				},
				Negatives: []string{
					// placeholders
					"authSecret: string; // e.g. \"sec_xxx\"\n",
					"WORKIZ_AUTH_SECRET=" + fake.Join("sec", "_") + strings.Repeat("0", 27) + "\n",
					// wrong length and wrong alphabet
					"WORKIZ_AUTH_SECRET=" + fake.Join("sec", "_") + g.Hex(12) + "\n",
					"WORKIZ_AUTH_SECRET=" + fake.Join("sec", "_") + g.MixedAlnum(32) + "\n",
					// another provider's secret of the same shape
					"ACME_AUTH_SECRET=" + fake.Join("sec", "_") + g.Hex(32) + "\n",
				},
			}
		},
		"housecallpro-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"HCP_API_KEY=\"" + key() + "\"\nHCP_BASE_URL=\"https://api.housecallpro.com\"\n",
					"HOUSECALL_PRO_API_KEY=" + key() + "\n",
					"const HOUSECALL_API_KEY = '" + key() + "';\nconst api = axios.create({ baseURL: 'https://api.housecallpro.com' });\n",
					"housecall_pro:\n  api_key: " + key() + "\n",
					"railway variables set HOUSECALL_PRO_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"HOUSECALL_PRO_API_KEY=your_housecall_pro_api_key\n",
					"HCP_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length and wrong alphabet
					"HOUSECALL_PRO_API_KEY=" + g.Hex(40) + "\n",
					"HOUSECALL_PRO_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the company id is no secret
					"HOUSECALL_PRO_COMPANY_ID=" + key() + "\n",
					// HashiCorp Cloud Platform's names start alike
					"HCP_CLIENT_SECRET=" + key() + "\n",
				},
			}
		},
		"companycam-access-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(9) + "-" + g.MixedAlnum(14) + "_" + g.MixedAlnum(18) }
			return Cases{
				Positives: []string{
					"COMPANYCAM_API_TOKEN=" + tok() + "\n",
					"const COMPANYCAM_TOKEN = '" + tok() + "';\nconst BASE_URL = 'https://api.companycam.com/v2';\n",
					"export COMPANYCAM_ACCESS_TOKEN=\"" + tok() + "\"\n",
					"settings = {\n    'companycam_access_token': '" + tok() + "',\n}\n",
					"flyctl secrets set -a paintbox-app COMPANYCAM_API_KEY=\"" + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"COMPANYCAM_API_TOKEN=your_companycam_api_token\n",
					"COMPANYCAM_API_TOKEN=" + strings.Repeat("x", 43) + "\n",
					// wrong length
					"COMPANYCAM_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					// the company and user ids are no secrets
					"COMPANYCAM_COMPANY_ID=" + g.MixedAlnum(43) + "\n",
					// the webhook token is another secret
					"companycam_webhook_url: https://example.com/hooks/" + g.MixedAlnum(43) + "\n",
				},
			}
		},
		"validic-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Hex(32) }
			org := func() string { return g.Hex(24) }
			return Cases{
				Positives: []string{
					"VALIDIC_ORG_ID=" + org() + "\nVALIDIC_TOKEN=" + tok() + "\n",
					"const response = await fetch(\n  `https://api.v2.validic.com/organizations/" + org() +
						"/users/${validicId}/intraday?start_date=${date}&token=" + tok() + "`\n);\n",
					"Validic.configure do |config|\n  config.access_token   = '" + tok() + "'\n  config.organization_id = '" + org() + "'\nend\n",
					"validic:\n  organization_id: " + org() + "\n  access_token: " + tok() + "\n",
					"curl 'https://api.v2.validic.com/organizations/" + org() + "/users?token=" + tok() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"VALIDIC_TOKEN=your_token\n",
					"VALIDIC_TOKEN=" + strings.Repeat("0", 32) + "\n",
					// wrong length
					"VALIDIC_TOKEN=" + g.Hex(40) + "\n",
					// the organization id is no secret
					"VALIDIC_ORG_ID=" + tok() + "\n",
					"https://api.v2.validic.com/organizations/" + org() + "/users/" + tok() + "/summaries\n",
				},
			}
		},
		"whoop-client-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"WHOOP_CLIENT_ID=" + g.UUID() + "\nWHOOP_CLIENT_SECRET=" + sec() + "\nWHOOP_REDIRECT_URI=http://localhost:8000/callback\n",
					"const WHOOP_CLIENT_ID = \"" + g.UUID() + "\";\nconst WHOOP_CLIENT_SECRET = \"" + sec() + "\";\n",
					"[mcp_servers.whoop.env]\nWHOOP_CLIENT_SECRET = \"" + sec() + "\"\n",
					"fly secrets set WHOOP_CLIENT_ID=" + g.UUID() + " WHOOP_CLIENT_SECRET=" + sec() + "\n",
				},
				Negatives: []string{
					// placeholders
					"WHOOP_CLIENT_SECRET=your-whoop-client-secret\n",
					"WHOOP_CLIENT_SECRET=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"WHOOP_CLIENT_SECRET=" + g.Hex(40) + "\n",
					// the client id is no secret
					"WHOOP_CLIENT_ID=" + g.Hex(64) + "\n",
					// a bare "whoop" is an English word, not a setting's name
					"whoop: " + sec() + "\n",
				},
			}
		},
	}
}
