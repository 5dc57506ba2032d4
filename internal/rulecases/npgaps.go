package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// npgapsCases are the cases of the rules added for secrets written in the
// style of other scanners' examples (issue #10).
func npgapsCases() map[string]Builder {
	return map[string]Builder{
		"generic-pass-assignment": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// a variable named pass (Python, Go)
					"HOST = '10.0.0.7'\nUSER = 'ops'\nPASS = '" + HumanPassword(g) + "'\n",
					"pass := \"" + g.MixedAlnum(14) + "\"\n",
					// a camelCase name ending in Pass
					"<add key=\"SmtpPass\" value=\"" + HumanPassword(g) + "\"/>\n",
					"const config = { mailPass: '" + g.MixedAlnum(12) + "' };\n",
					"{\"adminPass\": \"" + g.MixedAlnum(16) + "\"}\n",
					// a key named pass in YAML and a JS object (JSON's \"pass\" is generic-secret's)
					"smtp:\n  user: mailer\n  pass: " + HumanPassword(g) + "\n",
					"const auth = { user: 'ops', pass: '" + g.MixedAlnum(14) + "' };\n",
				},
				Negatives: []string{
					// a test log's PASS, names that end in pass, references
					"PASS: test_login_" + g.MixedAlnum(12) + "\n",
					"bypass = \"" + g.MixedAlnum(14) + "\"\n",
					"firstPass = true\n",
					"compass: \"" + g.MixedAlnum(14) + "\"\n",
					"PASS = os.environ['PASS']\n",
					"smtp:\n  pass: ${SMTP_PASS}\n",
					"- name: lint\n  pass: true\n",
					"const config = { mailPass: process.env.MAIL_PASS };\n",
					// password spelled with digits for letters
					"adminPass = \"P@55w0rd" + g.String(fake.Digits, 2) + "\"\n",
				},
			}
		},
		"dotnet-setting-secret": func(g *fake.Gen) Cases {
			setting := func(name, value string) string {
				return "<applicationSettings>\n  <Acme.Properties.Settings>\n    <setting name=\"" + name + "\" serializeAs=\"String\">\n      <value>" + value + "</value>\n    </setting>\n"
			}
			return Cases{
				Positives: []string{
					setting("SmtpPassword", g.MixedAlnum(10)+g.Pick("!", "#", "")),
					setting("Acme_ApiToken", g.MixedAlnum(32)),
					"<setting name=\"ServiceSecret\" serializeAs=\"String\"><value>" + g.MixedAlnum(20) + "</value></setting>\n",
				},
				Negatives: []string{
					setting("SmtpHost", "smtp."+g.String(fake.Lower, 8)+".test"),
					setting("SmtpPassword", ""),
					setting("TokenLifetime", "00:30:00"),
				},
			}
		},
		"juniper-type9-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(10) + g.Pick("!", "-", "#", "") }
			return Cases{
				Positives: []string{
					"system {\n    radius-server {\n        10.0.0.5 secret \"" + g.JuniperType9(secret()) + "\"; ## SECRET-DATA\n    }\n}\n",
					"set protocols bgp group ext authentication-key \"" + g.JuniperType9(secret()) + "\"\n",
					"junos_snmp_community: '" + g.JuniperType9(secret()) + "'\n",
				},
				Negatives: []string{
					// a Cisco type 9 hash, an ordinary shell line, a cut value
					"enable secret 9 $" + "9$" + g.String(fake.Alnum+"./", 14) + "$" + g.String(fake.Alnum+"./", 43) + "\n",
					"echo \"$" + "9$HOME/bin\"\n",
					"set system radius-server 10.0.0.5 secret \"" + cutLast(g.JuniperType9(g.MixedAlnum(12))) + "\"\n",
					"secret \"" + g.JuniperType9("password") + "\"; ## SECRET-DATA\n",
				},
			}
		},
	}
}

// cutLast drops the last character of s.
func cutLast(s string) string { return s[:len(s)-1] }
