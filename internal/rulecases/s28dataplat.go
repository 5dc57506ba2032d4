// Cases for the database, data-pipeline and analytics platform rules added in
// the s28dataplat change: Gel (EdgeDB) Cloud, Hex, Momento, QuestDB and Rill.
// Every key shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28dataplatCases are the cases of the rules this change adds.
func s28dataplatCases() map[string]Builder {
	return map[string]Builder{
		"gel-cloud-secret-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("nb", "wt1_")
			enc := base64.RawURLEncoding
			header := enc.EncodeToString([]byte(`{"alg":"ES256","typ":"JWT"}`))
			key := func(instance string) string {
				claims := `{"edb.d.all":true,"edb.i":["` + instance + `"],"edb.r.all":true,"iat":17` + g.String(fake.Digits, 8) +
					`,"iss":"aws.edgedb.cloud","jti":"` + g.String(fake.Base64URL, 22) + `","sub":"` + g.String(fake.Base64URL, 22) + `"}`
				return prefix + header + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(fake.Base64URL, 86)
			}
			return Cases{
				Positives: []string{
					"GEL_INSTANCE=acme/production\nGEL_SECRET_KEY=" + key("acme/production") + "\n",
					"const client = createClient({\n  instanceName: 'acme/app-db',\n  secretKey: '" + key("acme/app-db") + "',\n});\n",
					"client = edgedb.create_client(\"team/notes\", secret_key=\"" + key("team/notes") + "\")\n",
					"env:\n  EDGEDB_INSTANCE: team/shop\n  EDGEDB_SECRET_KEY: " + key("team/shop") + "\n",
				},
				Negatives: []string{
					// placeholders
					"GEL_SECRET_KEY=" + prefix + "...\n",
					"EDGEDB_SECRET_KEY=" + prefix + "<your-secret-key>\n",
					// a JWT without the prefix is not a Gel key
					"GEL_SECRET_KEY=" + strings.TrimPrefix(key("a/b"), prefix) + "\n",
					// the prefix glued to a longer word
					"GEL_SECRET_KEY=x" + key("a/b") + "\n",
				},
			}
		},
		"hex-api-token": func(g *fake.Gen) Cases {
			personal := fake.Join("hx", "tp_")
			workspace := fake.Join("hx", "tw_")
			return Cases{
				Positives: []string{
					"HEX_API_TOKEN=" + workspace + g.Hex(96) + "\nHEX_PROJECT_ID=" + g.UUID() + "\n",
					"curl -X POST https://app.hex.tech/api/v1/project/" + g.UUID() + "/run \\\n  -H \"Authorization: Bearer " + personal + g.Hex(96) + "\"\n",
					"hex:\n  api_token: \"" + personal + g.Hex(96) + "\"\n  workspace_url: https://app.hex.tech\n",
					"hex_conn = HexApiTokenCredential(api_token=\"" + workspace + g.Hex(96) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"HEX_API_TOKEN=" + personal + "...\n",
					"HEX_API_TOKEN=" + workspace + strings.Repeat("x", 96) + "\n",
					// wrong length and wrong alphabet
					"HEX_API_TOKEN=" + personal + g.Hex(64) + "\n",
					"HEX_API_TOKEN=" + personal + g.MixedAlnum(96) + "\n",
					// another prefix of the same shape
					"HEX_API_TOKEN=" + fake.Join("hx", "tx_") + g.Hex(96) + "\n",
				},
			}
		},
		"momento-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				jwt := g.JWTWithClaims(`{"alg":"HS256"}`, `{"sub":"dev@example.com","ver":1,"p":"`+g.String(fake.Base64URL, 60)+`"}`)
				cell := g.Pick("cell-us-east-1-1", "cell-4-us-west-2-1", "cell-ap-northeast-1-1")
				doc := `{"endpoint":"` + cell + `.prod.a.momentohq.com","api_key":"` + jwt + `"}`
				return base64.StdEncoding.EncodeToString([]byte(doc))
			}
			return Cases{
				Positives: []string{
					"MOMENTO_API_KEY=" + key() + "\nMOMENTO_CACHE_NAME=sessions\n",
					"const topicClient = new TopicClient({\n  credentialProvider: CredentialProvider.fromString({ apiKey: '" + key() + "' }),\n});\n",
					"momento:\n  api_key: \"" + key() + "\"\n  cache: default-cache\n",
				},
				Negatives: []string{
					// placeholders
					"MOMENTO_API_KEY=<your-momento-api-key>\n",
					"MOMENTO_API_KEY=" + fake.Join("eyJlbmRwb2", "ludCI6ImNlbGwt") + "...\n",
					// base64 JSON of another document that starts with an endpoint
					"token: " + base64.StdEncoding.EncodeToString([]byte(fake.Join(`{"endpoint":"https://rag.example.com/v1/`, g.Alnum(12), `","container":"imac","routingKeys":[]}`))) + "\n",
					// cut short
					"MOMENTO_API_KEY=" + key()[:120] + "\n",
				},
			}
		},
		"questdb-rest-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("q", "t1")
			return Cases{
				Positives: []string{
					"curl -G --data-urlencode \"query=SELECT 1;\" \\\n    -H \"Authorization: Bearer " + prefix + g.MixedAlnum(43) + "\" \\\n    http://localhost:9000/exec\n",
					"QUESTDB_TOKEN=" + prefix + g.MixedAlnum(43) + "\n",
					"client = InfluxDBClient(url=\"http://localhost:9000\", token=\"" + prefix + g.MixedAlnum(43) + "\")\n",
					"conf = \"https::addr=db.example.com:9000;token=" + prefix + g.MixedAlnum(43) + ";\"\n",
				},
				Negatives: []string{
					// wrong length
					"QUESTDB_TOKEN=" + prefix + g.MixedAlnum(30) + "\n",
					"QUESTDB_TOKEN=" + prefix + g.MixedAlnum(60) + "\n",
					// placeholders
					"QUESTDB_TOKEN=" + prefix + strings.Repeat("x", 43) + "\n",
					// lower case only: no token of the generator's alphabet
					"QUESTDB_TOKEN=" + prefix + g.String(fake.Lower, 43) + "\n",
					// glued to a word before it
					"const cfg = \"a" + prefix + g.MixedAlnum(43) + "\";\n",
				},
			}
		},
		"rill-access-token": func(g *fake.Gen) Cases {
			tok := func(kind string) string { return fake.Join("ri", "ll_", kind, "_") + g.MixedAlnum(54) }
			return Cases{
				Positives: []string{
					"RILL_USER_TOKEN=" + tok("usr") + "\n",
					"curl \"https://api.rilldata.com/v1/organizations/acme/projects/web/runtime/api/top-pages\" \\\n  -H \"Authorization: Bearer " + tok("svc") + "\"\n",
					"client = RillClient(api_token=\"" + tok("usr") + "\", org=\"acme\", project=\"web\")\n",
					"mcp:\n  rill:\n    headers:\n      Authorization: Bearer " + tok("svc") + "\n",
				},
				Negatives: []string{
					// placeholders and the display prefix rill token list shows
					"RILL_USER_TOKEN=" + fake.Join("ri", "ll_usr_") + "...\n",
					"ID: " + fake.Join("ri", "ll_usr_") + g.MixedAlnum(10) + "...\n",
					"RILL_USER_TOKEN=" + fake.Join("ri", "ll_usr_") + "your-token-here\n",
					// an unknown token type
					"RILL_USER_TOKEN=" + fake.Join("ri", "ll_abc_") + g.MixedAlnum(54) + "\n",
					// too long
					"RILL_USER_TOKEN=" + fake.Join("ri", "ll_usr_") + g.MixedAlnum(60) + "\n",
				},
			}
		},
	}
}
