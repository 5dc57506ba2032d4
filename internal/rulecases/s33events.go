// Cases for the nonprofit, church and event-ticketing rules added in the
// s33 events change: Givebutter, Humanitix, Luma (lu.ma calendars),
// Planning Center personal access tokens and SeatGeek, and the widened
// Ticket Tailor rule. Every key shape is built at run time from parts, so
// that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s33eventsSeatGeekID builds a SeatGeek client id: unpadded base64 of
// "<user id>|<unix time with a fraction>".
func s33eventsSeatGeekID(g *fake.Gen) string {
	user := strconv.Itoa(10000000 + g.IntN(89999999))
	when := strconv.Itoa(1500000000+g.IntN(290000000)) + "." + g.String("0123456789", 1+g.IntN(7))
	return base64.RawStdEncoding.EncodeToString([]byte(user + "|" + when))
}

// s33eventsCases are the cases of the rules this change adds.
func s33eventsCases() map[string]Builder {
	return map[string]Builder{
		"givebutter-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(40) }
			withID := func() string { return strconv.Itoa(1+g.IntN(99999)) + "|" + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"GIVEBUTTER_API_KEY=" + withID() + "\n",
					"export GIVEBUTTER_API_KEY=\"" + key() + "\"\n",
					"curl https://api.givebutter.com/v1/campaigns \\\n  -H \"Authorization: Bearer " + withID() + "\"\n",
					"const givebutterApiKey = '" + key() + "';\n",
					"givebutter:\n  api_key: " + withID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"GIVEBUTTER_API_KEY=your-api-key-here\n",
					"GIVEBUTTER_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// too short
					"GIVEBUTTER_API_KEY=" + g.MixedAlnum(30) + "\n",
					// the account id of a widget is no key
					"GIVEBUTTER_ACCOUNT=" + g.MixedAlnum(16) + "\n",
					// no Givebutter context
					"API_TOKEN_OF_SOMETHING_ELSE=" + withID() + "\n",
					// the name glued to another word
					"NOTGIVEBUTTERISH=" + key() + "\n",
				},
			}
		},
		"humanitix-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(222) }
			return Cases{
				Positives: []string{
					"HUMANITIX_API_KEY=\"" + key() + "\"\n",
					"EVENTS=$(curl -s -H \"X-API-Key: " + key() + "\" \"https://api.humanitix.com/v1/events?page=1\")\n",
					"const response = await fetch('https://api.humanitix.com/v1/events?page=1', {\n  method: 'GET',\n  headers: {\n    'Content-Type': 'application/json',\n    'x-api-key': '" + key() + "',\n  }\n});\n",
					"humanitix:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"HUMANITIX_API_KEY=your_humanitix_api_key_here\n",
					"HUMANITIX_API_KEY=<from Humanitix Console>\n",
					// a shorter hex value
					"HUMANITIX_API_KEY=" + g.Hex(64) + "\n",
					// upper-case hex is not the format
					"HUMANITIX_API_KEY=" + strings.ToUpper(g.Hex(222)) + "\n",
					// no Humanitix context
					"headers = {'x-api-key': '" + key() + "'}\n",
				},
			}
		},
		"luma-calendar-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sec", "ret-")
			key := func() string { return prefix + g.MixedAlnum(25) }
			return Cases{
				Positives: []string{
					"LUMA_API_KEY=" + key() + "\n",
					"export LUMA_API_KEY=\"" + key() + "\"\nLUMA_CALENDAR_ID=\"cal-" + g.MixedAlnum(15) + "\"\n",
					"headers = {\n    \"accept\": \"application/json\",\n    \"x-luma-api-key\": \"" + key() + "\",\n}\n",
					"curl -H \"x-luma-api-key: " + key() + "\" https://public-api.luma.com/v1/user/get-self\n",
					"luma:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"LUMA_API_KEY=" + prefix + "xxxx\n",
					"LUMA_API_KEY=" + prefix + "YourKeyHere\n",
					"\"x-luma-api-key\": \"" + prefix + "example-do-not-return\",\n",
					// the wrong length
					"LUMA_API_KEY=" + prefix + g.MixedAlnum(20) + "\n",
					// the name inside another word
					"PLUMAGE_SECRET_KEY=" + key() + "\n",
					// no Luma context
					"API_KEY=" + key() + "\n",
				},
			}
		},
		"planning-center-personal-access-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("pco", "_pat_")
			secret := func() string { return prefix + g.Hex(72) }
			return Cases{
				Positives: []string{
					"PCO_APP_ID=" + g.Hex(64) + "\nPCO_SECRET=" + secret() + "\n",
					"CLIENT_SECRET = '" + secret() + "'\n",
					"auth=(\n    '" + g.Hex(64) + "',\n    '" + secret() + "'\n)\n",
					"const SECRET = '" + secret() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"PCO_SECRET=" + prefix + "your_token_here\n",
					"PCO_SECRET=" + prefix + strings.Repeat("0", 72) + "\n",
					// too short
					"PCO_SECRET=" + prefix + g.Hex(64) + "\n",
					// an environment variable's name, not a value
					"const secret = process.env." + strings.ToUpper(prefix) + "SECRET;\n",
					// the OAuth token prefix is another rule's
					"PCO_SECRET=" + fake.Join("pco", "_pot_") + g.Hex(72) + "\n",
				},
			}
		},
		"seatgeek-client-id": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SEATGEEK_CLIENT_ID=" + s33eventsSeatGeekID(g) + "\n",
					"fetch(\"https://api.seatgeek.com/2/events?client_id=" + s33eventsSeatGeekID(g) + "\")\n",
					"var seatgeek_client_id = \"" + s33eventsSeatGeekID(g) + "\";\n",
					"let endpoint = \"https://api.seatgeek.com/2/events?type.name=concert&client_id=" + s33eventsSeatGeekID(g) + "&per_page=100\"\n",
				},
				Negatives: []string{
					// placeholders
					"SEATGEEK_CLIENT_ID=your_seatgeek_client_id\n",
					"curl https://api.seatgeek.com/2/events?client_id=MYCLIENTID\n",
					// base64 of something other than digits
					"SEATGEEK_CLIENT_ID=" + base64.RawStdEncoding.EncodeToString([]byte("client-"+g.LowerAlnum(20))) + "\n",
					// a variable, not a value
					"queryURL = `https://api.seatgeek.com/2/events?client_id=${apiKey}&per_page=10`\n",
					// no SeatGeek context
					"CLIENT_ID=" + s33eventsSeatGeekID(g) + "\n",
				},
			}
		},
		"seatgeek-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SEATGEEK_CLIENT_ID=" + s33eventsSeatGeekID(g) + "\nSEATGEEK_CLIENT_SECRET=" + g.Hex(64) + "\n",
					"var seatgeek_client_secret =\n  \"" + g.Hex(64) + "\";\n",
					"curl \"https://api.seatgeek.com/2/events?client_id=" + s33eventsSeatGeekID(g) + "&client_secret=" + g.Hex(64) + "\"\n",
					"  seatgeekClientSecret: '" + g.Hex(64) + "',\n",
				},
				Negatives: []string{
					// placeholders
					"SEATGEEK_CLIENT_SECRET=your_seatgeek_client_secret\n",
					"SEATGEEK_CLIENT_SECRET=" + strings.Repeat("0", 64) + "\n",
					// too short
					"SEATGEEK_CLIENT_SECRET=" + g.Hex(40) + "\n",
					// no SeatGeek context
					"CLIENT_SECRET=" + g.Hex(64) + "\n",
					// a variable
					"if (secret) p.set(\"client_secret\", process.env.SEATGEEK_CLIENT_SECRET);\n",
				},
			}
		},
	}
}

// s33eventsWidenedCases are more cases of rules this change widened.
func s33eventsWidenedCases() map[string]Builder {
	return map[string]Builder{
		"tickettailor-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return fake.Join("s", "k_") + g.String("0123456789", 4) + "_" + g.String("0123456789", 6) + "_" + g.Hex(32)
			}
			return Cases{
				Positives: []string{
					"curl -u " + key() + ": https://api.tickettailor.com/v1/orders\n",
					"auth = ('" + key() + "', '')\nr = requests.get('https://api.tickettailor.com/v1/events', auth=auth)\n",
					"const client = axios.create({\n  baseURL: 'https://api.tickettailor.com/v1',\n  auth: { username: '" + key() + "', password: '' },\n});\n",
				},
				Negatives: []string{
					"curl -u sk_xxxx_xxxxxx_xxxx: https://api.tickettailor.com/v1/orders\n",
					// another API's basic auth user
					"curl -u " + key() + ": https://api.example.com/v1/orders\n",
					"auth = ('" + fake.Join("s", "k_") + g.Hex(32) + "', '')\nrequests.get('https://api.tickettailor.com/v1/events', auth=auth)\n",
				},
			}
		},
	}
}
