// Cases for the accounting and invoicing rules added in the s29books change:
// Billy, e-conomic, Holded, Lexware Office (lexoffice), Moneybird, sevDesk and
// Tripletex. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29booksCases are the cases of the rules this change adds.
func s29booksCases() map[string]Builder {
	return map[string]Builder{
		"billy-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BILLY_ACCESS_TOKEN=" + g.Hex(40) + "\nBILLY_ORGANIZATION_ID=" + g.MixedAlnum(22) + "\n",
					"BillyClient client = new BillyClient(\"" + g.Hex(40) + "\", \"https://api.billysbilling.com/v2\");\n",
					"const billyApiKey = '" + g.Hex(40) + "';\n",
					"billy:\n  access_token: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// placeholder
					"BILLY_API_KEY=your-billy-api-key\n",
					// too short for a Billy token
					"BILLY_ACCESS_TOKEN=" + g.Hex(32) + "\n",
					// the name inside another word
					"hillbilly_token = \"" + g.Hex(40) + "\"\n",
					// a Billy setting that is no credential
					"BILLY_ORGANIZATION_ID=" + g.Hex(40) + "\n",
				},
			}
		},
		"economic-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(43) + "1" }
			return Cases{
				Positives: []string{
					"headers: {\n  \"X-AppSecretToken\": \"" + tok() + "\",\n  \"X-AgreementGrantToken\": \"" + tok() + "\",\n  \"Content-Type\": \"application/json\"\n}\n",
					"ECONOMIC_APP_SECRET_TOKEN=" + tok() + "\nECONOMIC_AGREEMENT_GRANT_TOKEN=" + tok() + "\n",
					"_httpClient.DefaultRequestHeaders.Add(\"X-AgreementGrantToken\", \"" + tok() + "\");\n",
					"economic.serviceUrl=https://restapi.e-conomic.com\neconomic.appSecretToken=" + tok() + "\n",
				},
				Negatives: []string{
					// the public demo agreement
					"\"x-appsecrettoken\": \"demo\",\n\"x-agreementgranttoken\": \"demo\",\n",
					// one character short of the shape and not closed by 1
					"X-AppSecretToken: " + g.MixedAlnum(42) + "\n",
					// 44 characters that do not end in 1
					"ECONOMIC_APP_SECRET_TOKEN=" + g.MixedAlnum(43) + "A\n",
					// "economic" as an ordinary word, with no credential word
					"economic_indicator = \"" + tok() + "\"\n",
				},
			}
		},
		"holded-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HOLDED_API_KEY=" + g.Hex(32) + "\nHOLDED_API_URL=https://api.holded.com/api/\n",
					"HOLDED_API_KEY = \"" + g.Hex(32) + "\"\n",
					"holded:\n  api_key: \"" + g.Hex(32) + "\"\n",
					"{\"holded\": {\"apiKey\": \"" + g.Hex(32) + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"HOLDED_API_KEY=your-holded-api-key\n",
					"HOLDED_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"HOLDED_API_KEY=" + g.Hex(24) + "\n",
					"HOLDED_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a Holded setting that is no credential
					"HOLDED_WORKSPACE_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"lexoffice-api-key": func(g *fake.Gen) Cases {
			const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-"
			key := func() string { return g.MixedAlnum(20) + g.Pick("_", ".", "-") + g.String(alphabet, 27) }
			return Cases{
				Positives: []string{
					"# Lexoffice API\nLEXOFFICE_API_KEY=" + key() + "\nLEXOFFICE_API_URL=https://api.lexware.io\n",
					"lexoffice_api_key = \"" + key() + "\"\n",
					"$api = new \\Sysix\\LexOffice\\Api('" + key() + "', $httpClient);\n",
					"export LEXWARE_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"LEXOFFICE_API_KEY=your-api-key\n",
					"LEXOFFICE_API_KEY=" + strings.Repeat("x", 48) + "\n",
					// one character short
					"LEXOFFICE_API_KEY=" + g.MixedAlnum(47) + "\n",
					// a lexoffice id is no key
					"LEXOFFICE_CONTACT_ID=" + g.UUID() + "\n",
				},
			}
		},
		"moneybird-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MONEYBIRD_API_TOKEN=" + g.Hex(64) + "\nMONEYBIRD_ADMINISTRATION_ID=" + strconv.Itoa(100000000+g.IntN(899999999)) + "\n",
					"client = Moneybird::Client.new('" + g.Hex(64) + "')\n",
					"moneybird:\n  token: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholder
					"MONEYBIRD_API_TOKEN=your_actual_moneybird_api_token_here\n",
					// too short
					"MONEYBIRD_TOKEN=" + g.Hex(51) + "\n",
					// wrong alphabet
					"MONEYBIRD_TOKEN=" + g.MixedAlnum(64) + "\n",
					// a Moneybird setting that is no credential
					"MONEYBIRD_WEBHOOK_ID=" + g.Hex(64) + "\n",
				},
			}
		},
		"sevdesk-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SEVDESK_API_TOKEN=" + g.Hex(32) + "\nARCHIVE_TARGET=$HOME/Documents/sevdesk-archive\n",
					"curl \"https://my.sevdesk.de/api/v1/Contact?token=" + g.Hex(32) + "\"\n",
					"sevdesk:\n  api_token: \"" + g.Hex(32) + "\"\n",
					"'sevdesk_token' => '" + g.Hex(32) + "',\n",
				},
				Negatives: []string{
					// placeholders
					"export SEVDESK_API_TOKEN=your_token\n",
					"SEVDESK_API_TOKEN=" + strings.Repeat("0", 32) + "\n",
					// wrong length
					"SEVDESK_API_TOKEN=" + g.Hex(40) + "\n",
					// a sevDesk setting that is no credential
					"SEVDESK_CHECK_ACCOUNT_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"tripletex-api-token": func(g *fake.Gen) Cases {
			tokenID := func() string { return strconv.Itoa(2147000000 + g.IntN(999999)) }
			tok := func() string {
				return base64.StdEncoding.EncodeToString([]byte(fake.Join("{\"to", "kenId\":") + tokenID() + ",\"token\":\"" + g.UUID() + "\"}"))
			}
			return Cases{
				Positives: []string{
					"TRIPLETEX_CONSUMER_TOKEN=" + tok() + "\nTRIPLETEX_EMPLOYEE_TOKEN=" + tok() + "\n",
					"const BASE = \"https://tripletex.no/v2\";\nconst TOKEN = \"" + tok() + "\";\nconst AUTH = \"Basic \" + btoa(\"0:\" + TOKEN);\n",
					"tripletex:\n  employee_token: " + tok() + "\n",
				},
				Negatives: []string{
					// a JWT whose claims hold a tokenId
					"token = " + base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." +
						base64.RawURLEncoding.EncodeToString([]byte(fake.Join("{\"to", "kenId\":")+tokenID()+",\"sub\":\""+g.UUID()+"\"}")) + "." + g.MixedAlnum(43) + "\n",
					// a tokenId that is a string, not Tripletex's number
					"qrCode: " + base64.StdEncoding.EncodeToString([]byte(fake.Join("{\"to", "kenId\":\"")+g.UUID()+"\",\"eventId\":\"event_abc\"}")) + "\n",
					// truncated
					"TRIPLETEX_EMPLOYEE_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(fake.Join("{\"to", "kenId\":") + tokenID() + ",\"tok"))[:28] + "\n",
					// placeholder
					"TRIPLETEX_EMPLOYEE_TOKEN=din-employee-token\n",
				},
			}
		},
	}
}
