// Cases for the observability, analytics and SaaS rules of the s36-saas
// change: LinkedIn's WPL_AP client secrets and AQ access tokens, Sumo Logic HTTP source URLs,
// X (Twitter) app-only bearer tokens recognised by their shape, Airtable's
// legacy API keys, and the formats widened in existing rules (Dynatrace
// 8-character public parts, Honeycomb's team header, Asana tokens after
// Bearer). Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36saasCases are the cases of the rules this change adds.
func s36saasCases() map[string]Builder {
	return map[string]Builder{
		"linkedin-client-secret-wpl": func(g *fake.Gen) Cases {
			wpl := func(v string, tail string) string {
				return fake.Join("WPL", "_AP", v, ".") + g.MixedAlnum(16) + "." + tail
			}
			return Cases{
				Positives: []string{
					"const clientSecret = \"" + wpl("1", g.MixedAlnum(6)+"==") + "\";\n",
					"LINKEDIN_CLIENT_SECRET=" + wpl("0", g.MixedAlnum(16)) + "\n",
					"params.add(\"client_secret\", \"" + wpl("0", g.MixedAlnum(14)+"==") + "\");\n",
					"grant_type=authorization_code&client_id=" + g.LowerAlnum(14) + "&client_secret=" + wpl("1", g.MixedAlnum(6)+"==") + "&redirect_uri=http%3A%2F%2Flocalhost\n",
					wpl("0", g.MixedAlnum(12)) + "\n",
				},
				Negatives: []string{
					// placeholders, a short id, the prefix glued to a word
					"LINKEDIN_CLIENT_SECRET=" + fake.Join("WPL", "_AP0.") + strings.Repeat("x", 9) + "\n",
					"LINKEDIN_CLIENT_SECRET=" + fake.Join("WPL", "_AP1.") + g.MixedAlnum(15) + "." + g.MixedAlnum(6) + "==\n",
					"LINKEDIN_CLIENT_SECRET=" + fake.Join("WPL", "_AP1.") + g.MixedAlnum(16) + "\n",
					"secret = \"my" + wpl("1", g.MixedAlnum(6)+"==") + "\"\n",
				},
			}
		},
		"sumologic-http-source-url": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("ZaVnC4", "dhaV") + g.String(fake.Base64URL, 90) }
			host := func(region string) string {
				return "https://endpoint" + g.Pick("1", "4", "9") + ".collection." + region + "sumologic.com"
			}
			return Cases{
				Positives: []string{
					"SUMO_ENDPOINT=" + host("us2.") + "/receiver/v1/http/" + tok() + "\n",
					"const proxy_url = \"" + host("eu.") + "/receiver/v1/http/" + tok() + "==\"\n",
					"curl -X POST -T app.log https://collectors.au.sumologic.com/receiver/v1/http/" + tok() + "\n",
					"exporters:\n  otlphttp:\n    endpoint: " + host("") + "/receiver/v1/otlp/" + tok() + "\n",
				},
				Negatives: []string{
					// placeholders and a variable
					"endpoint: 'https://collectors.xx.sumologic.com/receiver/v1/http/xxxxxx=='\n",
					"SUMO_URL=" + host("") + "/receiver/v1/http/...\n",
					"SUMO_URL=" + host("us2.") + "/receiver/v1/http/${SUMO_TOKEN}\n",
					"var endpoint = '" + host("us2.") + "/receiver/v1/http/' + collector;\n",
					// a short path and another host
					"SUMO_URL=" + host("") + "/receiver/v1/http/" + g.MixedAlnum(20) + "\n",
					"URL=https://logs.example.com/receiver/v1/http/" + tok() + "\n",
				},
			}
		},
		"twitter-app-only-bearer-token": func(g *fake.Gen) Cases {
			as := strings.Repeat("A", 21)
			tok := func(eq, plus string) string {
				return as + g.MixedAlnum(5) + strings.Repeat("A", 7) + g.MixedAlnum(12) + plus + g.MixedAlnum(18) + eq + g.MixedAlnum(50)
			}
			return Cases{
				Positives: []string{
					"client = tweepy.Client(bearer_token=\"" + tok("%3D", "%2B") + "\")\n",
					"curl -H \"Authorization: Bearer " + tok("%3D", "%2F") + "\" \"https://api.x.com/2/tweets/search/recent?query=go\"\n",
					"BEARER_TOKEN=\"" + tok("%3D", "") + "\"\n",
					tok("%3D", "%2B") + "\n",
					"bearer = '" + tok("=", "+") + "'\n",
				},
				Negatives: []string{
					// the run of A's alone or with a tail of the wrong shape
					"BEARER_TOKEN=" + strings.Repeat("A", 90) + "\n",
					"BEARER_TOKEN=" + as + "A" + g.String(fake.Digits, 19) + "%2B" + g.MixedAlnum(30) + "%3D" + g.MixedAlnum(50) + "\n",
					"BEARER_TOKEN=" + as + g.MixedAlnum(5) + strings.Repeat("A", 7) + g.MixedAlnum(30) + "%3D" + g.MixedAlnum(20) + "\n",
					// base64 data with runs of A's
					"data:image/png;base64," + strings.Repeat("A", 24) + g.MixedAlnum(6) + strings.Repeat("A", 8) + g.String(fake.Base64, 60) + "=" + g.String(fake.Base64, 200) + "\n",
				},
			}
		},
		"linkedin-access-token": func(g *fake.Gen) Cases {
			tok := func(n int) string {
				return fake.Join("A", "Q", g.Pick("V", "U", "W", "X")) + g.String(fake.Base64URL, n)
			}
			return Cases{
				Positives: []string{
					"LINKEDIN_ACCESS_TOKEN=" + tok(340) + "\n",
					"LINKEDIN_ACCESS_TOKEN = \"" + tok(360) + "\"\n",
					"linkedin:\n  access_token: " + tok(300) + "\n",
					"{\"linkedin_refresh_token\": \"" + tok(350) + "\"}\n",
				},
				Negatives: []string{
					// placeholders and shortened samples
					"LINKEDIN_ACCESS_TOKEN=" + fake.Join("A", "QV") + strings.Repeat("x", 30) + "\n",
					"LINKEDIN_ACCESS_TOKEN=" + fake.Join("A", "QV") + g.MixedAlnum(48) + "\n",
					"LINKEDIN_ACCESS_TOKEN=" + fake.Join("A", "QX") + "...\n",
					// another shape and no LinkedIn name
					"LINKEDIN_ACCESS_TOKEN=" + fake.Join("B", "QV") + g.String(fake.Base64URL, 340) + "\n",
					"ACCESS_TOKEN=" + tok(340) + "\n",
				},
			}
		},
		"airtable-legacy-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("ke", "y") + g.MixedAlnum(14) }
			return Cases{
				Positives: []string{
					"AIRTABLE_API_KEY=" + key() + "\n",
					"table = Airtable(base_id, \"Contacts\", api_key=\"" + key() + "\")\n",
					"airtable:\n  api_key: " + key() + "\n  base: app" + g.MixedAlnum(14) + "\n",
					"const base = new Airtable({ apiKey: '" + key() + "' }).base('app" + g.MixedAlnum(14) + "');\n",
				},
				Negatives: []string{
					// public base and table ids, a placeholder, a short value, no name
					"AIRTABLE_BASE_ID=app" + g.MixedAlnum(14) + "\n",
					"AIRTABLE_TABLE_ID=tbl" + g.MixedAlnum(14) + "\n",
					"AIRTABLE_API_KEY=" + fake.Join("ke", "y") + strings.Repeat("X", 14) + "\n",
					"AIRTABLE_API_KEY=" + fake.Join("ke", "y") + g.MixedAlnum(10) + "\n",
					"SERVICE_KEY=" + key() + "\n",
				},
			}
		},
	}
}

