// Cases for the Asian and regional provider rules added in the s30 asia
// change: Sber GigaChat, SberCloud, DingTalk, Lyft and Zalo. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30asiaCases are the cases of the rules this change adds.
func s30asiaCases() map[string]Builder {
	return map[string]Builder{
		"gigachat-authorization-key": func(g *fake.Gen) Cases {
			// The authorization key is base64 of "<Client ID>:<Client Secret>",
			// two UUIDs: 73 bytes, 100 characters ending in "==".
			key := func() string {
				return base64.StdEncoding.EncodeToString([]byte(g.UUID() + ":" + g.UUID()))
			}
			return Cases{
				Positives: []string{
					"GIGACHAT_CREDENTIALS=" + key() + "\n",
					"from gigachat import GigaChat\n\ngiga = GigaChat(credentials=\"" + key() + "\", verify_ssl_certs=False)\n",
					"llm = GigaChat(\"" + key() + "\", scope=\"GIGACHAT_API_PERS\")\n",
					"gigachat:\n  credentials: " + key() + "\n  scope: GIGACHAT_API_PERS\n",
					"GIGACHAT_AUTH_KEY = \"Basic " + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders from the SDK docs
					"GIGACHAT_CREDENTIALS=your_base64_credentials\n",
					"giga = GigaChat(credentials=\"<your_authorization_key>\", verify_ssl_certs=False)\n",
					// base64 of one UUID only is too short
					"GIGACHAT_CREDENTIALS=" + base64.StdEncoding.EncodeToString([]byte(g.UUID())) + "\n",
					// base64 of random bytes is not a Client ID:Client Secret pair
					"GIGACHAT_CREDENTIALS=" + base64.StdEncoding.EncodeToString(g.Bytes(73)) + "\n",
					// the provider's name glued to a setting that holds no key
					"GIGACHAT_MODEL_LIST=" + key() + "\n",
				},
			}
		},
		"dingtalk-app-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(43) }
			appKey := fake.Join("di", "ng") + g.LowerAlnum(16)
			return Cases{
				Positives: []string{
					"DINGTALK_APP_KEY=" + appKey + "\nDINGTALK_APP_SECRET=" + secret() + "\n",
					"environment:\n  DINGTALK_CLIENT_ID: " + appKey + "\n  DINGTALK_CLIENT_SECRET: \"" + g.MixedAlnum(64) + "\"\n",
					"notification.providers.im.dingtalk.app-secret=" + secret() + "\n",
					"dingtalk:\n  app-key: " + appKey + "\n  app-secret: " + g.MixedAlnum(64) + "\n",
					"client = DingTalkClient(\"" + appKey + "\", \"" + g.MixedAlnum(64) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"DINGTALK_APP_SECRET=your-app-secret\n",
					"DINGTALK_APP_SECRET=" + strings.Repeat("x", 64) + "\n",
					// lower-case hex of the same length is a robot webhook token, not an AppSecret
					"DINGTALK_SECRET_HASH=" + g.Hex(64) + "\n",
					// the provider's name glued to another word
					"DINGTALKER_NAME=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"lyft-client-secret": func(g *fake.Gen) Cases {
			secret := func() string {
				return g.MixedAlnum(14) + g.Pick("_", "-", "A") + g.MixedAlnum(16) + g.Pick("-", "0", "x")
			}
			clientID := g.MixedAlnum(12)
			return Cases{
				Positives: []string{
					"LYFT_CLIENT_ID=" + clientID + "\nLYFT_CLIENT_SECRET=" + secret() + "\n",
					"# OAuth 2.0 credentials\nLYFT_CLIENT_ID = \"" + clientID + "\"\nLYFT_CLIENT_SECRET = \"" + secret() + "\"\n",
					"    private static final String LYFT_CLIENT_SECRET = \"" + secret() + "\";\n",
					"const lyft = new Lyft('" + clientID + "', '" + secret() + "');\n",
					"lyft:\n  client_id: " + clientID + "\n  client_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"LYFT_CLIENT_SECRET=YOUR_LYFT_CLIENT_SECRET\n",
					"LYFT_CLIENT_SECRET=\"" + strings.Repeat("x", 32) + "\"\n",
					// the client id is not a secret
					"LYFT_CLIENT_ID=" + clientID + "\n",
					// the provider's name glued to another word
					"FLYFTEST_SECRET_NAME=" + secret() + "\n",
					// too short for a client secret
					"LYFT_CLIENT_SECRET=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"sbercloud-secret-access-key": func(g *fake.Gen) Cases {
			sk := func() string {
				return g.MixedAlnum(37) + g.String("0123456789", 1) + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1) + g.String("abcdefghijklmnopqrstuvwxyz", 1)
			}
			ak := g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20)
			return Cases{
				Positives: []string{
					"export SBC_ACCESS_KEY=\"" + ak + "\"\nexport SBC_SECRET_KEY=\"" + sk() + "\"\n",
					"provider \"sbercloud\" {\n  auth_url    = \"https://iam.ru-moscow-1.hc.sbercloud.ru/v3\"\n  region      = \"ru-moscow-1\"\n  access_key  = \"" + ak + "\"\n  secret_key  = \"" + sk() + "\"\n}\n",
					"SBERCLOUD_SECRET_KEY=" + sk() + "\n",
					"sbercloud:\n  access_key: " + ak + "\n  secret_key: " + sk() + "\n",
				},
				Negatives: []string{
					// placeholders from the provider docs
					"export SBC_SECRET_KEY=\"xxxx-xxx-xxx\"\n",
					"SBC_SECRET_KEY=" + strings.Repeat("x", 40) + "\n",
					// another bank's name that ends in the same letters
					"HSBC_SECRET_KEY_NAME=" + g.MixedLetters(40) + "\n",
					// lower-case hex of the same length is no Huawei-style secret key
					"SBERCLOUD_SECRET_KEY=" + g.String("0123456789abcdef", 40) + "\n",
				},
			}
		},
		"zalo-app-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(18) + g.String("0123456789", 2) }
			appID := g.String("123456789", 1) + g.String("0123456789", 18)
			return Cases{
				Positives: []string{
					"ZALO_APP_ID=" + appID + "\nZALO_APP_SECRET=" + secret() + "\n",
					"ZALO_SECRET_KEY=\"" + secret() + "\"\n",
					"const zaloClient = new ZaloClient(\"" + appID + "\", \"" + secret() + "\");\n",
					"zalo:\n  app_id: \"" + appID + "\"\n  secret_key: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"ZALO_APP_SECRET=your_app_secret_here\n",
					"ZALO_APP_SECRET=\"" + strings.Repeat("x", 20) + "\"\n",
					// the numeric app id is public
					"ZALO_APP_ID=" + appID + "\n",
					// a name that only contains the provider's name
					"GONZALO_SECRET=" + secret() + "\n",
					// too long for an app secret
					"ZALO_APP_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}
