// Cases for the maps, geolocation, weather, travel, market-data, media and
// gaming rules added in the s26geo change (Esri ArcGIS, BigDataCloud,
// ipdata, MapTiler, Stadia Maps, Jawg, Thunderforest, what3words, Windy,
// Pirate Weather, FlightAware AeroAPI, Kiwi Tequila, Tripadvisor, PredictHQ,
// EODHD, Barchart, Benzinga, Marketaux, Messari, Dune, GNews, NewsData.io,
// OMDb, TheTVDB, Simkl, MyAnimeList, Musixmatch, Genius, setlist.fm, Giant
// Bomb, Bungie and Blizzard). Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26geoCases are the cases of the rules this change adds.
func s26geoCases() map[string]Builder {
	return map[string]Builder{
		"esri-arcgis-api-key": func(g *fake.Gen) Cases {
			legacy := func() string {
				return fake.Join("AA", "PK") + g.Hex(32) + g.String(fake.Base64URL, 63) + g.Pick("A", "b", "7")
			}
			token := func() string {
				return fake.Join("AA", "PT") + g.MixedAlnum(120) + "-" + g.MixedAlnum(60) + "_" + g.MixedAlnum(53) + "." + fake.Join("AT", "1_") + g.MixedAlnum(8)
			}
			return Cases{
				Positives: []string{
					"esriConfig.apiKey = \"" + token() + "\";\n",
					"ARCGIS_API_KEY=" + legacy() + "\n",
					"ArcGISRuntimeEnvironment.setApiKey(\"" + token() + "\");\n",
					"arcgis:\n  api_key: '" + legacy() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"esriConfig.apiKey = \"" + fake.Join("AA", "PK") + "...\";\n",
					"ARCGIS_API_KEY=" + fake.Join("AA", "PT") + strings.Repeat("x", 40) + "\n",
					// too short for a legacy key, and a credential token cut before its suffix
					"ARCGIS_API_KEY=" + fake.Join("AA", "PK") + g.Hex(32) + g.MixedAlnum(20) + "\n",
					"esriConfig.apiKey = \"" + fake.Join("AA", "PT") + g.MixedAlnum(235) + "\";\n",
				},
			}
		},
		"bigdatacloud-api-key": func(g *fake.Gen) Cases {
			bdc := fake.Join("bd", "c_")
			return Cases{
				Positives: []string{
					"fetch(`https://api-bdc.net/data/reverse-geocode?latitude=${lat}&longitude=${lng}&localityLanguage=en&key=" + bdc + g.Hex(32) + "`)\n",
					"BIGDATACLOUD_API_KEY=" + bdc + g.Hex(32) + "\n",
					"client = Client(\"" + bdc + g.Hex(32) + "\")  # bigdatacloud\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"BIGDATACLOUD_API_KEY=" + bdc + g.Hex(24) + "\n",
					"BIGDATACLOUD_API_KEY=" + bdc + strings.ToUpper(g.MixedAlnum(32)) + "\n",
					// placeholder
					"BIGDATACLOUD_API_KEY=" + bdc + "your_api_key_here\n",
					// the prefix glued to a longer identifier
					"const table = \"xbdc_" + g.Hex(32) + "\"\n",
				},
			}
		},
		"eodhd-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Hex(13) + g.String(fake.Digits, 1) + "." + g.String(fake.Digits, 8) }
			return Cases{
				Positives: []string{
					"EODHD_API_KEY=" + tok() + "\n",
					"url = f\"https://eodhd.com/api/eod/AAPL.US?api_token=" + tok() + "&fmt=json\"\n",
					"eodhd:\n  api_token: \"" + tok() + "\"\n",
					"environment:\n  - EODHD_API_TOKEN=" + tok() + "\n",
				},
				Negatives: []string{
					// the published demo key and placeholders
					"EODHD_API_KEY=demo\n",
					"EODHD_API_KEY=your_eodhd_api_key\n",
					// wrong shape: no dot part, too few digits
					"EODHD_API_KEY=" + g.Hex(22) + "\n",
					"EODHD_API_KEY=" + g.Hex(13) + "1." + g.String(fake.Digits, 5) + "\n",
				},
			}
		},
		"flightaware-aeroapi-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FLIGHTAWARE_API_KEY=" + g.MixedAlnum(32) + "\n",
					"AEROAPI_KEY = \"" + g.MixedAlnum(32) + "\"\n",
					"aeroapi:\n  key: " + g.MixedAlnum(32) + "\n",
					"define('FLIGHTAWARE_KEY', '" + g.MixedAlnum(32) + "');\n",
				},
				Negatives: []string{
					// placeholders
					"FLIGHTAWARE_API_KEY=your_aeroapi_key_here\n",
					"FLIGHTAWARE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length
					"FLIGHTAWARE_API_KEY=" + g.MixedAlnum(24) + "\n",
					// the name glued to another word
					"FLIGHTAWAREFLIGHT_ID=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"giantbomb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GIANTBOMB_API_KEY=" + g.Hex(40) + "\n",
					"const url = \"https://www.giantbomb.com/api/search?api_key=" + g.Hex(40) + "&format=json&resources=game\";\n",
					"giant_bomb:\n  api_key: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					"GIANTBOMB_API_KEY=your_api_key\n",
					// wrong length and alphabet
					"GIANTBOMB_API_KEY=" + g.Hex(32) + "\n",
					"GIANTBOMB_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a game id, not a key
					"GIANTBOMB_GAME_ID=3030-" + g.String(fake.Digits, 5) + "\n",
				},
			}
		},
		"gnews-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GNEWS_API_KEY=" + g.Hex(32) + "\n",
					"const URL = `https://gnews.io/api/v4/search?q=${search}&lang=en&max=10&token=" + g.Hex(32) + "`;\n",
					"gnews:\n  apikey: '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					"GNEWS_API_KEY=your_gnews_api_key\n",
					"GNEWS_API_KEY=" + g.Hex(24) + "\n",
					"GNEWS_API_KEY=" + strings.ToUpper(g.Hex(32)) + "x\n",
					// a longer name that only starts like the provider's
					"GNEWSLETTER_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"jawg-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"L.tileLayer('https://{s}.tile.jawg.io/jawg-dark/{z}/{x}/{y}{r}.png?access-token=" + g.MixedAlnum(64) + "');\n",
					"JAWG_ACCESS_TOKEN=" + g.MixedAlnum(64) + "\n",
					"<string name=\"jawg_access_token\">" + g.MixedAlnum(64) + "</string>\n",
				},
				Negatives: []string{
					"JAWG_ACCESS_TOKEN=<your-access-token>\n",
					"JAWG_ACCESS_TOKEN=" + g.MixedAlnum(40) + "\n",
					"JAWG_ACCESS_TOKEN=" + strings.Repeat("a", 64) + "\n",
					"JAWG_STYLE_ID=" + g.MixedAlnum(64) + "x\n",
				},
			}
		},
		"maptiler-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"style: \"https://api.maptiler.com/maps/streets/style.json?key=" + g.MixedAlnum(20) + "\",\n",
					"MAPTILER_API_KEY=" + g.MixedAlnum(20) + "\n",
					"maptilersdk.config.apiKey = '" + g.MixedAlnum(20) + "';\n",
					"url: https://api.maptiler.com/tiles/satellite-v2/{z}/{x}/{y}.jpg?key=" + g.MixedAlnum(20) + "\n",
				},
				Negatives: []string{
					"MAPTILER_API_KEY=YOUR_MAPTILER_API_KEY\n",
					// wrong length
					"MAPTILER_API_KEY=" + g.MixedAlnum(16) + "\n",
					"MAPTILER_API_KEY=" + g.MixedAlnum(28) + "\n",
					// one letter case only, no digits
					"MAPTILER_API_KEY=" + strings.Repeat("abcde", 4) + "\n",
				},
			}
		},
		"musixmatch-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MUSIXMATCH_API_KEY=" + g.Hex(32) + "\n",
					"request(`http://api.musixmatch.com/ws/1.1/track.lyrics.get?apikey=" + g.Hex(32) + "&track_id=${id}`)\n",
					"apikey_musixmatch = '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					"MUSIXMATCH_API_KEY=your_musixmatch_key\n",
					"MUSIXMATCH_API_KEY=" + g.Hex(20) + "\n",
					"MUSIXMATCH_API_KEY=" + g.MixedAlnum(32) + "\n",
					"MUSIXMATCH_TRACK_ID=" + g.String(fake.Digits, 9) + "\n",
				},
			}
		},
		"newsdata-api-key": func(g *fake.Gen) Cases {
			pub := fake.Join("pu", "b_")
			return Cases{
				Positives: []string{
					"url = \"https://newsdata.io/api/1/news?apikey=" + pub + g.Hex(32) + "&country=in\"\n",
					"NEWSDATA_API_KEY=" + pub + g.String(fake.Digits, 5) + g.Hex(32) + "\n",
					"api = NewsDataApiClient(apikey=\"" + pub + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					"NEWSDATA_API_KEY=" + pub + "your_api_key\n",
					"NEWSDATA_API_KEY=" + pub + g.Hex(20) + "\n",
					"NEWSDATA_API_KEY=" + pub + g.MixedAlnum(32) + "\n",
					"const sz = \"sz_" + pub + g.Hex(32) + "\"\n",
				},
			}
		},
		"omdb-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(6) + g.Pick("a", "b", "c", "d", "e", "f") + g.String(fake.Digits, 1) }
			return Cases{
				Positives: []string{
					"axios.get('https://www.omdbapi.com/?apikey=" + key() + "&s=thor')\n",
					"OMDB_API_KEY=" + key() + "\n",
					"omdb:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders and a course's shared demo word
					"OMDB_API_KEY=your_key\n",
					"const url = `https://www.omdbapi.com/?apikey=trilogy&t=${q}`;\n",
					// wrong length
					"OMDB_API_KEY=" + g.Hex(12) + "\n",
					// digits only
					"OMDB_API_KEY=" + g.String(fake.Digits, 8) + "\n",
				},
			}
		},
		"stadia-maps-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const STADIA_TILE_URL = 'https://tiles.stadiamaps.com/tiles/alidade_smooth/{z}/{x}/{y}{r}.png?api_key=" + g.UUID() + "';\n",
					"STADIA_API_KEY=" + g.UUID() + "\n",
					"stadiamaps:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					"STADIA_API_KEY=your-stadia-api-key\n",
					// a stadium record's id, not a key
					"stadia_id = \"" + g.UUID() + "\"\n",
					"STADIA_API_KEY=" + g.Hex(32) + "\n",
					"STADIA_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
				},
			}
		},
		"thunderforest-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"L.tileLayer('https://{s}.tile.thunderforest.com/neighbourhood/{z}/{x}/{y}.png?apikey=" + g.Hex(32) + "', {\n",
					"THUNDERFOREST_API_KEY=" + g.Hex(32) + "\n",
					"thunderforest:\n  apikey: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"THUNDERFOREST_API_KEY=YOUR_API_KEY\n",
					"THUNDERFOREST_API_KEY=" + g.Hex(24) + "\n",
					"THUNDERFOREST_API_KEY=" + g.MixedAlnum(32) + "\n",
					"THUNDERFOREST_STYLE=" + g.Pick("atlas", "cycle", "transport") + "\n",
				},
			}
		},
		"tripadvisor-api-key": func(g *fake.Gen) Cases {
			key := func() string { return strings.ToUpper(g.Hex(32)) }
			return Cases{
				Positives: []string{
					"'https://api.content.tripadvisor.com/api/v1/location/search?key=" + key() + "&searchQuery=london&language=en'\n",
					"TRIPADVISOR_API_KEY=" + key() + "\n",
					"tripadvisor:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					"TRIPADVISOR_API_KEY=your_tripadvisor_key\n",
					"TRIPADVISOR_API_KEY=" + strings.ToUpper(g.Hex(24)) + "\n",
					// lower case is not how the portal shows it
					"TRIPADVISOR_LOCATION_ID=" + g.String(fake.Digits, 7) + "\n",
					"TRIPADVISOR_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"what3words-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String(fake.Upper, 3) + g.String(fake.Digits, 1) + g.String(fake.Upper+fake.Digits, 3) + g.String(fake.Upper, 1)
			}
			return Cases{
				Positives: []string{
					"W3W_API_KEY=" + key() + "\n",
					"fetch(`https://api.what3words.com/v3/convert-to-3wa?coordinates=${lat}%2C${lng}&key=" + key() + "`)\n",
					"var w3w = window.what3words.api({ key: '" + key() + "' });\n",
				},
				Negatives: []string{
					"W3W_API_KEY=YOUR_W3W_API_KEY\n",
					// letters only, wrong length
					"W3W_API_KEY=" + g.String(fake.Upper, 8) + "\n",
					"W3W_API_KEY=" + g.String(fake.Upper+fake.Digits, 12) + "\n",
					// three words are the address, not the key
					"what3words_address = \"filled.count.soap\"\n",
				},
			}
		},
		"benzinga-api-key": func(g *fake.Gen) Cases {
			bz := fake.Join("b", "z.")
			b32 := fake.Upper + "234567"
			key := func() string { return bz + g.String(fake.Upper, 4) + g.String("234567", 2) + g.String(b32, 26) }
			return Cases{
				Positives: []string{
					"BENZINGA_API_KEY = \"" + key() + "\"\n",
					"url = f\"https://api.benzinga.com/api/v2/news?token=" + key() + "&pageSize=5\"\n",
					"benzinga:\n  token: " + key() + "\n",
				},
				Negatives: []string{
					"BENZINGA_API_KEY = \"YOUR_BENZINGA_API_KEY\"\n",
					// too short, and lower case
					"BENZINGA_API_KEY = \"" + bz + g.String(b32, 20) + "\"\n",
					"BENZINGA_API_KEY = \"" + bz + strings.ToLower(g.String(b32, 32)) + "\"\n",
					// a file name, not a key
					"tar -xjf archive.tar." + bz + "\n",
				},
			}
		},
		"blizzard-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export BLIZZARD_CLIENT_ID=" + g.Hex(32) + "\nexport BLIZZARD_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					"BATTLENET_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					"blizzard:\n  client_secret: \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					"BLIZZARD_CLIENT_SECRET=your_blizzard_client_secret\n",
					// the client id is not the secret
					"BLIZZARD_CLIENT_ID=" + g.Hex(32) + "\n",
					"BLIZZARD_CLIENT_SECRET=" + g.MixedAlnum(24) + "\n",
					// the bare word names weather, not the provider
					"blizzard = \"" + g.MixedAlnum(32) + "\"\n",
				},
			}
		},
		"marketaux-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MARKETAUX_API_KEY=" + g.MixedAlnum(40) + "\n",
					"final url = 'https://api.marketaux.com/v1/news/all?symbols=TSLA&filter_entities=true&api_token=" + g.MixedAlnum(40) + "';\n",
					"marketaux:\n  api_token: \"" + g.MixedAlnum(40) + "\"\n",
				},
				Negatives: []string{
					"MARKETAUX_API_KEY=your_marketaux_api_key\n",
					"MARKETAUX_API_KEY=" + g.MixedAlnum(32) + "\n",
					"MARKETAUX_API_KEY=" + strings.Repeat("Ab1", 13) + "x\n",
					"MARKETAUXILIARY_ID=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"myanimelist-client-id": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"client.DefaultRequestHeaders.Add(\"X-MAL-CLIENT-ID\", \"" + g.Hex(32) + "\");\n",
					"headers: { 'X-MAL-CLIENT-ID': '" + g.Hex(32) + "' },\n",
					"MAL_CLIENT_ID=" + g.Hex(32) + "\n",
					"MYANIMELIST_CLIENT_ID=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"headers: { 'X-MAL-CLIENT-ID': 'CLIENT-ID' },\n",
					"MAL_CLIENT_ID=" + g.Hex(24) + "\n",
					"MAL_CLIENT_ID=" + g.MixedAlnum(32) + "\n",
					"MYANIMELIST_USER_ID=" + g.String(fake.Digits, 8) + "\n",
				},
			}
		},
		"pirate-weather-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PIRATE_WEATHER_API_KEY=" + g.MixedAlnum(40) + "\n",
					"fetch('https://api.pirateweather.net/forecast/" + g.MixedAlnum(40) + "/30.5559368,-87.2839719')\n",
					"pirateweather:\n  api_key: '" + g.MixedAlnum(40) + "'\n",
				},
				Negatives: []string{
					"PIRATE_WEATHER_API_KEY=your_api_key_here\n",
					"PIRATE_WEATHER_API_KEY=" + g.MixedAlnum(32) + "\n",
					"url = f\"https://api.pirateweather.net/forecast/{api_key}/{lat},{lon}\"\n",
					"PIRATE_WEATHER_LAT=40.7128\n",
				},
			}
		},
		"tvdb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TVDB_API_KEY=" + g.UUID() + "\n",
					"tvdb = tvdb_v4_official.TVDB(\"" + g.UUID() + "\")\n",
					"tvdb:\n  apikey: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					"TVDB_API_KEY=your-tvdb-api-key\n",
					"TVDB_API_KEY=" + g.Hex(32) + "\n",
					"TVDB_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					"TVDB_SERIES_ID=" + g.String(fake.Digits, 6) + "\n",
				},
			}
		},
		"windy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WINDY_API_KEY=" + g.MixedAlnum(32) + "\n",
					"const windyKey = '" + g.MixedAlnum(32) + "'; // Your Windy API key\n",
					"windy_token = \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					"WINDY_API_KEY=your_windy_api_key\n",
					"WINDY_API_KEY=" + g.MixedAlnum(24) + "\n",
					// the bare word is weather, not the provider
					"windy = \"" + g.MixedAlnum(32) + "\"\n",
					"WINDY_MODEL=gfs\n",
				},
			}
		},
		"messari-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) + g.Pick("-", "+", "_") + g.MixedAlnum(27) }
			return Cases{
				Positives: []string{
					"MESSARI_API_KEY = \"" + key() + "\"\n",
					"headers: { \"x-messari-api-key\": \"" + key() + "\" },\n",
					"axios.get('https://data.messari.io/api/v1/assets/btc/metrics', { \"headers\": { \"x-messari-api-key\": \"" + g.UUID() + "\" } })\n",
					"messari:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					"MESSARI_API_KEY=your_messari_api_key_here\n",
					"MESSARI_API_KEY=" + g.MixedAlnum(40) + "\n",
					"MESSARI_API_KEY=" + strings.Repeat("x", 48) + "\n",
					"MESSARI_ASSET_SLUG=" + g.UUID() + "\n",
				},
			}
		},
		"setlistfm-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(10) + g.Pick("-", "_") + g.MixedAlnum(25) }
			return Cases{
				Positives: []string{
					"SETLISTFM_API_KEY=" + key() + "\n",
					"SETLIST_API_KEY=" + key() + "\n",
					"setlist_fm:\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					"SETLISTFM_API_KEY=your_setlistfm_api_key\n",
					// an artist's MusicBrainz id, not a key
					"SETLISTFM_ARTIST_MBID=" + g.UUID() + "\n",
					"SETLIST_API_KEY=" + g.UUID() + "\n",
					"SETLISTFM_API_KEY=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"genius-access-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(20) + "-" + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"genius = lyricsgenius.Genius(\"" + tok() + "\")\n",
					"GENIUS_ACCESS_TOKEN=\"" + tok() + "\"\n",
					"genius:\n  client_access_token: " + tok() + "\n",
				},
				Negatives: []string{
					"genius = lyricsgenius.Genius(\"ENTER_YOUR_GENIUS_API_KEY\")\n",
					"GENIUS_ACCESS_TOKEN=" + g.MixedAlnum(40) + "\n",
					// the bare word is not the provider
					"genius = \"" + tok() + "\"\n",
					"SIGNUPGENIUS_USER_KEY=" + tok() + "x\n",
				},
			}
		},
		"kiwi-tequila-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(8) + g.Pick("_", "-", "a") + g.MixedAlnum(23) }
			return Cases{
				Positives: []string{
					"TEQUILA_ENDPOINT = \"https://tequila-api.kiwi.com\"\nTEQUILA_API_KEY = \"" + key() + "\"\n",
					"KIWI_API_KEY=" + key() + "\n",
					"tequila:\n  apikey: '" + key() + "'\n",
				},
				Negatives: []string{
					"TEQUILA_API_KEY = \"Your own API key from tequila.\"\n",
					"TEQUILA_API_KEY=" + g.MixedAlnum(24) + "\n",
					// a drink is not a provider
					"tequila = \"" + key() + "\"\n",
					"KIWI_API_KEY=" + strings.Repeat("k", 32) + "\n",
				},
			}
		},
		"predicthq-access-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.MixedAlnum(3) + g.Pick("_", "-") + g.MixedAlnum(20) + g.Pick("_", "-", "a") + g.MixedAlnum(15)
			}
			return Cases{
				Positives: []string{
					"PREDICTHQ_ACCESS_TOKEN=" + tok() + "\n",
					"phq = Client(access_token=\"" + tok() + "\")  # noqa\nPHQ_TOKEN = \"" + tok() + "\"\n",
					"predicthq:\n  access_token: '" + tok() + "'\n",
				},
				Negatives: []string{
					"PREDICTHQ_ACCESS_TOKEN=test-token\n",
					"PREDICTHQ_ACCESS_TOKEN=" + g.MixedAlnum(32) + "\n",
					// a questionnaire score, not the provider
					"phq = \"" + tok() + "\"\n",
					"PREDICTHQ_ACCESS_TOKEN=" + strings.Repeat("x", 40) + "\n",
				},
			}
		},
		"barchart-ondemand-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"$q = \"http://ondemand.websol.barchart.com/getHistory.json?apikey=" + g.Hex(32) + "&symbol=\".$index;\n",
					"BARCHART_API_KEY=" + g.Hex(32) + "\n",
					"barchart:\n  apikey: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"http://ondemand.websol.barchart.com/getGrainBids.json?apikey=[YOUR_API_KEY]&requestType=locations\n",
					"BARCHART_API_KEY=" + g.Hex(24) + "\n",
					"BARCHART_API_KEY=" + g.MixedAlnum(32) + "\n",
					"BARCHART_SYMBOL=KC*1\n",
				},
			}
		},
		"bungie-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BUNGIE_API_KEY = \"" + g.Hex(32) + "\"\n",
					"const bungieApiKey = '" + g.Hex(32) + "';\nfetch(url, { headers: { \"X-API-Key\": bungieApiKey } });\n",
					"bungie:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"BUNGIE_API_KEY = \"YOUR_BUNGIE_API_KEY\"\n",
					"BUNGIE_API_KEY = \"" + g.Hex(20) + "\"\n",
					"BUNGIE_API_KEY = \"" + g.MixedAlnum(32) + "\"\n",
					"BUNGIE_CLIENT_ID = \"" + g.String(fake.Digits, 5) + "\"\n",
				},
			}
		},
		"simkl-client-credential": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"fetch(`https://api.simkl.com/search/${medium}?q=${q}&client_id=" + g.Hex(64) + "`)\n",
					"SIMKL_CLIENT_ID=" + g.Hex(64) + "\nSIMKL_CLIENT_SECRET=" + g.Hex(64) + "\n",
					"simkl:\n  client_secret: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					"SIMKL_CLIENT_ID=your_simkl_client_id\n",
					"SIMKL_CLIENT_ID=" + g.Hex(32) + "\n",
					"SIMKL_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"simkl_show_id = " + g.String(fake.Digits, 6) + "\n",
				},
			}
		},
		"ipdata-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"fetch(\"https://api.ipdata.co?api-key=" + g.Hex(56) + "\")\n",
					"IPDATA_API_KEY=" + g.Hex(56) + "\n",
					"ip = ipdata.IPData(\"" + g.Hex(56) + "\")\n",
					"const r = await fetch('https://eu-api.ipdata.co/8.8.8.8?api-key=" + g.Hex(56) + "&fields=country_code');\n",
				},
				Negatives: []string{
					"requests.get('https://api.ipdata.co?api-key=test').json()\n",
					"IPDATA_API_KEY=" + g.Hex(32) + "\n",
					"IPDATA_API_KEY=" + g.MixedAlnum(56) + "\n",
					"IPDATA_FIELDS=country_code,city\n",
				},
			}
		},
	}
}
