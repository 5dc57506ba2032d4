// Cases of the rules of the s25 pass on GitHub secret scanning's provider
// list, providers M to Z: Twilio Access Tokens (JWTs with Twilio's header
// content type), Salesforce connected app consumer secrets next to their
// consumer key and Yandex Cloud static access key secrets next to their key
// ID. Every value is generated here; prefixes are joined from parts so that
// the tree holds no token-shaped text.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25gh2TwilioHeader is the header of a Twilio Access Token as Twilio's
// Python library writes it; cty is what sets it apart from other JWTs.
const s25gh2TwilioHeader = `{"typ":"JWT","alg":"HS256","cty":"twilio-fpa;v=1"}`

// s25gh2Twilio returns a Twilio Access Token with the given header whose
// subject is subject: issued by an API key (SK...) for an account (AC...).
func s25gh2Twilio(g *fake.Gen, header, subject string) string {
	key := fake.Join("S", "K") + g.Hex(32)
	claims := `{"jti":"` + key + `-17` + saasDigits(g, 8) + `","iss":"` + key + `","sub":"` + subject +
		`","exp":4102444800,"grants":{"identity":"user-` + saasDigits(g, 4) + `","video":{"room":"standup"}}}`
	return g.JWTWithClaims(header, claims)
}

// s25gh2Account returns a Twilio account SID.
func s25gh2Account(g *fake.Gen) string { return fake.Join("A", "C") + g.Hex(32) }

// s25gh2SFKey returns a Salesforce consumer key: 3MVG9 and 80 characters.
func s25gh2SFKey(g *fake.Gen) string {
	return fake.Join("3MV", "G9") + g.String(fake.Alnum+"._", 80)
}

// s25gh2YCKeyID and s25gh2YCSecret return a Yandex Cloud static access key
// ID (YCAJ and 21 characters) and secret (YC and 38 characters).
func s25gh2YCKeyID(g *fake.Gen) string {
	return fake.Join("YC", "AJ") + "E" + g.String(fake.Base64URL, 20)
}

func s25gh2YCSecret(g *fake.Gen) string {
	return fake.Join("Y", "C") + g.MixedAlnum(20) + "-" + g.String(fake.Base64URL, 17)
}

// s25gh2Cases are the generated cases of the rules this pass adds.
func s25gh2Cases() map[string]Builder {
	return map[string]Builder{
		"twilio-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TWILIO_ACCESS_TOKEN=" + s25gh2Twilio(g, s25gh2TwilioHeader, s25gh2Account(g)) + "\n",
					"{\n  \"identity\": \"alice\",\n  \"token\": \"" + s25gh2Twilio(g, `{"cty":"twilio-fpa;v=1","alg":"HS256","typ":"JWT"}`, s25gh2Account(g)) + "\"\n}\n",
					"const room = await Video.connect('" + s25gh2Twilio(g, s25gh2TwilioHeader, s25gh2Account(g)) + "', { name: 'standup' });\n",
				},
				Negatives: []string{
					// a JWT without Twilio's content type is the jwt rule's
					"TWILIO_ACCESS_TOKEN=" + s25gh2Twilio(g, `{"typ":"JWT","alg":"HS256"}`, s25gh2Account(g)) + "\n",
					// a subject that is not an account SID
					"TWILIO_ACCESS_TOKEN=" + s25gh2Twilio(g, s25gh2TwilioHeader, "alice") + "\n",
				},
			}
		},
		"salesforce-consumer-secret": func(g *fake.Gen) Cases {
			hex := strings.ToUpper(g.Hex(64))
			return Cases{
				Positives: []string{
					"SALESFORCE_CONSUMER_KEY=" + s25gh2SFKey(g) + "\nSALESFORCE_CONSUMER_SECRET=" + strings.ToUpper(g.Hex(64)) + "\n",
					"salesforce:\n  client_id: \"" + s25gh2SFKey(g) + "\"\n  client_secret: \"" + saasDigits(g, 19) + "\"\n  login_url: https://login.salesforce.com\n",
					"sf.consumerKey=" + s25gh2SFKey(g) + "\nsf.username=integration@acme.test\nsf.consumerSecret=" + strings.ToUpper(g.Hex(64)) + "\n",
				},
				Negatives: []string{
					// the secret is not next to a consumer key
					"SALESFORCE_CONSUMER_SECRET=" + hex + "\n",
					// a placeholder where the secret goes
					"SALESFORCE_CONSUMER_KEY=" + s25gh2SFKey(g) + "\nSALESFORCE_CONSUMER_SECRET=${SF_SECRET}\n",
					// 63 hex digits
					"SALESFORCE_CONSUMER_KEY=" + s25gh2SFKey(g) + "\nSALESFORCE_CONSUMER_SECRET=" + hex[:63] + "\n",
				},
			}
		},
		"yandex-static-key-pair": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"access_key:\n  id: aje" + g.String(fake.Lower+fake.Digits, 17) + "\n  key_id: " + s25gh2YCKeyID(g) + "\nsecret: " + s25gh2YCSecret(g) + "\n",
					"[default]\naws_access_key_id = " + s25gh2YCKeyID(g) + "\naws_secret_access_key = " + s25gh2YCSecret(g) + "\n",
					"terraform {\n  backend \"s3\" {\n    access_key = \"" + s25gh2YCKeyID(g) + "\"\n    secret_key = \"" + s25gh2YCSecret(g) + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// no secret next to the key ID
					"aws_access_key_id = " + s25gh2YCKeyID(g) + "\nregion = ru-central1\n",
					// a secret one character short
					"aws_access_key_id = " + s25gh2YCKeyID(g) + "\naws_secret_access_key = " + s25gh2YCSecret(g)[:39] + "\n",
					// the secret too far from its key ID
					"aws_access_key_id = " + s25gh2YCKeyID(g) + "\na = 1\nb = 2\nc = 3\nd = 4\naws_secret_access_key = " + s25gh2YCSecret(g) + "\n",
				},
			}
		},
	}
}
