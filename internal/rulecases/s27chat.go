// Cases for the team chat, messaging and push notification rules added in
// the s27chat change: Mattermost, Rocket.Chat and Webex incoming webhooks,
// Matrix Authentication Service tokens, Threema Gateway, GREEN-API, Pushy and
// WxPusher. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"hash/crc32"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// masToken returns a Matrix Authentication Service token of the given
// prefix (mat, mar, mct, mcr, mpt): 30 letters and digits, then the CRC32
// of what comes before in six base62 digits, least significant first and
// padded with zeros on the left, as MAS writes it.
func masToken(g *fake.Gen, prefix string) string {
	const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
	base := prefix + "_" + g.MixedAlnum(30)
	n := crc32.ChecksumIEEE([]byte(base))
	var sum []byte
	for n > 0 {
		sum = append(sum, digits[n%62])
		n /= 62
	}
	return base + "_" + strings.Repeat("0", 6-len(sum)) + string(sum)
}

// mattermostID returns a Mattermost NewId: 26 characters of its base32
// alphabet, with a digit.
func mattermostID(g *fake.Gen) string {
	for {
		s := g.String("ybndrfg8ejkmcpqxot1uwisza345h769", 26)
		if strings.ContainsAny(s, "13456789") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
			return s
		}
	}
}

