// Cases for the AI media rules added in the s30aimedia change: Sightengine,
// Clipdrop, getimg.ai and Beatoven.ai; and more cases of the Deepgram and
// Hume rules, widened to the SDK constructors and the curl header their
// docs show. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30aimediaCases are the cases of the rules this change adds.
func s30aimediaCases() map[string]Builder {
	return map[string]Builder{
		"sightengine-api-secret": func(g *fake.Gen) Cases {
			user := func() string { return "1" + g.String(fake.Digits, 9) }
			secret := func() string { return g.MixedAlnum([]int{20, 32}[g.IntN(2)]) }
			return Cases{
				Positives: []string{
					"SIGHTENGINE_API_USER=" + user() + "\nSIGHTENGINE_API_SECRET=" + secret() + "\n",
					"from sightengine.client import SightengineClient\nclient = SightengineClient('" + user() + "', '" + secret() + "')\n",
					"var sightengine = require('sightengine')('" + user() + "', '" + secret() + "');\n",
					"$client = new SightengineClient(\"" + user() + "\", \"" + secret() + "\");\n",
					"moderation:\n  sightengine:\n    api_user: \"" + user() + "\"\n    api_secret: \"" + secret() + "\"\n",
					"sightengine.api.secret=" + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SIGHTENGINE_API_SECRET=your_sightengine_secret\n",
					"SightengineClient('{api_user}', '{api_secret}')\n",
					// the API user is a number, not the secret
					"SIGHTENGINE_API_USER=" + user() + "\n",
					// wrong length
					"SIGHTENGINE_API_SECRET=" + g.MixedAlnum(26) + "\n",
					// the name inside a longer word
					"InsightEngine_secret = \"" + g.MixedAlnum(20) + "\"\n",
				},
			}
		},
		"clipdrop-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CLIPDROP_API_KEY=" + g.Hex(96) + "\n",
					"const CLIPDROP_API_KEY = process.env.CLIPDROP_API_KEY || '" + g.Hex(96) + "';\n",
					"clipdrop_api_key = '" + g.Hex(96) + "'  # Clipdrop text-to-image\n",
					"services:\n  clipdrop:\n    api_key: " + g.Hex(96) + "\n",
					"VITE_CLIPDROP_API_KEY=\"" + g.Hex(96) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"CLIPDROP_API_KEY=your_clipdrop_api_key_here\n",
					"CLIPDROP_API_KEY=" + strings.Repeat("0", 96) + "\n",
					// wrong length and wrong alphabet
					"CLIPDROP_API_KEY=" + g.Hex(64) + "\n",
					"CLIPDROP_API_KEY=" + g.MixedAlnum(96) + "\n",
					// the name of an endpoint, not a key
					"CLIPDROP_API_URL=https://clipdrop-api.co/remove-background/v1\n",
				},
			}
		},
		"getimg-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ke", "y-")
			return Cases{
				Positives: []string{
					"GETIMG_API_KEY=" + prefix + g.MixedAlnum(96) + "\n",
					"headers = {\"Authorization\": \"Bearer " + prefix + g.MixedAlnum(96) + "\", \"Content-Type\": \"application/json\"}\n",
					"const API_KEY = process.env.GETIMG_API_KEY || '" + prefix + g.MixedAlnum(96) + "';\n",
				},
				Negatives: []string{
					// a Mailgun key is 32 characters
					"MAILGUN_API_KEY=" + prefix + g.LowerAlnum(32) + "\n",
					// wrong length
					"GETIMG_API_KEY=" + prefix + g.MixedAlnum(80) + "\n",
					// placeholder
					"GETIMG_API_KEY=" + prefix + strings.Repeat("x", 96) + "\n",
					// part of a longer name
					"cache-" + prefix + g.MixedAlnum(96) + "\n",
				},
			}
		},
		"beatoven-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Base64URL, 22) }
			return Cases{
				Positives: []string{
					"BEATOVEN_API_KEY=" + key() + "\n",
					"BEATOVEN_API_KEY = os.getenv(\"BEATOVEN_API_KEY\", \"" + key() + "\")\n",
					"const BEATOVEN_API_KEY = '" + key() + "';\nconst BASE_URL = 'https://public-api.beatoven.ai/api/v1';\n",
					"music:\n  beatoven:\n    api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BEATOVEN_API_KEY=your_beatoven_api_key\n",
					"BEATOVEN_API_KEY=<your-beatoven-key>\n",
					// wrong length
					"BEATOVEN_API_KEY=" + g.MixedAlnum(32) + "\n",
					// another setting of the provider
					"BEATOVEN_TRACK_ID=" + g.UUID() + "\n",
				},
			}
		},
	}
}

// s30aimediaWidenedCases are more cases of rules this change widened.
func s30aimediaWidenedCases() map[string]Builder {
	return map[string]Builder{
		"deepgram-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"from deepgram import DeepgramClient\ndeepgram = DeepgramClient(\"" + g.Hex(40) + "\")\n",
					"curl --request POST --url https://api.deepgram.com/v1/listen --header 'Authorization: Token " + g.Hex(40) + "' --header 'Content-Type: audio/wav'\n",
					"config = DeepgramClientOptions(verbose=False)\ndeepgram = DeepgramClient(api_key=\"" + g.Hex(40) + "\", config=config)\n",
				},
				Negatives: []string{
					"deepgram = DeepgramClient(\"" + g.Hex(32) + "\")\n",
					"DEEPGRAM_API_KEY=your_deepgram_api_key\n",
					"DeepgramClient(api_key=\"" + g.MixedAlnum(40) + "\")\n",
				},
			}
		},
		"hume-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"from hume import HumeClient\nclient = HumeClient(api_key=\"" + g.MixedAlnum(48) + "\")\n",
					"const hume = new HumeClient({\n  apiKey: \"" + g.MixedAlnum(48) + "\",\n});\n",
					"client = HumeClient(\"" + g.MixedAlnum(48) + "\")\n",
				},
				Negatives: []string{
					"client = HumeClient(api_key=os.getenv(\"HUME_API_KEY\"))\n",
					"client = HumeClient(api_key=\"" + g.MixedAlnum(40) + "\")\n",
					"client = HumeClient(api_key=\"" + strings.Repeat("x", 48) + "\")\n",
				},
			}
		},
	}
}
