// Cases for the media, streaming and gaming rules added in the s28media
// change: Bazarr, Dailymotion, Epic Online Services, FACEIT, GameAnalytics,
// IGDB, Kaltura, Ombi, osu!, Overseerr, PlayFab, SABnzbd and Tautulli. Every
// key shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28mediaCases are the cases of the rules this change adds.
func s28mediaCases() map[string]Builder {
	return map[string]Builder{
		"bazarr-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BAZARR_API_KEY=" + g.Hex(32) + "\n",
					"curl http://bazarr:6767/api/system/status -H \"X-API-KEY: " + g.Hex(32) + "\"\n",
					"bazarr:\n  url: http://192.168.1.10:6767\n  api_key: " + g.Hex(32) + "\n",
					"requests.get(\"http://bazarr:6767/api/episodes?apikey=" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"BAZARR_API_KEY=your_bazarr_api_key\n",
					"BAZARR_API_KEY=" + strings.Repeat("a", 32) + "\n",
					// wrong length and alphabet
					"BAZARR_API_KEY=" + g.Hex(24) + "\n",
					"BAZARR_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"dailymotion-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DAILYMOTION_API_KEY=" + g.Hex(20) + "\nDAILYMOTION_API_SECRET=" + g.Hex(40) + "\n",
					"    const DAILYMOTION_API_SECRET = '" + g.Hex(40) + "';\n",
					"dailymotion:\n  api_key: " + g.Hex(20) + "\n  api_secret: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// the API key (client id) alone
					"DAILYMOTION_API_KEY=" + g.Hex(20) + "\n",
					// placeholders
					"\"DAILYMOTION_API_SECRET\": \"${DAILYMOTION_API_SECRET}\",\n",
					"DAILYMOTION_API_SECRET=your_dailymotion_secret\n",
					// wrong alphabet
					"DAILYMOTION_API_SECRET=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"epic-eos-client-secret": func(g *fake.Gen) Cases {
			clientID := func() string { return fake.Join("xyza", "7891") + g.MixedAlnum(24) }
			secret := func() string { return g.String(fake.Base64, 40) + g.MixedAlnum(3) }
			return Cases{
				Positives: []string{
					"EOS_PRODUCT_ID=" + g.Hex(32) + "\nEOS_CLIENT_ID=" + clientID() + "\nEOS_CLIENT_SECRET=" + secret() + "\n",
					"    PlatformOptions.ClientCredentials.ClientId = \"" + clientID() + "\";\n    PlatformOptions.ClientCredentials.ClientSecret = \"" + secret() + "\";\n",
					"    private string clientId = \"" + clientID() + "\";\n    private string clientSecret = \"" + secret() + "\";\n",
					"{\n  \"productID\": \"" + g.Hex(32) + "\",\n  \"clientID\": \"" + clientID() + "\",\n  \"clientSecret\": \"" + secret() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"EOS_CLIENT_SECRET=your_eos_client_secret\n",
					"    creds.ClientId = \"" + clientID() + "\";\n    creds.ClientSecret = \"" + strings.Repeat("x", 43) + "\";\n",
					// too short for a 32-byte secret
					"EOS_CLIENT_SECRET=" + g.String(fake.Base64, 30) + "\n",
					// a client secret of another service, with no EOS client ID near
					"    private string clientSecret = \"" + secret() + "\";\n",
					// "eos" inside a word
					"STEREOS_CLIENT_SECRET=" + secret() + "\n",
				},
			}
		},
		"faceit-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FACEIT_API_KEY=" + g.UUID() + "\n",
					"headers = {\"Authorization\": \"Bearer \" + FACEIT_API_KEY}\nFACEIT_API_KEY = \"" + g.UUID() + "\"\n",
					"faceit:\n  api_key: \"" + g.UUID() + "\"\n",
					"const faceitApiKey = '" + g.UUID() + "';\n",
				},
				Negatives: []string{
					// player and match ids are UUIDs too
					"FACEIT_PLAYER_ID=" + g.UUID() + "\n",
					"{\"faceit\": \"" + g.UUID() + "\"}\n",
					// placeholder
					"FACEIT_API_KEY=your_faceit_api_key_here\n",
					// not a UUID
					"FACEIT_API_KEY=" + g.Hex(32) + "\n",
					// "faceit" running on into another word
					"surfaceItemKey = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"gameanalytics-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GAMEANALYTICS_GAME_KEY=" + g.Hex(32) + "\nGAMEANALYTICS_SECRET_KEY=" + g.Hex(40) + "\n",
					"gameanalytics.GameAnalytics.initialize(\"" + g.Hex(32) + "\", \"" + g.Hex(40) + "\");\n",
					"GameAnalytics(\"initialize\", \"" + g.Hex(32) + "\", \"" + g.Hex(40) + "\");\n",
					"game_analytics:\n  secret_key: '" + g.Hex(40) + "'\n",
				},
				Negatives: []string{
					// the public game key alone
					"GAMEANALYTICS_GAME_KEY=" + g.Hex(32) + "\n",
					// placeholders from the SDK docs
					"gameanalytics.GameAnalytics.initialize(\"[game key]\", \"[secret key]\");\n",
					// the documented sandbox secret key
					"GAMEANALYTICS_SECRET_KEY=" + fake.Join("16813a12f718bc5c620f", "56944e1abc3ea13ccbac") + "\n",
					// wrong alphabet
					"GAMEANALYTICS_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"igdb-client-secret": func(g *fake.Gen) Cases {
			secret := func() string {
				return g.String(fake.Lower, 12) + g.String(fake.Digits, 3) + g.String(fake.Lower+fake.Digits, 15)
			}
			return Cases{
				Positives: []string{
					"IGDB_CLIENT_ID=" + secret() + "\nIGDB_CLIENT_SECRET=" + secret() + "\n",
					"metadata:\n  igdb_client_secret: \"" + secret() + "\"\n",
					"export IGDB_ACCESS_TOKEN=" + secret() + "\n",
				},
				Negatives: []string{
					// the client id has the same shape and is no secret
					"IGDB_CLIENT_ID=" + secret() + "\n",
					// placeholder and wrong length
					"IGDB_CLIENT_SECRET=your_igdb_client_secret\n",
					"IGDB_CLIENT_SECRET=" + secret()[:24] + "\n",
					// upper case is not a Twitch secret
					"IGDB_CLIENT_SECRET=" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"kaltura-admin-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"KALTURA_PARTNER_ID=" + g.String(fake.Digits, 7) + "\nKALTURA_ADMIN_SECRET=" + g.Hex(32) + "\n",
					"define(\"KALTURA_ADMIN_SECRET\", \"" + g.Hex(32) + "\");\n",
					"$conf['kaltura_admin_secret'] = '" + g.Hex(32) + "';\n",
					"kaltura:\n  partner_id: " + g.String(fake.Digits, 7) + "\n  admin_secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"define(\"KALTURA_ADMIN_SECRET\", \"your-kalturaadmin-secret-goes-here\");\n",
					"KALTURA_ADMIN_SECRET=YOUR_ADMIN_SECRET\n",
					// wrong length
					"KALTURA_ADMIN_SECRET=" + g.Hex(24) + "\n",
					// the name glued to another word labels no secret
					"KALTURA_ENTRY=" + g.Hex(32) + "\n",
				},
			}
		},
		"ombi-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OMBI_API_KEY=" + g.Hex(32) + "\n",
					"curl -H \"ApiKey: " + g.Hex(32) + "\" http://ombi:5000/api/v1/Request/movie\nOMBI_APIKEY=" + g.Hex(32) + "\n",
					"ombi:\n  url: http://192.168.1.10:5000\n  api_key: " + g.Hex(32) + "\n",
					"requests.get(ombi_url, headers={\"ApiKey\": ombi_api_key})\nombi_api_key = \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholder
					"OMBI_API_KEY=your_ombi_api_key\n",
					// wrong length and alphabet
					"OMBI_API_KEY=" + g.Hex(24) + "\n",
					"OMBI_API_KEY=" + g.MixedAlnum(32) + "\n",
					// "ombi" inside another word
					"COMBINED_HASH_KEY=" + g.Hex(32) + "\n",
					"zombie_token = \"" + g.Hex(32) + "\"\n",
				},
			}
		},
		"osu-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"OSU_CLIENT_ID=" + g.String(fake.Digits, 5) + "\nOSU_CLIENT_SECRET=" + secret() + "\n",
					"osu:\n  client_id: " + g.String(fake.Digits, 5) + "\n  client_secret: \"" + secret() + "\"\n",
					"const osuClientSecret = \"" + secret() + "\";\n",
					"OSU_API_KEY=\"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"OSU_CLIENT_SECRET=your_osu_oauth_client_secret\n",
					"putenv('OSU_CLIENT_SECRET=test_client_secret');\n",
					// wrong length
					"OSU_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// "osu" running on into a word
					"OSUpdateToken = \"" + secret() + "\"\n",
					"closure_secret = \"" + secret() + "\"\n",
				},
			}
		},
		"overseerr-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return base64.StdEncoding.EncodeToString([]byte("17" + g.String(fake.Digits, 11) + g.UUID()))
			}
			return Cases{
				Positives: []string{
					"OVERSEERR_API_KEY=" + key() + "\n",
					"jellyseerr:\n  url: http://jellyseerr:5055\n  api_key: \"" + key() + "\"\n",
					"curl http://overseerr.local:5055/api/v1/request -H \"X-Api-Key: " + key() + "\"\n",
				},
				Negatives: []string{
					// placeholder
					"OVERSEERR_API_KEY=your_overseerr_api_key\n",
					// truncated
					"OVERSEERR_API_KEY=" + key()[:40] + "\n",
					// base64 that does not start with a timestamp
					"OVERSEERR_API_KEY=" + base64.StdEncoding.EncodeToString([]byte("a"+g.String(fake.Digits, 12)+g.UUID())) + "\n",
					// the name glued to another word
					"OVERSEERR_URL_BASE64=" + key() + "\n",
				},
			}
		},
		"playfab-secret-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String(fake.Upper, 20) + g.String(fake.Digits, 4) + g.String(fake.Upper+fake.Digits, 26)
			}
			return Cases{
				Positives: []string{
					"PlayFabSettings.staticSettings.TitleId = \"" + g.String(fake.HexUpper, 5) + "\";\nPlayFabSettings.staticSettings.DeveloperSecretKey = \"" + key() + "\";\n",
					"PLAYFAB_TITLE_ID=" + g.String(fake.HexUpper, 5) + "\nPLAYFAB_SECRET_KEY=" + key() + "\n",
					"curl -X POST https://" + g.String(fake.HexUpper, 5) + ".playfabapi.com/Server/GetTitleData -H \"X-SecretKey: " + key() + "\"\n",
					"PlayFabServer.settings.developerSecretKey = \"" + key() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"PlayFabSettings.staticSettings.DeveloperSecretKey = \"{Your Developer Secret Key}\";\n",
					"PLAYFAB_SECRET_KEY=" + strings.Repeat("X", 50) + "\n",
					// lower case and wrong length
					"PLAYFAB_SECRET_KEY=" + strings.ToLower(key()) + "\n",
					"PLAYFAB_SECRET_KEY=" + key()[:40] + "\n",
					// the title id is no secret
					"PLAYFAB_TITLE_ID=" + g.String(fake.HexUpper, 5) + "\n",
				},
			}
		},
		"sabnzbd-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SABNZBD_API_KEY=" + g.Hex(32) + "\n",
					"curl \"http://localhost:8080/sabnzbd/api?mode=queue&output=json&apikey=" + g.Hex(32) + "\"\n",
					"sabnzbd:\n  host: 192.168.1.10\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SABNZBD_API_KEY=your_sabnzbd_api_key\n",
					"SABNZBD_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"SABNZBD_API_KEY=" + g.Hex(20) + "\n",
					"SABNZBD_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"tautulli-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(14) + g.Pick("-", "_") + g.MixedAlnum(17) }
			return Cases{
				Positives: []string{
					"TAUTULLI_API_KEY=" + key() + "\n",
					"requests.get(\"http://tautulli:8181/api/v2?apikey=" + key() + "&cmd=get_activity\")\n",
					"tautulli:\n  api_key: " + g.Hex(32) + "\n  host: 192.168.1.10\n",
				},
				Negatives: []string{
					// placeholders
					"TAUTULLI_API_KEY=your_tautulli_api_key\n",
					"TAUTULLI_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length
					"TAUTULLI_API_KEY=" + g.MixedAlnum(20) + "\n",
					// the name glued to another word
					"TAUTULLI_USER=" + key() + "\n",
				},
			}
		},
	}
}
