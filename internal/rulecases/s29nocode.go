// Cases for the no-code, automation and forms rules added in the s29nocode
// change: Adalo API keys, Alchemer (SurveyGizmo) API tokens and secrets,
// Bubble Data API tokens, Fillout API keys, Formstack access tokens, Glide
// API tokens, Hatchet client tokens, Quip personal access tokens, SeaTable
// API tokens and Trigger.dev personal access tokens; and more cases of
// trigger-dev-secret-key, widened to additional (sk_) keys. Every key shape
// is built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29nocodeHatchetToken is a Hatchet-shaped client token: an ES256 JWT
// naming the tenant, the server and the gRPC address.
func s29nocodeHatchetToken(g *fake.Gen) string {
	enc := base64.RawURLEncoding.EncodeToString
	header := `{"alg":"ES256","kid":"` + g.MixedAlnum(6) + `"}`
	claims := `{"aud":"https://cloud.onhatchet.run","exp":4102444800,"grpc_broadcast_address":"cloud.onhatchet.run:443","iat":1735689600,"iss":"https://cloud.onhatchet.run","server_url":"https://cloud.onhatchet.run","sub":"` + g.UUID() + `","token_id":"` + g.UUID() + `"}`
	return enc([]byte(header)) + "." + enc([]byte(claims)) + "." + saasURL(g, 86)
}

// s29nocodeQuipToken is a Quip-shaped personal access token: base64 of an
// 11-byte id, the issue time and base64 of 32 bytes, joined by "|".
func s29nocodeQuipToken(g *fake.Gen) string {
	return base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(11))) + "|" + fake.Join("16", saasDigits(g, 8)) + "|" + g.Base64Bytes(32)
}

