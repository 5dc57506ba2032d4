// Cases for the finance rules added in the s30finleft change: Ozow, Stitch
// (stitch.money), Teller and Envestnet | Yodlee. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30finleftCases are the cases of the rules this change adds.
func s30finleftCases() map[string]Builder {
	return map[string]Builder{
		"ozow-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OZOW_SITE_CODE=ABC-ABC-001\nOZOW_PRIVATE_KEY=" + g.Hex(32) + "\nOZOW_API_KEY=" + g.Hex(32) + "\n",
					"ozow:\n  site_code: ABC-ABC-001\n  api_key: \"" + g.Hex(32) + "\"\n",
					"'ozow' => [\n    'private_key' => '" + g.Hex(32) + "',\n],\n",
					"const ozowApiKey = \"" + strings.ToUpper(g.Hex(32)) + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"OZOW_API_KEY=your_api_key\n",
					"OZOW_PRIVATE_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length and wrong alphabet
					"OZOW_API_KEY=" + g.Hex(24) + "\n",
					"OZOW_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued into another word
					"COZOWNER_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"stitch-money-client-secret": func(g *fake.Gen) Cases {
			const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
			secret := func() string { return g.MixedAlnum(20) + g.String(b64, 43) + "+" }
			return Cases{
				Positives: []string{
					"STITCH_CLIENT_ID=test-" + g.UUID() + "\nSTITCH_CLIENT_SECRET=" + secret() + "\n",
					"stitch:\n  client_id: test-" + g.UUID() + "\n  client_secret: \"" + secret() + "\"\n",
					"const stitchClientSecret = '" + secret() + "';\n",
					"supabase secrets set STITCH_SECRET=" + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"STITCH_CLIENT_SECRET=your-stitch-client-secret\n",
					"STITCH_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					// wrong length
					"STITCH_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// image stitching, not the provider
					"stitch_secret_sauce = compute(" + g.MixedAlnum(64) + ")\n",
					// a webhook secret is another value
					"STITCH_WEBHOOK_SECRET=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"teller-access-token": func(g *fake.Gen) Cases {
			const b32 = "abcdefghijklmnopqrstuvwxyz234567"
			live := func() string { return fake.Join("tok", "en_") + g.String(b32, 25) + g.String("234567", 1) }
			sandbox := func() string { return fake.Join("test_", "tok", "en_") + g.String(b32, 12) + g.String("234567", 1) }
			return Cases{
				Positives: []string{
					"TELLER_ENVIRONMENT=development\nTELLER_ACCESS_TOKEN=" + live() + "\n",
					"teller:\n  cert_path: ./certs/teller/certificate.pem\n  access_token: \"" + live() + "\"\n",
					"const tellerToken = '" + sandbox() + "';\n",
					"{\"teller_access_token\": \"" + live() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"TELLER_ACCESS_TOKEN=your_access_token\n",
					"TELLER_ACCESS_TOKEN=" + fake.Join("tok", "en_") + strings.Repeat("x", 26) + "\n",
					// wrong length, wrong alphabet
					"TELLER_ACCESS_TOKEN=" + fake.Join("tok", "en_") + g.String(b32, 20) + "\n",
					"TELLER_ACCESS_TOKEN=" + fake.Join("tok", "en_") + g.MixedAlnum(26) + "\n",
					// a bank teller in another word, not the provider
					"STORYTELLER_TOKEN=" + live() + "\n",
				},
			}
		},
		"yodlee-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"YODLEE_CLIENT_ID=" + g.MixedAlnum(48) + "\nYODLEE_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"export YODLEE_SECRET=\"" + g.MixedAlnum(64) + "\"\n",
					"yodlee:\n  base_url: https://sandbox.api.yodlee.com/ysl\n  secret: " + g.MixedAlnum(64) + "\n",
					"'yodlee_client_secret' => '" + g.MixedAlnum(64) + "',\n",
				},
				Negatives: []string{
					// placeholders
					"YODLEE_CLIENT_SECRET=your-yodlee-client-secret\n",
					"YODLEE_SECRET=" + strings.Repeat("x", 64) + "\n",
					// the client id is not the secret, and a wrong length
					"YODLEE_CLIENT_ID=" + g.MixedAlnum(48) + "\n",
					"YODLEE_CLIENT_SECRET=" + g.MixedAlnum(50) + "\n",
					// a different provider's secret on the next line
					"YODLEE_ENV=sandbox\nPLAID_SECRET_VALUE=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
	}
}
