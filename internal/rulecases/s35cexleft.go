// Cases for the exchange rules added in the s35-cexleft change: WazirX,
// WOO X, XT.com, LBank and CoinDCX trading API keys, in the shapes trading
// bots keep them (ccxt constructors, freqtrade and hummingbot configs, .env
// files, signed-request headers). Every value is built at run time, so this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35cexleftCases are the cases of the rules this change adds.
func s35cexleftCases() map[string]Builder {
	return map[string]Builder{
		"wazirx-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(64) }
			sec := func() string { return g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"exchange = ccxt.wazirx({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n    'enableRateLimit': True,\n})\n",
					"WAZIRX_API_KEY=" + key() + "\nWAZIRX_SECRET_KEY=" + sec() + "\n",
					"{\n    \"exchange\": {\n        \"name\": \"wazirx\",\n        \"key\": \"" + key() + "\",\n        \"secret\": \"" + sec() + "\"\n    }\n}\n",
					"wazirx_api_key: " + key() + "\nwazirx_api_secret: " + sec() + "\n",
					"const wazirxSecret = '" + sec() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"WAZIRX_API_KEY=your_wazirx_api_key\nWAZIRX_SECRET_KEY=YOUR_WAZIRX_SECRET_KEY_HERE\n",
					"WAZIRX_SECRET_KEY=" + strings.Repeat("x", 40) + "\n",
					// wrong length, and a SHA-1 digest
					"WAZIRX_SECRET_KEY=" + g.MixedAlnum(36) + "\n",
					"wazirx_release_sha1: " + g.Hex(40) + "\n",
					// the name glued to another word
					"mywazirxbot_secret: " + sec() + "\n",
					// a Binance key, not a WazirX one
					"BINANCE_API_SECRET=" + key() + "\n",
				},
			}
		},
		"woox-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(22) + "==" }
			sec := func() string { return g.String(fake.Upper, 20) + g.String("234567", 8) }
			return Cases{
				Positives: []string{
					"woo = ccxt.woo({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n    'apiId':  '" + g.UUID() + "',\n})\n",
					"WOOX_API_KEY=" + key() + "\nWOOX_API_SECRET=" + sec() + "\n",
					"woo_x:\n  api_key: \"" + key() + "\"\n  api_secret: \"" + sec() + "\"\n",
					"const wooSecret = '" + sec() + "';\n",
					"{\"exchange\": {\"name\": \"woo\",\n  \"key\": \"" + key() + "\",\n  \"secret\": \"" + sec() + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"WOOX_API_SECRET=your_woox_api_secret\n",
					"WOOX_API_SECRET=" + strings.Repeat("X", 28) + "\n",
					// wrong length and wrong alphabet
					"WOOX_API_SECRET=" + g.String(fake.Upper, 20) + g.String("234567", 4) + "\n",
					"WOOX_API_SECRET=" + g.String(fake.Upper, 20) + g.String("0189", 8) + "\n",
					// the name inside a longer word
					"woocommerce_api_secret: " + sec() + "\n",
					"WOOCOMMERCE_CONSUMER_KEY=" + key() + "\n",
					// the application id is a UUID, no secret
					"WOOX_APPLICATION_ID=" + g.UUID() + "\n",
				},
			}
		},
		"xtcom-api-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(40) }
			return Cases{
				Positives: []string{
					"exchange = ccxt.xt({\n    \"apiKey\": \"" + g.UUID() + "\",\n    \"secret\": \"" + sec() + "\",\n    \"enableRateLimit\": True,\n})\n",
					"XT_API_KEY=" + g.UUID() + "\nXT_SECRET_KEY=" + sec() + "\n",
					"xtcom:\n  access_key: " + g.UUID() + "\n  secret_key: " + sec() + "\n",
					"const xtSecret = '" + sec() + "';\n",
					"export XTCOM_API_SECRET=\"" + sec() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"XT_SECRET_KEY=your_xt_secret_key\n",
					"XT_SECRET_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"XT_SECRET_KEY=" + g.Hex(32) + "\n",
					"XT_SECRET_KEY=" + g.String(fake.HexUpper, 40) + "\n",
					// xt inside a longer word
					"NEXT_SECRET_KEY=" + sec() + "\n",
					"ctx.text_secret = \"" + sec() + "\"\n",
					// the access key is a UUID, no secret
					"XT_ACCESS_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"lbank-api-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.String(fake.HexUpper, 32) }
			return Cases{
				Positives: []string{
					"exchange = ccxt.lbank({\n    'apiKey': '" + g.UUID() + "',\n    'secret': '" + sec() + "'\n})\n",
					"LBANK_API_KEY=" + g.UUID() + "\nLBANK_SECRET_KEY=" + sec() + "\n",
					"lbank:\n  api_key: " + g.UUID() + "\n  secret_key: \"" + sec() + "\"\n",
					"const lbankSecret = \"" + sec() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"LBANK_SECRET=your_lbank_secret\n",
					"LBANK_SECRET_KEY=" + strings.Repeat("F", 32) + "\n",
					// wrong length and lower-case hex
					"LBANK_SECRET_KEY=" + g.String(fake.HexUpper, 24) + "\n",
					"LBANK_SECRET_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"blbankstatement_secret: " + sec() + "\n",
					// the API key is a UUID
					"LBANK_API_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"coindcx-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(48) }
			sec := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"COINDCX_API_KEY=" + key() + "\nCOINDCX_API_SECRET=" + sec() + "\n",
					"self.exchange = ccxt.coindcx({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n})\n",
					"coindcx:\n  api_key: " + key() + "\n  secret_key: " + sec() + "\n",
					"coindcx_api_key: " + key() + "\ncoindcx_secret_key: " + sec() + "\n",
					"const COINDCX_SECRET = \"" + sec() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"COINDCX_API_KEY=your_coindcx_api_key\nCOINDCX_API_SECRET=your_api_secret\n",
					"COINDCX_API_SECRET=" + strings.Repeat("a", 64) + "\n",
					// wrong length and wrong alphabet
					"COINDCX_API_SECRET=" + g.Hex(40) + "\n",
					"COINDCX_API_SECRET=" + g.MixedAlnum(64) + "\n",
					// the name glued to another word
					"notcoindcxish_secret: " + sec() + "\n",
					// a digest of the CoinDCX client package
					"coindcx-client-1.2.0.tar.gz sha256 " + g.Hex(64) + "\n",
				},
			}
		},
	}
}
