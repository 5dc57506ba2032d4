// Cases for the rules widened in the s26 change: declarations and
// directives the generic detector did not read (a VB or C declaration, a
// Python f-string's Authorization header, an nginx or Lisp setter). Every
// value is built at run time.

package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// s26Cases are the cases of the rules this change adds.
func s26Cases() map[string]Builder {
	return map[string]Builder{
		"network-device-plaintext-password": func(g *fake.Gen) Cases {
			pw := func() string { return g.MixedAlnum(6) + g.Pick("!", "#", "@", "%") + g.Hex(3) }
			return Cases{
				Positives: []string{
					"hostname edge-rtr-01\n!\nusername netops privilege 15 password 0 " + pw() + "\n!\n",
					"enable secret 0 " + pw() + "\n",
					"userlist stats_users\n    user admin insecure-password " + pw() + "\n",
					"tacacs-server host 10.20.0.5 key 0 " + pw() + "\n",
				},
				Negatives: []string{
					// hashed or encoded forms have their own rules; stand-ins
					"username netops privilege 15 secret 9 $9$" + g.Alnum(14) + "\n",
					"enable secret 0 <password>\n",
					"user admin insecure-password changeme\n",
					"! set the password with: username NAME password 0 PASSWORD\n",
				},
			}
		},
	}
}

// s26WidenedCases are more cases of rules widened by this change.
func s26WidenedCases() map[string]Builder {
	return map[string]Builder{
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// a VB.NET or VBA declaration with its type
					"Private Const ApiKey As String = \"" + g.MixedAlnum(32) + "\"\n",
					"Dim dbPassword As String = \"" + g.MixedAlnum(8) + "!" + g.Hex(4) + "\"\n",
					// a C or C++ array of characters (Arduino sketches, firmware)
					"constexpr char kApiKey[] = \"" + g.MixedAlnum(40) + "\";\n",
					"char password[] = \"" + g.MixedAlnum(10) + "#" + g.Hex(3) + "\";\n",
					// a Python constant annotated Final
					"API_TOKEN: Final = \"" + g.MixedAlnum(36) + "\"\n",
				},
				Negatives: []string{
					// an indexed entry names a secret (Helm --set, .properties lists)
					"kafka.auth.tls.existingSecrets[0]=kafka-jks-" + g.Hex(1) + "\n",
					"Dim apiKey As String = ConfigurationManager.AppSettings(\"ApiKey\")\n",
					"char password[] = SECRET_PASS;\n",
					"char password[64] = {0};\n",
				},
			}
		},
		"http-bearer-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// an f-string or interpolated string holding the literal
					"headers = {\"Authorization\": f\"Token " + g.MixedAlnum(40) + "\"}\n",
					"client.DefaultRequestHeaders.Add(\"Authorization\", $\"Bearer " + g.MixedAlnum(48) + "\");\n",
				},
				Negatives: []string{
					"headers = {\"Authorization\": f\"Token {settings.API_TOKEN}\"}\n",
					"client.DefaultRequestHeaders.Add(\"Authorization\", $\"Bearer {token}\");\n",
				},
			}
		},
		"generic-cli-setter": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// nginx
					"location /api/ {\n    set $upstream_token \"" + g.MixedAlnum(32) + "\";\n    proxy_set_header X-Token $upstream_token;\n}\n",
					"fastcgi_param APP_SECRET " + g.MixedAlnum(40) + ";\n",
					// Emacs Lisp and Clojure
					"(setq gptel-api-key \"" + g.MixedAlnum(40) + "\")\n",
					"(def api-token \"" + g.MixedAlnum(36) + "\")\n",
				},
				Negatives: []string{
					"set $upstream_token $http_x_token;\n",
					"fastcgi_param APP_SECRET $app_secret;\n",
					"(setq gptel-api-key (getenv \"OPENAI_API_KEY\"))\n",
					"(def api-token (System/getenv \"API_TOKEN\"))\n",
				},
			}
		},
	}
}
