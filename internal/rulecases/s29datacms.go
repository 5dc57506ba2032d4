// Cases for the database and CMS rules added in the s29datacms change:
// Cosmic bucket keys, CouchDB [admins] passwords, Dgraph Cloud API keys,
// Sitecore API keys, TiDB Cloud API private keys, TigerGraph secrets,
// TinaCloud tokens and Uniform API keys. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29datacmsCases are the cases of the rules this change adds.
func s29datacmsCases() map[string]Builder {
	return map[string]Builder{
		"cosmic-bucket-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(50) }
			return Cases{
				Positives: []string{
					"COSMIC_BUCKET_SLUG=my-site-production\nCOSMIC_READ_KEY=" + key() + "\nCOSMIC_WRITE_KEY=" + key() + "\n",
					"import { createBucketClient } from '@cosmicjs/sdk'\n\nconst cosmic = createBucketClient({\n  bucketSlug: 'my-site-production',\n  readKey: '" + key() + "',\n  writeKey: '" + key() + "',\n})\n",
					"cosmic:\n  bucket_slug: blog-staging\n  write_key: \"" + key() + "\"\n",
					"export NEXT_PUBLIC_COSMIC_READ_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"COSMIC_READ_KEY=your-read-key\nCOSMIC_WRITE_KEY=your-bucket-write-key\n",
					"COSMIC_WRITE_KEY=" + strings.Repeat("x", 50) + "\n",
					// wrong length
					"COSMIC_WRITE_KEY=" + g.MixedAlnum(40) + "\n",
					// the word inside another, and no credential word
					"microcosmic_read_key = \"" + g.MixedAlnum(50) + "\"\n",
					"cosmic_ray_flux = \"" + g.MixedAlnum(50) + "\"\n",
				},
			}
		},
		"couchdb-admin-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"[couchdb]\nsingle_node=true\n\n[admins]\nadmin = " + g.MixedAlnum(18) + "\n",
					"; local.d/10-admins.ini\n[admins]\n;admin = mysecretpassword\nsvc_replicator = " + g.MixedAlnum(12) + "!" + g.MixedAlnum(6) + "\n",
					"[chttpd]\nbind_address = 0.0.0.0\n\n[admins]\r\nadmin = " + g.MixedAlnum(24) + "\r\n",
				},
				Negatives: []string{
					// already hashed by the server
					"[admins]\nadmin = " + fake.Join("-pbk", "df2-") + g.Hex(40) + "," + g.Hex(32) + ",10000\n",
					"[admins]\nadmin = " + fake.Join("-has", "hed-") + g.Hex(40) + "," + g.Hex(32) + "\n",
					// commented out, and a placeholder
					"[admins]\n;admin = " + g.MixedAlnum(16) + "\n",
					"[admins]\nadmin = password\n",
					// another section
					"[users]\nadmin = " + g.MixedAlnum(18) + "\n",
				},
			}
		},
		"dgraph-cloud-api-key": func(g *fake.Gen) Cases {
			key := func() string { return base64.StdEncoding.EncodeToString([]byte(g.Hex(32))) }
			return Cases{
				Positives: []string{
					"DGRAPH_CLOUD_URL=https://blue-surf-123456.us-east-1.aws.cloud.dgraph.io/graphql\nDGRAPH_CLOUD_API_KEY=" + key() + "\n",
					"stub = DgraphClient.clientStubFromCloudEndpoint(\"https://blue-surf-123456.us-east-1.aws.cloud.dgraph.io/graphql\", \"" + key() + "\");\n",
					"curl https://blue-surf-123456.us-east-1.aws.cloud.dgraph.io/graphql \\\n  -H \"Content-Type: application/graphql\" \\\n  -H \"X-Auth-Token: " + key() + "\" \\\n  -d '{ queryPerson { name } }'\n",
					"const client = new DgraphClient({\n  endpoint: process.env.DGRAPH_URL,\n  dgraphAuthToken: '" + key() + "',\n})\n",
				},
				Negatives: []string{
					// placeholders
					"DGRAPH_CLOUD_API_KEY=testApiKey\n",
					"DGRAPH_CLOUD_API_KEY=<your-api-key>\n",
					// another product whose name ends in dgraph
					"MINDGRAPH_API_KEY=" + key() + "\n",
					// not base64 of the right length
					"DGRAPH_CLOUD_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"sitecore-api-key": func(g *fake.Gen) Cases {
			guid := func() string { return strings.ToUpper(g.UUID()) }
			return Cases{
				Positives: []string{
					"SITECORE_API_HOST=https://cm.example.com\nSITECORE_API_KEY={" + guid() + "}\nJSS_APP_NAME=corporate\n",
					"module.exports = {\n  sitecoreApiHost: 'https://cm.example.com',\n  sitecoreApiKey: '" + g.UUID() + "',\n};\n",
					"const url = `${host}/sitecore/api/layout/render/jss?item=/&sc_lang=en&sc_apikey={" + guid() + "}`;\n",
					"const url = host + \"/sitecore/api/ssc/aggregate/content/Items?sc_apikey=%7B" + guid() + "%7D&$top=10\";\n",
				},
				Negatives: []string{
					// placeholders
					"SITECORE_API_KEY={API Key from deploy app}\n",
					"SITECORE_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// an item ID without a credential word
					"sitecore_template_id = \"{" + guid() + "}\"\n",
					// not a GUID
					"SITECORE_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"tidbcloud-api-private-key": func(g *fake.Gen) Cases {
			pub := func() string { return g.String(fake.Upper+"0123456789", 8) }
			return Cases{
				Positives: []string{
					"export TIDBCLOUD_PUBLIC_KEY=" + pub() + "\nexport TIDBCLOUD_PRIVATE_KEY=" + g.UUID() + "\n",
					"provider \"tidbcloud\" {\n  public_key  = \"" + pub() + "\"\n  private_key = \"" + g.UUID() + "\"\n}\n",
					"ticloud config create --profile-name prod --public-key " + pub() + " --private-key " + g.UUID() + "\n",
					"{\n  \"TIDB_CLOUD_PUBLIC_KEY\": \"" + pub() + "\",\n  \"TIDB_CLOUD_PRIVATE_KEY\": \"" + g.UUID() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"export TIDBCLOUD_PRIVATE_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"TIDBCLOUD_PRIVATE_KEY=<your private key>\n",
					// the public key and the project id are not the secret
					"TIDBCLOUD_PUBLIC_KEY=" + pub() + "\nTIDBCLOUD_PROJECT_ID=" + g.UUID() + "\n",
					// a tidbit is not TiDB
					"tidbits_private_key = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"tigergraph-secret": func(g *fake.Gen) Cases {
			const b32hex = "0123456789abcdefghijklmnopqrstuv"
			secret := func() string { return g.String(b32hex, 32) }
			return Cases{
				Positives: []string{
					"conn = tg.TigerGraphConnection(\n    host=\"https://my-workspace.i.tgcloud.io\",\n    graphname=\"Fraud\",\n    gsqlSecret=\"" + secret() + "\",\n)\n",
					"TG_HOST=https://my-workspace.i.tgcloud.io\nTG_GRAPH=Fraud\nTG_SECRET=" + secret() + "\n",
					"conn = tg.TigerGraphConnection(host=host, graphname=\"Social\", username=user, password=pw)\nconn.getToken(\"" + secret() + "\")\n",
					"graph_db:\n  host: https://my-workspace.i.tgcloud.io\n  tigergraph_secret: " + secret() + "\n",
					"conn = tg.TigerGraphConnection(host=\"https://my-workspace.i.tgcloud.io\", graphname=\"Social\", apiToken=\"" + secret() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"conn.getToken(\"YOUR_SECRET_HERE\")\n",
					"TG_SECRET=" + strings.Repeat("x", 32) + "\n",
					// letters past v, and the wrong length
					"TG_SECRET=" + g.String("wxyz", 8) + g.String(b32hex, 24) + "\n",
					"TG_SECRET=" + g.String(b32hex, 24) + "\n",
					// upper case is not a TigerGraph secret
					"gsqlSecret=\"" + g.String("ABCDEFGHIJKLMNOPQRSTUV0123456789", 32) + "\"\n",
				},
			}
		},
		"tinacms-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_TINA_CLIENT_ID=" + g.UUID() + "\nTINA_TOKEN=" + g.Hex(40) + "\nGITHUB_BRANCH=main\n",
					"export default defineConfig({\n  branch,\n  clientId: process.env.NEXT_PUBLIC_TINA_CLIENT_ID,\n  tinaToken: '" + g.Hex(40) + "',\n})\n",
					"const res = await fetch('https://content.tinajs.io/1.5/content/' + clientId + '/github/main', {\n  method: 'POST',\n  headers: {\n    'X-API-KEY': '" + g.Hex(40) + "',\n    'Content-Type': 'application/json',\n  },\n})\n",
					"docker build --build-arg TINA_TOKEN=" + g.Hex(40) + " -t blog .\n",
				},
				Negatives: []string{
					// placeholders
					"TINA_TOKEN=your_token_here\n",
					"TINA_TOKEN=" + strings.Repeat("x", 40) + "\n",
					// wrong alphabet and length
					"TINA_TOKEN=" + g.MixedAlnum(40) + "\n",
					"TINA_TOKEN=" + g.Hex(32) + "\n",
					// the name inside a word
					"destination_token = \"" + g.Hex(40) + "\"\n",
				},
			}
		},
		"uniform-api-key": func(g *fake.Gen) Cases {
			const bech32 = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
			prefix := fake.Join("u", "f1")
			key := func() string { return prefix + g.String(bech32, 94) }
			return Cases{
				Positives: []string{
					"UNIFORM_API_KEY=" + key() + "\nUNIFORM_PROJECT_ID=" + g.UUID() + "\nUNIFORM_PREVIEW_SECRET=hello-world\n",
					"export const canvasClient = new CanvasClient({\n  apiKey: '" + key() + "',\n  projectId: process.env.UNIFORM_PROJECT_ID,\n});\n",
					"env:\n  UNIFORM_CLI_API_KEY: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"UNIFORM_API_KEY=" + prefix + "7...\n",
					"UNIFORM_API_KEY=uf_your_api_key_here\n",
					// too short
					"UNIFORM_API_KEY=" + prefix + g.String(bech32, 40) + "\n",
					// characters bech32 does not use
					"UNIFORM_API_KEY=" + prefix + g.String(bech32, 50) + "bio" + g.String(bech32, 41) + "\n",
					// glued to a word
					"token=x" + prefix + g.String(bech32, 94) + "\n",
				},
			}
		},
	}
}
