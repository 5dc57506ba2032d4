// Cases for the data, analytics and business-tool rules added in the s30databiz
// change: Cube, Dataiku, Domino Data Lab, Egnyte, Kibana, mParticle,
// Freshsales, NFT.Storage, ThoughtSpot, Wasabi and YugabyteDB Aeon. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// nftStorageToken builds an HS256 JWT shaped as NFT.Storage issues them:
// a did:ethr subject, the nft-storage issuer, a millisecond iat and a name.
func nftStorageToken(g *fake.Gen, issuer string) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	claims := `{"sub":"did:ethr:0x` + g.String("0123456789abcdefABCDEF", 40) + `","iss":"` + issuer +
		`","iat":16` + g.String("0123456789", 11) + `,"name":"` + g.Pick("storage", "my-nft-app", "marketplace") + `"}`
	return header + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString(g.Bytes(32))
}

// s30databizCases are the cases of the rules this change adds.
func s30databizCases() map[string]Builder {
	const upperDigits = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	const lowerDigits = "abcdefghijklmnopqrstuvwxyz0123456789"
	return map[string]Builder{
		"cube-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CUBEJS_DB_TYPE=postgres\nCUBEJS_API_SECRET=" + g.Hex(128) + "\n",
					"services:\n  cube_api:\n    image: cubejs/cube:latest\n    environment:\n      - CUBEJS_API_SECRET=" + g.MixedAlnum(40) + "\n",
					"const server = new CubejsServer({\n  dbType: 'postgres',\n  apiSecret: '" + g.Hex(64) + "',\n});\n",
					"export CUBE_API_SECRET=\"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// placeholders and references
					"CUBEJS_API_SECRET=SECRET\n",
					"CUBEJS_API_SECRET=your-secret-key-change-in-production\n",
					"const CUBEJS_API_SECRET=process.env.CUBEJS_API_SECRET_FROM_VAULT_STORE;\n",
					// too short
					"CUBEJS_API_SECRET=" + g.Hex(20) + "\n",
					// another Cube setting
					"CUBEJS_DB_PASS_HASH=" + g.Hex(64) + "\n",
				},
			}
		},
		"dataiku-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("dku", "aps-")
			return Cases{
				Positives: []string{
					"DSS_URL=https://dss.example.com\nDSS_API_KEY=" + prefix + g.MixedAlnum(32) + "\n",
					"client = dataikuapi.DSSClient(\"https://dss.example.com\", \"" + prefix + g.MixedAlnum(32) + "\")\n",
					"curl -H \"Authorization: Bearer " + prefix + g.MixedAlnum(32) + "\" https://dss.example.com/public/api/projects/\n",
				},
				Negatives: []string{
					// placeholders and a truncated key
					"DKU_API_KEY=" + prefix + "...\n",
					"DSS_API_KEY=" + prefix + "your-api-key-here\n",
					"DSS_API_KEY=" + prefix + g.MixedAlnum(20) + "\n",
					// the prefix glued to a longer word
					"DSS_API_KEY=x" + prefix + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"dataiku-legacy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DATAIKU_API_KEY=" + g.MixedAlnum(32) + "\n",
					"host = \"https://dss.example.com/\"\nclient = dataikuapi.DSSClient(host, \"" + g.String(upperDigits, 32) + "\")\n",
					"dataiku.set_remote_dss(\"http://localhost:11200\", \"" + g.MixedAlnum(32) + "\")\n",
					"dataiku:\n  api_key: " + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"DATAIKU_API_KEY=your_dataiku_api_key_goes_here_00\n",
					"DATAIKU_API_KEY=" + strings.Repeat("X", 32) + "\n",
					// wrong length
					"DATAIKU_API_KEY=" + g.MixedAlnum(24) + "\n",
					// a project key is not an API key
					"DATAIKU_PROJECT=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"domino-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export DOMINO_API_HOST=\"https://domino.example.com\"\nexport DOMINO_USER_API_KEY=\"" + g.Hex(64) + "\"\n",
					"curl -H 'X-Domino-Api-Key: " + g.Hex(64) + "' https://domino.example.com/v4/projects\n",
					"headers = {\"X-Domino-Api-Key\": \"" + g.Hex(64) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"export DOMINO_USER_API_KEY=\"your-api-key-here\"\n",
					"DOMINO_USER_API_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length and alphabet
					"DOMINO_USER_API_KEY=" + g.Hex(40) + "\n",
					"DOMINO_USER_API_KEY=" + g.MixedAlnum(64) + "\n",
					// the game, not the platform
					"domino_tile_key = \"" + g.Hex(64) + "\"\n",
				},
			}
		},
		"egnyte-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EGNYTE_DOMAIN=acme\nEGNYTE_API_KEY=" + g.String(lowerDigits, 24) + "\n",
					"client = egnyte.EgnyteClient({\"domain\": \"acme.egnyte.com\", \"access_token\": \"" + g.String(lowerDigits, 24) + "\"})\n",
					"egnyte:\n  domain: acme\n  api_key: \"" + g.String(lowerDigits, 24) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"EGNYTE_API_KEY=your_egnyte_api_key_here\n",
					"EGNYTE_API_KEY=" + strings.Repeat("x", 24) + "\n",
					// wrong length and case
					"EGNYTE_API_KEY=" + g.String(lowerDigits, 16) + "\n",
					"EGNYTE_API_KEY=" + g.String(upperDigits, 24) + "\n",
					// the domain is not a key
					"EGNYTE_DOMAIN=" + g.String(lowerDigits, 24) + "\n",
				},
			}
		},
		"freshsales-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(12) + g.Pick("-", "_") + g.MixedAlnum(9) }
			return Cases{
				Positives: []string{
					"FRESHSALES_DOMAIN=acme\nFRESHSALES_API_KEY=" + key() + "\n",
					"curl -X GET \"https://acme.freshsales.io/api/contacts/1\" -H \"Authorization: Token token=" + key() + "\"\n",
					"freshsales:\n  domain: acme.myfreshworks.com\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"FRESHSALES_API_KEY=paste-your-crm-api-key-here\n",
					"FRESHSALES_API_KEY=abc123\n",
					// wrong length
					"FRESHSALES_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the domain is not a key
					"FRESHSALES_DOMAIN=" + g.MixedAlnum(22) + "\n",
				},
			}
		},
		"kibana-encryption-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"xpack.encryptedSavedObjects.encryptionKey: \"" + g.Hex(32) + "\"\n",
					"xpack.security.encryptionKey: " + g.MixedAlnum(50) + "\nxpack.reporting.encryptionKey: \"" + g.Hex(64) + "\"\n",
					"    environment:\n      - XPACK_ENCRYPTEDSAVEDOBJECTS_ENCRYPTIONKEY=" + g.Hex(32) + "\n",
					"xpack.encryptedSavedObjects:\n  encryptionKey: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// the documentation's placeholders
					"xpack.encryptedSavedObjects.encryptionKey: \"min-32-byte-long-strong-encryption-key\"\n",
					"xpack.security.encryptionKey: \"" + fake.Join("something_at_", "least_32_characters") + "\"\n",
					"xpack.security.encryptionKey: ${KIBANA_ENCRYPTION_KEY_FROM_THE_VAULT}\n",
					// too short for Kibana
					"xpack.reporting.encryptionKey: \"" + g.Hex(16) + "\"\n",
					// another xpack setting
					"xpack.security.session.idleTimeout: \"" + g.Hex(32) + "\"\n",
				},
			}
		},
		"mparticle-api-secret": func(g *fake.Gen) Cases {
			key := func() string { return g.Pick("us1", "us2", "eu1") + "-" + g.Hex(32) }
			secret := func() string {
				return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(30) + g.Pick("_", "-") + g.MixedAlnum(12)
			}
			return Cases{
				Positives: []string{
					"MPARTICLE_API_KEY=" + key() + "\nMPARTICLE_API_SECRET=" + secret() + "\n",
					"var config = new mParticle.Configuration('" + key() + "', '" + secret() + "');\n",
					"let options = MParticleOptions(key: \"" + key() + "\",\n                               secret: \"" + secret() + "\")\n",
					"mparticle:\n  api_secret: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"MPARTICLE_API_SECRET=your_api_secret\n",
					"new mParticle.Configuration('YOUR_API_KEY', 'YOUR_API_SECRET')\n",
					// the key alone is not the secret
					"MPARTICLE_API_KEY=" + key() + "\n",
					// wrong length
					"MPARTICLE_API_SECRET=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"nftstorage-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NFT_STORAGE_API_KEY=" + nftStorageToken(g, "nft-storage") + "\n",
					"const client = new NFTStorage({ token: '" + nftStorageToken(g, "nft-storage") + "' })\n",
					"axios.post('https://api.nft.storage/upload', data, { headers: { Authorization: `Bearer " + nftStorageToken(g, "nft-storage") + "` } })\n",
				},
				Negatives: []string{
					// web3.storage issues the same shape under its own issuer
					"const apiToken = '" + nftStorageToken(g, "web3-storage") + "'\n",
					// placeholders
					"const client = new NFTStorage({ token: 'API_TOKEN' })\n",
					"NFT_STORAGE_API_KEY=eyJhbGciOi...\n",
					// a signature cut short
					"NFT_STORAGE_API_KEY=" + nftStorageToken(g, "nft-storage")[:150] + "\n",
				},
			}
		},
		"thoughtspot-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TS_URL=https://acme.thoughtspot.cloud\nTHOUGHTSPOT_SECRET_KEY=" + g.UUID() + "\n",
					"thoughtspot:\n  host: https://acme.thoughtspot.cloud\n  secret_key: \"" + g.UUID() + "\"\n",
					"{\"thoughtspot_secret_key\": \"" + g.UUID() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"THOUGHTSPOT_SECRET_KEY=your-secret-key\n",
					"THOUGHTSPOT_SECRET_KEY=00000000-0000-0000-0000-000000000000\n",
					// an object id is not the secret key
					"THOUGHTSPOT_LIVEBOARD_GUID=" + g.UUID() + "\n",
					// the name glued to another word
					"MYTHOUGHTSPOTTER_ID=" + g.UUID() + "\n",
				},
			}
		},
		"wasabi-access-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WASABI_ACCESS_KEY=" + g.String(upperDigits, 20) + "\nWASABI_BUCKET=media\n",
					"\"WASABI_KEY_ID\": os.environ.get(\"WASABI_KEY_ID\", \"" + g.String(upperDigits, 20) + "\"),\n",
					"wasabi:\n  endpoint: https://s3.eu-central-1.wasabisys.com\n  access_key_id: " + g.String(upperDigits, 20) + "\n",
				},
				Negatives: []string{
					// placeholders
					"WASABI_ACCESS_KEY=YOUR_WASABI_ACCESS_KEY\n",
					"WASABI_ACCESS_KEY_ID=123\n",
					// wrong length and case
					"WASABI_ACCESS_KEY=" + g.String(upperDigits, 16) + "\n",
					"WASABI_ACCESS_KEY=" + g.String(lowerDigits, 20) + "\n",
					// the bucket is not a key
					"WASABI_BUCKET=" + g.String(upperDigits, 20) + "\n",
				},
			}
		},
		"wasabi-secret-key": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(18) + g.Pick("/", "+") + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"WASABI_ACCESS_KEY=" + g.String(upperDigits, 20) + "\nWASABI_SECRET_KEY=" + secret() + "\n",
					"\"WASABI_SECRET\": os.environ.get(\"WASABI_SECRET\", \"" + secret() + "\"),\n",
					"wasabi:\n  endpoint: https://s3.wasabisys.com\n  secret_access_key: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"WASABI_SECRET_ACCESS_KEY=123\n",
					"WASABI_SECRET_KEY=your_wasabi_secret_key_goes_here_000000\n",
					// wrong length
					"WASABI_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// a bucket name is not a secret
					"WASABI_BUCKET_NAME=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"yugabytedb-aeon-api-key": func(g *fake.Gen) Cases {
			enc := base64.RawURLEncoding
			jwt := func() string {
				header := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
				claims := `{"sub":"` + g.UUID() + `","iss":"yugabyte-cloud","exp":` + g.String("123456789", 10) + `,"accountId":"` + g.UUID() + `"}`
				return header + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString(g.Bytes(32))
			}
			return Cases{
				Positives: []string{
					"export YBM_APIKEY=" + jwt() + "\n",
					"ybm cluster list --apiKey \"" + jwt() + "\"\n",
					"provider \"ybm\" {\n  host       = \"cloud.yugabyte.com\"\n  auth_token = \"" + jwt() + "\"\n}\n",
					"YUGABYTE_AEON_API_KEY: " + jwt() + "\n",
				},
				Negatives: []string{
					// placeholders from the ybm documentation
					"export YBM_APIKEY=AWERDFSSS\n",
					"ybm cluster list --apiKey \"eyJ...\"\n",
					"os.Setenv(\"YBM_APIKEY\", \"test-token\")\n",
					// a YugabyteDB Anywhere token is a UUID, not a JWT
					"YUGABYTE_API_TOKEN=" + g.UUID() + "\n",
				},
			}
		},
	}
}
