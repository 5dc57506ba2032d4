// Cases for the rules added in the s28-leftovers change: the classic 32-hex
// key of Azure AI services and Azure AI Foundry resources, RhodeCode auth
// tokens, ServerPilot API keys, Apryse trial license keys, CapRover app
// tokens, SourceHut OAuth 2.0 tokens, Porter API tokens, SignNow basic
// tokens and ScreenshotOne access keys. Every key shape is built at run time, so
// that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"encoding/binary"
	"strconv"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28leftoversCases are the cases of the rules this change adds.
func s28leftoversCases() map[string]Builder {
	return map[string]Builder{
		"azure-ai-services-hex-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AZURE_AI_FOUNDRY_ENDPOINT=https://contoso.services.ai.azure.com/\nAZURE_AI_FOUNDRY_KEY=" + g.Hex(32) + "\n",
					"AZURE_INFERENCE_ENDPOINT=https://contoso.services.ai.azure.com/models\nAZURE_INFERENCE_CREDENTIAL=\"" + g.Hex(32) + "\"\n",
					"client = ChatCompletionsClient(endpoint=endpoint, credential=AzureKeyCredential(\"" + g.Hex(32) + "\"))\n",
					"azure:\n  ai_services:\n    endpoint: https://contoso.cognitiveservices.azure.com/\nAZURE_AI_SERVICES_KEY: " + g.Hex(32) + "\n",
					"export AZURE_SPEECH_KEY=" + g.Hex(32) + "\nexport AZURE_SPEECH_REGION=westeurope\n",
					"{\"AzureCognitiveServicesKey\": \"" + strings.ToUpper(g.Hex(32)) + "\"}\n",
					"var client = new DocumentAnalysisClient(new Uri(endpoint), new AzureKeyCredential(\"" + g.Hex(32) + "\"));\n",
				},
				Negatives: []string{
					// placeholders
					"AZURE_AI_FOUNDRY_KEY=your_api_key_here\n",
					"AZURE_INFERENCE_CREDENTIAL=" + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"AZURE_AI_SERVICES_KEY=" + g.Hex(24) + "\n",
					"AZURE_AI_SERVICES_KEY=" + g.MixedAlnum(32) + "\n",
					// a region or an endpoint is not a key
					"AZURE_AI_SERVICES_REGION=" + g.Hex(32) + "\n",
					// "azure" glued into another word
					"NOAZURE_AI_KEY=" + g.Hex(32) + "\n",
					// the key name on another line
					"AZURE_AI_FOUNDRY_ENDPOINT=https://contoso.services.ai.azure.com/\nOTHER_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"rhodecode-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RHODECODE_AUTH_TOKEN=" + g.Hex(40) + "\n",
					"[instance:enterprise-1]\napi_host = http://127.0.0.1:10000\napi_key = " + g.Hex(40) + "\n",
					"rhodecode-index --api-host=http://code.example.com --api-key=" + g.Hex(40) + " --repo-limit=20\n",
					"curl https://code.example.com/_admin/api -X POST -H 'content-type:text/plain' --data-binary '{\"id\":1,\"auth_token\":\"" + g.Hex(40) + "\",\"method\":\"get_repos\",\"args\":{}}'\n",
					"rhodecode:\n  url: https://code.example.com\n  token: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"RHODECODE_AUTH_TOKEN=<auth token goes here>\n",
					"[instance:enterprise-1]\napi_host = http://127.0.0.1:10000\napi_key = " + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"RHODECODE_AUTH_TOKEN=" + g.Hex(32) + "\n",
					"RHODECODE_AUTH_TOKEN=" + g.MixedAlnum(40) + "\n",
					// a commit id named by RhodeCode is not a token
					"https://code.example.com/rhodecode/changeset/" + g.Hex(40) + "\n",
					// the name glued into another word
					"XRHODECODE_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
		"serverpilot-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(43) }
			return Cases{
				Positives: []string{
					"SERVERPILOT_CLIENT_ID=" + fake.Join("ci", "d_") + g.MixedAlnum(16) + "\nSERVERPILOT_API_KEY=" + key() + "\n",
					"export SERVERID=" + g.MixedAlnum(16) + "\nexport SERVERAPIKEY=" + key() + "\n",
					"sudo python serverpilot-installer.py --server-id=" + g.MixedAlnum(16) + " --server-apikey=" + key() + "\n",
					"var sp = new ServerPilot({ clientId: process.env.SP_ID, apiKey: '" + key() + "' });\n",
					"serverpilot:\n  client_id: cid_" + g.MixedAlnum(16) + "\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"export serverpilot_api_key=\"API KEY\"\n",
					"SERVERPILOT_API_KEY=" + strings.Repeat("x", 43) + "\n",
					// wrong length
					"SERVERPILOT_API_KEY=" + g.MixedAlnum(32) + "\n",
					// server ids are 16 characters and not secret
					"SERVERPILOT_SERVER_ID=" + g.MixedAlnum(16) + "\n",
					// lower case only: not a key ServerPilot hands out
					"SERVERPILOT_API_KEY=" + g.String("abcdefghijklmnopqrstuvwxyz", 43) + "\n",
					// the name glued into another word
					"MYSERVERPILOTS=" + key() + "\n",
				},
			}
		},
		"apryse-demo-license-key": func(g *fake.Gen) Cases {
			key := func() string {
				issued := strconv.Itoa(1700000000000 + g.IntN(90000000000))
				return fake.Join("de", "mo:") + issued + ":" + g.Hex(8) + "0300000000" + g.Hex(40)
			}
			old := func() string {
				return fake.Join("de", "mo:") + g.LowerAlnum(7) + "@" + g.LowerAlnum(8) + ".com:" + g.Hex(50)
			}
			return Cases{
				Positives: []string{
					"WebViewer({\n  path: '/webviewer/lib',\n  licenseKey: '" + key() + "',\n}, viewer.current);\n",
					"PDFNet.initialize(\"" + key() + "\")\n",
					"services:\n  webviewer:\n    environment:\n      TRN_PDFNET_KEY: \"" + key() + "\"\n",
					"pdftron.PDFNet.Initialize(\"" + old() + "\");\n",
				},
				Negatives: []string{
					// placeholders
					"licenseKey: 'YOUR_LICENSE_KEY',\n",
					"PDFNet.initialize(\"" + fake.Join("de", "mo:") + "1234567890123:...\")\n",
					// wrong length
					"licenseKey: '" + fake.Join("de", "mo:") + "1717359173672:" + g.Hex(40) + "',\n",
					// not hex
					"licenseKey: '" + fake.Join("de", "mo:") + "1717359173672:" + g.MixedAlnum(58) + "',\n",
					// a demo URL is not a key
					"demo: https://apryse.s3.amazonaws.com/public/files/samples/" + g.Hex(58) + ".pdf\n",
				},
			}
		},
		"caprover-app-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CAPROVER_URL=https://captain.apps.example.com\nCAPROVER_APP=web\nCAPROVER_APP_TOKEN=" + g.Hex(64) + "\n",
					"npx caprover deploy --caproverUrl https://captain.apps.example.com --appToken " + g.Hex(64) + " --appName web -b main\n",
					"curl -X POST https://captain.apps.example.com/api/v2/user/apps/appData/web -H 'x-captain-app-token: " + g.Hex(64) + "' -F sourceFile=@deploy.tar\n",
					"caprover:\n  server: https://captain.apps.example.com\n  app_token: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// placeholders and secret references
					"CAPROVER_APP_TOKEN=${{ secrets.APP_TOKEN }}\n",
					"CAPROVER_APP_TOKEN=" + strings.Repeat("0", 64) + "\n",
					// wrong length and wrong alphabet
					"CAPROVER_APP_TOKEN=" + g.Hex(40) + "\n",
					"CAPROVER_APP_TOKEN=" + g.MixedAlnum(64) + "\n",
					// an image digest next to the name is not a token
					"image: caprover/caprover@sha256:" + g.Hex(64) + "\n",
				},
			}
		},
		"sourcehut-oauth2-token": func(g *fake.Gen) Cases {
			token := func(user, grants string) string {
				b := []byte{0}
				b = binary.LittleEndian.AppendUint64(b, uint64(1740000000+g.IntN(90000000)))
				b = append(b, byte(len(grants)))
				b = append(b, grants...)
				b = append(b, 0, byte(len(user)))
				b = append(b, user...)
				b = append(b, g.Bytes(32)...)
				return base64.RawStdEncoding.EncodeToString(b)
			}
			return Cases{
				Positives: []string{
					"export SRHT_TOKEN=\"" + token("jdoe", "") + "\"\n",
					"instance \"sr.ht\" {\n    access-token \"" + token("alice", "") + "\"\n}\n",
					"sourcehut:\n  user: \"~bob\"\n  token: " + token("bob", "git.sr.ht/REPOSITORIES:RW") + "\n",
					"SOURCEHUT_TOKEN=" + token("ci-bot", "builds.sr.ht/JOBS:RW") + "\n",
				},
				Negatives: []string{
					// placeholders
					"export SRHT_TOKEN=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"\n",
					"SRHT_TOKEN=replace-me\n",
					// too short to hold a record and its MAC
					"SRHT_TOKEN=" + token("jdoe", "")[:40] + "\n",
					// base64 that is not a BARE token record
					"SRHT_TOKEN=" + g.Base64Bytes(64) + "\n",
					// an endpoint is not a token
					"TODO_SRHT_ENDPOINT=https://todo.sr.ht/query\n",
				},
			}
		},
		"porter-api-token": func(g *fake.Gen) Cases {
			b64 := base64.RawURLEncoding.EncodeToString
			header := b64([]byte(`{"alg":"HS256","typ":"JWT"}`))
			token := func(kind string) string {
				claims := `{"iat":"` + strconv.Itoa(1690000000+g.IntN(100000000)) + `","iby":` + strconv.Itoa(1+g.IntN(90000)) +
					`,"project_id":` + strconv.Itoa(1+g.IntN(90000)) + `,"secret":"` + g.Hex(32) + `","sub":"` + kind +
					`","sub_kind":"` + kind + `","token_id":"` + g.UUID() + `"}`
				return header + "." + b64([]byte(claims)) + "." + b64(g.Bytes(32))
			}
			other := func() string {
				claims := `{"iat":"` + strconv.Itoa(1690000000+g.IntN(100000000)) + `","sub":"` + g.UUID() + `"}`
				return header + "." + b64([]byte(claims)) + "." + b64(g.Bytes(32))
			}
			cut := token("api")
			cut = cut[:len(cut)-20]
			return Cases{
				Positives: []string{
					"PORTER_HOST=https://dashboard.porter.run\nPORTER_PROJECT=" + strconv.Itoa(1+g.IntN(9000)) + "\nPORTER_TOKEN=" + token("api") + "\n",
					"porter auth login --token " + token("api") + "\n",
					"      - name: Deploy stack\n        env:\n          PORTER_TOKEN: " + token("api") + "\n",
					"host: https://dashboard.porter.run\nproject: 4121\ncluster: 3811\ntoken: " + token("user") + "\n",
				},
				Negatives: []string{
					// a secret reference and a placeholder
					"PORTER_TOKEN: ${{ secrets.PORTER_STACK_TOKEN }}\n",
					"porter auth login --token <YOUR_TOKEN>\n",
					// another issuer's HS256 token with a string iat
					"AUTH_TOKEN=" + other() + "\n",
					// truncated signature
					"PORTER_TOKEN=" + cut + "\n",
				},
			}
		},
		"signnow-basic-token": func(g *fake.Gen) Cases {
			basic := func() string {
				return base64.StdEncoding.EncodeToString([]byte(g.Hex(32) + ":" + g.Hex(32)))
			}
			return Cases{
				Positives: []string{
					"SIGNNOW_API_HOST=https://api.signnow.com\nSIGNNOW_API_BASIC_TOKEN=" + basic() + "\nSIGNNOW_API_USERNAME=ops@acme-corp.io\n",
					"curl -X POST https://api.signnow.com/oauth2/token -H 'Authorization: Basic " + basic() + "' -d 'grant_type=password'\n",
					"signnow:\n  basic_token: \"" + basic() + "\"\n",
					"{\"signnow\": {\"apiHost\": \"https://api.signnow.com\", \"basicToken\": \"" + basic() + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"SIGNNOW_API_BASIC_TOKEN=your_basic_token\n",
					"SIGNNOW_API_BASIC_TOKEN=" + strings.Repeat("A", 88) + "\n",
					// base64 that holds no client id and secret pair
					"SIGNNOW_API_BASIC_TOKEN=" + g.Base64Bytes(48) + "\n",
					// a template id is not the token
					"SIGNNOW_TEMPLATE_ID=" + g.Hex(40) + "\n",
				},
			}
		},
		"screenshotone-access-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(7) + g.Pick("-", "_") + g.MixedAlnum(6) }
			return Cases{
				Positives: []string{
					"SCREENSHOTONE_ACCESS_KEY=" + key() + "\nSCREENSHOTONE_SECRET_KEY=" + g.MixedAlnum(30) + "\n",
					"<img src=\"https://api.screenshotone.com/take?access_key=" + key() + "&url=https%3A%2F%2Fexample.org&format=jpg\">\n",
					"client = screenshotone.Client('" + key() + "', os.environ['SCREENSHOTONE_SECRET_KEY'])\n",
					"screenshotone:\n  access_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"https://api.screenshotone.com/take?access_key=YOUR_ACCESS_KEY&url=https%3A%2F%2Fexample.org\n",
					"https://api.screenshotone.com/take?access_key=${apiKey}&url=https%3A%2F%2Fexample.org\n",
					// wrong length
					"SCREENSHOTONE_ACCESS_KEY=" + g.MixedAlnum(20) + "\n",
					// lower case only
					"SCREENSHOTONE_ACCESS_KEY=" + g.String("abcdefghijklmnopqrstuvwxyz", 14) + "\n",
					// the name glued into another word
					"MYSCREENSHOTONEX_KEY=" + key() + "\n",
				},
			}
		},
	}
}
