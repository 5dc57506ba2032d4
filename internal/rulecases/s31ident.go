// Cases for the identity and access rules added in the s31 ident change:
// Frontegg, FusionAuth, Hanko (Passkey API), Kinde, Pomerium and Turnkey.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31identCases are the cases of the rules this change adds.
func s31identCases() map[string]Builder {
	return map[string]Builder{
		"frontegg-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FRONTEGG_CLIENT_ID=" + g.UUID() + "\nFRONTEGG_API_KEY=" + g.UUID() + "\n",
					"FronteggContext.init({\n  FRONTEGG_CLIENT_ID: '" + g.UUID() + "',\n  FRONTEGG_API_KEY: '" + g.UUID() + "',\n});\n",
					"const identityClient = new IdentityClient({ FRONTEGG_CLIENT_ID: process.env.FE_ID, FRONTEGG_API_KEY: \"" + g.UUID() + "\" });\n",
					"frontegg:\n  client_id: " + g.UUID() + "\n  api_key: " + g.UUID() + "\n",
					"export FRONTEGG_SECRET=\"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// the client id is an identifier, not the secret
					"FRONTEGG_CLIENT_ID=" + g.UUID() + "\n",
					// placeholders
					"FRONTEGG_API_KEY=your-frontegg-api-key\n",
					"FRONTEGG_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a UUID
					"FRONTEGG_API_KEY=" + g.Hex(32) + "\n",
					// the context on another line
					"# frontegg\nAPI_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"fusionauth-api-key": func(g *fake.Gen) Cases {
			b64url := func(n int) string {
				return g.MixedAlnum(n/2) + g.Pick("-", "_", "Q") + g.MixedAlnum(n-n/2-1)
			}
			return Cases{
				Positives: []string{
					"FUSIONAUTH_URL=http://localhost:9011\nFUSIONAUTH_API_KEY=" + b64url(43) + "\n",
					"const client = new FusionAuthClient('" + b64url(43) + "', 'http://localhost:9011');\n",
					"$client = new FusionAuth\\FusionAuthClient(\"" + b64url(56) + "\", \"http://localhost:9011\");\n",
					"FUSIONAUTH_API_KEY = \"" + g.UUID() + "\"  # from kickstart.json\n",
					"fusionauth:\n  url: http://fusionauth:9011\n  api_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"FUSIONAUTH_API_KEY=your-fusionauth-api-key\n",
					"FUSIONAUTH_API_KEY=<API key with login + registration permissions>\n",
					"const client = new FusionAuthClient('noapikeyneeded', fusionAuthURL);\n",
					// the key's id is not the key
					"FUSIONAUTH_API_KEY_ID=" + g.UUID() + "\n",
					// too short
					"FUSIONAUTH_API_KEY=" + b64url(24) + "\n",
					// the name glued to another word
					"REFUSIONAUTHOR_KEY=" + b64url(43) + "\n",
					// words standing in for a key
					"FUSIONAUTH_API_KEY=super-secret-api-key-for-development-only\n",
				},
			}
		},
		"hanko-passkey-api-key": func(g *fake.Gen) Cases {
			key := func() string { return base64.URLEncoding.EncodeToString(g.Bytes(64)) }
			return Cases{
				Positives: []string{
					"HANKO_API_KEY=" + key() + "\nNEXT_PUBLIC_HANKO_TENANT_ID=" + g.UUID() + "\n",
					"PASSKEYS_API_KEY=" + key() + "\nPASSKEYS_TENANT_ID=" + g.UUID() + "\n",
					"hanko:\n  tenant_id: " + g.UUID() + "\n  api_key: \"" + key() + "\"\n",
					"const hankoApiKey = \"" + key() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"HANKO_API_KEY=add-your-hanko-api-key\n",
					"PASSKEYS_API_KEY=<your secret api key>\n",
					"HANKO_API_KEY=" + strings.Repeat("x", 86) + "==\n",
					// too short for 64 random bytes
					"HANKO_API_KEY=" + base64.URLEncoding.EncodeToString(g.Bytes(32)) + "\n",
					// the tenant id is not a secret
					"NEXT_PUBLIC_HANKO_TENANT_ID=" + g.UUID() + "\n",
				},
			}
		},
		"kinde-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"KINDE_CLIENT_ID=" + g.Hex(32) + "\nKINDE_CLIENT_SECRET=" + g.MixedAlnum(52) + "\nKINDE_ISSUER_URL=https://acme.kinde.com\n",
					"const nextConfig = {\n  env: {\n    KINDE_CLIENT_ID: \"" + g.Hex(32) + "\",\n    KINDE_CLIENT_SECRET: \"" + g.MixedAlnum(52) + "\",\n  },\n};\n",
					"export const kindeClient = createKindeServerClient({\n  authDomain: \"https://acme.kinde.com\",\n  clientId: \"" + g.Hex(32) + "\",\n  clientSecret: \"" + g.MixedAlnum(52) + "\",\n});\n",
					"KINDE_M2M_CLIENT_SECRET=\"" + g.MixedAlnum(52) + "\"\n",
					"kinde:\n  client_id: " + g.Hex(32) + "\n  client_secret: " + g.MixedAlnum(52) + "\n",
				},
				Negatives: []string{
					// placeholders
					"KINDE_CLIENT_SECRET=your_kinde_client_secret\n",
					"KINDE_CLIENT_SECRET=<your_kinde_client_secret>\n",
					// the client id is not a secret
					"KINDE_CLIENT_ID=" + g.Hex(32) + "\n",
					// wrong length
					"KINDE_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// "kinder" is another word
					"KINDERGARTEN_SECRET=" + g.MixedAlnum(52) + "\n",
				},
			}
		},
		"pomerium-shared-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"authenticate_service_url: https://authenticate.localhost.pomerium.io\nidp_provider: google\nshared_secret: " + g.Base64Bytes(32) + "\n",
					"POMERIUM_SHARED_SECRET=" + g.Base64Bytes(32) + "\n",
					"services:\n  pomerium:\n    image: pomerium/pomerium:latest\n    environment:\n      - COOKIE_SECRET=" + g.Base64Bytes(32) + "\n",
					"pomerium:\n  config:\n    sharedSecret: \"" + g.Base64Bytes(32) + "\"\n",
				},
				Negatives: []string{
					// generated at start-up, not written down
					"POMERIUM_SHARED_SECRET=\"$(head -c32 /dev/urandom | base64)\"\n",
					// placeholder
					"pomerium:\n  shared_secret: YOUR_SHARED_SECRET\n",
					// not 32 bytes
					"POMERIUM_SHARED_SECRET=" + g.Base64Bytes(16) + "\n",
					// no Pomerium context
					"shared_secret: " + g.Base64Bytes(32) + "\n",
				},
			}
		},
		"scalekit-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.Pick("test", "prod") + "_" + g.MixedAlnum(64) }
			clientID := func() string { return fake.Join("sk", "c_") + g.String("0123456789", 17) }
			return Cases{
				Positives: []string{
					"SCALEKIT_ENVIRONMENT_URL=https://acme-dev.scalekit.dev\nSCALEKIT_CLIENT_ID=" + clientID() + "\nSCALEKIT_CLIENT_SECRET=" + secret() + "\n",
					"export const scalekit = new Scalekit(\n  \"https://acme.scalekit.com\",\n  \"" + clientID() + "\",\n  \"" + secret() + "\"\n);\n",
					"scalekit = ScalekitClient(\"https://acme.scalekit.com\", \"" + clientID() + "\", \"" + secret() + "\")\n",
					"scalekit:\n  environment_url: https://acme.scalekit.com\n  client_id: " + clientID() + "\n  client_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SCALEKIT_CLIENT_SECRET=test_...\n",
					"SCALEKIT_CLIENT_SECRET=prod_secret\n",
					"SCALEKIT_CLIENT_SECRET='<ENVIRONMENT_CLIENT_SECRET>'\n",
					// the client id is not a secret
					"SCALEKIT_CLIENT_ID=" + clientID() + "\n",
					// too short
					"SCALEKIT_CLIENT_SECRET=test_" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"supertokens-core-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(14) + g.Pick("=", "-", "7") + g.MixedAlnum(15) }
			return Cases{
				Positives: []string{
					"SUPERTOKENS_CONNECTION_URI=https://st-dev-" + g.Hex(16) + ".aws.supertokens.io\nSUPERTOKENS_API_KEY=" + key() + "\n",
					"supertokens.init({\n  framework: \"express\",\n  supertokens: {\n    connectionURI: \"https://try.supertokens.com\",\n    apiKey: \"" + key() + "\",\n  },\n});\n",
					"    supertokens_config=SupertokensConfig(\n        connection_uri=\"https://try.supertokens.com\",\n        api_key=\"" + key() + "\",\n    ),\n",
					"services:\n  supertokens:\n    image: registry.supertokens.io/supertokens/supertokens-postgresql\n    environment:\n      POSTGRESQL_CONNECTION_URI: postgresql://st:st@db:5432/st\n      API_KEYS: " + key() + "\n",
					"    Supertokens: &supertokens.ConnectionInfo{\n        ConnectionURI: \"https://try.supertokens.com\",\n        APIKey:        \"" + key() + "\",\n    },\n",
					"SUPERTOKENS_API_KEY=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SUPERTOKENS_API_KEY=your-supertokens-api-key\n",
					"SUPERTOKENS_API_KEY=YOUR_SUPERTOKENS_API_KEY\n",
					"SUPERTOKENS_API_KEY=my-super-secret-supertokens-api-key-2024\n",
					// the connection URI is not the key
					"SUPERTOKENS_CONNECTION_URI=https://try.supertokens.com\n",
					// shorter than the core accepts
					"SUPERTOKENS_API_KEY=" + g.MixedAlnum(16) + "\n",
					// another service's key further down
					"auth: supertokens\nstripe:\n  api_key: " + key() + "\n",
				},
			}
		},
		"turnkey-api-private-key": func(g *fake.Gen) Cases {
			pub := func() string { return g.Pick("02", "03") + g.Hex(64) }
			return Cases{
				Positives: []string{
					"TURNKEY_API_PUBLIC_KEY=" + pub() + "\nTURNKEY_API_PRIVATE_KEY=" + g.Hex(64) + "\nTURNKEY_ORGANIZATION_ID=" + g.UUID() + "\n",
					"const turnkey = new Turnkey({\n  apiBaseUrl: \"https://api.turnkey.com\",\n  apiPrivateKey: \"" + g.Hex(64) + "\",\n  apiPublicKey: \"" + pub() + "\",\n});\n",
					"const stamper = new ApiKeyStamper({\n  apiPublicKey: \"" + pub() + "\",\n  apiPrivateKey: \"" + g.Hex(64) + "\",\n});\n",
					"turnkey:\n  organization_id: " + g.UUID() + "\n  api_private_key: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// the public key is not secret
					"TURNKEY_API_PUBLIC_KEY=" + pub() + "\n",
					// placeholders
					"TURNKEY_API_PRIVATE_KEY=<hex-encoded-p256-private-key>\n",
					"TURNKEY_API_PRIVATE_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"TURNKEY_API_PRIVATE_KEY=" + g.Hex(40) + "\n",
					// "turnkey" as an ordinary word, no private-key name
					"turnkey_solution_id = \"" + g.Hex(64) + "\"\n",
				},
			}
		},
	}
}
