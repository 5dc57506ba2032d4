// Cases for the observability and incident-tooling rules added in the s30obs
// change: AppDynamics, incident.io, LogicMonitor, Nagios XI, OpenObserve,
// SigNoz and Snowplow. Every key shape is built at run time from parts, so
// that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// lmKeyAlphabet is the alphabet of LogicMonitor LMv1 access keys.
const lmKeyAlphabet = fake.Alnum + "_()~^={}[]+!-"

// s30obsCases are the cases of the rules this change adds.
func s30obsCases() map[string]Builder {
	return map[string]Builder{
		"appdynamics-access-key": func(g *fake.Gen) Cases {
			env := fake.Join("APPDYNAMICS_AGENT_", "ACCOUNT_ACCESS", "_KEY")
			return Cases{
				Positives: []string{
					"export " + env + "=" + g.LowerAlnum(12) + "\n",
					"java -Dappdynamics.agent.accountName=acme -Dappdynamics.agent." + "accountAccessKey=" + g.LowerAlnum(12) + " -jar app.jar\n",
					"<controller-info>\n  <account-name>customer1</account-name>\n  <account-" + "access-key>" + g.UUID() + "</account-access-key>\n</controller-info>\n",
					"env:\n  - name: " + env + "\n    value: \"" + g.LowerAlnum(12) + "\"\n",
					"appdynamics:\n  controller_host: acme.saas.appdynamics.com\n  access_key: " + g.LowerAlnum(12) + "\n",
				},
				Negatives: []string{
					// placeholders
					env + "=<your-agent-access-key>\n",
					"<account-access-key>xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx</account-access-key>\n",
					// wrong length and wrong alphabet
					env + "=" + g.LowerAlnum(10) + "\n",
					env + "=" + g.MixedAlnum(12) + "\n",
					// the account name is not the key
					"APPDYNAMICS_AGENT_ACCOUNT_NAME=" + g.LowerAlnum(12) + "\n",
				},
			}
		},
		"checkmk-automation-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -G \"https://monitoring.example.com/mysite/check_mk/api/1.0/domain-types/host_config/collections/all\" \\\n  -H \"Authorization: Bearer automation " + g.MixedAlnum(20) + "\" \\\n  -H \"Accept: application/json\"\n",
					"headers = {\"Authorization\": \"Bearer automation " + g.UUID() + "\", \"Accept\": \"application/json\"}\n",
					"Invoke-WebRequest -Uri \"http://cmk.example.com/prod/check_mk/webapi.py?action=get_host&_username=automation&_secret=" + g.String(fake.Upper, 20) + g.LowerAlnum(8) + "&effective_attributes=1\"\n",
					"url = 'https://cmk/site/check_mk/view.py?view_name=svcproblems&output_format=JSON&_username=monitor&_secret=" + g.MixedAlnum(32) + "'\n",
				},
				Negatives: []string{
					// variables and placeholders
					"  -H \"Authorization: Bearer automation $AUTOMATION_SECRET\" \\\n",
					"headers = {\"Authorization\": f\"Bearer {user} {secret}\"}\n",
					"url = base + \"&_username=\" + user + \"&_secret=\" + password\n",
					"  -H \"Authorization: Bearer automation <secret>\"\n",
					// too short to be a secret
					"  -H \"Authorization: Bearer automation " + g.LowerAlnum(5) + "\"\n",
				},
			}
		},
		"incident-io-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("in", "c_")
			return Cases{
				Positives: []string{
					"INCIDENT_IO_API_KEY=" + prefix + g.Hex(64) + "\n",
					"curl -X POST https://api.incident.io/v2/incidents -H \"Authorization: Bearer " + prefix + g.Hex(64) + "\"\n",
					"provider \"incident\" {\n  api_key = \"" + prefix + g.Hex(64) + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders and a truncated key
					"INCIDENT_API_KEY=" + prefix + "...\n",
					"INCIDENT_API_KEY=" + prefix + strings.Repeat("x", 64) + "\n",
					"INCIDENT_API_KEY=" + prefix + g.Hex(40) + "\n",
					// mixed case is not the key's alphabet
					"INCIDENT_API_KEY=" + prefix + g.MixedAlnum(64) + "\n",
					// the prefix glued to an identifier
					"pinc_" + g.Hex(64) + "\n",
				},
			}
		},
		"logicmonitor-lmv1-access-key": func(g *fake.Gen) Cases {
			key := func() string {
				for {
					k := g.String(lmKeyAlphabet, 40)
					if strings.ContainsAny(k, "()~^={}[]+!") && strings.ContainsAny(k, fake.Digits) {
						return k
					}
				}
			}
			return Cases{
				Positives: []string{
					"#Account Info\nAccessId ='" + g.MixedAlnum(20) + "'\nAccessKey ='" + key() + "'\nCompany = 'api'\n\nurl = 'https://'+ Company +'.logicmonitor.com/santaba/rest' + resourcePath\n",
					"export LM_ACCOUNT=acme\nexport LM_ACCESS_ID=" + g.MixedAlnum(20) + "\nexport LM_ACCESS_KEY='" + key() + "'\n",
					"Connect-LMAccount -AccessId '" + g.MixedAlnum(20) + "' -AccessKey '" + key() + "' -AccountName acme\n",
					"logicmonitor:\n  company: acme\n  access_id: " + g.MixedAlnum(20) + "\n  access_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders from the docs
					"AccessId ='API-ACCESS-ID'\nAccessKey ='API-ACCESS-KEY'\nurl = 'https://'+ Company +'.logicmonitor.com/santaba/rest'\n",
					"export LM_ACCESS_KEY=your-access-key\n",
					// too short
					"export LM_ACCESS_KEY='" + g.String(lmKeyAlphabet, 30) + "'\n",
					// an access key far from any LogicMonitor name
					"AccessKey ='" + key() + "'\n",
					// the access id is not the key
					"export LM_ACCESS_ID=" + g.MixedAlnum(40) + "x\n",
				},
			}
		},
		"nagios-xi-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"fetch('http://10.0.0.5/nagiosxi/api/v1/objects/hoststatus?apikey=" + g.MixedAlnum(64) + "&pretty=1')\n",
					"NAGIOSXI_API_KEY=" + g.MixedAlnum(64) + "\n",
					"nagios_xi:\n  url: https://nagios.example.com\n  api_key: \"" + g.LowerAlnum(64) + "\"\n",
					"curl -XPOST \"https://xi.example.com/nagiosxi/api/v1/config/host?apikey=" + g.MixedAlnum(64) + "&pretty=1\" -d \"host_name=web01\"\n",
				},
				Negatives: []string{
					// placeholders
					"NAGIOSXI_API_KEY=your_api_key_here\n",
					"url = f\"{url}/nagiosxi/api/v1/objects/hoststatus?apikey={apikey}&pretty=1\"\n",
					// wrong length
					"NAGIOSXI_API_KEY=" + g.MixedAlnum(48) + "\n",
					// the name glued to another word
					"NAGIOSXIHOST=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"openobserve-ingestion-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("o2", "oi_")
			return Cases{
				Positives: []string{
					"curl -i https://o2.example.com/api/default/_json -u \"default:" + prefix + g.MixedAlnum(32) + "\" -d '[{}]'\n",
					"OPENOBSERVE_INGEST_TOKEN=" + prefix + g.MixedAlnum(32) + "\n",
					"exporters:\n  otlphttp/openobserve:\n    endpoint: https://o2.example.com/api/default\n    headers:\n      stream-name: default\n    password: " + prefix + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"OBSERVER_INGEST_TOKEN=" + prefix + strings.Repeat("0", 32) + "\n",
					"curl -u \"org_identifier:" + prefix + "xxxx\"\n",
					// wrong length
					"OPENOBSERVE_INGEST_TOKEN=" + prefix + g.MixedAlnum(24) + "\n",
					// the prefix glued to an identifier
					"foo" + prefix + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"signoz-ingestion-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"exporters:\n  otlp:\n    endpoint: \"ingest.us.signoz.cloud:443\"\n    headers:\n      signoz-ingestion-key: \"" + g.UUID() + "\"\n",
					"SIGNOZ_INGESTION_KEY=" + g.MixedAlnum(36) + "\n",
					"OTEL_EXPORTER_OTLP_HEADERS=\"signoz-access-token=" + g.UUID() + "\"\n",
					"new OTLPTraceExporter({\n  url: \"https://ingest.in.signoz.cloud:443/v1/traces\",\n  headers: {\n    \"signoz-ingestion-key\": \"" + g.UUID() + "\",\n  },\n});\n",
				},
				Negatives: []string{
					// placeholders
					"      signoz-ingestion-key: \"<your-ingestion-key>\"\n",
					"SIGNOZ_INGESTION_KEY=your-ingestion-key-here\n",
					// wrong length
					"SIGNOZ_INGESTION_KEY=" + g.MixedAlnum(28) + "\n",
					// the name glued to another word
					"SIGNOZAPP_VERSION=" + g.UUID() + "\n",
				},
			}
		},
		"snowplow-console-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SNOWPLOW_CONSOLE_API_KEY_ID=" + g.UUID() + "\nSNOWPLOW_CONSOLE_API_KEY_SECRET=" + g.UUID() + "\nSNOWPLOW_CONSOLE_ORG_ID=" + g.UUID() + "\n",
					"export SNOWPLOW_CONSOLE_API_KEY=\"" + g.UUID() + "\"\n",
					"    env:\n      SNOWPLOW_CONSOLE_API_KEY_SECRET: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// masked values from the docs
					"SNOWPLOW_CONSOLE_API_KEY_SECRET=********-****-****-****-************\n",
					// the key id and organisation id alone are not secrets
					"SNOWPLOW_CONSOLE_API_KEY_ID=" + g.UUID() + "\n",
					"SNOWPLOW_CONSOLE_ORG_ID=" + g.UUID() + "\n",
					// not a UUID
					"SNOWPLOW_CONSOLE_API_KEY=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
	}
}
