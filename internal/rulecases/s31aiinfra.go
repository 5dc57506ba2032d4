// Cases for the AI infrastructure rules added in the s31aiinfra change:
// Ultravox, Lamini, Crusoe Cloud and Topaz Labs. Every key shape is built
// at run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31aiinfraCases are the cases of the rules this change adds.
func s31aiinfraCases() map[string]Builder {
	return map[string]Builder{
		"ultravox-api-key": func(g *fake.Gen) Cases {
			// Two alphanumeric parts joined by a period: 8 and 32 characters.
			key := func() string { return g.MixedAlnum(8) + "." + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"ULTRAVOX_API_KEY=" + key() + "\n",
					"export ULTRAVOX_API_KEY=\"" + key() + "\"\n",
					"ultravox:\n  api_key: " + key() + "\n  model: fixie-ai/ultravox\n",
					"const ultravoxApiKey = '" + key() + "';\nfetch('https://api.ultravox.ai/api/calls', { headers: { 'X-API-Key': ultravoxApiKey } });\n",
					"ULTRAVOX_KEY: \"" + key() + "\"\n",
					"curl --request GET \\\n  --url https://api.ultravox.ai/api/calls \\\n  --header 'X-API-Key: " + key() + "'\n",
				},
				Negatives: []string{
					// placeholders from the docs and env templates
					"ULTRAVOX_API_KEY=your_ultravox_api_key_here\n",
					"ULTRAVOX_API_KEY=aBCDef.123456\n",
					// wrong part lengths
					"ULTRAVOX_API_KEY=" + g.MixedAlnum(6) + "." + g.MixedAlnum(32) + "\n",
					"ULTRAVOX_API_KEY=" + g.MixedAlnum(8) + "." + g.MixedAlnum(24) + "\n",
					// no period between the parts
					"ULTRAVOX_API_KEY=" + g.MixedAlnum(40) + "\n",
					// another service's key in a curl call after an Ultravox link
					"# see https://docs.ultravox.ai/api\ncurl https://api.example.com \\\n  -H 'X-API-Key: " + key() + "'\n",
					// an agent ID, not a key
					"ULTRAVOX_AGENT_ID=" + g.UUID() + "\n",
				},
			}
		},
		"lamini-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LAMINI_API_KEY=" + g.Hex(64) + "\n",
					"import lamini\nlamini.api_key = \"" + g.Hex(64) + "\"\n",
					"export LAMINI_API_KEY='" + g.Hex(64) + "'\n",
					"lamini:\n  api_key: " + g.Hex(64) + "\n",
					"LAMINI_API_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"lamini.api_key = \"<YOUR-LAMINI-API-KEY>\"\n",
					"LAMINI_API_KEY=" + strings.Repeat("0", 64) + "\n",
					// a fine-tuned model's ID is 64 hex digits too
					"llm = lamini.Lamini(model_name=\"" + g.Hex(64) + "\")\n",
					// wrong alphabet and length
					"LAMINI_API_KEY=" + g.MixedAlnum(64) + "\n",
					"LAMINI_API_KEY=" + g.Hex(48) + "\n",
					// the name inside a longer word (a surname)
					"DLAMINI_API_KEY=" + g.Hex(64) + "\n",
				},
			}
		},
		"crusoe-api-key": func(g *fake.Gen) Cases {
			// The CLI and the Terraform provider decode the secret as
			// unpadded base64url; keys are 16 bytes, 22 characters.
			b64 := func() string {
				return g.MixedAlnum(10) + g.Pick("-", "_") + g.MixedAlnum(11)
			}
			return Cases{
				Positives: []string{
					"CRUSOE_ACCESS_KEY_ID=" + b64() + "\nCRUSOE_SECRET_KEY=" + b64() + "\n",
					"export CRUSOE_SECRET_KEY=\"" + b64() + "\"\n",
					"[default]\ncrusoe_access_key_id = \"" + b64() + "\"\ncrusoe_secret_key = \"" + b64() + "\"\n",
					"kubectl create secret generic crusoe-secrets --from-literal=CRUSOE_ACCESS_KEY=" + b64() + " -n crusoe-system\n",
					"crusoe:\n  secret_key: " + b64() + "\n",
				},
				Negatives: []string{
					// placeholders
					"CRUSOE_SECRET_KEY=your-secret-key-here\n",
					"export CRUSOE_ACCESS_KEY_ID=\"${CRUSOE_ACCESS_KEY}\"\n",
					// wrong length
					"CRUSOE_SECRET_KEY=" + g.MixedAlnum(30) + "\n",
					// not a credential setting
					"CRUSOE_PROJECT_ID=" + g.MixedAlnum(22) + "\n",
					// the novel's hero, not the cloud
					"Robinson Crusoe = " + g.MixedAlnum(22) + "\n",
					// the name inside a longer word
					"supercrusoe_secret_key=" + g.MixedAlnum(22) + "\n",
				},
			}
		},
		"topaz-labs-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TOPAZ_API_KEY=" + g.UUID() + "\n",
					"export TOPAZ_API_KEY=\"" + g.UUID() + "\"\n",
					"topaz:\n  api_key: " + g.UUID() + "\n",
					"TOPAZLABS_API_KEY='" + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"TOPAZ_API_KEY=your-api-key-here\n",
					"TOPAZ_API_KEY=PASTE_YOUR_API_KEY_HERE\n",
					// a request or task ID is a UUID too
					"TOPAZ_REQUEST_ID=" + g.UUID() + "\n",
					// the bare gem name is not a credential setting
					"topaz: " + g.UUID() + "\n",
					// wrong shape
					"TOPAZ_API_KEY=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
	}
}