// s36saasWidenedCases are more cases of existing rules this change widens.
func s36saasWidenedCases() map[string]Builder {
	return map[string]Builder{
		"honeycomb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// the team header of the Events API and of OTLP exporters
					"curl https://api.honeycomb.io/1/events/prod -H \"X-Honeycomb-Team: " + g.Hex(32) + "\" -d '{}'\n",
					"OTEL_EXPORTER_OTLP_HEADERS=\"x-honeycomb-team=" + g.MixedAlnum(22) + "\"\n",
				},
				Negatives: []string{
					"HONEYCOMB_TEAM=my-team\n",
					"X-Honeycomb-Team: ${HONEYCOMB_API_KEY}\n",
				},
			}
		},
		"asana-pat": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl https://app.example.com/api/1.0/users/me -H \"Authorization: Bearer " + "1/" + g.String(fake.Digits, 16) + ":" + g.Hex(32) + "\"\n",
					"headers = {\"Authorization\": \"Bearer " + "2/" + g.String(fake.Digits, 16) + "/" + g.String(fake.Digits, 16) + ":" + g.Hex(32) + "\"}\n",
				},
				Negatives: []string{
					"Authorization: Bearer 1/" + g.String(fake.Digits, 4) + ":" + g.Hex(32) + "\n",
					"Authorization: Bearer 2/" + g.String(fake.Digits, 16) + ":" + g.Hex(20) + "\n",
				},
			}
		},
	}
}
