// Cases for the AI and AI-infrastructure rules added in the s28ai28
// change: DigitalOcean Gradient model access keys, IBM watsonx.ai, the Akash
// Console and AkashML, LibreChat's credentials key, Targon and SkyPilot
// service account tokens. Every key shape is built at run time from parts,
// so that this file holds no token-shaped literal.

package rulecases

import (
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28ai28Cases are the cases of the rules this change adds.
func s28ai28Cases() map[string]Builder {
	return map[string]Builder{
		"digitalocean-gradient-model-access-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "-d", "o-")
			key := func() string {
				return prefix + g.MixedAlnum(30) + g.Pick("_", "-") + g.MixedAlnum(27)
			}
			return Cases{
				Positives: []string{
					"GRADIENT_MODEL_ACCESS_KEY=" + key() + "\nGRADIENT_MODEL=llama3.3-70b-instruct\n",
					"curl https://inference.do-ai.run/v1/chat/completions \\\n  -H \"Authorization: Bearer " + key() + "\" \\\n  -H \"Content-Type: application/json\"\n",
					"from gradient import Gradient\n\nclient = Gradient(model_access_key=\"" + key() + "\")\n",
					"client = OpenAI(base_url=\"https://inference.do-ai.run/v1\", api_key='" + key() + "')\n",
				},
				Negatives: []string{
					// placeholders
					"export MODEL_ACCESS_KEY=\"" + prefix + "...\"\n",
					"MODEL_ACCESS_KEY=" + prefix + strings.Repeat("x", 58) + "\n",
					"raise RuntimeError(\"" + prefix + "not-leak-me\")\n",
					// too short for a model access key
					"GRADIENT_MODEL_ACCESS_KEY=" + prefix + g.MixedAlnum(40) + "\n",
					// the prefix glued to a word before it
					"token = task" + fake.Join("-d", "o-") + g.MixedAlnum(58) + "\n",
				},
			}
		},
		"ibm-watsonx-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) + g.Pick("_", "-") + g.MixedAlnum(23) }
			return Cases{
				Positives: []string{
					"WATSONX_URL=https://us-south.ml.cloud.ibm.com\nWATSONX_APIKEY=" + key() + "\nWATSONX_PROJECT_ID=" + g.UUID() + "\n",
					"watsonx:\n  url: https://eu-de.ml.cloud.ibm.com\n  apikey: " + key() + "\n",
					"os.environ[\"WATSONX_API_KEY\"] = \"" + key() + "\"\n",
					"{\"watsonx_api_key\": \"" + key() + "\", \"watsonx_project_id\": \"" + g.UUID() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"WATSONX_APIKEY=<your-ibm-cloud-api-key>\n",
					"WATSONX_APIKEY=" + strings.Repeat("x", 44) + "\n",
					// too short for an IBM Cloud API key
					"WATSONX_APIKEY=" + g.MixedAlnum(40) + "\n",
					// a watsonx setting that is no credential
					"WATSONX_SPACE_ID=" + g.MixedAlnum(44) + "\n",
				},
			}
		},
		"akash-console-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ac", ".s", "k.")
			return Cases{
				Positives: []string{
					"AKASH_CONSOLE_API_KEY=" + prefix + "production." + g.Hex(64) + "\n",
					"curl -H \"x-api-key: " + prefix + "production." + g.Hex(64) + "\" https://console-api.akash.network/v1/deployments\n",
					"stringData:\n  CONSOLE_API_KEY: \"" + prefix + "sandbox." + g.Hex(64) + "\"\n",
					"const res = await fetch(url, { headers: { \"x-api-key\": \"" + prefix + "production." + g.Hex(64) + "\" } });\n",
				},
				Negatives: []string{
					// the Console's masked display of a key
					"api_key = \"" + prefix + "production." + g.Hex(6) + "***" + g.Hex(6) + "\"\n",
					// placeholders
					"AKASH_CONSOLE_API_KEY=" + prefix + "production.your_api_key\n",
					"AKASH_CONSOLE_API_KEY=" + prefix + "production." + strings.Repeat("0", 64) + "\n",
					// too short
					"AKASH_CONSOLE_API_KEY=" + prefix + "production." + g.Hex(48) + "\n",
					// a Java package that starts the same way
					"package th." + prefix + "timetableapp.database;\n",
				},
			}
		},
		"akashml-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ak", "ml-")
			return Cases{
				Positives: []string{
					"export AKASHML_API_KEY=\"" + prefix + g.MixedLetters(32) + "\"\n",
					"client = OpenAI(api_key=\"" + prefix + g.MixedLetters(32) + "\", base_url=\"https://api.akashml.com/v1\")\n",
					"curl https://api.akashml.com/v1/models -H \"Authorization: Bearer " + prefix + g.MixedLetters(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"console-axi akashml login --with-key <" + prefix + "...>\n",
					"AKASHML_API_KEY=" + prefix + strings.Repeat("x", 32) + "\n",
					// too short
					"AKASHML_API_KEY=" + prefix + g.MixedLetters(24) + "\n",
					// the prefix glued to a word before it
					"name = \"dakml-" + g.MixedLetters(32) + "\"\n",
				},
			}
		},
		"librechat-creds-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"#====#\n# LibreChat #\n#====#\nCREDS_KEY=" + g.Hex(64) + "\nCREDS_IV=" + g.Hex(32) + "\n",
					"services:\n  api:\n    environment:\n      - CREDS_IV=" + g.Hex(32) + "\n",
					"    environment:\n      CREDS_KEY: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// the public defaults of LibreChat's .env.example
					"CREDS_KEY=" + fake.Join("f34be427ebb29de8", "d88c107a71546019685ed8b241d8f2ed00c3df97ad2566f0") + "\n",
					"CREDS_IV=" + fake.Join("e2341419ec3dd3d1", "9b13a1a87fafcbfb") + "\n",
					// placeholders and a wrong length
					"CREDS_KEY=<64 hex characters>\n",
					"CREDS_KEY=" + strings.Repeat("0", 64) + "\n",
					"CREDS_IV=" + g.Hex(24) + "\n",
					// not hex
					"CREDS_KEY=" + g.MixedLetters(64) + "\n",
				},
			}
		},
		"targon-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sn", "4_")
			return Cases{
				Positives: []string{
					"TARGON_API_KEY=" + prefix + g.LowerAlnum(28) + "\n",
					"client = OpenAI(base_url=\"https://api.targon.com/v1\", api_key=\"" + prefix + g.LowerAlnum(28) + "\")\n",
					"headers: {\n  Authorization: 'Bearer " + prefix + g.LowerAlnum(28) + "',\n},\n",
				},
				Negatives: []string{
					// identifiers that start the same way
					"<div id=\"" + prefix + "sub\" className=\"scrolled_nav_item subbed\">\n",
					"output \"" + prefix + "name\" {\n  value = azurerm_subnet.sub4.name\n}\n",
					// upper-case letters are not in a Targon key
					"TARGON_API_KEY=" + prefix + g.MixedAlnum(28) + "\n",
					// too short, and a placeholder
					"TARGON_API_KEY=" + prefix + g.LowerAlnum(20) + "\n",
					"TARGON_API_KEY=" + prefix + strings.Repeat("x", 28) + "\n",
				},
			}
		},
		"skypilot-service-account-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "y_")
			token := func() string {
				claims := fmt.Sprintf(`{"i":"sky","t":%d,"u":"sa-%s","k":"%s","y":"sa"}`,
					1750000000+g.IntN(9999999), g.Hex(8), g.MixedAlnum(16))
				return prefix + g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, claims)
			}
			return Cases{
				Positives: []string{
					"export SKYPILOT_SERVICE_ACCOUNT_TOKEN=" + token() + "\n",
					"sky api login -e https://skypilot.internal.example.com --token " + token() + "\n",
					"api_server:\n  endpoint: https://skypilot.internal.example.com\n  service_account_token: " + token() + "\n",
				},
				Negatives: []string{
					// placeholders
					"export SKYPILOT_SERVICE_ACCOUNT_TOKEN=\"" + prefix + "sa_xxxxxxxxxxxxx\"\n",
					"SKYPILOT_SERVICE_ACCOUNT_TOKEN=" + prefix + fake.Join("ey", "JhbGciOi") + "...\n",
					// a truncated signature
					"SKYPILOT_SERVICE_ACCOUNT_TOKEN=" + token()[:120] + "\n",
					// the prefix glued to a word before it
					"value = my" + token() + "\n",
				},
			}
		},
	}
}
