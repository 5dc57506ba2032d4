// Cases for the IoT and smart-home rules added in the s30iotleft change:
// ecobee, eWeLink, Govee, Netatmo, Arduino Cloud, Homey, Philips Hue and
// Traccar. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30iotleftCases are the cases of the rules this change adds.
func s30iotleftCases() map[string]Builder {
	return map[string]Builder{
		"arduino-cloud-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ARDUINO_CLIENT_ID=" + g.MixedAlnum(32) + "\nARDUINO_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"export ARDUINO_CLOUD_SECRET=\"" + g.MixedAlnum(64) + "\"\n",
					"NEXT_PUBLIC_ARDUINO_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"Sys.setenv(ARDUINO_API_CLIENT_SECRET = '" + g.MixedAlnum(64) + "')\n",
				},
				Negatives: []string{
					// the client ID is not the secret
					"ARDUINO_CLIENT_ID=" + g.MixedAlnum(32) + "\n",
					// placeholders and a wrong length
					"ARDUINO_CLIENT_SECRET=INSERT_CLIENT_SECRET_HERE\n",
					"ARDUINO_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					"ARDUINO_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"homey-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.UUID() + ":" + g.UUID() + ":" + g.Hex(40) }
			return Cases{
				Positives: []string{
					"HOMEY_ADDRESS=http://192.168.1.23\nHOMEY_API_KEY=" + key() + "\n",
					"homey_host: \"192.168.1.20\"\nhomey_token: \"" + key() + "\"\n",
					"const homeyToken = '" + key() + "';\n",
					"homeyctl config set-token " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"HOMEY_TOKEN=your-homey-api-key\n",
					"HOMEY_API_KEY=<api-key-token>\n",
					// one UUID is a device or flow ID, not a key
					"HOMEY_FLOW_TOKEN=" + g.UUID() + "\n",
					// a truncated key
					"HOMEY_TOKEN=" + g.UUID() + ":" + g.UUID() + ":" + g.Hex(20) + "\n",
				},
			}
		},
		"philips-hue-application-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(24) + g.Pick("-", "") + g.MixedAlnum(15) + g.Pick("", "a") }
			return Cases{
				Positives: []string{
					"HUE_BRIDGE_IP=192.168.1.100\nHUE_USERNAME=" + g.MixedAlnum(40) + "\n",
					"curl -k -H \"hue-application-key: " + g.MixedAlnum(40) + "\" https://192.168.1.2/clip/v2/resource/light\n",
					"const HUE_APP_KEY = '" + g.MixedAlnum(40) + "';\n",
					"{\"hue_bridge_user\": \"" + g.MixedAlnum(40) + "\", \"bridge_ip\": \"10.0.0.5\"}\n",
				},
				Negatives: []string{
					// placeholders and an old short username
					"HUE_USERNAME=your-hue-username\n",
					"HUE_USERNAME=1234567890\n",
					// a user ID field, not the key
					"hue_user_id = \"" + key() + "\"\n",
					// the name glued to another word
					"SHUE_USERNAME=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"traccar-api-token": func(g *fake.Gen) Cases {
			token := func() string {
				rl, sl := 32+g.IntN(2), 32+g.IntN(2)
				sig := []byte{0x30, byte(4 + rl + sl), 0x02, byte(rl)}
				if rl == 33 {
					sig = append(sig, 0)
				}
				sig = append(sig, g.Bytes(32)...)
				sig = append(sig, 0x02, byte(sl))
				if sl == 33 {
					sig = append(sig, 0)
				}
				sig = append(sig, g.Bytes(32)...)
				claims := fmt.Sprintf(`{"i":%d,"u":%d,"e":"2026-0%d-1%dT08:00:00.000+00:00"}`, 1e15+g.IntN(1e15), 1+g.IntN(500), 1+g.IntN(9), g.IntN(10))
				raw := append([]byte{byte(len(sig))}, sig...)
				return base64.RawURLEncoding.EncodeToString(append(raw, claims...))
			}
			return Cases{
				Positives: []string{
					"TRACCAR_URL=https://gps.example.com\nTRACCAR_TOKEN=" + token() + "\n",
					"curl -H \"Authorization: Bearer " + token() + "\" https://gps.example.com/api/devices\n",
					"const TRACCAR_TOKEN = \"" + token() + "\";\n",
					"wss://gps.example.com/api/socket?token=" + token() + "\n",
				},
				Negatives: []string{
					// placeholders
					"TRACCAR_TOKEN=<traccar token>\n",
					"TRACCAR_TOKEN=" + token()[:6] + "...\n",
					// too short to hold a signature and a record
					"TRACCAR_TOKEN=" + token()[:90] + "\n",
					// the same bytes without the signature length in front
					"TRACCAR_TOKEN=" + token()[8:] + "\n",
				},
			}
		},
		"ecobee-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"ECOBEE_API_KEY=" + key() + "\n",
					"ecobee:\n  api_key: \"" + key() + "\"\n  refresh_token_file: ~/.ecobee_refresh_token\n",
					"from pyecobee import Ecobee\nclient = Ecobee(api_key=\"" + key() + "\")\n",
					"const ecobeeApiKey = '" + key() + "';\n",
					"{\n  \"ecobee_api_key\": \"" + key() + "\",\n  \"influxdb_bucket\": \"home\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"ECOBEE_API_KEY=your_ecobee_api_key_here\n",
					"ECOBEE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// too short, too long
					"ECOBEE_API_KEY=" + g.MixedAlnum(24) + "\n",
					"ECOBEE_API_KEY=" + g.MixedAlnum(45) + "\n",
					// a thermostat identifier, not a credential
					"ECOBEE_THERMOSTAT_ID=" + g.String("0123456789", 12) + "\n",
				},
			}
		},
		"ewelink-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EWELINK_APP_ID=" + g.MixedAlnum(32) + "\nEWELINK_APP_SECRET=" + g.MixedAlnum(32) + "\n",
					"const connection = new ewelink({\n  email: process.env.EMAIL,\n  APP_ID: '" + g.MixedAlnum(32) + "',\n  APP_SECRET: '" + g.MixedAlnum(32) + "',\n});\n",
					"ewelink:\n  app_id: " + g.MixedAlnum(32) + "\n  app_secret: " + g.MixedAlnum(32) + "\n",
					"    ewelink_app_secret = \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// the app ID has the same shape but is not the secret
					"EWELINK_APP_ID=" + g.MixedAlnum(32) + "\n",
					// placeholders
					"EWELINK_APP_SECRET=your_app_secret\n",
					"EWELINK_APP_SECRET=" + strings.Repeat("y", 32) + "\n",
					// wrong length
					"EWELINK_APP_SECRET=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"govee-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GOVEE_API_KEY=" + g.UUID() + "\n",
					"headers = {\"Govee-API-Key\": \"" + g.UUID() + "\", \"Content-Type\": \"application/json\"}\n",
					"curl -H 'Govee-API-Key: " + g.UUID() + "' https://openapi.api.govee.com/router/api/v1/user/devices\n",
					"govee:\n  api_key: " + g.UUID() + "\n  device: AA:BB:CC:DD:EE:FF:00:11\n",
				},
				Negatives: []string{
					// placeholders
					"GOVEE_API_KEY=your_govee_api_key\n",
					"Govee-API-Key: your_api_key_here\n",
					// a device MAC, not the key
					"GOVEE_DEVICE=" + g.UUID()[:8] + "\n",
					// not a UUID
					"GOVEE_API_KEY=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"netatmo-oauth-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Hex(24) + "|" + g.Hex(32) }
			return Cases{
				Positives: []string{
					"NETATMO_REFRESH_TOKEN=" + tok() + "\n",
					"NETATMO_ACCESS_TOKEN = \"" + tok() + "\"\n",
					"netatmo:\n  client_id: " + g.Hex(24) + "\n  refresh_token: \"" + tok() + "\"\n",
					"{\"netatmo_access_token\": \"" + tok() + "\", \"expires_in\": 10800}\n",
				},
				Negatives: []string{
					// placeholders
					"NETATMO_REFRESH_TOKEN=your_netatmo_refresh_token\n",
					"NETATMO_REFRESH_TOKEN=" + strings.Repeat("0", 24) + "|" + strings.Repeat("0", 32) + "\n",
					// the client ID alone is no secret
					"NETATMO_CLIENT_ID=" + g.Hex(24) + "\n",
					// wrong lengths around the pipe
					"NETATMO_REFRESH_TOKEN=" + g.Hex(20) + "|" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
