// Cases for the developer-tooling rules added in the s27devqa change:
// Phase, Dotenv Vault, dotenvx, Gemfury, Backtrace, Apidog, Argos,
// Exceptionless, HeadSpin, Katalon, Kobiton, Mailosaur, testmail.app, Split,
// Ghost Inspector and updown.io. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27devqaCases are the cases of the rules this change adds.
func s27devqaCases() map[string]Builder {
	return map[string]Builder{
		"phase-service-token": func(g *fake.Gen) Cases {
			service := fake.Join("pss_", "service:")
			user := fake.Join("pss_", "user:")
			tok := func(prefix, version string) string {
				return prefix + version + ":" + g.Hex(64) + ":" + g.Hex(64) + ":" + g.Hex(64) + ":" + g.Hex(64)
			}
			return Cases{
				Positives: []string{
					"PHASE_HOST=https://console.phase.dev\nPHASE_SERVICE_TOKEN=" + tok(service, "v2") + "\n",
					"phase_client = Phase(init=False, pss=\"" + tok(service, "v1") + "\", host=\"https://console.phase.dev\")\n",
					"env:\n  - name: PHASE_SERVICE_TOKEN\n    value: \"" + tok(service, "v2") + "\"\n",
					"export PHASE_PAT='" + tok(user, "v1") + "'\n",
				},
				Negatives: []string{
					// placeholders from the docs
					"PHASE_SERVICE_TOKEN=" + service + "v1:.....\n",
					"PHASE_SERVICE_TOKEN=" + service + "v2:token123:pubkey:share:wrapkey\n",
					// a field too short
					"PHASE_SERVICE_TOKEN=" + service + "v1:" + g.Hex(64) + ":" + g.Hex(64) + ":" + g.Hex(64) + ":" + g.Hex(40) + "\n",
					// only three fields
					"PHASE_SERVICE_TOKEN=" + service + "v1:" + g.Hex(64) + ":" + g.Hex(64) + ":" + g.Hex(64) + "\n",
					// not hex
					"PHASE_SERVICE_TOKEN=" + service + "v1:" + g.MixedAlnum(64) + ":" + g.MixedAlnum(64) + ":" + g.MixedAlnum(64) + ":" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"dotenv-vault-key": func(g *fake.Gen) Cases {
			scheme := fake.Join("dotenv", "://:", "key_")
			uri := func(host, env string) string {
				return scheme + g.Hex(64) + "@" + host + "/vault/.env.vault?environment=" + env
			}
			return Cases{
				Positives: []string{
					"heroku config:set DOTENV_KEY='" + uri("dotenv.org", "production") + "'\n",
					"DOTENV_KEY=\"" + uri("dotenvx.com", "ci") + "\"\n",
					"environment:\n  DOTENV_KEY: " + uri("dotenv.org", "staging") + "\n",
				},
				Negatives: []string{
					// the docs' placeholders
					"DOTENV_KEY=" + scheme + "1234@dotenv.org/vault/.env.vault?environment=production\n",
					"DOTENV_KEY=\"" + scheme + "1234...@dotenv.org/vault/.env.vault?environment=production\"\n",
					// wrong alphabet and wrong length
					"DOTENV_KEY=" + scheme + g.MixedAlnum(64) + "@dotenv.org/vault/.env.vault?environment=production\n",
					"DOTENV_KEY=" + scheme + g.Hex(48) + "@dotenv.org/vault/.env.vault?environment=production\n",
				},
			}
		},
		"dotenvx-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"#/------------------!DOTENV_PRIVATE_KEYS!-------------------/\n# .env\nDOTENV_PRIVATE_KEY=\"" + g.Hex(64) + "\"\n",
					"# .env.production\nDOTENV_PRIVATE_KEY_PRODUCTION=\"" + g.Hex(64) + "\"\n",
					"    env:\n      DOTENV_PRIVATE_KEY_CI: " + g.Hex(64) + "\n",
					"$ DOTENV_PRIVATE_KEY_STAGING=" + g.Hex(64) + " dotenvx run -- node index.js\n",
				},
				Negatives: []string{
					// the README's elided value and a placeholder
					"DOTENV_PRIVATE_KEY=\"122...0b8\"\n",
					"DOTENV_PRIVATE_KEY_PRODUCTION=\"<.env.production private key>\"\n",
					// a reference to a CI secret
					"DOTENV_PRIVATE_KEY_CI: ${{ secrets.DOTENV_PRIVATE_KEY_CI }}\n",
					// the public key is no secret
					"DOTENV_PUBLIC_KEY=\"03" + g.Hex(64) + "\"\n",
					// too short
					"DOTENV_PRIVATE_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
		"gemfury-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -F package=@dist/acme-1.2.0.tar.gz https://" + g.MixedAlnum(20) + "@push.fury.io/acme/\n",
					"--index-url https://" + g.MixedAlnum(10) + "-" + g.MixedAlnum(21) + "@pypi.fury.io/acme/\n--extra-index-url https://pypi.org/simple/\n",
					"source 'https://" + g.MixedAlnum(20) + "@repo.fury.io/acme/'\n",
					"pip install --extra-index-url https://" + g.MixedAlnum(20) + ":@pypi.fury.io/acme/ acme-sdk\n",
					"//npm.fury.io/acme/:_authToken=" + g.MixedAlnum(20) + "\n",
					"BUNDLE_GEM__FURY__IO=" + g.MixedAlnum(20) + "\n",
				},
				Negatives: []string{
					// placeholders and variables
					"curl -F package=@pkg.deb https://${GEMFURY_PUSH_TOKEN}@push.fury.io/acme/\n",
					"pip install --index-url https://YOUR_TOKEN@pypi.fury.io/acme/ acme\n",
					"source 'https://SECRET_CODES@repo.fury.io/acme/'\n",
					// a token-shaped user part of another host
					"https://" + g.MixedAlnum(20) + "@repo.example.com/acme/ # fury.io mirror\n",
					// a host name of a token's length, not a user part
					"pip config set global.index-url https://" + g.MixedAlnum(20) + "/simple/ # was pypi.fury.io\n",
					// the account URL with no token
					"spec.metadata['allowed_push_host'] = 'https://push.fury.io/acme'\n",
				},
			}
		},
		"backtrace-submission-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const client = BacktraceClient.initialize({\n  name: 'web',\n  url: 'https://submit.backtrace.io/acme/" + g.Hex(64) + "/json',\n});\n",
					"crashReporter.start({ submitURL: 'https://submit.backtrace.io/acme/" + g.Hex(64) + "/minidump', uploadToServer: true });\n",
					"BacktraceConfig config = new BacktraceConfig(\"https://acme.sp.backtrace.io:6098/post?format=json&token=" + g.Hex(64) + "\");\n",
					"BACKTRACE_SUBMISSION_TOKEN=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// the SDKs' placeholders
					"url: \"https://submit.backtrace.io/UNIVERSE/TOKEN/json\",\n",
					"new BacktraceConfig(\"https://submit.backtrace.io/{yourInstance}/{token}/json\");\n",
					// a hash in a stack backtrace is not a token
					"backtrace: " + g.Hex(64) + "\n",
					// too short
					"url: 'https://submit.backtrace.io/acme/" + g.Hex(40) + "/json'\n",
				},
			}
		},
		"apidog-access-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("AP", "S-")
			return Cases{
				Positives: []string{
					"curl https://api.apidog.com/v1/projects/1133189/export-openapi \\\n  -H \"Authorization: Bearer " + prefix + g.MixedAlnum(32) + "\" \\\n",
					"\"env\": {\n    \"APIDOG_ACCESS_TOKEN\": \"" + prefix + g.MixedAlnum(32) + "\"\n  }\n",
					"request.Header.Set(\"Authorization\", \"Bearer " + prefix + g.MixedAlnum(32) + "\")\n",
				},
				Negatives: []string{
					// test placeholders
					"assert request.headers[\"Authorization\"] == \"Bearer aps-token\"\n",
					"APIDOG_ACCESS_TOKEN=" + prefix + "your_team_token_here\n",
					// wrong length
					"APIDOG_ACCESS_TOKEN=" + prefix + g.MixedAlnum(24) + "\n",
					// a part number
					"model: " + prefix + "2000-XL\n",
				},
			}
		},
		"argos-ci-token": func(g *fake.Gen) Cases {
			project := fake.Join("arg", "os_")
			pat := fake.Join("ar", "p_")
			oat := fake.Join("arg", "os_", "oat_")
			nz := "abcdefghijklmnopqrstuvwxyz123456789"
			return Cases{
				Positives: []string{
					"ARGOS_TOKEN=" + project + g.String(nz, 34) + "\n",
					"argosScreenshots({ uploadToArgos: !!process.env.CI, token: \"" + project + g.Hex(34) + "\" });\n",
					"export ARGOS_TOKEN=" + pat + g.String(nz, 36) + "\n",
					"Authorization: Bearer " + oat + g.String(nz, 40) + "\n",
				},
				Negatives: []string{
					// placeholders
					"ARGOS_TOKEN=" + project + "your_project_token_here\n",
					"ARGOS_TOKEN=<your-project-token>\n",
					// wrong length and upper case
					"ARGOS_TOKEN=" + project + g.String(nz, 28) + "\n",
					"ARGOS_TOKEN=" + project + strings.ToUpper(g.String(nz, 34)) + "\n",
					// an identifier that starts like a personal token
					"static int " + pat + "table_lookup_entries_for_interface(void);\n",
				},
			}
		},
		"exceptionless-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EXCEPTIONLESS_API_KEY=" + g.MixedAlnum(40) + "\n",
					"ExceptionlessClient.Default.Startup(\"" + g.MixedAlnum(40) + "\");\n",
					"{\n  \"Exceptionless\": {\n    \"ApiKey\": \"" + g.MixedAlnum(40) + "\",\n    \"ServerUrl\": \"https://collector.exceptionless.io\"\n  }\n}\n",
					"app.UseExceptionless(\"" + g.MixedAlnum(40) + "\");\n",
				},
				Negatives: []string{
					// placeholders from the docs
					"ExceptionlessClient.Default.Startup(\"API_KEY_HERE\");\n",
					"  \"Exceptionless\": {\n    \"ApiKey\": \"YOUR API KEY\",\n",
					// wrong length
					"EXCEPTIONLESS_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a project id is 24 hex digits
					"EXCEPTIONLESS_PROJECT_ID=" + g.Hex(24) + "\n",
				},
			}
		},
		"ghostinspector-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GHOST_INSPECTOR_API_KEY=" + g.Hex(40) + "\n",
					"curl \"https://api.ghostinspector.com/v1/suites/" + g.Hex(24) + "/execute/?apiKey=" + g.Hex(40) + "\" > ghostinspector.json\n",
					"axios.post(`https://api.ghostinspector.com/v1/tests/" + g.Hex(24) + "/execute/?startUrl=https://staging.example.com&apiKey=" + g.Hex(40) + "`)\n",
					"const GhostInspector = require('ghost-inspector')('" + g.Hex(40) + "');\n",
				},
				Negatives: []string{
					// the docs' placeholder and variables
					"https://api.ghostinspector.com/v1/suites/" + g.Hex(24) + "/execute/?apiKey=abcdefghijklmnopqrstuvwxyz0123456789z\n",
					"curl \"https://api.ghostinspector.com/v1/suites/$SUITE/execute/?apiKey=$GHOST_API_KEY\"\n",
					// a suite id is 24 hex digits
					"![status](https://api.ghostinspector.com/v1/suites/" + g.Hex(24) + "/status-badge)\n",
					// the same value with no Ghost Inspector near it
					"https://api.example.com/v1/run?apiKey=" + g.Hex(40) + "\n",
				},
			}
		},
		"headspin-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HEADSPIN_API_TOKEN=" + g.Hex(32) + "\n",
					"driver = webdriver.Remote('https://dev-us-pao-0.headspin.io:7044/v0/" + g.Hex(32) + "/wd/hub', caps)\n",
					"API_URL = \"https://" + g.Hex(32) + "@api-dev.headspin.io/v0/devices\"\n",
					"headspin:\n  api_token: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"driver = webdriver.Remote('https://dev-us-pao-0.headspin.io:7044/v0/<your_api_token>/wd/hub', caps)\n",
					"HEADSPIN_API_TOKEN=" + strings.Repeat("x", 32) + "\n",
					// wrong alphabet and length
					"HEADSPIN_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					"HEADSPIN_API_TOKEN=" + g.Hex(24) + "\n",
					// an app id is a UUID, not the token
					"\"headspin:app.id\": \"" + g.UUID() + "\"\n",
				},
			}
		},
		"katalon-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"./katalonc -noSplash -runMode=console -projectPath=\"$WORKSPACE/e2e/e2e.prj\" -retry=0 -testSuitePath=\"Test Suites/Smoke\" -browserType=\"Chrome (headless)\" -apiKey=\"" + g.UUID() + "\"\n",
					"KATALON_API_KEY=" + g.UUID() + "\n",
					"katalon:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders and a CI variable
					"katalonc -projectPath=\"e2e.prj\" -apiKey=\"<Your_API_Key>\"\n",
					"katalonc -projectPath=\"e2e.prj\" -apiKey=$KATALON_API_KEY\n",
					// a project id
					"KATALON_PROJECT_ID=" + g.UUID() + "\n",
					// -apiKey with no Katalon near it
					"tool -apiKey=" + g.Hex(40) + "\n",
				},
			}
		},
		"kobiton-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"KOBITON_API_KEY=" + g.UUID() + "\n",
					"String kobitonServerUrl = \"https://jdoe:" + g.UUID() + "@api.kobiton.com/wd/hub\";\n",
					"| ${APPIUM_SERVER} | https://qa-team:" + g.UUID() + "@api.kobiton.com/wd/hub |\n",
				},
				Negatives: []string{
					// placeholders
					"String kobitonServerUrl = \"https://<user>:<api_key>@api.kobiton.com/wd/hub\";\n",
					"kobitonServerUrl = 'https://' + username + ':' + apiKey + '@api.kobiton.com/wd/hub'\n",
					// a device or session id
					"KOBITON_DEVICE_ID=" + g.UUID() + "\n",
					// not a UUID
					"KOBITON_API_KEY=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"mailosaur-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MAILOSAUR_API_KEY=" + g.MixedAlnum(32) + "\nMAILOSAUR_SERVER_ID=" + g.LowerAlnum(8) + "\n",
					"import MailosaurClient from \"mailosaur\";\nconst mailosaur = new MailosaurClient(\"" + g.MixedAlnum(32) + "\");\n",
					"const mailosaur = new MailosaurClient('" + g.MixedAlnum(16) + "');\nconst serverId = '" + g.LowerAlnum(8) + "';\n",
					"var client = new MailosaurClient(\"" + g.MixedAlnum(15) + "\", \"https://mailosaur.com\");\n",
				},
				Negatives: []string{
					// placeholders
					"$mailosaur = new MailosaurClient('YOUR_API_KEY');\n",
					"using (var client = new MailosaurClient(\"invalid_key\"))\n",
					"MAILOSAUR_API_KEY=your_api_key_here\n",
					// the server id and domain are no secret
					"MAILOSAUR_SERVER_ID=" + g.LowerAlnum(8) + "\n",
					"const serverDomain = '" + g.LowerAlnum(8) + ".mailosaur.net';\n",
					// wrong length
					"MAILOSAUR_API_KEY=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"testmail-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TESTMAIL_APIKEY=" + g.UUID() + "\nTESTMAIL_NAMESPACE=" + g.LowerAlnum(5) + "\n",
					"  env: {\n    TESTMAIL_APIKEY: '" + g.UUID() + "',\n    TESTMAIL_NAMESPACE: '" + g.LowerAlnum(5) + "',\n  },\n",
					"const res = await fetch(`https://api.testmail.app/api/json?namespace=acme&apikey=" + g.UUID() + "&pretty=true`);\n",
				},
				Negatives: []string{
					// placeholders and variables
					"TESTMAIL_APIKEY=your-api-key-here\n",
					"const TESTMAIL_ENDPOINT = `https://api.testmail.app/api/json?apikey=${process.env.TESTMAIL_APIKEY}&namespace=acme`;\n",
					// a namespace or another id
					"TESTMAIL_NAMESPACE=" + g.LowerAlnum(5) + "\n",
					"TESTMAIL_INBOX_ID=" + g.UUID() + "\n",
				},
			}
		},
		"split-sdk-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.LowerAlnum(30) + g.String("0123456789", 3) + g.String("abcdefghijklmnopqrstuvwxyz", 3)
			}
			return Cases{
				Positives: []string{
					"const factory = SplitFactory({\n  core: {\n    authorizationKey: '" + key() + "',\n    key: userId\n  }\n});\n",
					"var factory = new SplitFactory(\"" + key() + "\", config);\n",
					"SPLIT_API_KEY=" + key() + "\n",
					"REACT_APP_SPLIT_SDK_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// localhost mode and placeholders
					"core: { authorizationKey: 'localhost', key: 'default' },\n",
					"const factory = SplitFactory({ core: { authorizationKey: 'SDK API KEY' } });\n",
					"export SPLIT_API_KEY=your-api-key\n",
					// another product whose name ends in split
					"BANANA_SPLIT_API_KEY=" + key() + "\n",
					// an Azure ExpressRoute authorization key is a GUID
					"properties: {\n    authorizationKey: '" + g.UUID() + "'\n}\n",
					// upper case is not a Split key
					"SPLIT_SDK_KEY=" + strings.ToUpper(key()) + "\n",
				},
			}
		},
		"updown-api-key": func(g *fake.Gen) Cases {
			ro := fake.Join("r", "o-")
			return Cases{
				Positives: []string{
					"UPDOWN_API_KEY=" + g.MixedAlnum(20) + "\n",
					"fetch('https://updown.io/api/checks?api-key=" + ro + g.MixedAlnum(20) + "')\n",
					"curl -X POST -d \"url=https://example.com\" \"https://updown.io/api/checks?api-key=" + g.MixedAlnum(20) + "\"\n",
					"updown_read_key: \"" + ro + g.MixedAlnum(20) + "\"\n",
				},
				Negatives: []string{
					// variables and placeholders
					"fetch(`https://updown.io/api/checks?api-key=${UPDOWN_API_KEY}`)\n",
					"UPDOWN_API_KEY=your-api-key-here\n",
					// an UpDownCounter is no key
					"const counter = meter.createUpDownCounter('queue_key', { description: \"" + g.MixedAlnum(20) + "\" });\n",
					// wrong length
					"UPDOWN_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}
