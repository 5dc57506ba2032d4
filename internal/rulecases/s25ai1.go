// Cases for the AI inference and media-generation rules added in the s25ai1
// change: Hedra, Venice AI, Baichuan, Tencent Hunyuan, Contextual AI,
// Synthesia, Murf and LMNT. Every key shape is built at run time from parts,
// so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25ai1Cases are the cases of the rules this change adds.
func s25ai1Cases() map[string]Builder {
	return map[string]Builder{
		"hedra-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "_hed", "ra_")
			key := func() string { return prefix + g.MixedAlnum(30) + g.Pick("-", "_") + g.MixedAlnum(33) }
			return Cases{
				Positives: []string{
					"HEDRA_API_KEY=" + key() + "\n",
					"headers = {\"X-API-Key\": \"" + key() + "\", \"Content-Type\": \"application/json\"}\n",
					"avatar_settings: {\n  api_key: '" + key() + "',\n}\n",
				},
				Negatives: []string{
					// too short for a Hedra key
					"HEDRA_API_KEY=" + prefix + g.MixedAlnum(40) + "\n",
					// placeholders
					"HEDRA_API_KEY=" + prefix + "...\n",
					"HEDRA_API_KEY=" + prefix + strings.Repeat("x", 64) + "\n",
					// the same body without the prefix
					"HEDRA_API_KEY=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"venice-api-key": func(g *fake.Gen) Cases {
			inference := fake.Join("VENICE_", "INFERENCE", "_KEY_")
			admin := fake.Join("VENICE_", "ADMIN", "_KEY_")
			return Cases{
				Positives: []string{
					"VENICE_API_KEY=" + inference + g.MixedAlnum(42) + "\n",
					"headers = {\"Authorization\": \"Bearer " + admin + g.MixedAlnum(20) + "-" + g.MixedAlnum(10) + "_" + g.MixedAlnum(10) + "\"}\n",
					"const VENICE_KEY = process.env.VENICE_KEY || '" + inference + g.MixedAlnum(42) + "';\n",
				},
				Negatives: []string{
					// placeholders and a truncated key
					"VENICE_API_KEY=" + inference + "your_key_here\n",
					"VENICE_API_KEY=" + admin + "..\n",
					"VENICE_API_KEY=" + inference + g.MixedAlnum(20) + "\n",
					// a key without the prefix is not this rule's
					"VENICE_API_KEY=" + g.MixedAlnum(42) + "\n",
				},
			}
		},
		"baichuan-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k-")
			return Cases{
				Positives: []string{
					"BAICHUAN_API_KEY=" + sk + g.Hex(32) + "\n",
					"embeddings = BaichuanTextEmbeddings(baichuan_api_key=\"" + sk + g.Hex(32) + "\")\n",
					"[llm.baichuan]\napi_key = \"" + sk + g.Hex(32) + "\" # baichuan\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"BAICHUAN_API_KEY=" + sk + g.Hex(24) + "\n",
					"BAICHUAN_API_KEY=" + sk + g.MixedAlnum(32) + "\n",
					// placeholders
					"BAICHUAN_API_KEY=\"" + sk + "******\"\n",
					// the context on another line
					"BAICHUAN_MODEL=Baichuan4\nLLM_API_KEY=" + sk + g.Hex(32) + "\n",
				},
			}
		},
		"hunyuan-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k-")
			return Cases{
				Positives: []string{
					"export HUNYUAN_API_KEY=\"" + sk + g.MixedAlnum(48) + "\"\n",
					"hunyuan:\n  provider: hunyuan\n  api_key: \"" + sk + g.MixedAlnum(48) + "\"\n",
					"const hunyuanClient = new Client({ apiKey: \"" + sk + g.MixedAlnum(48) + "\" });\n",
				},
				Negatives: []string{
					// wrong length
					"HUNYUAN_API_KEY=" + sk + g.MixedAlnum(32) + "\n",
					// placeholders
					"export HUNYUAN_API_KEY=\"" + sk + "xxxx\"\n",
					"HUNYUAN_API_KEY=" + sk + strings.Repeat("a", 48) + "\n",
					// the context on another line
					"HUNYUAN_MODEL=hunyuan-turbos-latest\nOTHER_API_KEY=" + sk + g.MixedAlnum(48) + "\n",
				},
			}
		},
		"contextual-ai-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ke", "y-")
			key := func() string { return prefix + g.MixedAlnum(20) + "-" + g.MixedAlnum(14) + "_" + g.MixedAlnum(13) }
			return Cases{
				Positives: []string{
					"CONTEXTUAL_API_KEY=" + key() + "\nCONTEXTUAL_DATASTORE_ID=" + g.UUID() + "\n",
					"from contextual import ContextualAI\nclient = ContextualAI(api_key=\"" + key() + "\")\n",
				},
				Negatives: []string{
					// too short
					"CONTEXTUAL_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					// placeholder
					"CONTEXTUAL_API_KEY=your-api-key-here\n",
					// "contextual" alone is an ordinary word
					"contextual_search_key = \"" + key() + "\"\n",
					// no Contextual AI context at all
					"API_KEY=" + key() + "\n",
				},
			}
		},
		"synthesia-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SYNTHESIA_API_KEY=" + g.Hex(32) + "\n",
					"VITE_SYNTHESIA_API_KEY=" + g.Hex(32) + "\nVITE_SYNTHESIA_AVATAR_ID=" + g.UUID() + "\n",
					"synthesia_api_key = \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// an avatar or template id is not a key
					"SYNTHESIA_AVATAR_ID=" + g.Hex(32) + "\n",
					// wrong length and alphabet
					"SYNTHESIA_API_KEY=" + g.Hex(24) + "\n",
					"SYNTHESIA_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					"SYNTHESIA_API_KEY=your_synthesia_api_key\n",
				},
			}
		},
		"murf-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ap", "2_")
			return Cases{
				Positives: []string{
					"MURF_API_KEY=" + prefix + g.UUID() + "\n",
					"headers = {\"api-key\": \"" + prefix + g.UUID() + "\", \"Content-Type\": \"application/json\"}\n",
				},
				Negatives: []string{
					// placeholders
					"MURF_API_KEY=" + prefix + "your-key\n",
					"MURF_API_KEY=" + prefix + "...\n",
					// a UUID without its dashes, and in upper case
					"MURF_API_KEY=" + prefix + g.Hex(32) + "\n",
					"MURF_API_KEY=" + prefix + strings.ToUpper(g.UUID()) + "\n",
				},
			}
		},
		"lmnt-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("a", "k_")
			return Cases{
				Positives: []string{
					"LMNT_API_KEY=" + prefix + g.MixedAlnum(22) + "\n",
					"const client = new Lmnt({ apiKey: \"" + prefix + g.MixedAlnum(22) + "\" });\n",
					"LMNT_API_KEY = \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// wrong lengths
					"LMNT_API_KEY=" + prefix + g.MixedAlnum(16) + "\n",
					"LMNT_API_KEY=" + g.Hex(24) + "\n",
					// a voice id is not a key
					"LMNT_VOICE=" + g.Hex(32) + "\n",
					"LMNT_API_KEY=your_lmnt_api_key\n",
				},
			}
		},
	}
}
