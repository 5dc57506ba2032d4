// Cases for the payment rules added in the s31 fintech2 change: Finix,
// Increase, KakaoPay and NICEPAY. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31fintech2Cases are the cases of the rules this change adds.
func s31fintech2Cases() map[string]Builder {
	return map[string]Builder{
		"finix-api-key": func(g *fake.Gen) Cases {
			user := func() string { return fake.Join("U", "S") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"FINIX_USERNAME=" + user() + "\nFINIX_PASSWORD=" + g.UUID() + "\nFINIX_APPLICATION_ID=AP" + g.MixedAlnum(22) + "\n",
					"curl \"https://finix.sandbox-payments-api.com/merchants\" \\\n    -H \"Finix-Version: 2022-02-01\" \\\n    -u " + user() + ":" + g.UUID() + "\n",
					"finix:\n  username: " + user() + "\n  password: \"" + g.UUID() + "\"\n",
					"const finixClient = new Client({\n  finixUserName: '" + user() + "',\n  finixPassword: '" + g.UUID() + "',\n});\n",
					"Finix\\Settings::configure(\n    'https://finix.sandbox-payments-api.com',\n    '" + user() + "',\n    '" + g.UUID() + "');\n",
				},
				Negatives: []string{
					// placeholders
					"FINIX_PASSWORD=your_finix_password\n",
					"FINIX_PASSWORD=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// Finix resource ids are not the password
					"FINIX_MERCHANT_ID=MU" + g.MixedAlnum(22) + "\n",
					// a username and UUID with no Finix context
					"curl https://api.example.com -u " + user() + ":" + g.UUID() + "\n",
					// the name glued to another word
					"DEFINIXED_PASSWORD=" + g.UUID() + "\n",
					// not a UUID
					"FINIX_PASSWORD=" + g.Hex(32) + "\n",
				},
			}
		},
		"increase-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(15) + g.Pick("1", "7") + g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"INCREASE_API_KEY=\"" + key() + "\"\nINCREASE_URL=\"https://sandbox.increase.com\"\n",
					"export INCREASE_SANDBOX_KEY=" + key() + "\n",
					"from increase import Increase\nclient = Increase(api_key=\"" + key() + "\", environment=\"sandbox\")\n",
					"Increase.api_key = '" + key() + "'\nIncrease.base_url = 'https://api.increase.com'\n",
					"env:\n  INCREASE_API_KEY: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"INCREASE_API_KEY=\"secret_key_1234567890\"\n",
					"INCREASE_API_KEY=your_increase_api_key\n",
					"INCREASE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// the common word, not the provider
					"increase the token budget: " + key() + "\n",
					// too short
					"INCREASE_API_KEY=" + g.MixedAlnum(24) + "\n",
					// the word glued to another one
					"AUTOINCREASE_KEY=" + key() + "\n",
				},
			}
		},
		"kakaopay-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Pick("DE"+"V", "PR"+"D") + g.String(fake.HexUpper, 37) }
			return Cases{
				Positives: []string{
					"headers: { 'Authorization': '" + fake.Join("SECRET", "_KEY ") + key() + "', 'Content-Type': 'application/json' }\n",
					"headers.set(\"Authorization\", \"" + fake.Join("SECRET", "_KEY ") + key() + "\");\n",
					"KAKAOPAY_SECRET_KEY=" + key() + "\nKAKAOPAY_CID=TC0ONETIME\n",
					"kakaopay:\n  cid: TC0ONETIME\n  secret-key: " + key() + "\n",
					"kakao-pay.secret-key=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"KAKAOPAY_SECRET_KEY=DEV_SECRET_KEY\n",
					"headers.set(\"Authorization\", \"" + fake.Join("SECRET", "_KEY ") + "DEV" + strings.Repeat("X", 37) + "\");\n",
					// too short
					"KAKAOPAY_SECRET_KEY=" + "DEV" + g.String(fake.HexUpper, 30) + "\n",
					// an unknown environment prefix
					"KAKAOPAY_SECRET_KEY=" + "TST" + g.String(fake.HexUpper, 37) + "\n",
					// lower-case hex is the Kakao REST key's shape, not this one
					"KAKAOPAY_SECRET_KEY=" + "DEV" + g.Hex(37) + "\n",
				},
			}
		},
		"nicepay-secret-key": func(g *fake.Gen) Cases {
			client := func() string { return fake.Join("S", "2_") + g.Hex(32) }
			return Cases{
				Positives: []string{
					"NICEPAY_CLIENT_KEY=" + client() + "\nNICEPAY_SECRET_KEY=" + g.Hex(32) + "\n",
					"nicepay:\n  client-id: " + client() + "\n  secret-key: " + g.Hex(32) + "\n",
					"$default['de_nicepay_key'] = '" + g.Base64Bytes(64) + "';\n",
					"const nicepaySecretKey = \"" + g.Hex(32) + "\";\n",
					"NICEPAY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the client key goes to the browser's payment window
					"NICEPAY_CLIENT_KEY=" + g.Hex(32) + "\n",
					"NICEPAY_CLIENT_ID=" + client() + "\n",
					// placeholders
					"NICEPAY_SECRET_KEY=your_nicepay_secret_key\n",
					"NICEPAY_SECRET_KEY=" + strings.Repeat("0", 32) + "\n",
					// too short
					"NICEPAY_SECRET_KEY=" + g.Hex(24) + "\n",
					// the name glued to another word
					"UNICEPAYMENT_SECRET=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
