// Cases for the HR, learning, events, scheduling and nonprofit rules added in
// the s27people change: Blackbaud SKY API, Canvas LMS (access tokens and
// developer key secrets), Indico, Moodle, pretalx, pretix, Remote and
// SavvyCal. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27peopleCases are the cases of the rules this change adds.
func s27peopleCases() map[string]Builder {
	return map[string]Builder{
		"blackbaud-sky-api-subscription-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BLACKBAUD_SUBSCRIPTION_KEY=" + g.Hex(32) + "\nBLACKBAUD_CLIENT_ID=" + g.UUID() + "\n",
					"const sky = axios.create({ headers: { 'Bb-Api-Subscription-Key': '" + g.Hex(32) + "' } });\n",
					"{\"blackbaud\": {\"subscription_key\": \"" + g.Hex(32) + "\", \"redirect_uri\": \"https://app.example.org/callback\"}}\n",
					"SKY_API_SUBSCRIPTION_KEY: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"BLACKBAUD_SUBSCRIPTION_KEY=" + g.Hex(40) + "\n",
					"BLACKBAUD_SUBSCRIPTION_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// placeholders
					"BLACKBAUD_SUBSCRIPTION_KEY=your_subscription_key\n",
					"'Bb-Api-Subscription-Key': '" + strings.Repeat("x", 32) + "'\n",
					// the name glued to a word that is no credential
					"BLACKBAUD_ENVIRONMENT_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"canvas-developer-key-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CANVAS_CLIENT_ID=" + g.Pick("10000000000", "17000000000") + g.Pick("123", "456") + "\nCANVAS_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"canvas_developer_key_secret: \"" + g.MixedAlnum(64) + "\"\n",
					"config.canvas_secret = '" + g.MixedAlnum(64) + "'\n",
				},
				Negatives: []string{
					// wrong length and a placeholder
					"CANVAS_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					"CANVAS_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					// Canvas named inside another word (PlayCanvas, GoCanvas)
					"PLAYCANVAS_SECRET=" + g.MixedAlnum(64) + "\n",
					// no credential word after the name
					"CANVAS_COURSE_HASH=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"canvas-lms-access-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Pick("1", "7", "10", "1876") + "~" + g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"CANVAS_API_URL=https://school.instructure.com\nCANVAS_API_TOKEN=" + tok() + "\n",
					"canvas = Canvas(\"https://school.instructure.com\", \"" + tok() + "\")\n",
					"curl -H \"Authorization: Bearer " + tok() + "\" https://canvas.instructure.com/api/v1/courses\n",
					"canvas:\n  base_url: https://lms.example.edu\n  access_token: \"" + tok() + "\"\n",
				},
				Negatives: []string{
					// too short, and no shard id before the tilde
					"CANVAS_API_TOKEN=7~" + g.MixedAlnum(63) + "\n",
					"CANVAS_API_TOKEN=~" + g.MixedAlnum(64) + "\n",
					// placeholders
					"CANVAS_API_TOKEN=7~" + strings.Repeat("x", 64) + "\n",
					"CANVAS_API_TOKEN=<your canvas token>\n",
					// an HTML canvas beside an unrelated value
					"const canvas = document.getElementById('c'); const id = '" + g.MixedAlnum(64) + "';\n",
				},
			}
		},
		"indico-api-token": func(g *fake.Gen) Cases {
			personal := fake.Join("in", "dp_")
			oauth := fake.Join("in", "do_")
			return Cases{
				Positives: []string{
					"INDICO_TOKEN=" + personal + g.MixedAlnum(42) + "\n",
					"curl -H 'Authorization: Bearer " + personal + g.MixedAlnum(42) + "' https://indico.example.org/api/user/\n",
					"indico:\n  url: https://events.example.org\n  token: " + oauth + g.MixedAlnum(42) + "\n",
				},
				Negatives: []string{
					// wrong length
					"INDICO_TOKEN=" + personal + g.MixedAlnum(41) + "\n",
					// another prefix
					"INDICO_TOKEN=" + fake.Join("in", "dx_") + g.MixedAlnum(42) + "\n",
					// placeholders
					"INDICO_TOKEN=" + personal + "secrettoken\n",
					"INDICO_TOKEN=" + personal + strings.Repeat("X", 42) + "\n",
				},
			}
		},
		"moodle-web-service-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MOODLE_URL=https://lms.example.edu\nMOODLE_TOKEN=" + g.Hex(32) + "\n",
					"r = requests.get(\"https://lms.example.edu/webservice/rest/server.php?wstoken=" + g.Hex(32) + "&wsfunction=core_webservice_get_site_info&moodlewsrestformat=json\")\n",
					"params = {\"wstoken\": \"" + g.Hex(32) + "\", \"wsfunction\": \"core_course_get_courses\"}\n",
					"moodle:\n  ws_token: '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"MOODLE_TOKEN=" + g.Hex(40) + "\n",
					"MOODLE_TOKEN=" + strings.ToUpper(g.Hex(32)) + "\n",
					// placeholders
					"MOODLE_TOKEN=your_moodle_token\n",
					"?wstoken=" + strings.Repeat("0", 32) + "&wsfunction=x\n",
					// the name glued to a word that is no credential
					"MOODLE_COURSE_HASH=" + g.Hex(32) + "\n",
				},
			}
		},
		"pretalx-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PRETALX_API_TOKEN=" + g.LowerAlnum(64) + "\n",
					"r = requests.get(\"https://pretalx.com/api/events/\", headers={\"Authorization\": \"Token " + g.LowerAlnum(64) + "\"})\n",
					"pretalx:\n  event: democon\n  token: " + g.LowerAlnum(64) + "\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"PRETALX_API_TOKEN=" + g.LowerAlnum(40) + "\n",
					"PRETALX_API_TOKEN=" + g.MixedAlnum(64) + "\n",
					// placeholders
					"PRETALX_API_TOKEN=your-pretalx-token\n",
					"PRETALX_API_TOKEN=" + strings.Repeat("a", 64) + "\n",
					// the name glued to a word that is no credential
					"PRETALX_EVENT_SLUG=" + g.LowerAlnum(64) + "\n",
				},
			}
		},
		"pretix-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PRETIX_TOKEN=" + g.LowerAlnum(64) + "\nPRETIX_ORGANIZER=democon\n",
					"curl -H \"Authorization: Token " + g.LowerAlnum(64) + "\" https://pretix.eu/api/v1/organizers/\n",
					"pretix:\n  url: https://tickets.example.org\n  api_token: \"" + g.LowerAlnum(64) + "\"\n",
					"session.headers['Authorization'] = 'Device " + g.LowerAlnum(64) + "'  # pretix device\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"PRETIX_TOKEN=" + g.LowerAlnum(63) + "\n",
					"PRETIX_TOKEN=" + g.MixedAlnum(64) + "\n",
					// placeholders
					"PRETIX_TOKEN=<your pretix api token>\n",
					"PRETIX_TOKEN=" + strings.Repeat("x", 64) + "\n",
					// the name glued to a word that is no credential
					"PRETIX_EVENT_SLUG=" + g.LowerAlnum(64) + "\n",
				},
			}
		},
		"remote-api-token": func(g *fake.Gen) Cases {
			live := fake.Join("ra_", "live_")
			test := fake.Join("ra_", "test_")
			return Cases{
				Positives: []string{
					"REMOTE_API_TOKEN=" + live + g.MixedAlnum(40) + "\n",
					"curl --header \"Authorization: Bearer " + test + g.MixedAlnum(40) + "\" https://gateway.remote-sandbox.com/v1/employments\n",
					"remote:\n  base_url: https://gateway.remote.com\n  api_token: \"" + live + g.MixedAlnum(48) + "\"\n",
				},
				Negatives: []string{
					// too short, and placeholders
					"REMOTE_API_TOKEN=" + live + g.MixedAlnum(12) + "\n",
					"curl --header \"Authorization: Bearer " + live + "32adf...\"\n",
					"REMOTE_API_TOKEN=" + test + "your_sandbox_token_goes_here\n",
					// another provider's prefix that ends the same way
					"EXCHANGE_RATE_API_KEY=e" + live + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"savvycal-personal-access-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("pt_se", "cret_")
			return Cases{
				Positives: []string{
					"SAVVYCAL_TOKEN=" + prefix + g.Hex(32) + "\n",
					"const res = await fetch('https://api.savvycal.com/v1/me', { headers: { Authorization: 'Bearer " + prefix + g.Hex(32) + "' } });\n",
					"curl -H 'Authorization: Bearer " + prefix + g.Hex(32) + "' https://api.savvycal.com/v1/links\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"SAVVYCAL_TOKEN=" + prefix + g.Hex(24) + "\n",
					"SAVVYCAL_TOKEN=" + prefix + g.MixedAlnum(32) + "\n",
					// placeholders
					"Authorization: Bearer " + prefix + "XXXXXXXXXXX\n",
					"SAVVYCAL_TOKEN=" + prefix + "...\n",
				},
			}
		},
	}
}
