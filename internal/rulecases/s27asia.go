// Cases for the Asian-platform rules added in the s27 asia change: Baidu
// Maps and Tencent Location Service keys, Easemob client secrets, JPush,
// Getui and Umeng push master secrets, Tencent Cloud IM keys, iFlytek API
// secrets, RongCloud, NetEase Yunxin and Weibo app secrets, Naver Developers
// client secrets and Yahoo! JAPAN client IDs. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27asiaCases are the cases of the rules this change adds.
func s27asiaCases() map[string]Builder {
	return map[string]Builder{
		"baidu-map-ak": func(g *fake.Gen) Cases {
			host := fake.Join("api.map.", "baidu.com")
			return Cases{
				Positives: []string{
					"url = f\"https://" + host + "/geocoding/v3/?address={address}&output=json&ak=" + g.MixedAlnum(32) + "\"\n",
					"<script type=\"text/javascript\" src=\"//" + host + "/api?type=webgl&v=1.0&ak=" + g.MixedAlnum(32) + "\"></script>\n",
					"BAIDU_MAP_AK=" + g.MixedAlnum(32) + "\n",
					"export default {\n  BMAP_AK: '" + g.MixedAlnum(32) + "',\n}\n",
				},
				Negatives: []string{
					// a template, not a key
					"url = f\"https://" + host + "/geocoding/v3/?address={address}&output=json&ak={self.api_key}\"\n",
					// placeholders
					"BAIDU_MAP_AK=your_baidu_map_ak_here\n",
					"BAIDU_MAP_AK=" + strings.Repeat("x", 32) + "\n",
					// wrong length
					"BAIDU_MAP_AK=" + g.MixedAlnum(24) + "\n",
					// the name glued into another word
					"BITMAP_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"tencent-map-key": func(g *fake.Gen) Cases {
			key := func() string {
				parts := make([]string, 6)
				for i := range parts {
					parts[i] = g.String(fake.Upper+fake.Digits, 5)
				}
				return strings.Join(parts, "-")
			}
			host := fake.Join("apis.map", ".qq.com")
			return Cases{
				Positives: []string{
					"const url = `https://" + host + "/ws/geocoder/v1/?location=${lat},${lng}&key=" + key() + "`;\n",
					"qqmapsdk = new QQMapWX({ key: '" + key() + "' });\n",
					"TENCENT_MAP_KEY=" + key() + "\n",
					"<script src=\"https://map.qq.com/api/gljs?v=1.exp&key=" + key() + "\"></script>\n",
				},
				Negatives: []string{
					// placeholders
					"qqmapsdk = new QQMapWX({ key: 'XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX' });\n",
					"TENCENT_MAP_KEY=OB4BZ-D4W3U-B7VVO-4PJWW-6TKDJ-*****\n",
					// five groups, not six
					"TENCENT_MAP_KEY=" + strings.Join([]string{g.String(fake.Upper+fake.Digits, 5), g.String(fake.Upper+fake.Digits, 5), g.String(fake.Upper+fake.Digits, 5), g.String(fake.Upper+fake.Digits, 5), g.String(fake.Upper+fake.Digits, 5)}, "-") + "\n",
					// the shape without any Tencent Maps context
					"LICENSE=" + key() + "\n",
				},
			}
		},
		"easemob-client-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("YX", "A6")
			secret := func() string { return prefix + g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(6) }
			return Cases{
				Positives: []string{
					"$data = array('grant_type' => 'client_credentials', 'client_id' => '" + prefix + g.MixedAlnum(22) + "', 'client_secret' => '" + secret() + "');\n",
					"EASEMOB_CLIENT_SECRET=" + secret() + "\n",
					"Em = new easemob({\n  appKey: \"demo#app\",\n  clientId: \"" + prefix + g.MixedAlnum(22) + "\",\n  clientSecret: \"" + secret() + "\",\n});\n",
					"easemob:\n  appkey: 1102190223222824#demo\n  client-secret: " + secret() + "\n",
				},
				Negatives: []string{
					// the client id is not the secret
					"EASEMOB_CLIENT_ID=" + prefix + g.MixedAlnum(22) + "\n",
					// too long: part of a longer base64 text
					"data = \"" + prefix + g.MixedAlnum(60) + "\"\n",
					// placeholders
					"EASEMOB_CLIENT_SECRET=" + prefix + strings.Repeat("x", 27) + "\n",
					"EASEMOB_CLIENT_SECRET=" + prefix + "...\n",
				},
			}
		},
		"naver-developers-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"conn.setRequestProperty(\"X-Naver-Client-Id\", \"" + g.MixedAlnum(20) + "\");\nconn.setRequestProperty(\"X-Naver-Client-Secret\", \"" + g.MixedAlnum(10) + "\");\n",
					"curl \"https://openapi.naver.com/v1/search/blog.json?query=x\" -H \"X-Naver-Client-Id: " + g.MixedAlnum(20) + "\" -H \"X-Naver-Client-Secret: " + g.MixedAlnum(10) + "\"\n",
					"NAVER_CLIENT_ID=" + g.MixedAlnum(20) + "\nNAVER_CLIENT_SECRET=" + g.MixedAlnum(10) + "\n",
					"spring.security.oauth2.client.registration.naver.client-secret=" + g.MixedAlnum(7) + "_" + g.Alnum(2) + "\n",
				},
				Negatives: []string{
					// the client id is not the secret
					"NAVER_CLIENT_ID=" + g.MixedAlnum(20) + "\n",
					// placeholders
					"req.add_header(\"X-Naver-Client-Secret\", \"YOUR_CLIENT_SECRET\")\n",
					"NAVER_CLIENT_SECRET=xxxxxxxxxx\n",
					// a Naver Cloud secret key is 40 characters
					"NAVER_CLOUD_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					// naver inside another word
					"CANAVERAL_SECRET=" + g.MixedAlnum(10) + "\n",
					// code, not a value: a call and a field
					"NAVER_CLIENT_SECRET = loadSecret(\"naver\")\n",
					"naverSecret: properties.secret,\n",
				},
			}
		},
		"netease-yunxin-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NETEASE_IM_APP_KEY=" + g.Hex(32) + "\nNETEASE_IM_APP_SECRET=" + g.Hex(12) + "\n",
					"yunxin:\n  app-key: " + g.Hex(32) + "\n  app-secret: " + g.Hex(12) + "\n",
					"$this->yunxinAppSecret = \"" + g.Hex(12) + "\";\n",
				},
				Negatives: []string{
					// the app key is not the secret
					"NETEASE_IM_APP_KEY=" + g.Hex(32) + "\n",
					// wrong length and alphabet
					"NETEASE_IM_APP_SECRET=" + g.Hex(32) + "\n",
					"NETEASE_IM_APP_SECRET=" + g.MixedAlnum(12) + "\n",
					// placeholders
					"NETEASE_IM_APP_SECRET=************\n",
					"NETEASE_IM_APP_SECRET=000000000000\n",
				},
			}
		},
		"getui-master-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GETUI_APP_ID=" + g.MixedAlnum(22) + "\nGETUI_APP_KEY=" + g.MixedAlnum(22) + "\nGETUI_MASTER_SECRET=" + g.MixedAlnum(22) + "\n",
					"apiConfiguration.setAppKey(\"" + g.MixedAlnum(22) + "\");\napiConfiguration.setMasterSecret(\"" + g.MixedAlnum(22) + "\");\n",
					"push:\n  geTui:\n    masterSecret: \"" + g.MixedAlnum(22) + "\"\n",
					"private static String getuiMasterSecret = \"" + g.MixedAlnum(22) + "\";\n",
				},
				Negatives: []string{
					// the app key and app secret ship in the app; only the master secret is the server's
					"GETUI_APP_KEY=" + g.MixedAlnum(22) + "\n",
					// wrong length
					"GETUI_MASTER_SECRET=" + g.MixedAlnum(32) + "\n",
					// placeholders
					"apiConfiguration.setMasterSecret(\"your_master_secret\");\n",
					"GETUI_MASTER_SECRET=" + strings.Repeat("x", 22) + "\n",
					// code, not a value
					"GETUI_MASTER_SECRET = getMasterSecretFromEnv()\n",
				},
			}
		},
		"tencent-im-secret-key": func(g *fake.Gen) Cases {
			appID := func() string { return "1400" + g.String(fake.Digits, 6) }
			return Cases{
				Positives: []string{
					"TLSSigAPIv2 api = new TLSSigAPIv2(" + appID() + ", \"" + g.Hex(64) + "\");\n",
					"api = TLSSigAPIv2(" + appID() + ", '" + g.Hex(64) + "')\n",
					"TENCENT_IM_SDKAPPID=" + appID() + "\nTENCENT_IM_SECRET_KEY=" + g.Hex(64) + "\n",
					"trtc:\n  sdk-app-id: " + appID() + "\n  secret-key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// a template and a placeholder
					"api = TLSSigAPIv2(sdkappid, key)\n",
					"TENCENT_IM_SECRET_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"TENCENT_IM_SECRET_KEY=" + g.Hex(40) + "\n",
					// a digest without any Tencent IM name
					"sha256 = \"" + g.Hex(64) + "\"\n",
				},
			}
		},
		"rongcloud-app-secret": func(g *fake.Gen) Cases {
			appKey := func() string { return g.LowerAlnum(13) }
			return Cases{
				Positives: []string{
					"RongCloud rongCloud = RongCloud.getInstance(\"" + appKey() + "\", \"" + g.MixedAlnum(13) + "\");\n",
					"rcloud = RongCloud(app_key='" + appKey() + "', app_secret='" + g.MixedAlnum(14) + "')\n",
					"RONGCLOUD_APP_KEY=" + appKey() + "\nRONGCLOUD_APP_SECRET=" + g.MixedAlnum(13) + "\n",
					"rongcloud:\n  app-key: " + appKey() + "\n  app-secret: " + g.MixedAlnum(11) + "\n",
				},
				Negatives: []string{
					// the app key alone
					"RONGCLOUD_APP_KEY=" + appKey() + "\n",
					// placeholders
					"RongCloud cloud = RongCloud.getInstance(\"your apikey\", \"your AppSecret\");\n",
					"RONGCLOUD_APP_SECRET=" + strings.Repeat("x", 14) + "\n",
					// too long for an App Secret
					"RONGCLOUD_APP_SECRET=" + g.MixedAlnum(32) + "\n",
					// rong inside another word
					"STRONG_CLOUD_SECRET=" + g.MixedAlnum(13) + "\n",
					// code, not a value
					"RONGCLOUD_APP_SECRET = getAppSecret()\n",
				},
			}
		},
		"umeng-app-master-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"UMENG_APP_KEY=" + g.Hex(24) + "\nUMENG_APP_MASTER_SECRET=" + g.LowerAlnum(32) + "\n",
					"'umeng' => [\n    'app_key' => env('UMENG_APP_KEY'),\n    'app_master_secret' => env('UMENG_APP_MASTER_SECRET', '" + g.LowerAlnum(32) + "'),\n],\n",
					"umeng:\n  android:\n    app-key: " + g.Hex(24) + "\n  master-secret: " + g.LowerAlnum(32) + "\n",
				},
				Negatives: []string{
					// the app key and the message secret ship in the app
					"UMENG_APP_KEY=" + g.Hex(24) + "\n",
					"UMENG_MESSAGE_SECRET=" + g.Hex(32) + "\n",
					// wrong alphabet and placeholders
					"UMENG_APP_MASTER_SECRET=" + g.MixedAlnum(32) + "\n",
					"UMENG_APP_MASTER_SECRET=" + strings.Repeat("x", 32) + "\n",
				},
			}
		},
		"iflytek-api-secret": func(g *fake.Gen) Cases {
			secret := func() string { return base64.StdEncoding.EncodeToString([]byte(g.Hex(24))) }
			return Cases{
				Positives: []string{
					"IFLYTEK_SPARK_APP_ID=" + g.Hex(8) + "\nIFLYTEK_SPARK_API_KEY=" + g.Hex(32) + "\nIFLYTEK_SPARK_API_SECRET=" + secret() + "\n",
					"SPARK_APPID = \"" + g.Hex(8) + "\"\nSPARK_API_KEY = \"" + g.Hex(32) + "\"\nSPARK_API_SECRET = \"" + secret() + "\"\n",
					"const APPID = \"" + g.Hex(8) + "\";\nconst API_SECRET = \"" + secret() + "\";\nconst httpUrl = \"wss://spark-api.xf-yun.com/v3.5/chat\";\n",
					"auth = buildAuthParams({ apiSecret: '" + secret() + "', apiKey: '" + g.Hex(32) + "' })\n",
				},
				Negatives: []string{
					// placeholders
					"IFLYTEK_SPARK_API_SECRET=your-iflytek-api-secret\n",
					"SPARK_API_SECRET = \"xxxxxxxxxxxxxxx\"\n",
					"IFLYTEK_SPARK_API_SECRET=" + base64.StdEncoding.EncodeToString([]byte(strings.Repeat("0", 24))) + "\n",
					// a secret of another shape
					"API_SECRET=" + g.MixedAlnum(32) + "\n",
					"SPARK_API_SECRET=" + g.Hex(32) + "\n",
				},
			}
		},
		"weibo-app-secret": func(g *fake.Gen) Cases {
			appKey := func() string { return g.String(fake.Digits, 10) }
			return Cases{
				Positives: []string{
					"WEIBO_APP_KEY=" + appKey() + "\nWEIBO_APP_SECRET=" + g.Hex(32) + "\n",
					"public static final String WEIBO_APP_SECRET = \"" + g.Hex(32) + "\";\n",
					"weibo_appid = '" + appKey() + "'\nweibo_app_secret='" + g.Hex(32) + "'\n",
					"weibo:\n  app-key: " + appKey() + "\n  app-secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the app key is not the secret
					"WEIBO_APP_KEY=" + appKey() + "\n",
					// placeholders
					"WEIBO_APP_SECRET=your_weibo_app_secret\n",
					"WEIBO_APP_SECRET=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"WEIBO_APP_SECRET=" + g.Hex(40) + "\n",
					"WEIBO_APP_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"yahoo-japan-client-id": func(g *fake.Gen) Cases {
			head := fake.Join("dj00", "aiZpP")
			tail := fake.Join("ZzPWNvbnN1bWVy", "c2VjcmV0Jng9")
			id := func() string { return head + g.MixedAlnum(17) + tail + g.MixedAlnum(3) + "-" }
			return Cases{
				Positives: []string{
					"const APP_ID = '" + id() + "';\n",
					"url = \"https://shopping.yahooapis.jp/ShoppingWebService/V3/itemSearch?appid=" + id() + "&query=\" + q\n",
					"YAHOO_JAPAN_CLIENT_ID=" + id() + "\n",
				},
				Negatives: []string{
					// placeholders and a truncated id
					"YAHOO_JAPAN_CLIENT_ID=" + head + "Xh4eHh4eHh4...\n",
					"YAHOO_JAPAN_CLIENT_ID=" + head + g.MixedAlnum(17) + "\n",
					// the same shape with another s= part
					"YAHOO_JAPAN_CLIENT_ID=" + head + g.MixedAlnum(47) + "\n",
				},
			}
		},
	}
}
