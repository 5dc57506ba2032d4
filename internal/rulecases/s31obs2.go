// Cases for the observability and status-page rules added in the s31 obs2
// change: Hyperping, Instatus, KloudMate, Observe Inc., OpenReplay and
// VictoriaMetrics Cloud. Every key shape is built at run time from parts,
// so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31obs2Cases are the cases of the rules this change adds.
func s31obs2Cases() map[string]Builder {
	return map[string]Builder{
		"hyperping-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			key := func() string { return sk + g.MixedAlnum(28) }
			return Cases{
				Positives: []string{
					"HYPERPING_API_KEY=" + key() + "\n",
					"provider \"hyperping\" {\n  api_key = \"" + key() + "\"\n}\n",
					"curl https://api.hyperping.io/v1/monitors \\\n  -H \"Authorization: Bearer " + key() + "\"\n",
					"client := hyperping.NewClient(\"" + key() + "\")\n",
					"hyperping:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"HYPERPING_API_KEY=" + sk + "your_api_key_here\n",
					"HYPERPING_API_KEY=" + sk + strings.Repeat("x", 28) + "\n",
					// too short
					"HYPERPING_API_KEY=" + sk + g.MixedAlnum(8) + "\n",
					// no prefix
					"HYPERPING_API_KEY=" + g.MixedAlnum(30) + "\n",
					// a monitor's id is not the key
					"HYPERPING_MONITOR=" + fake.Join("mon", "_") + g.MixedAlnum(14) + "\n",
				},
			}
		},
		"instatus-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"INSTATUS_API_KEY=" + g.Hex(32) + "\nINSTATUS_PAGE_ID=" + g.LowerAlnum(25) + "\n",
					"API_URL = \"https://api.instatus.com/v1/" + g.LowerAlnum(25) + "\"\nHEADERS = {\"Authorization\": \"Bearer " + g.Hex(32) + "\"}\n",
					"provider \"instatus\" {\n  api_key = \"" + g.Hex(32) + "\"\n}\n",
					"export INSTATUS_TOKEN=\"" + g.Hex(32) + "\"\n",
					"instatus:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"INSTATUS_API_KEY=your-instatus-api-key\n",
					"INSTATUS_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// the name inside another word
					"loginStatus_token = \"" + g.Hex(32) + "\"\n",
					"TRAINSTATUS_API_KEY=" + g.Hex(32) + "\n",
					// wrong length
					"INSTATUS_API_KEY=" + g.Hex(24) + "\n",
					// upper-case letters are not an Instatus key's
					"INSTATUS_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"kloudmate-secret-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			key := func() string { return sk + g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"KLOUDMATE_API_KEY=" + key() + "\n",
					"new OTLPTraceExporter({\n  url: 'https://otel.kloudmate.com:4318/v1/traces',\n  headers: {\n    Authorization: '" + key() + "',\n  },\n})\n",
					"OTEL_EXPORTER_OTLP_ENDPOINT=https://otel.kloudmate.com:4318\nOTEL_EXPORTER_OTLP_HEADERS=Authorization=" + key() + "\n",
					"KM_API_KEY=\"" + key() + "\" KM_COLLECTOR_ENDPOINT=\"https://otel.kloudmate.com:4318\" bash install.sh\n",
					"kloudmate:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"KLOUDMATE_API_KEY=<YOUR_KLOUDMATE_API_KEY>\n",
					"KLOUDMATE_API_KEY=" + sk + strings.Repeat("x", 24) + "\n",
					// the public RUM key
					"KLOUDMATE_RUM_KEY=" + fake.Join("p", "k_") + g.MixedAlnum(24) + "\n",
					// wrong length
					"KLOUDMATE_API_KEY=" + sk + g.MixedAlnum(16) + "\n",
					// the prefix with no KloudMate context
					"STRIPE_TEST_KEY=" + key() + "\n",
				},
			}
		},
		"observe-inc-datastream-token": func(g *fake.Gen) Cases {
			token := func() string {
				return g.MixedAlnum(20+g.IntN(2)) + ":" + g.MixedAlnum(15) + g.Pick("_", "-", "Q") + g.MixedAlnum(16)
			}
			return Cases{
				Positives: []string{
					"OBSERVE_COLLECTION_URL=https://123456789012.collect.observeinc.com\nOBSERVE_TOKEN=" + token() + "\n",
					"curl https://123456789012.collect.observeinc.com/v1/http/webhook -H Authorization:\"Bearer " + token() + "\"\n",
					"OBSERVE_CUSTOMER_ID=123456789012\nOBSERVE_INGEST_TOKEN=\"" + token() + "\"\n",
					"helm install observe-agent observe/agent --set observe.token.value=" + token() + "\n",
					"observe_datastream_token = \"" + token() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"OBSERVE_TOKEN=<customerid>:<token>\n",
					"OBSERVE_TOKEN=" + strings.Repeat("a", 20) + ":" + strings.Repeat("x", 32) + "\n",
					// OpenObserve is another product
					"OPENOBSERVE_TOKEN=" + token() + "\n",
					// the token's id alone
					"OBSERVE_TOKEN=" + g.MixedAlnum(21) + "\n",
					// the customer id and a short secret
					"OBSERVE_TOKEN=123456789012:" + g.MixedAlnum(12) + "\n",
				},
			}
		},
		"openreplay-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedLetters(6) + g.MixedAlnum(14) }
			return Cases{
				Positives: []string{
					"OPENREPLAY_API_URL=https://api.openreplay.com\nOPENREPLAY_API_KEY=" + key() + "\n",
					"os.environ['OPENREPLAY_API_KEY'] = '" + key() + "'\n",
					"curl -X GET https://openreplay.example.com/api/v1/projects \\\n  -H 'content-type: application/json' \\\n  -H 'Authorization: " + key() + "'\n",
					"openreplay:\n  api_key: " + key() + "\n",
					"OPENREPLAY_ORGANIZATION_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// the project key is public: it is in every tracked page
					"OPENREPLAY_PROJECT_KEY=" + key() + "\n",
					"const tracker = new OpenReplay({ projectKey: '" + key() + "' });\n",
					// placeholders
					"OPENREPLAY_API_KEY=your_api_key_here\n",
					"OPENREPLAY_API_KEY=" + strings.Repeat("x", 20) + "\n",
					// wrong length
					"OPENREPLAY_API_KEY=" + key() + g.MixedAlnum(6) + "\n",
				},
			}
		},
		"victoriametrics-cloud-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"./vmagent -remoteWrite.url=https://gw-c15-1c.cloud.victoriametrics.com/api/v1/write -remoteWrite.bearerToken=" + g.UUID() + "\n",
					"remote_write:\n  - url: https://gw-c15-1c.cloud.victoriametrics.com/api/v1/write\n    authorization:\n      credentials: " + g.UUID() + "\n",
					"export MANAGED_VM_URL=https://gw-c15-1c.cloud.victoriametrics.com\n./vmalert -datasource.url=$MANAGED_VM_URL -datasource.bearerToken=" + g.UUID() + "\n",
					"curl https://gw-c15-1c.cloud.victoriametrics.com/api/v1/query -H 'Authorization: Bearer " + g.UUID() + "'\n",
					"curl -H 'X-VM-Cloud-Access: " + g.UUID() + "' https://api.victoriametrics.cloud/api/v1/deployments\n",
				},
				Negatives: []string{
					// placeholders
					"curl https://gw-c15-1c.cloud.victoriametrics.com/api/v1/query -H 'Authorization: Bearer <YOUR_ACCESS_TOKEN>'\n",
					"export TOKEN=81e8226e-****-****-****-************\nexport MANAGED_VM_URL=https://gw-c15-1c.cloud.victoriametrics.com\n",
					// a UUID that is not a credential
					"url: https://gw-c15-1c.cloud.victoriametrics.com/api/v1/deployments/" + g.UUID() + "\n",
					// self-hosted VictoriaMetrics: no cloud endpoint
					"./vmagent -remoteWrite.url=http://victoriametrics:8428/api/v1/write -remoteWrite.bearerToken=" + g.UUID() + "\n",
				},
			}
		},
	}
}
