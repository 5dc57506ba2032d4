// Cases for the identity verification (KYC/KYB) and fraud prevention rules
// added in the s33 kyc change: Fingerprint's secret Server API key, SEON,
// Shufti Pro, Socure, Sumsub's secret key, Trulioo and Veriff; and the
// widened Sumsub app token (tst: prefix) and IPQualityScore key (in the
// request path). Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s33kycCases are the cases of the rules this change adds.
func s33kycCases() map[string]Builder {
	return map[string]Builder{
		"fingerprint-server-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_FINGERPRINT_PUBLIC_API_KEY=" + key() + "\nFINGERPRINT_SECRET_API_KEY=" + key() + "\n",
					"const client = new FingerprintJsServerApiClient({\n  apiKey: '" + key() + "',\n  region: Region.EU,\n});\n",
					"const fingerprint = new FingerprintServerApiClient({ apiKey: \"" + key() + "\", region: Region.Global })\n",
					"fingerprint:\n  server_api_key: " + key() + "\n  region: eu\n",
					"    url = f\"https://eu.api.fpjs.io/events/{request_id}?api_key=" + key() + "\"\n",
					"curl https://api.fpjs.io/events/1708102555327.NLOjmg \\\n  -H \"Auth-API-Key: " + key() + "\"\n",
					"export FPJS_SECRET_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// the public (browser) key has the same shape
					"NEXT_PUBLIC_FINGERPRINT_PUBLIC_API_KEY=" + key() + "\n",
					"const fpPromise = FingerprintJS.load({ apiKey: '" + key() + "', region: 'eu' })\n",
					// placeholders
					"FINGERPRINT_SECRET_API_KEY=your_secret_api_key\n",
					"FINGERPRINT_SECRET_API_KEY=" + strings.Repeat("x", 20) + "\n",
					// wrong length
					"FINGERPRINT_SECRET_API_KEY=" + g.MixedAlnum(32) + "\n",
					// an SSH host key fingerprint is no Fingerprint key
					"fingerprint_server_key = \"SHA256:" + g.Base64Bytes(32) + "\"\n",
				},
			}
		},
		"seon-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SEON_LICENSE_KEY=" + g.UUID() + "\nSEON_MERCHANT_ID=frontstore_reg\n",
					"SEON_API_KEY = \"" + g.UUID() + "\"\n",
					"const seon = new Seon(\"" + g.UUID() + "\");\n",
					"r = requests.get(\n    f\"https://api.seon.io/SeonRestService/email-api/v2.2/{email}\",\n    headers={\"X-API-KEY\": \"" + g.UUID() + "\"},\n)\n",
					"seon:\n  license_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SEON_LICENSE_KEY=xxxx\n",
					"SEON_API_KEY=REPLACE_WITH_SEON_API_KEY\n",
					// not a UUID
					"SEON_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"JSEON_API_KEY=" + g.UUID() + "\n",
					// a SEON session or transaction id is not the key
					"seon_transaction_id: " + g.UUID() + "\n",
				},
			}
		},
		"shufti-pro-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SHUFTI_PRO_CLIENT_ID=" + g.Hex(64) + "\nSHUFTI_PRO_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					"SHUFTI_SECRET_KEY: \"" + g.MixedAlnum(32) + "\"\n",
					"'shufti_pro' => [\n    'client_id' => '" + g.Hex(64) + "',\n    'secret_key' => '" + g.MixedAlnum(32) + "',\n],\n",
					"# Run: npx wrangler secret put SHUFTI_PRO_SECRET_KEY\nshufti_secret = \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// the client id is an identifier, not the secret
					"SHUFTI_PRO_CLIENT_ID=" + g.Hex(64) + "\n",
					// placeholders
					"SHUFTI_SECRET_KEY=your_shufti_secret_key\n",
					"SHUFTI_PRO_SECRET_KEY=<shufti secret key>\n",
					// wrong length
					"SHUFTI_PRO_SECRET_KEY=" + g.MixedAlnum(24) + "\n",
					// Hyperscan's shufti algorithm
					"// shufti matcher " + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"socure-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl --location 'https://service.socure.com/api/5.0/documents/request' \\\n--header 'Content-Type: application/json' \\\n--header 'Authorization: SocureApiKey " + g.UUID() + "'\n",
					"SOCURE_API_KEY=" + g.UUID() + "\nSOCURE_BASE_URL=https://service.socure.com\n",
					"headers: { Authorization: `SocureApiKey " + g.UUID() + "` }\n",
					"socure:\n  api_key: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SOCURE_API_KEY=tu_socure_api_key\n",
					"--header 'Authorization: SocureApiKey a182150a-363a-4f4a-xxxx-xxxxxxxxxxxx'\n",
					// not a UUID
					"SOCURE_API_KEY=" + g.Hex(32) + "\n",
					// an id, not the key
					"socure_reference_id: " + g.UUID() + "\n",
				},
			}
		},
		"sumsub-secret-key": func(g *fake.Gen) Cases {
			token := func() string { return fake.Join("pr", "d:") + g.MixedAlnum(24) + "." + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"SUMSUB_APP_TOKEN=" + token() + "\nSUMSUB_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					"const SUMSUB_SECRET_KEY = \"" + g.MixedAlnum(32) + "\";\nconst SUMSUB_BASE_URL = \"https://api.sumsub.com\";\n",
					"    private static final String SUMSUB_SECRET_KEY = \"" + g.MixedAlnum(32) + "\";\n",
					"sumsub:\n  app_token: " + token() + "\n  secret_key: " + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SUMSUB_SECRET_KEY=your_sumsub_secret_here\n",
					"SUMSUB_SECRET_KEY: \"test-only-signing-secret\",\n",
					// wrong length
					"SUMSUB_SECRET_KEY=" + g.MixedAlnum(20) + "\n",
					// the level name is no secret
					"SUMSUB_LEVEL_NAME=basic-kyc-level\n",
				},
			}
		},
		"trulioo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"$headers[] = 'X-Trulioo-Api-Key: " + g.Hex(32) + "';\n",
					"curl -X POST \"https://gateway.trulioo.com/trial/verifications/v1/verify\" -H \"accept: application/json\" -H \"x-trulioo-api-key: " + g.Hex(32) + "\"\n",
					"TRULIOO_API_KEY=" + g.Hex(32) + "\n",
					"$config = Configuration::getDefaultConfiguration()->setApiKey('x-trulioo-api-key', '" + g.Hex(32) + "');\n",
					"Request request = new Request.Builder().addHeader(\"x-trulioo-api-key\",\"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"$config->setApiKey('x-trulioo-api-key', 'YOUR-X-TRULIOO-API-KEY');\n",
					"TRULIOO_API_KEY=your-trulioo-api-key\n",
					// not hex
					"TRULIOO_API_KEY=" + g.MixedAlnum(32) + "\n",
					// wrong length
					"TRULIOO_API_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
		"veriff-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VERIFF_API_KEY=" + g.UUID() + "\nVERIFF_SHARED_SECRET=" + g.UUID() + "\n",
					"const VERIFF_API_KEY = '" + g.UUID() + "';\nconst VERIFF_API_SECRET = '" + g.UUID() + "';\n",
					"const veriff = Veriff({\n  apiKey: '" + g.UUID() + "',\n  parentId: 'veriff-root',\n});\n",
					"curl -X POST https://stationapi.veriff.com/v1/sessions \\\n  -H 'Content-Type: application/json' \\\n  -H 'X-AUTH-CLIENT: " + g.UUID() + "'\n",
					"veriff:\n  base_url: https://stationapi.veriff.com\n  shared_secret: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"VERIFF_API_KEY=your_veriff_api_key\n",
					"VERIFF_SHARED_SECRET=<pegar_no_dashboard_veriff>\n",
					// not a UUID
					"VERIFF_API_KEY=" + g.Hex(32) + "\n",
					// a verification session id is not a key
					"veriff_session_id: " + g.UUID() + "\n",
				},
			}
		},
	}
}

