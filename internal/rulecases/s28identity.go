// Cases for the identity, authorization and access rules added in the
// s28identity change: Permit.io, PropelAuth, Passage, Descope, Casdoor, Logto,
// authentik and AuthZed. Every key shape is built at run time from parts, so
// that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28identityCases are the cases of the rules this change adds.
func s28identityCases() map[string]Builder {
	return map[string]Builder{
		"permit-io-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("permit", "_key_")
			key := func() string { return prefix + g.MixedAlnum(86) }
			return Cases{
				Positives: []string{
					"PERMIT_API_KEY=" + key() + "\n",
					"const permit = new Permit({\n  pdp: \"https://cloudpdp.api.permit.io\",\n  token: \"" + key() + "\",\n});\n",
					"docker run -it -p 7766:7000 --env PDP_API_KEY=" + key() + " --env PDP_DEBUG=True permitio/pdp-v2:latest\n",
					"curl -H \"Authorization: Bearer " + key() + "\" https://api.permit.io/v2/api-key/scope\n",
				},
				Negatives: []string{
					// placeholders
					"PERMIT_API_KEY=" + prefix + "xxxxxxxxxxxxxxxx\n",
					"token: \"" + prefix + "<ENV_API_SECRET>\"\n",
					"PDP_API_KEY=" + prefix + strings.Repeat("a", 86) + "\n",
					// too short
					"PERMIT_API_KEY=" + prefix + g.MixedAlnum(40) + "\n",
					// an identifier that only starts like the prefix
					"protected $" + prefix + "name = '" + g.MixedAlnum(86) + "';\n",
				},
			}
		},
		"propelauth-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PROPELAUTH_AUTH_URL=https://auth.example.com\nPROPELAUTH_API_KEY=" + g.Hex(96) + "\n",
					"auth = init_auth(\"https://" + g.String("0123456789", 9) + ".propelauthtest.com\", \"" + g.Hex(96) + "\")\n",
					"      - PROPELAUTH_API_KEY=" + g.Hex(96) + "\n",
					"propelauth:\n  auth_url: https://auth.example.com\n  api_key: \"" + g.Hex(96) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"PROPELAUTH_API_KEY=your_propelauth_api_key\n",
					"auth = init_auth(\"https://YOUR_AUTH_URL.propelauthtest.com\", \"YOUR_API_KEY\")\n",
					"PROPELAUTH_API_KEY=" + strings.Repeat("0", 96) + "\n",
					// wrong length and alphabet
					"PROPELAUTH_API_KEY=" + g.Hex(64) + "\n",
					"PROPELAUTH_API_KEY=" + g.MixedAlnum(96) + "\n",
				},
			}
		},
		"passage-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(10) + "." + g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"PASSAGE_APP_ID=" + g.MixedAlnum(24) + "\nPASSAGE_API_KEY=" + key() + "\n",
					"export PASSAGE_API_KEY=\"" + key() + "\"\n",
					"psg = Passage(PASSAGE_APP_ID, \"" + key() + "\")\n",
					"const passage = new Passage({ appID: \"" + g.MixedAlnum(24) + "\", apiKey: \"" + key() + "\" });\n",
				},
				Negatives: []string{
					// placeholders
					"PASSAGE_API_KEY=your-passage-api-key\n",
					"PASSAGE_API_KEY=<Your_Passage_API_Key_Here>\n",
					// an app id is public
					"PASSAGE_APP_ID=" + g.MixedAlnum(24) + "\n",
					// the word passage in prose, and a shape without the dot
					"The passage key to the castle was " + key() + "\n",
					"PASSAGE_API_KEY=" + g.MixedAlnum(74) + "\n",
				},
			}
		},
		"descope-access-key": func(g *fake.Gen) Cases {
			key := func() string { return "K" + g.Pick("2", "3") + g.MixedAlnum(69) }
			return Cases{
				Positives: []string{
					"DESCOPE_PROJECT_ID=P2" + g.MixedAlnum(26) + "\nDESCOPE_MANAGEMENT_KEY=" + key() + "\n",
					"export DESCOPE_ACCESS_KEY=" + key() + "\n",
					"const descope = DescopeClient({\n    projectId: process.env.DESCOPE_PROJECT_ID,\n    managementKey: '" + key() + "',\n});\n",
					"descope_client = DescopeClient(project_id=PROJECT_ID, management_key=\"" + key() + "\")\n",
					"provider \"descope\" {\n  management_key = \"" + key() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"DESCOPE_MANAGEMENT_KEY=K2your-management-key-here\n",
					"DESCOPE_MANAGEMENT_KEY=K2xxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					// a project id is public
					"DESCOPE_PROJECT_ID=P2" + g.MixedAlnum(26) + "\n",
					// wrong length
					"DESCOPE_MANAGEMENT_KEY=K" + g.MixedAlnum(40) + "\n",
					// no Descope context
					"SOME_ACCESS_KEY=K" + g.MixedAlnum(70) + "\n",
				},
			}
		},
		"casdoor-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CASDOOR_ENDPOINT=https://door.casdoor.com\nCASDOOR_CLIENT_ID=" + g.Hex(20) + "\nCASDOOR_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"casdoor:\n  endpoint: http://localhost:8000\n  client-id: " + g.Hex(20) + "\n  client-secret: " + g.Hex(40) + "\n  organization-name: built-in\n",
					"casdoor.client-secret=" + g.Hex(40) + "\n",
					"services:\n  app:\n    environment:\n      - CASDOOR_CLIENT_SECRET=" + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// placeholders
					"CASDOOR_CLIENT_SECRET=your_client_secret\n",
					"casdoor.client-secret=" + strings.Repeat("0", 40) + "\n",
					// a client id is public and shorter
					"CASDOOR_CLIENT_ID=" + g.Hex(20) + "\n",
					// wrong alphabet
					"CASDOOR_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// a commit in a Casdoor changelog
					"casdoor v1.500.0 (" + g.Hex(40) + ") fixes the login page\n",
				},
			}
		},
		"logto-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LOGTO_ENDPOINT=https://abc123.logto.app/\nLOGTO_APP_ID=" + g.LowerAlnum(21) + "\nLOGTO_APP_SECRET=" + g.MixedAlnum(32) + "\n",
					"LOGTO_M2M_APP_SECRET=\"" + g.MixedAlnum(32) + "\"\n",
					"const client = new LogtoClient({ endpoint, appId, appSecret: '" + g.MixedAlnum(32) + "' });\n",
					"logto:\n  endpoint: https://auth.example.com\n  app-id: " + g.LowerAlnum(21) + "\n  app-secret: " + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"LOGTO_APP_SECRET=your-app-secret\n",
					"LOGTO_APP_SECRET=" + strings.Repeat("x", 32) + "\n",
					// an app id is public
					"LOGTO_APP_ID=" + g.LowerAlnum(21) + "\n",
					// the name inside another word
					"const backlogToken = '" + g.MixedAlnum(32) + "';\n",
					"CATALOGTO_SECRET=" + g.MixedAlnum(32) + "\n",
					// a log token is not Logto's
					"LOGTOKEN_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"authentik-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AUTHENTIK_HOST=https://auth.example.com\nAUTHENTIK_INSECURE=false\nAUTHENTIK_TOKEN=" + g.MixedAlnum(60) + "\n",
					"authentik_url   = \"https://auth.example.com\"\nauthentik_token = \"" + g.MixedAlnum(60) + "\"\n",
					"authentik:\n  error_reporting:\n    enabled: false\n  bootstrap_token: " + g.MixedAlnum(60) + "\n",
					"    environment:\n      AUTHENTIK_BOOTSTRAP_TOKEN: " + g.MixedAlnum(60) + "\n",
				},
				Negatives: []string{
					// placeholders
					"AUTHENTIK_TOKEN=your-token-here\n",
					"AUTHENTIK_TOKEN=" + strings.Repeat("x", 60) + "\n",
					// wrong length
					"AUTHENTIK_TOKEN=" + g.MixedAlnum(40) + "\n",
					// a password hash is not a token
					"AUTHENTIK_BOOTSTRAP_PASSWORD_HASH='pbkdf2_sha256$1000000$" + g.MixedAlnum(22) + "$" + g.Base64Bytes(32) + "'\n",
					// no authentik context
					"API_TOKEN=" + g.MixedAlnum(60) + "\n",
				},
			}
		},
		"authzed-api-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("sdb", "st_h256_")
			return Cases{
				Positives: []string{
					"zed context set prod grpc.authzed.com:443 " + prefix + g.Hex(192) + "\n",
					"client, err := authzed.NewClient(\"example.aws.authzed.net:443\", grpcutil.WithBearerToken(\"" + prefix + g.Hex(192) + "\"))\n",
					"SPICEDB_TOKEN=" + prefix + g.MixedAlnum(40) + "\n",
					"zed relationship delete document:789 folder folder:abc --token=" + prefix + g.Hex(192) + "\n",
				},
				Negatives: []string{
					// placeholders of the docs
					"zed context set permission_system_name example.com:443 " + prefix + "123\n",
					"token: " + prefix + "thisisnotaverysecuresecret\n",
					"SPICEDB_TOKEN=" + prefix + strings.Repeat("0", 64) + "\n",
					// the body without the prefix
					"SPICEDB_TOKEN=" + g.Hex(192) + "\n",
				},
			}
		},
	}
}
