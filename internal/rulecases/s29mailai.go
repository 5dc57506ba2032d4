// Cases for the e-mail marketing, outreach, file-upload and scraping rules
// added in the s29mailai change: Decodo, Drip, Filestack, listmonk, Mautic,
// Snov.io and Woodpecker.co. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29mailaiCases are the cases of the rules this change adds.
func s29mailaiCases() map[string]Builder {
	return map[string]Builder{
		"decodo-scraper-basic-token": func(g *fake.Gen) Cases {
			user := func() string { return fake.Join("U", "0000") + g.String(fake.Digits, 6) }
			token := func() string {
				pass := g.Pick(fake.Join("PW", "_1")+g.Hex(32), g.MixedAlnum(20))
				return base64.StdEncoding.EncodeToString([]byte(user() + ":" + pass))
			}
			return Cases{
				Positives: []string{
					"headers = {\"accept\": \"application/json\", \"authorization\": \"Basic " + token() + "\"}\n",
					"DECODO_AUTH_TOKEN=" + token() + "\n",
					"curl -X POST https://scraper-api.decodo.com/v2/scrape -H 'Authorization: Basic " + token() + "' -d @body.json\n",
				},
				Negatives: []string{
					// not base64 of user:password
					"DECODO_AUTH_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(fake.Join("U", "0000")+g.String(fake.Digits, 24))) + "\n",
					// too short to hold a password
					"Authorization: Basic " + base64.StdEncoding.EncodeToString([]byte(user())) + "\n",
					// placeholders
					"DECODO_AUTH_TOKEN=" + fake.Join("VTAw", "MDA") + strings.Repeat("x", 40) + "\n",
					// glued to a longer base64 run
					"blob: " + g.Base64Bytes(12) + fake.Join("VTAw", "MDA") + g.Base64Bytes(30) + "\n",
				},
			}
		},
		"drip-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DRIP_API_TOKEN=" + g.Hex(32) + "\nDRIP_ACCOUNT_ID=" + g.String(fake.Digits, 7) + "\n",
					"drip:\n  api_key: \"" + g.Hex(32) + "\"\n  account_id: \"" + g.String(fake.Digits, 7) + "\"\n",
					"client = Drip::Client.new(api_key: \"" + g.Hex(32) + "\", account_id: ENV['DRIP_ACCOUNT_ID'])\n",
				},
				Negatives: []string{
					// placeholders
					"DRIP_API_TOKEN=your_api_token_here\n",
					"DRIP_API_TOKEN=" + strings.Repeat("0", 32) + "\n",
					// wrong length, and another product whose name ends in drip
					"DRIP_API_TOKEN=" + g.Hex(24) + "\n",
					"TEXTDRIP_API_TOKEN=" + g.Hex(32) + "\n",
					// the bare word is not a label
					"drip = " + g.Hex(32) + "\n",
				},
			}
		},
		"filestack-api-key": func(g *fake.Gen) Cases {
			key := func() string { return "A" + g.MixedAlnum(20) + "z" }
			return Cases{
				Positives: []string{
					"const client = filestack.init('" + key() + "');\n",
					"REACT_APP_FILESTACK_API_KEY=" + key() + "\n",
					"<ReactFilestack apikey=\"" + key() + "\" onSuccess={handleUpload} />\n",
				},
				Negatives: []string{
					// placeholders
					"FILESTACK_API_KEY=your_filestack_api_key\n",
					"FILESTACK_API_KEY=A" + strings.Repeat("x", 20) + "z\n",
					// wrong length and wrong ends
					"FILESTACK_API_KEY=A" + g.MixedAlnum(24) + "z\n",
					"FILESTACK_API_KEY=B" + g.MixedAlnum(20) + "q\n",
					// the name glued to another word
					"FILESTACKS=" + key() + "\n",
				},
			}
		},
		"filestack-app-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.String(fake.Base32, 22) + g.String("234567", 2) + g.String(fake.Upper, 2) }
			return Cases{
				Positives: []string{
					"FILESTACK_APP_SECRET=" + secret() + "\n",
					"export REDWOOD_ENV_FILESTACK_SECRET=\"" + secret() + "\"\n",
					"config :filestack,\n  api_key: System.get_env(\"FILESTACK_API_KEY\"),\n  app_secret: \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders and a word in capitals
					"FILESTACK_APP_SECRET=your-filestack-secret\n",
					"FILESTACK_APP_SECRET=THEFILESTACKSECRETGOESHERE\n",
					// wrong alphabet (0, 1, 8 and 9 are not base32) and wrong length
					"FILESTACK_APP_SECRET=" + g.String(fake.Upper, 20) + "019818\n",
					"FILESTACK_APP_SECRET=" + g.String(fake.Base32, 32) + "\n",
					// the bare name labels the API key, not the secret
					"filestack: " + g.String(fake.Base32, 22) + "2345\n",
				},
			}
		},
		"listmonk-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LISTMONK_API_TOKEN=" + g.MixedAlnum(48) + "\nLISTMONK_API_USER=newsletter-bot\n",
					"listmonk:\n  url: https://lists.example.org\n  username: api\n  token: \"" + g.MixedAlnum(32) + "\"\n",
					"const listmonk = {\n  user: 'api',\n  apiKey: '" + g.MixedAlnum(48) + "',\n};\n",
				},
				Negatives: []string{
					// placeholders
					"LISTMONK_API_TOKEN=your_api_token\n",
					"LISTMONK_API_TOKEN=" + strings.Repeat("x", 48) + "\n",
					// wrong length
					"LISTMONK_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					// lower case only is not a listmonk token
					"LISTMONK_API_TOKEN=" + strings.ToLower(g.Alnum(48)) + "\n",
					// the name glued to another word
					"LISTMONK_NAME=" + g.MixedAlnum(48) + "\n",
				},
			}
		},
		"mautic-oauth-client-secret": func(g *fake.Gen) Cases {
			// PHP's base_convert of 32 random bytes: random leading digits,
			// then the multiples of four a double's lost precision leaves.
			secret := func() string {
				return g.String(fake.Lower+fake.Digits, 14) + g.String("0123456789", 2) + g.String("048cgkosw", 34)
			}
			return Cases{
				Positives: []string{
					"MAUTIC_CLIENT_SECRET=" + secret() + "\nMAUTIC_CLIENT_ID=1_" + g.LowerAlnum(50) + "\n",
					"'mautic' => [\n    'base_url' => 'https://m.example.com',\n    'client_secret' => '" + secret() + "',\n],\n",
					"mautic:\n  client_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"MAUTIC_CLIENT_SECRET=your_client_secret\n",
					"MAUTIC_CLIENT_SECRET=" + strings.Repeat("0", 50) + "\n",
					// too short, and upper case is not base 36 as PHP writes it
					"MAUTIC_CLIENT_SECRET=" + g.LowerAlnum(30) + "\n",
					"MAUTIC_CLIENT_SECRET=" + strings.ToUpper(g.LowerAlnum(50)) + "\n",
					// the public client id is not the secret
					"MAUTIC_PUBLIC_KEY=1_" + g.LowerAlnum(50) + "\n",
				},
			}
		},
		"snov-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SNOV_CLIENT_ID=" + g.Hex(32) + "\nSNOV_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"SNOV_CLIENT_SECRET = \"" + g.Hex(32) + "\"\n",
					"snov:\n  client_id: " + g.Hex(32) + "\n  client_secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SNOV_CLIENT_SECRET=your_client_secret\n",
					"SNOV_CLIENT_SECRET = \"" + strings.Repeat("f", 32) + "\"\n",
					// wrong length and alphabet
					"SNOV_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"SNOV_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// the client id alone is not the secret
					"SNOV_CLIENT_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"woodpecker-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Digits, 5) + "." + g.Hex(64) }
			return Cases{
				Positives: []string{
					"WOODPECKER_API_KEY=" + key() + "\n",
					"curl https://api.woodpecker.co/rest/v1/me -H \"x-api-key: " + key() + "\"\n",
					"const woodpeckerApiKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"WOODPECKER_API_KEY=your-api-key\n",
					"WOODPECKER_API_KEY=1234." + strings.Repeat("a", 64) + "\n",
					// a Woodpecker CI agent secret has no account number
					"WOODPECKER_AGENT_SECRET=" + g.Hex(64) + "\n",
					// wrong length
					"WOODPECKER_API_KEY=" + g.String(fake.Digits, 5) + "." + g.Hex(40) + "\n",
				},
			}
		},
	}
}