// s33kycWidenedCases are more cases of rules this change widened.
func s33kycWidenedCases() map[string]Builder {
	return map[string]Builder{
		"ipqualityscore-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"url = f'https://www.ipqualityscore.com/api/json/ip/" + g.MixedAlnum(32) + "/{ip}?strictness=1&allow_public_access_points=true'\n",
					"const res = await fetch(`https://ipqualityscore.com/api/json/email/" + g.MixedAlnum(32) + "/${encodeURIComponent(email)}`);\n",
					"curl 'https://www.ipqualityscore.com/api/json/phone/" + g.MixedAlnum(32) + "/18001234567?country[]=US'\n",
				},
				Negatives: []string{
					// the key read from a variable
					"url = f'https://www.ipqualityscore.com/api/json/ip/{api_key}/{ip}'\n",
					// placeholder
					"https://www.ipqualityscore.com/api/json/ip/YOUR_API_KEY_HERE/USER_IP_HERE\n",
					// too short
					"https://www.ipqualityscore.com/api/json/url/" + g.MixedAlnum(20) + "/example.com\n",
				},
			}
		},
		"sumsub-app-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"    private static final String SUMSUB_APP_TOKEN = \"" + fake.Join("ts", "t:") + g.MixedAlnum(24) + "." + g.MixedAlnum(32) + "\";\n",
				},
				Negatives: []string{
					// too short after the prefix
					"SUMSUB_APP_TOKEN = \"" + fake.Join("ts", "t:") + g.MixedAlnum(12) + "." + g.MixedAlnum(32) + "\"\n",
				},
			}
		},
	}
}
