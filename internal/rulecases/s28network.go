// Cases for the network, DNS and security-platform rules added in the
// s28 network change: Headscale (API keys, pre-auth keys and their legacy
// forms), Zabbix, LibreNMS, Nautobot, FortiGate/FortiOS, Name.com and
// Zscaler ZIA. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

const netURLSafe = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"

// s28networkCases are the cases of the rules this change adds.
func s28networkCases() map[string]Builder {
	return map[string]Builder{
		"headscale-api-key": func(g *fake.Gen) Cases {
			api := fake.Join("hskey", "-api-")
			client := fake.Join("hskey", "-client-")
			hexKey := func(p string) string { return p + g.Hex(12) + "-" + g.Hex(64) }
			return Cases{
				Positives: []string{
					"HEADSCALE_API_KEY=" + hexKey(api) + "\n",
					"headscale:\n  url: https://hs.example.net\n  api_key: " + hexKey(api) + "\n",
					"curl -H \"Authorization: Bearer " + api + g.String(netURLSafe, 12) + "-" + g.MixedAlnum(64) + "\" https://hs.example.net/api/v1/node\n",
					"oauth_client_secret = \"" + hexKey(client) + "\"\n",
				},
				Negatives: []string{
					// the masked form headscale apikeys list prints
					"ID | Prefix | Expiration\n1  | " + api + g.Hex(12) + "-*** | 2026-01-01\n",
					// secret too short
					"HEADSCALE_API_KEY=" + api + g.Hex(12) + "-" + g.Hex(40) + "\n",
					// placeholder
					"HEADSCALE_API_KEY=" + api + "xxxxxxxxxxxx-" + strings.Repeat("x", 64) + "\n",
					// another prefix
					"KEY=" + fake.Join("hskey", "-foo-") + g.Hex(12) + "-" + g.Hex(64) + "\n",
				},
			}
		},
		"headscale-preauth-key": func(g *fake.Gen) Cases {
			auth := fake.Join("hskey", "-auth-")
			key := func() string { return auth + g.Hex(12) + "-" + g.Hex(64) }
			return Cases{
				Positives: []string{
					"tailscale up --login-server https://hs.example.net --authkey " + key() + "\n",
					"TS_AUTHKEY=" + key() + "\n",
					"services:\n  tailscale:\n    environment:\n      - TS_AUTHKEY=" + key() + "\n",
				},
				Negatives: []string{
					"TS_AUTHKEY=" + auth + g.Hex(12) + "-***\n",
					"TS_AUTHKEY=" + auth + g.Hex(12) + "-" + g.Hex(32) + "\n",
					"TS_AUTHKEY=" + auth + "<prefix>-<secret>\n",
				},
			}
		},
		"headscale-legacy-key": func(g *fake.Gen) Cases {
			legacyAPI := func() string { return g.String(netURLSafe, 7) + "." + g.String(netURLSafe, 32) }
			return Cases{
				Positives: []string{
					"HEADSCALE_API_KEY=" + g.MixedAlnum(7) + "." + g.MixedAlnum(32) + "\n",
					"headscale:\n  url: http://headscale:8080\n  api_key: \"" + legacyAPI() + "\"\n",
					"tailscale up --login-server=https://headscale.example.org --authkey " + g.Hex(48) + "\n",
					"export HEADSCALE_PREAUTH_KEY=" + g.Hex(48) + "\n",
				},
				Negatives: []string{
					// placeholder and wrong shapes
					"HEADSCALE_API_KEY=your-api-key-here\n",
					"HEADSCALE_API_KEY=" + g.MixedAlnum(7) + "." + g.MixedAlnum(20) + "\n",
					"export HEADSCALE_PREAUTH_KEY=" + g.Hex(40) + "\n",
					// the name glued to another word, no credential word
					"HEADSCALE_NODE_ID=" + g.Hex(48) + "\n",
				},
			}
		},
		"zabbix-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZABBIX_API_TOKEN=" + g.Hex(64) + "\n",
					"zabbix:\n  url: https://zbx.example.com/api_jsonrpc.php\n  token: \"" + g.Hex(64) + "\"\n",
					"api = ZabbixAPI(url=\"https://zbx.example.com\", token=\"" + g.Hex(64) + "\")\n",
					"ansible_zabbix_auth_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholder, wrong length, wrong alphabet
					"ZABBIX_API_TOKEN=<your zabbix api token>\n",
					"ZABBIX_API_TOKEN=" + g.Hex(32) + "\n",
					"ZABBIX_API_TOKEN=" + g.MixedAlnum(64) + "\n",
					// a package digest in a lockfile
					"zabbix-utils==2.0.2 --hash=sha256:" + g.Hex(64) + "x\n",
				},
			}
		},
		"librenms-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LIBRENMS_TOKEN=" + g.Hex(32) + "\n",
					"librenms:\n  url: https://nms.example.com\n  api_token: '" + g.Hex(32) + "'\n",
					"$librenms_api_key = \"" + g.Hex(32) + "\";\n",
				},
				Negatives: []string{
					"LIBRENMS_TOKEN=YOURAPITOKENHERE\n",
					"LIBRENMS_TOKEN=" + g.Hex(24) + "\n",
					"LIBRENMS_TOKEN=" + g.Hex(40) + "\n",
					"LIBRENMS_DEVICE_UUID=" + g.Hex(32) + "\n",
				},
			}
		},
		"librenms-auth-header": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -H 'X-Auth-Token: " + g.Hex(32) + "' https://nms.example.org/api/v0/devices\n",
					"curl -sk -X GET -H \"X-Auth-Token: " + g.Hex(32) + "\" https://librenms.local/api/v0/devices/core-sw1/health\n",
					"curl -s -H \"X-Auth-Token: " + g.Hex(32) + "\" \"$LIBRENMS_URL/api/v0/bgp\"\n",
				},
				Negatives: []string{
					// an OpenStack token sent to Keystone, not LibreNMS
					"curl -H 'X-Auth-Token: " + g.Hex(32) + "' https://keystone.example.org:5000/v3/projects\n",
					"curl -H 'X-Auth-Token: YOURAPITOKENHERE' https://nms.example.org/api/v0/devices\n",
					"curl -H 'X-Auth-Token: " + g.Hex(40) + "' https://nms.example.org/api/v0/devices\n",
				},
			}
		},
		"nautobot-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NAUTOBOT_TOKEN=" + g.Hex(40) + "\n",
					"nb = pynautobot.api(\"https://nautobot.example.com\", token=\"" + g.Hex(40) + "\")\n",
					"nautobot:\n  url: https://nautobot.example.com\n  token: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					"NAUTOBOT_TOKEN=0123456789abcdef0123456789abcdef01234567\n",
					"NAUTOBOT_TOKEN=" + g.Hex(32) + "\n",
					"NAUTOBOT_TOKEN=" + g.MixedAlnum(40) + "\n",
					"NAUTOBOT_COMMIT_SHA=" + g.Hex(40) + "\n",
				},
			}
		},
		"fortios-api-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.LowerAlnum(12) + g.MixedAlnum(6) + g.LowerAlnum(10) + g.Pick("1", "7", "9") + g.Pick("a", "q", "z")
			}
			return Cases{
				Positives: []string{
					"export FORTIOS_ACCESS_TOKEN=" + tok() + "\n",
					"fortios_access_token: " + tok() + "\n",
					"fgt = FortiGateAPI(host=\"10.0.0.1\", token=\"" + tok() + "\")\n",
					"curl -k \"https://10.0.0.1/api/v2/cmdb/firewall/address?vdom=root&access_token=" + tok() + "\"\n",
					"provider \"fortios\" {\n  hostname = \"192.168.52.177\"\n  token    = \"" + tok() + "\"\n  insecure = \"true\"\n}\n",
				},
				Negatives: []string{
					"FORTIOS_ACCESS_TOKEN=<token>\n",
					"FORTIOS_ACCESS_TOKEN=" + tok()[:20] + "\n",
					"FORTIOS_ACCESS_TOKEN=" + strings.Repeat("x", 30) + "\n",
					// only letters: not a FortiOS key
					"fortigate_password: " + g.MixedLetters(30) + "\n",
				},
			}
		},
		"namecom-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NAMECOM_USERNAME=ops\nNAMECOM_API_TOKEN=" + g.Hex(40) + "\n",
					"certbot_dns_namecom:\n  username: ops\n  token: " + g.Hex(40) + "\n",
					"name.com api token: " + g.Hex(40) + "\n",
				},
				Negatives: []string{
					"NAMECOM_API_TOKEN=your-api-token\n",
					"NAMECOM_API_TOKEN=" + g.Hex(32) + "\n",
					// the name glued to a longer word
					"fileNameComponentKey = \"" + g.Hex(40) + "\"\n",
					"NAMECOM_API_TOKEN=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"zscaler-zia-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.LowerAlnum(4) + g.Pick("7", "3") + g.MixedAlnum(5) + g.Pick("Q", "k") + g.Pick("2", "8")
			}
			return Cases{
				Positives: []string{
					"ZIA_USERNAME=admin@example.com\nZIA_API_KEY=" + key() + "\nZIA_CLOUD=zscalertwo\n",
					"zscaler:\n  api_key: \"" + key() + "\"\n",
					"zia_api_key = \"" + key() + "\"\n",
					"provider \"zia\" {\n  username  = \"admin@example.com\"\n  password  = var.zia_password\n  api_key   = \"" + key() + "\"\n  zia_cloud = \"zscalertwo\"\n}\n",
				},
				Negatives: []string{
					"ZIA_API_KEY=xxxxxxxxxxxx\n",
					"ZIA_API_KEY=" + key() + g.MixedAlnum(8) + "\n",
					// a password is not the API key
					"ZSCALER_PASSWORD=" + key() + "\n",
					"ZIA_API_KEY=" + g.MixedLetters(12) + "\n",
				},
			}
		},
	}
}
