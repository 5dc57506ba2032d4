// Cases for the data-platform rules added in the s26data change: the
// U.S. Census Bureau's Data API key, Dagster+ tokens, the Fivetran API
// secret, Lightdash tokens, Redash API keys and Windmill API tokens. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26dataCases are the cases of the rules this change adds.
func s26dataCases() map[string]Builder {
	return map[string]Builder{
		"census-bureau-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CENSUS_API_KEY=" + g.Hex(40) + "\n",
					"library(tidycensus)\ncensus_api_key(\"" + g.Hex(40) + "\", install = TRUE)\n",
					"from census import Census\nc = Census(\"" + g.Hex(40) + "\")\n",
					"resp = requests.get(\"https://api.census.gov/data/2019/acs/acs5?get=NAME,B01001_001E&for=state:*&key=" + g.Hex(40) + "\")\n",
					"census:\n  api_key: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// placeholders
					"census_api_key(\"YOUR_KEY_HERE\", install = TRUE)\n",
					"CENSUS_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// wrong length and wrong alphabet
					"CENSUS_API_KEY=" + g.Hex(39) + "\n",
					"CENSUS_API_KEY=" + g.MixedAlnum(40) + "\n",
					// "census" is a common word: alone it labels nothing
					"census = " + g.Hex(40) + "\n",
					// a census dataset's hash is not a key
					"census_tract_geoid_digest: " + g.Hex(40) + "\n",
				},
			}
		},
		"dagster-cloud-token": func(g *fake.Gen) Cases {
			user := fake.Join("us", "er:")
			agent := fake.Join("ag", "ent:")
			return Cases{
				Positives: []string{
					"DAGSTER_CLOUD_API_TOKEN=" + user + "hooli:" + g.Hex(32) + "\n",
					"instance_class:\n  module: dagster_cloud.instance\n  class: DagsterCloudAgentInstance\ndagster_cloud_api:\n  agent_token: " + agent + "acme-data:" + g.Hex(32) + "\n  deployment: prod\n",
					"dagster-cloud deployment sync-locations --api-token " + user + "hooli:" + g.Hex(32) + " -w dagster_cloud.yaml\n",
					"env:\n  DAGSTER_CLOUD_AGENT_TOKEN: \"" + agent + "northwind:" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"dagster_cloud_api:\n  agent_token: <YOUR_AGENT_TOKEN>\n",
					"DAGSTER_CLOUD_API_TOKEN=" + user + "hooli:" + strings.Repeat("x", 32) + "\n",
					// wrong length, and a token type Dagster does not issue
					"DAGSTER_CLOUD_API_TOKEN=" + user + "hooli:" + g.Hex(24) + "\n",
					"DAGSTER_CLOUD_API_TOKEN=" + fake.Join("bo", "t:") + "hooli:" + g.Hex(32) + "\n",
					// a cache key with the same shape and no Dagster near it
					"cache.set(\"" + user + "42:" + g.Hex(32) + "\", profile)\n",
				},
			}
		},
		"fivetran-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FIVETRAN_API_KEY=" + g.Alnum(16) + "\nFIVETRAN_API_SECRET=" + g.Hex(32) + "\n",
					"provider \"fivetran\" {\n  api_key    = \"" + g.Alnum(16) + "\"\n  api_secret = \"" + g.MixedAlnum(32) + "\"\n}\n",
					"fivetran:\n  api_secret: " + g.MixedAlnum(32) + "\n",
					"client = FivetranClient(api_key=os.environ[\"FIVETRAN_API_KEY\"], api_secret=\"" + g.MixedAlnum(32) + "\")  # fivetran\n",
				},
				Negatives: []string{
					// placeholders
					"FIVETRAN_API_SECRET=your-api-secret\n",
					"FIVETRAN_API_SECRET=" + strings.Repeat("x", 32) + "\n",
					// the 16-character key is not the secret, and a secret cut short
					"FIVETRAN_API_KEY=" + g.Alnum(16) + "\n",
					"FIVETRAN_API_SECRET=" + g.MixedAlnum(28) + "\n",
					// the name glued to another word
					"FIVETRAN_CONNECTOR_NAME=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"lightdash-api-token": func(g *fake.Gen) Cases {
			pat := fake.Join("ld", "pat_")
			svc := fake.Join("ld", "svc_")
			return Cases{
				Positives: []string{
					"LIGHTDASH_API_KEY=" + pat + g.Hex(32) + "\nLIGHTDASH_URL=https://app.lightdash.cloud\n",
					"headers = {\"Authorization\": \"ApiKey " + pat + g.Hex(32) + "\"}\n",
					"curl -H \"Authorization: Bearer " + svc + g.Hex(32) + "\" https://app.lightdash.cloud/api/v1/org\n",
					"lightdash:\n  token: '" + svc + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"LIGHTDASH_API_KEY=" + pat + "...\n",
					"LIGHTDASH_API_KEY=" + pat + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"LIGHTDASH_API_KEY=" + pat + g.Hex(24) + "\n",
					"LIGHTDASH_API_KEY=" + pat + g.MixedAlnum(32) + "\n",
					// the prefix inside a longer word
					"const x = \"my" + pat + g.Hex(32) + "\"\n",
				},
			}
		},
		"redash-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"REDASH_URL=https://redash.example.com\nREDASH_API_KEY=" + g.MixedAlnum(40) + "\n",
					"redash = Redash(\"https://redash.example.com\", \"" + g.MixedAlnum(40) + "\")\n",
					"df = pd.read_csv(\"https://redash.example.com/api/queries/42/results.csv?api_key=" + g.MixedAlnum(40) + "\")\n",
					"redash:\n  api_key: \"" + g.MixedAlnum(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"REDASH_API_KEY=your_redash_api_key\n",
					"REDASH_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// wrong length and wrong alphabet
					"REDASH_API_KEY=" + g.MixedAlnum(32) + "\n",
					"REDASH_API_KEY=" + g.MixedAlnum(20) + "_" + g.MixedAlnum(19) + "\n",
					// the name glued to another word
					"REDASH_QUERY_NAME=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"windmill-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WM_TOKEN=" + g.MixedAlnum(32) + "\nBASE_INTERNAL_URL=http://windmill_server:8000\n",
					"wmill workspace add prod prod https://app.windmill.dev/ --token " + g.MixedAlnum(32) + "\n",
					"windmill:\n  base_url: https://app.windmill.dev\n  token: \"" + g.MixedAlnum(32) + "\"\n",
					"const client = { baseUrl: \"https://app.windmill.dev\", token: \"" + g.MixedAlnum(32) + "\" };\n",
				},
				Negatives: []string{
					// placeholders
					"WM_TOKEN=<your windmill token>\n",
					"WM_TOKEN=" + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"WM_TOKEN=" + g.MixedAlnum(24) + "\n",
					"WM_TOKEN=" + g.Hex(32) + "\n",
					// "windmill" is a common word: alone it labels nothing
					"windmill: " + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}
