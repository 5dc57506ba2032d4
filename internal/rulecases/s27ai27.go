// Cases for the AI long-tail rules added in the s27ai27 change: MultiOn,
// Picovoice, Scrapybara, Speechify and Toolhouse. Every key shape is built
// at run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27ai27Cases are the cases of the rules this change adds.
func s27ai27Cases() map[string]Builder {
	return map[string]Builder{
		"multion-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MULTION_API_KEY=" + g.Hex(32) + "\n",
					"from multion.client import MultiOn\nmultion = MultiOn(api_key=\"" + g.Hex(32) + "\")\n",
					"multion.login(use_api=True, multion_api_key=\"" + g.Hex(32) + "\")\n",
					"agents:\n  browser:\n    multion_api_key: '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"MULTION_API_KEY=your_multion_api_key_here\n",
					"multion = MultiOn(api_key=\"" + strings.Repeat("x", 32) + "\")\n",
					// wrong length and wrong alphabet
					"MULTION_API_KEY=" + g.Hex(24) + "\n",
					"MULTION_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word: an id, not a key
					"MULTION_SESSION_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"picovoice-access-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Base64Bytes(40) }
			return Cases{
				Positives: []string{
					"PICOVOICE_ACCESS_KEY=" + key() + "\n",
					"porcupine = pvporcupine.create(access_key='" + key() + "', keywords=['jarvis'])\n",
					"handle = pvleopard.create(access_key=ACCESS_KEY)\nPICOVOICE_KEY = \"" + key() + "\"\n",
					"{\n  \"picovoice\": {\n    \"accessKey\": \"" + key() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"PICOVOICE_ACCESS_KEY=your_picovoice_access_key\n",
					"porcupine = pvporcupine.create(access_key='${ACCESS_KEY}', keywords=['jarvis'])\n",
					// wrong length: 32 bytes, not 40
					"PICOVOICE_ACCESS_KEY=" + g.Base64Bytes(32) + "\n",
					// a porcupine that is not the SDK, without a credential word
					"PORCUPINE=" + key() + "\n",
					// the name glued to another word
					"PICOVOICE_MODEL_HASH=" + key() + "\n",
				},
			}
		},
		"scrapybara-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("scr", "apy-")
			return Cases{
				Positives: []string{
					"SCRAPYBARA_API_KEY=" + prefix + g.UUID() + "\n",
					"from scrapybara import Scrapybara\nclient = Scrapybara(api_key=\"" + prefix + g.UUID() + "\")\n",
					"cua_graph = create_cua(scrapybara_api_key=\"" + prefix + g.UUID() + "\")\n",
				},
				Negatives: []string{
					// a Scrapy extension package, not a key
					"scrapy-splash==0.9.0\nscrapy-redis>=0.7\n",
					// placeholders and a truncated key
					"SCRAPYBARA_API_KEY=" + prefix + "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"SCRAPYBARA_API_KEY=" + prefix + g.Hex(8) + "\n",
					// a UUID after a longer word is not a Scrapybara key
					"job_id = \"myscrapy-" + g.UUID() + "\"\n",
				},
			}
		},
		"speechify-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) + g.Pick("_", "-") + g.MixedAlnum(22) + "=" }
			return Cases{
				Positives: []string{
					"export SPEECHIFY_API_KEY=\"" + key() + "\"\n",
					"from speechify import Speechify\nclient = Speechify(token=\"" + key() + "\")\n",
					"client = Speechify(api_key=\"" + key() + "\")\n",
					"tts:\n  provider: speechify\n  speechify_api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SPEECHIFY_API_KEY=your_speechify_api_key\n",
					"client = Speechify(token=\"YOUR_TOKEN\")\n",
					// without the padding a value of this length is not a key
					"SPEECHIFY_API_KEY=" + g.MixedAlnum(43) + "\n",
					// wrong length
					"SPEECHIFY_API_KEY=" + g.MixedAlnum(30) + "=\n",
					// the name glued to another word
					"SPEECHIFY_VOICE_ID=" + g.MixedAlnum(43) + "=\n",
				},
			}
		},
		"toolhouse-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("t", "h-")
			key := func() string { return prefix + g.MixedAlnum(21) + g.Pick("_", "-") + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"TOOLHOUSE_API_KEY=" + key() + "\n",
					"from toolhouse import Toolhouse\nth = Toolhouse(api_key=\"" + key() + "\", provider=\"openai\")\n",
					"const toolhouse = new Toolhouse({ apiKey: \"" + key() + "\", provider: \"anthropic\" });\n",
				},
				Negatives: []string{
					// placeholders
					"TOOLHOUSE_API_KEY=<Your API Key value>\n",
					"th = Toolhouse(api_key=\"" + prefix + "xxx\")\n",
					// too short
					"TOOLHOUSE_API_KEY=" + prefix + g.MixedAlnum(20) + "\n",
					// the body without the prefix
					"TOOLHOUSE_API_KEY=" + g.MixedAlnum(43) + "\n",
				},
			}
		},
	}
}
