// Cases for the observability, incident-response and security-tooling rules
// added in the s26opsec change: Akeyless, FireHydrant, Graylog, IBM Instana,
// Lightstep, LogDNA/Mezmo, Magic, Seq, Site24x7, Squadcast, Splunk On-Call
// (VictorOps) and Zenduty. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// graylogAlphabet is the alphabet of Java's BigInteger.toString(32).
const graylogAlphabet = "0123456789abcdefghijklmnopqrstuv"

// s26opsecCases are the cases of the rules this change adds.
func s26opsecCases() map[string]Builder {
	return map[string]Builder{
		"akeyless-access-key": func(g *fake.Gen) Cases {
			key := func() string {
				for {
					k := g.Base64Bytes(32)
					if strings.ContainsAny(k, fake.Upper) && strings.ContainsAny(k, fake.Lower) && strings.ContainsAny(k, fake.Digits) {
						return k
					}
				}
			}
			id := fake.Join("p", "-") + g.LowerAlnum(14)
			return Cases{
				Positives: []string{
					"AKEYLESS_ACCESS_ID=" + id + "\nAKEYLESS_ACCESS_KEY=" + key() + "\n",
					"akeyless:\n  gateway_url: https://api.akeyless.io\n  access_id: " + id + "\n  access_key: \"" + key() + "\"\n",
					"docker run --rm -e AKEYLESS_ACCESS_ID=" + id + " -e AKEYLESS_ACCESS_KEY='" + key() + "' akeyless/k8s-webhook-server\n",
				},
				Negatives: []string{
					// placeholders
					"AKEYLESS_ACCESS_KEY=your-access-key\n",
					"AKEYLESS_ACCESS_KEY=" + strings.Repeat("A", 43) + "=\n",
					// too short to be 32 bytes
					"AKEYLESS_ACCESS_KEY=" + g.Base64Bytes(16) + "\n",
					// the name glued to another word
					"AKEYLESSNESS=" + key() + "\n",
				},
			}
		},
		"firehydrant-bot-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("fh", "b-")
			return Cases{
				Positives: []string{
					"FIREHYDRANT_API_KEY=" + prefix + g.Hex(32) + "\n",
					"headers = {\"Authorization\": \"Bearer " + prefix + g.Hex(32) + "\", \"Content-Type\": \"application/json\"}\n",
					"proxy:\n  '/firehydrant/api':\n    target: 'https://api.firehydrant.io/v1/'\n    headers:\n      Authorization: Bearer " + prefix + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"Authorization: Bearer " + prefix + "thisismytoken\n",
					"FIREHYDRANT_API_KEY=" + prefix + "...\n",
					// wrong length and alphabet
					"FIREHYDRANT_API_KEY=" + prefix + g.Hex(24) + "\n",
					"FIREHYDRANT_API_KEY=" + prefix + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"graylog-access-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.String("abcdefghijklmnopqrstuv", 1) + g.String(graylogAlphabet, 50) + g.String("0123456789", 1)
			}
			return Cases{
				Positives: []string{
					"GRAYLOG_API_TOKEN=" + tok() + "\n",
					"graylog:\n  url: https://graylog.example.com:9000/api\n  token: " + tok() + "\n",
					"api = GraylogAPI('https://localhost:12900', api_key='" + tok() + "')\n",
				},
				Negatives: []string{
					// placeholders
					"GRAYLOG_API_TOKEN=your-graylog-token\n",
					"GRAYLOG_API_TOKEN=" + strings.Repeat("x", 52) + "\n",
					// letters past v are not base 32
					"GRAYLOG_API_TOKEN=" + g.String("wxyz", 4) + g.String(graylogAlphabet, 48) + "\n",
					// too short
					"GRAYLOG_API_TOKEN=" + g.LowerAlnum(32) + "\n",
				},
			}
		},
		"graylog-token-basic-auth": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.String("abcdefghijklmnopqrstuv", 1) + g.String(graylogAlphabet, 49) + g.String("0123456789", 1)
			}
			return Cases{
				Positives: []string{
					"curl -u " + tok() + ":token -H 'X-Requested-By: cli' https://graylog.example.com/api/system\n",
					"curl --user \"" + tok() + ":token\" -H 'Accept: application/json' http://127.0.0.1:9000/api/count/total\n",
					"GRAYLOG_URL=https://" + tok() + ":token@graylog.internal:9000/api\n",
				},
				Negatives: []string{
					// a session id is used with the password "session"
					"curl -u " + g.UUID() + ":session http://127.0.0.1:12900/count/total\n",
					// placeholders and a user name
					"curl -u admin:token http://127.0.0.1:9000/api/system\n",
					"curl -u " + strings.Repeat("a", 51) + ":token http://127.0.0.1:9000/api/system\n",
					// wrong alphabet
					"curl -u " + g.MixedAlnum(51) + ":token http://127.0.0.1:9000/api/system\n",
				},
			}
		},
		"instana-agent-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(10) + g.Pick("-", "_", "A") + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"INSTANA_AGENT_KEY=" + key() + "\nINSTANA_ENDPOINT_URL=https://serverless-blue-saas.instana.io\n",
					"helm install instana-agent --namespace instana-agent --set instana.agent.key=" + key() + " --set instana.zone=cluster-name\n",
					"quarkus.otel.exporter.otlp.endpoint=https://ingress-blue-saas.instana.io:443\ninstana.agent.key=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"INSTANA_AGENT_KEY=your-instana-agent-key\n",
					"helm install . --set instana.agent.key=INSTANA_AGENT_KEY\n",
					// wrong length
					"INSTANA_AGENT_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"INSTANAX=" + key() + "\n",
				},
			}
		},
		"lightstep-access-token": func(g *fake.Gen) Cases {
			long := func() string { return g.Base64Bytes(78) }
			return Cases{
				Positives: []string{
					"export LIGHTSTEP_ACCESS_TOKEN=" + g.Hex(32) + "\n",
					"exporters:\n  otlp/lightstep:\n    endpoint: ingest.lightstep.com:443\n    headers:\n      \"lightstep-access-token\": \"" + long() + "\"\n",
					"var headers = map[string]string{\n\t\"lightstep-access-token\": \"" + long() + "\",\n}\n",
					"LS_ACCESS_TOKEN=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"      \"lightstep-access-token\": \"<lightstep_access_token>\"\n",
					"export LIGHTSTEP_ACCESS_TOKEN=\"${SECRET_TOKEN}\"\n",
					// wrong length
					"LIGHTSTEP_ACCESS_TOKEN=" + g.Hex(24) + "\n",
					// the name glued to another word
					"LIGHTSTEPPER=" + g.Hex(32) + "\n",
				},
			}
		},
		"logdna-ingestion-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LOGDNA_INGESTION_KEY=" + g.Hex(32) + "\n",
					"exporters:\n  mezmo:\n    ingest_url: https://logs.mezmo.com/otel/ingest/rest\n    ingest_key: \"" + g.Hex(32) + "\"\n",
					"$handler = new LogDnaHandler('" + g.Hex(32) + "', 'host');\n",
					"export LOGDNA_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"LOGDNA_INGESTION_KEY=<YOUR INGESTION KEY HERE>\n",
					"ingestion_key = \"" + strings.Repeat("0", 32) + "\" # mezmo\n",
					// wrong length and alphabet
					"LOGDNA_KEY=" + g.Hex(24) + "\n",
					"MEZMO_INGESTION_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"magic-secret-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sk", "_live_")
			key := func() string {
				for {
					k := g.String("0123456789ABCDEF", 16)
					if strings.ContainsAny(k, "ABCDEF") && strings.ContainsAny(k, fake.Digits) {
						return prefix + k
					}
				}
			}
			return Cases{
				Positives: []string{
					"MAGIC_SECRET_KEY=" + key() + "\n",
					"const { Magic } = require('@magic-sdk/admin');\nconst magic = new Magic('" + key() + "');\n",
					"magic = Magic(api_secret_key=\"" + key() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"MAGIC_SECRET_KEY=" + prefix + "YOUR_SECRET_KEY\n",
					"MAGIC_SECRET_KEY=" + prefix + "...\n",
					// lower-case hex is not Magic's
					"MAGIC_SECRET_KEY=" + prefix + g.Hex(16) + "\n",
					// a longer body is a Stripe key, not this rule's
					"STRIPE_SECRET_KEY=" + prefix + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"seq-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"options.Headers = new Dictionary<string, string>\n{\n    [\"X-Seq-ApiKey\"] = \"" + g.MixedAlnum(20) + "\"\n};\n",
					"Log.Logger = new LoggerConfiguration()\n    .WriteTo.Seq(\"https://seq.example.com\", apiKey: \"" + g.MixedAlnum(20) + "\")\n    .CreateLogger();\n",
					"SEQ_API_KEY=" + g.MixedAlnum(20) + "\n",
					"\"WriteTo\": [\n  {\n    \"Name\": \"Seq\",\n    \"Args\": {\n      \"serverUrl\": \"http://localhost:5341\",\n      \"apiKey\": \"" + g.MixedAlnum(20) + "\"\n    }\n  }\n]\n",
					"curl -X POST https://seq.example.com/api/events/raw -H \"X-Seq-ApiKey: " + g.MixedAlnum(20) + "\" -H \"Content-Type: application/vnd.serilog.clef\"\n",
				},
				Negatives: []string{
					// placeholders
					"-H \"X-Seq-ApiKey: <key>\"\n",
					"SEQ_API_KEY=" + strings.Repeat("x", 20) + "\n",
					// wrong length
					"SEQ_API_KEY=" + g.MixedAlnum(32) + "\n",
					// "seq" alone is a sequence
					"seq = \"" + g.MixedAlnum(20) + "\"\n",
					// another sink's key after a Seq sink
					"{ \"Name\": \"Seq\", \"Args\": { \"serverUrl\": \"http://seq:5341\" } },\n{ \"Name\": \"Other\", \"Args\": { \"apiKey\": \"" + g.MixedAlnum(20) + "\" } }\n",
				},
			}
		},
		"site24x7-device-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SITE24X7_DEVICE_KEY=" + g.Hex(32) + "\n",
					"bash Site24x7InstallScript.sh -i -key=" + g.Pick("us_", "in_", "eu_") + g.Hex(32) + " -automation=true\n",
					"$site24x7agent_devicekey='" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"bash Site24x7InstallScript.sh -i -key=YOUR_DEVICE_KEY\n",
					"bash Site24x7InstallScript.sh -i -key=us_" + strings.Repeat("X", 32) + " -automation=true\n",
					// wrong length and alphabet
					"SITE24X7_DEVICE_KEY=" + g.Hex(24) + "\n",
					"SITE24X7_DEVICE_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"squadcast-webhook-url": func(g *fake.Gen) Cases {
			base := "https://api.squadcast.com/v2/incidents/api/"
			return Cases{
				Positives: []string{
					"SQUADCAST_WEBHOOK_URL=" + base + g.Hex(40) + "\n",
					"  webhook_url          = \"" + base + g.Hex(40) + "\"\n",
					"webhookURL := \"" + base + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"  webhook_url = \"" + base + strings.Repeat("x", 20) + "\"\n",
					"url: \"" + base + "test-webhook\"\n",
					// wrong length
					"url: " + base + g.Hex(32) + "\n",
				},
			}
		},
		"victorops-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const apiHeaders = {\n    'X-VO-Api-Id': '" + g.Hex(8) + "',\n    'X-VO-Api-Key': '" + g.Hex(32) + "'\n};\n",
					"VICTOROPS_API_KEY=" + g.Hex(32) + "\n",
					"victorOPS:\n  apiId: " + g.Hex(8) + "\n  apiKey: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"        'X-VO-Api-Key': \"<>\"\n",
					"          \"X-VO-Api-Key\": \"api-key\",\n",
					// the API id alone
					"'X-VO-Api-Id': '" + g.Hex(8) + "'\n",
					// wrong alphabet
					"VICTOROPS_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"victorops-rest-endpoint-url": func(g *fake.Gen) Cases {
			base := "https://alert.victorops.com/integrations/generic/20131114/alert/"
			return Cases{
				Positives: []string{
					"  webhook_url = \"" + base + g.UUID() + "/database\"\n",
					"static String apiUrl = \"" + base + g.UUID() + "/automation-alerts\";\n",
					"victorops_configs:\n  - api_url: " + base + g.UUID() + "/\n    routing_key: ops\n",
				},
				Negatives: []string{
					// the documented default without a key
					"  [ victorops_api_url: <string> | default = \"" + base + "\" ]\n",
					"url: " + base + "k/r\n",
					// a placeholder key
					"url: " + base + "$API_KEY/$routing_key\n",
				},
			}
		},
		"zenduty-integration-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZENDUTY_INTEGRATION_KEY = \"" + g.UUID() + "\"\n",
					"url = \"https://www.zenduty.com/api/events/" + g.UUID() + "/\"\n",
					"curl -X POST https://events.zenduty.com/api/events/" + g.UUID() + "/ -H 'Content-Type: application/json'\n",
				},
				Negatives: []string{
					// placeholders
					"url=\"https://www.zenduty.com/api/events/${ZENDUTY_API_KEY}/\"\n",
					"ZENDUTY_INTEGRATION_KEY=your-integration-key\n",
					// a nil UUID
					"ZENDUTY_INTEGRATION_KEY=00000000-0000-0000-0000-000000000000\n",
					// the name glued to another word
					"ZENDUTYX=" + g.UUID() + "\n",
				},
			}
		},
	}
}
