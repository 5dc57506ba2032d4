// Cases for the Chinese developer-platform rules added in the s35china2
// change: Tushare Pro, Tianditu, Juhe Data, Seniverse, FastGPT, Ping++,
// Geetest, the Taobao Open Platform (TOP), Pinduoduo, SenseNova, the JD open
// platform, Douyin and Youzan. Every key shape is built at run time from parts, so
// that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35china2Cases are the cases of the rules this change adds.
func s35china2Cases() map[string]Builder {
	return map[string]Builder{
		"tushare-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Hex(56) }
			return Cases{
				Positives: []string{
					"import tushare as ts\n\nts.set_token('" + tok() + "')\npro = ts.pro_api()\n",
					"import tushare as ts\n\n# 初始化pro接口\npro = ts.pro_api('" + tok() + "')\ndf = pro.daily(ts_code='000001.SZ')\n",
					"TUSHARE_TOKEN=" + tok() + "\nDATA_DIR=./data\n",
					"data_sources:\n  tushare:\n    token: \"" + tok() + "\"\n    retries: 3\n",
					"pro = ts.pro_api(token=\"" + tok() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"ts.set_token('your_tushare_token')\n",
					"TUSHARE_TOKEN=" + strings.Repeat("0", 56) + "\n",
					// wrong length and wrong alphabet
					"TUSHARE_TOKEN=" + g.Hex(40) + "\n",
					"ts.set_token('" + g.MixedAlnum(56) + "')\n",
					// the name glued to another word
					"notushare_token = \"" + g.Hex(56) + "\"\n",
					// a digest beside a Tushare release, not a token
					"tushare==1.4.6\nsha224: " + g.Hex(56) + "\n",
				},
			}
		},
		"tianditu-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"const image = L.tileLayer('http://t{s}.tianditu.gov.cn/img_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0" +
						"&LAYER=img&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TileMatrix={z}&TileCol={x}&TileRow={y}&tk=" + key() + "', {\n  subdomains: [0, 1, 2, 3]\n})\n",
					"<script src=\"http://api.tianditu.gov.cn/api?v=4.0&tk=" + key() + "\" type=\"text/javascript\"></script>\n",
					"VITE_TIANDITU_TK=" + key() + "\n",
					"map:\n  tianditu:\n    key: " + key() + "\n",
					"new Cesium.WebMapTileServiceImageryProvider({\n  url: 'http://t0.tianditu.gov.cn/vec_w/wmts?tk=" + key() + "',\n  layer: 'vec',\n})\n",
				},
				Negatives: []string{
					// placeholders
					"VITE_TIANDITU_TK=your_tianditu_key\n",
					"url: 'http://t0.tianditu.gov.cn/img_w/wmts?tk=${token}'\n",
					// wrong length and wrong alphabet
					"TIANDITU_KEY=" + g.Hex(24) + "\n",
					"TIANDITU_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"untianditukey = \"" + g.Hex(32) + "\"\n",
					// another map service
					"url: 'https://webrd01.is.autonavi.com/appmaptile?lang=zh_cn&style=8&x={x}&y={y}&z={z}&key=" + g.Hex(32) + "'\n",
				},
			}
		},
		"juhe-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"String uri = \"http://apis.juhe.cn/simpleWeather/query?city=%E9%95%87%E6%B1%9F&key=" + key() + "\";\n",
					"let str = 'https://apis.juhe.cn/simpleWeather/query?key=" + key() + "&city='\n",
					"JUHE_API_KEY=" + key() + "\n",
					"juhe:\n  weather-key: \"" + key() + "\"\n  tpl-id: 123456\n",
					"public static final String SMS_URL = \"http://v.juhe.cn/sms/send?mobile=%s&tpl_id=%s&tpl_value=%s&key=" + key() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"JUHE_API_KEY=your_juhe_key\n",
					"url = f'http://apis.juhe.cn/simpleWeather/query?city={city}&key={key}'\n",
					// wrong length and wrong alphabet
					"JUHE_API_KEY=" + g.Hex(40) + "\n",
					"JUHE_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"pojuhekey = \"" + g.Hex(32) + "\"\n",
					// another API's key in a URL
					"http://api.tianapi.com/weather/index?key=" + g.Hex(32) + "&city=101010100\n",
				},
			}
		},
		"seniverse-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("S", g.MixedAlnum(16)) }
			return Cases{
				Positives: []string{
					"static const char *URL = \"http://api.seniverse.com/v3/weather/now.json?key=" + key() + "&location=hangzhou&language=zh-Hans&unit=c\";\n",
					"SENIVERSE_KEY=" + key() + "\n",
					"weather:\n  seniverse:\n    private_key: " + key() + "\n",
					"String url = \"https://api.seniverse.com/v3/weather/now.json?key=" + g.String(fake.Lower+fake.Digits, 16) + "&location=\" + city;\n",
					"{\n  \"seniverse_api_key\": \"" + key() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"SENIVERSE_KEY=your_private_key\n",
					"url = 'https://api.seniverse.com/v3/weather/now.json?key=%s&location=%s' % (key, loc)\n",
					// the public key (P...) is no secret
					"SENIVERSE_PUBLIC_KEY=" + fake.Join("P", g.MixedAlnum(16)) + "\n",
					// wrong length
					"SENIVERSE_KEY=" + fake.Join("S", g.MixedAlnum(24)) + "\n",
					// the name glued to another word
					"unseniversekey = \"" + key() + "\"\n",
				},
			}
		},
		"fastgpt-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("fastgpt", "-") + g.MixedAlnum(52+g.IntN(14)) }
			old := func() string { return fake.Join("fastgpt", "-") + g.MixedAlnum(24+g.IntN(14)) }
			return Cases{
				Positives: []string{
					"curl http://127.0.0.1:3000/api/v1/chat/completions \\\n  -H \"Content-Type: application/json\" \\\n  -H \"Authorization: Bearer " + key() + "\" \\\n  -d '{\"stream\": false}'\n",
					"headers = {\n    'Authorization': 'Bearer " + key() + "',\n    'Content-Type': 'application/json'\n}\n",
					"FASTGPT_API_KEY=" + key() + "\nFASTGPT_BASE_URL=https://api.fastgpt.in/api\n",
					"OPENAI_API_KEY: " + old() + "\n",
					"const apiKey = '" + old() + "-" + g.Hex(24) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"Authorization: Bearer " + fake.Join("fastgpt", "-") + "xxxxxx\n",
					"FASTGPT_API_KEY=" + fake.Join("fastgpt", "-") + "REPLACE_ME\n",
					// too short
					"FASTGPT_API_KEY=" + fake.Join("fastgpt", "-") + g.MixedAlnum(16) + "\n",
					// a package or path name, not a key
					"image: ghcr.io/labring/" + fake.Join("fastgpt", "-") + "plugin:v4.9.1\n",
					// the prefix glued to another word
					"myfastgpt-" + g.MixedAlnum(56) + "\n",
				},
			}
		},
		"pingpp-secret-key": func(g *fake.Gen) Cases {
			live := func() string { return fake.Join("sk", "_", "live", "_") + g.MixedAlnum(24) }
			test := func() string { return fake.Join("sk", "_", "test", "_") + g.MixedAlnum(24) }
			appID := func() string { return fake.Join("app", "_") + g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"\\Pingpp\\Pingpp::setApiKey('" + live() + "');\n\\Pingpp\\Pingpp::setPrivateKeyPath(__DIR__ . '/rsa_private_key.pem');\n",
					"Pingpp.Pingpp.SetApiKey(\"" + test() + "\");\n",
					"PINGPP_API_KEY=" + live() + "\nPINGPP_APP_ID=" + appID() + "\n",
					"pingpp:\n  secret-key: " + live() + "\n  app-id: " + appID() + "\n",
					"var pingpp = require('pingpp')('" + live() + "');\n",
				},
				Negatives: []string{
					// placeholders
					"PINGPP_API_KEY=sk_live_xxxxxxxxxxxx\n",
					"\\Pingpp\\Pingpp::setApiKey(env('PING_API_KEY'));\n",
					// the app id is no secret
					"PINGPP_APP_ID=" + appID() + "\n",
					// wrong length
					"PINGPP_API_KEY=" + fake.Join("sk", "_", "live", "_") + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"shoppingpp_secret = \"" + live() + "\"\n",
				},
			}
		},
		"geetest-private-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"from geetest import GeetestLib\n\npc_geetest_id = \"" + g.Hex(32) + "\"\npc_geetest_key = \"" + key() + "\"\n",
					"private static final String geetest_key = \"" + key() + "\";\n",
					"GEETEST_CAPTCHA_ID=" + g.Hex(32) + "\nGEETEST_CAPTCHA_KEY=" + key() + "\n",
					"geetest:\n  captcha-key: " + key() + "\n",
					"return [\n    'geetest_id' => env('GEETEST_ID'),\n    'geetest_key' => '" + key() + "',\n];\n",
				},
				Negatives: []string{
					// placeholders
					"GEETEST_CAPTCHA_KEY=your_captcha_key\n",
					"GEETEST_KEY=" + strings.Repeat("a", 32) + "\n",
					// the captcha id (gt) is public
					"pc_geetest_id = \"" + g.Hex(32) + "\"\n",
					// wrong length and wrong alphabet
					"GEETEST_KEY=" + g.Hex(24) + "\n",
					"GEETEST_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"nogeetestkey = \"" + key() + "\"\n",
				},
			}
		},
		"taobao-top-app-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(32) }
			appKey := func() string { return g.String("123456789", 1) + g.String(fake.Digits, 7) }
			return Cases{
				Positives: []string{
					"<?php\ninclude \"TopSdk.php\";\n$c = new TopClient;\n$c->appkey = '" + appKey() + "';\n$c->secretKey = '" + sec() + "';\n$req = new TbkItemGetRequest;\n",
					"TAOBAO_APP_KEY=" + appKey() + "\nTAOBAO_APP_SECRET=" + sec() + "\n",
					"taobao:\n  app-secret: " + sec() + "\n  app-key: " + appKey() + "\n",
					"\"tmall\": {\n  \"appSecret\": \"" + sec() + "\",\n  \"appKey\": \"" + appKey() + "\"\n}\n",
					"        $c = new \\TopClient();\n        $c->appkey = '" + appKey() + "';\n        $c->format = 'json';\n        $c->secretKey = '" + sec() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"TAOBAO_APP_SECRET=your_app_secret\n",
					"$c = new TopClient;\n$c->appkey = $config['ak'];\n$c->secretKey = $config['sk'];\n",
					// the AppKey is no secret
					"TAOBAO_APP_KEY=" + appKey() + "\n",
					// wrong length
					"TAOBAO_APP_SECRET=" + g.Hex(40) + "\n",
					// a secretKey far from any TopClient
					"$client = new OssClient();\n$client->secretKey = '" + sec() + "';\n",
					// the name glued to another word
					"nottaobaosecret = \"" + sec() + "\"\n",
				},
			}
		},
		"pinduoduo-client-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(40) }
			id := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"private static String pdd_client_id = \"" + id() + "\";\nprivate static String pdd_client_secret = \"" + sec() + "\";\n",
					"PDD_CLIENT_ID=" + id() + "\nPDD_CLIENT_SECRET=" + sec() + "\nPDD_PID=1234567_123456789\n",
					"pinduoduo:\n  client-secret: " + sec() + "\n  client-id: " + id() + "\n",
					"DUODUO_JINBAO_SECRET=" + sec() + "\n",
				},
				Negatives: []string{
					// placeholders
					"PDD_CLIENT_SECRET=your_client_secret\n",
					"PDD_CLIENT_SECRET=" + strings.Repeat("0", 40) + "\n",
					// the client id is no secret
					"PDD_CLIENT_ID=" + id() + "\n",
					// wrong length and wrong alphabet
					"PDD_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"PDD_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"xpddsecret = \"" + sec() + "\"\n",
				},
			}
		},
		"sensenova-secret-access-key": func(g *fake.Gen) Cases {
			sec := func() string { return g.Pick(g.MixedAlnum(32), g.String(fake.HexUpper, 32)) }
			keyID := func() string { return fake.Join("2", g.MixedAlnum(26)) }
			return Cases{
				Positives: []string{
					"import sensenova\n\nsensenova.access_key_id = \"" + keyID() + "\"\nsensenova.secret_access_key = \"" + sec() + "\"\n",
					"SENSENOVA_ACCESS_KEY_ID=" + g.String(fake.HexUpper, 32) + "\nSENSENOVA_SECRET_ACCESS_KEY=" + sec() + "\n",
					"heroku config:set SENSENOVA_SECRET_ACCESS_KEY=" + sec() + "\n",
					"sensenova_secret_access_key: \"" + sec() + "\"\n",
					"llm = SenseChatModel(\n    sensenova_access_key_id=\"" + keyID() + "\",\n    sensenova_secret_access_key=\"" + sec() + "\",\n)\n",
				},
				Negatives: []string{
					// placeholders
					"SENSENOVA_SECRET_ACCESS_KEY=your_sensenova_secret_access_key_here\n",
					"export SENSENOVA_SECRET_ACCESS_KEY=\"...\"\n",
					// the access key id is no secret
					"SENSENOVA_ACCESS_KEY_ID=" + g.String(fake.HexUpper, 32) + "\n",
					// wrong length
					"SENSENOVA_SECRET_ACCESS_KEY=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"nosensenovasecret = \"" + g.MixedAlnum(32) + "\"\n",
				},
			}
		},
		"sensenova-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("sk", "-") + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"# SenseNova API (your key)\nSENSENOVA_API_KEY=" + key() + "\n",
					"heroku config:set SENSENOVA_API_KEY=" + key() + "\n",
					"providers:\n  sensenova:\n    api_key: \"" + key() + "\"\n    base_url: https://token.sensenova.cn/v1\n",
					"{\n  \"sensenova\": {\n    \"apiKey\": \"" + key() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"SENSENOVA_API_KEY=" + fake.Join("sk", "-") + "xxx\n",
					"SENSENOVA_API_KEY=" + fake.Join("sk", "-") + "your-sensenova-key\n",
					// wrong length
					"SENSENOVA_API_KEY=" + fake.Join("sk", "-") + g.MixedAlnum(20) + "\n",
					// the name glued to another word
					"nosensenova_api_key = \"" + key() + "\"\n",
					// another provider's key
					"DEEPSEEK_API_KEY=" + fake.Join("sk", "-") + g.Hex(32) + "\n",
				},
			}
		},
		"jd-open-platform-app-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(32) }
			appKey := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"//京东联盟appkey\npublic static final String JD_APP_KEY = \"" + appKey() + "\";\n//京东联盟appsecret\npublic static final String JD_APP_SECRET = \"" + sec() + "\";\n",
					"JD_UNION_APP_SECRET=" + sec() + "\n",
					"$this->c = new JdClient();\n$this->c->appKey = '" + appKey() + "';\n$this->c->appSecret = '" + sec() + "';\n",
					"JdClient client = new DefaultJdClient(SERVER_URL, accessToken, \"" + appKey() + "\", \"" + sec() + "\");\n",
					"jd:\n  app-secret: " + sec() + "\n  app-key: " + appKey() + "\n",
				},
				Negatives: []string{
					// placeholders
					"JD_APP_SECRET=your_app_secret\n",
					"JdClient client = new DefaultJdClient(SERVER_URL, accessToken, appKey, appSecret);\n",
					// the app key is no secret
					"JD_APP_KEY=" + appKey() + "\n",
					// wrong length
					"JD_APP_SECRET=" + g.Hex(40) + "\n",
					// the name glued to another word
					"kjd_app_secret = \"" + sec() + "\"\n",
					"jdbc_secret = \"" + sec() + "\"\n",
				},
			}
		},
		"douyin-client-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(32) }
			clientKey := func() string { return fake.Join("aw", g.String(fake.Lower+fake.Digits, 14)) }
			return Cases{
				Positives: []string{
					"public static String DOUYIN_CLIENT_KEY = \"" + clientKey() + "\";\npublic static String DOUYIN_CLIENT_SECRET = \"" + sec() + "\";\n",
					"DOUYIN_CLIENT_KEY=" + clientKey() + "\nDOUYIN_CLIENT_SECRET=" + sec() + "\n",
					"douyin:\n  client-secret: " + sec() + "\n  client-key: " + clientKey() + "\n",
					"[douyin]\nclient_secret = \"" + sec() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"DOUYIN_CLIENT_SECRET=your_douyin_client_secret\n",
					"DOUYIN_CLIENT_SECRET = \"你的 ClientSecret\"\n",
					// the client key is no secret
					"DOUYIN_CLIENT_KEY=" + clientKey() + "\n",
					// wrong length and wrong alphabet
					"DOUYIN_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"DOUYIN_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"xdouyinsecret = \"" + sec() + "\"\n",
				},
			}
		},
		"youzan-client-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(32) }
			id := func() string { return g.Hex(18) }
			return Cases{
				Positives: []string{
					"public static final String youzan_client_id = \"" + id() + "\";\n\npublic static final String youzan_client_secret = \"" + sec() + "\";\n",
					"YOUZAN_CLIENT_ID=" + id() + "\nYOUZAN_CLIENT_SECRET=" + sec() + "\nYOUZAN_KDT_ID=12345678\n",
					"youzan:\n  client-secret: " + sec() + "\n  client-id: " + id() + "\n",
					"DB::insert(\"INSERT INTO `config` VALUES ('52', 'youzan_client_secret', '" + sec() + "');\");\n",
				},
				Negatives: []string{
					// placeholders
					"YOUZAN_CLIENT_SECRET=your_client_secret\n",
					"YOUZAN_CLIENT_SECRET=" + strings.Repeat("f", 32) + "\n",
					// the client id is no secret
					"YOUZAN_CLIENT_ID=" + id() + "\n",
					// wrong length and wrong alphabet
					"YOUZAN_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"YOUZAN_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"myyouzansecret = \"" + sec() + "\"\n",
				},
			}
		},
	}
}
