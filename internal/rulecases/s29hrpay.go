// Cases for the HR, payroll and recruiting rules added in the s29hrpay
// change: HiBob, Gusto, JazzHR, Jobvite, Teamtailor and Zenefits. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29hrpayCases are the cases of the rules this change adds.
func s29hrpayCases() map[string]Builder {
	return map[string]Builder{
		"hibob-service-user-token": func(g *fake.Gen) Cases {
			id := fake.Join("SERV", "ICE-") + g.String(fake.Digits, 5)
			return Cases{
				Positives: []string{
					"HIBOB_SERVICE_USER_ID=" + id + "\nHIBOB_SERVICE_USER_TOKEN=" + g.MixedAlnum(40) + "\n",
					"hibob:\n  service_user_id: " + id + "\n  service_user_token: \"" + g.MixedAlnum(40) + "\"\n",
					"const hibobToken = '" + g.MixedAlnum(40) + "';\nconst auth = Buffer.from(`${hibobUserId}:${hibobToken}`).toString('base64');\n",
					"{\"hibob\": \"" + g.MixedAlnum(40) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"HIBOB_SERVICE_USER_TOKEN=your-service-user-token\n",
					"HIBOB_SERVICE_USER_TOKEN=" + strings.Repeat("x", 40) + "\n",
					// wrong length and wrong alphabet
					"HIBOB_SERVICE_USER_TOKEN=" + g.MixedAlnum(32) + "\n",
					"HIBOB_SERVICE_USER_TOKEN=" + g.Hex(40) + "\n",
					// the name glued to another word is not a token setting
					"HIBOB_SERVICE_USER_ID=" + g.MixedAlnum(40) + "\n",
					// a word that holds the name
					"SHIBOBA_TOKEN=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"gusto-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GUSTO_API_TOKEN=" + g.Hex(64) + "\n",
					"gusto:\n  client_id: " + g.String(fake.Base64URL, 43) + "\n  client_secret: " + g.MixedAlnum(20) + "_" + g.MixedAlnum(22) + "\n",
					"GUSTO_ACCESS_TOKEN=\"" + g.MixedAlnum(30) + "-" + g.MixedAlnum(12) + "\"\n",
					"gusto_refresh_token = '" + g.MixedAlnum(43) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"GUSTO_API_TOKEN=your_api_token_here\n",
					"GUSTO_ACCESS_TOKEN=" + strings.Repeat("x", 43) + "\n",
					// wrong lengths
					"GUSTO_API_TOKEN=" + g.Hex(40) + "\n",
					"GUSTO_ACCESS_TOKEN=" + g.MixedAlnum(36) + "\n",
					// the bare word is a dictionary word, not a setting
					"gusto = \"" + g.Hex(64) + "\"\n",
					// a word that holds the name
					"DISGUSTO_API_TOKEN=" + g.Hex(64) + "\n",
				},
			}
		},
		"jazzhr-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "resumator", "api.com")
			return Cases{
				Positives: []string{
					"JAZZHR_API_KEY=" + g.MixedAlnum(32) + "\n",
					"const url = '" + host + "/v1/jobs/status/open?apikey=" + g.MixedAlnum(32) + "';\n",
					"$json = file_get_contents(\"" + host + "/v1/applicants/job_id/" + g.String(fake.Alnum, 16) + "?page=2&apikey=" + g.MixedAlnum(32) + "\");\n",
					"jazzhr:\n  api_key: " + g.MixedAlnum(32) + "\n",
					"RESUMATOR_APIKEY=" + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"JAZZHR_API_KEY=your_jazzhr_api_key\n",
					"const url = '" + host + "/v1/jobs?apikey=" + strings.Repeat("X", 32) + "';\n",
					// wrong length and wrong alphabet
					"JAZZHR_API_KEY=" + g.MixedAlnum(24) + "\n",
					"JAZZHR_API_KEY=" + g.Hex(32) + "\n",
					// another host's apikey parameter
					"const url = 'https://api.example.com/v1/jobs?apikey=" + g.MixedAlnum(32) + "';\n",
				},
			}
		},
		"jobvite-api-secret": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "jobvite", ".com")
			return Cases{
				Positives: []string{
					"JOBVITE_API_KEY=acme_jobfeed_api_key\nJOBVITE_SECRET_KEY=" + g.Hex(32) + "\n",
					"url = \"" + host + "/api/v2/job?api=acme_jobfeed_api_key&sc=" + g.Hex(32) + "&jobStatus=Open\"\n",
					"headers = {\"x-jvi-api\": os.environ[\"X_JVI_API\"], \"x-jvi-sc\": \"" + g.Hex(32) + "\"}\n",
					"jobvite:\n  api_key: acme_api_key\n  secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"JOBVITE_SECRET_KEY=your_secret_key\n",
					"url = \"" + host + "/api/v2/job?api=KEY&sc=" + strings.Repeat("0", 32) + "\"\n",
					// wrong length and wrong alphabet
					"JOBVITE_SECRET_KEY=" + g.Hex(24) + "\n",
					"JOBVITE_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// the sc parameter of another host
					"url = \"https://api.example.com/v2/job?api=KEY&sc=" + g.Hex(32) + "\"\n",
				},
			}
		},
		"zenefits-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZENEFITS_API_KEY=" + g.MixedAlnum(20) + "\nZENEFITS_API_URL=https://api.zenefits.com/core\n",
					"zenefits_token = '" + g.MixedAlnum(20) + "'\nheaders = {'Authorization': 'Bearer ' + zenefits_token}\n",
					"zenefits:\n  api_token: \"" + g.MixedAlnum(20) + "\"\n",
					"const client = new Zenefits('" + g.MixedAlnum(20) + "');\n",
				},
				Negatives: []string{
					// placeholders
					"ZENEFITS_API_KEY=your_api_key_here\n",
					"ZENEFITS_API_KEY=" + strings.Repeat("X", 20) + "\n",
					// wrong length and a numeric company id
					"ZENEFITS_API_KEY=" + g.MixedAlnum(32) + "\n",
					"ZENEFITS_COMPANY_ID=" + g.String(fake.Digits, 20) + "\n",
					// the name glued to another word
					"ZENEFITS_COMPANY_NAME=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"teamtailor-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(18) + g.Pick("-", "_") + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"TEAMTAILOR_API_KEY=" + key() + "\nTEAMTAILOR_API_VERSION=20240404\n",
					"TEAMTAILOR_API_KEY = \"" + g.MixedAlnum(40) + "\"\nTEAMTAILOR_API_BASE = \"https://api.teamtailor.com/v1\"\n",
					"const teamtailor = {\n  apiKey: '" + key() + "',\n  apiVersion: '20240404',\n};\n",
					"teamtailor:\n  api_token: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"TEAMTAILOR_API_KEY=your_api_key_here\n",
					"TEAMTAILOR_API_KEY=" + strings.Repeat("a", 40) + "\n",
					// wrong length
					"TEAMTAILOR_API_KEY=" + g.MixedAlnum(32) + "\n",
					// not the key: the API version next to the name
					"TEAMTAILOR_API_VERSION=" + g.String(fake.Digits, 8) + "\n",
					// the name glued to another word
					"MYTEAMTAILORED_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
	}
}
