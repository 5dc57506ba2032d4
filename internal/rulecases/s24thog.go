// Cases for the rules added or widened after reading trufflehog's detector
// inputs a second time: the Cosmos DB account key under the names and client
// calls real code uses, and the New Relic license key in the FFFFNRAL form
// New Relic issues.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// s24thogCosmosEmulatorKey is the fixed key Microsoft publishes for the Cosmos
// DB emulator, in parts.
func s24thogCosmosEmulatorKey() string {
	return fake.Join("C2y6yDjf", "5/R+ob0N", "8A7Cgv30", "VRDJIWEH", "LM+4QDU5", "DE2nQ9nD", "uVTqobD4", "b8mGGyPM", "bIZnqyMs", "EcaGQy67", "XIw/Jw==")
}

// s24thogCases are the cases of the rules this change adds.
func s24thogCases() map[string]Builder {
	return map[string]Builder{
		"azure-cosmosdb-account-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Base64Bytes(64) }
			return Cases{
				Positives: []string{
					"COSMOS_ENDPOINT=https://orders.documents.azure.com:443/\nCOSMOS_KEY=" + key() + "\n",
					"AZURE_COSMOS_DB_PRIMARY_KEY: \"" + key() + "\"\n",
					"{\n  \"CosmosDb\": {\n    \"Account\": \"https://orders.documents.azure.com:443/\",\n    \"Key\": \"" + key() + "\",\n    \"DatabaseName\": \"Orders\"\n  }\n}\n",
					"const client = new CosmosClient({ endpoint: process.env.ENDPOINT, key: \"" + key() + "\" });\n",
					"client = CosmosClient(URL, credential=\"" + key() + "\")\n",
					"var client = new CosmosClient(\"https://orders.documents.azure.com:443/\", \"" + key() + "\");\n",
					"this.cosmosKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// the published emulator key protects nothing
					"COSMOS_KEY=" + s24thogCosmosEmulatorKey() + "\n",
					// a Cosmos SDK (blockchain) key object is not a Cosmos DB setting
					"{\"@type\":\"/cosmos.crypto.ed25519.PrivKey\",\"key\":\"" + key() + "\"}\n",
					"cosmos_signature = \"" + key() + "\"\n",
					// wrong length for a 64-byte key
					"COSMOS_KEY=" + g.Base64Bytes(48) + "\n",
					"COSMOS_KEY=<your-cosmos-key>\n",
				},
			}
		},
	}
}

// s24thogWidenedCases are more cases of existing rules this change widens.
func s24thogWidenedCases() map[string]Builder {
	return map[string]Builder{
		"newrelic-license-key": func(g *fake.Gen) Cases {
			tail := fake.Join("FFFF", "NR", "AL")
			return Cases{
				Positives: []string{
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", g.Hex(32)+tail),
					"exports.config = {\n  app_name: ['api'],\n  license_key: 'eu01xx" + g.Hex(26) + tail + "',\n}\n",
					"\tnewrelic.ConfigLicense(\"" + g.Hex(32) + tail + "\"),\n",
				},
				Negatives: []string{
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", g.Hex(30)+tail),
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", g.Hex(32)+fake.Join("FFFF", "NR", "AX")),
				},
			}
		},
	}
}
