// Cases for the hosting and deployment rules added in the s34 devhost
// change: Envoyer deployment hooks, Laravel Forge deployment trigger URLs and
// Sevalla API keys. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34devhostCases are the cases of the rules this change adds.
func s34devhostCases() map[string]Builder {
	return map[string]Builder{
		"envoyer-deploy-hook": func(g *fake.Gen) Cases {
			hook := fake.Join("https://envoyer", ".io/de", "ploy/")
			return Cases{
				Positives: []string{
					"#!/bin/sh\nset -eu\ncurl -s \"" + hook + g.MixedAlnum(40) + "\"\n",
					"    private $trigger_urls = [\n        'master' => '" + hook + g.MixedAlnum(40) + "',\n    ];\n",
					"      - name: Deploy\n        run: curl -X POST " + hook + g.MixedAlnum(40) + "\n",
					"ENVOYER_HOOK_URL=" + hook + g.MixedAlnum(40) + "\n",
				},
				Negatives: []string{
					// placeholders and variables
					"curl -s '" + hook + "this-is-a-dummy-url'\n",
					"curl \"" + hook + "${ENVOYER_ID}\"\n",
					"envoyer_url: " + hook + "PROJECT/HASH\n",
					// too short and too long
					"curl -s " + hook + g.MixedAlnum(32) + "\n",
					"curl -s " + hook + g.MixedAlnum(44) + "\n",
					// another host's deploy path
					"curl -s https://deployer.example.com/deploy/" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"laravel-forge-deploy-trigger-token": func(g *fake.Gen) Cases {
			host := fake.Join("https://forge", ".laravel", ".com")
			url := func() string {
				return host + "/servers/" + strconv.Itoa(100000+g.IntN(900000)) + "/sites/" + strconv.Itoa(100000+g.IntN(3000000)) + "/deploy/http?token="
			}
			return Cases{
				Positives: []string{
					"stage('Deploy') {\n    steps {\n        sh \"curl -X POST -g " + url() + g.MixedAlnum(40) + "\"\n    }\n}\n",
					"        Http::get('" + url() + g.MixedAlnum(40) + "');\n",
					"# Trigger deployment\ncurl -s '" + url() + g.MixedAlnum(40) + "';\n",
					"FORGE_DEPLOY_URL=\"" + url() + g.MixedAlnum(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders and variables
					"curl -X POST " + url() + "${TOKEN}\n",
					"Format: `" + host + "/servers/12345/sites/67890/deploy/http?token=HASH`\n",
					"'deployment_url' => '" + url() + "asdfwqfwasdvzsd',\n",
					// wrong length
					"curl -s '" + url() + g.MixedAlnum(32) + "'\n",
					// the Forge API, not a trigger URL
					"curl -H 'Accept: application/json' " + host + "/api/v1/servers/731686/sites?token=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"sevalla-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sv", "l_")
			key := func() string { return prefix + g.Hex(64) }
			return Cases{
				Positives: []string{
					"SEVALLA_API_KEY=" + key() + "\n",
					"curl -H \"Authorization: Bearer " + key() + "\" https://api.sevalla.com/v3/applications\n",
					"provider \"sevalla\" {\n  api_key = \"" + key() + "\"\n}\n",
					"    \"sevalla\": {\n      \"command\": \"npx\",\n      \"env\": { \"SEVALLA_API_KEY\": \"" + key() + "\" }\n    }\n",
				},
				Negatives: []string{
					// placeholders
					"SEVALLA_API_KEY=" + prefix + "your-api-key\n",
					"SEVALLA_API_KEY=" + prefix + strings.Repeat("0", 64) + "\n",
					// wrong length and wrong alphabet
					"SEVALLA_API_KEY=" + prefix + g.Hex(40) + "\n",
					"SEVALLA_API_KEY=" + prefix + g.MixedAlnum(64) + "\n",
					// the prefix inside a longer identifier
					"task_name = \"my" + prefix + g.Hex(64) + "\"\n",
				},
			}
		},
		"sevalla-legacy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"   - `SEVALLA_API_KEY`: `" + g.Hex(64) + "`\n",
					"headers = {\"Authorization\": \"Bearer \" + os.environ.get(\"SEVALLA_API_KEY\", \"" + g.Hex(64) + "\")}\n",
					"sevalla:\n  api_key: " + g.Hex(64) + "\n",
					"SEVALLA=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SEVALLA_API_KEY=your-api-key\n",
					"SEVALLA_API_KEY=" + strings.Repeat("x", 64) + "\n",
					// wrong length and alphabet
					"SEVALLA_API_KEY=" + g.Hex(40) + "\n",
					"SEVALLA_API_KEY=" + g.MixedAlnum(64) + "\n",
					// an identifier, not a credential
					"SEVALLA_APP_ID=" + g.UUID() + "\n",
				},
			}
		},
	}
}
