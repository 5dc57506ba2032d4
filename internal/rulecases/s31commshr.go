// Cases for the communications, mobile and SMS rules added in the
// s31-commshr change: 100ms, Dialpad, Embrace, Postscript, Routee and
// SMSGlobal. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// dialpadChars are the characters of a Dialpad API key: letters and digits
// without 0, 1, I, O and l.
var dialpadChars = strings.NewReplacer("0", "", "1", "", "I", "", "O", "", "l", "").Replace(fake.Alnum)

// hmsAppSecret is a 100ms app secret: 128 random bytes in padded base64url.
func hmsAppSecret(g *fake.Gen) string {
	for {
		s := base64.URLEncoding.EncodeToString(g.Bytes(128))
		if strings.ContainsAny(s, fake.Digits) && strings.ContainsAny(s, fake.Upper) && strings.ContainsAny(s, fake.Lower) {
			return s
		}
	}
}

// routeeSecret is a Routee application secret: ten letters and digits of
// both cases, none repeated (so that its entropy is that of a real one).
func routeeSecret(g *fake.Gen) string {
	for {
		s := g.MixedAlnum(10)
		seen := map[rune]bool{}
		dup := false
		for _, c := range s {
			dup = dup || seen[c]
			seen[c] = true
		}
		if !dup {
			return s
		}
	}
}

