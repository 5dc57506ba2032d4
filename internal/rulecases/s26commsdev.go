// Cases for the communications and developer-platform rules added in the
// s26commsdev change: 46elks, api.video, beehiiv, CleverTap, DeepSource, imgix,
// Kaleyra, Knock, LambdaTest, MSG91, Novu, Pusher Beams, SuprSend, Termii and
// Textlocal. Every key shape is built at run
// time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26commsdevCases are the cases of the rules this change adds.
func s26commsdevCases() map[string]Builder {
	return map[string]Builder{
		"46elks-api-password": func(g *fake.Gen) Cases {
			user := func() string { return "u" + g.Hex(32) }
			pass := func() string { return g.String(fake.HexUpper, 30) + g.Pick("A", "F") + g.Pick("1", "7") }
			return Cases{
				Positives: []string{
					"ELKS_API_USERNAME=" + user() + "\nELKS_API_PASSWORD=" + pass() + "\n",
					"SMS_USERNAME = os.environ['46ELKS_API_USER']\n46elks_api_password = \"" + pass() + "\"\n",
					"- name: Send SMS\n  uses: 46elks/gh-actions-sms@v1\n  env:\n    FORTYSIXELKS_PASSWORD: " + pass() + "\n",
					"curl https://" + user() + ":" + pass() + "@api.46elks.com/a1/sms -d to=+46700000000\n",
				},
				Negatives: []string{
					// the username is not the secret
					"ELKS_API_USERNAME=" + user() + "\n",
					// placeholders, wrong case and wrong length
					"ELKS_API_PASSWORD=<API Password>\n",
					"ELKS_API_PASSWORD=" + g.Hex(32) + "\n",
					"ELKS_API_PASSWORD=" + g.String(fake.HexUpper, 24) + "\n",
					// "elks" glued to another word
					"WELKSTATION_PASSWORD=" + pass() + "\n",
				},
			}
		},
		"apivideo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"APIVIDEO_API_KEY=" + g.MixedAlnum(43) + "\n",
					"const client = new ApiVideoClient({ apiKey: \"" + g.MixedAlnum(43) + "\" });\n",
					"client, _ := apivideosdk.ClientBuilder(\"" + g.MixedAlnum(43) + "\").Build()\n",
					"api_video:\n  api_key: '" + g.MixedAlnum(43) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"APIVIDEO_API_KEY=your_api_key_here\n",
					"const client = new ApiVideoClient({ apiKey: \"YOUR_API_KEY\" });\n",
					// wrong length and alphabet
					"APIVIDEO_API_KEY=" + g.MixedAlnum(32) + "\n",
					"APIVIDEO_API_KEY=" + g.MixedAlnum(20) + "-" + g.MixedAlnum(22) + "\n",
					// a video id is not a key
					"APIVIDEO_VIDEO_ID=vi" + g.MixedAlnum(41) + "\n",
				},
			}
		},
		"beehiiv-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BEEHIIV_API_KEY=\"" + g.MixedAlnum(64) + "\"\nBEEHIIV_PUBLICATION_ID=\"pub_" + g.UUID() + "\"\n",
					"export BEEHIIV_API_KEY=" + g.MixedAlnum(64) + "\n",
					"beehiiv:\n  api_key: '" + g.MixedAlnum(64) + "'\n",
					"const beehiivToken = 'Bearer " + g.MixedAlnum(64) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"BEEHIIV_API_KEY=\"your_beehiiv_api_key_here\"\n",
					"BEEHIIV_API_KEY=...\n",
					// wrong length
					"BEEHIIV_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the publication id is not a key
					"BEEHIIV_PUBLICATION_ID=pub_" + g.UUID() + "\n",
				},
			}
		},
		"clevertap-passcode": func(g *fake.Gen) Cases {
			pass := func() string {
				return g.String(fake.Upper, 3) + "-" + g.String(fake.Upper, 3) + "-" + g.String(fake.Upper, 3) + "L"
			}
			account := func() string {
				return g.String(fake.Upper+fake.Digits, 2) + g.Pick("4", "8") + "-" + g.String(fake.Digits, 3) + "-" + g.String(fake.Upper+fake.Digits, 3) + "Z"
			}
			return Cases{
				Positives: []string{
					"CLEVERTAP_ACCOUNT_ID=" + account() + "\nCLEVERTAP_PASSCODE=" + pass() + "\n",
					"headers = {\n    \"X-CleverTap-Account-Id\": \"" + account() + "\",\n    \"X-CleverTap-Passcode\": \"" + pass() + "\",\n}\n",
					"curl -H \"X-CleverTap-Passcode: " + pass() + "\" https://in1.api.clevertap.com/1/upload\n",
					"const CLEVERTAP_PASSCODE = '" + pass() + "';\n",
				},
				Negatives: []string{
					// the account id is not the passcode
					"CLEVERTAP_ACCOUNT_ID=" + account() + "\n",
					"\"X-CleverTap-Account-Id\": \"" + g.String(fake.Upper, 3) + "-" + g.String(fake.Upper, 3) + "-" + g.String(fake.Upper, 4) + "\",\n",
					// placeholders and a wrong shape
					"CLEVERTAP_PASSCODE=YYY-YYY-YYYY\n",
					"CLEVERTAP_PASSCODE=your-clevertap-passcode\n",
					"CLEVERTAP_PASSCODE=" + strings.ToLower(pass()) + "\n",
				},
			}
		},
		"deepsource-dsn": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DEEPSOURCE_DSN=https://" + g.Hex(32) + "@app.deepsource.com\n",
					"export DEEPSOURCE_DSN='https://" + g.Hex(32) + "@deepsource.io'\n",
					"env:\n  DEEPSOURCE_DSN: \"https://" + g.Hex(32) + "@app.deepsource.com\"\n",
				},
				Negatives: []string{
					// placeholders
					"DEEPSOURCE_DSN=https://sampledsn@deepsource.io\n",
					"DEEPSOURCE_DSN=https://your-dsn@app.deepsource.com\n",
					// wrong length and case
					"DEEPSOURCE_DSN=https://" + g.Hex(24) + "@app.deepsource.com\n",
					"DEEPSOURCE_DSN=https://" + strings.ToUpper(g.Hex(32)) + "@app.deepsource.com\n",
					// another host
					"SENTRY_DSN=https://" + g.Hex(32) + "@o1.ingest.sentry.io/42 # not deepsource\n",
				},
			}
		},
		"imgix-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("a", "k_")
			return Cases{
				Positives: []string{
					"IMGIX_API_KEY=" + prefix + g.Hex(64) + "\n",
					"const imgix = new ImgixAPI({\n  apiKey: `" + prefix + g.Hex(64) + "`,\n});\n",
					"imgix:\n  api_key: \"" + prefix + g.Hex(64) + "\"\n  source_id: " + g.Hex(24) + "\n",
					"client = Imgix::Client.new(domain: 'acme.imgix.net', api_key: '" + prefix + g.Hex(64) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"IMGIX_API_KEY=your-api-key-here\n",
					"IMGIX_API_KEY=" + prefix + "...\n",
					// wrong length and case
					"IMGIX_API_KEY=" + prefix + g.Hex(40) + "\n",
					"IMGIX_API_KEY=" + prefix + strings.ToUpper(g.Hex(64)) + "\n",
					// a source id is not a key
					"IMGIX_SOURCE_ID=" + g.Hex(24) + "\n",
				},
			}
		},
		"kaleyra-api-key": func(g *fake.Gen) Cases {
			key := func() string { return "A" + g.Hex(31) + g.Pick("a", "7") }
			sid := func() string { return "HXIN" + g.String(fake.Digits, 10) + "IN" }
			return Cases{
				Positives: []string{
					"KALEYRA_API_KEY=" + key() + "\nKALEYRA_SID=" + sid() + "\n",
					"url: 'https://api.kaleyra.io/v1/" + sid() + "/messages',\nheaders: {\n  'api-key': '" + key() + "',\n  'content-type': 'application/x-www-form-urlencoded'\n}\n",
					"curl -X POST https://api.kaleyra.io/v1/" + sid() + "/messages -H 'api-key: " + key() + "' -d to=+919999999999\n",
					"client = Kaleyra(sid=\"" + sid() + "\", api_key=\"" + key() + "\")\n",
				},
				Negatives: []string{
					// the SID is not the key
					"KALEYRA_SID=" + sid() + "\n",
					// placeholders
					"headers: { 'api-key': '<API_KEY>' }\n",
					"KALEYRA_API_KEY=your_kaleyra_api_key\n",
					// wrong length and case
					"KALEYRA_API_KEY=A" + g.Hex(24) + "\n",
					"'api-key': 'A" + strings.ToUpper(g.Hex(32)) + "'\n",
				},
			}
		},
		"knock-secret-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			test := fake.Join("s", "k_", "test_")
			return Cases{
				Positives: []string{
					"KNOCK_SECRET_API_KEY=" + test + g.String(fake.Base64URL, 39) + "-" + g.MixedAlnum(3) + "\n",
					"KNOCK_API_KEY=" + test + g.MixedAlnum(43) + "\n",
					"const knock = new Knock({ apiKey: \"" + sk + g.String(fake.Base64URL, 20) + "_" + g.MixedAlnum(22) + "\" });\n",
					"from knockapi import Knock\nclient = Knock(\"" + sk + g.String(fake.Base64URL, 43) + "\")\n",
				},
				Negatives: []string{
					// the public key is not secret
					"NEXT_PUBLIC_KNOCK_PUBLIC_API_KEY=" + fake.Join("p", "k_", "test_") + g.String(fake.Base64URL, 43) + "\n",
					// placeholders
					"KNOCK_SECRET_API_KEY=" + test + "your_secret_key_here\n",
					"KNOCK_SECRET_API_KEY=" + test + "...\n",
					// wrong length
					"KNOCK_SECRET_API_KEY=" + test + g.MixedAlnum(24) + "\n",
					// "knock" as an ordinary word and no key word
					"knockout = \"" + test + g.String(fake.Base64URL, 43) + "\"\n",
				},
			}
		},
		"lambdatest-access-key": func(g *fake.Gen) Cases {
			lt := fake.Join("L", "T_")
			return Cases{
				Positives: []string{
					"LT_USERNAME=jdoe\nLT_ACCESS_KEY=" + lt + g.MixedAlnum(47) + "\n",
					"export LT_ACCESS_KEY=\"" + g.MixedAlnum(50) + "\"\n",
					"String authkey = System.getenv(\"LT_ACCESS_KEY\") == null ? \"" + lt + g.MixedAlnum(47) + "\" : System.getenv(\"LT_ACCESS_KEY\");\n",
					"driver = new RemoteWebDriver(new URL(\"https://jdoe:" + g.MixedAlnum(50) + "@hub.lambdatest.com/wd/hub\"), caps);\n",
					"lambdatest:\n  access_key: " + g.MixedAlnum(50) + "\n",
				},
				Negatives: []string{
					// placeholders
					"LT_ACCESS_KEY=\"YOUR ACCESS KEY\"\n",
					"export LT_ACCESS_KEY=" + lt + "ACCESS_KEY\n",
					// wrong length
					"LT_ACCESS_KEY=" + g.MixedAlnum(40) + "\n",
					"LT_ACCESS_KEY=" + lt + g.MixedAlnum(30) + "\n",
					// the username is not the key
					"LT_USERNAME=" + g.MixedAlnum(50) + "\n",
				},
			}
		},
		"msg91-auth-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.String(fake.Digits, 6) + "A" + g.MixedAlnum(9) + g.Hex(8) + g.Pick("P1", "", "e")
			}
			return Cases{
				Positives: []string{
					"MSG91_AUTH_KEY=" + key() + "\nMSG91_TEMPLATE_ID=" + g.Hex(24) + "\n",
					"fetch(`https://api.msg91.com/api/sendhttp.php?authkey=" + key() + "&mobiles=${mobile}&route=4`)\n",
					"const res = await axios.post(url, body, { headers: { authkey: '" + key() + "', 'content-type': 'application/json' } });\n",
					"msg91:\n  auth_key: \"" + key() + "\"\n  sender_id: ACMEIN\n",
				},
				Negatives: []string{
					// placeholders
					"MSG91_AUTH_KEY=your_msg91_auth_key\n",
					"https://control.msg91.com/api/v5/otp?authkey=${MSG91_AUTH_KEY}&mobile=91\n",
					// too short, and without the account digits
					"MSG91_AUTH_KEY=" + g.String(fake.Digits, 6) + "A" + g.MixedAlnum(8) + "\n",
					"MSG91_AUTH_KEY=" + g.MixedAlnum(26) + "\n",
					// a template id is not a key
					"MSG91_TEMPLATE_ID=" + g.Hex(24) + "\n",
				},
			}
		},
		"novu-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NOVU_SECRET_KEY=" + g.Hex(32) + "\nNEXT_PUBLIC_NOVU_APPLICATION_IDENTIFIER=" + g.MixedAlnum(12) + "\n",
					"const novu = new Novu({ secretKey: '" + g.Hex(32) + "' });\n",
					"const novu = new Novu('" + g.Hex(32) + "');\n",
					"with Novu(secret_key=\"" + g.Hex(32) + "\") as novu:\n",
					"novu:\n  api_key: \"ApiKey " + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"NOVU_SECRET_KEY=your-novu-secret-key\n",
					"NOVU_API_KEY=<your-novu-api-key>\n",
					// the application identifier is public
					"NOVU_APP_ID=" + g.MixedAlnum(12) + "\n",
					// a self-hosted 64-digit secret and a wrong case
					"NOVU_SECRET_KEY=" + g.Hex(64) + "\n",
					"NOVU_SECRET_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// the Novu name on another line
					"NOVU_APP_ID=" + g.MixedAlnum(12) + "\nSTORE_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"pusher-beams-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 62) + g.Pick("A", "C") + g.Pick("3", "9") }
			return Cases{
				Positives: []string{
					"PUSHER_BEAMS_INSTANCE_ID=" + g.UUID() + "\nPUSHER_BEAMS_SECRET_KEY=" + key() + "\n",
					"const beamsClient = new PushNotifications({\n  instanceId: \"" + g.UUID() + "\",\n  secretKey: \"" + key() + "\",\n});\n",
					"beams_client = PushNotifications(\n    instance_id='" + g.UUID() + "',\n    secret_key='" + key() + "',\n)\n",
					"beams:\n  secret_key: " + key() + "\n",
				},
				Negatives: []string{
					// the instance id is not secret
					"PUSHER_BEAMS_INSTANCE_ID=" + g.UUID() + "\n",
					// placeholders, wrong case and length
					"PUSHER_BEAMS_SECRET_KEY=your-beams-secret-key\n",
					"PUSHER_BEAMS_SECRET_KEY=" + g.Hex(64) + "\n",
					"PUSHER_BEAMS_SECRET_KEY=" + g.String(fake.HexUpper, 40) + "\n",
					// a Channels app secret is another rule's
					"PUSHER_APP_ID=" + g.String(fake.Digits, 7) + "\n",
				},
			}
		},
		"suprsend-workspace-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("SS", ".W", "SS.")
			return Cases{
				Positives: []string{
					"SUPRSEND_WORKSPACE_KEY=" + g.MixedAlnum(20) + "\nSUPRSEND_WORKSPACE_SECRET=" + prefix + g.String(fake.Base64URL, 40) + "\n",
					"const supr_client = new Suprsend(\"" + g.MixedAlnum(20) + "\", \"" + prefix + g.MixedAlnum(18) + "-" + g.MixedAlnum(21) + "\");\n",
					"suprsend:\n  workspace_secret: '" + prefix + g.String(fake.Base64URL, 40) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"SUPRSEND_WORKSPACE_SECRET=" + prefix + "xxxxxxxx\n",
					"SUPRSEND_WORKSPACE_SECRET=your_workspace_secret\n",
					// wrong length
					"SUPRSEND_WORKSPACE_SECRET=" + prefix + g.MixedAlnum(30) + "\n",
					// the public key has another prefix
					"SUPRSEND_PUBLIC_KEY=" + fake.Join("SS", ".PU", "BK.") + g.String(fake.Base64URL, 40) + "\n",
				},
			}
		},
		"termii-api-key": func(g *fake.Gen) Cases {
			tl := fake.Join("T", "L")
			return Cases{
				Positives: []string{
					"TERMII_API_KEY=\"" + tl + g.MixedAlnum(60) + "\"\n",
					"payload = {\n    \"to\": \"2347880234567\",\n    \"from\": \"talert\",\n    \"channel\": \"generic\",\n    \"api_key\": \"" + tl + g.MixedLetters(60) + "\",\n}\n",
					"termii:\n  api_key: " + tl + g.MixedAlnum(60) + "\n  sender_id: Acme\n",
					"export TERMII_API_KEY='" + tl + g.MixedAlnum(60) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"TERMII_API_KEY=\"" + tl + "...\"\n",
					"TERMII_API_KEY=\"" + tl + strings.Repeat("x", 60) + "\"\n",
					"TERMII_API_KEY=your_termii_api_key\n",
					// wrong length
					"TERMII_API_KEY=" + tl + g.MixedAlnum(40) + "\n",
					// the prefix missing, and another provider's key of this length
					"TERMII_API_KEY=" + g.MixedAlnum(62) + "\n",
				},
			}
		},
		"textlocal-api-key": func(g *fake.Gen) Cases {
			legacy := func() string { return g.MixedAlnum(11) + "-" + g.MixedAlnum(30) }
			b64 := func() string { return g.Base64Bytes(32)[:43] + "=" }
			return Cases{
				Positives: []string{
					"TEXTLOCAL_API_KEY=" + legacy() + "\nTEXTLOCAL_SENDER=TXTLCL\n",
					"var url = 'https://api.textlocal.in/send/?apikey=" + legacy() + "&numbers=' + mobile + '&sender=TXTLCL';\n",
					"const url = 'https://api.textlocal.in/send/?apiKey=" + b64() + "&numbers=' + phone;\n",
					"$textlocal = new Textlocal(false, false, '" + legacy() + "');\n",
					"textlocal:\n  api_key: \"" + b64() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"TEXTLOCAL_API_KEY=your_textlocal_api_key\n",
					"var url = `https://api.textlocal.in/send/?apikey=${apiKey}&numbers=${n}`;\n",
					// wrong shapes
					"TEXTLOCAL_API_KEY=" + g.MixedAlnum(11) + "-" + g.MixedAlnum(20) + "\n",
					"TEXTLOCAL_API_KEY=" + g.MixedAlnum(42) + "\n",
					// the sender is not a key
					"TEXTLOCAL_SENDER=" + g.String(fake.Upper, 6) + "\n",
				},
			}
		},
	}
}
