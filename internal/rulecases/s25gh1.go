// Cases for the rules added in the s25gh1 change, token types of GitHub
// secret scanning's list (providers A to L) that no rule named: Block
// Protocol, Hack Club AI, Highnote, Lichess OAuth and LocalStack. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25gh1Cases are the cases of the rules this change adds.
func s25gh1Cases() map[string]Builder {
	return map[string]Builder{
		"block-protocol-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("b10", "ck5.")
			key := func() string { return prefix + g.Hex(32) + "." + g.UUID() }
			return Cases{
				Positives: []string{
					"BLOCK_PROTOCOL_API_KEY=" + key() + "\n",
					"{\n  \"apiKey\": \"" + key() + "\"\n}\n",
					"curl -H \"x-api-key: " + key() + "\" https://blockprotocol.org/api/blocks\n",
				},
				Negatives: []string{
					// the CLI's all-zero template, a short public id, no UUID
					"api-key=" + prefix + strings.Repeat("0", 32) + ".00000000-0000-0000-0000-000000000000\n",
					"BLOCK_PROTOCOL_API_KEY=" + prefix + g.Hex(20) + "." + g.UUID() + "\n",
					"BLOCK_PROTOCOL_API_KEY=" + prefix + g.Hex(32) + "\n",
				},
			}
		},
		"hackclub-ai-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk-", "hc-", "v1-")
			return Cases{
				Positives: []string{
					"HACKCLUB_AI_API_KEY=" + prefix + g.Hex(64) + "\n",
					"const openai = new OpenAI({\n  baseURL: 'https://ai.hackclub.com/proxy/v1',\n  apiKey: '" + prefix + g.Hex(64) + "',\n});\n",
				},
				Negatives: []string{
					// placeholder, too short, upper-case hex
					"apiKey: '" + prefix + "...'\n",
					"HACKCLUB_AI_API_KEY=" + prefix + g.Hex(40) + "\n",
					"HACKCLUB_AI_API_KEY=" + prefix + strings.ToUpper(g.Hex(64)) + "\n",
				},
			}
		},
		"highnote-secret-key": func(g *fake.Gen) Cases {
			head := fake.Join("a2V5", "Xz")
			live := fake.Join("sk_", "live_") + head
			test := fake.Join("sk_", "test_") + head
			body := func() string { return g.String(fake.Base64, 69) }
			return Cases{
				Positives: []string{
					"HIGHNOTE_SK_LIVE=\"" + live + body() + "\"\n",
					"highnote:\n  api_key: " + test + body() + "\n",
					"const highnoteSecret = '" + live + body() + "';\n",
				},
				Negatives: []string{
					// a WorkOS key, too short, a Highnote setting with another value
					"WORKOS_API_KEY=\"" + live + body() + "\"\n",
					"HIGHNOTE_SK_LIVE=\"" + live + g.MixedAlnum(20) + "\"\n",
					"HIGHNOTE_API_KEY=" + g.MixedAlnum(48) + "\n",
				},
			}
		},
		"lichess-oauth-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("li", "o_")
			return Cases{
				Positives: []string{
					"LICHESS_TOKEN=" + prefix + g.MixedAlnum(32) + "\n",
					"curl -H \"Authorization: Bearer " + prefix + g.MixedAlnum(32) + "\" https://lichess.org/api/account\n",
				},
				Negatives: []string{
					// placeholder, too short, an identifier that contains the prefix
					"LICHESS_TOKEN=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"LICHESS_TOKEN=" + prefix + g.MixedAlnum(16) + "\n",
					"portfo" + prefix + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"localstack-auth-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("l", "s-")
			token := func() string {
				return prefix + g.MixedAlnum(8) + "-" + g.MixedAlnum(4) + "-" + g.MixedAlnum(4) + "-" + g.MixedAlnum(4) + "-" + g.MixedAlnum(12)
			}
			return Cases{
				Positives: []string{
					"LOCALSTACK_AUTH_TOKEN=" + token() + "\n",
					"docker run -d -p 4566:4566 \\\n  -e LOCALSTACK_AUTH_TOKEN=" + token() + " localstack/localstack-pro\n",
				},
				Negatives: []string{
					// a UUID after ls-, placeholder, wrong layout
					"id: " + prefix + g.UUID() + "\n",
					"LOCALSTACK_AUTH_TOKEN=" + prefix + "xxxxxxxx\n",
					"LOCALSTACK_AUTH_TOKEN=" + prefix + g.MixedAlnum(36) + "\n",
				},
			}
		},
	}
}