// s31commshrCases are the cases of the rules this change adds.
func s31commshrCases() map[string]Builder {
	return map[string]Builder{
		"100ms-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HMS_APP_SECRET=" + hmsAppSecret(g) + "\n",
					"const HMS_ACCESS_KEY = '" + g.Hex(24) + "';\nconst HMS_APP_SECRET = '" + hmsAppSecret(g) + "';\n",
					"REACT_APP_100ms_SDK_KEY=" + g.Hex(24) + "\nREACT_APP_100ms_SDK_SECRET=" + hmsAppSecret(g) + "\n",
					"    hms_app_secret: str = os.getenv(\"HMS_APP_SECRET\", \"" + hmsAppSecret(g) + "\")\n",
					"100ms:\n  access_key: \"" + g.Hex(24) + "\"\n  app_secret: \"" + hmsAppSecret(g) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"HMS_APP_SECRET=your-100ms-app-secret\n",
					"HMS_APP_SECRET=" + strings.Repeat("x", 171) + "=\n",
					// a Huawei Mobile Services app secret is 64 hex digits
					"HMS_APP_SECRET=" + g.Hex(64) + "\n",
					// too short: 64 bytes, not 128
					"HMS_APP_SECRET=" + base64.URLEncoding.EncodeToString(g.Bytes(64)) + "\n",
					// the name inside another word
					"algorithms_secret = \"" + hmsAppSecret(g) + "\"\n",
				},
			}
		},
		"dialpad-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(dialpadChars, 100) }
			k := key()
			return Cases{
				Positives: []string{
					"DIALPAD_API_KEY=" + key() + "\n",
					"const res = await fetch(`https://dialpad.com/api/v2/users?apikey=" + key() + "`);\n",
					"dialpad:\n  api_key: \"" + key() + "\"\n  office_id: \"6283801532137472\"\n",
					"$DIALPAD_API_KEY = \"" + key() + "\"; // Dialpad company API key\n",
				},
				Negatives: []string{
					// placeholders
					"DIALPAD_API_KEY=your_dialpad_api_key_here\n",
					"url = f\"https://dialpad.com/api/v2/sms?apikey={DIALPAD_API_KEY}\"\n",
					// wrong length
					"DIALPAD_API_KEY=" + g.String(dialpadChars, 64) + "\n",
					// a zero is no character of a Dialpad key
					"DIALPAD_API_KEY=" + k[:50] + "0" + k[51:] + "\n",
					// the name glued to another word, no credential word
					"DIALPAD_OFFICE_ID=" + key() + "\n",
				},
			}
		},
		"embrace-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EMBRACE_API_TOKEN=" + g.Hex(32) + "\n",
					"EMBRACE_ID=" + g.MixedLetters(5) + " EMBRACE_TOKEN=" + g.Hex(32) + " \"${PODS_ROOT}/EmbraceIO/run.sh\"\n",
					"- embrace-symbol-upload:\n    inputs:\n    - embrace_api_token: \"" + g.Hex(32) + "\"\n",
					"  \"embrace\": {\n    \"iOSAppId\": \"" + g.MixedLetters(5) + "\",\n    \"apiToken\": \"" + g.Hex(32) + "\"\n  }\n",
				},
				Negatives: []string{
					// placeholders
					"EMBRACE_API_TOKEN=your-embrace-api-token\n",
					"EMBRACE_TOKEN=USE_YOUR_TOKEN \"path/to/run.sh\"\n",
					// wrong length and alphabet
					"EMBRACE_API_TOKEN=" + g.Hex(40) + "\n",
					"EMBRACE_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					// the word in prose, and a longer word
					"We embrace token rotation: " + g.Hex(32) + "\n",
					"embraced_token = \"" + g.Hex(32) + "\"\n",
				},
			}
		},
		"postscript-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			return Cases{
				Positives: []string{
					"POSTSCRIPT_API_KEY=" + sk + g.Hex(32) + "\n",
					"headers = {'accept': 'application/json', 'X-Postscript-Shop-Token': '" + sk + g.Hex(32) + "'}\n",
					"postscript:\n  private_key: \"" + sk + g.Hex(32) + "\"\n",
					"const postscriptApiKey = \"" + sk + g.Hex(32) + "\";\n",
				},
				Negatives: []string{
					// the docs' placeholder
					"POSTSCRIPT_API_KEY=" + sk + "1234567890abc\n",
					// the public key of the pair
					"POSTSCRIPT_PUBLIC_KEY=" + fake.Join("p", "k_") + g.Hex(32) + "\n",
					// wrong length and alphabet
					"POSTSCRIPT_API_KEY=" + sk + g.Hex(24) + "\n",
					"POSTSCRIPT_API_KEY=" + sk + g.MixedAlnum(32) + "\n",
					// the word alone, as font tools use it, labels nothing
					"postscript: " + sk + g.Hex(32) + "\n",
				},
			}
		},
		"routee-application-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ROUTEE_APPLICATION_SECRET=" + routeeSecret(g) + "\n",
					"routee:\n  application_id: \"" + g.Hex(24) + "\"\n  application_secret: \"" + routeeSecret(g) + "\"\n",
					"$routee = new Routee('" + g.Hex(24) + "', '" + routeeSecret(g) + "');\n",
					"routee.application.secret=" + routeeSecret(g) + "\n",
				},
				Negatives: []string{
					// placeholders
					"ROUTEE_APPLICATION_SECRET=your_secret\n",
					"ROUTEE_APPLICATION_SECRET=xxxxxxxxxx\n",
					// wrong length
					"ROUTEE_APPLICATION_SECRET=" + g.MixedAlnum(16) + "\n",
					// routeEntry is no Routee setting
					"routeEntrySecret = \"" + routeeSecret(g) + "\"\n",
					// prose after the name
					"Send the campaign over Routee Connection pools\n",
				},
			}
		},
		"smsglobal-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SMSGLOBAL_API_KEY=" + g.Hex(32) + "\n",
					"\\SMSGlobal\\Credentials::set('" + g.Hex(32) + "', '" + g.Hex(32) + "');\n",
					"const smsglobal = require('smsglobal')('" + g.Hex(32) + "', '" + g.Hex(32) + "');\n",
					"sms_global:\n  api_secret: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SMSGLOBAL_API_KEY=your_smsglobal_api_key\n",
					"\\SMSGlobal\\Credentials::set('YOUR_API_KEY', 'YOUR_SECRET_KEY');\n",
					// wrong length
					"SMSGLOBAL_API_SECRET=" + g.Hex(40) + "\n",
					// the name glued to another word, no credential word
					"SMSGLOBAL_ORIGIN_ID=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
