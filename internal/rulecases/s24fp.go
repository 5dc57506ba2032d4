// Cases of the rules narrowed after scanning 54 public repositories (SDKs,
// drivers, framework and language docs, charts, shell-heavy projects) with
// the rules merged in this round: the PHP manual's and Oracle's sample
// database passwords in driver calls, SCRAM's StoredKey printed by Kafka's
// tests, and the example Realtime client secret of OpenAI's API reference
// that its SDKs ship. They are added to the cases of each rule's own table.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// s24fpOpenAISample is the client secret of the example responses in
// OpenAI's OpenAPI document, in parts.
func s24fpOpenAISample() string {
	return fake.Join("ek", "_", "68af296e", "8e408191", "a1120ab6", "383263c2")
}

// s24fpWidenedCases are the extra cases of the rules narrowed in this
// round, by rule id.
func s24fpWidenedCases() map[string]Builder {
	return map[string]Builder{
		"db-client-call-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// Oracle's demo user with a password of its own
					"$db = new PDO('oci:dbname=//db01.acme.test/ORCL', 'scott', '" + HumanPassword(g) + "');\n",
					"$conn = mysql_connect('db01.acme.test', 'mysqluser', '" + g.MixedAlnum(12) + "');\n",
				},
				Negatives: []string{
					// the PHP manual's examples
					"$conn = mysql_connect('localhost', 'mysqluser', 'mypass');\n",
					"$mysqli = new mysqli(\"127.0.0.1\", \"root\", \"foofoo\", \"sakila\");\n",
					"$pdo = new PDO(\"mysql:host=localhost;dbname=world;charset=utf8mb4\", 'my_user', 'my_pass');\n",
					"$db = new PDO('odbc:SAMPLE', 'db2inst1', 'ibmdb2');\n",
					"$db = new PDO('oci:', 'scott', 'tiger');\n",
				},
			}
		},
		"mysql-go-dsn-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"dsn := \"scott:" + g.MixedAlnum(12) + "@tcp(db01.acme.test:3306)/shop\"\n",
				},
				Negatives: []string{
					"dsn := \"mysqluser:mypass@tcp(localhost:3306)/test\"\n",
				},
			}
		},
		"generic-key-assignment": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"{\"restoreKey\": \"" + g.Hex(40) + "\"}\n",
				},
				Negatives: []string{
					// SCRAM credentials as Kafka's tests print them: the stored
					// key is a hash of the client key, not a secret to rotate
					"assertEquals(\"ScramCredentialData(\" +\n    \"salt=" + g.Hex(32) + ", \" +\n    \"storedKey=" + g.Hex(32) + ", \" +\n    \"iterations=16)\", s.toString());\n",
					"{\"stored_key\": \"" + g.Hex(40) + "\"}\n",
				},
			}
		},
		"openai-realtime-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"          response: |\n            {\n              \"value\": \"" + fake.Join("ek", "_", g.Hex(32)) + "\",\n              \"expires_at\": 1756310470,\n",
				},
				Negatives: []string{
					// the example of OpenAI's API reference, shipped with its SDKs
					"          response: |\n            {\n              \"value\": \"" + s24fpOpenAISample() + "\",\n              \"expires_at\": 1756310470,\n",
					"EPHEMERAL_KEY = '" + s24fpOpenAISample() + "'\n",
				},
			}
		},
	}
}
