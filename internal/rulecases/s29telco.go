// Cases for the telephony, messaging and chat rules added in the s29telco
// change: Centrifugo, CometChat, Freshchat, Genesys Cloud and SMSAPI. Every key shape
// is built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29telcoCases are the cases of the rules this change adds.
func s29telcoCases() map[string]Builder {
	return map[string]Builder{
		"centrifugo-hmac-secret-key": func(g *fake.Gen) Cases {
			v6 := func() string { return g.MixedAlnum(40) + g.Pick("-", "_") + g.MixedAlnum(45) }
			hmacName := fake.Join("token_", "hmac_", "secret_key")
			return Cases{
				Positives: []string{
					// centrifugo genconfig before v6
					"{\n  \"" + hmacName + "\": \"" + g.UUID() + "\",\n  \"allowed_origins\": []\n}\n",
					// v6 genconfig, YAML
					"client:\n  token:\n    hmac_secret_key: \"" + v6() + "\"\n  allowed_origins: []\n",
					// environment of a v6 container
					"CENTRIFUGO_CLIENT_" + strings.ToUpper(hmacName) + "=" + v6() + "\n",
					"      - CENTRIFUGO_" + strings.ToUpper(hmacName) + "=" + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"{\"" + hmacName + "\": \"your-secret-key\"}\n",
					"CENTRIFUGO_" + strings.ToUpper(hmacName) + "=${CENTRIFUGO_SECRET}\n",
					// a file path, not the key
					hmacName + "_file: \"" + g.UUID() + "\"\n",
					// too short for a generated key
					"client:\n  token:\n    hmac_secret_key: \"" + g.MixedAlnum(30) + "\"\n",
				},
			}
		},
		"centrifugo-api-key": func(g *fake.Gen) Cases {
			v6 := func() string { return g.MixedAlnum(43) + g.Pick("-", "_") + g.MixedAlnum(42) }
			return Cases{
				Positives: []string{
					"CENTRIFUGO_HTTP_API_KEY=" + v6() + "\n",
					"centrifugo:\n  url: http://centrifugo:8000/api\n  api_key: \"" + g.UUID() + "\"\n",
					"const centrifugoApiKey = '" + g.UUID() + "';\n",
					"CENTRIFUGO_API_KEY: " + v6() + "\n",
				},
				Negatives: []string{
					"CENTRIFUGO_API_KEY=changeme\n",
					"CENTRIFUGO_API_KEY=" + strings.Repeat("x", 36) + "\n",
					// a client token, not the server key
					"CENTRIFUGO_USER_ID=" + g.UUID() + "\n",
					// wrong length
					"CENTRIFUGO_HTTP_API_KEY=" + g.MixedAlnum(60) + "\n",
				},
			}
		},
		"cometchat-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"COMETCHAT_REST_API_KEY=" + g.Hex(40) + "\n",
					"const COMETCHAT_APP_ID = \"" + g.Hex(16) + "\";\nconst COMETCHAT_AUTH_KEY = \"" + g.Hex(40) + "\";\n",
					"comet_chat:\n  app_id: " + g.Hex(16) + "\n  api_key: " + g.Hex(40) + "\n",
					"  \"cometchatAuthKey\": \"" + g.Hex(40) + "\",\n",
				},
				Negatives: []string{
					// the app id is public and shorter
					"COMETCHAT_APP_ID=" + g.Hex(16) + "\n",
					// placeholders
					"COMETCHAT_AUTH_KEY=\"YOUR_AUTH_KEY_HERE\"\n",
					"COMETCHAT_REST_API_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong alphabet
					"COMETCHAT_REST_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"freshchat-api-token": func(g *fake.Gen) Cases {
			token := func() string {
				claims := `{"sub":"` + g.UUID() + `","client_id":"fc-` + g.UUID() + `","scope":"agent:read agent:create conversation:read message:create","iat":1717000000,"jti":"` + g.UUID() + `"}`
				return g.JWTWithClaims(`{"kid":"custom-oauth-keyid","typ":"JWT","alg":"RS256"}`, claims)
			}
			return Cases{
				Positives: []string{
					"FRESHCHAT_API_TOKEN=" + token() + "\n",
					"freshchat:\n  url: https://acme.freshchat.com/v2\n  api_key: \"" + token() + "\"\n",
					"const freshchatToken = '" + token() + "';\n",
				},
				Negatives: []string{
					// the web widget token is a public id
					"window.fcWidget.init({ token: \"" + g.UUID() + "\", host: \"https://wchat.freshchat.com\" });\n",
					"FRESHCHAT_API_TOKEN=your_api_token\n",
					// not a JWT
					"FRESHCHAT_API_TOKEN=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"genesys-cloud-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(21) + g.Pick("-", "_") + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"export GENESYSCLOUD_OAUTHCLIENT_ID=\"" + g.UUID() + "\"\nexport GENESYSCLOUD_OAUTHCLIENT_SECRET=\"" + secret() + "\"\n",
					"genesys:\n  region: mypurecloud.ie\n  client_secret: " + secret() + "\n",
					"PURECLOUD_CLIENT_SECRET=" + secret() + "\n",
					"genesys_client_secret = \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"GENESYSCLOUD_OAUTHCLIENT_SECRET=your-client-secret\n",
					"GENESYSCLOUD_OAUTHCLIENT_SECRET=" + strings.Repeat("x", 43) + "\n",
					// the client id is not the secret
					"GENESYSCLOUD_OAUTHCLIENT_ID=" + g.UUID() + "\n",
					// wrong length
					"GENESYSCLOUD_OAUTHCLIENT_SECRET=" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"smsapi-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SMSAPI_TOKEN=" + g.MixedAlnum(40) + "\n",
					"client = SmsApiPlClient(access_token='" + g.MixedAlnum(40) + "')\n",
					"$service = (new SmsapiHttpClient())->smsapiPlService('" + g.MixedAlnum(40) + "');\n",
					"smsapi:\n  token: \"" + g.MixedAlnum(40) + "\"\n  sender: Info\n",
				},
				Negatives: []string{
					// the SDK README's stand-in
					"$apiToken = '" + strings.Repeat("0", 40) + "';\n$service = (new SmsapiHttpClient())->smsapiComService($apiToken);\n",
					"SMSAPI_TOKEN=your-access-token\n",
					// wrong length
					"SMSAPI_TOKEN=" + g.MixedAlnum(32) + "\n",
					// the sender name, not a credential
					"SMSAPI_SENDER_NAME=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
	}
}
