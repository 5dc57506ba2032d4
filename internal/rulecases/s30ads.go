// Cases for the advertising, media and localisation rules added in the s30ads
// change: ACRCloud, AppLovin, Chartboost, Deezer, Event Registry, ironSource,
// Lingvanex, Localazy, ModernMT, Tenjin, Unity Ads and Vungle. Every key shape
// is built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30adsCases are the cases of the rules this change adds.
func s30adsCases() map[string]Builder {
	return map[string]Builder{
		"acrcloud-access-secret": func(g *fake.Gen) Cases {
			host := fake.Join("identify-eu-west-1.", "acrcloud", ".com")
			return Cases{
				Positives: []string{
					"config = {\n    'host': '" + host + "',\n    'access_key': '" + g.Hex(32) + "',\n    'access_secret': '" + g.MixedAlnum(40) + "',\n    'timeout': 10,\n}\n",
					"ACRCLOUD_ACCESS_KEY=" + g.Hex(32) + "\nACRCLOUD_ACCESS_SECRET=" + g.MixedAlnum(40) + "\n",
					"acrcloud:\n  host: " + host + "\n  access_secret: \"" + g.MixedAlnum(40) + "\"\n",
					"export const ACRCLOUD_CONFIG = {\n  HOST: '" + host + "',\n  ACCESS_SECRET: '" + g.MixedAlnum(40) + "',\n};\n",
				},
				Negatives: []string{
					// placeholders
					"ACRCLOUD_ACCESS_SECRET=your_access_secret_here\n",
					"ACRCLOUD_ACCESS_SECRET=" + strings.Repeat("x", 40) + "\n",
					// wrong length
					"ACRCLOUD_ACCESS_SECRET=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word, no credential word
					"ACRCLOUDHOST=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"applovin-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(40) + g.Pick("_", "-") + g.MixedAlnum(45) }
			return Cases{
				Positives: []string{
					"APPLOVIN_REPORT_KEY=" + key() + "\n",
					"<meta-data android:name=\"applovin.sdk.key\" android:value=\"" + key() + "\"/>\n",
					"\t<key>AppLovinSdkKey</key>\n\t<string>" + key() + "</string>\n",
					"url = \"https://r.applovin.com/report?api_key=" + key() + "&start=2024-01-01&end=2024-01-07&format=json\"\n",
					"'api' => [\n    'report_key' => env('APPLOVIN_REPORT_KEY', '" + key() + "'),\n],\n",
				},
				Negatives: []string{
					// placeholders
					"<meta-data android:name=\"applovin.sdk.key\" android:value=\"YOUR_SDK_KEY_HERE\"/>\n",
					"APPLOVIN_REPORT_KEY=" + strings.Repeat("x", 86) + "\n",
					// too short
					"APPLOVIN_SDK_KEY=" + g.MixedAlnum(64) + "\n",
					// an ad unit id, not a key
					"APPLOVIN_AD_UNIT_ID=" + g.Hex(16) + "\n",
				},
			}
		},
		"chartboost-app-signature": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"    [Chartboost startWithAppId:@\"" + g.Hex(24) + "\"\n                  appSignature:@\"" + g.Hex(40) + "\"\n                      delegate:self];\n",
					"Chartboost.startWithAppId(context, \"" + g.Hex(24) + "\", \"" + g.Hex(40) + "\", listener);\n",
					"CHARTBOOST_APP_SIGNATURE=" + g.Hex(40) + "\n",
					"chartboost:\n  app_id: " + g.Hex(24) + "\n  app_signature: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// placeholders
					"Chartboost.startWithAppId(appID, \"MyAppSignature\");\n",
					"CHARTBOOST_APP_SIGNATURE=" + strings.Repeat("0", 40) + "\n",
					// the app id alone
					"CHARTBOOST_APP_ID=" + g.Hex(24) + "\n",
					// wrong alphabet
					"CHARTBOOST_APP_SIGNATURE=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"deezer-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DEEZER_APP_ID=" + g.String("0123456789", 6) + "\nDEEZER_SECRET_KEY=" + g.Hex(32) + "\n",
					"x = requests.post(\"https://connect." + "deezer.com/oauth/access_token.php?app_id=592224&secret=" + g.Hex(32) + "&code={}\".format(arg))\n",
					"deezer:\n  app_id: 218464\n  secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"DEEZER_SECRET_KEY=your_secret_key_here\n",
					"DEEZER_SECRET=" + strings.Repeat("0", 32) + "\n",
					// the numeric app id
					"DEEZER_APP_ID=" + g.String("0123456789", 6) + "\n",
					// wrong alphabet
					"DEEZER_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"eventregistry-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"er = EventRegistry(apiKey = \"" + g.UUID() + "\")\n",
					"EVENT_REGISTRY_API_KEY=" + g.UUID() + "\n",
					"er = ER.EventRegistry(apiKey=\"" + g.UUID() + "\", allowUseOfArchive=False)\n",
					"eventregistry:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"er = EventRegistry(apiKey = \"YourAPIKey\")\n",
					"EVENT_REGISTRY_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// a UUID that is not a key
					"er = EventRegistry(apiKey = key)\nrequest_id = \"" + g.UUID() + "\"\n",
					// the name glued to another word
					"EVENTREGISTRYID=" + g.UUID() + "\n",
				},
			}
		},
		"ironsource-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"IRONSOURCE_SECRET_KEY=" + g.Hex(32) + "\nIRONSOURCE_REFRESH_TOKEN=" + g.Hex(32) + "\n",
					"url = 'https://platform." + "ironsrc.com/partners/publisher/auth'\nheaders = {\n    'secretkey': '" + g.Hex(32) + "',\n}\n",
					"\"IRON_SOURCE_SECRET_KEY\": \"" + g.Hex(32) + "\",\n",
					"ironsource:\n  refresh_token: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"export IRONSOURCE_SECRET_KEY='your_ironsource_secret_key'\n",
					"IRONSOURCE_SECRET_KEY=" + strings.Repeat("a", 32) + "\n",
					// wrong length: an app key
					"IRONSOURCE_APP_KEY=" + g.Hex(9) + "\n",
					// wrong alphabet
					"IRONSOURCE_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"lingvanex-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("a", "_")
			return Cases{
				Positives: []string{
					"LINGVANEX_API_KEY=" + prefix + g.MixedAlnum(80) + "\n",
					"const options = {\n  method: 'POST',\n  headers: {accept: 'application/json', Authorization: '" + prefix + g.MixedAlnum(80) + "'},\n};\nfetch('https://api-b2b." + "backenster.com/b1/api/v3/translate', options);\n",
					"curl --url https://api-gl." + "lingvanex.com/language/translate/v2 \\\n  --header 'Authorization: Bearer " + prefix + g.MixedAlnum(80) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"LINGVANEX_API_KEY=YOUR_API_KEY\n",
					"LINGVANEX_API_KEY=" + prefix + strings.Repeat("x", 80) + "\n",
					// wrong length
					"LINGVANEX_API_KEY=" + prefix + g.MixedAlnum(60) + "\n",
					// the same shape with no Lingvanex context
					"AUTH=" + prefix + g.MixedAlnum(80) + "\n",
				},
			}
		},
		"modernmt-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				h := strings.ToUpper(g.Hex(32))
				return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
			}
			return Cases{
				Positives: []string{
					"mmt = ModernMT(\"" + key() + "\")\n",
					"\tModernMT mmt = new ModernMT(\"" + key() + "\");\n",
					"curl -H 'MMT-ApiKey: " + key() + "' https://api.modernmt.com/translate\n",
					"MODERNMT_API_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"mmt = ModernMT(\"YOUR_API_KEY\")\n",
					"MODERNMT_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// wrong shape
					"MODERNMT_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"MODERNMTX_ENGINE_ID=" + key() + "\n",
				},
			}
		},
		"tenjin-api-key": func(g *fake.Gen) Cases {
			up := "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
			key := func() string { return g.String(up, 20) + "7" + g.String(up, 10) + "Q" }
			return Cases{
				Positives: []string{
					"        BaseTenjin instance = Tenjin.getInstance(\"" + key() + "\");\n",
					"TenjinSDK instance = TenjinSDK.getInstance(this, \"" + key() + "\");\n",
					"TENJIN_API_KEY=" + key() + "\n",
					"[TenjinSDK init:@\"" + key() + "\"];\n",
				},
				Negatives: []string{
					// placeholders
					"TenjinSDK instance = TenjinSDK.getInstance(this, \"<API_KEY>\");\n",
					"BaseTenjin instance = Tenjin.getInstance(\"" + strings.Repeat("A", 32) + "\");\n",
					// lower case is not a Tenjin key
					"TENJIN_API_KEY=" + g.LowerAlnum(32) + "\n",
					// wrong length
					"TENJIN_API_KEY=" + g.String(up, 24) + "9\n",
				},
			}
		},
		"localazy-project-key": func(g *fake.Gen) Cases {
			key := func() string { return "a" + g.String("0123456789", 19) + "-" + g.Hex(64) }
			return Cases{
				Positives: []string{
					"{\n  \"writeKey\": \"" + key() + "\",\n  \"upload\": {\"type\": \"json\"}\n}\n",
					"LOCALAZY_WRITE_KEY=" + key() + "\n",
					"localazy upload -w " + key() + " -r " + key() + "\n",
					"result = {\n    \"readKey\": \"" + key() + "\",\n}\n",
				},
				Negatives: []string{
					// placeholders
					"{\"writeKey\": \"your-write-key\", \"readKey\": \"your-read-key\"}\n",
					"LOCALAZY_WRITE_KEY=a" + strings.Repeat("0", 19) + "-" + strings.Repeat("0", 64) + "\n",
					// a Segment write key, not a Localazy key
					"{\"writeKey\": \"" + g.MixedAlnum(32) + "\"}\n",
					// wrong length
					"LOCALAZY_WRITE_KEY=a" + g.String("0123456789", 19) + "-" + g.Hex(40) + "\n",
				},
			}
		},
		"unity-ads-monetization-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"UNITY_ADS_API_KEY=" + g.Hex(64) + "\n",
					"curl -L \"https://gameads-admin.applifier.com/stats/monetization-api?apikey=" + g.Hex(64) + "&splitBy=none&fields=revenue\"\n",
					"\"UNITY_ADS_API_KEY\": \"" + g.Hex(64) + "\",\n",
					"unityAdsApiKey: '" + g.Hex(64) + "',\n",
				},
				Negatives: []string{
					// placeholders
					"curl -L \"https://gameads-admin.applifier.com/stats/monetization-api?apikey=APIKEY\"\n",
					"UNITY_ADS_API_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"UNITY_ADS_API_KEY=" + g.Hex(32) + "\n",
					// a game id, not a key
					"UNITY_ADS_GAME_ID=" + "4" + g.String("0123456789", 6) + "\n",
				},
			}
		},
		"vungle-reporting-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VUNGLE_API_KEY=" + g.Hex(32) + "\n",
					"headers = {\n    'Vungle-Version': '1',\n    'Accept': 'application/json',\n    'Authorization': 'Bearer " + g.Hex(32) + "',\n}\n",
					"vungle:\n  reporting_api_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"'Authorization': 'Bearer {API Key}',\n'Vungle-Version': '1',\n",
					"VUNGLE_API_KEY=" + strings.Repeat("f", 32) + "\n",
					// an app id (MongoDB ObjectId), not a key
					"VUNGLE_APP_ID=" + g.Hex(24) + "\n",
					// wrong alphabet
					"VUNGLE_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}
