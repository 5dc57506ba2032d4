// Cases for the game back-end and IoT platform rules added in the s30gameiot
// change: balena, Edgegap, flespi, Hubitat, Losant, LootLocker, SmartThings
// and Wialon. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30gameiotCases are the cases of the rules this change adds.
func s30gameiotCases() map[string]Builder {
	return map[string]Builder{
		"balena-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"BALENA_API_KEY=" + key() + "\n",
					"- run: balena login --token " + key() + "\n",
					"balena:\n  api_key: \"" + key() + "\"\n",
					"balena.auth.login_with_token('" + key() + "')\n",
				},
				Negatives: []string{
					// placeholders
					"BALENA_API_KEY=your_api_key_here\n",
					"BALENA_API_KEY=" + strings.Repeat("*", 32) + "\n",
					// wrong length
					"BALENA_API_KEY=" + key() + g.MixedAlnum(8) + "\n",
					// the name glued to another word
					"SUBALENAX_TOKEN=" + key() + "\n",
				},
			}
		},
		"edgegap-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EDGEGAP_API_KEY=" + g.UUID() + "\n",
					"curl https://api.edgegap.com/v1/apps \\\n  -H \"Authorization: token " + g.UUID() + "\"\n",
					"edgegap:\n  api_token: \"token " + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholder from the docs
					"EDGEGAP_API_KEY=xxxxxxxx-e458-4592-b607-c2c28afd8b62\n",
					"EDGEGAP_API_KEY=<your-api-key>\n",
					// not a UUID
					"EDGEGAP_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"knowledgegap_token = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"flespi-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"FLESPI_TOKEN=" + tok() + "\n",
					"curl -H 'Authorization: " + fake.Join("Flespi", "Token ") + tok() + "' https://flespi.io/gw/devices/all\n",
					"const options = {\n  username: '" + fake.Join("Flespi", "Token ") + tok() + "',\n  protocolVersion: 5,\n}\n",
					"MQTT_USERNAME = '" + fake.Join("Flespi", "Token ") + tok() + "'  # mqtt.flespi.io\n",
				},
				Negatives: []string{
					// placeholders
					"FLESPI_TOKEN=yourflespitoken\n",
					"username: '" + fake.Join("Flespi", "Token ") + "___'\n",
					// too short
					"FLESPI_TOKEN=" + g.MixedAlnum(40) + "\n",
					// wrong alphabet
					"FLESPI_TOKEN=" + g.Hex(60) + "-" + g.Hex(3) + "\n",
				},
			}
		},
		"hubitat-maker-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HUBITAT_MAKER_API_ACCESS_TOKEN=" + g.UUID() + "\n",
					"\"MakerAPI\": \"http://192.168.1.20/apps/api/36/devices/all?access_token=" + g.UUID() + "\",\n",
					"hubitat:\n  access_token: " + g.UUID() + "\n",
					"url = \"https://cloud.hubitat.com/api/" + g.UUID() + "/apps/12/devices?access_token=" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"\"MakerAPI\": \"http://HUB/apps/api/36/devices/all?access_token=<TOKEN>\"\n",
					"HUBITAT_TOKEN=your-access-token\n",
					// not the Maker API path
					"fetch('/apps/web/devices?access_token=" + g.UUID() + "')\n",
					// the wrong shape
					"HUBITAT_TOKEN=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"losant-access-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const char* LOSANT_ACCESS_SECRET = \"" + g.Hex(64) + "\";\n",
					"#define LOSANT_ACCESS_SECRET \"" + g.Hex(64) + "\"\n",
					"losant:\n  access_key: " + g.UUID() + "\n  access_secret: " + g.Hex(64) + "\n",
					"LOSANT_ACCESS_SECRET=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"const char* LOSANT_ACCESS_SECRET = \"my-app-secret\";\n",
					"LOSANT_ACCESS_SECRET=" + strings.Repeat("x", 64) + "\n",
					// wrong length
					"LOSANT_ACCESS_SECRET=" + g.Hex(40) + "\n",
					// the name glued to another word
					"CLOSANTE_SECRET=" + g.Hex(64) + "\n",
				},
			}
		},
		"lootlocker-game-api-key": func(g *fake.Gen) Cases {
			dev := fake.Join("de", "v_")
			return Cases{
				Positives: []string{
					"var request_body = {\n\t\"game_key\": \"" + dev + g.Hex(32) + "\",\n\t\"game_version\": \"1.0\",\n}\n",
					"LOOTLOCKER_API_KEY=" + dev + g.Hex(32) + "\n",
					"VITE_LOOTLOCKER_API_KEY=\"" + dev + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"\"game_key\": \"" + dev + "your_game_key\",\n",
					"LOOTLOCKER_API_KEY=" + dev + strings.Repeat("0", 32) + "\n",
					// wrong length
					"\"game_key\": \"" + dev + g.Hex(24) + "\",\n",
					// no dev_ prefix
					"LOOTLOCKER_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"smartthings-personal-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export SMARTTHINGS_TOKEN=" + g.UUID() + "\n",
					"smartthings:\n  token: \"" + g.UUID() + "\"\n",
					"SMARTTHINGS_PAT=\"" + g.UUID() + "\"\n",
					"config = SmartHomeConfig(smartthings_token=\"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"export SMARTTHINGS_TOKEN=\"YOUR_PAT_TOKEN\"\n",
					"export SMARTTHINGS_TOKEN=pat-xxxx\n",
					// a device ID, not a token
					"SMARTTHINGS_DEVICE_ID=" + g.UUID() + "\n",
					// not the token's shape
					"SMARTTHINGS_TOKEN=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"wialon-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Hex(32) + g.String(fake.HexUpper, 40) }
			return Cases{
				Positives: []string{
					"WIALON_TOKEN=" + tok() + "\n",
					"url = 'https://hst-api.wialon.com/wialon/ajax.html?svc=token/login&params={\"token\":\"" + tok() + "\",\"fl\":1}'\n",
					"import 'package:wialon/wialon.dart';\n\nvoid main() async {\n  String token = \"" + tok() + "\";\n  await tokenLogin(token);\n}\n",
				},
				Negatives: []string{
					// placeholder
					"url = 'https://hst-api.wialon.com/wialon/ajax.html?svc=token/login&params={\"token\":\"<your_token>\"}'\n",
					// all lower-case hex: a digest, not a token
					"WIALON_TOKEN=" + g.Hex(72) + "\n",
					// too short
					"WIALON_TOKEN=" + g.Hex(32) + g.String(fake.HexUpper, 30) + "\n",
					// no Wialon context
					"checksum = \"" + tok() + "\"\n",
				},
			}
		},
	}
}
