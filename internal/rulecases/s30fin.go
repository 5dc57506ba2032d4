// Cases for the finance and payments rules added in the s30fin change:
// DOKU (Secret Key and API key), Pluggy and Rapyd. Every key shape is built
// at run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30finCases are the cases of the rules this change adds.
func s30finCases() map[string]Builder {
	return map[string]Builder{
		"doku-secret-key": func(g *fake.Gen) Cases {
			sk := fake.Join("S", "K-")
			key := func() string { return sk + g.MixedAlnum(17) + g.String(fake.Digits, 1) + g.Alnum(2) }
			client := fake.Join("BR", "N-") + g.String(fake.Digits, 4) + "-" + g.String(fake.Digits, 13)
			return Cases{
				Positives: []string{
					"DOKU_CLIENT_ID=" + client + "\nDOKU_SECRET_KEY=" + key() + "\nDOKU_ENV=sandbox\n",
					"payments:\n  doku:\n    client_id: " + client + "\n    secret_key: \"" + key() + "\"\n",
					"const doku = {\n  clientId: '" + client + "',\n  secretKey: '" + key() + "',\n  isProduction: false,\n};\n",
					"supabase secrets set DOKU_SECRET_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"DOKU_SECRET_KEY=" + sk + "xxxxxxxxxxxxxxxxxxxx\n",
					"DOKU_SECRET_KEY=" + sk + "...\n",
					// wrong length
					"DOKU_SECRET_KEY=" + sk + g.MixedAlnum(12) + "\n",
					// a sudoku game's key is not DOKU's
					"sudoku_secret_key = \"" + key() + "\"\n",
					// the value with no DOKU name near it
					"LANGFUSE_SECRET_KEY=" + key() + "\n",
				},
			}
		},
		"doku-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("doku", "_key_")
			sandbox := prefix + fake.Join("sand", "box_")
			return Cases{
				Positives: []string{
					"DOKU_API_KEY=" + prefix + g.Hex(32) + "\n",
					"{\"mcpServers\": {\"doku\": {\"env\": {\"DOKU_API_KEY\": \"" + sandbox + g.Hex(32) + "\"}}}}\n",
					"export DOKU_MCP_API_KEY='" + sandbox + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"DOKU_MCP_API_KEY=" + sandbox + "...\n",
					"DOKU_API_KEY=" + prefix + strings.Repeat("x", 32) + "\n",
					// wrong length and alphabet
					"DOKU_API_KEY=" + prefix + g.Hex(24) + "\n",
					"DOKU_API_KEY=" + prefix + g.MixedAlnum(32) + "\n",
					// a sudoku key name glued to the prefix
					"su" + prefix + g.Hex(32) + "\n",
				},
			}
		},
		"pluggy-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PLUGGY_CLIENT_ID=" + g.UUID() + "\nPLUGGY_CLIENT_SECRET=" + g.UUID() + "\n",
					"pluggy:\n  client_id: " + g.UUID() + "\n  client_secret: \"" + g.UUID() + "\"\n",
					"const client = new PluggyClient({\n  clientId: '" + g.UUID() + "',\n  clientSecret: '" + g.UUID() + "',\n});\n",
					"npx supabase secrets set PLUGGY_CLIENT_ID=" + g.UUID() + " PLUGGY_CLIENT_SECRET=" + g.UUID() + "\n",
				},
				Negatives: []string{
					// the client ID has the same shape and is no secret
					"PLUGGY_CLIENT_ID=" + g.UUID() + "\n",
					// placeholders and a value that is not a UUID
					"PLUGGY_CLIENT_SECRET=seu_client_secret_aqui\n",
					"PLUGGY_CLIENT_SECRET=00000000-0000-0000-0000-000000000000\n",
					"PLUGGY_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// a webhook secret is not the client secret's shape
					"PLUGGY_WEBHOOK_SECRET=" + g.Hex(48) + "\n",
				},
			}
		},
		"rapyd-secret-key": func(g *fake.Gen) Cases {
			rsk := fake.Join("rs", "k_")
			rak := fake.Join("ra", "k_")
			return Cases{
				Positives: []string{
					"RAPYD_ACCESS_KEY=" + rak + g.String(fake.HexUpper, 20) + "\nRAPYD_SECRET_KEY=" + rsk + g.Hex(80) + "\n",
					"const secretKey = \"" + rsk + g.Hex(80) + "\";\nconst baseUrl = \"https://sandboxapi.rapyd.net\";\n",
					"rapyd:\n  access_key: " + rak + g.String(fake.HexUpper, 20) + "\n  secret_key: '" + rsk + g.Hex(80) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"RAPYD_SECRET_KEY=" + rsk + "...\n",
					"RAPYD_SECRET_KEY=" + rsk + strings.Repeat("0", 80) + "\n",
					// too short, and upper-case hex
					"RAPYD_SECRET_KEY=" + rsk + g.Hex(64) + "\n",
					"RAPYD_SECRET_KEY=" + rsk + g.String(fake.HexUpper, 80) + "\n",
					// another service's rsk_ key (a ULID)
					"MESH_API_KEY=" + rsk + "01" + g.String("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24) + "\n",
				},
			}
		},
		"rapyd-access-key": func(g *fake.Gen) Cases {
			rak := fake.Join("ra", "k_")
			return Cases{
				Positives: []string{
					"RAPYD_ACCESS_KEY=" + rak + g.String(fake.HexUpper, 20) + "\n",
					"headers: { 'access_key': '" + rak + g.String(fake.HexUpper, 20) + "', salt, timestamp }\n",
					"this.accessKey = \"" + rak + g.String(fake.HexUpper, 20) + "\";\n",
				},
				Negatives: []string{
					// placeholder, wrong length, lower-case hex
					"RAPYD_ACCESS_KEY=" + rak + "XXXXXXXXXXXXXXXXXXXX\n",
					"RAPYD_ACCESS_KEY=" + rak + g.String(fake.HexUpper, 16) + "\n",
					"RAPYD_ACCESS_KEY=" + rak + g.Hex(20) + "\n",
					// a word ending in rak_ (drak_tharon_keep)
					"#include \"drak_" + g.String(fake.HexUpper, 20) + ".h\"\n",
				},
			}
		},
	}
}
