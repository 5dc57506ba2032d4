// Cases for the security and identity rules added in the s30sec change:
// Userfront, Yubico (YubiCloud OTP validation), Recorded Future, BinaryEdge,
// Hybrid Analysis, ZoomEye, the LastPass Enterprise API and the Rapid7
// Insight platform. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30secCases are the cases of the rules this change adds.
func s30secCases() map[string]Builder {
	return map[string]Builder{
		"userfront-api-key": func(g *fake.Gen) Cases {
			live := fake.Join("uf_", "live_")
			test := fake.Join("uf_", "test_")
			key := func(mode, role string) string {
				return mode + role + "_" + g.LowerAlnum(8) + "_" + g.Hex(32)
			}
			return Cases{
				Positives: []string{
					"USERFRONT_API_KEY=" + key(live, "admin") + "\n",
					"const res = await fetch(url, {\n  headers: {\n    \"Content-Type\": \"application/json\",\n    Authorization: \"Bearer " + key(test, "admin") + "\",\n  },\n});\n",
					"curl https://api.userfront.com/v0/tenants/demo1234 -H \"Authorization: Bearer " + key(live, "readonly") + "\"\n",
					"userfront:\n  api_key: '" + key(test, "readonly") + "'\n",
				},
				Negatives: []string{
					// the docs' placeholder: the last part is not hex
					"Authorization: Bearer " + live + "admin_abcdefgh_1z2x3y4w5v6u7t8s9r0q\n",
					// too short, and an unknown role
					"USERFRONT_API_KEY=" + live + "admin_" + g.LowerAlnum(8) + "_" + g.Hex(24) + "\n",
					"USERFRONT_API_KEY=" + live + "owner_" + g.LowerAlnum(8) + "_" + g.Hex(32) + "\n",
					// placeholders
					"USERFRONT_API_KEY=" + test + "admin_xxxxxxxx_" + strings.Repeat("x", 32) + "\n",
					"USERFRONT_API_KEY=your_userfront_api_key\n",
				},
			}
		},
		"yubico-otp-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"YUBICO_CLIENT_ID=" + g.String("123456789", 5) + "\nYUBICO_SECRET_KEY=" + g.Base64Bytes(20) + "\n",
					"from yubico_client import Yubico\nclient = Yubico('" + g.String("123456789", 5) + "', '" + g.Base64Bytes(20) + "')\n",
					"services:\n  vaultwarden:\n    environment:\n      - YUBICO_CLIENT_ID=" + g.String("123456789", 5) + "\n      - YUBICO_SECRET_KEY=" + g.Base64Bytes(20) + "\n",
					"yubico:\n  client_id: " + g.String("123456789", 5) + "\n  secret_key: \"" + g.Base64Bytes(20) + "\"\n",
				},
				Negatives: []string{
					// the client id is a number, not the secret
					"YUBICO_CLIENT_ID=" + g.String("123456789", 6) + "\n",
					// placeholders
					"YUBICO_SECRET_KEY=your_yubico_secret_key\n",
					"YUBICO_SECRET_KEY=changeit\n",
					// a longer base64 value is not a 20-byte key
					"YUBICO_SECRET_KEY=" + g.Base64Bytes(32) + "\n",
					// no padding, so not the 28-character key
					"YUBICO_SECRET_KEY=" + g.MixedAlnum(28) + "\n",
				},
			}
		},
		"recorded-future-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"headers = {\n    \"accept\": \"application/json\",\n    \"X-RFToken\": \"" + g.Hex(32) + "\"\n}\n",
					"RECORDED_FUTURE_API_TOKEN=" + g.Hex(32) + "\n",
					"$Headers.Add(\"X-RFToken\", \"" + g.Hex(32) + "\")\n",
					"curl -H 'X-RFToken: " + g.Hex(32) + "' https://api.recordedfuture.com/v2/ip/8.8.8.8\n",
					"[recordedfuture]\nhost = https://api.recordedfuture.com\ntoken = " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"headers = {\"X-RFToken\": \"YOUR_API_TOKEN\"}\n",
					"RECORDED_FUTURE_API_TOKEN=your_recorded_future_token\n",
					// wrong length and alphabet
					"RECORDED_FUTURE_API_TOKEN=" + g.Hex(24) + "\n",
					"RECORDED_FUTURE_API_TOKEN=" + strings.ToUpper(g.Hex(32)) + "\n",
					// a CSRF token is not a Recorded Future token
					"csrftoken=" + g.Hex(32) + "\n",
					// an entity id is not a token
					"recorded_future_entity_id = \"" + g.Hex(32) + "\"\n",
				},
			}
		},
		"binaryedge-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BINARYEDGE_API_KEY=" + g.UUID() + "\n",
					"binaryedge:\n  apikey: \"" + g.UUID() + "\"\n",
					"export BINARYEDGE_API_KEY=\"" + g.UUID() + "\"\n",
					"be = BinaryEdge('" + g.UUID() + "')\nresults = be.host('8.8.8.8')\n",
					"# subfinder provider-config.yaml\nbinaryedge:\n  - " + g.UUID() + "\nshodan: []\n",
					"curl 'https://api.binaryedge.io/v2/query/ip/8.8.8.8' -H 'X-Key: " + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"BINARYEDGE_API_KEY=your_binaryedge_api_key\n",
					"binaryedge:\n  apikey: \"YOUR_BINARYEDGE_API_KEY\"\n",
					// wrong shape: no dashes, upper case
					"BINARYEDGE_API_KEY=" + g.Hex(32) + "\n",
					"BINARYEDGE_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					// a job id is not a key
					"binaryedge_job_id = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"hybrid-analysis-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HYBRID_ANALYSIS_API_KEY=" + g.LowerAlnum(64) + "\n",
					"export HYBRID_ANALYSIS_API_KEY=\"" + g.MixedAlnum(64) + "\"\n",
					"hybrid_analysis:\n  api_key: " + g.LowerAlnum(64) + "\n  server: https://www.hybrid-analysis.com\n",
					"client = HybridAnalysis('" + g.LowerAlnum(64) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"HYBRID_ANALYSIS_API_KEY=your_hybrid_analysis_api_key\n",
					"HYBRID_ANALYSIS_API_KEY=" + strings.Repeat("x", 64) + "\n",
					// a v1 key is shorter than the 60 characters v2 needs
					"HYBRID_ANALYSIS_API_KEY=" + g.LowerAlnum(32) + "\n",
					// a report's SHA-256 is not a key
					"hybrid_analysis_sha256 = \"" + g.Hex(64) + "\"\n",
					// "hybrid" alone is an ordinary word
					"hybrid_api_key = \"" + g.LowerAlnum(64) + "\"\n",
				},
			}
		},
		"zoomeye-api-key": func(g *fake.Gen) Cases {
			// ZoomEye's keys group their hex digits 8-4-5-4-11, unlike a UUID
			key := func() string {
				return strings.ToUpper(g.Hex(8)) + "-" + g.Hex(4) + "-" + g.Hex(5) + "-" + g.Hex(4) + "-" + g.Hex(11)
			}
			return Cases{
				Positives: []string{
					"from zoomeye.sdk import ZoomEye\n\nzm = ZoomEye(api_key=\"" + key() + "\")\n",
					"export ZOOMEYE_API_KEY=\"" + key() + "\"\n",
					"curl -s -X GET \"https://api.zoomeye.org/resources-info\" -H \"API-KEY:" + key() + "\"\n",
					"zoomeye:\n  - " + key() + "\n",
				},
				Negatives: []string{
					// the SDK docs' placeholder and other stand-ins
					"zm = ZoomEye(api_key=\"01234567-acbd-00000-1111-22222222222\")\n",
					"export ZOOMEYE_API_KEY=\"your-api-key\"\n",
					// a plain UUID is not a ZoomEye key
					"ZOOMEYE_API_KEY=" + g.UUID() + "\n",
					// the header without ZoomEye's host names another API
					"curl -H \"API-KEY:" + key() + "\" https://api.example.com/v1/items\n",
				},
			}
		},
		"lastpass-provisioning-hash": func(g *fake.Gen) Cases {
			cid := g.String("123456789", 8)
			return Cases{
				Positives: []string{
					"curl -X POST https://lastpass.com/enterpriseapi.php -H 'Content-Type: application/json' -d '{\"cid\": \"" + cid + "\", \"provhash\": \"" + g.MixedAlnum(64) + "\", \"cmd\": \"getuserdata\"}'\n",
					"LASTPASS_CID=" + cid + "\nLASTPASS_PROVHASH=" + g.MixedAlnum(64) + "\n",
					"payload = {\n    \"cid\": LASTPASS_CID,\n    \"provhash\": \"" + g.Hex(64) + "\",\n    \"cmd\": \"reporting\",\n}\n",
					"lastpass:\n  account_number: " + cid + "\n  prov_hash: " + g.MixedAlnum(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"LASTPASS_PROVHASH=your_lastpass_provhash\n",
					"\"provhash\": \"{LASTPASS_API_KEY}\",\n",
					// the account number is not the secret
					"LASTPASS_CID=" + cid + "\n",
					// a hash computed in code is not LastPass's
					"computedProvHash = \"" + g.Hex(64) + "\"\n",
					// too short
					"LASTPASS_PROVHASH=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"rapid7-insight-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RAPID7_API_KEY=" + g.UUID() + "\nRAPID7_REGION=us3\n",
					"# InsightVM cloud integration API\ninsightvm_api_key = \"" + g.UUID() + "\"\n",
					"rapid7:\n  region: eu\n  api_key: " + g.UUID() + "\n",
					"INSIGHTIDR_API_KEY='" + g.UUID() + "'\n",
					"resp = requests.get(\"https://us.api.insight.rapid7.com/validate\", headers={\"X-Api-Key\": \"" + g.UUID() + "\"})\n",
				},
				Negatives: []string{
					// placeholders
					"RAPID7_API_KEY=your-rapid7-api-key\n",
					"RAPID7_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// an organization or site id is not a key
					"rapid7_org_id = \"" + g.UUID() + "\"\n",
					// wrong shape
					"RAPID7_API_KEY=" + g.Hex(32) + "\n",
					// the header alone names no provider
					"headers = {\"X-Api-Key\": \"" + g.UUID() + "\"}\n",
					// "insight" alone is an ordinary word
					"insight_api_key = \"" + g.UUID() + "\"\n",
				},
			}
		},
	}
}