// s29nocodeCases are the cases of the rules this change adds.
func s29nocodeCases() map[string]Builder {
	return map[string]Builder{
		"adalo-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(12) + g.String(fake.Digits, 1) + g.LowerAlnum(12) }
			return Cases{
				Positives: []string{
					"ADALO_APP_ID=" + g.UUID() + "\nADALO_API_KEY=" + key() + "\n",
					"const ADALO_API_KEY = '" + key() + "';\nconst url = `https://api.adalo.com/v0/apps/${appId}/collections/${collectionId}`;\n",
					"adalo:\n  api_key: \"" + key() + "\"\n  app_id: " + g.UUID() + "\n",
					"adaloApiKey: \"" + key() + "\",\n",
				},
				Negatives: []string{
					// placeholders
					"ADALO_API_KEY=your_adalo_api_key\n",
					"ADALO_API_KEY=" + strings.Repeat("x", 25) + "\n",
					// a collection id is no key
					"const ADALO_COLLECTION = 't_" + g.LowerAlnum(25) + "';\n",
					// wrong length and upper-case letters
					"ADALO_API_KEY=" + g.LowerAlnum(20) + "\n",
					"ADALO_API_KEY=" + g.MixedLetters(13) + g.String(fake.Digits, 12) + "\n",
					// the name glued to another word
					"PADALO_API_KEY=" + key() + "\n",
				},
			}
		},
		"alchemer-api-token": func(g *fake.Gen) Cases {
			secret := func() string { return fake.Join("A", "9") + g.String(fake.Alnum+"./", 11) }
			return Cases{
				Positives: []string{
					"ALCHEMER_API_TOKEN=" + g.Hex(50) + "\nALCHEMER_API_SECRET=" + secret() + "\n",
					"url = \"https://api.alchemer.com/v5/survey/" + saasDigits(g, 7) + "/surveyresponse?api_token=" + g.Hex(50) + "&api_token_secret=" + secret() + "\"\n",
					"params = {\n    'api_token': API_KEY,\n    'api_token_secret': '" + secret() + "',\n    'resultsperpage': 100,\n}\n",
					"surveygizmo:\n  api_token: " + g.Hex(50) + "\n",
				},
				Negatives: []string{
					// placeholders
					"url = 'https://api.alchemer.com/v5/survey/1/surveyresponse?api_token=<token>&api_token_secret=<token_secret>'\n",
					"ALCHEMER_API_SECRET=your_api_secret\n",
					// wrong lengths
					"ALCHEMER_API_TOKEN=" + g.Hex(40) + "\n",
					"api_token_secret=" + fake.Join("A", "9") + g.MixedAlnum(20) + "\n",
					// an api_token with no Alchemer context
					"API_TOKEN=" + g.Hex(50) + "\n",
				},
			}
		},
		"bubble-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BUBBLE_API_URL=https://myapp.bubbleapps.io/api/1.1\nBUBBLE_API_TOKEN=" + g.Hex(32) + "\n",
					"const BUBBLE_API_KEY = '" + g.Hex(32) + "';\n",
					"bubble:\n  api_key: " + g.Hex(32) + "\n  app: myapp\n",
					"export BUBBLE_API_KEY=\"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BUBBLE_API_TOKEN=your_bubble_token\n",
					"BUBBLE_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// another provider whose name ends in bubble
					"SHIPBUBBLE_API_KEY=" + g.Hex(32) + "\n",
					// the word alone, and the wrong length
					"bubble = \"" + g.Hex(32) + "\"\n",
					"BUBBLE_API_TOKEN=" + g.Hex(24) + "\n",
				},
			}
		},
		"fillout-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "_pr", "od_")
			key := func() string { return prefix + g.MixedAlnum(99) + "_" + saasDigits(g, 5) }
			return Cases{
				Positives: []string{
					"FILLOUT_API_KEY=" + key() + "\n",
					"const fillout = new Fillout(\"" + key() + "\")\n",
					"headers: { Authorization: 'Bearer " + key() + "' }\n",
				},
				Negatives: []string{
					// placeholders and a truncated key
					"FILLOUT_API_KEY=" + prefix + "xxxxx\n",
					"FILLOUT_API_KEY=" + prefix + g.MixedAlnum(40) + "\n",
					// no account number
					"FILLOUT_API_KEY=" + prefix + g.MixedAlnum(99) + "\n",
					// a Liveblocks key shares the prefix
					"LIVEBLOCKS_SECRET_KEY=" + prefix + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"formstack-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FORMSTACK_TOKEN=" + g.Hex(32) + "\n",
					"var url = 'https://www.formstack.com/api/v2/form/" + saasDigits(g, 7) + "/submission.json?data=true&oauth_token=" + g.Hex(32) + "';\n",
					"formstack:\n  access_token: \"" + g.Hex(32) + "\"\n",
					"FORMSTACK_OAUTH_ACCESS_TOKEN = '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"FORMSTACK_TOKEN=your_formstack_token\n",
					"FORMSTACK_TOKEN=" + strings.Repeat("a", 32) + "\n",
					// a form id, and the wrong length
					"FORMSTACK_FORM_ID=" + saasDigits(g, 7) + "\n",
					"FORMSTACK_TOKEN=" + g.Hex(40) + "\n",
				},
			}
		},
		"glide-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GLIDE_TOKEN=" + g.UUID() + " npx @glideapps/tables " + g.MixedAlnum(20) + "\n",
					"const GLIDE_API_TOKEN = \"" + g.UUID() + "\";\nconst APP_ID = \"" + g.MixedAlnum(20) + "\";\n",
					"glide:\n  app_id: " + g.MixedAlnum(20) + "\n  token: " + g.UUID() + "\n",
					"export GLIDE_API_KEY='" + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"GLIDE_API_TOKEN=your-glide-api-token\n",
					"GLIDE_API_TOKEN=00000000-0000-0000-0000-000000000000\n",
					// an app id is no token, nor a paraglider's key
					"GLIDE_APP_ID=" + g.UUID() + "\n",
					"paraglide_key = \"" + g.UUID() + "\"\n",
					// the word alone
					"glide = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"hatchet-client-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HATCHET_CLIENT_TOKEN=" + s29nocodeHatchetToken(g) + "\nHATCHET_CLIENT_TLS_STRATEGY=none\n",
					"export HATCHET_CLIENT_TOKEN=\"" + s29nocodeHatchetToken(g) + "\"\n",
					"hatchet:\n  token: " + s29nocodeHatchetToken(g) + "\n",
				},
				Negatives: []string{
					// placeholders
					"HATCHET_CLIENT_TOKEN=<your-token>\n",
					"HATCHET_CLIENT_TOKEN=\"generate-me\"\n",
					// a value that is no JWT
					"HATCHET_CLIENT_TOKEN=" + g.MixedAlnum(64) + "\n",
					// the word alone
					"hatchet = \"" + g.MixedAlnum(40) + "\"\n",
				},
			}
		},
		"quip-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"client = quip.QuipClient(access_token=\"" + s29nocodeQuipToken(g) + "\")\n",
					"QUIP_ACCESS_TOKEN=" + s29nocodeQuipToken(g) + "\n",
					"curl -H 'Authorization: Bearer " + s29nocodeQuipToken(g) + "' https://platform.quip.com/1/users/current\n",
				},
				Negatives: []string{
					// placeholders
					"QUIP_ACCESS_TOKEN=\"<access token>\"\n",
					"client = quip.QuipClient(access_token=...)\n",
					// a field too short
					"QUIP_ACCESS_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(11))) + "|" + fake.Join("16", saasDigits(g, 8)) + "|" + g.Base64Bytes(16) + "\n",
					// no issue time
					"QUIP_ACCESS_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(11))) + "|" + g.Base64Bytes(32) + "\n",
				},
			}
		},
		"seatable-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SEATABLE_SERVER_URL=https://cloud.seatable.io\nSEATABLE_API_TOKEN=" + g.Hex(40) + "\n",
					"from seatable_api import Base\nbase = Base('" + g.Hex(40) + "', 'https://cloud.seatable.io')\nbase.auth()\n",
					"seatable:\n  server_url: https://table.example.org\n  account_token: " + g.Hex(40) + "\n",
					"SEATABLE_API_TOKEN = \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SEATABLE_API_TOKEN=your_api_token_here\n",
					"SEATABLE_API_TOKEN=" + strings.Repeat("0", 40) + "\n",
					// a base uuid is no token, and the wrong length
					"SEATABLE_BASE_UUID=" + g.UUID() + "\n",
					"SEATABLE_API_TOKEN=" + g.Hex(32) + "\n",
				},
			}
		},
		"trigger-dev-access-token": func(g *fake.Gen) Cases {
			pat := fake.Join("tr", "_pa", "t_")
			wgt := fake.Join("tr", "_wg", "t_")
			alpha := "123456789abcdefghijkmnopqrstuvwxyz"
			return Cases{
				Positives: []string{
					"TRIGGER_ACCESS_TOKEN=" + pat + g.String(alpha, 40) + "\n",
					"- name: Deploy\n  env:\n    TRIGGER_ACCESS_TOKEN: " + pat + g.String(alpha, 40) + "\n  run: npx trigger.dev@latest deploy\n",
					"TRIGGER_WORKER_TOKEN=" + wgt + g.MixedAlnum(40) + "\n",
				},
				Negatives: []string{
					// the obfuscated form the dashboard shows, and a placeholder
					"TRIGGER_ACCESS_TOKEN=" + pat + "bhbd...fd4a\n",
					"TRIGGER_ACCESS_TOKEN=" + pat + "your_token_here\n",
					// wrong length, and characters the alphabet leaves out
					"TRIGGER_ACCESS_TOKEN=" + pat + g.String(alpha, 30) + "\n",
					"TRIGGER_ACCESS_TOKEN=" + pat + g.String(alpha, 20) + "L0" + g.String(alpha, 18) + "\n",
				},
			}
		},
	}
}

// s29nocodeWidenedCases are more cases of rules widened by this change.
func s29nocodeWidenedCases() map[string]Builder {
	return map[string]Builder{
		"trigger-dev-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// an additional key of an environment
					"TRIGGER_SECRET_KEY=" + fake.Join("tr", "_prod_", "sk_") + g.MixedAlnum(24) + "\n",
					"export TRIGGER_SECRET_KEY=\"" + fake.Join("tr", "_dev_", "sk_") + g.MixedAlnum(24) + "\"\n",
				},
				Negatives: []string{
					"TRIGGER_SECRET_KEY=" + fake.Join("tr", "_prod_", "sk_") + "xxxx\n",
				},
			}
		},
	}
}
