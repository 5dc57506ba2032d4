// Cases for the AI text-generation rules added in the s30aitext change:
// Parasail, Rytr, StepFun, Synthflow and Writesonic. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30aitextCases are the cases of the rules this change adds.
func s30aitextCases() map[string]Builder {
	return map[string]Builder{
		"parasail-api-key": func(g *fake.Gen) Cases {
			psk := fake.Join("ps", "k-")
			key := func() string { return psk + g.MixedAlnum(12) + "-" + g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"PARASAIL_API_KEY=" + key() + "\n",
					"export PARASAIL_API_KEY=\"" + key() + "\"\n",
					"parasail:\n  base_url: https://api.parasail.io/v1\n  api_key: " + key() + "\n",
					"terraform apply -var=\"project_id=core\" -var=\"parasail_api_key=" + key() + "\"\n",
					"set PARASAIL_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders from Parasail's own examples
					"export PARASAIL_API_KEY=\"" + psk + "your-key-here\"\n",
					"PARASAIL_API_KEY=" + psk + "mock-mockkey\n",
					"PARASAIL_API_KEY=" + psk + "<accesskey>-<secretkey>\n",
					// secret part too short, no dash between the parts
					"PARASAIL_API_KEY=" + psk + g.MixedAlnum(12) + "-" + g.MixedAlnum(8) + "\n",
					"PARASAIL_API_KEY=" + psk + g.MixedAlnum(32) + "\n",
					// no Parasail name near the value
					"LLM_API_KEY=" + psk + g.MixedAlnum(12) + "-" + g.MixedAlnum(20) + "\n",
					// the dictionary word glued to another one, no credential word
					"PARASAILING_TOUR=" + psk + g.MixedAlnum(12) + "-" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"rytr-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String(fake.Upper, 6) + g.String(fake.Digits, 2) + g.String(fake.Upper+fake.Digits, 13)
			}
			return Cases{
				Positives: []string{
					"RYTR_API_KEY=" + key() + "\n",
					"rytr:\n  api_key: \"" + key() + "\"\n",
					"const rytrKey = '" + key() + "' // https://app.rytr.me/account/api-access\n",
					"  RYTR_TOKEN: " + g.String(fake.Upper, 6) + g.String(fake.Digits, 3) + g.String(fake.Upper, 3) + "-" + g.String(fake.Upper+fake.Digits, 8) + "\n",
				},
				Negatives: []string{
					// placeholders
					"RYTR_API_KEY=XXXX\n",
					"RYTR_API_KEY=your_rytr_api_key_here\n",
					"RYTR_API_KEY=" + strings.Repeat("X", 21) + "\n",
					// lower case, wrong length
					"RYTR_API_KEY=" + g.LowerAlnum(21) + "\n",
					"RYTR_API_KEY=" + g.String(fake.Upper, 8) + g.String(fake.Digits, 4) + g.String(fake.Upper, 12) + "\n",
					// no Rytr name near the value
					"WRITER_API_KEY=" + g.String(fake.Upper, 6) + g.String(fake.Digits, 2) + g.String(fake.Upper+fake.Digits, 13) + "\n",
				},
			}
		},
		"stepfun-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"STEPFUN_API_KEY=" + g.MixedAlnum(65) + "\n",
					"export STEP_API_KEY=\"" + g.MixedAlnum(65) + "\"\n",
					"$env:STEPFUN_API_KEY = \"" + g.MixedAlnum(65) + "\"\n",
					"stepfun:\n  base_url: https://api.stepfun.com/v1\n  api_key: " + g.MixedAlnum(65) + "\n",
					"LW_STEPFUN_API_KEY=" + g.MixedAlnum(65) + "\n",
				},
				Negatives: []string{
					// placeholders
					"STEPFUN_API_KEY=your-stepfun-api-key-here\n",
					"export STEP_API_KEY=\"YOUR_STEP_API_KEY\"\n",
					"STEPFUN_API_KEY=" + strings.Repeat("x", 65) + "\n",
					// wrong length
					"STEPFUN_API_KEY=" + g.MixedAlnum(48) + "\n",
					// another product's STEP_API_KEY: the name glued to a word
					"OLOSTEP_API_KEY=" + g.MixedAlnum(65) + "\n",
					"ACESTEP_API_KEY=" + g.MixedAlnum(65) + "\n",
				},
			}
		},
		"synthflow-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"SYNTHFLOW_API_KEY=" + key() + "\n",
					"az containerapp create --env-vars \\\n    SYNTHFLOW_API_KEY=\"" + key() + "\" \\\n",
					"synthflow:\n  api_key: '" + key() + "'\n  model_id: m-1\n",
					"await fetch('https://api.synthflow.ai/v2/calls', { headers: { Authorization: 'Bearer " + key() + "' } });\n",
				},
				Negatives: []string{
					// placeholders
					"SYNTHFLOW_API_KEY=your_synthflow_api_key_here\n",
					"SYNTHFLOW_API_KEY=offline-test-placeholder\n",
					"SYNTHFLOW_API_KEY=" + strings.Repeat("x", 43) + "\n",
					// wrong length
					"SYNTHFLOW_API_KEY=" + g.MixedAlnum(32) + "\n",
					// an id, not the key
					"SYNTHFLOW_ASSISTANT_ID=" + g.UUID() + "\n",
				},
			}
		},
		"writesonic-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WRITESONIC_API_KEY=" + g.UUID() + "\n",
					"writesonic:\n  api_key: \"" + g.UUID() + "\"\n",
					"String writesonicKey = \"" + g.UUID() + "\";\n",
					"using var client = new WritesonicClient(\"" + g.UUID() + "\");\n",
				},
				Negatives: []string{
					// placeholders
					"WRITESONIC_API_KEY=your_api_key_here\n",
					"const apiKey = 'YOUR_WRITESONIC_API_KEY';\n",
					"WRITESONIC_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// not a UUID
					"WRITESONIC_API_KEY=" + g.Hex(32) + "\n",
					// an id of a Botsonic bot in a URL, no credential word
					"url = \"https://api.writesonic.com/v1/botsonic/generate/" + g.UUID() + "/sse\"\n",
				},
			}
		},
	}
}
