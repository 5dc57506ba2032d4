// Cases of the rules added after comparing keysieve with other open secret
// scanners (trivy's builtin rules, detect-secrets' plugins, the
// secrets-patterns-db list, GitGuardian's detector list) and the
// providers' own documents: OpenAI Realtime ephemeral secrets, Databricks
// OAuth secrets, GitLab workspace tokens, New Relic private location
// keys, SoftLayer API keys and Cloudant legacy passwords. Every token is
// made at run time and its prefix split, so the source holds none.

package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// s24moreCases are the cases of those rules, by rule id.
func s24moreCases() map[string]Builder {
	return map[string]Builder{
		"openai-realtime-client-secret": func(g *fake.Gen) Cases {
			ek := func() string { return fake.Join("ek", "_", g.Hex(32)) }
			return Cases{
				Positives: []string{
					"{\n  \"value\": \"" + ek() + "\",\n  \"expires_at\": 1756310470,\n  \"session\": {\"type\": \"realtime\"}\n}\n",
					"const pc = new RTCPeerConnection();\nconst EPHEMERAL_KEY = '" + ek() + "';\n",
					"curl https://api.openai.com/v1/realtime/calls -H \"Authorization: Bearer " + ek() + "\"\n",
				},
				Negatives: []string{
					"{\"value\": \"" + fake.Join("ek", "_", g.Hex(24)) + "\"}\n",
					"{\"value\": \"" + fake.Join("ek", "_", notHex(g, 32)) + "\"}\n",
					"check_" + g.Hex(32) + " = true\n",
					"{\"value\": \"" + fake.Join("ek", "_test_not_a_real_client_secret") + "\"}\n",
				},
			}
		},
		"databricks-oauth-secret": func(g *fake.Gen) Cases {
			dose := func() string { return fake.Join("do", "se", g.Hex(32)) }
			return Cases{
				Positives: []string{
					"DATABRICKS_HOST=https://dbc-" + g.Hex(8) + ".cloud.databricks.com\nDATABRICKS_CLIENT_ID=" + g.UUID() + "\nDATABRICKS_CLIENT_SECRET=" + dose() + "\n",
					saasAssign(g, "DATABRICKS_CLIENT_SECRET", dose()),
					"[DEFAULT]\nhost = https://adb-1234567890123456.7.azuredatabricks.net\nclient_id = " + g.UUID() + "\nclient_secret = " + dose() + "\n",
				},
				Negatives: []string{
					"DATABRICKS_CLIENT_SECRET=" + fake.Join("do", "se", g.Hex(20)) + "\n",
					"DATABRICKS_CLIENT_SECRET=" + fake.Join("do", "se", notHex(g, 32)) + "\n",
					"The patient was " + fake.Join("do", "sed") + " at " + g.Hex(32) + " intervals\n",
					"DATABRICKS_CLIENT_SECRET=" + fake.Join("do", "seXXXXXXXX-REPLACE-ME-XXXXXXXX") + "\n",
				},
			}
		},
		"gitlab-workspace-token": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("gl", "wt-", g.String(fake.Base64URL, 20)) }
			return Cases{
				Positives: []string{
					"GITLAB_WORKSPACE_TOKEN=" + tok() + "\n",
					"workspace:\n  token: " + tok() + "\n",
					"curl -H \"Authorization: Bearer " + tok() + "\" https://gitlab.example.com/api/v4/user\n",
				},
				Negatives: []string{
					"GITLAB_WORKSPACE_TOKEN=" + fake.Join("gl", "wt-", g.Alnum(12)) + "\n",
					"GITLAB_WORKSPACE_TOKEN=" + fake.Join("gl", "wt-", g.Alnum(30)) + "\n",
					"expect(value).to match(/" + fake.Join("gl", "wt-") + ".*/)\n",
				},
			}
		},
		"newrelic-synthetics-private-location-key": func(g *fake.Gen) Cases {
			key := func() string {
				return fake.Join("NR", "SP-", g.Pick("us", "eu"), "01", g.String(fake.HexUpper, 31))
			}
			return Cases{
				Positives: []string{
					"NEW_RELIC_PRIVATE_LOCATION_KEY=" + key() + "\n",
					"docker run -e PRIVATE_LOCATION_KEY=" + key() + " -d newrelic/synthetics-job-manager\n",
					"synthetics-job-manager:\n  privateLocationKey: \"" + key() + "\"\n",
				},
				Negatives: []string{
					"PRIVATE_LOCATION_KEY=" + fake.Join("NR", "SP-", "us01", g.String(fake.HexUpper, 20)) + "\n",
					"PRIVATE_LOCATION_KEY=" + fake.Join("NR", "SP-", "US01", g.String(fake.HexUpper, 31)) + "\n",
					"PRIVATE_LOCATION_KEY=" + fake.Join("NR", "SP-", "us01", g.String("GHIJKLMNOPQRSTUVWXYZ", 31)) + "\n",
				},
			}
		},
		"softlayer-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"[softlayer]\nusername = jdoe\napi_key = " + g.Hex(64) + "\nendpoint_url = https://api.softlayer.com/xmlrpc/v3.1/\n",
					"export SL_USERNAME=jdoe\nexport SL_API_KEY=" + g.Hex(64) + "\n",
					"provider \"ibm\" {\n  iaas_classic_username = \"jdoe\"\n  softlayer_api_key = \"" + g.Hex(64) + "\"\n}\n",
					saasAssign(g, "SOFTLAYER_API_KEY", g.Hex(64)),
				},
				Negatives: []string{
					"SOFTLAYER_API_KEY=" + g.Hex(40) + "\n",
					"SOFTLAYER_API_KEY=" + notHex(g, 64) + "\n",
					"[default]\napi_key = " + g.Hex(64) + "\n",
					"SOFTLAYER_USERNAME=" + g.Hex(64) + "\n",
				},
			}
		},
		"cloudant-legacy-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CLOUDANT_PASSWORD=" + g.Hex(64) + "\n",
					"cloudant:\n  url: https://" + g.UUID() + "-bluemix.cloudantnosqldb.appdomain.cloud\n  cloudant_password: " + g.Hex(64) + "\n",
					saasAssign(g, "CLOUDANT_API_KEY", g.Hex(64)),
				},
				Negatives: []string{
					"CLOUDANT_PASSWORD=" + g.Hex(32) + "\n",
					"CLOUDANT_PASSWORD=" + notHex(g, 64) + "\n",
					"CLOUDANT_DATABASE=" + g.Hex(64) + "\n",
					"DB_PASSWORD=" + g.Hex(64) + "\n",
				},
			}
		},
	}
}

// s24moreWidenedCases are extra cases of rules widened by this pass.
func s24moreWidenedCases() map[string]Builder {
	return map[string]Builder{
		// the browser agent snippet carries its key as licenseKey:"NRJS-..."
		"newrelic-browser-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<script>;NREUM.loader_config={accountID:\"1234567\",trustKey:\"1234567\",agentID:\"601234567\",licenseKey:\"" + fake.Join("NR", "JS-", g.Hex(19)) + "\",applicationID:\"601234567\"};</script>\n",
					"NEW_RELIC_BROWSER_LICENSE_KEY=" + fake.Join("NR", "JS-", g.Hex(19)) + "\n",
				},
				Negatives: []string{
					"licenseKey: \"" + fake.Join("NR", "JS-", g.Hex(12)) + "\"\n",
					"licenseKey: \"" + fake.Join("NR", "JS-", notHex(g, 19)) + "\"\n",
				},
			}
		},
	}
}