// s27chatCases are the cases of the rules this change adds.
func s27chatCases() map[string]Builder {
	return map[string]Builder{
		"mattermost-incoming-webhook": func(g *fake.Gen) Cases {
			scheme := fake.Join("htt", "ps://")
			return Cases{
				Positives: []string{
					"MATTERMOST_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + mattermostID(g) + "\n",
					"notifications:\n  mattermost:\n    webhook_url: \"" + scheme + "mattermost.corp.example:8065/hooks/" + mattermostID(g) + "\"\n",
					"curl -i -X POST -H 'Content-Type: application/json' -d '{\"text\": \"deploy done\"}' " + scheme + "mm.example.org/hooks/" + mattermostID(g) + "\n",
					"WATCHTOWER_NOTIFICATION_URL=" + fake.Join("matter", "most://") + "watchtower@mm.example.org/" + mattermostID(g) + "/ops\n",
				},
				Negatives: []string{
					// the documentation's placeholder
					"webhook: " + scheme + "your-mattermost-server.com/hooks/xxx-generatedkey-xxx\n",
					// a git hook path
					"cp scripts/pre-commit " + scheme + "example.com/repo/.git/hooks/pre-commit\n",
					// too short, and upper case
					"MATTERMOST_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + g.LowerAlnum(20) + "\n",
					"MATTERMOST_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + strings.ToUpper(mattermostID(g)) + "\n",
					// letters only: a route name, not an id
					"route: " + scheme + "example.com/api/hooks/" + g.String(fake.Lower, 26) + "\n",
				},
			}
		},
		"rocketchat-incoming-webhook": func(g *fake.Gen) Cases {
			scheme := fake.Join("htt", "ps://")
			hook := func() string { return g.MixedAlnum(17) + "/" + g.MixedAlnum(48) }
			return Cases{
				Positives: []string{
					"ROCKETCHAT_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + hook() + "\n",
					"rocketchat:\n  url: '" + scheme + "rocket.example.org:3000/hooks/" + hook() + "'\n",
					"curl -X POST -H 'Content-Type: application/json' --data '{\"text\":\"build failed\"}' " + scheme + "open.rocket.chat/hooks/" + hook() + "\n",
				},
				Negatives: []string{
					// placeholders
					"ROCKETCHAT_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/<integration_id>/<token>\n",
					"ROCKETCHAT_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + strings.Repeat("x", 17) + "/" + strings.Repeat("x", 48) + "\n",
					// a token too short
					"ROCKETCHAT_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + g.MixedAlnum(17) + "/" + g.MixedAlnum(30) + "\n",
					// the id alone
					"ROCKETCHAT_WEBHOOK_URL=" + scheme + "chat.example.com/hooks/" + g.MixedAlnum(17) + "\n",
				},
			}
		},
		"webex-incoming-webhook": func(g *fake.Gen) Cases {
			scheme := fake.Join("htt", "ps://")
			id := func() string { return fake.VCSBase64("ciscospark://us/WEBHOOK/" + g.UUID()) }
			return Cases{
				Positives: []string{
					"WEBEX_WEBHOOK_URL=" + scheme + "webexapis.com/v1/webhooks/incoming/" + id() + "\n",
					"    webhook_url = '" + scheme + "webexapis.com/v1/webhooks/incoming/" + id() + "'\n    response = requests.post(webhook_url, json=payload)\n",
					"spark_post = requests.post('" + scheme + "api.ciscospark.com/v1/webhooks/incoming/" + id() + "', data={'text': 'joined'})\n",
				},
				Negatives: []string{
					// placeholders
					"WEBEX_WEBHOOK_URL=" + scheme + "webexapis.com/v1/webhooks/incoming/YOUR_WEBHOOK_ID\n",
					"WEBEX_WEBHOOK_URL=" + scheme + "webexapis.com/v1/webhooks/incoming/<webhook-id>\n",
					// another service's incoming webhook path
					"HOOK=" + scheme + "hooks.example.com/v1/webhooks/incoming/" + id() + "\n",
					// truncated
					"WEBEX_WEBHOOK_URL=" + scheme + "webexapis.com/v1/webhooks/incoming/" + id()[:30] + "\n",
				},
			}
		},
		"matrix-mas-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MATRIX_ACCESS_TOKEN=" + masToken(g, "mat") + "\n",
					"curl -H \"Authorization: Bearer " + masToken(g, "mpt") + "\" https://matrix.example.org/_matrix/client/v3/account/whoami\n",
					"{\"access_token\": \"" + masToken(g, "mct") + "\", \"refresh_token\": \"" + masToken(g, "mcr") + "\", \"device_id\": \"ABCDEFGHIJ\"}\n",
					"homeserver: https://matrix.example.org\nrefresh_token: " + masToken(g, "mar") + "\n",
				},
				Negatives: []string{
					// too short, no checksum
					"MATRIX_ACCESS_TOKEN=" + fake.Join("ma", "t_") + g.MixedAlnum(20) + "_" + g.MixedAlnum(6) + "\n",
					"MATRIX_ACCESS_TOKEN=" + fake.Join("ma", "t_") + g.MixedAlnum(30) + "\n",
					// an identifier ending in mat_
					"val = format_" + g.MixedAlnum(30) + "_" + g.MixedAlnum(6) + "\n",
					// placeholder
					"MATRIX_ACCESS_TOKEN=" + fake.Join("ma", "t_") + strings.Repeat("x", 30) + "_" + strings.Repeat("x", 6) + "\n",
				},
			}
		},
		"threema-gateway-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"THREEMA_GATEWAY_ID=*ALERTS1\nTHREEMA_GATEWAY_SECRET=" + g.MixedAlnum(16) + "\n",
					"const threemaSecret = '" + g.MixedAlnum(16) + "'; // Threema Gateway *MYIDENT\n",
					"APPRISE_URLS=" + fake.Join("three", "ma://") + "*ALERTS1@" + g.MixedAlnum(16) + "/ECHOECHO\n",
					"threema:\n  gateway_id: \"*ALERTS1\"\n  api_secret: \"" + g.MixedAlnum(16) + "\"\n",
					"THREEMA_PRIVATE_KEY=" + fake.Join("priv", "ate:") + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"THREEMA_GATEWAY_SECRET=your_api_secret\n",
					"THREEMA_GATEWAY_SECRET=" + strings.Repeat("x", 16) + "\n",
					// wrong length
					"THREEMA_GATEWAY_SECRET=" + g.MixedAlnum(12) + "\n",
					// the name glued to another word
					"NOTHREEMA_SECRET=" + g.MixedAlnum(16) + "\n",
					// the gateway id is not secret
					"THREEMA_GATEWAY_ID=*ALERTS1\n",
				},
			}
		},
		"green-api-token": func(g *fake.Gen) Cases {
			id := func() string { return fake.Join("1101", g.String(fake.Digits, 6)) }
			return Cases{
				Positives: []string{
					"GREEN_API_TOKEN=" + g.Hex(50) + "\n",
					"greenAPI = API.GreenAPI(\n\"" + id() + "\", \"" + g.Hex(50) + "\"\n)\n",
					"greenAPI = API.GreenAPI(\"" + id() + "\", \"" + g.Hex(50) + "\")\n",
					"curl -X POST 'https://api.green-api.com/waInstance" + id() + "/sendMessage/" + g.Hex(50) + "' -d '{\"chatId\": \"79991234567@c.us\"}'\n",
					"{\"idInstance\": " + id() + ", \"apiTokenInstance\": \"" + g.Hex(50) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"GREEN_API_TOKEN=<your apiTokenInstance>\n",
					"curl 'https://api.green-api.com/waInstance{{idInstance}}/sendMessage/{{apiTokenInstance}}'\n",
					// wrong length
					"GREEN_API_TOKEN=" + g.Hex(40) + "\n",
					// the name inside another word
					"EVERGREEN_API_TOKEN=" + g.Hex(50) + "\n",
				},
			}
		},
		"pushy-secret-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PUSHY_SECRET_API_KEY=" + g.Hex(64) + "\n",
					"var pushy = new Pushy('" + g.Hex(64) + "');\n",
					"$ch = curl_init(\"https://api.pushy.me/push?api_key=" + g.Hex(64) + "\");\n",
					"pushy:\n  api_key: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"var pushy = new Pushy('SECRET_API_KEY');\n",
					"PUSHY_SECRET_API_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"PUSHY_SECRET_API_KEY=" + g.Hex(40) + "\n",
					// the English word, no credential name
					"The reviewer was pushy about commit " + g.Hex(64) + "\n",
				},
			}
		},
		"wxpusher-app-token": func(g *fake.Gen) Cases {
			at := fake.Join("A", "T_")
			return Cases{
				Positives: []string{
					"WXPUSHER_APP_TOKEN=" + at + g.MixedAlnum(32) + "\n",
					"body = {\n    \"appToken\": \"" + at + g.MixedAlnum(32) + "\",\n    \"content\": content,\n}\n",
					"pusher = WxPusher(token='" + at + g.MixedAlnum(32) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"\"appToken\": \"" + at + "xxx\",\n",
					"WXPUSHER_APP_TOKEN=" + at + strings.Repeat("x", 32) + "\n",
					// wrong length
					"WXPUSHER_APP_TOKEN=" + at + g.MixedAlnum(28) + "\n",
					// the user id is not secret
					"\"uids\": [\"" + fake.Join("UI", "D_") + g.MixedAlnum(28) + "\"]\n",
					// no WxPusher or appToken name on the line
					"value = " + at + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"jpush-master-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JPUSH_APP_KEY=" + g.Hex(24) + "\nJPUSH_MASTER_SECRET=" + g.Hex(24) + "\n",
					"jpush:\n  app-key: " + g.Hex(24) + "\n  master-secret: " + g.Hex(24) + "\n",
					"JPushClient jpushClient = new JPushClient(\"" + g.Hex(24) + "\", \"" + g.Hex(24) + "\", null, ClientConfig.getInstance());\n",
					"{\n  \"jpush\": {\n    \"appKey\": \"" + g.Hex(24) + "\",\n    \"masterSecret\": \"" + g.Hex(24) + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// the AppKey ships in the client app
					"JPUSH_APP_KEY=" + g.Hex(24) + "\n",
					// placeholders
					"JPUSH_MASTER_SECRET=your_master_secret\n",
					"JPUSH_MASTER_SECRET=" + strings.Repeat("0", 24) + "\n",
					// wrong length
					"JPUSH_MASTER_SECRET=" + g.Hex(32) + "\n",
				},
			}
		},
		"line-channel-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LINE_CHANNEL_ACCESS_TOKEN=" + g.Base64Bytes(128) + "\nLINE_CHANNEL_SECRET=" + g.Hex(32) + "\n",
					"handler = WebhookHandler('" + g.Hex(32) + "')\n",
					"line.bot.channel-secret=" + g.Hex(32) + "\nline.bot.handler.path=/callback\n",
					"const config = {\n  channelAccessToken: process.env.CHANNEL_ACCESS_TOKEN,\n  channelSecret: '" + g.Hex(32) + "',\n};\n",
				},
				Negatives: []string{
					// placeholders
					"handler = WebhookHandler('YOUR_CHANNEL_SECRET')\n",
					"LINE_CHANNEL_SECRET=" + strings.Repeat("x", 32) + "\n",
					// wrong length and alphabet
					"LINE_CHANNEL_SECRET=" + g.Hex(24) + "\n",
					"LINE_CHANNEL_SECRET=" + g.MixedAlnum(32) + "\n",
					// a channel id is not secret
					"LINE_CHANNEL_ID=" + g.String(fake.Digits, 10) + "\n",
				},
			}
		},
		"wecom-corp-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("_", "-") + g.MixedAlnum(22) }
			corpid := func() string { return fake.Join("w", "w") + g.Hex(16) }
			return Cases{
				Positives: []string{
					"WECOM_CORP_ID=" + corpid() + "\nWECOM_CORP_SECRET=" + secret() + "\n",
					"    corpid = '" + corpid() + "'\n    agentid = '1000002'\n    secret = '" + secret() + "'\n",
					"curl 'https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=" + corpid() + "&corpsecret=" + secret() + "'\n",
					"wecom:\n  corp_id: " + corpid() + "\n  agent_id: 1000002\n  secret: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"https://qyapi.weixin.qq.com/cgi-bin/gettoken?corpid=ID&corpsecret=SECRET\n",
					"WECOM_CORP_SECRET=" + strings.Repeat("x", 43) + "\n",
					// wrong length
					"WECOM_CORP_SECRET=" + g.MixedAlnum(32) + "\n",
					// no WeCom name near
					"APP_SECRET=" + secret() + "\n",
				},
			}
		},
		"zegocloud-server-secret": func(g *fake.Gen) Cases {
			appID := func() string { return fake.Join("1", g.String(fake.Digits, 9)) }
			return Cases{
				Positives: []string{
					"    const appID = " + appID() + ";\n    const serverSecret = \"" + g.Hex(32) + "\";\n    const kitToken = ZegoUIKitPrebuilt.generateKitTokenForTest(appID, serverSecret, roomID, userID, userName);\n",
					"const kitToken = ZegoUIKitPrebuilt.generateKitTokenForTest(" + appID() + ", \"" + g.Hex(32) + "\", roomId, Date.now().toString(), \"guest\");\n",
					"ZEGO_APP_ID=" + appID() + "\nZEGO_SERVER_SECRET=" + g.Hex(32) + "\n",
					"ZEGO_APP_SIGN=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"ZEGO_SERVER_SECRET=your_server_secret\n",
					"const serverSecret = \"" + strings.Repeat("0", 32) + "\"; // ZegoUIKitPrebuilt\n",
					// wrong length
					"ZEGO_SERVER_SECRET=" + g.Hex(20) + "\n",
					// a server secret with no ZEGOCLOUD near
					"const serverSecret = \"" + g.Hex(32) + "\";\n",
					// the app id is not secret
					"ZEGO_APP_ID=" + appID() + "\n",
				},
			}
		},
		"zoho-webhook-zapikey": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("1001", ".") + g.Hex(32) + "." + g.Hex(32) }
			return Cases{
				Positives: []string{
					"CLIQ_WEBHOOK_URL=https://cliq.zoho.com/api/v2/channelsbyname/alerts/message?zapikey=" + key() + "\n",
					"const ZOHO_WEBHOOK_URL = \"https://flow.zoho.com/925120593/flow/webhook/incoming?zapikey=" + key() + "&isdebug=false\";\n",
					"zoho_cliq:\n  zapikey: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"https://cliq.zoho.com/api/v2/bots/alerts/incoming?zapikey=YOUR_ZAPIKEY\n",
					"zapikey=" + fake.Join("1001", ".") + strings.Repeat("x", 32) + "." + strings.Repeat("x", 32) + "\n",
					// truncated
					"zapikey=" + fake.Join("1001", ".") + g.Hex(32) + "\n",
					// an OAuth token of another kind
					"zapikey=" + fake.Join("1000", ".") + g.Hex(32) + "." + g.Hex(32) + "\n",
				},
			}
		},
	}
}
