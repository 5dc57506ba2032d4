// Cases for the data-pipeline and data-observability rules added in the
// s31data change: Astronomer (Astro) Deployment API keys, Census workspace
// API tokens, DataHub access tokens, Monte Carlo API keys, OpenMetadata
// JWTs and RudderStack workspace tokens. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// dataHubToken builds an HS256 JWT shaped as DataHub's metadata service
// issues them: claims opening with actorType, a jti, the
// datahub-metadata-service issuer, and a 32-byte signature.
func dataHubToken(g *fake.Gen, kind string) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"HS256"}`))
	actor := g.Pick("datahub", "admin", "svc_ingest")
	claims := `{"actorType":"USER","actorId":"` + actor + `","type":"` + kind + `","version":"2","jti":"` + g.UUID() +
		`","sub":"` + actor + `","exp":` + strconv.Itoa(1900000000+g.IntN(100000000)) + `,"iss":"datahub-metadata-service"}`
	return header + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString(g.Bytes(32))
}

// openMetadataToken builds an RS256 JWT shaped as OpenMetadata issues them:
// claims opening with the open-metadata.org issuer, a bot or user subject,
// and a 256-byte signature.
func openMetadataToken(g *fake.Gen, bot bool) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"kid":"` + g.UUID() + `","alg":"RS256","typ":"JWT"}`))
	sub, kind := g.Pick("ingestion-bot", "lineage-bot", "profiler-bot"), "BOT"
	if !bot {
		sub, kind = g.Pick("admin", "jdoe", "data.eng"), "PERSONAL_ACCESS"
	}
	claims := `{"iss":"open-metadata.org","sub":"` + sub + `","roles":[],"email":"` + sub + `@example.org","isBot":` +
		strconv.FormatBool(bot) + `,"tokenType":"` + kind + `","iat":` + strconv.Itoa(1700000000+g.IntN(50000000)) + `,"exp":null}`
	return header + "." + enc.EncodeToString([]byte(claims)) + "." + enc.EncodeToString(g.Bytes(256))
}

// s31dataCases are the cases of the rules this change adds.
func s31dataCases() map[string]Builder {
	const urlSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
	return map[string]Builder{
		"astronomer-deployment-api-key-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.String(urlSafe, 24) + "_" + g.MixedAlnum(19) }
			name := fake.Join("ASTRONOMER", "_KEY_", "SECRET")
			return Cases{
				Positives: []string{
					"ASTRONOMER_KEY_ID=" + g.MixedAlnum(32) + "\n" + name + "=" + secret() + "\n",
					"jobs:\n  deploy:\n    env:\n      " + name + ": " + secret() + "\n",
					"export " + name + "=\"" + secret() + "\"\nastro deploy " + g.LowerAlnum(25) + " -f\n",
					"{\"" + strings.ToLower(name) + "\": \"" + secret() + "\"}\n",
				},
				Negatives: []string{
					// placeholders and references
					name + "=<your-api-key-secret>\n",
					name + "=${{ secrets." + name + " }}\n",
					name + "=" + strings.Repeat("x", 64) + "\n",
					// wrong length
					name + "=" + g.MixedAlnum(48) + "\n",
					// the key ID is not the secret
					"ASTRONOMER_KEY_ID=" + g.MixedAlnum(64) + "\n",
					// another product's variable that ends the same way
					"NOT" + name + "=" + secret() + "\n",
				},
			}
		},
		"census-api-token": func(g *fake.Gen) Cases {
			scheme := fake.Join("secret", "-token:")
			token := func() string { return scheme + g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"CENSUS_API_TOKEN = \"" + token() + "\"\nurl = \"https://app.getcensus.com/api/v1/syncs/3394022/sync_runs\"\n",
					"curl -X POST https://bearer:" + token() + "@app.getcensus.com/api/v1/syncs/42/trigger\n",
					"census:\n  workspace_api_key: " + token() + "\n",
					"headers = {\"Authorization\": \"Bearer \" + census_token}\ncensus_token = '" + token() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"CENSUS_API_TOKEN=" + scheme + "arandomstring\n",
					"url = 'https://bearer:" + scheme + "'+os.environ.get('CENSUS_SECRET')+'@app.getcensus.com/api/v1/syncs/'\n",
					// another service's RFC 8959 token, with no Census name near it
					"private const string TOKEN = '" + scheme + g.MixedAlnum(24) + "';\n",
					"MERCURY_API_TOKEN=" + scheme + g.MixedAlnum(24) + "\n",
					// a Census setting that is no credential
					"CENSUS_SYNC_ID=" + scheme + g.MixedAlnum(24) + "\n",
					// wrong length
					"CENSUS_API_TOKEN=" + scheme + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"datahub-access-token": func(g *fake.Gen) Cases {
			enc := base64.RawURLEncoding
			return Cases{
				Positives: []string{
					"export DATAHUB_GMS_URL=http://localhost:8080\nexport DATAHUB_GMS_TOKEN=" + dataHubToken(g, "PERSONAL") + "\n",
					"emitter = DatahubRestEmitter(gms_server=\"http://localhost:8080\", token=\"" + dataHubToken(g, "PERSONAL") + "\")\n",
					"gms:\n  server: https://acme.acryl.io/gms\n  token: " + dataHubToken(g, "PERSONAL") + "\n",
					"  .config(\"spark.datahub.rest.token\", \"" + dataHubToken(g, "PERSONAL") + "\") \\\n",
					"headers = {\"Authorization\": \"Bearer " + dataHubToken(g, "SESSION") + "\"}\n",
				},
				Negatives: []string{
					// a JWT of another issuer
					"DATAHUB_GMS_TOKEN=" + enc.EncodeToString([]byte(`{"alg":"HS256"}`)) + "." + enc.EncodeToString([]byte(`{"sub":"datahub","iss":"acme"}`)) + "." + enc.EncodeToString(g.Bytes(32)) + "\n",
					// a signature cut short
					"DATAHUB_GMS_TOKEN=" + dataHubToken(g, "PERSONAL")[:120] + "\n",
					// placeholders
					"DATAHUB_GMS_TOKEN=<your-personal-access-token>\n",
					"DATAHUB_GMS_TOKEN=eyJhbGciOiJIUzI1NiJ9.eyJhY3RvclR5cGUiOi...\n",
				},
			}
		},
		"monte-carlo-api-token": func(g *fake.Gen) Cases {
			token := func() string {
				return g.MixedAlnum(12) + g.Pick("_", "-") + g.String(urlSafe, 30) + g.Pick("-", "_") + g.MixedAlnum(12)
			}
			env := fake.Join("MCD_DEFAULT", "_API_", "TOKEN")
			return Cases{
				Positives: []string{
					"MCD_DEFAULT_API_ID=" + g.Hex(32) + "\n" + env + "=" + token() + "\n",
					"[default]\nmcd_id = " + g.Hex(32) + "\nmcd_token = " + token() + "\n",
					"client = Client(session=Session(mcd_id=\"" + g.Hex(32) + "\", mcd_token=\"" + token() + "\"))\n",
					"headers = {'Content-type': 'application/json', 'x-mcd-id': '" + g.Hex(32) + "', 'x-mcd-token': '" + token() + "'}\n",
					"      - name: Upload dbt artifacts\n        env:\n          " + env + ": " + token() + "\n",
					"          env:\n            - name: " + env + "\n              value: \"" + token() + "\"\n",
				},
				Negatives: []string{
					// placeholders and references
					env + "=<INTEGRATION_KEY_SECRET>\n",
					env + "=change-me\n",
					"mcd_token = " + strings.Repeat("x", 56) + "\n",
					// wrong length
					env + "=" + g.MixedAlnum(40) + "\n",
					// the key ID is not the secret
					"x-mcd-id: " + g.MixedAlnum(56) + "\n",
					// another service's token whose name ends in mcd_token
					"emcd_token = " + token() + "\n",
				},
			}
		},
		"openmetadata-jwt-token": func(g *fake.Gen) Cases {
			enc := base64.RawURLEncoding
			return Cases{
				Positives: []string{
					"workflowConfig:\n  openMetadataServerConfig:\n    hostPort: http://localhost:8585/api\n    authProvider: openmetadata\n    securityConfig:\n      jwtToken: \"" + openMetadataToken(g, true) + "\"\n",
					"server_config = OpenMetadataConnection(\n    hostPort=\"http://localhost:8585/api\",\n    authProvider=\"openmetadata\",\n    securityConfig=OpenMetadataJWTClientConfig(\n        jwtToken=\"" + openMetadataToken(g, true) + "\"\n    ),\n)\n",
					"OPENMETADATA_JWT_TOKEN=" + openMetadataToken(g, false) + "\n",
					"curl -H \"Authorization: Bearer " + openMetadataToken(g, false) + "\" http://localhost:8585/api/v1/tables\n",
				},
				Negatives: []string{
					// a JWT of another issuer
					"OPENMETADATA_JWT_TOKEN=" + enc.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`)) + "." + enc.EncodeToString([]byte(`{"iss":"accounts.example.org","sub":"bot"}`)) + "." + enc.EncodeToString(g.Bytes(256)) + "\n",
					// the header and claims without a signature
					"OPENMETADATA_JWT_TOKEN=" + strings.Join(strings.Split(openMetadataToken(g, true), ".")[:2], ".") + "\n",
					// placeholders
					"jwtToken: \"{bot_jwt_token}\"\n",
					"OPENMETADATA_JWT_TOKEN=eyJraWQiOi...\n",
				},
			}
		},
		"rudderstack-workspace-token": func(g *fake.Gen) Cases {
			ksuid := func() string { return g.Pick("1", "2") + g.MixedAlnum(26) }
			return Cases{
				Positives: []string{
					"helm install my-release ./ --set rudderWorkspaceToken=\"" + ksuid() + "\"\n",
					"docker run -e CONFIG_BACKEND_URL=https://api.rudderlabs.com -e WORKSPACE_TOKEN=" + ksuid() + " rudderlabs/rudder-server\n",
					"// CONFIG_BACKEND_URL=https://api.dev.rudderlabs.com\n// CONFIG_BACKEND_TOKEN=" + ksuid() + "\n",
					"RUDDER_WORKSPACE_TOKEN=" + ksuid() + "\n",
					"<add key=\"Rudder.Workspace.Token\" value=\"" + ksuid() + "\" />\n",
				},
				Negatives: []string{
					// placeholders
					"helm install my-release ./ --set rudderWorkspaceToken=\"<workspace token from the dashboard>\"\n",
					"RUDDER_WORKSPACE_TOKEN=" + strings.Repeat("x", 27) + "\n",
					// wrong length and alphabet
					"RUDDER_WORKSPACE_TOKEN=" + ksuid() + g.MixedAlnum(5) + "\n",
					"RUDDER_WORKSPACE_TOKEN=" + g.UUID() + "\n",
					// a workspace token of another product, with no RudderStack host on its line
					"WORKSPACE_TOKEN=" + ksuid() + "\n",
				},
			}
		},
	}
}
