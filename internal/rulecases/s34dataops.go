// Cases for the data-integration and observability rules added in the
// s34dataops change: Airbyte, Chronosphere, Keboola, Spike.sh, Supermetrics
// and Windsor.ai. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34dataopsCases are the cases of the rules this change adds.
func s34dataopsCases() map[string]Builder {
	return map[string]Builder{
		"airbyte-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AIRBYTE_CLIENT_ID=" + g.UUID() + "\nAIRBYTE_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					"connector = GongConnector(\n    auth_config=AirbyteAuthConfig(\n        airbyte_client_id=\"" + g.UUID() + "\",\n        airbyte_client_secret=\"" + g.MixedAlnum(32) + "\",\n    )\n)\n",
					"airbyte:\n  client_id: " + g.UUID() + "\n  client_secret: " + g.MixedAlnum(32) + "\n",
					"const secret = process.env.AIRBYTE_CLIENT_SECRET || '" + g.MixedAlnum(32) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"AIRBYTE_CLIENT_SECRET=<your-client-secret>\n",
					"AIRBYTE_CLIENT_SECRET=" + strings.Repeat("x", 32) + "\n",
					// wrong length, and one letter case without digits
					"AIRBYTE_CLIENT_SECRET=" + g.MixedAlnum(28) + "\n",
					"AIRBYTE_CLIENT_SECRET=" + g.String(fake.Lower, 32) + "\n",
					// the client id is not the secret
					"AIRBYTE_CLIENT_ID=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"chronosphere-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export CHRONOSPHERE_API_TOKEN=\"" + g.Hex(64) + "\"\nexport CHRONOSPHERE_ORG_NAME=acme\n",
					"curl -s -H \"API-Token: " + g.Hex(64) + "\" https://acme.chronosphere.io/api/v1/config/monitors\n",
					"provider \"chronosphere\" {\n  org       = \"acme\"\n  api_token = \"" + g.Hex(64) + "\"\n}\n",
					"resp = requests.get(\"https://acme.chronosphere.io/api/v1/config/teams\", headers={\"API-Token\": \"" + g.Hex(64) + "\"})\n",
				},
				Negatives: []string{
					// placeholders
					"CHRONOSPHERE_API_TOKEN=\"<your api token here>\"\n",
					"CHRONOSPHERE_API_TOKEN=" + strings.Repeat("0", 64) + "\n",
					// wrong length and an image digest
					"CHRONOSPHERE_API_TOKEN=" + g.Hex(40) + "\n",
					"image: chronosphere/chronocollector@sha256:" + g.Hex(64) + "\n",
					// the provider's name glued to another word
					"CHRONOSPHERE_ORG_NAME=" + g.Hex(64) + "\n",
				},
			}
		},
		"keboola-storage-api-token": func(g *fake.Gen) Cases {
			token := func() string {
				return fmt.Sprintf("%d-%d-", 100+g.IntN(9000), 10000+g.IntN(900000)) + g.Pick(g.MixedAlnum(40), g.Hex(40))
			}
			return Cases{
				Positives: []string{
					"KBC_STORAGE_API_URL=https://connection.keboola.com\nKBC_STORAGE_TOKEN=" + token() + "\n",
					"curl -s -H \"X-StorageApi-Token: " + token() + "\" https://connection.keboola.com/v2/storage/tokens/verify\n",
					"from kbcstorage.client import Client\nclient = Client(\"https://connection.eu-central-1.keboola.com\", \"" + token() + "\")\n",
					"{\"parameters\": {\"#storage_token\": \"" + token() + "\", \"bucket\": \"in.c-main\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"KBC_STORAGE_TOKEN=your-storage-api-token\n",
					"X-StorageApi-Token: 1234-567890-" + strings.Repeat("x", 40) + "\n",
					// too short a secret, and the secret without its ids
					"KBC_STORAGE_TOKEN=" + fmt.Sprintf("%d-%d-", 100+g.IntN(900), 1000+g.IntN(9000)) + g.MixedAlnum(32) + "\n",
					"KBC_STORAGE_TOKEN=" + g.MixedAlnum(40) + "\n",
					// no Keboola context
					"BUILD_REF=" + fmt.Sprintf("%d-%d-", 100+g.IntN(900), 1000+g.IntN(9000)) + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"spike-sh-webhook-url": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "spike.sh", "/v1/alerts/")
			return Cases{
				Positives: []string{
					"SPIKE_WEBHOOK_URL=" + host + g.MixedAlnum(32) + "\n",
					"receivers:\n  - name: spike\n    webhook_configs:\n      - url: '" + host + g.LowerAlnum(32) + "'\n",
					"curl -X POST " + host + g.MixedAlnum(32) + " -H 'Content-Type: application/json' -d '{\"message\": \"disk full\"}'\n",
				},
				Negatives: []string{
					// placeholders
					"SPIKE_WEBHOOK_URL=" + host + "{integration_key}\n",
					"SPIKE_WEBHOOK_URL=" + host + strings.Repeat("f", 32) + "\n",
					// too short
					"SPIKE_WEBHOOK_URL=" + host + g.MixedAlnum(24) + "\n",
					// another host that ends like it
					"url: https://xapi.spike.sh/v1/alerts/" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"supermetrics-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ap", "i_")
			key := func() string { return prefix + g.MixedAlnum(60) + g.Pick("_", "-") + g.MixedAlnum(39) }
			return Cases{
				Positives: []string{
					"SUPERMETRICS_API_KEY=" + key() + "\n",
					"const url = \"https://api.supermetrics.com/enterprise/v2/query/data/json?api_key=" + key() + "&ds_id=GA\";\n",
					"curl -H \"Authorization: Bearer " + key() + "\" \"https://api.supermetrics.com/enterprise/v2/query/data/json?json=%7B%7D\"\n",
					"$params = ['api_key' => !empty($cfg['supermetrics_api_key']) ? $cfg['supermetrics_api_key'] : '" + key() + "'];\n",
				},
				Negatives: []string{
					// placeholders
					"SUPERMETRICS_API_KEY='your_actual_api_key_here'\n",
					"SUPERMETRICS_API_KEY=" + prefix + strings.Repeat("x", 100) + "\n",
					// wrong length, and the body without its prefix
					"SUPERMETRICS_API_KEY=" + prefix + g.MixedAlnum(80) + "\n",
					"SUPERMETRICS_API_KEY=" + g.MixedAlnum(100) + "\n",
					// the provider's name glued to another word
					"SUPERMETRICS_USER=" + key() + "\n",
				},
			}
		},
		"windsor-ai-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WINDSOR_API_KEY=" + g.Hex(36) + "\n",
					"const url = `https://connectors.windsor.ai/all?api_key=" + g.Hex(36) + "&date_preset=last_30d&fields=date,spend`;\n",
					"class Settings(BaseSettings):\n    windsor_api_key: str = \"" + g.Hex(36) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"WINDSOR_API_KEY=your_windsor_api_key\n",
					"WINDSOR_API_KEY=" + strings.Repeat("a", 36) + "\n",
					// wrong length and letter case
					"WINDSOR_API_KEY=" + g.Hex(32) + "\n",
					"WINDSOR_API_KEY=" + strings.ToUpper(g.Hex(36)) + "\n",
					// Castle Windsor, the .NET container, is not the provider
					"windsor_container_id = \"" + g.Hex(36) + "\"\n",
				},
			}
		},
	}
}
