// Cases for the content, productivity and business SaaS rules added in the
// s26work change: Agility CMS, BookStack, DatoCMS, Directus, Expensify,
// Formbricks, Grist, Invoice Ninja, Leantime, Midday, OpenProject, Outline,
// Personio, Plane, Redmine, Teable and Vikunja. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26workCases are the cases of the rules this change adds.
func s26workCases() map[string]Builder {
	return map[string]Builder{
		"agility-cms-api-key": func(g *fake.Gen) Cases {
			live := fake.Join("default", "live.")
			preview := fake.Join("default", "preview.")
			return Cases{
				Positives: []string{
					"AGILITY_GUID=" + g.Hex(8) + "-u\nAGILITY_API_FETCH_KEY=" + live + g.Hex(64) + "\nAGILITY_API_PREVIEW_KEY=" + preview + g.Hex(64) + "\n",
					"const api = agility.getApi({\n  guid: '" + g.Hex(8) + "',\n  apiKey: '" + live + g.Hex(64) + "',\n});\n",
					"req.Header.Set(\"apikey\", \"" + preview + g.Hex(64) + "\")\n",
				},
				Negatives: []string{
					// masked and placeholder keys
					"fetchAPIKey: '" + live + g.Hex(5) + strings.Repeat("*", 25) + "',\n",
					"AGILITY_API_FETCH_KEY=" + live + "your-api-key\n",
					// wrong length and wrong alphabet
					"AGILITY_API_FETCH_KEY=" + live + g.Hex(40) + "\n",
					"AGILITY_API_FETCH_KEY=" + live + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"bookstack-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BOOKSTACK_URL=https://docs.example.org\nBOOKSTACK_TOKEN_ID=" + g.MixedAlnum(32) + "\nBOOKSTACK_TOKEN_SECRET=" + g.MixedAlnum(32) + "\n",
					"bookstack:\n  base_url: https://wiki.example.com\n  token_secret: \"" + g.MixedAlnum(32) + "\"\n",
					"export BOOKSTACK_API_TOKEN=\"" + g.MixedAlnum(32) + ":" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// the token ID alone is no secret
					"BOOKSTACK_TOKEN_ID=" + g.MixedAlnum(32) + "\n",
					// placeholders, wrong length, a near-miss name
					"BOOKSTACK_TOKEN_SECRET=your_token_secret_here\n",
					"BOOKSTACK_TOKEN_SECRET=" + g.MixedAlnum(20) + "\n",
					"BOOKSTACKS_BUILD=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"datocms-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DATOCMS_API_TOKEN=" + g.Hex(30) + "\nDATOCMS_ENVIRONMENT=main\n",
					"# .env.local\nNEXT_DATOCMS_API_TOKEN=" + g.Hex(30) + "\nNEXT_DATOCMS_PREVIEW_SECRET=preview\n",
					"{\n  resolve: `gatsby-source-datocms`,\n  options: {\n    datoCmsApiToken: '" + g.Hex(30) + "',\n  },\n}\n",
					"curl -H 'Authorization: Bearer " + g.Hex(30) + "' https://graphql.datocms.com/\n",
				},
				Negatives: []string{
					// placeholders
					"DATOCMS_API_TOKEN=your-datocms-token-here\n",
					"DATOCMS_READONLY_API_TOKEN=" + strings.Repeat("x", 30) + "\n",
					// wrong length, wrong alphabet
					"DATOCMS_API_TOKEN=" + g.Hex(40) + "\n",
					"DATOCMS_API_TOKEN=" + g.MixedAlnum(30) + "\n",
					// a record id, not a token
					"DATOCMS_ITEM_TYPE=" + g.Hex(30) + "\n",
				},
			}
		},
		"directus-static-token": func(g *fake.Gen) Cases {
			token := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"DIRECTUS_URL=https://cms.example.com\nDIRECTUS_TOKEN=" + token() + "\n",
					"curl -H 'Authorization: Bearer " + token() + "' https://directus.example.com/items/articles\n",
					"directus:\n  url: https://cms.example.org\n  static_token: \"" + token() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"DIRECTUS_TOKEN=your-directus-token\n",
					"DIRECTUS_STATIC_TOKEN=" + strings.Repeat("x", 32) + "\n",
					// wrong length and one case only
					"DIRECTUS_TOKEN=" + g.MixedAlnum(24) + "\n",
					"DIRECTUS_TOKEN=" + g.String(fake.Lower, 32) + "\n",
					// a name that holds no credential word
					"DIRECTUS_COLLECTION=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"expensify-partner-user-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -X POST 'https://integrations.expensify.com/Integration-Server/ExpensifyIntegrations' \\\n    -d 'requestJobDescription={\n        \"type\":\"get\",\n        \"credentials\":{\n            \"partnerUserID\": \"aa_jane_example_com\",\n            \"partnerUserSecret\": \"" + g.Hex(40) + "\"\n        }\n    }'\n",
					"EXPENSIFY_PARTNER_USER_ID=aa_ops_example_com\nEXPENSIFY_PARTNER_USER_SECRET=" + g.Hex(40) + "\n",
					"expensify:\n  partner_user_id: aa_finance_example_org\n  partner_user_secret: '" + g.Hex(40) + "'\n",
				},
				Negatives: []string{
					// placeholders from the API documentation
					"\"partnerUserSecret\": \"" + strings.Repeat("x", 40) + "\"\n",
					"\"partnerUserSecret\":\"_REPLACE_\"\n",
					// wrong length and wrong alphabet
					"EXPENSIFY_PARTNER_USER_SECRET=" + g.Hex(32) + "\n",
					"EXPENSIFY_PARTNER_USER_SECRET=" + g.MixedAlnum(40) + "\n",
					// a policy id is no secret
					"EXPENSIFY_POLICY_ID=" + strings.ToUpper(g.Hex(16)) + "\n",
				},
			}
		},
		"formbricks-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("fb", "k_")
			key := func() string {
				return prefix + base64.RawURLEncoding.EncodeToString(g.Bytes(32))
			}
			return Cases{
				Positives: []string{
					"FORMBRICKS_API_KEY=" + key() + "\n",
					"curl -H \"x-api-key: " + key() + "\" https://app.formbricks.com/api/v1/management/responses\n",
					"formbricks:\n  host: https://app.formbricks.com\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders and a truncated key
					"FORMBRICKS_API_KEY=" + prefix + "test\n",
					"FORMBRICKS_API_KEY=" + prefix + "secret-with-hyphens\n",
					"FORMBRICKS_API_KEY=" + prefix + g.MixedAlnum(20) + "\n",
					// the body without the prefix
					"FORMBRICKS_API_KEY=" + g.MixedAlnum(43) + "\n",
				},
			}
		},
		"grist-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GRIST_API_KEY=" + g.Hex(40) + "\nGRIST_SERVER=https://docs.getgrist.com\n",
					"headers = {\"Authorization\": \"Bearer \" + GRIST_KEY}\nGRIST_KEY = \"" + g.Hex(40) + "\"\n",
					"grist:\n  doc_id: " + g.MixedAlnum(22) + "\n  api_key: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// the bare word labels no key
					"grist: " + g.Hex(40) + "\n",
					// placeholders, wrong length, wrong alphabet
					"GRIST_API_KEY=your_api_key\n",
					"GRIST_API_KEY=" + g.Hex(32) + "\n",
					"GRIST_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"invoiceninja-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"INVOICE_NINJA_URL=https://invoicing.co\nINVOICE_NINJA_TOKEN=" + g.MixedAlnum(64) + "\n",
					"curl -H \"X-API-TOKEN: " + g.MixedAlnum(64) + "\" -H \"X-Requested-With: XMLHttpRequest\" https://invoicing.co/api/v1/clients\n",
					"invoice_ninja:\n  url: https://billing.example.com\n  api_token: '" + g.MixedAlnum(64) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"INVOICE_NINJA_TOKEN=your_api_token\n",
					"INVOICE_NINJA_API_TOKEN=" + strings.Repeat("x", 64) + "\n",
					// wrong length, and one case only
					"INVOICE_NINJA_TOKEN=" + g.MixedAlnum(40) + "\n",
					"INVOICE_NINJA_TOKEN=" + g.String(fake.Lower, 64) + "\n",
					// a name that holds no credential word
					"INVOICE_NINJA_COMPANY=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"leantime-api-key": func(g *fake.Gen) Cases {
			lt := fake.Join("l", "t_")
			key := func() string { return lt + g.MixedAlnum(32) + "_" + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"LEANTIME_URL=https://pm.example.com\nLEANTIME_API_KEY=" + key() + "\n",
					"curl -X POST https://pm.example.com/api/jsonrpc -H 'x-api-key: " + key() + "' -d @body.json\n",
					"{\"leantime\": {\"url\": \"http://localhost:8080\", \"apiKey\": \"" + key() + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"LEANTIME_API_KEY=" + lt + "xxx\n",
					"LEANTIME_API_KEY='" + lt + "…'\n",
					// one half only, and wrong lengths
					"LEANTIME_API_KEY=" + lt + g.MixedAlnum(32) + "\n",
					"LEANTIME_API_KEY=" + lt + g.MixedAlnum(20) + "_" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"midday-api-key": func(g *fake.Gen) Cases {
			mid := fake.Join("mi", "d_")
			nano := fake.Base64URL
			return Cases{
				Positives: []string{
					"MIDDAY_API_KEY=" + mid + g.Hex(64) + "\n",
					"curl https://api.midday.ai/v1/transactions -H \"Authorization: Bearer " + mid + g.Hex(64) + "\"\n",
					"MIDDAY_CLIENT_SECRET=" + mid + "app_secret_" + g.String(nano, 32) + "\n",
					"{\"access_token\": \"" + mid + "access_token_" + g.String(nano, 32) + "\", \"token_type\": \"Bearer\"}\n",
				},
				Negatives: []string{
					// placeholders and an example client id
					"export MIDDAY_API_KEY=" + mid + "live_xxxx\n",
					"clientId: \"" + mid + "client_abcdef123456789\",\n",
					// wrong length and wrong alphabet
					"MIDDAY_API_KEY=" + mid + g.Hex(40) + "\n",
					"MIDDAY_API_KEY=" + mid + g.MixedAlnum(64) + "\n",
					// an order id built from a timestamp
					"merchant_uid: `" + mid + "${new Date().getTime()}`,\n",
				},
			}
		},
		"openproject-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENPROJECT_URL=https://pm.example.com\nOPENPROJECT_API_KEY=" + g.Hex(64) + "\n",
					"curl -u apikey:" + g.Hex(64) + " https://community.openproject.org/api/v3/projects\n",
					"openproject:\n  base_url: https://op.example.com\n  api_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"OPENPROJECT_API_KEY=your-api-key-here\n",
					"OPENPROJECT_API_KEY=<admin-token>\n",
					// wrong length and wrong alphabet
					"OPENPROJECT_API_KEY=" + g.Hex(40) + "\n",
					"OPENPROJECT_API_KEY=" + g.MixedAlnum(64) + "\n",
					// a digest under a name that holds no credential word
					"OPENPROJECT_IMAGE_DIGEST=" + g.Hex(64) + "\n",
				},
			}
		},
		"outline-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ol_", "api_")
			return Cases{
				Positives: []string{
					"OUTLINE_API_KEY=" + prefix + g.MixedAlnum(38) + "\nOUTLINE_URL=https://wiki.example.com\n",
					"curl -X POST https://app.getoutline.com/api/documents.list -H \"Authorization: Bearer " + prefix + g.MixedAlnum(38) + "\"\n",
					"outline:\n  base_url: https://docs.example.org\n  token: \"" + prefix + g.MixedAlnum(38) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"OUTLINE_API_KEY=" + prefix + "your_key_here\n",
					"OUTLINE_API_KEY=" + prefix + strings.Repeat("x", 38) + "\n",
					// wrong length
					"OUTLINE_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					// the body without the prefix
					"OUTLINE_API_KEY=" + g.MixedAlnum(45) + "\n",
				},
			}
		},
		"personio-client-secret": func(g *fake.Gen) Cases {
			papi := fake.Join("pa", "pi-")
			secret := func() string { return papi + base64.StdEncoding.EncodeToString([]byte(g.UUID())) }
			return Cases{
				Positives: []string{
					"PERSONIO_CLIENT_ID=" + papi + g.UUID() + "\nPERSONIO_CLIENT_SECRET=" + secret() + "\n",
					"payload = {\n    \"client_id\": \"" + papi + g.UUID() + "\",\n    \"client_secret\": \"" + secret() + "\",\n}\n",
					"curl -X POST https://api.personio.de/v2/auth/token -d grant_type=client_credentials -d client_id=" + papi + g.UUID() + " -d client_secret=" + secret() + "\n",
				},
				Negatives: []string{
					// the client ID is no secret
					"PERSONIO_CLIENT_ID=" + papi + g.UUID() + "\n",
					// placeholders
					"PERSONIO_CLIENT_SECRET=" + papi + strings.Repeat("x", 32) + "\n",
					"PERSONIO_CLIENT_SECRET=" + papi + "...\n",
					// wrong length
					"PERSONIO_CLIENT_SECRET=" + papi + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"plane-api-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("plane", "_api_")
			return Cases{
				Positives: []string{
					"PLANE_API_KEY=" + prefix + g.Hex(32) + "\nPLANE_WORKSPACE_SLUG=acme\n",
					"curl https://api.plane.so/api/v1/workspaces/acme/projects/ -H \"X-API-Key: " + prefix + g.Hex(32) + "\"\n",
					"client = PlaneClient(base_url=\"https://api.plane.so\", api_key=\"" + prefix + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders from tests and docs
					"update_data = {\"token\": \"" + prefix + "malicious_token_value\"}\n",
					"PLANE_API_KEY=" + prefix + "xxxxxxxx\n",
					// wrong length and wrong alphabet
					"PLANE_API_KEY=" + prefix + g.Hex(24) + "\n",
					"PLANE_API_KEY=" + prefix + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"redmine-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"REDMINE_URL=https://redmine.example.org\nREDMINE_API_KEY=" + g.Hex(40) + "\n",
					"curl -H \"X-Redmine-API-Key: " + g.Hex(40) + "\" https://redmine.example.org/issues.json\n",
					"redmine = Redmine('https://tracker.example.org', key='" + g.Hex(40) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"REDMINE_API_KEY=your_redmine_api_key\n",
					"REDMINE_API_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"REDMINE_API_KEY=" + g.Hex(32) + "\n",
					"REDMINE_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a commit of the redmine code, not a key
					"REDMINEUP_COMMIT=" + g.Hex(40) + "\n",
				},
			}
		},
		"teable-access-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("tea", "ble_", "acc")
			token := func() string {
				return prefix + g.MixedAlnum(16) + "_" + g.Base64Bytes(32)
			}
			return Cases{
				Positives: []string{
					"TEABLE_API_KEY=" + token() + "\nTEABLE_BASE_URL=https://app.teable.io/api\n",
					"const teableToken = '" + token() + "';\n",
					"curl https://app.teable.io/api/table/tbl" + g.MixedAlnum(16) + "/record -H 'Authorization: Bearer " + token() + "'\n",
				},
				Negatives: []string{
					// placeholders and a truncated token
					"TEABLE_API_KEY=" + prefix + "xxxxxxxx\n",
					"TEABLE_API_KEY=" + prefix + g.MixedAlnum(16) + "_...\n",
					"TEABLE_API_KEY=" + prefix + g.MixedAlnum(16) + "_" + g.MixedAlnum(20) + "\n",
					// a record id of the same alphabet
					"TEABLE_TABLE_ID=tbl" + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"vikunja-api-token": func(g *fake.Gen) Cases {
			tk := fake.Join("t", "k_")
			return Cases{
				Positives: []string{
					"VIKUNJA_URL=https://todo.example.com/api/v1\nVIKUNJA_API_TOKEN=" + tk + g.Hex(40) + "\n",
					"curl -H \"Authorization: Bearer " + tk + g.Hex(40) + "\" https://todo.example.com/api/v1/tasks/all\n",
					"vikunja:\n  host: https://vikunja.example.org\n  token: " + tk + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// placeholders from tests
					"token, err := GetTokenFromTokenString(s, \"" + tk + "loremipsum\")\n",
					"ok, err := BasicAuth(c, \"user1\", \"" + tk + "nonexistent_token_value_aaaaaaaaaaaaaaaa\")\n",
					// wrong length and wrong alphabet
					"VIKUNJA_API_TOKEN=" + tk + g.Hex(32) + "\n",
					"VIKUNJA_API_TOKEN=" + tk + g.MixedAlnum(40) + "\n",
				},
			}
		},
	}
}
