// Cases for the AI tooling, ML platform and dev sandbox rules added in the
// s29aiops change: Arcade.dev, ClearML, CodeSandbox, Scale SERP, VALUE SERP
// and You.com. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29aiopsCases are the cases of the rules this change adds.
func s29aiopsCases() map[string]Builder {
	return map[string]Builder{
		"arcade-api-key": func(g *fake.Gen) Cases {
			org := fake.Join("ar", "c_", "o1")
			proj := fake.Join("ar", "c_", "proj1")
			return Cases{
				Positives: []string{
					"ARCADE_API_KEY=" + org + g.MixedAlnum(50) + "\nARCADE_USER_ID=dev@example.com\n",
					"from arcadepy import Arcade\nclient = Arcade(api_key=\"" + proj + g.MixedAlnum(50) + "\")\n",
					"{\n  \"plugins\": {\n    \"entries\": {\n      \"arcade\": {\"config\": {\"apiKey\": \"" + org + g.MixedAlnum(50) + "\"}}\n    }\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"ARCADE_API_KEY=" + org + "_your_key_here\n",
					"ARCADE_API_KEY=" + org + strings.Repeat("x", 50) + "\n",
					// too short, and a key of no documented kind
					"ARCADE_API_KEY=" + org + g.MixedAlnum(30) + "\n",
					"ARCADE_API_KEY=" + fake.Join("ar", "c_", "live_") + g.MixedAlnum(32) + "\n",
					// the prefix glued to an identifier
					"search" + org + g.MixedAlnum(50) + "\n",
				},
			}
		},
		"clearml-api-secret-key": func(g *fake.Gen) Cases {
			access := func(n int) string { return g.String(fake.Upper+fake.Digits, n) }
			current := func() string { return g.MixedAlnum(40) + g.Pick("-", "_") + g.MixedAlnum(26) }
			return Cases{
				Positives: []string{
					"CLEARML_API_HOST=https://api.clear.ml\nCLEARML_API_ACCESS_KEY=" + access(30) + "\nCLEARML_API_SECRET_KEY=" + current() + "\n",
					"api {\n  web_server: https://app.clear.ml/\n  api_server: https://api.clear.ml\n  credentials {\n    \"access_key\" = \"" + access(20) + "\"\n    \"secret_key\" = \"" + g.MixedAlnum(50) + "\"\n  }\n}\n",
					"Task.set_credentials(\n    api_host=\"https://api.clear.ml\",\n    key=\"" + access(30) + "\", secret=\"" + current() + "\")\n",
					"os.environ['CLEARML_API_SECRET_KEY'] = '" + g.MixedAlnum(50) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"CLEARML_API_SECRET_KEY=<your_secret_key>\n",
					"CLEARML_API_SECRET_KEY=" + strings.Repeat("x", 50) + "\n",
					// too short for a ClearML secret
					"CLEARML_API_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					// an AWS-style pair in the same block shape: a 40-character secret
					"credentials {\n    \"access_key\" = \"" + fake.Join("AK", "IA") + access(16) + "\"\n    \"secret_key\" = \"" + g.MixedAlnum(40) + "\"\n}\n",
					// one case and digits only
					"CLEARML_API_SECRET_KEY=" + g.String(fake.Lower+fake.Digits, 50) + "\n",
				},
			}
		},
		"codesandbox-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("cs", "b_", "v1_")
			key := func() string { return prefix + g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"CSB_API_KEY=" + key() + "\n",
					"import { CodeSandbox } from \"@codesandbox/sdk\";\nconst sdk = new CodeSandbox(\"" + key() + "\");\n",
					"curl https://api.codesandbox.io/sandbox -H \"Authorization: Bearer " + key() + "\"\n",
					"sandbox:\n  provider: codesandbox\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"export CSB_API_KEY=\"" + fake.Join("cs", "b_") + "your_token_here\"\n",
					"CSB_API_KEY=" + prefix + "...\n",
					"CSB_API_KEY=" + prefix + strings.Repeat("x", 43) + "\n",
					// too short
					"CSB_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					// the prefix inside an identifier
					"mode" + prefix + g.MixedAlnum(43) + "\n",
				},
			}
		},
		"scaleserp-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 32) }
			return Cases{
				Positives: []string{
					"SCALESERP_API_KEY=" + key() + "\n",
					"const url = `https://api.scaleserp.com/search?api_key=" + key() + "&q=${query}&gl=us`;\n",
					"scale_serp:\n  api_key: \"" + key() + "\"\n",
					"var scaleSerpKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// the docs' demo key and a placeholder
					"https://api.scaleserp.com/search?api_key=demo&q=pizza\n",
					"SCALESERP_API_KEY=your_scaleserp_api_key\n",
					// wrong length and wrong alphabet
					"SCALESERP_API_KEY=" + g.String(fake.HexUpper, 24) + "\n",
					"SCALESERP_API_KEY=" + g.Hex(32) + "\n",
					// another provider's name ending in serp
					"ZENSERP_API_KEY=" + key() + "\n",
				},
			}
		},
		"valueserp-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 32) }
			return Cases{
				Positives: []string{
					"VALUESERP_API_KEY=" + key() + "\n",
					"url = f\"https://api.valueserp.com/search?api_key=" + key() + "&q={query}&location=Paris\"\n",
					"$valueSerpApiKey = '" + key() + "';\n",
					"{\n  \"value_serp\": {\n    \"api_key\": \"" + key() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// the docs' demo key and a placeholder
					"https://api.valueserp.com/search?api_key=demo&q=pizza\n",
					"VALUESERP_API_KEY=<your_api_key>\n",
					// wrong length and wrong alphabet
					"VALUESERP_API_KEY=" + g.String(fake.HexUpper, 40) + "\n",
					"VALUESERP_API_KEY=" + g.Hex(32) + "\n",
					// a value far from the name
					"VALUESERP_ENABLED=true\nLOG_LEVEL=info\nBUILD_ID=" + key() + "\n",
				},
			}
		},
		"youcom-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("yd", "c-", "sk-")
			marker := fake.Join("<_", "_>")
			key := func() string { return prefix + g.Hex(16) + "-" + g.MixedAlnum(32) + "-" + g.Hex(8) }
			legacy := func() string { return g.UUID() + marker + g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"YDC_API_KEY=" + key() + "\n",
					"headers = {\"X-API-Key\": \"" + key() + marker + g.MixedAlnum(24) + "\"}\n",
					"YOU_API_KEY=\"" + legacy() + "\"\n",
					".addHeader(\"X-API-Key\", \"" + legacy() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"export YDC_API_KEY=\"" + prefix + "your-api-key\"\n",
					"YDC_API_KEY=" + prefix + g.Hex(16) + "-...\n",
					// a part missing, and the marker without its tail
					"YDC_API_KEY=" + prefix + g.Hex(16) + "-" + g.MixedAlnum(32) + "\n",
					"YOU_API_KEY=\"" + g.UUID() + marker + "\"\n",
					// the random part in upper-case hex
					"YDC_API_KEY=" + prefix + strings.ToUpper(g.Hex(16)) + "-" + g.MixedAlnum(32) + "-" + g.Hex(8) + "\n",
				},
			}
		},
	}
}
