// Cases for the self-hosted infrastructure and home-lab rules added in the
// s26infra change: AWX/Automation Controller, HashiCorp Consul and Nomad ACL
// tokens, Gotify, Home Assistant, Jellyfin/Emby, Kubernetes service
// accounts, NetBox, ntfy, OPNsense, PAN-OS, Pi-hole, Plex, the Servarr
// applications (Sonarr, Radarr, ...) and ThingSpeak. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26infraCases are the cases of the rules this change adds.
func s26infraCases() map[string]Builder {
	return map[string]Builder{
		"awx-oauth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export CONTROLLER_OAUTH_TOKEN=" + g.MixedAlnum(30) + "\n",
					"TOWER_OAUTH_TOKEN=" + g.MixedAlnum(30) + "\n",
					"controller_host: https://awx.example.com\ncontroller_oauthtoken: \"" + g.MixedAlnum(30) + "\"\n",
					"awx --conf.token " + g.MixedAlnum(30) + " --conf.host https://awx.example.com jobs list\n",
				},
				Negatives: []string{
					// placeholder and wrong length
					"CONTROLLER_OAUTH_TOKEN=<your-oauth-token>\n",
					"CONTROLLER_OAUTH_TOKEN=" + g.MixedAlnum(28) + "\n",
					// letters only, and a controller's other token
					"CONTROLLER_OAUTH_TOKEN=" + g.MixedLetters(30) + "\n",
					"controller_csrf_token = \"" + g.MixedAlnum(30) + "\"\n",
				},
			}
		},
		"opnsense-api-key": func(g *fake.Gen) Cases {
			b64 := func() string { return g.MixedAlnum(30) + "+" + g.MixedAlnum(30) + "/" + g.MixedAlnum(18) }
			return Cases{
				Positives: []string{
					"OPNSENSE_API_KEY=" + b64() + "\n",
					"OPNSENSE_API_SECRET=\"" + b64() + "\"\n",
					"opnsense:\n  api_key: " + b64() + "\n",
				},
				Negatives: []string{
					// placeholder and wrong length
					"OPNSENSE_API_KEY=your_api_key\n",
					"OPNSENSE_API_KEY=" + b64()[:70] + "\n",
					"OPNSENSE_API_KEY=" + b64() + g.MixedAlnum(4) + "\n",
					// the name glued to another word
					"OPNSENSE_HOST_FINGERPRINT=" + b64() + "\n",
				},
			}
		},
		"pihole-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PIHOLE_API_TOKEN=" + g.Hex(64) + "\n",
					"WEBPASSWORD=" + g.Hex(64) + "\n",
					"curl \"http://pi.hole/admin/api.php?summaryRaw&auth=" + g.Hex(64) + "\"\n",
					"pihole:\n  api_key: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholder and wrong length
					"PIHOLE_API_TOKEN=your-pihole-token\n",
					"PIHOLE_API_TOKEN=" + g.Hex(40) + "\n",
					// upper-case hex, and a name glued to another word
					"PIHOLE_API_TOKEN=" + strings.ToUpper(g.Hex(64)) + "\n",
					"PIHOLE_GRAVITY_SHA=" + g.Hex(64) + "\n",
				},
			}
		},
		"consul-acl-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export CONSUL_HTTP_TOKEN=" + g.UUID() + "\n",
					"curl --header \"X-Consul-Token: " + g.UUID() + "\" http://127.0.0.1:8500/v1/agent/members\n",
					"c = consul.Consul(token=\"" + g.UUID() + "\", scheme=\"https\")\n",
					"consul:\n  token: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders and the built-in anonymous token
					"export CONSUL_HTTP_TOKEN=<consul token>\n",
					"CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000002\n",
					// an accessor ID given to a command, and a node ID
					"consul acl token read -id " + g.UUID() + "\n",
					"CONSUL_NODE_ID=" + g.UUID() + "\n",
					// a truncated UUID
					"CONSUL_HTTP_TOKEN=" + g.UUID()[:30] + "\n",
					// consul inside another word is not Consul's name
					"CONSULTANT_API_TOKEN=" + g.UUID() + "\n",
					"consultancyToken: " + g.UUID() + "\n",
				},
			}
		},
		"gotify-token": func(g *fake.Gen) Cases {
			legacy := func(kind string) string { return kind + g.String(fake.Alnum+"._-", 14) }
			return Cases{
				Positives: []string{
					"GOTIFY_TOKEN=" + legacy("A") + "\n",
					"curl \"https://gotify.example.com/message?token=" + legacy("A") + "\" -F \"title=Backup\" -F \"message=done\"\n",
					"headers = {\"X-Gotify-Key\": \"" + legacy("C") + "\"}\n",
					"gotify:\n  url: https://push.example.org\n  app_token: " + "A" + g.String(fake.Base64URL, 22) + "\n",
				},
				Negatives: []string{
					// placeholders
					"GOTIFY_TOKEN=<your-app-token>\n",
					"GOTIFY_TOKEN=" + "A" + strings.Repeat("x", 14) + "\n",
					// no token kind letter, and too long for either length
					"GOTIFY_TOKEN=" + "B" + g.MixedAlnum(14) + "\n",
					"GOTIFY_TOKEN=" + "A" + g.MixedAlnum(18) + "\n",
					// the name glued to another word
					"GOTIFY_URL_HOST=" + legacy("A") + "\n",
				},
			}
		},
		"gotify-enhanced-token": func(g *fake.Gen) Cases {
			app := fake.Join("gtf", "ya.")
			client := fake.Join("gtf", "yc.")
			seed := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"GOTIFY_APP_TOKEN=" + app + seed() + "\n",
					"curl -H \"X-Gotify-Key: " + client + seed() + "\" https://gotify.example.com/message\n",
					"notify:\n  client_token: \"" + client + seed() + "\"\n",
				},
				Negatives: []string{
					// the signed public form, valid fifteen minutes
					"X-Gotify-Key: " + app + seed() + ".1751234567." + g.String(fake.Base64URL, 86) + "\n",
					// wrong length and a placeholder
					"GOTIFY_APP_TOKEN=" + app + g.MixedAlnum(40) + "\n",
					"GOTIFY_APP_TOKEN=" + app + strings.Repeat("x", 43) + "\n",
					// a kind gotify does not issue
					"GOTIFY_APP_TOKEN=" + fake.Join("gtf", "yb.") + seed() + "\n",
				},
			}
		},
		"home-assistant-access-token": func(g *fake.Gen) Cases {
			jwt := func() string {
				claims := `{"iss":"` + g.Hex(32) + `","iat":1737000000,"exp":2052360000}`
				return g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, claims)
			}
			return Cases{
				Positives: []string{
					"HASS_TOKEN=" + jwt() + "\n",
					"homeassistant:\n  token: \"" + jwt() + "\"\n",
					"home_assistant_long_lived_token: " + jwt() + "\n",
					"export HOMEASSISTANT_TOKEN='" + jwt() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"HASS_TOKEN=your_long_lived_access_token\n",
					"HASS_TOKEN=eyJ...\n",
					// the address, not the token
					"HASS_URL=http://homeassistant.local:8123\n",
					// a truncated signature
					"HASS_TOKEN=" + jwt()[:150] + "\n",
					// hass inside another word is not Home Assistant's name
					"chassis_token: " + jwt() + "\n",
				},
			}
		},
		"jellyfin-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JELLYFIN_API_KEY=" + g.Hex(32) + "\n",
					"curl -H \"X-Emby-Token: " + g.Hex(32) + "\" http://jellyfin:8096/Items\n",
					"headers = {\"Authorization\": 'MediaBrowser Token=\"" + g.Hex(32) + "\"'}\n",
					"url = \"http://jellyfin.lan:8096/Users?api_key=" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholder, wrong length, upper-case hex
					"JELLYFIN_API_KEY=your_api_key_here\n",
					"JELLYFIN_API_KEY=" + g.Hex(31) + "\n",
					"JELLYFIN_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// the server's id is 32 hex digits too
					"JELLYFIN_SERVER_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"kubernetes-service-account-token": func(g *fake.Gen) Cases {
			enc := base64.RawURLEncoding
			token := func(iss string, sigLen int) string {
				header := `{"alg":"RS256","kid":"` + g.String(fake.Base64URL, 43) + `"}`
				claims := `{"iss":"` + iss + `","kubernetes.io/serviceaccount/namespace":"ci",` +
					`"kubernetes.io/serviceaccount/secret.name":"deployer-token-` + g.LowerAlnum(5) + `",` +
					`"kubernetes.io/serviceaccount/service-account.name":"deployer",` +
					`"kubernetes.io/serviceaccount/service-account.uid":"` + g.UUID() + `",` +
					`"sub":"system:serviceaccount:ci:deployer"}`
				return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(fake.Base64URL, sigLen)
			}
			legacy := "kubernetes/" + "serviceaccount"
			return Cases{
				Positives: []string{
					"users:\n- name: deployer\n  user:\n    token: " + token(legacy, 342) + "\n",
					"kubectl --server https://10.0.0.1:6443 --token=" + token(legacy, 342) + " get pods\n",
					"export K8S_TOKEN=\"" + token(legacy, 683) + "\"\n",
				},
				Negatives: []string{
					// a bound token from another issuer
					"    token: " + token("https://kubernetes.default.svc.cluster.local", 342) + "\n",
					// a signature cut short, and placeholders
					"    token: " + token(legacy, 20) + "\n",
					"    token: eyJhbGciOiJSUzI1NiIsImtpZCI6IiJ9...\n",
					"    token: <service-account-token>\n",
				},
			}
		},
		"netbox-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NETBOX_TOKEN=" + g.Hex(40) + "\n",
					"nb = pynetbox.api(\"http://netbox.local\", token=\"" + g.MixedAlnum(40) + "\")\n",
					"netbox_token: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// placeholder and wrong length
					"NETBOX_TOKEN=<your-netbox-token>\n",
					"NETBOX_TOKEN=" + g.Hex(39) + "\n",
					// letters only, and the name glued to another word
					"NETBOX_TOKEN=" + g.MixedLetters(40) + "\n",
					"NETBOX_SITE_SLUG=" + g.Hex(40) + "\n",
				},
			}
		},
		"netbox-api-token-v2": func(g *fake.Gen) Cases {
			nbt := fake.Join("nb", "t_")
			tok := func() string { return nbt + g.MixedAlnum(12) + "." + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"NETBOX_TOKEN=" + tok() + "\n",
					"curl -H \"Authorization: Bearer " + tok() + "\" https://netbox.example.com/api/dcim/sites/\n",
					"nb = pynetbox.api(\"https://netbox.example.com\", token=\"" + tok() + "\")\n",
				},
				Negatives: []string{
					// a short secret, no dot, a placeholder
					"NETBOX_TOKEN=" + nbt + g.MixedAlnum(12) + "." + g.MixedAlnum(39) + "\n",
					"NETBOX_TOKEN=" + nbt + g.MixedAlnum(52) + "\n",
					"NETBOX_TOKEN=" + nbt + strings.Repeat("x", 12) + "." + strings.Repeat("x", 40) + "\n",
					// the header prefix alone, as NetBox prints it
					"Authorization: Bearer " + nbt + g.MixedAlnum(12) + ".\n",
				},
			}
		},
		"nomad-acl-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export NOMAD_TOKEN=" + g.UUID() + "\n",
					"curl --header \"X-Nomad-Token: " + g.UUID() + "\" https://nomad.example.com:4646/v1/jobs\n",
					"nomad_token: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// nomad inside another word is not Nomad's name
					"NOMADIC_SESSION_TOKEN=" + g.UUID() + "\n",
					// placeholder, and an allocation ID
					"export NOMAD_TOKEN=\"BOOTSTRAP_SECRET_ID\"\n",
					"NOMAD_ALLOC_ID=" + g.UUID() + "\n",
					// an accessor ID given to a command
					"nomad acl token info " + g.UUID() + "\n",
					// the bare word: nomad is a dictionary word
					"nomad: " + g.UUID() + "\n",
				},
			}
		},
		"ntfy-access-token": func(g *fake.Gen) Cases {
			tk := fake.Join("t", "k_")
			return Cases{
				Positives: []string{
					"NTFY_TOKEN=" + tk + g.LowerAlnum(29) + "\n",
					"curl -H \"Authorization: Bearer " + tk + g.LowerAlnum(29) + "\" -d \"Backup done\" https://ntfy.sh/backups\n",
					"upstream-access-token: \"" + tk + g.MixedAlnum(29) + "\"\n",
					"To: alerts+" + tk + g.LowerAlnum(29) + "@ntfy.example.com\n",
				},
				Negatives: []string{
					// wrong length and a placeholder
					"NTFY_TOKEN=" + tk + g.LowerAlnum(28) + "\n",
					"NTFY_TOKEN=" + tk + strings.Repeat("x", 29) + "\n",
					// letters only: an identifier, not a token
					"proc " + tk + g.MixedLetters(29) + " {w} {\n",
					// glued to a longer name
					"NTFY_TOKEN=x" + tk + g.LowerAlnum(29) + "\n",
				},
			}
		},
		"panos-api-key": func(g *fake.Gen) Cases {
			pre := fake.Join("LUFR", "PT1")
			key := func() string { return pre + g.String(fake.Base64, 68) + "=" }
			return Cases{
				Positives: []string{
					"hostname=10.30.11.101\napi_key=" + key() + "\n",
					"curl -k -H \"X-PAN-KEY: " + key() + "\" https://fw.example.com/restapi/v10.2/Objects/Addresses\n",
					"<response status=\"success\"><result><key>" + key() + "</key></result></response>\n",
					"provider:\n  ip_address: 192.0.2.1\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					// too short, and a placeholder
					"api_key=" + pre + g.String(fake.Base64, 20) + "\n",
					"api_key=" + pre + "...\n",
					"api_key=" + pre + strings.Repeat("A", 60) + "\n",
					// glued to a longer word
					"blob=X" + key() + "\n",
				},
			}
		},
		"plex-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PLEX_TOKEN=" + g.MixedAlnum(20) + "\n",
					"curl \"http://192.168.1.10:32400/library/sections?X-Plex-Token=" + g.MixedAlnum(9) + "-" + g.MixedAlnum(10) + "\"\n",
					"plex:\n  url: http://plex.lan:32400\n  token: " + g.MixedAlnum(20) + "\n",
					"headers = {\"X-Plex-Token\": \"" + g.MixedAlnum(20) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"PLEX_TOKEN=YOURTOKENVALUEHERE\n",
					"PLEX_TOKEN=" + strings.Repeat("x", 20) + "\n",
					// wrong length, and a word holding "plex"
					"PLEX_TOKEN=" + g.MixedAlnum(24) + "\n",
					"complex_key = \"" + g.MixedAlnum(20) + "\"\n",
				},
			}
		},
		"servarr-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SONARR_API_KEY=" + g.Hex(32) + "\n",
					"<Config>\n  <Port>7878</Port>\n  <ApiKey>" + g.Hex(32) + "</ApiKey>\n  <AuthenticationMethod>Forms</AuthenticationMethod>\n</Config>\n",
					"curl \"http://radarr:7878/api/v3/movie?apikey=" + g.Hex(32) + "\"\n",
					"prowlarr_api_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholder, wrong length, upper-case hex
					"SONARR_API_KEY=your_sonarr_api_key\n",
					"RADARR_API_KEY=" + g.Hex(30) + "\n",
					"LIDARR_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// the name glued to another word
					"SONARR_INSTANCE_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"thingspeak-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String(fake.Upper, 6) + g.String(fake.Digits, 3) + g.String(fake.Upper+fake.Digits, 7)
			}
			return Cases{
				Positives: []string{
					"curl \"https://api.thingspeak.com/update?api_key=" + key() + "&field1=23.5\"\n",
					"THINGSPEAK_WRITE_API_KEY=" + key() + "\n",
					"thingSpeakWrite(17504,2.3,'WriteKey','" + key() + "')\n",
				},
				Negatives: []string{
					// placeholder and wrong length
					"THINGSPEAK_WRITE_API_KEY=XXXXXXXXXXXXXXXX\n",
					"THINGSPEAK_WRITE_API_KEY=" + key()[:15] + "\n",
					// lower case, and a channel id
					"THINGSPEAK_WRITE_API_KEY=" + strings.ToLower(key()) + "\n",
					"THINGSPEAK_CHANNEL_ID=" + g.String(fake.Digits, 7) + "\n",
				},
			}
		},
	}
}
