// Cases for the energy, sports and fitness data rules added in the s32 energy
// change: BALLDONTLIE, CricAPI, Electricity Maps, Enphase, Entity Sports,
// football-data.org, Goalserve, MySportsFeeds, Polar AccessLink, ROOK,
// Sportradar, SportsBlaze and SportsDataIO. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32energyCases are the cases of the rules this change adds.
func s32energyCases() map[string]Builder {
	return map[string]Builder{
		"balldontlie-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BALLDONTLIE_API_KEY=" + g.UUID() + "\n",
					"from balldontlie import BalldontlieAPI\n\napi = BalldontlieAPI(api_key=\"" + g.UUID() + "\")\n",
					"const api = new BalldontlieAPI({ apiKey: \"" + g.UUID() + "\" });\n",
					"const res = await fetch(`https://api.balldontlie.io/v1/games?dates[]=${day}`, {\n  headers: { Authorization: '" + g.UUID() + "' },\n});\n",
					"balldontlie:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"BALLDONTLIE_API_KEY=your-api-key\n",
					"api = BalldontlieAPI(api_key=\"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\")\n",
					// not a UUID
					"BALLDONTLIE_API_KEY=" + g.Hex(32) + "\n",
					// a player or game id is no key
					"BALLDONTLIE_PLAYER_ID=" + g.UUID() + "\n",
					// the name glued to another word
					"NOTBALLDONTLIE_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"cricapi-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CRICAPI_KEY=" + g.UUID() + "\n",
					"const response = await fetch('https://api.cricapi.com/v1/currentMatches?apikey=" + g.UUID() + "&offset=0');\n",
					"url = 'https://api.cricapi.com/v1/match_scorecard?id=" + g.UUID() + "&apikey=" + g.UUID() + "'\n",
					"cricapi:\n  api_key: \"" + g.UUID() + "\"\n",
					"const cricApiKey = process.env.CRICAPI_KEY || \"" + g.UUID() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"CRICAPI_KEY=your_cricapi_key\n",
					"url = f\"https://api.cricapi.com/v1/matches?apikey={cricapi_key}&offset=0\"\n",
					// a match id is no key
					"url = 'https://api.cricapi.com/v1/match_info?id=" + g.UUID() + "'\n",
					// wrong alphabet
					"CRICAPI_KEY=" + strings.ToUpper(g.UUID()) + "x\n",
					// the name glued to another word
					"MYCRICAPIS_TOKEN=" + g.UUID() + "\n",
				},
			}
		},
		"electricity-maps-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(8) + g.Pick("0", "7", "3") + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"ELECTRICITYMAPS_API_KEY=" + tok() + "\n",
					"ELECTRICITY_MAPS_API_KEY=\"" + tok() + "\"\nELECTRICITY_MAPS_ZONE=DE\n",
					"url = \"https://api.electricitymap.org/v3/carbon-intensity/latest?zone=DE\"\nheaders = {\"auth-token\": \"" + tok() + "\"}\n",
					"const response = await fetch(`https://api.electricitymaps.com/v3/power-breakdown/history?zone=${zone}`, {\n  headers: {\n    'auth-token': '" + tok() + "'\n  }\n});\n",
					"electricity_maps:\n  token: " + tok() + "\n",
				},
				Negatives: []string{
					// placeholders
					"ELECTRICITYMAPS_API_KEY=YOUR_EMAPS_KEY_OR_LEAVE_BLANK\n",
					"ELECTRICITY_MAPS_API_KEY=your_electricity_maps_key\n",
					// a zone code is no token
					"ELECTRICITYMAPS_ZONE=" + g.MixedAlnum(20) + "\n",
					// too long for a token
					"ELECTRICITYMAPS_API_KEY=" + tok() + g.MixedAlnum(12) + "\n",
					// one letter case only
					"ELECTRICITYMAPS_API_KEY=" + strings.ToLower(g.MixedLetters(20)) + "\n",
				},
			}
		},
		"enphase-api-credential": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ENPHASE_API_KEY=" + g.Hex(32) + "\nENPHASE_CLIENT_ID=" + g.Hex(32) + "\nENPHASE_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"export ENPHASE_API_KEY='" + g.Hex(32) + "'\n",
					"var urlPrefix = 'https://api.enphaseenergy.com/api/v2/systems/67/summary?key=" + g.Hex(32) + "&user_id=" + g.Hex(18) + "';\n",
					"URL enphase = new URL(\"https://api.enphaseenergy.com/api/v2/systems/1305050/summary?user_id=" + g.Hex(18) + "&key=" + g.Hex(32) + "\");\n",
					"enphase:\n  client_secret: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"ENPHASE_API_KEY=your_enphase_key\n",
					"ENPHASE_CLIENT_SECRET=<from the same app registration>\n",
					// the client id is an identifier
					"ENPHASE_CLIENT_ID=" + g.Hex(32) + "\n",
					// a user id is shorter
					"ENPHASE_USER_ID=" + g.Hex(18) + "\n",
					// not hex
					"ENPHASE_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"entitysport-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ENTITYSPORT_TOKEN=" + g.Hex(32) + "\n",
					"ENTITYSPORT_ACCESS_KEY=" + g.Hex(32) + "\nENTITYSPORT_SECRET_KEY=" + g.Hex(32) + "\n",
					"const apiResponse = await axios.get(\n  \"https://rest.entitysport.com/v2/matches/?status=1&pre_squad=true&per_page=50&token=" + g.Hex(32) + "\"\n);\n",
					"final String query = \"https://rest.entitysport.com/v2/competitions/$cid/squads/$matchId?token=" + g.Hex(32) + "\";\n",
					"'entitysport' => [\n    'token' => '" + g.Hex(32) + "',\n],\n",
				},
				Negatives: []string{
					// placeholders
					"ENTITYSPORT_TOKEN=your_entitysport_token\n",
					"axios.get(`https://rest.entitysport.com/v2/matches/${match_id}/scorecard?token=${process.env.REACT_APP_TOKEN}`)\n",
					// not hex
					"ENTITYSPORT_TOKEN=" + g.MixedAlnum(32) + "\n",
					// a competition id is no token
					"url = \"https://rest.entitysport.com/v2/competitions/" + g.Hex(32) + "/matches\"\n",
					// the name glued to another word
					"MYENTITYSPORTS_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"goalserve-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GOALSERVE_API_KEY=" + g.Hex(32) + "\n",
					"url = \"http://www.goalserve.com/getfeed/" + g.Hex(32) + "/baseball/home?json=1\"\n",
					"const res = await fetch(`https://www.goalserve.com/getfeed/" + g.Hex(32) + "/soccernew/home?json=1`)\n",
					"const URL_JSON = 'https://www.goalserve.com/getfeed/tennis_scores/home/?json=1&key=" + g.Hex(32) + "';\n",
					"goalserve:\n  token: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"GOALSERVE_TOKEN=your_goalserve_token\n",
					"const url = `http://www.goalserve.com/getfeed/${GOAL_SERVE.token}/cricket/livescore?json=1`;\n",
					"@link https://www.goalserve.com/getfeed/---------/soccerstats/team/leagues_ar\n",
					// not hex
					"GOALSERVE_API_KEY=" + g.MixedAlnum(32) + "\n",
					// too short
					"url = \"http://www.goalserve.com/getfeed/" + g.Hex(24) + "/soccernew/home\"\n",
				},
			}
		},
		"football-data-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FOOTBALL_DATA_API_KEY=" + g.Hex(32) + "\n",
					"ENV FOOTBALL_DATA_API_KEY=" + g.Hex(32) + " \\\n    TZ=UTC\n",
					"self.connection = http.client.HTTPConnection('api.football-data.org')\nself.headers = {\n\t'X-Auth-Token': '" + g.Hex(32) + "',\n\t'X-Response-Control': 'minified'\n}\n",
					"const { data } = await axios.get(`https://api.football-data.org/v4/teams/${id}`, {\n  headers: { 'X-Auth-Token': '" + g.Hex(32) + "' }\n})\n",
					"footballData:\n  apiToken: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"FOOTBALL_DATA_API_KEY=your_api_key_here\n",
					"FOOTBALL_DATA_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// an X-Auth-Token with no football-data.org near it
					"headers = {'X-Auth-Token': '" + g.Hex(32) + "'}\n",
					// not hex
					"FOOTBALL_DATA_API_KEY=" + g.MixedAlnum(32) + "\n",
					// too short
					"FOOTBALL_DATA_API_KEY=" + g.Hex(24) + "\n",
				},
			}
		},
		"mysportsfeeds-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.Hex(8) + "-" + g.Hex(4) + "-4" + g.Hex(3) + "-" + g.Pick("8", "9", "a", "b") + g.Hex(3) + "-" + g.Hex(6)
			}
			return Cases{
				Positives: []string{
					"MYSPORTSFEEDS_API_KEY=" + key() + "\n",
					"msf.authenticate(\"" + key() + "\", \"MYSPORTSFEEDS\");\n",
					"req.add_field \"Authorization\", \"Basic \" + Base64.encode64(\"" + key() + "\" + \":\" + \"MYSPORTSFEEDS\")\n",
					"String authString = \"" + key() + ":MYSPORTSFEEDS\";\n",
					"mysportsfeeds:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"MYSPORTSFEEDS_API_KEY=your_api_key\n",
					"msf.authenticate(\"<your-api-key>\", \"MYSPORTSFEEDS\");\n",
					// a whole UUID is another shape
					"MYSPORTSFEEDS_API_KEY=" + g.UUID() + "\n",
					// the v1 user name
					"headers: { 'Authorization': 'Basic ' + btoa('" + g.MixedLetters(6) + ":mysportsfeeds') }\n",
					// the shape with no MySportsFeeds on the line
					"SESSION_ID=" + key() + "\n",
				},
			}
		},
		"polar-accesslink-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"POLAR_CLIENT_ID=" + g.UUID() + "\nPOLAR_CLIENT_SECRET=" + g.UUID() + "\n",
					"export POLAR_CLIENT_SECRET=\"" + g.UUID() + "\"\n",
					"VITE_POLAR_CLIENT_SECRET=" + g.UUID() + "\n",
					"polar:\n  client_id: " + g.UUID() + "\n  client_secret: " + g.UUID() + "\n",
					"ACCESSLINK_CLIENT_SECRET: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"POLAR_CLIENT_SECRET=your-client-secret-here\n",
					"POLAR_CLIENT_SECRET=<secret>\n",
					// the client id is an identifier
					"POLAR_CLIENT_ID=" + g.UUID() + "\n",
					// not a UUID
					"POLAR_CLIENT_SECRET=" + g.MixedAlnum(43) + "\n",
					// the name glued to another word
					"BIPOLAR_CLIENT_SECRET=" + g.UUID() + "\n",
				},
			}
		},
		"rook-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(17) + g.Pick("4", "8", "2") + g.MixedAlnum(18) }
			return Cases{
				Positives: []string{
					"ROOK_CLIENT_UUID=" + g.UUID() + "\nROOK_SECRET_KEY=" + key() + "\n",
					"    ROOK_CLIENT_UUID: \"" + g.UUID() + "\",\n    ROOK_SECRET_KEY: \"" + key() + "\",\n",
					"const rookSecretKey = process.env.ROOK_SECRET_KEY || '" + key() + "';\n",
					"rook:\n  client_uuid: " + g.UUID() + "\n  secret_key: " + key() + "\n",
					"EXPO_PUBLIC_ROOK_CLIENT_SECRET=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"EXPO_PUBLIC_ROOK_SECRET_KEY=your-secret-key\n",
					"ROOK_SECRET_KEY=" + strings.Repeat("x", 36) + "\n",
					// the client UUID is an identifier
					"ROOK_CLIENT_UUID=" + g.UUID() + "\n",
					// a longer name that holds rook
					"BROOK_SECRET_KEYS=" + key() + "\n",
					// too short
					"ROOK_SECRET_KEY=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"sportradar-api-key": func(g *fake.Gen) Cases {
			legacy := func() string {
				return g.LowerAlnum(11) + g.Pick("2", "5", "9") + g.Pick("a", "k", "z") + g.LowerAlnum(11)
			}
			console := func() string { return g.MixedAlnum(19) + g.Pick("4", "8") + g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"SPORTRADAR_API_KEY=" + legacy() + "\n",
					"SPORTRADAR_API_KEY=" + console() + "\nSPORTRADAR_ACCESS_LEVEL=trial\n",
					"ncaa_sched19 = fromJSON(file=paste0(\"https://api.sportradar.us/ncaamb/trial/v7/en/games/2019/reg/schedule.json?api_key=" + legacy() + "\"))\n",
					"url = \"https://api.sportradar.com/nbdl/trial/v8/en/league/hierarchy.json\"\nheaders = {\n    \"accept\": \"application/json\",\n    \"x-api-key\": \"" + console() + "\",\n}\n",
					"export const sportsRadarApiConfig = {\n  apiKey: '" + legacy() + "',\n};\n",
				},
				Negatives: []string{
					// placeholders
					"SPORTRADAR_API_KEY=your_sportradar_key_here\n",
					"SPORTRADAR_API_KEY=<console master key>\n",
					// a competitor id is no key
					"url = \"https://api.sportradar.com/soccer/trial/v4/en/competitions/sr:competition:202/seasons.json\"\n",
					// neither length
					"SPORTRADAR_API_KEY=" + g.LowerAlnum(30) + "\n",
					// the name glued to another word
					"SPORTRADARS_ID=" + legacy() + "\n",
				},
			}
		},
		"sportsblaze-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return fake.Join("s", "b") + g.LowerAlnum(10) + g.Pick("0", "9", "4") + g.LowerAlnum(10)
			}
			return Cases{
				Positives: []string{
					"SPORTSBLAZE_API_KEY=" + key() + "\n",
					"url = \"https://api.sportsblaze.com/wnba/v1/schedule/daily/2025-07-25.json?key=" + key() + "\"\n",
					"url = f\"https://api.sportsblaze.com/nba/v1/boxscores/daily/{date}.json?key=" + key() + "\"\n",
					"'sportsblaze' => [\n    'key' => '" + key() + "',\n],\n",
				},
				Negatives: []string{
					// placeholders
					"SPORTSBLAZE_API_KEY=your_key\n",
					"https://api.sportsblaze.com/nba/v1/boxscores/daily/{date}.json?key={api_key}\n",
					// no sb prefix
					"SPORTSBLAZE_API_KEY=" + g.LowerAlnum(23) + "\n",
					// upper case
					"SPORTSBLAZE_API_KEY=" + strings.ToUpper(key()) + "\n",
					// a game id is no key
					"sportsblaze_game_id=" + key() + "\n",
				},
			}
		},
		"sportsdataio-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SPORTSDATAIO_API_KEY=" + g.Hex(32) + "\n",
					"axios.get('https://api.sportsdata.io/v3/lol/stats/json/Champions?key=" + g.Hex(32) + "')\n",
					"const response = await fetch(\n  `https://api.sportsdata.io/v3/nba/scores/json/GamesByDate/${today}`,\n  {\n    headers: {\n      'Ocp-Apim-Subscription-Key': '" + g.Hex(32) + "',\n    },\n  }\n);\n",
					"sportsdataio:\n  api_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SPORTSDATAIO_API_KEY=your_sportsdataio_api_key\n",
					"API_KEY = \"YOUR_API_KEY\"  # TODO: Replace with your API key for SportsData\n",
					// not hex
					"SPORTSDATAIO_API_KEY=" + g.MixedAlnum(32) + "\n",
					// too short
					"SPORTSDATAIO_API_KEY=" + g.Hex(20) + "\n",
					// a competition id is no key
					"sportsdataio_world_cup_competition_id=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
