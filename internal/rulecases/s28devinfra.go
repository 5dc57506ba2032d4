// Cases for the build, CI and developer-infrastructure rules added in the
// s28devinfra change: Applitools Eyes, Nx Cloud, Spacelift and Turborepo.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28devinfraCases are the cases of the rules this change adds.
func s28devinfraCases() map[string]Builder {
	return map[string]Builder{
		"applitools-api-key": func(g *fake.Gen) Cases {
			end := fake.Join("1", "10")
			// Letters and digits with an escape triple inside, always
			// ending in the same three digits.
			key := func() string {
				return g.MixedAlnum(20) + fake.Join("1", "0") + g.Pick("1", "2", "4", "5", "7") + g.MixedAlnum(23) + end
			}
			return Cases{
				Positives: []string{
					"export APPLITOOLS_API_KEY='" + key() + "'\n",
					"const eyes = new Eyes(runner);\neyes.setApiKey('" + key() + "');\n",
					"eyes = Eyes()\neyes.api_key = \"" + key() + "\"\n",
					"module.exports = {\n  applitoolsApiKey: '" + key() + "',\n  testConcurrency: 5,\n}\n",
					"env:\n  APPLITOOLS_API_KEY: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"export APPLITOOLS_API_KEY='YOUR_API_KEY'\n",
					"APPLITOOLS_API_KEY=" + strings.Repeat("x", 45) + end + "\n",
					// too short, and the same body without the closing digits
					"APPLITOOLS_API_KEY=" + g.MixedAlnum(20) + end + "\n",
					"APPLITOOLS_API_KEY=" + g.MixedAlnum(48) + "\n",
					// the name glued to a word that names no key
					"APPLITOOLS_BATCHNAME=" + key() + "\n",
				},
			}
		},
		"nx-cloud-access-token": func(g *fake.Gen) Cases {
			scope := "|read-" + "write"
			tok := func() string { return base64.StdEncoding.EncodeToString([]byte(g.UUID() + scope)) }
			return Cases{
				Positives: []string{
					"{\n  \"tasksRunnerOptions\": {\n    \"default\": {\n      \"runner\": \"nx-cloud\",\n      \"options\": {\n        \"accessToken\": \"" + tok() + "\"\n      }\n    }\n  }\n}\n",
					"{\n  \"nxCloudAccessToken\": \"" + tok() + "\",\n  \"defaultBase\": \"main\"\n}\n",
					"env:\n  NX_CLOUD_ACCESS_TOKEN: " + tok() + "\n",
					"this.nx.useNxCloud(\n  \"" + strings.TrimRight(tok(), "=") + "\",\n);\n",
				},
				Negatives: []string{
					// placeholders
					"NX_CLOUD_ACCESS_TOKEN=<your-nx-cloud-token>\n",
					"{\n  \"nxCloudAccessToken\": \"" + strings.Repeat("A", 48) + base64.StdEncoding.EncodeToString([]byte(scope)) + "\"\n}\n",
					// the scope alone, and a token id too short for a UUID
					"// " + base64.StdEncoding.EncodeToString([]byte(scope)) + " is the scope\n",
					"{\n  \"nxCloudAccessToken\": \"" + base64.StdEncoding.EncodeToString([]byte(g.Hex(12)+scope)) + "\"\n}\n",
				},
			}
		},
		"nx-cloud-read-token": func(g *fake.Gen) Cases {
			scope := "|" + "read"
			tok := func() string { return base64.StdEncoding.EncodeToString([]byte(g.UUID() + scope)) }
			return Cases{
				Positives: []string{
					"{\n  \"nxCloudAccessToken\": \"" + tok() + "\"\n}\n",
					"// public read-only workspace token.\nconst nxReadOnlyPublicToken =\n  '" + tok() + "'\n",
					"export NX_CLOUD_ACCESS_TOKEN=" + tok() + "\n",
				},
				Negatives: []string{
					"NX_CLOUD_ACCESS_TOKEN=your_read_only_token\n",
					"{\n  \"nxCloudAccessToken\": \"" + strings.Repeat("A", 48) + base64.StdEncoding.EncodeToString([]byte(scope)) + "\"\n}\n",
					// a token id too short for a UUID
					"{\n  \"nxCloudAccessToken\": \"" + base64.StdEncoding.EncodeToString([]byte(g.Hex(12)+scope)) + "\"\n}\n",
				},
			}
		},
		"spacelift-api-key-secret": func(g *fake.Gen) Cases {
			ulid := func() string { return "01" + g.String("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 24) }
			return Cases{
				Positives: []string{
					"SPACELIFT_API_KEY_ENDPOINT=https://acme.app.spacelift.io\nSPACELIFT_API_KEY_ID=" + ulid() + "\nSPACELIFT_API_KEY_SECRET=" + g.Hex(64) + "\n",
					"spacelift_api_key_endpoint = \"https://acme.app.spacelift.io\"\nspacelift_api_key_id       = \"" + ulid() + "\"\nspacelift_api_key_secret   = \"" + g.Hex(64) + "\"\n",
					"kubectl create secret generic spacelift-credentials --from-literal=SPACELIFT_API_KEY_SECRET=" + g.Hex(64) + "\n",
					"spacelift:\n  api_key_id: " + ulid() + "\n  api_key_secret: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SPACELIFT_API_KEY_SECRET=your-api-key-secret\n",
					"SPACELIFT_API_KEY_SECRET=" + strings.Repeat("0", 64) + "\n",
					// wrong length and alphabet
					"SPACELIFT_API_KEY_SECRET=" + g.Hex(40) + "\n",
					"SPACELIFT_API_KEY_SECRET=" + g.MixedAlnum(64) + "\n",
					// the key id is no secret
					"SPACELIFT_API_KEY_ID=" + ulid() + "\n",
				},
			}
		},
		"turborepo-remote-cache-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TURBO_TOKEN=" + g.MixedAlnum(24) + "\nTURBO_TEAM=acme\n",
					"env:\n  TURBO_TOKEN: " + g.MixedAlnum(24) + "\n  TURBO_TEAM: ${{ vars.TURBO_TEAM }}\n",
					"export TURBO_TOKEN=\"" + g.MixedAlnum(24) + "\"\n",
					"npx turbo run build --team=acme --token=" + g.MixedAlnum(24) + "\n",
				},
				Negatives: []string{
					// placeholders and a reference to the CI secret
					"TURBO_TOKEN=your_vercel_access_token\n",
					"TURBO_TOKEN: ${{ secrets.TURBO_TOKEN }}\n",
					// wrong length
					"TURBO_TOKEN=" + g.MixedAlnum(16) + "\n",
					// the name glued to a word that names another setting
					"TURBO_TOKENIZER=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
	}
}
