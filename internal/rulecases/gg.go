// Cases of the rules added or widened after scoring the ruleset against the
// example texts of GitGuardian's public detector pages: a Twilio API key
// secret next to its key SID, a GitGuardian shared-incident link, the
// Datadog API key under the names Datadog's own libraries use (dogapi, a
// "token"), and a Brevo key glued to the character before it.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// ggSID is a Twilio API key SID: SK and 32 hex digits.
func ggSID(g *fake.Gen) string { return fake.Join("S", "K") + g.Hex(32) }

// ggShare is the path of a GitGuardian shared-incident link.
const ggShare = "/share/" + "incidents/"

// ggCases are the generated cases of the rules this file is about.
func ggCases() map[string]Builder {
	return map[string]Builder{
		"twilio-api-key-pair": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"var Twilio = require('twilio');\nvar apiKeySid = '" + ggSID(g) + "';\nvar apiKeySecret = '" + g.MixedAlnum(32) + "';\n",
					"# twilio video\nTWILIO_KEY_SID=" + ggSID(g) + "\nTWILIO_KEY_SECRET=" + g.MixedAlnum(32) + "\n",
					"client = twilio.rest.Client(\n    '" + ggSID(g) + "',\n    api_secret='" + g.MixedAlnum(32) + "',\n)\n",
				},
				Negatives: []string{
					// no Twilio in the file: an SK id next to a secret is anyone's
					"apiKeySid = '" + ggSID(g) + "'\napiKeySecret = '" + g.MixedAlnum(32) + "'\n",
					// a placeholder secret
					"twilio:\n  sid: " + ggSID(g) + "\n  secret: " + strings.Repeat("x", 32) + "\n",
					// the SID is not hex
					"twilio:\n  sid: SK" + notHex(g, 32) + "\n  secret: " + g.MixedAlnum(32) + "\n",
					// the secret is too far from the SID
					"twilio:\n  sid: " + ggSID(g) + "\n  a: 1\n  b: 2\n  c: 3\n  d: 4\n  e: 5\n  secret: " + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"gitguardian-incident-share-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"incident url: dashboard.gitguardian.com" + ggShare + saasUUID(g) + "\n",
					"See https://onprem.example.org/gitguardian" + ggShare + saasUUID(g) + " for the leak.\n",
					"- [incident](https://dashboard.eu1.gitguardian.com" + ggShare + saasUUID(g) + ")\n",
				},
				Negatives: []string{
					// another product's incident page
					"https://status.example.com" + ggShare + saasUUID(g) + "\n",
					// a dashboard link, not a shared one
					"https://dashboard.gitguardian.com/workspace/12/incidents/secrets/" + saasUUID(g) + "\n",
					// a cut token
					"dashboard.gitguardian.com" + ggShare + saasUUID(g)[:23] + "\n",
				},
			}
		},
	}
}

// ggWidenedCases are more cases of rules whose own cases live elsewhere:
// the names datadog-api-key now takes (Datadog's dogapi client, a Datadog
// "token") and the values it still turns down; brevo-api-key no longer
// needing a word boundary before its prefix (a URL-encoded quote, an
// escaped newline in a JSON string, a typed-in extra letter all put a word
// character there) while still turning down a wrong body or tail.
func ggWidenedCases() map[string]Builder {
	return map[string]Builder{
		"datadog-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"dogapi token = \"" + g.Hex(32) + "\";\n",
					"datadog token = \"" + g.Hex(32) + "\";\n",
					"DATADOG_API_TOKEN=" + g.Hex(32) + "\n",
					"monitoring:\n  dogapi_api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// an application key's length
					"dogapi token = \"" + g.Hex(40) + "\";\n",
					// a browser client token
					"datadog token = \"pub" + g.Hex(32) + "\";\n",
					// no Datadog name
					"service_token = \"" + g.Hex(32) + "\";\n",
					// upper-case hex is not a Datadog key
					"datadog token = \"" + strings.ToUpper(g.Hex(32)) + "\";\n",
				},
			}
		},
		"brevo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl 'https://example.org/hook?key=%22" + ggBrevo(g) + "%22'\n",
					"{\"note\": \"api key:\\n" + ggBrevo(g) + "\"}\n",
					"x" + ggBrevo(g) + "\n",
				},
				Negatives: []string{
					// upper-case hex in the body
					"key=" + fake.Join("xkey", "sib-", strings.ToUpper(g.Hex(64)), "-", g.Alnum(16)) + "\n",
					// a tail one character too long
					"key=" + ggBrevo(g) + "Z\n",
					// a short body
					"key=" + fake.Join("xkey", "sib-", g.Hex(63), "-", g.Alnum(16)) + "\n",
				},
			}
		},
	}
}

// ggBrevo is a Brevo (Sendinblue) key: its prefix, 64 hex digits, a dash and
// 16 letters and digits.
func ggBrevo(g *fake.Gen) string {
	return fake.Join("xkey", "sib-", g.Hex(64), "-", g.Alnum(16))
}
