// Cases for the health, education and legal SaaS rules added in the
// s30health change: Healthie, Medplum, SAP Litmos, TalentLMS, Withings, Clio and
// DrChrono, 1upHealth and Schoology.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30healthCases are the cases of the rules this change adds.
func s30healthCases() map[string]Builder {
	return map[string]Builder{
		"1uphealth-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ONEUP_CLIENT_ID=" + g.Hex(32) + "\nONEUP_CLIENT_SECRET=" + g.Hex(32) + "\nONEUP_API_URL=https://api.1up.health\n",
					"const oneUpConfig = {\n  clientId: '" + g.Hex(32) + "',\n  clientSecret: '" + g.Hex(32) + "',\n};\n",
					"REACT_APP_ONEUP_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"oneup_health:\n  client_secret: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// the client id alone
					"ONEUP_CLIENT_ID=" + g.Hex(32) + "\n",
					// placeholders and a wrong length
					"ONEUP_CLIENT_SECRET=your-client-secret\n",
					"ONEUP_CLIENT_SECRET=" + g.Hex(24) + "\n",
					// the name glued to another word
					"ONEUPMANSHIP_SECRET=" + g.Hex(32) + "\n",
				},
			}
		},
		"healthie-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("gh", "_sb", "ox_")
			key := func() string { return prefix + g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"HEALTHIE_API_URL=https://staging-api.gethealthie.com/graphql\nHEALTHIE_API_KEY=" + key() + "\n",
					"headers = {\"Authorization\": \"Basic " + key() + "\", \"AuthorizationSource\": \"API\"}\n",
					"os.environ[\"HEALTHIE_API_KEY\"] = \"" + key() + "\"\n",
					"healthie:\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					// too short
					"HEALTHIE_API_KEY=" + prefix + g.MixedAlnum(40) + "\n",
					// placeholders
					"HEALTHIE_API_KEY=" + prefix + "your_api_key_here\n",
					"HEALTHIE_API_KEY=" + prefix + strings.Repeat("x", 64) + "\n",
					// the prefix glued to a longer word
					"const isSandbox = key.startsWith('" + prefix + "') && " + fake.Join("my", prefix) + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"medplum-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MEDPLUM_BASE_URL=https://api.medplum.com/\nMEDPLUM_CLIENT_ID=" + g.UUID() + "\nMEDPLUM_CLIENT_SECRET=" + g.Hex(64) + "\n",
					"const medplum = new MedplumClient({\n  baseUrl: 'https://api.medplum.com/',\n  clientId: '" + g.UUID() + "',\n  clientSecret: '" + g.Hex(64) + "',\n});\n",
					"services:\n  bot:\n    environment:\n      - MEDPLUM_CLIENT_SECRET=" + g.Hex(64) + "\n",
					"medplum:\n  client_secret: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// the client id is a UUID, not a secret
					"MEDPLUM_CLIENT_ID=" + g.UUID() + "\n",
					// placeholders and a wrong length
					"MEDPLUM_CLIENT_SECRET=your_client_secret\n",
					"MEDPLUM_CLIENT_SECRET=" + g.Hex(40) + "\n",
					// upper-case hex is not how Medplum writes it
					"MEDPLUM_CLIENT_SECRET=" + strings.ToUpper(g.Hex(64)) + "\n",
					// the name glued to another word
					"NOTMEDPLUMLIKE_SECRET=" + g.Hex(64) + "\n",
				},
			}
		},
		"litmos-api-key": func(g *fake.Gen) Cases {
			upper := func() string { return strings.ToUpper(g.UUID()) }
			return Cases{
				Positives: []string{
					"LITMOS_API_KEY=" + upper() + "\nLITMOS_SOURCE=myapp\n",
					"String url = \"https://api.litmos.com/v1.svc/users?apikey=" + upper() + "&source=MY-APP\";\n",
					"\"env\": {\n  \"LITMOS_API_KEY\": \"" + g.UUID() + "\",\n  \"LITMOS_BASE_URL\": \"https://api.litmoseu.com\"\n}\n",
					"litmos:\n  apikey: " + upper() + "\n",
				},
				Negatives: []string{
					// placeholders
					"LITMOS_API_KEY=<YOUR_API_KEY>\n",
					"LITMOS_API_KEY=XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n",
					// not a GUID
					"LITMOS_API_KEY=" + g.MixedAlnum(36) + "\n",
					// a user id, not a credential
					"litmos_user_id = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"schoology-consumer-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SCHOOLOGY_CONSUMER_KEY=" + g.Hex(41) + "\nSCHOOLOGY_CONSUMER_SECRET=" + g.Hex(32) + "\n",
					"\tprivate $schoology_secret = '" + g.Hex(32) + "';\n\tprivate $schoology_key = '" + g.Hex(41) + "';\n",
					"schoology_key = '" + g.Hex(41) + "'\nschoology_secret = '" + g.Hex(32) + "'\nsc = schoolopy.Schoology(schoolopy.Auth(schoology_key, schoology_secret))\n",
					"schoology:\n  consumer_secret: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// the consumer key is longer and not the secret
					"SCHOOLOGY_CONSUMER_KEY=" + g.Hex(41) + "\n",
					// placeholders and a wrong alphabet
					"SCHOOLOGY_CONSUMER_SECRET=your_consumer_secret_here\n",
					"SCHOOLOGY_CONSUMER_SECRET=" + g.MixedAlnum(32) + "\n",
					// a user id, not a credential
					"schoology_uid = '" + g.Hex(32) + "'\n",
				},
			}
		},
		"talentlms-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Alnum, 10) + "aZ7" + g.String(fake.Alnum, 17) }
			return Cases{
				Positives: []string{
					"TALENTLMS_DOMAIN=mycompany.talentlms.com\nTALENTLMS_API_KEY=" + key() + "\n",
					"TalentLMS::setApiKey('" + key() + "');\nTalentLMS::setDomain('mycompany.talentlms.com');\n",
					"    private const TALENTLMS_API_KEY = '" + key() + "';\n",
					"talentlms:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"TALENTLMS_API_KEY=your_talentlms_api_key\n",
					"TalentLMS::setApiKey('API_KEY');\n",
					// wrong length
					"TALENTLMS_API_KEY=" + key() + g.MixedAlnum(6) + "\n",
					// the name glued to another word
					"MYTALENTLMSX_KEY=" + key() + "\n",
				},
			}
		},
		"clio-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.String(fake.Alnum, 18) + "Qx4" + g.String(fake.Alnum, 19) }
			return Cases{
				Positives: []string{
					"CLIO_BASE_URL=https://app.clio.com\nCLIO_CLIENT_ID=" + g.MixedAlnum(40) + "\nCLIO_CLIENT_SECRET=" + secret() + "\n",
					"railway variables --set CLIO_CLIENT_SECRET=" + secret() + "\n",
					"clio:\n  client_id: " + g.MixedAlnum(40) + "\n  client_secret: \"" + secret() + "\"\n",
					"self.clio_client_secret = \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// the client id is not the secret
					"CLIO_CLIENT_ID=" + g.MixedAlnum(40) + "\n",
					// placeholders and a wrong length
					"CLIO_CLIENT_SECRET=your_clio_client_secret\n",
					"CLIO_CLIENT_SECRET=" + secret()[:32] + "\n",
					// the name inside another word
					"PERICLIO_SECRET=" + secret() + "\n",
				},
			}
		},
		"drchrono-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.String(fake.Alnum, 60) + "Kq7" + g.String(fake.Alnum, 65) }
			return Cases{
				Positives: []string{
					"DRCHRONO_CLIENT_ID=" + g.MixedAlnum(40) + "\nDRCHRONO_CLIENT_SECRET=" + secret() + "\nDRCHRONO_REDIRECT_URI=https://app.example.com/callback\n",
					"SOCIAL_AUTH_DRCHRONO_SECRET = '" + secret() + "'\n",
					"export DR_CHRONO_CLIENT_SECRET=\"" + secret() + "\"\n",
					"drchrono:\n  client_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// the client id alone
					"DRCHRONO_CLIENT_ID=" + g.MixedAlnum(40) + "\n",
					// placeholders and a wrong length
					"DRCHRONO_CLIENT_SECRET=your_drchrono_client_secret\n",
					"DRCHRONO_CLIENT_SECRET=" + secret()[:64] + "\n",
					// a 30-character access token is not the client secret
					"DRCHRONO_ACCESS_TOKEN=" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"withings-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WITHINGS_CLIENT_ID=" + g.Hex(64) + "\nWITHINGS_CLIENT_SECRET=" + g.Hex(64) + "\n",
					"WITHINGS_CLIENT_SECRET = \"" + g.Hex(64) + "\"\n",
					"{\n  \"withings\": {\n    \"clientId\": \"" + g.Hex(64) + "\",\n    \"clientSecret\": \"" + g.Hex(64) + "\"\n  }\n}\n",
					"withings:\n  client_secret: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// the client id alone is not the secret
					"WITHINGS_CLIENT_ID=" + g.Hex(64) + "\n",
					// placeholders and a wrong length
					"WITHINGS_CLIENT_SECRET=your_withings_client_secret\n",
					"WITHINGS_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// the name glued to another word
					"NOWITHINGSX_SECRET=" + g.Hex(64) + "\n",
				},
			}
		},
	}
}
