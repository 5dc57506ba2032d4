// Cases for the DevOps and identity rules added in the s29opsleft change:
// Agola, Dokploy, PingOne, Warrant and Zeabur. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29opsleftCases are the cases of the rules this change adds.
func s29opsleftCases() map[string]Builder {
	return map[string]Builder{
		"agola-user-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export AGOLA_TOKEN=" + g.Hex(40) + "\n",
					"agola --gateway-url https://agola.example.com --token " + g.Hex(40) + " project create -n app\n",
					"agola:\n  gateway_url: https://agola.example.com\n  token: \"" + g.Hex(40) + "\"\n",
					"docker run --rm sorintlab/agolademo --token " + g.Hex(40) + " --gateway-url http://172.30.0.2:8000 user token create -n ci -t default\n",
				},
				Negatives: []string{
					// placeholders
					"export AGOLA_TOKEN=<your-agola-token>\n",
					"export AGOLA_TOKEN=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"export AGOLA_TOKEN=" + g.Hex(32) + "\n",
					"export AGOLA_TOKEN=" + g.MixedAlnum(40) + "\n",
					// the name glued into another word
					"SPAGOLA_TOKEN=" + g.Hex(40) + "\n",
				},
			}
		},
		"dokploy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DOKPLOY_API_KEY=" + g.MixedLetters(64) + "\n",
					"provider \"dokploy\" {\n  host    = \"https://dokploy.example.com\"\n  api_key = \"" + g.MixedLetters(64) + "\"\n}\n",
					"dokploy:\n  url: https://dokploy.example.com\n  api_key: " + fake.Join("ci", "_") + g.MixedLetters(64) + "\n",
					"env:\n  DOKPLOY_TOKEN: \"" + g.MixedLetters(64) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"DOKPLOY_API_KEY=your-api-key-from-dokploy-settings\n",
					"DOKPLOY_API_KEY=" + strings.Repeat("x", 64) + "\n",
					// digits are not in a Dokploy key's alphabet, and a short value
					"DOKPLOY_API_KEY=" + g.MixedAlnum(64) + "\n",
					"DOKPLOY_API_KEY=" + g.MixedLetters(40) + "\n",
					// the name glued into another word
					"XDOKPLOYER_API_KEY=" + g.MixedLetters(64) + "\n",
				},
			}
		},
		"pingone-client-secret": func(g *fake.Gen) Cases {
			alphabet := fake.Alnum + "._~-"
			secret := func() string { return g.MixedAlnum(20) + g.String(alphabet, 24) + g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"PINGONE_ENVIRONMENT_ID=" + g.UUID() + "\nPINGONE_CLIENT_ID=" + g.UUID() + "\nPINGONE_CLIENT_SECRET=" + secret() + "\n",
					"provider \"pingone\" {\n  client_id      = \"" + g.UUID() + "\"\n  client_secret  = \"" + secret() + "\"\n  region_code    = \"EU\"\n}\n",
					"pingone:\n  environment_id: " + g.UUID() + "\n  client_secret: '" + secret() + "'\n",
					"export VITE_PINGONE_CLIENT_SECRET=\"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"PINGONE_CLIENT_SECRET=your-client-secret\n",
					"PINGONE_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					// the client id is a UUID, not a secret
					"PINGONE_CLIENT_ID=" + g.UUID() + "\n",
					// too short
					"PINGONE_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// the name glued into another word
					"SHOPPINGONE_CLIENT_SECRET=" + secret() + "\n",
				},
			}
		},
		"warrant-api-key": func(g *fake.Gen) Cases {
			test := fake.Join("api", "_test_")
			key := func() string { return test + strings.TrimSuffix(g.Base64Bytes(32), "=") + "=" }
			return Cases{
				Positives: []string{
					"WARRANT_API_KEY=" + key() + "\n",
					"warrant.ApiKey = \"" + key() + "\"\n",
					"import warrant\n\nwarrant.api_key = \"" + key() + "\"\n",
					"curl https://api.warrant.dev/v1/users -H \"Authorization: ApiKey " + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"WARRANT_API_KEY=your_warrant_api_key\n",
					"warrant.ApiKey = \"YOUR_API_KEY\"\n",
					// too short
					"WARRANT_API_KEY=" + test + g.MixedAlnum(20) + "=\n",
					// the word inside another one
					"UNWARRANTED_KEY=" + key() + "\n",
					// no credential word: a warrant is also a legal document
					"warrant: " + key() + "\n",
				},
			}
		},
		"zeabur-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k-")
			b32 := "abcdefghijklmnopqrstuvwxyz234567"
			key := func() string { return sk + g.String(b32, 29) }
			return Cases{
				Positives: []string{
					"ZEABUR_TOKEN=\"" + key() + "\"\n",
					"npx zeabur@latest auth login --token " + key() + " -i=false\n",
					"zeabur:\n  api_key: " + key() + "\n",
					"env:\n  ZEABUR_API_KEY: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"ZEABUR_TOKEN=" + sk + "xxxxx\n",
					"ZEABUR_TOKEN=" + sk + "your-token\n",
					// wrong length, and an OpenAI-style key's length
					"ZEABUR_TOKEN=" + sk + g.String(b32, 20) + "\n",
					"ZEABUR_API_KEY=" + sk + g.MixedAlnum(48) + "\n",
					// upper case is not in the alphabet
					"ZEABUR_TOKEN=" + sk + strings.ToUpper(g.String(b32, 29)) + "\n",
				},
			}
		},
	}
}
