// Cases for the public-web-API rules added in the s28pubapi change:
// currencyapi, freecurrencyapi and numlookupapi (EverAPI), The Cat API /
// The Dog API, WMATA, WAQI (aqicn.org), QWeather, Pulsedive, API-SPORTS,
// Watchmode, OpenAQ, ImprovMX, Marvel, The One API, Wargaming.net, Cutt.ly,
// Best Buy, VulDB, Jooble, ImgBB, Tankerkoenig, Trafiklab, TransportAPI,
// USAJOBS, Schiphol, Scrapingdog, OpenFIGI and Navitia.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28pubapiCases are the cases of the rules this change adds.
func s28pubapiCases() map[string]Builder {
	return map[string]Builder{
		"currencyapi-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("cur", "_li", "ve_")
			key := func() string { return prefix + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"CURRENCYAPI_KEY=" + key() + "\n",
					"const url = \"https://api.currencyapi.com/v3/latest?apikey=" + key() + "&base_currency=USD\";\n",
					"import currencyapi\nclient = currencyapi.Client('" + key() + "')\n",
				},
				Negatives: []string{
					// too short, and a placeholder
					"CURRENCYAPI_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					"CURRENCYAPI_KEY=" + prefix + "YOUR-API-KEY\n",
					"CURRENCYAPI_KEY=" + prefix + strings.Repeat("x", 40) + "\n",
					// an identifier that only starts like the prefix
					"cur_live_vert = DeviceArray(live_vertex_size * 3)\n",
				},
			}
		},
		"freecurrencyapi-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("fca", "_li", "ve_")
			key := func() string { return prefix + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_FREECURRENCYAPI_KEY=" + key() + "\n",
					"client = freecurrencyapi.Client(\"" + key() + "\")\n",
					"BASE_URL = f\"https://api.freecurrencyapi.com/v1/latest?apikey=" + key() + "\"\n",
				},
				Negatives: []string{
					"FREECURRENCY_API_KEY=" + prefix + g.MixedAlnum(24) + "\n",
					"FREECURRENCY_API_KEY=" + prefix + "your_api_key_here\n",
					"FREECURRENCY_API_KEY=" + prefix + strings.Repeat("0", 40) + "\n",
					// the body without the prefix
					"FREECURRENCY_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"numlookupapi-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("num", "_li", "ve_")
			key := func() string { return prefix + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"NUMLOOKUP_API_KEY=" + key() + "\n",
					"    NUMLOOKUP_API_KEY = \"" + key() + "\"\n    NUMLOOKUP_API_URL = \"https://api.numlookupapi.com/v1/validate\"\n",
					"curl \"https://api.numlookupapi.com/v1/status\" -H \"apikey: " + key() + "\"\n",
				},
				Negatives: []string{
					"NUMLOOKUP_API_KEY=" + prefix + g.MixedAlnum(32) + "\n",
					"NUMLOOKUP_API_KEY=" + prefix + "YOUR-API-KEY\n",
					// a counter that only starts like the prefix
					"sampler.run(min_num_live_points=400, viz_callback=False)\n",
					"if self._num_live_trials() >= self._max_concurrent:\n",
				},
			}
		},
		"thecatapi-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("li", "ve_")
			key := func() string { return prefix + g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"THECATAPI_KEY=" + key() + "\n",
					"EXPO_PUBLIC_CAT_API_KEY=" + key() + "\n",
					"fetch(`https://api.thedogapi.com/v1/breeds?api_key=" + key() + "`)\n",
					"const config = { dogApiKey: '" + key() + "', limit: 10 };\n",
				},
				Negatives: []string{
					// too short, and placeholders
					"THECATAPI_KEY=" + prefix + g.MixedAlnum(15) + "\n",
					"CAT_API_KEY=" + prefix + "abcdef123456789\n",
					"THECATAPI_KEY=" + prefix + strings.Repeat("x", 64) + "\n",
					// the body without the prefix, and a Datadog key name
					"THEDOGAPI_KEY=" + g.MixedAlnum(64) + "\n",
					"DATADOG_API_KEY=" + key() + "\n",
				},
			}
		},
		"wmata-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WMATA_API_KEY=" + g.Hex(32) + "\n",
					"WMATA_KEY = '" + g.Hex(32) + "'\nreq = get('https://api.wmata.com/Incidents.svc/json/Incidents', headers={'api_key': WMATA_KEY})\n",
					"$.ajax({ url: 'https://api.wmata.com/Rail.svc/json/jStations?api_key=" + g.LowerAlnum(24) + "' })\n",
					"wmata:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"WMATA_API_KEY=your_wmata_api_key\n",
					"WMATA_API_KEY=" + g.Hex(28) + "\n",
					"WMATA_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// the name glued to another word
					"WMATA_STATION_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"waqi-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WAQI_API_TOKEN=" + g.Hex(40) + "\n",
					"resp = requests.get('https://api.waqi.info/feed/colombia/bogota/?token=" + g.Hex(40) + "')\n",
					"aqicn:\n  token: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					"WAQI_API_TOKEN=demo\n",
					"WAQI_API_TOKEN=" + g.Hex(32) + "\n",
					"AQICN_TOKEN=" + g.MixedAlnum(40) + "\n",
					"WAQI_STATION_UID=" + g.Hex(40) + "\n",
				},
			}
		},
		"qweather-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"QWEATHER_API_KEY=" + g.Hex(32) + "\n",
					"axios.get('https://devapi.qweather.com/v7/weather/now?location=101010100&key=" + g.Hex(32) + "')\n",
					"[weather]\nprovider = \"hefeng\"\nhefeng_key = \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"QWEATHER_API_KEY=****\n",
					"QWEATHER_API_KEY=" + g.Hex(24) + "\n",
					"QWEATHER_KEY=" + g.MixedAlnum(32) + "\n",
					"QWEATHER_LOCATION_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"pulsedive-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PULSEDIVE_API_KEY=" + g.Hex(64) + "\n",
					"requests.get(\"https://pulsedive.com/api/info.php?tid=11&pretty=1&key=" + g.Hex(64) + "\")\n",
					"[pulsedive]\napi_key = " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					"PULSEDIVE_API_KEY=\n",
					"PULSEDIVE_API_KEY=" + g.Hex(40) + "\n",
					"PULSEDIVE_API_KEY=" + g.MixedAlnum(64) + "\n",
					"PULSEDIVE_INDICATOR_SHA256=" + g.Hex(64) + "\n",
				},
			}
		},
		"api-sports-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"APISPORTS_FOOTBALL_KEY=" + g.Hex(32) + "\n",
					"const api = axios.create({\n  baseURL: 'https://v3.football.api-sports.io',\n  headers: { 'x-apisports-key': '" + g.Hex(32) + "' }\n});\n",
					"API_FOOTBALL_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"APISPORTS_KEY=your_api_key\n",
					"API_FOOTBALL_KEY=" + g.Hex(30) + "\n",
					"API_FOOTBALL_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to a longer word
					"RAPIDAPI_FOOTBALL_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"watchmode-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WATCHMODE_API_KEY=" + g.MixedAlnum(40) + "\n",
					"fetch('https://api.watchmode.com/v1/releases/?apiKey=" + g.MixedAlnum(40) + "')\n",
					"watchmode:\n  api_key: '" + g.MixedAlnum(40) + "'\n",
				},
				Negatives: []string{
					"WATCHMODE_API_KEY=YOUR_API_KEY\n",
					"WATCHMODE_API_KEY=" + g.MixedAlnum(32) + "\n",
					"WATCHMODE_API_KEY=" + strings.Repeat("a", 40) + "\n",
					"WATCHMODE_TITLE_ID=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"openaq-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENAQ_API_KEY=" + g.Hex(64) + "\n",
					"headers = {\"X-API-Key\": os.getenv(\"OPENAQ_API_KEY\", \"" + g.Hex(64) + "\")}\n",
					"openaq:\n  api_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					"OPENAQ_API_KEY=___\n",
					"OPENAQ_API_KEY=" + g.Hex(32) + "\n",
					"OPENAQ_API_KEY=" + g.MixedAlnum(64) + "\n",
					"OPENAQ_LOCATION_HASH=" + g.Hex(64) + "\n",
				},
			}
		},
		"improvmx-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			return Cases{
				Positives: []string{
					"IMPROVMX_API_KEY=" + sk + g.Hex(32) + "\n",
					"provider \"improvmx\" {\n  api_token = \"" + sk + g.Hex(32) + "\"\n}\n",
					"improvmx:\n  api_key: " + sk + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"IMPROVMX_API_KEY=" + sk + "test_key\n",
					"IMPROVMX_API_KEY=" + sk + g.Hex(24) + "\n",
					"IMPROVMX_API_KEY=" + g.Hex(32) + "\n",
					"IMPROVMX_API_KEY=" + sk + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"marvel-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MARVEL_PUBLIC_KEY=" + g.Hex(32) + "\n",
					"MARVEL_PRIVATE_KEY=" + g.Hex(40) + "\n",
					"const url = `https://gateway.marvel.com:443/v1/public/comics?limit=8&apikey=" + g.Hex(32) + "&ts=1&hash=${hash}`;\n",
				},
				Negatives: []string{
					"MARVEL_PUBLIC_KEY=your_public_key\n",
					"MARVEL_PRIVATE_KEY=" + g.Hex(36) + "\n",
					// the bare name, a common word, does not label a value
					"marvel: " + g.Hex(32) + "\n",
					// the hash the API asks for is no key
					"MARVEL_HASH=" + g.Hex(32) + "\n",
				},
			}
		},
		"the-one-api-key": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(9) + g.Pick("-", "_") + g.MixedAlnum(10) }
			return Cases{
				Positives: []string{
					"LOTR_API_KEY=" + tok() + "\n",
					"THE_ONE_API_TOKEN=\"" + g.MixedAlnum(20) + "\"\n",
					"export const config = { theOneApiToken: '" + tok() + "', baseUrl: 'https://the-one-api.dev/v2' };\n",
				},
				Negatives: []string{
					"LOTR_API_KEY=YOUR_BEARER_TOKEN_HERE\n",
					"LOTR_API_KEY=" + g.MixedAlnum(16) + "\n",
					// the name inside a longer word
					"CYCLOTRON_KEY=" + g.MixedAlnum(20) + "\n",
					"LOTR_BOOK_ID=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"wargaming-application-id": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WARGAMING_APPLICATION_ID=" + g.Hex(32) + "\n",
					"requests.get('https://api.worldoftanks.eu/wot/account/list/?application_id=" + g.Hex(32) + "&search=player')\n",
					"wargaming:\n  app_id: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"WARGAMING_APPLICATION_ID=TON_APPLICATION_ID\n",
					"WARGAMING_APPLICATION_ID=" + g.Hex(24) + "\n",
					"WARGAMING_ACCOUNT_ID=" + g.Hex(32) + "\n",
					"WARGAMING_APPLICATION_ID=" + strings.ToUpper(g.Hex(32)) + "\n",
				},
			}
		},
		"cuttly-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CUTTLY_API_KEY=" + g.Hex(37) + "\n",
					"api_url = f\"https://cutt.ly/api/api.php?key=" + g.Hex(37) + "&short={url}\"\n",
					"cuttly:\n  api_key: '" + g.Hex(37) + "'\n",
				},
				Negatives: []string{
					"CUTTLY_API_KEY=your_api_key\n",
					"CUTTLY_API_KEY=" + g.Hex(32) + "\n",
					"CUTTLY_API_KEY=" + g.MixedAlnum(37) + "\n",
					"CUTTLY_LINK_ID=" + g.Hex(37) + "\n",
				},
			}
		},
		"bestbuy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_BESTBUY_KEY=" + g.MixedAlnum(24) + "\n",
					".url(\"https://api.bestbuy.com/v1/categories?format=json&apiKey=" + g.LowerAlnum(24) + "\")\n",
					"bestbuy:\n  api_key: " + g.MixedAlnum(24) + "\n",
				},
				Negatives: []string{
					"BESTBUY_API_KEY=YourAPIKey\n",
					"BESTBUY_API_KEY=" + g.MixedAlnum(20) + "\n",
					"BESTBUY_API_KEY=" + strings.Repeat("a", 24) + "\n",
					"BESTBUY_STORE_ID=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"vuldb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VULDB_API_KEY=" + g.Hex(32) + "\n",
					"headers = {'User-Agent': userAgent, 'X-VulDB-ApiKey': '" + g.Hex(32) + "'}\n",
					"vuldb:\n  apikey: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"VULDB_API_KEY=*****\n",
					"VULDB_API_KEY=" + g.Hex(40) + "\n",
					"VULDB_API_KEY=" + g.MixedAlnum(32) + "\n",
					"VULDB_ENTRY_MD5=" + g.Hex(32) + "\n",
				},
			}
		},
		"jooble-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JOOBLE_API_KEY=" + g.UUID() + "\n",
					"r = requests.post(\"https://jooble.org/api/" + g.UUID() + "\", json=payload)\n",
					"jooble:\n  key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					"JOOBLE_API_KEY=\n",
					"JOOBLE_API_KEY=" + g.Hex(32) + "\n",
					"JOOBLE_JOB_UUID=" + g.UUID() + "\n",
					"url = f\"https://jooble.org/api/{JOOBLE_KEY}\"\n",
				},
			}
		},
		"imgbb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"REACT_APP_IMGBB_API_KEY=" + g.Hex(32) + "\n",
					"fetch(\"https://api.imgbb.com/1/upload?key=" + g.Hex(32) + "\", { method: \"POST\", body: formData })\n",
					"const imgbbKey = '" + g.Hex(32) + "';\n",
				},
				Negatives: []string{
					"IMGBB_API_KEY=your_imgbb_key\n",
					"IMGBB_API_KEY=" + g.Hex(24) + "\n",
					"IMGBB_API_KEY=" + g.MixedAlnum(32) + "\n",
					"IMGBB_IMAGE_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"tankerkoenig-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TANKERKOENIG_API_KEY=" + g.UUID() + "\n",
					"res = requests.get('https://creativecommons.tankerkoenig.de/json/list.php?lat=52.521&lng=13.438&rad=25&sort=dist&type=all&apikey=" + g.UUID() + "')\n",
					"tankerkoenig:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// the documented demo key
					"TANKERKOENIG_API_KEY=00000000-0000-0000-0000-000000000002\n",
					"TANKERKOENIG_API_KEY=" + g.Hex(32) + "\n",
					"TANKERKOENIG_STATION_ID=" + g.UUID() + "\n",
				},
			}
		},
		"trafiklab-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TRAFIKLAB_APIKEY=" + g.Hex(32) + "\n",
					"const departureURL = `https://api.resrobot.se/v2.1/departureBoard?id=740046062&format=json&accessId=" + g.UUID() + "`;\n",
					"RESROBOT_KEY=" + g.UUID() + "\n",
				},
				Negatives: []string{
					"TRAFIKLAB_APIKEY=\n",
					"TRAFIKLAB_APIKEY=" + g.Hex(24) + "\n",
					"RESROBOT_STOP_ID=" + g.UUID() + "\n",
					"RESROBOT_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"transportapi-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TRANSPORTAPI_APP_KEY=" + g.Hex(32) + "\n",
					"var url = 'https://transportapi.com/v3/uk/bus/stop/490003025W/live.json?group=route&app_id=" + g.Hex(8) + "&app_key=" + g.Hex(32) + "';\n",
					"transport_api:\n  app_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"TRANSPORTAPI_APP_KEY=your_app_key\n",
					"TRANSPORTAPI_APP_ID=" + g.Hex(8) + "\n",
					"TRANSPORTAPI_APP_KEY=" + g.Hex(30) + "\n",
					"TRANSPORTAPI_ROUTE_HASH=" + g.Hex(32) + "\n",
				},
			}
		},
		"usajobs-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Base64Bytes(32) }
			return Cases{
				Positives: []string{
					"USAJOBS_API_KEY=" + key() + "\n",
					"headers = {\"Host\": \"data.usajobs.gov\", \"User-Agent\": email, \"Authorization-Key\": \"" + key() + "\"}\n",
					"usajobs:\n  auth_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					"USAJOBS_API_KEY=your-authorization-key\n",
					"USAJOBS_API_KEY=" + g.Base64Bytes(16) + "\n",
					"USAJOBS_EMAIL=" + key() + "\n",
					"USAJOBS_API_KEY=" + g.Hex(44) + "\n",
				},
			}
		},
		"schiphol-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SCHIPHOL_API_KEY=" + g.Hex(32) + "\n",
					"SCHIPHOL_APP_ID=" + g.Hex(8) + "\nSCHIPHOL_APP_KEY=" + g.Hex(32) + "\n",
					"schiphol:\n  app_id: " + g.Hex(8) + "\n  app_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"SCHIPHOL_APP_KEY=your_app_key\n",
					"SCHIPHOL_APP_KEY=" + g.Hex(8) + "\n",
					"SCHIPHOL_APP_KEY=" + g.MixedAlnum(32) + "\n",
					"SCHIPHOL_FLIGHT_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"scrapingdog-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SCRAPINGDOG_API_KEY=" + g.Hex(24) + "\n",
					"r = requests.get(\"https://api.scrapingdog.com/scrape?api_key=" + g.Hex(24) + "&url=https://www.amazon.com/s?k=books&dynamic=false\")\n",
					"scrapingdog:\n  api_key: '" + g.Hex(24) + "'\n",
				},
				Negatives: []string{
					"SCRAPINGDOG_API_KEY=YOUR-API-KEY\n",
					"SCRAPINGDOG_API_KEY=" + g.Hex(32) + "\n",
					"SCRAPINGDOG_API_KEY=" + g.MixedAlnum(24) + "\n",
					"SCRAPINGDOG_JOB_ID=" + g.Hex(24) + "\n",
				},
			}
		},
		"openfigi-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENFIGI_API_KEY=" + g.UUID() + "\n",
					"req.Header.Set(\"X-OPENFIGI-APIKEY\", \"" + g.UUID() + "\")\n",
					"openfigi:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					"OPENFIGI_API_KEY=\n",
					"OPENFIGI_API_KEY=" + g.Hex(32) + "\n",
					"OPENFIGI_REQUEST_ID=" + g.UUID() + "\n",
					"headers['X-OPENFIGI-APIKEY'] = apiKey\n",
				},
			}
		},
		"navitia-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NAVITIA_TOKEN=" + g.UUID() + "\n",
					"const NAVITIA_API_KEY = '" + g.UUID() + "';\n",
					"navitia:\n  token: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					"NAVITIA_TOKEN=\n",
					// the public sandbox token of Navitia's documentation
					"NAVITIA_TOKEN=" + fake.Join("3b036afe", "-0110-4202-b9ed-", "99718476c2e0") + "\n",
					"NAVITIA_TOKEN=" + g.Hex(32) + "\n",
					"NAVITIA_COVERAGE_ID=" + g.UUID() + "\n",
				},
			}
		},
	}
}
