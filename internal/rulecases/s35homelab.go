// Cases for the self-hosted and homelab rules added in the s35-homelab
// change: OctoPrint, Moonraker, Frigate+, ESPHome, Transmission,
// qBittorrent, Zigbee2MQTT, Authelia, pfSense and Vaultwarden. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// zigbeeKey returns n random bytes written as Zigbee2MQTT lists them,
// decimal (or 0x hex when hex is set), separated by sep.
func zigbeeKey(g *fake.Gen, n int, hex bool, sep string) string {
	parts := make([]string, n)
	for i := range parts {
		if hex {
			parts[i] = fmt.Sprintf("0x%02X", g.IntN(256))
		} else {
			parts[i] = fmt.Sprint(g.IntN(256))
		}
	}
	return strings.Join(parts, sep)
}

// zigbeeDefaultKey is the network key of Zigbee2MQTT's documentation.
var zigbeeDefaultKey = []string{"1", "3", "5", "7", "9", "11", "13", "15", "0", "2", "4", "6", "8", "10", "12", "13"}

// s35homelabCases are the cases of the rules this change adds.
func s35homelabCases() map[string]Builder {
	return map[string]Builder{
		"octoprint-api-key": func(g *fake.Gen) Cases {
			key := func() string { return strings.ToUpper(g.Hex(32)) }
			return Cases{
				Positives: []string{
					"OCTOPRINT_URL=http://octopi.local\nOCTOPRINT_API_KEY=" + key() + "\n",
					"octoprint:\n  host: 192.168.1.49\n  port: 80\n  api_key: " + key() + "\n  bed: true\n  number_of_tools: 1\n",
					"printer = OctoPrintClient(\"http://octopi.local\", api_key=\"" + key() + "\")\n",
					"    environment:\n      - OCTOPRINT_APIKEY=" + key() + "\n",
					"{\"octoprint_api_key\": \"" + key() + "\", \"printer\": \"ender3\"}\n",
				},
				Negatives: []string{
					// placeholders
					"OCTOPRINT_API_KEY=YOUR_API_KEY\n",
					"OCTOPRINT_API_KEY=" + strings.Repeat("A", 32) + "\n",
					// wrong case and wrong length
					"OCTOPRINT_API_KEY=" + g.Hex(32) + "\n",
					"OCTOPRINT_API_KEY=" + strings.ToUpper(g.Hex(40)) + "\n",
					// another provider's name
					"OCTOPUS_API_KEY=" + key() + "\n",
				},
			}
		},
		"moonraker-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"[printer Voron]\nmoonraker_host: 192.168.1.20\nmoonraker_port: 7125\nmoonraker_api_key: " + key() + "\n",
					"MOONRAKER_URL=http://voron.local:7125\nMOONRAKER_API_KEY=" + key() + "\n",
					"client = MoonrakerClient(\"http://voron.local:7125\", api_key=\"" + key() + "\")\n",
					"moonraker:\n  url: http://voron.local:7125\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"MOONRAKER_API_KEY=your_moonraker_api_key\n",
					"MOONRAKER_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong case and wrong length
					"MOONRAKER_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					"MOONRAKER_API_KEY=" + g.Hex(40) + "\n",
					// an instance id is no key
					"moonraker_instance_id: " + g.Hex(32) + "\n",
				},
			}
		},
		"frigate-plus-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.UUID() + ":" + g.LowerAlnum(40) }
			return Cases{
				Positives: []string{
					"services:\n  frigate:\n    image: ghcr.io/blakeblackshear/frigate:stable\n    environment:\n      PLUS_API_KEY: " + key() + "\n",
					"TZ=Europe/Paris\nPLUS_API_KEY=" + key() + "\n",
					"{\"plus_api_key\": \"" + key() + "\", \"ssl\": false}\n",
					"docker run -d --name frigate -e PLUS_API_KEY='" + key() + "' ghcr.io/blakeblackshear/frigate:stable\n",
				},
				Negatives: []string{
					// placeholders
					"PLUS_API_KEY=your_frigate_plus_api_key\n",
					"PLUS_API_KEY=" + g.UUID() + ":" + strings.Repeat("x", 40) + "\n",
					// the id alone, a short secret
					"PLUS_API_KEY=" + g.UUID() + "\n",
					"PLUS_API_KEY=" + g.UUID() + ":" + g.LowerAlnum(32) + "\n",
					// the name glued to another word
					"GOPLUS_API_KEY=" + key() + "\n",
				},
			}
		},
		"esphome-api-encryption-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Base64Bytes(32) }
			return Cases{
				Positives: []string{
					"esphome:\n  name: living-room-sensor\n\nesp32:\n  board: esp32dev\n\nlogger:\n\n# Enable Home Assistant API\napi:\n  encryption:\n    key: \"" +
						key() + "\"\n\nota:\n  - platform: esphome\n    password: !secret ota_password\n",
					"api:\n  reboot_timeout: 0s\n  encryption:\n    key: " + key() + "\n",
					"wifi_ssid: \"HomeNet\"\napi_encryption_key: \"" + key() + "\"\n",
					"cli = APIClient(\"192.168.1.60\", 6053, None, noise_psk=\"" + key() + "\")\n",
					"\"data\": {\"host\": \"kitchen.local\", \"port\": 6053, \"noise_psk\": \"" + key() + "\"}\n",
				},
				Negatives: []string{
					// placeholders and references
					"api:\n  encryption:\n    key: !secret api_encryption_key\n",
					"api:\n  encryption:\n    key: \"<your key>\"\n",
					"api_encryption_key: \"" + strings.Repeat("A", 43) + "=\"\n",
					// wrong length, and an ending 32 bytes cannot have
					"api_encryption_key: \"" + g.Base64Bytes(16) + "\"\n",
					"api:\n  encryption:\n    key: \"" + g.String(fake.Base64, 42) + "X=\"\n",
					// another tool's encryption block
					"storage:\n  encryption:\n    key: \"" + key() + "\"\n",
				},
			}
		},
		"transmission-rpc-password-hash": func(g *fake.Gen) Cases {
			salt := func() string { return g.String(fake.Alnum+"./", 8) }
			hash := func() string { return "{" + g.Hex(40) + salt() }
			return Cases{
				Positives: []string{
					"{\n    \"rpc-authentication-required\": true,\n    \"rpc-password\": \"" + hash() + "\",\n    \"rpc-port\": 9091,\n    \"rpc-username\": \"transmission\"\n}\n",
					"settings = {\n    \"rpc-enabled\": True,\n    \"rpc-password\": \"" + hash() + "\",\n}\n",
					"transmission_settings:\n  rpc-password: \"" + hash() + "\"\n",
					"services.transmission.settings = {\n  \"rpc-password\" = \"" + hash() + "\";\n};\n",
				},
				Negatives: []string{
					// placeholders and plain passwords
					"\"rpc-password\": \"{{your_password}}\",\n",
					"\"rpc-password\": \"{" + strings.Repeat("0", 40) + "aaaaaaaa\",\n",
					// wrong length
					"\"rpc-password\": \"{" + g.Hex(32) + salt() + "\",\n",
					// the name glued to another word
					"\"xrpc-password\": \"" + hash() + "\",\n",
				},
			}
		},
		"qbittorrent-webui-password-hash": func(g *fake.Gen) Cases {
			pbkdf2 := func() string { return "@ByteArray(" + g.Base64Bytes(16) + ":" + g.Base64Bytes(64) + ")" }
			return Cases{
				Positives: []string{
					"[Preferences]\nWebUI\\Port=8080\nWebUI\\Username=admin\nWebUI\\Password_PBKDF2=\"" + pbkdf2() + "\"\n",
					"RUN echo 'WebUI\\Password_PBKDF2=\"" + pbkdf2() + "\"' >> /config/qBittorrent/qBittorrent.conf\n",
					"[Preferences]\nWebUI\\Password_ha1=@ByteArray(" + g.Hex(32) + ")\n",
					"qbittorrent_webui_password_pbkdf2: \"" + pbkdf2() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"WebUI\\Password_PBKDF2=\"@ByteArray(${PBKDF2password})\"\n",
					"WebUI\\Password_PBKDF2=\"@ByteArray(salt:hash)\"\n",
					// wrong lengths
					"WebUI\\Password_PBKDF2=\"@ByteArray(" + g.Base64Bytes(16) + ":" + g.Base64Bytes(32) + ")\"\n",
					"WebUI\\Password_ha1=@ByteArray(" + g.Hex(40) + ")\n",
					"WebUI\\Password_PBKDF2=\"@ByteArray(" + g.String(fake.Base64, 21) + "B==:" + g.String(fake.Base64, 85) + "B==)\"\n",
				},
			}
		},
		"zigbee2mqtt-network-key": func(g *fake.Gen) Cases {
			block := func(items []string) string {
				var b strings.Builder
				for _, it := range items {
					b.WriteString("    - " + it + "\n")
				}
				return b.String()
			}
			return Cases{
				Positives: []string{
					"homeassistant: true\nmqtt:\n  server: mqtt://core-mosquitto:1883\nserial:\n  port: /dev/ttyUSB0\nadvanced:\n  pan_id: 6754\n  network_key: [" +
						zigbeeKey(g, 16, false, ", ") + "]\n",
					"advanced:\n  log_level: info\n  network_key:\n" + block(strings.Split(zigbeeKey(g, 16, false, " "), " ")) + "  pan_id: 6754\n",
					"advanced:\n  network_key: [" + zigbeeKey(g, 16, true, ", ") + "]\n",
					"{\"advanced\": {\"channel\": 15, \"network_key\": [" + zigbeeKey(g, 16, false, ",") + "]}}\n",
				},
				Negatives: []string{
					// the documented default, in both list forms
					"advanced:\n  network_key: [" + strings.Join(zigbeeDefaultKey, ", ") + "]\n",
					"advanced:\n  network_key:\n" + block(zigbeeDefaultKey),
					// generated on the next start
					"advanced:\n  network_key: GENERATE\n",
					// too few bytes, a Rust array type
					"advanced:\n  network_key: [" + zigbeeKey(g, 8, false, ", ") + "]\n",
					"const NETWORK_KEY: [u8; 16] = [0x5A; 16];\n",
				},
			}
		},
		"authelia-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AUTHELIA_SESSION_SECRET=" + g.Hex(64) + "\n",
					"    environment:\n      AUTHELIA_IDENTITY_VALIDATION_RESET_PASSWORD_JWT_SECRET: '" + g.MixedAlnum(64) + "'\n",
					"      - AUTHELIA_STORAGE_ENCRYPTION_KEY=" + g.Base64Bytes(48) + "\n",
					"export AUTHELIA_JWT_SECRET=\"" + g.Hex(64) + "\"\n",
					"AUTHELIA_IDENTITY_PROVIDERS_OIDC_HMAC_SECRET=" + g.MixedAlnum(64) + "\n",
				},
				Negatives: []string{
					// placeholders and references
					"AUTHELIA_SESSION_SECRET=your-super-secret-session-key-min-32-chars\n",
					"AUTHELIA_JWT_SECRET=${AUTHELIA_JWT_SECRET}\n",
					"AUTHELIA_STORAGE_ENCRYPTION_KEY_FILE=/run/secrets/authelia_storage_encryption_key\n",
					// too short
					"AUTHELIA_SESSION_SECRET=" + g.Hex(12) + "\n",
					// a password, not one of the random secrets
					"AUTHELIA_NOTIFIER_SMTP_PASSWORD=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"pfsense-rest-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(2 * []int{16, 24, 32, 64}[g.IntN(4)]) }
			return Cases{
				Positives: []string{
					"PFSENSE_HOST=192.168.1.1\nPFSENSE_API_KEY=" + g.Hex(48) + "\n",
					"pfsense:\n  url: https://192.168.1.1\n  api_key: " + key() + "\n  verify_ssl: false\n",
					"client = PfSenseClient(\"https://fw.lan\", api_key=\"" + key() + "\")\n",
					"curl -k -H \"X-API-Key: $PFSENSE_API_KEY\" https://fw.lan/api/v2/firewall/rules\nexport PFSENSE_API_KEY='" + g.Hex(64) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"PFSENSE_API_KEY=your_pfsense_api_key\n",
					"PFSENSE_API_KEY=" + strings.Repeat("0", 48) + "\n",
					// wrong lengths and alphabet
					"PFSENSE_API_KEY=" + g.Hex(40) + "\n",
					"PFSENSE_API_KEY=" + strings.ToUpper(g.Hex(48)) + "\n",
					// an OPNsense-style base64 key
					"PFSENSE_API_KEY=" + g.MixedAlnum(80) + "\n",
				},
			}
		},
		"vaultwarden-admin-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Base64Bytes(48) }
			return Cases{
				Positives: []string{
					"services:\n  vaultwarden:\n    image: vaultwarden/server:latest\n    container_name: vaultwarden\n    restart: unless-stopped\n" +
						"    environment:\n      DOMAIN: \"https://vault.example.com\"\n      SIGNUPS_ALLOWED: \"false\"\n      ADMIN_TOKEN: \"" + tok() + "\"\n",
					"VAULTWARDEN_ADMIN_TOKEN=" + tok() + "\n",
					"docker run -d --name vaultwarden -e ADMIN_TOKEN=" + tok() + " -v /vw-data/:/data/ -p 80:80 vaultwarden/server:latest\n",
					"  bitwarden_rs:\n    image: bitwardenrs/server\n    environment:\n      - ADMIN_TOKEN=" + g.MixedAlnum(64) + "\n",
				},
				Negatives: []string{
					// placeholders and references
					"services:\n  vaultwarden:\n    environment:\n      ADMIN_TOKEN: ${VAULTWARDEN_ADMIN_TOKEN}\n",
					"VAULTWARDEN_ADMIN_TOKEN=your-secure-admin-token-here\n",
					// too short
					"VAULTWARDEN_ADMIN_TOKEN=" + g.MixedAlnum(12) + "\n",
					// the name glued to another word
					"VAULTWARDEN_SUPERADMIN_TOKENS=" + tok() + "\n",
				},
			}
		},
	}
}
