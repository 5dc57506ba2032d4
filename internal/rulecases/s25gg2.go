// Cases of the rules of the s25 pass on GitGuardian's catalogue of specific
// detectors, providers M to Z: the Mailjet secret key under the
// MJ_APIKEY_PRIVATE name Mailjet's libraries read, the Uber server token and
// the Zoom JWT app API secret, and the Tencent Cloud SecretKey next to its
// SecretId. Every value is generated here; prefixes are joined from parts so
// that the tree holds no token-shaped text.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25gg2UberToken returns an Uber server token: 40 letters, digits, "_" and
// "-".
func s25gg2UberToken(g *fake.Gen) string {
	return g.MixedAlnum(12) + "_" + g.String(fake.Base64URL, 27)
}

// s25gg2TencentID returns a Tencent Cloud SecretId: AKID and 32 letters and
// digits.
func s25gg2TencentID(g *fake.Gen) string { return fake.Join("AK", "ID") + g.MixedAlnum(32) }

// s25gg2Cases are the generated cases of the rules this pass adds.
func s25gg2Cases() map[string]Builder {
	return map[string]Builder{
		"mailjet-apikey-private": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MJ_APIKEY_PUBLIC=" + g.Hex(32) + "\nMJ_APIKEY_PRIVATE=" + g.Hex(32) + "\n",
					"export MJ_APIKEY_PRIVATE=\"" + g.Hex(32) + "\"\n",
					"env:\n  - name: MJ_APIKEY_PRIVATE\n    value: \"" + g.Hex(32) + "\"\n",
					"environment:\n  MJ_APIKEY_PUBLIC: " + g.Hex(32) + "\n  MJ_APIKEY_PRIVATE: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the public key is the key's name, not its secret
					"MJ_APIKEY_PUBLIC=" + g.Hex(32) + "\n",
					// read from the environment, not set
					"const mailjet = Mailjet.apiConnect(process.env.MJ_APIKEY_PUBLIC, process.env.MJ_APIKEY_PRIVATE);\n",
					// 31 hex digits
					"MJ_APIKEY_PRIVATE=" + g.Hex(31) + "\n",
					// upper-case hex is not how Mailjet writes its keys
					"MJ_APIKEY_PRIVATE=" + strings.ToUpper(g.Hex(32)) + "\n",
				},
			}
		},
		"tencent-cloud-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TENCENTCLOUD_SECRET_ID=" + s25gg2TencentID(g) + "\nTENCENTCLOUD_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					"tencent:\n  secret_id: \"" + s25gg2TencentID(g) + "\"\n  region: ap-guangzhou\n  secret_key: \"" + g.MixedAlnum(32) + "\"\n",
					"cred = credential.Credential(\"" + s25gg2TencentID(g) + "\", \"" + g.MixedAlnum(32) + "\")\n",
					"{\n  \"SecretId\": \"" + s25gg2TencentID(g) + "\",\n  \"SecretKey\": \"" + g.MixedAlnum(32) + "\"\n}\n",
				},
				Negatives: []string{
					// a SecretKey with no SecretId near it
					"TENCENTCLOUD_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// 31 characters
					"TENCENTCLOUD_SECRET_ID=" + s25gg2TencentID(g) + "\nTENCENTCLOUD_SECRET_KEY=" + g.MixedAlnum(31) + "\n",
					// read from the environment
					"TENCENTCLOUD_SECRET_ID=" + s25gg2TencentID(g) + "\nTENCENTCLOUD_SECRET_KEY=${TENCENT_SECRET_KEY}\n",
					// the SecretKey too far below its SecretId
					"secret_id = \"" + s25gg2TencentID(g) + "\"\na = 1\nb = 2\nc = 3\nd = 4\nsecret_key = \"" + g.MixedAlnum(32) + "\"\n",
				},
			}
		},
		"uber-server-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"UBER_SERVER_TOKEN=" + s25gg2UberToken(g) + "\nUBER_CLIENT_ID=" + g.MixedAlnum(32) + "\n",
					"uber:\n  server_token: \"" + s25gg2UberToken(g) + "\"\n",
					"const client = new Uber({ serverToken: 'x' });\nconst uberServerToken = '" + s25gg2UberToken(g) + "';\n",
					"session = Session(server_token=UBER_SERVER_TOKEN)\nUBER_SERVER_TOKEN = \"" + s25gg2UberToken(g) + "\"\n",
				},
				Negatives: []string{
					// a placeholder
					"UBER_SERVER_TOKEN=\"YOUR-SECRET-KEY-HERE\"\n",
					// 39 characters
					"UBER_SERVER_TOKEN=" + s25gg2UberToken(g)[:39] + "\n",
					// a client secret is not a server token
					"UBER_CLIENT_SECRET=" + s25gg2UberToken(g) + "\n",
					// read from the environment
					"UBER_SERVER_TOKEN=${UBER_SERVER_TOKEN}\n",
				},
			}
		},
		"zoom-jwt-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZOOM_API_KEY=" + g.String(fake.Base64URL, 22) + "\nZOOM_API_SECRET=" + g.MixedAlnum(36) + "\n",
					"export PA_ZOOM_JWT_API_KEY='" + g.MixedAlnum(22) + "'\nexport PA_ZOOM_JWT_API_SECRET='" + g.MixedAlnum(36) + "'\n",
					"const config = {\n  zoomApiKey: '" + g.MixedAlnum(22) + "',\n  zoomApiSecret: '" + g.MixedAlnum(36) + "',\n};\n",
				},
				Negatives: []string{
					// a 32-character OAuth client secret is zoom-client-secret's
					"ZOOM_API_SECRET=" + g.MixedAlnum(32) + "\n",
					// 37 characters
					"ZOOM_API_SECRET=" + g.MixedAlnum(37) + "\n",
					// a placeholder
					"ZOOM_JWT_API_SECRET=your_jwt_api_secret\n",
					// the API key alone
					"ZOOM_API_KEY=" + g.MixedAlnum(22) + "\n",
				},
			}
		},
	}
}
