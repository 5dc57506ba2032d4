// Cases for the customer-support and live-chat rules added in the s32
// support change: Chatra, HappyFox, Kayako Classic, LiveChat (Text.com) and
// Trengo. Every key shape
// is built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32supportCases are the cases of the rules this change adds.
func s32supportCases() map[string]Builder {
	return map[string]Builder{
		"chatra-api-secret-key": func(g *fake.Gen) Cases {
			scheme := fake.Join("Chatra", ".Simple ")
			pub := func() string { return g.MixedAlnum(8) + g.Pick("2", "7", "9") + g.MixedAlnum(8) }
			sec := func() string { return g.MixedAlnum(20) + g.Pick("3", "4", "8") + g.MixedAlnum(27) }
			return Cases{
				Positives: []string{
					"headers: {\n  \"Content-Type\": \"application/json\",\n  Authorization: `" + scheme + pub() + ":" + sec() + "`,\n},\n",
					"curl -X POST https://app.chatra.io/api/pushedMessages/ -H 'Authorization: " + scheme + pub() + ":" + sec() + "' -d @msg.json\n",
					"CHATRA_PUBLIC_KEY=" + pub() + "\nCHATRA_SECRET_KEY=" + sec() + "\n",
					"chatra:\n  public_key: " + pub() + "\n  private_key: " + sec() + "\n",
					"req.headers['Authorization'] = \"" + scheme + pub() + ":" + sec() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"Authorization: " + scheme + "YOUR_PUBLIC_API_KEY:YOUR_PRIVATE_API_KEY\n",
					"CHATRA_SECRET_KEY=your_chatra_secret_key_here\n",
					"auth = \"" + scheme + "\" + publicKey + \":\" + secretKey\n",
					// the public key alone is not a secret
					"CHATRA_PUBLIC_KEY=" + pub() + "\n",
					// too short for a secret key
					"Authorization: " + scheme + pub() + ":" + g.MixedAlnum(20) + "\n",
					// one letter case only
					"CHATRA_SECRET_KEY=" + strings.ToLower(g.MixedAlnum(48)) + "\n",
				},
			}
		},
		"happyfox-api-key": func(g *fake.Gen) Cases {
			u4 := func() string { return g.Hex(12) + "4" + g.Hex(3) + g.Pick("8", "9", "a", "b") + g.Hex(15) }
			return Cases{
				Positives: []string{
					"HAPPYFOX_DOMAIN=acme.happyfox.com\nHAPPYFOX_API_KEY=" + u4() + "\nHAPPYFOX_AUTH_CODE=" + u4() + "\n",
					"happyfox:\n  subdomain: acme\n  api_key: \"" + u4() + "\"\n  auth_code: \"" + u4() + "\"\n",
					"const auth = Buffer.from(\"" + u4() + ":" + u4() + "\").toString('base64');\nconst url = `https://acme.happyfox.com/api/1.1/json/tickets/?size=50`;\n",
					"HF_URL = 'https://support.happyfox.net/api/1.1/json/'\nHF_CREDENTIALS = '" + u4() + ":" + u4() + "'\n",
					"$config['happyfox_auth_code'] = '" + u4() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"HAPPYFOX_API_KEY=your_api_key\nHAPPYFOX_AUTH_CODE=your_auth_code\n",
					"HAPPYFOX_AUTH_CODE=" + strings.Repeat("x", 32) + "\n",
					// 32 hex digits that are no UUID4
					"HAPPYFOX_API_KEY=" + g.Hex(12) + "0" + g.Hex(19) + "\n",
					// too long
					"HAPPYFOX_API_KEY=" + g.Hex(40) + "\n",
					// the name inside another word
					"UNHAPPYFOX_KEY=" + g.Hex(12) + "4" + g.Hex(3) + "8" + g.Hex(15) + "\n",
					// a pair of hex ids in a file that does not name HappyFox
					"CREDENTIALS='" + g.Hex(32) + ":" + g.Hex(12) + "4" + g.Hex(3) + "a" + g.Hex(15) + "'\n",
				},
			}
		},
		"kayako-secret-key": func(g *fake.Gen) Cases {
			secret := func() string { return base64.StdEncoding.EncodeToString([]byte(g.UUID() + g.UUID())) }
			return Cases{
				Positives: []string{
					"API_URL    = 'http://restapi.kayako.com/api/index.php?'\nAPI_KEY    = '" + g.UUID() + "'\nSECRET_KEY = '" + secret() + "'\n",
					"KAYAKO_API_URL=https://support.example.com/api/index.php\nKAYAKO_API_KEY=" + g.UUID() + "\nKAYAKO_SECRET_KEY=" + secret() + "\n",
					"from kayako import KayakoAPI\napi = KayakoAPI('https://help.example.com/api/index.php', '" + g.UUID() + "', '" + secret() + "')\n",
					"public static string SecretKey\n{\n\tget { return \"" + secret() + "\"; }\n}\n\npublic static string ApiUrl\n{\n\tget { return \"http://contracting.kayako.com/api/index.php\"; }\n}\n",
					"<?php\n$apiUrl = \"http://ekeeper.kayako.com/api/index.php?e=/Tickets/Ticket\";\n$apiKey = \"" + g.UUID() + "\";\n$secretKey = \"" + secret() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"KAYAKO_SECRET_KEY=your-kayako-secret-key\n",
					"api = KayakoAPI('http://kayako.foo.com/api/index.php', 's8v092-2lksd-9cso-c2', 'somesecret')\n",
					// the API key is an identifier
					"KAYAKO_API_KEY=" + g.UUID() + "\n",
					// random base64 of the same length is not two UUIDs
					"KAYAKO_SECRET_KEY=" + base64.StdEncoding.EncodeToString(g.Bytes(72)) + "\n",
					// one UUID only
					"KAYAKO_SECRET_KEY=" + base64.StdEncoding.EncodeToString([]byte(g.UUID())) + "\n",
					// cut short
					"KAYAKO_SECRET_KEY=" + secret()[:92] + "\n",
				},
			}
		},
		"livechat-access-token": func(g *fake.Gen) Cases {
			dal := fake.Join("da", "l:")
			fra := fake.Join("fr", "a:")
			b64u := func(n int) string {
				return g.MixedAlnum(n/2-1) + g.Pick("Q", "Z") + g.Pick("1", "5", "8") + g.Pick("-", "_", "k") + g.MixedAlnum(n-n/2-2)
			}
			account := g.UUID()
			return Cases{
				Positives: []string{
					"LIVECHAT_ACCOUNT_ID=" + account + "\nLIVECHAT_PAT=" + dal + b64u(27) + "\n",
					"await agentAPI.login(\"Bearer " + dal + b64u(22) + "\");\n",
					"headers = {\"Authorization\": \"Bearer " + fra + b64u(22) + "\", \"X-Region\": \"fra\"}\n",
					"curl -u " + account + ":" + fra + b64u(27) + " https://api.livechatinc.com/v3.5/agent/action/list_chats -d '{}'\n",
					"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(account+":"+dal+b64u(27))) + "\n",
					"livechat:\n  region: dal\n  token: '" + dal + b64u(22) + "'\n",
				},
				Negatives: []string{
					// placeholders from the docs
					"agentAPI.login(\"Bearer " + dal + "token\");\n",
					"Authorization: Bearer " + dal + "xDDDDDDDDDDDDDDDDDDDDDD\n",
					// wrong length for a token body
					"LIVECHAT_PAT=" + dal + b64u(24) + "\n",
					// another region prefix is not LiveChat's
					"TOKEN=" + fake.Join("sy", "d:") + b64u(22) + "\n",
					// a namespace-like identifier glued to a word before it
					"<xs:element ref=\"" + fake.Join("tns.da", "l:") + b64u(22) + "\"/>\n",
					// one letter case and no digits
					"LIVECHAT_PAT=" + dal + strings.Repeat("abcdefghijk", 2) + "\n",
				},
			}
		},
		"trengo-api-token": func(g *fake.Gen) Cases {
			jwt := func() string {
				claims := `{"aud":"1","jti":"` + g.Hex(80) + `","iat":1700000000,"nbf":1700000000,"exp":2000000000,"sub":"` + g.Pick("4821", "11873", "90412") + `","scopes":[]}`
				enc := base64.RawURLEncoding
				return enc.EncodeToString([]byte(`{"typ":"JWT","alg":"RS256"}`)) + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(fake.Base64URL, 342)
			}
			return Cases{
				Positives: []string{
					"TRENGO_API_KEY=" + jwt() + "\n",
					"const TRENGO_TOKEN = '" + jwt() + "';\n",
					"trengo:\n  base_url: https://app.trengo.com/api/v2\n  token: " + jwt() + "\n",
					"$token = env('TRENGO_TOKEN', '" + jwt() + "');\n",
				},
				Negatives: []string{
					// placeholders
					"TRENGO_API_KEY=your_trengo_api_key\n",
					"TRENGO_TOKEN=eyJ...\n",
					// not a JWT
					"TRENGO_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"ESTRENGOS_TOKEN=" + jwt() + "\n",
				},
			}
		},
	}
}

