// Cases for the AI rules added in the s34aisweep change: the Pollinations.ai
// secret key, the Relace API key, the Inception (Mercury) API key and the
// CrewAI AMP crew bearer token. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34aisweepCases are the cases of the rules this change adds.
func s34aisweepCases() map[string]Builder {
	return map[string]Builder{
		"pollinations-secret-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			key := func() string { return sk + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					// .env as the docs and SDK READMEs write it
					"# Pollinations API\nPOLLINATIONS_API_KEY=" + key() + "\n",
					// the OpenAI SDK pointed at the gateway
					"client = OpenAI(base_url=\"https://gen.pollinations.ai/v1\", api_key=\"" + key() + "\")\n",
					// the key as a query parameter of the text endpoint
					"curl 'https://gen.pollinations.ai/text/hello?model=openai&key=" + key() + "'\n",
					// a config section named after the provider
					"pollinations:\n  base_url: https://gen.pollinations.ai\n  api_key: " + key() + "\n",
					// a JavaScript fallback
					"const token = process.env.POLLINATIONS_TOKEN || '" + key() + "';\n",
					// a bearer header on a curl command to the gateway
					"curl https://gen.pollinations.ai/v1/chat/completions \\\n  -H \"Authorization: Bearer " + key() + "\" \\\n  -H 'Content-Type: application/json'\n",
				},
				Negatives: []string{
					// placeholders
					"POLLINATIONS_API_KEY=" + sk + "your_key_here\n",
					"POLLINATIONS_API_KEY=" + sk + strings.Repeat("x", 32) + "\n",
					// too short for a secret key
					"POLLINATIONS_API_KEY=" + sk + g.MixedAlnum(24) + "\n",
					// a publishable key is public
					"POLLINATIONS_PUBLISHABLE_KEY=" + fake.Join("p", "k_") + g.MixedAlnum(16) + "\n",
					// the name glued to another word, no credential word
					"POLLINATIONS_MODEL_ID=" + key() + "\n",
					// no Pollinations context at all
					"SERVICE_API_KEY=" + key() + "\n",
				},
			}
		},
		"relace-api-key": func(g *fake.Gen) Cases {
			rlc := fake.Join("rl", "c-")
			key := func() string { return rlc + g.MixedAlnum(18) + g.Pick("-", "_") + g.MixedAlnum(19) }
			short := func() string { return rlc + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"RELACE_API_KEY=" + key() + "\nOPENAI_API_KEY=\n",
					"headers = {\"Authorization\": \"Bearer " + key() + "\", \"Content-Type\": \"application/json\"}\n",
					"{\n  \"mcpServers\": {\n    \"relace\": {\n      \"command\": \"uvx\",\n      \"env\": {\n        \"RELACE_API_KEY\": \"" + key() + "\"\n      }\n    }\n  }\n}\n",
					// the 32-character form of the API reference
					"curl https://api.relace.run/v1/repo -H \"Authorization: Bearer " + short() + "\"\n",
					"const client = createRelaceClient({ apiKey: '" + key() + "' });\n",
				},
				Negatives: []string{
					// placeholders
					"RELACE_API_KEY=" + rlc + "your-relace-api-key-here\n",
					"RELACE_API_KEY=" + rlc + strings.Repeat("x", 32) + "\n",
					// wrong length
					"RELACE_API_KEY=" + rlc + g.MixedAlnum(28) + "\n",
					"RELACE_API_KEY=" + rlc + g.MixedAlnum(44) + "\n",
					// a CSS class or slug that starts the same way
					"<h2 className=\"" + rlc + "migrated-pages-mengenermittlung-bilder\">\n",
					// the prefix glued to a longer word
					"id = x" + rlc + g.MixedAlnum(38) + "\n",
				},
			}
		},
		"inception-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			key := func() string { return sk + g.Hex(32) }
			return Cases{
				Positives: []string{
					"#!/bin/bash\nexport INCEPTION_API_KEY=" + key() + "\nexport INCEPTION_MODEL=mercury-2\n",
					"curl https://api.inceptionlabs.ai/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer " + key() + "\" \\\n  -d '{\"model\": \"mercury-2\"}'\n",
					"inception:\n  base_url: https://api.inceptionlabs.ai/v1\n  api_key: " + key() + "\n",
					"const keys = { inceptionApiKey: \"" + key() + "\", model: \"mercury-coder\" };\n",
					"self.api_key = os.environ.get(\"INCEPTION_API_KEY\") or \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"INCEPTION_API_KEY=" + sk + "your_key\n",
					"INCEPTION_API_KEY=" + sk + strings.Repeat("0", 32) + "\n",
					// wrong length and wrong alphabet
					"INCEPTION_API_KEY=" + sk + g.Hex(24) + "\n",
					"INCEPTION_API_KEY=" + sk + g.MixedAlnum(32) + "\n",
					// the image-model family, not the provider
					"inception_v3_key = \"" + key() + "\"\n",
					// no Inception credential name
					"MERCURY_MODEL=mercury-2\nOTHER_API_KEY=" + key() + "\n",
				},
			}
		},
		"crewai-amp-crew-token": func(g *fake.Gen) Cases {
			host := func() string {
				return "https://" + g.Pick("linkedin-content-creator", "startupai", "research-crew") + "-" + g.Hex(8) + ".crewai.com"
			}
			tok := func() string { return g.Hex(6) + g.Pick("a", "b", "c") + g.Pick("1", "2", "3") + g.Hex(4) }
			return Cases{
				Positives: []string{
					"curl -X POST " + host() + "/kickoff \\\n  -H \"Authorization: Bearer " + tok() + "\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"inputs\": {\"topic\": \"AI\"}}'\n",
					"import requests\n\nurl = \"" + host() + "/kickoff\"\n\nheaders = {\n    \"Content-Type\": \"application/json\",\n    \"Authorization\": \"Bearer " + tok() + "\"\n}\n",
					"CREW_BASE_URL=" + host() + "\nCREW_BEARER_TOKEN=" + tok() + "\n",
					"tool = InvokeCrewAIAutomationTool(\n    crew_api_url=\"" + host() + "\",\n    crew_bearer_token=\"" + tok() + "\",\n    crew_name=\"Research\",\n)\n",
					"  const url = '" + host() + "/kickoff';\n  const bearerToken = '" + tok() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"curl -H \"Authorization: Bearer YOUR_CREW_TOKEN\" " + host() + "/inputs\n",
					"CREW_BEARER_TOKEN=your_bearer_token\n",
					// wrong length and wrong alphabet
					"CREW_BEARER_TOKEN=" + g.Hex(16) + "\n",
					"CREW_BEARER_TOKEN=" + g.MixedAlnum(12) + "\n",
					// another product's crew token
					"DIGITALCREW_BEARER_TOKEN=" + tok() + "\n",
					// a bearer token for another host
					"curl -H \"Authorization: Bearer " + tok() + "\" https://api.example.org/inputs\n",
				},
			}
		},
		"cloudflare-ai-gateway-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(20) + g.Pick("_", "-") + g.MixedAlnum(19) }
			gw := "https://gateway.ai.cloudflare.com/v1/" + g.Hex(32) + "/my-gateway"
			return Cases{
				Positives: []string{
					"curl " + gw + "/openai/chat/completions \\\n  --header 'cf-aig-authorization: Bearer " + tok() + "' \\\n  --header 'Content-Type: application/json'\n",
					"const openai = new OpenAI({\n  baseURL: \"" + gw + "/openai\",\n  defaultHeaders: {\n    \"cf-aig-authorization\": \"Bearer " + tok() + "\",\n  },\n});\n",
					"CF_ACCOUNT_ID=" + g.Hex(32) + "\nCF_AIG_TOKEN=" + tok() + "\n",
					"client = OpenAI(base_url=\"" + gw + "/openai\", default_headers={\"cf-aig-authorization\": \"Bearer " + tok() + "\"})\n",
				},
				Negatives: []string{
					// placeholders
					"--header 'cf-aig-authorization: Bearer {CF_AIG_TOKEN}'\n",
					"CF_AIG_TOKEN=" + strings.Repeat("x", 40) + "\n",
					// wrong length and one letter case
					"CF_AIG_TOKEN=" + g.MixedAlnum(32) + "\n",
					"CF_AIG_TOKEN=" + g.LowerAlnum(40) + "\n",
					// another AI Gateway header
					"\"cf-aig-metadata\": \"" + tok() + "\"\n",
					// the name glued to another word
					"MYCF_AIG_TOKEN=" + tok() + "\n",
				},
			}
		},
		"d-id-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				user := base64.RawStdEncoding.EncodeToString([]byte(g.LowerAlnum(9) + "@" + g.Pick("gmail", "outlook", "studio") + ".com"))
				return user + ":" + g.MixedAlnum(10) + g.Pick("_", "-", "x") + g.MixedAlnum(10)
			}
			return Cases{
				Positives: []string{
					"import requests\n\nDID_API_KEY = \"" + key() + "\"\nAPI_URL = \"https://api.d-id.com/talks\"\n",
					"VITE_DID_API_KEY=" + key() + "\nVITE_GROQ_API_KEY=\n",
					"curl -X POST \"https://api.d-id.com/talks\" \\\n  -H \"Authorization: Basic " + key() + "\" \\\n  -H \"Content-Type: application/json\"\n",
					"const res = await fetch('https://api.d-id.com/talks', {\n  method: 'POST',\n  headers: {\n    'Authorization': 'Basic " + key() + "',\n    'Content-Type': 'application/json',\n  },\n});\n",
					"d_id:\n  api_key: " + key() + "\n  source_url: https://example.com/alice.jpg\n",
				},
				Negatives: []string{
					// placeholders
					"DID_API_KEY=your_did_api_key_here\n",
					"DID_API_KEY=\"API_USER:API_PASSWORD\"\n",
					// the password part too short
					"DID_API_KEY=" + base64.RawStdEncoding.EncodeToString([]byte(g.LowerAlnum(9)+"@gmail.com")) + ":" + g.MixedAlnum(16) + "\n",
					// a name that only ends like D-ID's
					"ANDROID_ID_API_KEY=" + key() + "\n",
					// a Basic credential for another host
					"curl -H \"Authorization: Basic " + key() + "\" https://api.example.org/v1\n",
				},
			}
		},
	}
}
