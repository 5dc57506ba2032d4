// Cases for the education rules added in the s32 edu change: Blackboard
// Learn, D2L Brightspace (Valence), Clever, Ellucian Ethos, Open edX and
// Wonde. Every key shape is built at run time from parts, so that this file
// holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32eduCases are the cases of the rules this change adds.
func s32eduCases() map[string]Builder {
	return map[string]Builder{
		"blackboard-learn-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BLACKBOARD_URL=https://learn.example.edu\nBLACKBOARD_APP_KEY=" + g.UUID() + "\nBLACKBOARD_APP_SECRET=" + g.MixedAlnum(32) + "\n",
					"blackboard:\n  url: https://learn.example.edu\n  key: " + g.UUID() + "\n  secret: \"" + g.MixedAlnum(32) + "\"\n",
					"client = BlackboardClient(base_url=BB_URL, app_key=KEY, blackboard_secret=\"" + g.MixedAlnum(32) + "\")\n",
					"export const blackboardAppSecret = '" + g.MixedAlnum(32) + "';\n",
				},
				Negatives: []string{
					// the application key is a UUID and an identifier
					"BLACKBOARD_APP_KEY=" + g.UUID() + "\n",
					// placeholders
					"BLACKBOARD_APP_SECRET=your_blackboard_app_secret_here\n",
					"BLACKBOARD_SECRET=" + strings.Repeat("x", 32) + "\n",
					// too short
					"BLACKBOARD_APP_SECRET=" + g.MixedAlnum(24) + "\n",
					// the name glued to a longer word
					"BLACKBOARDING_SECRET=" + g.MixedAlnum(32) + "\n",
					// a blackboard, no credential word
					"blackboard_channel = '" + g.MixedAlnum(32) + "'\n",
				},
			}
		},
		"brightspace-valence-app-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(10) + g.Pick("_", "-", "Q") + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"D2L_HOST=https://school.brightspace.com\nD2L_APP_ID=" + key() + "\nD2L_APP_KEY=" + key() + "\n",
					"define(\"D2L_APP_KEY\", \"" + key() + "\");\n",
					"const api = new ValenceAPI({\n  appId: \"" + key() + "\",\n  appKey: \"" + key() + "\",\n  baseUrl: \"https://devcop.brightspace.com\",\n});\n",
					"brightspace:\n  app_id: " + key() + "\n  app_key: " + key() + "\n",
					"BRIGHTSPACE_USER_KEY = '" + key() + "'\n",
				},
				Negatives: []string{
					// the application id is sent in URLs (x_a), not a secret
					"D2L_APP_ID=" + key() + "\n",
					// placeholders
					"D2L_APP_KEY=your_d2l_app_key\n",
					"D2L_APP_KEY=" + strings.Repeat("x", 22) + "\n",
					// wrong length
					"D2L_APP_KEY=" + g.MixedAlnum(32) + "\n",
					// chemistry, not the SDK
					"valence_electrons_key = '" + key() + "'\n",
					// the name glued to another word
					"ID2LOOKUP_KEY=" + key() + "\n",
				},
			}
		},
		"clever-district-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CLEVER_CLIENT_ID=" + g.Hex(20) + "\nCLEVER_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"CLEVER_DISTRICT_TOKEN=" + g.Hex(40) + "\n",
					"Clever::setToken('" + g.Hex(40) + "');\n",
					"Clever.configure do |config|\n  config.access_token = '" + g.Hex(40) + "'\nend\n",
					"clever:\n  district_token: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// Clever Cloud's token is 32 hex digits (clever-cloud-token)
					"CLEVER_TOKEN=" + g.Hex(32) + "\n",
					// the sandbox token and placeholders
					"Clever::setToken('DEMO_TOKEN');\n",
					"CLEVER_DISTRICT_TOKEN=your-district-app-token\n",
					// the name inside a longer word
					"CLEVERLY_TOKEN=" + g.Hex(40) + "\n",
					// not hex
					"CLEVER_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// the client id is an identifier
					"CLEVER_CLIENT_ID=" + g.Hex(40) + "\n",
				},
			}
		},
		"ellucian-ethos-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ETHOS_INTEGRATION_URL=https://integrate.elluciancloud.com\nETHOS_API_KEY=" + g.UUID() + "\n",
					"export ETHOSAPIKEY=" + g.UUID() + "\n",
					"ellucian:\n  ethos_api_key: \"" + g.UUID() + "\"\n",
					"server: [{\n    key: 'ethosApiKey',\n    label: 'Ethos API Key',\n    type: 'password',\n    require: true,\n    default:'" + g.UUID() + "'\n}]\n",
					"const ethosApiKey: string = \"" + g.UUID() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"ETHOS_API_KEY=your-ethos-api-key\n",
					"ETHOS_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// not a UUID
					"ETHOS_API_KEY=" + g.Hex(32) + "\n",
					// an id, not a credential
					"ETHOS_APPLICATION_ID=" + g.UUID() + "\n",
					// the name inside a longer word
					"METHOSTOKEN=" + g.UUID() + "\n",
					// the card setting without a value
					"server: [{\n    key: 'ethosApiKey',\n    type: 'password',\n    default: ''\n}]\n",
				},
			}
		},
		"openedx-oauth2-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SOCIAL_AUTH_EDX_OAUTH2_KEY = \"" + g.MixedAlnum(40) + "\"\nSOCIAL_AUTH_EDX_OAUTH2_SECRET = \"" + g.MixedAlnum(128) + "\"\n",
					"BACKEND_SERVICE_EDX_OAUTH2_SECRET: " + g.MixedAlnum(24) + "\n",
					"OPENEDX_LMS_URL=https://lms.example.org\nOPENEDX_CLIENT_ID=" + g.MixedAlnum(40) + "\nOPENEDX_CLIENT_SECRET=" + g.MixedAlnum(128) + "\n",
					"edx:\n  client_id: " + g.MixedAlnum(40) + "\n  client_secret: " + g.MixedAlnum(16) + "\n",
					"const clientSecret = process.env.EDX_CLIENT_SECRET || '" + g.MixedAlnum(128) + "';\n",
				},
				Negatives: []string{
					// the client id is an identifier
					"SOCIAL_AUTH_EDX_OAUTH2_KEY = \"" + g.MixedAlnum(40) + "\"\n",
					// placeholders and template variables
					"SOCIAL_AUTH_EDX_OAUTH2_SECRET = 'replace-me'\n",
					"SOCIAL_AUTH_EDX_OAUTH2_SECRET = \"{{ CMS_OAUTH2_SECRET }}\"\n",
					// a length none of the generators makes
					"EDX_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					// the name inside a longer word
					"MEDX_CLIENT_SECRET=" + g.MixedAlnum(128) + "\n",
					// not a credential
					"OPENEDX_COURSE_KEY_PREFIX=" + g.MixedAlnum(16) + "x\n",
				},
			}
		},
		"wonde-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WONDE_TOKEN=" + g.Hex(40) + "\nWONDE_SCHOOL_ID=A1930499544\n",
					"$client = new \\Wonde\\Client('" + g.Hex(40) + "');\n",
					"wonde:\n  token: " + g.Hex(40) + "\n",
					"'wonde' => [\n    'bearer_token' => '" + g.Hex(40) + "',\n],\n",
					"const wondeToken = process.env.WONDE_TOKEN || '" + g.Hex(40) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"$client = new \\Wonde\\Client('TOKEN_GOES_HERE');\n",
					"WONDE_TOKEN=youractualkeynotthisstring\n",
					// the name inside a longer word
					"WONDERFUL_TOKEN=" + g.Hex(40) + "\n",
					"wonderland('" + g.Hex(40) + "')\n",
					// an id, not the token
					"WONDE_SCHOOL_ID=" + g.Hex(40) + "\n",
					// wrong length
					"WONDE_TOKEN=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
