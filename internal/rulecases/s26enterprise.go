// Cases for the enterprise IT and back-office rules added in the
// s26enterprise change: BeyondTrust Password Safe, Boomi, Coupa, Ivanti
// Neurons for ITSM, ManageEngine ServiceDesk Plus and SailPoint. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26enterpriseCases are the cases of the rules this change adds.
func s26enterpriseCases() map[string]Builder {
	return map[string]Builder{
		"beyondtrust-password-safe-api-key": func(g *fake.Gen) Cases {
			psAuth := fake.Join("PS-", "Auth key=")
			key := func() string { return g.Hex(128) }
			return Cases{
				Positives: []string{
					"BEYONDTRUST_API_KEY=" + key() + "\n",
					"headers = {\"Authorization\": \"" + psAuth + key() + "; runas=svc_pwsafe;\"}\n",
					"beyondtrust:\n  url: https://pws.example.com/BeyondTrust/api/public/v3\n  api_key: \"" + key() + "\"\n",
					// an old-style key is a GUID
					"$headers = @{ Authorization = \"" + psAuth + strings.ToUpper(g.UUID()) + "; runas=$RunAs;\" }\n",
				},
				Negatives: []string{
					// placeholders
					"headers = {\"Authorization\": \"" + psAuth + "${BT_API_KEY}; runas=svc;\"}\n",
					"BEYONDTRUST_API_KEY=" + strings.Repeat("x", 128) + "\n",
					// wrong length and wrong alphabet
					"BEYONDTRUST_API_KEY=" + g.Hex(100) + "\n",
					"BEYONDTRUST_API_KEY=" + g.MixedAlnum(128) + "\n",
					// the name glued to another word, no credential word
					"BEYONDTRUST_WORKGROUP_ID=" + g.UUID() + "\n",
				},
			}
		},
		"boomi-api-token": func(g *fake.Gen) Cases {
			user := fake.Join("BOOMI_", "TOKEN.")
			return Cases{
				Positives: []string{
					"curl -s -u \"" + user + "ops@example.com:" + g.UUID() + "\" https://api.boomi.com/api/rest/v1/acme-" + g.Alnum(6) + "/Atom/query\n",
					"auth_string = \"" + user + "integration@acme.io:" + g.UUID() + "\"\nencoded = base64.b64encode(auth_string.encode()).decode()\n",
					"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(user+"svc.boomi@acme.com:"+g.UUID())) + "\n",
				},
				Negatives: []string{
					// templates and placeholders
					"auth = f\"" + user + "{email}:{api_token}\"\n",
					"curl -u \"" + user + "ops@example.com:<api-token>\" https://api.boomi.com/api/rest/v1/acct/Atom/query\n",
					"curl -u \"" + user + "ops@example.com:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\" https://api.boomi.com/\n",
					// too short for a token
					"username = \"" + user + "ops@example.com:" + g.Alnum(8) + "\"\n",
				},
			}
		},
		"coupa-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -X GET https://acme.coupahost.com/api/invoices -H \"X-COUPA-API-KEY: " + g.Hex(40) + "\" -H \"Accept: application/json\"\n",
					"'headers' => [\n    'X-COUPA-API-KEY' => '" + g.Hex(40) + "',\n    'ACCEPT' => 'application/xml',\n]\n",
					"coupa:\n  host: acme.coupahost.com\n  api_key: " + g.Hex(40) + "\n",
					"COUPA_API_KEY=" + g.Hex(40) + "\n",
				},
				Negatives: []string{
					"COUPA_API_KEY=<your-coupa-api-key>\n",
					"headers = {\"X-COUPA-API-KEY\": \"" + strings.Repeat("0", 40) + "\"}\n",
					// wrong length and alphabet
					"COUPA_API_KEY=" + g.Hex(32) + "\n",
					"COUPA_API_KEY=" + g.MixedAlnum(40) + "\n",
					// an id, not a key
					"COUPA_SUPPLIER_ID=" + g.Hex(40) + "\n",
					// Coupang's secret key, another provider's
					"COUPANG_SECRET_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
		"ivanti-ism-rest-api-key": func(g *fake.Gen) Cases {
			header := fake.Join("rest_api", "_key=")
			key := func() string { return g.String(fake.HexUpper, 32) }
			return Cases{
				Positives: []string{
					"curl -s -H \"Authorization: " + header + key() + "\" https://acme.saasit.com/api/odata/businessobject/incidents\n",
					"headers = {\"Authorization\": \"" + header + key() + "\", \"Content-Type\": \"application/json\"}\n",
					"IVANTI_API_KEY=" + key() + "\n",
					"ivanti:\n  tenant: acme.saasiteu.com\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					"curl -H \"Authorization: " + header + "<REST_API_KEY>\" https://acme.saasit.com/api/odata/businessobject/incidents\n",
					"IVANTI_API_KEY=your_ivanti_api_key\n",
					// wrong length and alphabet
					"IVANTI_API_KEY=" + g.String(fake.HexUpper, 24) + "\n",
					"headers = {\"Authorization\": \"" + header + g.MixedAlnum(32) + "\"}\n",
					// a record id next to the name, no credential word
					"IVANTI_OWNER_TEAM=" + key() + "\n",
				},
			}
		},
		"manageengine-servicedesk-technician-key": func(g *fake.Gen) Cases {
			tech := fake.Join("TECHNICIAN", "_KEY=")
			key := func() string { return strings.ToUpper(g.UUID()) }
			return Cases{
				Positives: []string{
					"url = \"https://servicedesk.example.com/sdpapi/request/?OPERATION_NAME=GET_REQUEST&" + tech + key() + "\"\n",
					"$postParams = @{OPERATION_NAME='CLOSE_REQUEST';" + tech + "'" + key() + "'}\n",
					"SERVICEDESK_API_KEY=" + key() + "\n",
					"{\n  \"url\": \"https://sdp.example.com\",\n  \"technicianKey\": \"" + key() + "\"\n}\n",
				},
				Negatives: []string{
					"SERVICEDESK_API_KEY=YOUR_MANAGEENGINE_API_KEY\n",
					"url = \"https://sd.example.com/api/v3/requests?" + tech + "\" + config[\"technicianKey\"]\n",
					// wrong shape
					"SERVICEDESK_API_KEY=" + g.Hex(32) + "\n",
					"SERVICEDESK_API_KEY=" + key()[:30] + "\n",
					// an id, no credential word
					"SERVICEDESK_REQUEST_ID=" + key() + "\n",
				},
			}
		},
		"sailpoint-pat-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SAIL_BASE_URL=https://acme.api.identitynow.com\nSAIL_CLIENT_ID=" + g.Hex(32) + "\nSAIL_CLIENT_SECRET=" + g.Hex(64) + "\n",
					"export SAIL_CLIENT_SECRET=\"" + g.Hex(64) + "\"\n",
					"provider \"identitynow\" {\n  sail_base_url      = \"https://acme.api.identitynow.com\"\n  sail_client_secret = \"" + g.Hex(64) + "\"\n}\n",
					"$env:IDNW_PRD_CLIENT_SECRET = \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					"export SAIL_CLIENT_SECRET={clientSecret}\n",
					"SAIL_CLIENT_SECRET=<client secret>\n",
					// wrong length and alphabet
					"SAIL_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"SAIL_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					// the name glued to another word
					"SAILPOINT_TENANT_HASH=" + g.Hex(64) + "\n",
				},
			}
		},
		"halopsa-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.UUID() + "-" + g.UUID() }
			return Cases{
				Positives: []string{
					"HALO_CLIENT_ID=" + g.UUID() + "\nHALO_CLIENT_SECRET=" + secret() + "\n",
					"HALO_SECRET = '" + secret() + "'\nHALO_AUTH_URL = 'https://acme.halopsa.com/auth/token'\n",
					"halo:\n  tenant: acme\n  client_id: " + g.UUID() + "\n  client_secret: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					"HALO_CLIENT_SECRET=your-halo-client-secret\n",
					"HALO_CLIENT_SECRET=${HALO_CLIENT_SECRET}\n",
					// one GUID is the client ID's shape, not the secret's
					"HALO_CLIENT_SECRET=" + g.UUID() + "\n",
					// the name glued to another word, no credential word
					"HALO_TICKET_REF=" + secret() + "\n",
				},
			}
		},
		"sap-btp-xsuaa-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.UUID() + "$" + g.String(fake.Base64URL, 43) + "=" }
			clientID := func() string { return "sb-" + g.UUID() + "!b" + g.String(fake.Digits, 6) + "|aicore!b540" }
			return Cases{
				Positives: []string{
					"{\n  \"clientid\": \"" + clientID() + "\",\n  \"clientsecret\": \"" + secret() + "\",\n  \"url\": \"https://acme.authentication.eu10.hana.ondemand.com\"\n}\n",
					"const destination = {\n    clientid: '" + clientID() + "',\n    clientsecret: '" + secret() + "',\n};\n",
					"AICORE_CLIENT_SECRET=" + secret() + "\n",
				},
				Negatives: []string{
					"{\n  \"clientid\": \"sb-bookshop...\",\n  \"clientsecret\": \"...\"\n}\n",
					"  \"clientsecret\": \"xxxxxxxxxxxxxxxxxxxxxxx=\",\n",
					// a body too short, and no GUID before the dollar sign
					"\"clientsecret\": \"" + g.UUID() + "$" + g.String(fake.Base64URL, 20) + "=\",\n",
					"\"clientsecret\": \"bindingId$" + g.String(fake.Base64URL, 43) + "=\",\n",
				},
			}
		},
		"topdesk-application-password": func(g *fake.Gen) Cases {
			lowerAlnum := "abcdefghijklmnopqrstuvwxyz0123456789"
			password := func() string {
				parts := make([]string, 5)
				for i := range parts {
					parts[i] = g.String(lowerAlnum, 5)
				}
				return strings.Join(parts, "-")
			}
			return Cases{
				Positives: []string{
					"TOPDESK_URL=https://acme.topdesk.net\nTOPDESK_USERNAME=api_user\nTOPDESK_PASSWORD=" + password() + "\n",
					"topdesk:\n  url: https://acme.topdesk.net/tas/api\n  username: svc_integration\n  application_password: " + password() + "\n",
					"$env:TOPDESK_APP_PASSWORD = \"" + password() + "\"\n",
				},
				Negatives: []string{
					"TOPDESK_PASSWORD=your_application_password\n",
					"TOPDESK_PASSWORD=xxxxx-xxxxx-xxxxx-xxxxx-xxxxx\n",
					// four groups, and upper case
					"TOPDESK_PASSWORD=" + password()[:23] + "\n",
					"TOPDESK_PASSWORD=" + strings.ToUpper(password()) + "\n",
					// the name glued to another word, no credential word
					"TOPDESKTOP_ID=" + password() + "\n",
				},
			}
		},
		"infor-ionapi-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.String(fake.Base64URL, 86) }
			ionapi := func() string {
				return "{\n  \"ti\": \"ACME_PRD\",\n  \"cn\": \"integration\",\n  \"ci\": \"ACME_PRD~" + g.String(fake.Base64URL, 43) +
					"\",\n  \"cs\": \"" + secret() + "\",\n  \"iu\": \"https://mingle-ionapi.eu1.inforcloudsuite.com\",\n  \"pu\": \"https://mingle-sso.eu1.inforcloudsuite.com:443/ACME_PRD/as/\",\n  \"saak\": \"ACME_PRD#" + secret() +
					"\",\n  \"sask\": \"" + secret() + "\"\n}\n"
			}
			return Cases{
				Positives: []string{
					ionapi(),
					"ION_API_JSON='{\"ti\":\"ACME_TST\",\"ci\":\"ACME_TST~" + g.String(fake.Base64URL, 43) + "\",\"cs\":\"" + secret() + "\",\"iu\":\"https://mingle-ionapi.inforcloudsuite.com\"}'\n",
					"config = {'ti': 'ACME_DEV', 'saak': 'ACME_DEV#" + secret() + "', 'sask': '" + secret() + "'}\n",
				},
				Negatives: []string{
					"export ION_API_JSON='{\"ti\":\"TENANT_ID\",\"ci\":\"CLIENT_ID\",\"cs\":\"CLIENT_SECRET\",\"saak\":\"USERNAME\",\"sask\":\"PASSWORD\"}'\n",
					"{\"cs\": \"" + strings.Repeat("x", 86) + "\"}\n",
					// too short for an ION API secret
					"{\"cs\": \"" + g.String(fake.Base64URL, 40) + "\"}\n",
					// another key
					"{\"ci\": \"" + g.String(fake.Base64URL, 86) + "\"}\n",
				},
			}
		},
		"syncro-api-token": func(g *fake.Gen) Cases {
			token := func() string { return "T" + g.Hex(17) + "-" + g.Hex(32) }
			return Cases{
				Positives: []string{
					"SYNCRO_SUBDOMAIN = \"acme\"\nSYNCRO_API_KEY = \"" + token() + "\"\n",
					"curl -s \"https://acme.syncromsp.com/api/v1/assets?api_key=" + token() + "&per_page=25\"\n",
					"syncro:\n  subdomain: acme\n  api_token: " + token() + "\n",
					"SYNCRO_API_KEY=T" + g.Hex(12) + "-" + g.Hex(25) + "\n",
				},
				Negatives: []string{
					"SYNCRO_API_KEY=your-syncro-api-key\n",
					"process.env.SYNCRO_API_KEY = \"test-api-key\";\n",
					// no T, and upper-case hex
					"SYNCRO_API_KEY=" + g.Hex(17) + "-" + g.Hex(32) + "\n",
					"SYNCRO_API_KEY=T" + strings.ToUpper(g.Hex(17)+"-"+g.Hex(32)) + "\n",
					// the name glued to another word
					"SYNCRONIZE_ID=" + token() + "\n",
				},
			}
		},
		"celigo-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CELIGO_API_KEY = \"" + g.Hex(32) + "\"\nCELIGO_BASE = \"https://api.integrator.io/v1\"\n",
					"CELIGO_API_TOKEN=" + g.Hex(32) + "\n",
					"celigo:\n  base_url: https://api.integrator.io/v1\n  token: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"CELIGO_API_TOKEN=<your-celigo-token>\n",
					"headers = {'Authorization': 'Bearer {token here}'}  # celigo\n",
					// wrong length and alphabet
					"CELIGO_API_TOKEN=" + g.Hex(24) + "\n",
					"CELIGO_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					// an integration id next to the name
					"CELIGO_INTEGRATION_ID=" + g.Hex(24) + "\n",
				},
			}
		},
		"rubrik-service-account-secret": func(g *fake.Gen) Cases {
			clientID := func() string { return "client|" + g.MixedAlnum(32) }
			secret := func(n int) string { return g.MixedAlnum(n-2) + g.Pick("_", "-") + g.String(fake.Digits, 1) }
			return Cases{
				Positives: []string{
					"{\n\t\"client_id\": \"" + clientID() + "\",\n\t\"client_secret\": \"" + secret(46) + "\",\n\t\"name\": \"powershell\",\n\t\"access_token_uri\": \"https://acme.my.rubrik.com/api/client_token\"\n}\n",
					"curl --request POST --data '{\"client_id\": \"" + clientID() + "\", \"client_secret\": \"" + secret(63) + "\"}' https://acme.my.rubrik.com/api/client_token\n",
					"RUBRIK_CLIENT_SECRET=" + secret(50) + "\n",
				},
				Negatives: []string{
					"{\n  \"client_id\": \"client|...\",\n  \"client_secret\": \"...\",\n  \"access_token_uri\": \"https://<account>.my.rubrik.com/api/client_token\"\n}\n",
					"{\n  \"client_id\": \"client|REDACTED\",\n  \"client_secret\": \"REDACTED\"\n}\n",
					// too short for a service account secret
					"{\"client_id\": \"" + clientID() + "\", \"client_secret\": \"" + g.MixedAlnum(24) + "\"}\n",
					// the name glued to another word, no credential word
					"RUBRIK_CLUSTER_UUID=" + g.MixedAlnum(48) + "\n",
				},
			}
		},
		"sharepoint-addin-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.Base64Bytes(32) }
			return Cases{
				Positives: []string{
					"Connect-PnPOnline -Url https://contoso.sharepoint.com/sites/hr -ClientId " + g.UUID() + " -ClientSecret \"" + secret() + "\"\n",
					"SHAREPOINT_CLIENT_ID=" + g.UUID() + "\nSHAREPOINT_CLIENT_SECRET=" + secret() + "\n",
					"sharepoint:\n  site_url: https://contoso.sharepoint.com/sites/legal\n  client_id: " + g.UUID() + "\n  client_secret: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					"SHAREPOINT_CLIENT_SECRET=your-client-secret\n",
					"Connect-PnPOnline -Url $SiteUrl -ClientId $ClientId -ClientSecret $ClientSecret\n",
					// an Entra secret's shape is another rule's, and a short value
					"SHAREPOINT_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					"SHAREPOINT_CLIENT_SECRET=" + g.Base64Bytes(16) + "\n",
					// the name glued to another word, no credential word
					"SHAREPOINT_SITE_ID=" + g.Base64Bytes(32) + "\n",
				},
			}
		},
	}
}
