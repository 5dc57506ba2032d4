// Cases for the public-web-API rules added in the s28pubapi2 change:
// ColorfulClouds (Caiyun Weather), the Yandex developer console, TransLink
// (Vancouver), the Chicago Transit Authority, LTA DataMall (Singapore),
// Transport for Greater Manchester, the MBTA, PostNord, JCDecaux, Telegraph,
// Wallhaven, Randommer.io, RIDB (recreation.gov), Kutt, TinyURL, Getty
// Images, Deutsche Bahn, Trove, Songkick, data.gov.in, openFDA, Findwork,
// The Muse, Infermedica, the Korea Public Data Portal, Supercell, Tracker
// Network, mod.io, Untappd, JSONBin.io, Merriam-Webster, Open PageRank and
// Climatiq, MalShare, Harvard Art Museums, Coinranking and the IUCN Red List.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28pubapi2Cases are the cases of the rules this change adds.
func s28pubapi2Cases() map[string]Builder {
	return map[string]Builder{
		"caiyun-weather-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"CAIYUN_API_TOKEN=" + tok() + "\n",
					"    private static final String HTTPS_URL = \"https://api.caiyunapp.com/v2.5/" + tok() + "/%s,%s/weather.json\";\n",
					"caiyun:\n  token: " + tok() + "\n  lang: zh_CN\n",
					"url = f\"https://api.caiyunapp.com/v2.6/" + tok() + "/{lon},{lat}/realtime\"\n",
				},
				Negatives: []string{
					"CAIYUN_API_TOKEN=your_caiyun_api_token\n",
					// too long: a 24-character value is not a token
					"CAIYUN_API_TOKEN=" + g.MixedAlnum(24) + "\n",
					// the path's placeholder and an endpoint name
					"url = \"https://api.caiyunapp.com/v2.6/{TOKEN}/{lon},{lat}/realtime\"\n",
					"caiyunWeatherService = new CaiyunWeatherService(apiKeyFromEnv);\n",
				},
			}
		},
		"yandex-developer-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"headers = {'X-Yandex-Weather-Key': '" + g.UUID() + "'}\n",
					"YANDEX_WEATHER_API_KEY=" + g.UUID() + "\n",
					"    headers = {\"X-Yandex-API-Key\": \"" + g.UUID() + "\"}\n",
					"<script src=\"https://api-maps.yandex.ru/2.1/?apikey=" + g.UUID() + "&lang=ru_RU\"></script>\n",
				},
				Negatives: []string{
					"YANDEX_WEATHER_API_KEY=your-api-key-here\n",
					"YANDEX_WEATHER_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// a UUID with no Yandex credential near it
					"request_id = \"" + g.UUID() + "\"\n",
					// a 32-hex OAuth client id is not a developer key
					"YANDEX_CLIENT_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"translink-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"TRANSLINK_API_KEY=" + key() + "\n",
					"axios.get(\"https://api.translink.ca/rttiapi/v1/stops?apikey=" + key() + "&lat=\" + lat + \"&long=\" + lng)\n",
					"    final String url = 'https://api.translink.ca/rttiapi/v1/stops/$stop/estimates?apikey=" + key() + "';\n",
					"translink:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					"TRANSLINK_API_KEY=[APIKey]\n",
					"TRANSLINK_API_KEY=" + g.MixedAlnum(32) + "\n",
					// lower case only: not the 20-character mixed-case key
					"TRANSLINK_API_KEY=" + strings.Repeat("ab", 10) + "\n",
					"TRANSLINKAGE=" + key() + "\n",
				},
			}
		},
		"cta-transit-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CTA_BUS_API_KEY=" + g.MixedAlnum(25) + "\n",
					"const routesUrl = \"http://www.ctabustracker.com/bustime/api/v2/getroutes?key=" + g.MixedAlnum(25) + "&format=json\";\n",
					"    ctaURL = \"http://lapi.transitchicago.com/api/1.0/ttarrivals.aspx?key=" + g.Hex(32) + "&mapid=40380&max=5\"\n",
					"CTA_TRAIN_TRACKER_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"CTA_BUS_API_KEY=your_cta_bus_key\n",
					"    url: \"https://lapi.transitchicago.com/api/1.0/ttarrivals.aspx?key=TRAIN_API_KEY&mapid=1234\"\n",
					// call-to-action buttons are not the transit authority
					"cta_button_key = \"" + g.MixedAlnum(25) + "\"\n",
					"CTA_BUS_API_KEY=" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"lta-datamall-account-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Base64Bytes(16) }
			return Cases{
				Positives: []string{
					"response = requests.get(\"http://datamall2.mytransport.sg/ltaodataservice/BusArrivalv2?BusStopCode=83139\", headers={'AccountKey': '" + key() + "', 'accept': 'application/json'})\n",
					"LTA_DATAMALL_ACCOUNT_KEY=" + key() + "\n",
					"          headers: {\n            AccountKey: \"" + key() + "\",\n            accept: 'application/json',\n",
				},
				Negatives: []string{
					"LTA_DATAMALL_ACCOUNT_KEY=your_account_key\n",
					// an Azure storage account key is 64 bytes
					"DefaultEndpointsProtocol=https;AccountName=" + "store" + ";AccountKey=" + g.Base64Bytes(64) + ";EndpointSuffix=core.windows.net\n",
					"AccountKey: process.env.REACT_APP_LTA_API_KEY,\n",
					"DELTA_API_KEY=" + key() + "\n",
				},
			}
		},
		"tfgm-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TFGM_API_KEY=" + g.Hex(32) + "\n",
					"        headers = {\n            'Host': \"api.tfgm.com\",\n            'Ocp-Apim-Subscription-Key': \"" + g.Hex(32) + "\",\n",
					"tfgm:\n  subscription_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"TFGM_API_KEY=FILL THIS WITH YOUR API KEY\n",
					"TFGM_API_KEY=" + g.Hex(24) + "\n",
					"TFGM_API_KEY=" + strings.Repeat("0", 32) + "\n",
					"TFGMAPIKEYNAME=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"mbta-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MBTA_API_KEY=" + g.Hex(32) + "\n",
					"    rmap = \"https://api-v3.mbta.com/predictions?api_key=" + g.Hex(32) + "&filter[stop]=\"<>sid\n",
					"{\n  \"mbtaApiKey\": \"" + g.Hex(32) + "\",\n  \"stop\": \"place-sstat\"\n}\n",
					"mbta:\n  api_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"MBTA_API_KEY=your_key_here\n",
					"MBTA_API_KEY=" + g.Hex(40) + "\n",
					// mbta inside a word
					"thumbtack_api_key = \"" + g.Hex(32) + "\"\n",
					"MBTA_API_KEY=" + strings.Repeat("f", 32) + "\n",
				},
			}
		},
		"postnord-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"POSTNORD_API_KEY=" + g.Hex(32) + "\n",
					"const url='https://api2.postnord.com/rest/shipment/v3/edi?apikey=" + g.Hex(32) + "';\n",
					"const postnordKey = \"" + g.Hex(32) + "\";\n",
					"postnord:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"POSTNORD_API_KEY={This portion is ridiculous way to hide your APIkey}\n",
					"POSTNORD_API_KEY=" + g.Hex(20) + "\n",
					"POSTNORD_API_KEY=" + g.MixedAlnum(32) + "\n",
					"POSTNORDIC=" + g.Hex(32) + "\n",
				},
			}
		},
		"jcdecaux-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JCDECAUX_API_KEY=" + g.Hex(40) + "\n",
					"r = requests.get(\"https://api.jcdecaux.com/vls/v1/stations?contract=dublin&apiKey=" + g.Hex(40) + "\")\n",
					"    url: \"https://api.jcdecaux.com/vls/v3/stations?contract=Lyon&apiKey=" + g.Hex(40) + "\",\n",
				},
				Negatives: []string{
					"curl \"https://api.jcdecaux.com/vls/v1/stations?contract=dublin&apiKey=YOUR_API_KEY\"\n",
					"JCDECAUX_API_KEY=" + g.Hex(32) + "\n",
					"JCDECAUX_API_KEY=" + strings.Repeat("0", 40) + "\n",
					"JCDECAUX_CONTRACT=" + g.Hex(40) + "\n",
				},
			}
		},
		"telegraph-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TELEGRAPH_ACCESS_TOKEN=" + g.Hex(60) + "\n",
					"let { data } = await axios.get(`https://api.telegra.ph/createPage?access_token=" + g.Hex(60) + "&title=Bot&author_name=me`);\n",
					"telegraph = Telegraph(access_token='" + g.Hex(60) + "')\n",
				},
				Negatives: []string{
					// the documentation's sandbox account
					"TELEGRAPH_ACCESS_TOKEN=" + fake.Join("d3b25feccb89e508a9114afb82aa", "421fe2a9712b963b387cc5ad71e58722") + "\n",
					"TELEGRAPH_ACCESS_TOKEN=" + g.Hex(40) + "\n",
					// "telegraph" alone is a word, not a credential's name
					"telegraph = \"" + g.Hex(60) + "\"\n",
					"TELEGRAPH_ACCESS_TOKEN=${access_token}\n",
				},
			}
		},
		"wallhaven-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"WALLHAVEN_API_KEY=" + key() + "\n",
					"        \"https://wallhaven.cc/api/v1/search?apikey=" + key() + "&q=$query\"));\n",
					"client = wallhaven.Wallhaven(api_key=\"" + key() + "\")\n",
				},
				Negatives: []string{
					"WALLHAVEN_API_KEY=WALLHAVEN_SECRET\n",
					"WALLHAVEN_API_KEY=" + g.MixedAlnum(40) + "\n",
					// hex has no upper case: not a Wallhaven key
					"WALLHAVEN_API_KEY=" + g.Hex(32) + "\n",
					"WALLHAVENS_NAME=" + key() + "\n",
				},
			}
		},
		"randommer-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RANDOMMER_API_KEY=" + g.Hex(32) + "\n",
					"  static const String _randommerApiKey = '" + g.Hex(32) + "';\n",
					"    ).json()  # randommer\nRANDOMMER_KEY = \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"RANDOMMER_API_KEY=your_randommer_api_key\n",
					"RANDOMMER_API_KEY=" + g.Hex(24) + "\n",
					"RANDOMMER_API_KEY=" + g.MixedAlnum(32) + "\n",
					"RANDOMMERS_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"ridb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RIDB_API_KEY=" + g.Hex(32) + "\n",
					"    const res = await fetch(`https://ridb.recreation.gov/api/v1/facilities?radius=25&limit=5&apikey=" + strings.ToUpper(g.Hex(32)) + "`);\n",
					"  .constant('RIDB_API', {\n    HOST: 'https://ridb.recreation.gov/api/v1',\n    KEY: '" + strings.ToUpper(g.Hex(32)) + "'\n",
					"ridb:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					"RIDB_API_KEY=your_ridb_key\n",
					"RIDB_API_KEY=" + g.Hex(24) + "\n",
					"RIDB_FACILITY_ID=" + g.Hex(32) + "\n",
					// mixed case is no hex key
					"RIDB_API_KEY=" + g.Hex(16) + strings.ToUpper(g.Hex(16)) + "\n",
				},
			}
		},
		"kutt-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(30) + g.String("ABCDEFabcdef0123456789_-", 10) }
			return Cases{
				Positives: []string{
					"KUTT_API_KEY=" + key() + "\n",
					"const kutt = new Kutt(\"" + key() + "\");\n",
					"kutt:\n  api_key: '" + key() + "'\n  domain: https://kutt.it\n",
				},
				Negatives: []string{
					"KUTT_API_KEY=YOUR_API_KEY\n",
					"KUTT_API_KEY=" + g.MixedAlnum(32) + "\n",
					"KUTT_API_KEY=" + g.Hex(40) + "\n",
					"KUTTER_ID=" + key() + "\n",
				},
			}
		},
		"tinyurl-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(60) }
			return Cases{
				Positives: []string{
					"REACT_APP_TINYURL_API_KEY=" + tok() + "\n",
					"    const response = await fetch(\"https://api.tinyurl.com/create?api_token=" + tok() + "\", {\n",
					"TINY_URL_TOKEN = \"" + tok() + "\"\n",
					"tinyurl:\n  api_token: " + tok() + "\n",
				},
				Negatives: []string{
					"TINYURL_API_TOKEN=your_tinyurl_api_token_here\n",
					"TINYURL_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					"TINYURL_API_TOKEN=" + g.Hex(60) + "\n",
					"TINYURLS=" + tok() + "\n",
				},
			}
		},
		"getty-images-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(24) }
			return Cases{
				Positives: []string{
					"GETTY_API_KEY=" + key() + "\n",
					"GETTY_IMAGES_KEY=" + key() + "\n",
					"gettyImages:\n  apiKey: \"" + key() + "\"\n  apiSecret: \"\"\n",
					"const response=await fetch(`https://api.gettyimages.com/v3/search/images?phrase=${q}`,{method:\"GET\",headers:{\"Api-Key\":\"" + key() + "\"}});\n",
				},
				Negatives: []string{
					"GETTY_API_KEY=your_getty_api_key\n",
					"GETTY_API_KEY=" + g.MixedAlnum(24) + "\n",
					// the bare name is a museum or a surname, not a credential
					"getty = \"" + key() + "\"\n",
					"GETTY_API_KEY=" + g.LowerAlnum(32) + "\n",
				},
			}
		},
		"deutsche-bahn-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"headers = {\"DB-Client-Id\": \"" + g.Hex(32) + "\",\n\"DB-Api-Key\": \"" + g.Hex(32) + "\"}\n",
					"DEUTSCHE_BAHN_API_KEY=" + g.Hex(32) + "\n",
					"    headers: {\n      'DB-Client-Id': '" + g.Hex(32) + "',\n      'DB-Api-Key': '" + g.Hex(32) + "',\n      accept: 'application/xml',\n",
				},
				Negatives: []string{
					"    'DB-Api-Key': process.env.DB_API_KEY || '',\n",
					"\"DB-Api-Key\": \"station-key\",\n",
					// a database's API key is no Deutsche Bahn secret
					"DB_API_KEY=" + g.Hex(32) + "\n",
					"DB-Api-Key: " + g.Hex(24) + "\n",
				},
			}
		},
		"trove-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(16) }
			return Cases{
				Positives: []string{
					"TROVE_API_KEY=" + key() + "\n",
					"query <- GET(\"https://api.trove.nla.gov.au/v2/result?key=" + key() + "&zone=newspaper&q=weipa\")\n",
					"    url = 'https://api.trove.nla.gov.au/v2/result?key=" + key() + "&zone=newspaper&q='+ search_term\n",
					"trove:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					"TROVE_API_KEY=YOUR_API_KEY\n",
					"TROVE_API_KEY=" + g.LowerAlnum(24) + "\n",
					// a treasure trove is no credential, nor is controversy
					"trove = \"" + key() + "\"\n",
					"controversy_key = \"" + key() + "\"\n",
				},
			}
		},
		"songkick-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"SONGKICK_API_KEY=" + key() + "\n",
					"  httpGetAsync('https://api.songkick.com/api/3.0/artists/9417964-john-moods/calendar.json?apikey=" + key() + "', response)\n",
					"        static let songkickApiKey = \"" + key() + "\"\n",
				},
				Negatives: []string{
					"SONGKICK_API_KEY=your_songkick_key\n",
					"SONGKICK_API_KEY=" + g.MixedAlnum(24) + "\n",
					"SONGKICK_API_KEY=" + g.LowerAlnum(16) + "\n",
					"SONGKICKER=" + key() + "\n",
				},
			}
		},
		"data-gov-in-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("579b464db6", "6ec23bdd", "000001")
			key := func() string { return prefix + g.Hex(32) }
			return Cases{
				Positives: []string{
					"API_KEY = \"" + key() + "\"\n",
					"    public String URL = \"https://api.data.gov.in/resource/9ef84268-d588-465a-a308-a864a43d0070?api-key=" + key() + "&format=json&offset=0&limit=10\";\n",
					"DATA_GOV_IN_API_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// the documentation's sample key
					"OGD_DEMO_API_KEY = \"" + fake.Join("579b464db66ec23bdd000001", "cdd3946e44ce4aad7209ff7b23ac571b") + "\"\n",
					"API_KEY = \"" + prefix + g.Hex(20) + "\"\n",
					"API_KEY = \"" + g.Hex(56) + "\"\n",
					"API_KEY = \"" + prefix + g.Hex(40) + "\"\n",
				},
			}
		},
		"openfda-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"OPENFDA_API_KEY=" + key() + "\n",
					"const API_URL = \"https://api.fda.gov/drug/event.json?api_key=" + key() + "&search=...\";\n",
					"            'https://api.fda.gov/drug/event.json?api_key=" + key() + "&'\n",
					"openfda:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					"OPENFDA_API_KEY=your_openfda_key\n",
					"OPENFDA_API_KEY=" + g.MixedAlnum(32) + "\n",
					"OPENFDA_API_KEY=" + g.Hex(40) + "\n",
					"REOPEN_FDA_CASE=" + key() + "\n",
				},
			}
		},
		"findwork-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FINDWORK_API_KEY=" + g.Hex(40) + "\n",
					"    const res = await axios.get('https://findwork.dev/api/jobs/', { headers: { Authorization: 'Token " + g.Hex(40) + "' } })\n",
					"findwork:\n  api_key: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					"FINDWORK_API_KEY=your_findwork_key\n",
					"FINDWORK_API_KEY=" + g.Hex(32) + "\n",
					"FINDWORK_API_KEY=" + g.MixedAlnum(40) + "\n",
					"FINDWORKER_ID=" + g.Hex(40) + "\n",
				},
			}
		},
		"themuse-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MUSE_API_KEY=" + g.Hex(64) + "\n",
					"    url = \"https://www.themuse.com/api/public/jobs?api_key=" + g.Hex(64) + "&page=#{page}&descending=true\"\n",
					"THE_MUSE_API_KEY=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					"MUSE_API_KEY=your_muse_api_key\n",
					"MUSE_API_KEY=" + g.Hex(40) + "\n",
					// a museum is not The Muse
					"MUSEUM_API_KEY=" + g.Hex(64) + "\n",
					"AMUSE_API_KEY=" + g.Hex(64) + "\n",
				},
			}
		},
		"infermedica-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"INFERMEDICA_APP_KEY=" + g.Hex(32) + "\n",
					"infermedica:\n  app_id: " + g.Hex(8) + "\n  app_key: " + g.Hex(32) + "\n",
					"{\n  \"infermedicaAppId\": \"" + g.Hex(8) + "\",\n  \"infermedicaAppKey\": \"" + g.Hex(32) + "\"\n}\n",
				},
				Negatives: []string{
					"INFERMEDICA_APP_KEY=YOUR_APP_KEY\n",
					"INFERMEDICA_APP_ID=" + g.Hex(8) + "\n",
					"INFERMEDICA_APP_KEY=" + g.Hex(24) + "\n",
					"INFERMEDICAL_KEY_NAME=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"data-go-kr-service-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Base64Bytes(64) }
			enc := func() string {
				return strings.NewReplacer("+", "%2B", "/", "%2F", "=", "%3D").Replace(key())
			}
			return Cases{
				Positives: []string{
					"DATA_GO_KR_SERVICE_KEY=" + key() + "\n",
					"      const url = `https://apis.data.go.kr/1360000/VilageFcstInfoService_2.0/getVilageFcst?serviceKey=" + enc() + "&pageNo=1&numOfRows=1000`\n",
					"data.go.kr:\n  service-key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					"DATA_GO_KR_SERVICE_KEY=발급받은_인증키\n",
					"DATA_GO_KR_SERVICE_KEY=" + g.Base64Bytes(32) + "\n",
					// an Azure storage key of the same shape, with no portal named
					"DefaultEndpointsProtocol=https;AccountName=" + "store" + ";AccountKey=" + key() + "\n",
					"url = \"https://apis.data.go.kr/1360000/VilageFcstInfoService_2.0/getVilageFcst?serviceKey=\" + apiKey\n",
				},
			}
		},
		"supercell-api-token": func(g *fake.Gen) Cases {
			enc := base64.RawURLEncoding
			tok := func(scope string) string {
				header := `{"typ":"JWT","alg":"HS512","kid":"28a318f7-0000-a1eb-7fa1-2c7433c6cca5"}`
				claims := `{"iss":"supercell","aud":"supercell:gameapi","jti":"` + g.UUID() + `","iat":1742804354,"sub":"developer/` + g.UUID() +
					`","scopes":["` + scope + `"],"limits":[{"tier":"developer/silver","type":"throttling"},{"cidrs":["203.0.113.7"],"type":"client"}]}`
				return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(fake.Base64URL, 86)
			}
			return Cases{
				Positives: []string{
					"COC_API_TOKEN=" + tok("clash") + "\n",
					"const apiToken = \"" + tok("brawlstars") + "\";\n",
					"    headers = {'Authorization': 'Bearer " + tok("royale") + "'}\n",
				},
				Negatives: []string{
					"COC_API_TOKEN=your_clash_of_clans_api_token\n",
					// another issuer's JWT with the same header
					"TOKEN=" + enc.EncodeToString([]byte(`{"typ":"JWT","alg":"HS512","kid":"28a318f7-0000-a1eb-7fa1-2c7433c6cca5"}`)) + "." +
						enc.EncodeToString([]byte(`{"iss":"acme","aud":"acme:api","sub":"developer"}`)) + "." + g.String(fake.Base64URL, 86) + "\n",
					// a cut signature
					"COC_API_TOKEN=" + tok("clash")[:200] + "\n",
				},
			}
		},
		"tracker-network-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"\t\tconst response = await request.get(url, { headers: { 'TRN-Api-Key': '" + g.UUID() + "' }});\n",
					"TRN_API_KEY=" + g.UUID() + "\n",
					"  req[\"TRN-Api-Key\"] = \"" + g.UUID() + "\"\n",
					"FORTNITE_TRACKER_API_KEY=" + g.UUID() + "\n",
				},
				Negatives: []string{
					"      'TRN-Api-Key': config.FORTNITE_KEY\n",
					"TRN_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"TRN_API_KEY=" + g.Hex(32) + "\n",
					"FORTNITE_SESSION_ID=" + g.UUID() + "\n",
				},
			}
		},
		"modio-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MODIO_API_KEY=" + g.Hex(32) + "\n",
					"        getHttpRequest('GET', `https://api.mod.io/v1/games/2816/mods?_offset=${offset}&_limit=${limit}&tags-in=Featured&api_key=" + g.Hex(32) + "`\n",
					"modio:\n  api_key: \"" + g.Hex(32) + "\"\n  game_id: 6\n",
				},
				Negatives: []string{
					"curl -X get https://api.mod.io/v1/games?api_key=xxxxxxxxxxxxxxxx\n",
					"MODIO_API_KEY=" + g.Hex(24) + "\n",
					"MODIO_API_KEY=" + g.MixedAlnum(32) + "\n",
					"commodious_key = \"" + g.Hex(32) + "\"\n",
				},
			}
		},
		"untappd-client-secret": func(g *fake.Gen) Cases {
			upper := func() string { return strings.ToUpper(g.Hex(40)) }
			return Cases{
				Positives: []string{
					"UNTAPPD_CLIENT_SECRET=" + upper() + "\n",
					"  url: 'https://api.untappd.com/v4/search/beer?client_id=" + upper() + "&client_secret=" + upper() + "&q=' + searchParams +'&limit=10',\n",
					"untappd:\n  client_id: " + g.Hex(40) + "\n  client_secret: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					"UNTAPPD_CLIENT_SECRET=your_client_secret\n",
					"UNTAPPD_CLIENT_ID=" + upper() + "\n",
					"UNTAPPD_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"UNTAPPD_CLIENT_SECRET=" + g.Hex(20) + upper()[:20] + "\n",
				},
			}
		},
		"jsonbin-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("$2", g.Pick("a", "b"), "$10$") + g.String(fake.Alnum+"./", 53) }
			return Cases{
				Positives: []string{
					"          \"X-Master-Key\": \"" + key() + "\"\n",
					"JSONBIN_MASTER_KEY=" + key() + "\n",
					"    headers = {\n        \"X-Access-Key\": \"" + key() + "\",\n    }\n",
				},
				Negatives: []string{
					"          \"X-Master-Key\": \"<YOUR_API_KEY>\"\n",
					// a password hash in a users fixture is no JSONBin key
					"INSERT INTO users (email, password) VALUES ('a@example.com', '" + key() + "');\n",
					"JSONBIN_MASTER_KEY=" + fake.Join("$2", "a$10$") + g.String(fake.Alnum+"./", 40) + "\n",
					"JSONBIN_MASTER_KEY=" + fake.Join("$2", "y$12$") + g.String(fake.Alnum+"./", 53) + "\n",
				},
			}
		},
		"merriam-webster-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const merriam_api_key = \"" + g.UUID() + "\";\n",
					"    var dictURL = \"https://www.dictionaryapi.com/api/v3/references/collegiate/json/test?key=" + g.UUID() + "\";\n",
					"MERRIAM_WEBSTER_THESAURUS_KEY=" + g.UUID() + "\n",
				},
				Negatives: []string{
					"MERRIAM_WEBSTER_API_KEY=your-api-key\n",
					"MERRIAM_WEBSTER_API_KEY=" + g.Hex(32) + "\n",
					"url = f\"https://www.dictionaryapi.com/api/v3/references/collegiate/json/{keyword}?key={api_key}\"\n",
					"MERRIAMS_ID=" + g.UUID() + "\n",
				},
			}
		},
		"openpagerank-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String("048cgkosw", 40) }
			return Cases{
				Positives: []string{
					"            headers={\"API-OPR\": \"" + key() + "\"},  # free key\n",
					"OPEN_PAGE_RANK_API_KEY=" + key() + "\n",
					"      var response = await http.get(url, headers: {\"API-OPR\": \"" + key() + "\"});\n",
				},
				Negatives: []string{
					"        headers={\"API-OPR\": \"DUMMY_OPR_KEY\"},\n",
					"        headers={\"API-OPR\": \"" + g.Hex(40) + "\"},\n",
					"        headers={\"API-OPR\": \"" + g.String("048cgkosw", 32) + "\"},\n",
					"OPEN_PAGE_RANK_API_KEY=" + strings.Repeat("0", 40) + "\n",
				},
			}
		},
		"climatiq-api-key": func(g *fake.Gen) Cases {
			crock := "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
			key := func() string { return g.String("0123456789", 4) + g.String(crock, 22) }
			return Cases{
				Positives: []string{
					"CLIMATIQ_API_KEY=" + key() + "\n",
					"climatiq:\n  api_key: \"" + key() + g.String(crock, 2) + "\"\n",
					"headers = {\"Authorization\": \"Bearer " + key() + "\"}  \nCLIMATIQ_KEY = \"" + key() + "\"\n",
				},
				Negatives: []string{
					"CLIMATIQ_API_KEY=your_climatiq_api_key_here\n",
					"CLIMATIQ_API_KEY=" + strings.ToLower(key()) + "\n",
					"CLIMATIQ_API_KEY=" + key()[:20] + "\n",
					"CLIMATIQ_ACTIVITY_ID=" + key() + "\n",
				},
			}
		},
		"malshare-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"wget \"http://malshare.com/api.php?api_key=" + g.Hex(64) + "&action=getsources\"\n",
					"MALSHARE_API_KEY=" + g.Hex(64) + "\n",
					"malshare:\n  api_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					"MALSHARE_API_KEY=your_malshare_key\n",
					"MALSHARE_API_KEY=" + g.Hex(32) + "\n",
					"url = f'https://malshare.com/api.php?api_key={key}&action=getlimit'\n",
					"MALSHARED_SHA256=" + g.Hex(64) + "\n",
				},
			}
		},
		"harvard-art-museums-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"      const result = await axios.get(`https://api.harvardartmuseums.org/object?apikey=" + g.UUID() + "&classification=${search}`)\n",
					"HARVARD_API_KEY=" + g.UUID() + "\n",
					"HARVARD_ART_MUSEUMS_KEY=" + g.UUID() + "\n",
				},
				Negatives: []string{
					"HARVARD_API_KEY=your-api-key\n",
					"HARVARD_API_KEY=" + g.Hex(32) + "\n",
					// the bare name is a university, not a credential
					"harvard: " + g.UUID() + "\n",
					"HARVARD_DATAVERSE_PID=" + g.UUID() + "\n",
				},
			}
		},
		"coinranking-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("coin", "ranking")
			return Cases{
				Positives: []string{
					"var apiKey = \"" + prefix + g.Hex(48) + "\";\n",
					"  'x-access-token': '" + prefix + g.Hex(48) + "'};\n",
					"COINRANKING_API_KEY=" + prefix + g.Hex(48) + "\n",
				},
				Negatives: []string{
					"COINRANKING_API_KEY=" + g.Hex(48) + "\n",
					"COINRANKING_API_KEY=" + prefix + g.Hex(40) + "\n",
					"COINRANKING_API_KEY=" + prefix + "_your_key_here\n",
					"const coinrankingBaseUrl = \"https://api.coinranking.com/v2\";\n",
				},
			}
		},
		"iucn-redlist-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"        this.url = \"http://apiv3.iucnredlist.org/api/v3/country/list?token=" + g.Hex(64) + "\";\n",
					"IUCN_REDLIST_KEY=" + g.Hex(64) + "\n",
					"iucn:\n  token: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					"IUCN_API_KEY=your_iucn_key\n",
					"IUCN_REDLIST_KEY=" + g.Hex(40) + "\n",
					"IUCN_REDLIST_KEY=" + g.MixedAlnum(64) + "\n",
					"IUCNID_HASH=" + g.Hex(64) + "\n",
				},
			}
		},
	}
}
