// Cases for the business SaaS rules added in the s30bizleft change: H2O.ai
// Enterprise h2oGPTe and Tealium. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// tealiumPunct is the punctuation Tealium API keys mix into their letters
// and digits (no quotes and no backslash).
const tealiumPunct = "!#$%&()*+,./:;<=>?@[]^_{|}~-"

// s30bizleftCases are the cases of the rules this change adds.
func s30bizleftCases() map[string]Builder {
	return map[string]Builder{
		"h2ogpte-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k-")
			key := func() string { return sk + g.MixedAlnum(48) }
			return Cases{
				Positives: []string{
					"H2OGPTE_ADDRESS=https://h2ogpte.genai.h2o.ai\nH2OGPTE_API_KEY=" + key() + "\n",
					"from h2ogpte import H2OGPTE\n\nclient = H2OGPTE(address=\"https://h2ogpte.genai.h2o.ai\", api_key=\"" + key() + "\")\n",
					"export H2O_GPT_E_API_KEY=\"" + key() + "\"\n",
					"h2ogpte:\n  address: https://h2ogpte.example.internal\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// the placeholder of the docs
					"export H2OGPTE_API_KEY=" + sk + strings.Repeat("X", 48) + "   # set your API token\n",
					"export H2OGPTE_API_KEY=" + sk + "...\n",
					// too short and too long for an h2oGPTe key
					"H2OGPTE_API_KEY=" + sk + g.MixedAlnum(40) + "\n",
					"H2OGPTE_API_KEY=" + sk + g.MixedAlnum(56) + "\n",
					// the name glued into another word
					"H2OGPTEXT_MODE=" + sk + g.MixedAlnum(48) + "\n",
				},
			}
		},
		"tealium-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.MixedAlnum(24) + g.String(tealiumPunct, 4) + g.MixedAlnum(12) + g.String(tealiumPunct, 3) + g.MixedAlnum(21)
			}
			return Cases{
				Positives: []string{
					"const TEALIUM_ACCOUNT = 'acme';\nconst TEALIUM_USERNAME = 'ops@acme.example';\nconst TEALIUM_API_KEY = '" + key() + "';\n",
					"[global_credentials]\ntealium_api_username = \"ops@acme.example\"\ntealium_api_key = \"" + key() + "\"\n",
					"{\n  \"tealium\": {\n    \"account\": \"acme\",\n    \"apiKey\": \"" + key() + "\"\n  }\n}\n",
					"TEALIUM_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders and a value read from the environment
					"tealium_api_key = \"votre_cle\"\n",
					"TEALIUM_API_KEY=your_tealium_api_key\n",
					"self.tealium_api_key = self.l_field_api.value\n",
					// too short for a Tealium key
					"TEALIUM_API_KEY=\"" + g.MixedAlnum(20) + g.String(tealiumPunct, 3) + g.MixedAlnum(17) + "\"\n",
					// the name glued into another word, and a setting that is not the key
					"TEALIUMKEYSTONE_ID='" + key() + "'\n",
				},
			}
		},
	}
}
