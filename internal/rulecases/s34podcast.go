// Cases for the podcast hosting, audio and music data rules added in the
// s34 podcast change: Listen Notes, Podbean, Podcast Index (key and secret),
// Napster, Freesound, Audius, Buzzsprout, Megaphone, Songstats and
// Soundcharts. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34podcastIndexSecret builds a Podcast Index API secret: 40 letters,
// digits and the punctuation the published secrets hold, with at least
// one of each of upper case, lower case and digits.
func s34podcastIndexSecret(g *fake.Gen) string {
	const marks = "#$^|-"
	b := []byte(g.MixedAlnum(40))
	b[g.IntN(10)] = marks[g.IntN(len(marks))]
	b[20+g.IntN(19)] = marks[g.IntN(len(marks))]
	b[10] = 'Q'
	b[11] = 'r'
	b[12] = '7'
	return string(b)
}

// s34podcastNapsterKey builds a Napster API key: the base64 of a
// lower-case UUID.
func s34podcastNapsterKey(g *fake.Gen) string {
	return base64.StdEncoding.EncodeToString([]byte(g.UUID()))
}

// s34podcastCases are the cases of the rules this change adds.
func s34podcastCases() map[string]Builder {
	return map[string]Builder{
		"listennotes-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"LISTEN_API_KEY=" + key() + "\n",
					"const headers = {\n  \"user-agent\": \"node.js\",\n  \"X-ListenAPI-Key\": \"" + key() + "\",\n};\n",
					"from podcast_api import Client\nclient = Client(api_key=os.environ.get('LISTENNOTES_API_KEY', '" + key() + "'))\n",
					"final url = 'https://listen-api.listennotes.com/api/v2/search?q=star';\nconst apiKey = '" + key() + "';\nfinal headers = {'X-ListenAPI-Key': apiKey};\n",
					"listennotes:\n  api_key: " + key() + "\n",
					"curl -X GET 'https://listen-api.listennotes.com/api/v2/best_podcasts' \\\n  -H 'X-ListenAPI-Key: " + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"LISTEN_API_KEY=your_listen_api_key\n",
					"X-ListenAPI-Key: <API-KEY>\n",
					"LISTEN_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// too short
					"LISTEN_API_KEY=" + g.Hex(24) + "\n",
					// another provider whose name ends in "listen"
					"CROWDLISTEN_API_KEY=" + key() + "\n",
					// a podcast id is no key
					"LISTENNOTES_PODCAST_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"podbean-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.Hex(10) + "b7" + g.Hex(9) }
			return Cases{
				Positives: []string{
					"PODBEAN_CLIENT_ID=" + g.Hex(21) + "\nPODBEAN_CLIENT_SECRET=" + secret() + "\n",
					"export PODBEAN_CLIENT_SECRET=\"" + secret() + "\"\n",
					"podbean:\n  client_id: " + g.Hex(21) + "\n  client_secret: " + secret() + "\n",
					"const podbeanClientSecret = process.env.PODBEAN_SECRET || '" + secret() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"PODBEAN_CLIENT_SECRET=your_podbean_client_secret\n",
					"PODBEAN_CLIENT_SECRET={client secret}\n",
					// the client id is no secret
					"PODBEAN_CLIENT_ID=" + g.Hex(21) + "\n",
					// a longer hex value
					"PODBEAN_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// the podcast id is no secret
					"PODBEAN_PODCAST_ID=" + g.MixedAlnum(21) + "\n",
				},
			}
		},
		"podcastindex-api-key": func(g *fake.Gen) Cases {
			upper := "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
			key := func() string { return g.String(upper, 8) + "Q7" + g.String(upper, 10) }
			return Cases{
				Positives: []string{
					"PODCASTINDEX_API_KEY=" + key() + "\nPODCASTINDEX_API_SECRET=" + s34podcastIndexSecret(g) + "\n",
					"export PODCAST_INDEX_API_KEY=\"" + key() + "\"\n",
					"const client = new PodcastIndexClient({\n  key: \"" + key() + "\",\n  secret: process.env.PODCAST_INDEX_API_SECRET,\n});\n",
					"podcastindex:\n  api_key: " + key() + "\n",
					"const podcastIndexApiKey = process.env.PODCASTINDEX_KEY || '" + key() + "';\n",
					"const API_BASE = 'https://api.podcastindex.org/api/1.0';\nconst API_KEY = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"PODCASTINDEX_API_KEY=your_api_key_here\n",
					"PODCASTINDEX_API_KEY=XXXXXXXXXXXXXXXXXXXX\n",
					// lower case is not the format
					"PODCASTINDEX_API_KEY=" + strings.ToLower(key()) + "\n",
					// too short
					"PODCASTINDEX_API_KEY=" + g.String(upper, 12) + "\n",
					// a feed id is no key
					"PODCASTINDEX_FEED_ID=" + g.String(upper, 20) + "\n",
				},
			}
		},
		"podcastindex-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PODCASTINDEX_API_KEY=" + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20) + "\nPODCASTINDEX_API_SECRET=" + s34podcastIndexSecret(g) + "\n",
					"const apiSecret = process.env.PODCAST_INDEX_API_SECRET ?? '" + s34podcastIndexSecret(g) + "';\n",
					"podcast_index:\n  api_key: \"" + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20) + "\"\n  api_secret: \"" + s34podcastIndexSecret(g) + "\"\n",
					"{\"podcastindex_secret\": \"" + s34podcastIndexSecret(g) + "\"}\n",
					"const API_BASE = 'https://api.podcastindex.org/api/1.0';\nconst API_KEY = '" + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 20) + "';\nconst API_SECRET = '" + s34podcastIndexSecret(g) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"PODCASTINDEX_API_SECRET=your_api_secret_here\n",
					"PODCASTINDEX_API_SECRET=YYYY33YYYY\n",
					// too short
					"PODCASTINDEX_API_SECRET=" + g.MixedAlnum(30) + "\n",
					// one letter case only
					"PODCASTINDEX_API_SECRET=" + strings.ToLower(g.MixedAlnum(40)) + "\n",
					// the base URL is no secret
					"PODCASTINDEX_API_BASE=https://api.podcastindex.org/api/1.0\n",
				},
			}
		},
		"napster-api-key": func(g *fake.Gen) Cases {
			key := func() string { return s34podcastNapsterKey(g) }
			return Cases{
				Positives: []string{
					"NAPSTER_API_KEY=" + key() + "\n",
					"var napsterKey = \"" + key() + "\"\nvar napsterUrl = \"https://api.napster.com/v2.2/search?apikey=\" + napsterKey;\n",
					"fetch('http://api.napster.com/v2.2/tracks/top?apikey=" + key() + "')\n",
					"curl -X GET -H \"apikey: " + key() + "\" \"https://api.napster.com/v2.2/artists/top\"\n",
					"napster:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"NAPSTER_API_KEY=YOUR_NAPSTER_KEY\n",
					"curl -H \"apikey: {api_key}\" \"https://api.napster.com/v2.2/artists/top\"\n",
					// 48 letters and digits that are no base64 of a UUID
					"NAPSTER_API_KEY=" + g.MixedAlnum(48) + "\n",
					// the base64 of something else of the same length
					"NAPSTER_API_KEY=" + base64.StdEncoding.EncodeToString([]byte(g.Hex(36))) + "\n",
					// the key's UUID itself is not the key's form
					"NAPSTER_API_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"freesound-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(18) + "Qz4" + g.MixedAlnum(19) }
			return Cases{
				Positives: []string{
					"FREESOUND_API_KEY=" + key() + "\n",
					"const url = `https://freesound.org/apiv2/search/text/?query=${query}&fields=id,name,previews&token=" + key() + "`;\n",
					"// Freesound API key\nconst apiKey = '" + key() + "';\n",
					"const freeSound = new FreeSound();\nfreeSound.setToken(\"" + key() + "\");\n",
					"const res = await fetch(`https://freesound.org/apiv2/search/text/?query=${q}`, {\n  headers: { Authorization: 'Token " + key() + "' },\n});\n",
					"freesound:\n  client_secret: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"FREESOUND_API_KEY=\n",
					"client.set_token(\"<your_api_key>\",\"token\")\n",
					"FREESOUND_API_KEY=YOUR_FREESOUND_API_KEY_GOES_HERE_PLEASE01\n",
					// too short
					"FREESOUND_API_KEY=" + g.MixedAlnum(32) + "\n",
					// one letter case only
					"FREESOUND_API_KEY=" + strings.ToLower(g.MixedAlnum(40)) + "\n",
					// the OAuth client id is public
					"FREESOUND_CLIENT_ID=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"audius-api-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"AUDIUS_API_KEY=" + g.Hex(40) + "\nAUDIUS_API_SECRET=" + secret() + "\n",
					"supabase secrets set AUDIUS_API_SECRET=" + secret() + "\n",
					"const audiusSdk = sdk({\n  apiKey: '" + g.Hex(40) + "',\n  audiusApiSecret: '" + secret() + "',\n})\n",
					"audius:\n  api_secret: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"AUDIUS_API_SECRET=your_api_secret_here\n",
					"AUDIUS_API_SECRET=<your_audius_api_secret>\n",
					// the API key is the app's public address
					"AUDIUS_API_KEY=" + g.Hex(40) + "\n",
					// too short
					"AUDIUS_API_SECRET=" + g.Hex(48) + "\n",
					// another word that holds the name
					"CLAUDIUS_SECRET=" + secret() + "\n",
				},
			}
		},
		"buzzsprout-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"BUZZSPROUT_API_TOKEN=" + token() + "\nBUZZSPROUT_PODCAST_ID=1234567\n",
					"let url = \"https://www.buzzsprout.com/api/1865534/episodes.json\"\nlet headers: HTTPHeaders = [\n    \"Authorization\": \"Token token=" + token() + "\",\n    \"Accept\": \"application/json\"]\n",
					"String payload = restTemplate.getForObject(\"https://www.buzzsprout.com/api/147064/episodes.json?api_token=" + token() + "\", String.class);\n",
					"curl -H \"Authorization: Token token=" + token() + "\" \\\n  https://www.buzzsprout.com/api/9999/episodes.json\n",
					"buzzsprout:\n  api_key: " + token() + "\n",
				},
				Negatives: []string{
					// placeholders
					"BUZZSPROUT_API_TOKEN=your_api_token\n",
					"BUZZSPROUT_API_TOKEN=VOTRE_CLE_ICI\n",
					// the podcast id is no secret
					"BUZZSPROUT_PODCAST_ID=" + g.String("0123456789", 7) + "\n",
					// too short
					"BUZZSPROUT_API_TOKEN=" + g.Hex(24) + "\n",
					// upper-case hex is not the format
					"BUZZSPROUT_API_TOKEN=" + strings.ToUpper(g.Hex(32)) + "\n",
				},
			}
		},
		"megaphone-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"MEGAPHONE_API_TOKEN=" + token() + "\nMEGAPHONE_NETWORK_ID=" + g.UUID() + "\n",
					"const CMS = \"https://cms.megaphone.fm/api\";\nconst res = await fetch(`${CMS}/networks/${net}/podcasts`, {\n  headers: { Authorization: `Token token=" + token() + "` },\n});\n",
					"client = MegaphoneClient.new(token: \"" + token() + "\", network_id: \"" + g.UUID() + "\")\n",
					"export MEGAPHONE_API_KEY='" + token() + "'\n",
					"const megaphoneToken = '" + token() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"MEGAPHONE_API_TOKEN=your-megaphone-token\n",
					"MEGAPHONE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// the network id is no secret
					"MEGAPHONE_NETWORK_ID=" + g.Hex(32) + "\n",
					// the English word, with no credential word after it
					"megaphone: " + g.Hex(32) + "\n",
					// too short
					"MEGAPHONE_API_TOKEN=" + g.Hex(20) + "\n",
				},
			}
		},
		"songstats-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.UUID() }
			return Cases{
				Positives: []string{
					"SONGSTATS_API_KEY=" + key() + "\nSONGSTATS_BASE_URL=https://api.songstats.com/enterprise/v1\n",
					"export class SongstatsService {\n  private apiBaseUrl = 'https://api.songstats.com/enterprise/v1';\n  private apiKey = '" + key() + "';\n}\n",
					"const res = await fetch(`https://api.songstats.com/enterprise/v1/tracks/info?spotify_track_id=${id}`, {\n  headers: { apikey: '" + key() + "' },\n});\n",
					"songstats:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SONGSTATS_API_KEY=your_songstats_api_key_here\n",
					"SONGSTATS_API_KEY=<your Songstats API key>\n",
					"SONGSTATS_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// a track id is no key
					"songstats_track_id = \"" + g.LowerAlnum(8) + "\"\n",
					// not a UUID
					"SONGSTATS_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"soundcharts-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(7) + "a3" + g.Hex(7) }
			appID := func() string { return fake.Join("ACME", "-AP", "I_") + strings.ToUpper(g.Hex(8)) }
			return Cases{
				Positives: []string{
					"SOUNDCHARTS_APP_ID=" + appID() + "\nSOUNDCHARTS_API_KEY=" + key() + "\n",
					"headers = {\n    'x-app-id': '" + appID() + "',\n    'x-api-key': '" + key() + "',\n}\n",
					"SoundchartsAppId = \"" + appID() + "\"\nSoundchartsApiKey = \"" + key() + "\"\n",
					"API_KEY = os.getenv('SOUNDCHARTS_API_KEY', '" + key() + "')\n",
					"const APP_ID = '" + appID() + "';\nconst API_KEY = '" + key() + "';\n",
					"const BASE_URL = 'https://customer.api.soundcharts.com/api/v2.14';\nconst res = await fetch(BASE_URL + '/song/' + uuid, {\n  headers: { 'x-app-id': appId, 'x-api-key': '" + key() + "' },\n});\n",
				},
				Negatives: []string{
					// the sandbox credentials
					"headers = {'x-app-id': 'soundcharts', 'x-api-key': 'soundcharts'}\n",
					// placeholders
					"SOUNDCHARTS_API_KEY=your_soundcharts_api_key\n",
					// the app id is not the key
					"SOUNDCHARTS_APP_ID=" + appID() + "\n",
					// longer hex is not the format
					"SOUNDCHARTS_API_KEY=" + g.Hex(32) + "\n",
					// an app id in lower case is not Soundcharts' shape
					"const APP_ID = '" + strings.ToLower(appID()) + "';\nconst API_KEY = '" + key() + "';\n",
					// an x-api-key with no Soundcharts context
					"headers = {'x-api-key': '" + key() + "'}\n",
				},
			}
		},
	}
}