// s32supportWidenedCases are more cases of rules this change widened:
// Freshdesk's curl -u key:X and auth=(key, "X"), Zendesk's email/token:
// Basic user and ZENDESK_API_KEY, and the identifier and key pair Crisp's
// SDK READMEs keep next to CrispClient.
func s32supportWidenedCases() map[string]Builder {
	return map[string]Builder{
		"freshdesk-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(9) + g.Pick("3", "6") + g.MixedAlnum(10) }
			return Cases{
				Positives: []string{
					"curl -v -u " + key() + ":X -H \"Content-Type: application/json\" -X GET 'https://acme.freshdesk.com/api/v2/tickets'\n",
					"curl -v -u " + key() + ":X \\\n  -H 'Content-Type: application/json' \\\n  'https://acme.freshdesk.com/api/v2/contacts'\n",
					"r = requests.get(\"https://acme.freshservice.com/api/v2/tickets\", auth=(\"" + key() + "\", \"X\"))\n",
				},
				Negatives: []string{
					"curl -v -u yourapikey:X 'https://acme.freshdesk.com/api/v2/tickets'\n",
					"curl -v -u " + strings.ToLower(g.MixedAlnum(20)) + ":X 'https://acme.freshdesk.com/api/v2/tickets'\n",
					"curl -u " + key() + ":X https://api.example.com/v1/items\n",
				},
			}
		},
		"zendesk-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.MixedAlnum(19) + g.Pick("2", "7") + g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"curl https://acme.zendesk.com/api/v2/tickets.json -u ops@acme.com/token:" + token() + "\n",
					"ZENDESK_SUBDOMAIN=acme\nZENDESK_EMAIL=ops@acme.com\nZENDESK_API_KEY=" + token() + "\n",
					"curl https://acme.zendesk.com/api/v2/users/me.json \\\n  -u \"jdoe@example.com/token:" + token() + "\"\n",
				},
				Negatives: []string{
					"curl https://acme.zendesk.com/api/v2/tickets.json -u jdoe@example.com/token:{api_token}\n",
					"ZENDESK_API_KEY=" + strings.Repeat("x", 40) + "\n",
					"curl https://api.example.com/v1/items -u ops@acme.com/token:" + token() + "\n",
				},
			}
		},
		"crisp-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"var TOKEN = {\n  identifier : \"" + g.UUID() + "\",\n  key        : \"" + g.Hex(64) + "\"\n};\n\nimport Crisp from \"crisp-api\";\nconst CrispClient = new Crisp();\nCrispClient.authenticateTier(\"plugin\", TOKEN.identifier, TOKEN.key);\n",
					"import \"github.com/crisp-im/go-crisp-api/crisp/v3\"\n\nconst (\n  CONFIG_TOKEN_IDENTIFIER = \"" + g.UUID() + "\"\n  CONFIG_TOKEN_KEY = \"" + g.Hex(64) + "\"\n)\n",
				},
				Negatives: []string{
					"var TOKEN = {\n  identifier : \"<YOUR_API_TOKEN_IDENTIFIER>\",\n  key        : \"<YOUR_API_TOKEN_KEY>\"\n};\nconst CrispClient = new Crisp();\n",
					"var TOKEN = {\n  identifier : \"" + g.UUID() + "\",\n  key        : \"" + g.Hex(64) + "\"\n};\n",
				},
			}
		},
	}
}
