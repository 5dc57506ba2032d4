// Cases for the exchange rules added in the s35cexasia change: EXMO,
// Indodax, CoinEx, BitMart, WhiteBIT, Phemex, bitFlyer, bitbank, Zaif and
// Hyperliquid, the API keys of
// exchanges of Asia, Türkiye and Eastern Europe that trading bots (ccxt,
// freqtrade, hummingbot) hold. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35cexasiaCases are the cases of the rules this change adds.
func s35cexasiaCases() map[string]Builder {
	return map[string]Builder{
		"exmo-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("K", "-", g.Hex(40)) }
			sec := func() string { return fake.Join("S", "-", g.Hex(40)) }
			return Cases{
				Positives: []string{
					"EXMO_API_KEY=" + key() + "\nEXMO_API_SECRET=" + sec() + "\n",
					"exmo = ccxt.exmo({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n})\n",
					"{\n  \"exchange\": {\n    \"name\": \"exmo\",\n    \"key\": \"" + key() + "\",\n    \"secret\": \"" + sec() + "\"\n  }\n}\n",
					"api = ExmoAPI('" + key() + "', '" + sec() + "')\n",
					"exchange = getattr(ccxt, exchange_id)({'apiKey': '" + key() + "', 'secret': '" + sec() + "'})\n",
				},
				Negatives: []string{
					// placeholders
					"exmo = ccxt.exmo({'apiKey': 'K-...', 'secret': 'S-...'})\n",
					"EXMO_API_KEY=" + fake.Join("K", "-") + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"EXMO_API_KEY=" + fake.Join("K", "-", g.Hex(32)) + "\n",
					"EXMO_API_SECRET=" + fake.Join("S", "-", g.MixedAlnum(40)) + "\n",
					// the prefix glued to a word: a build tag and a commit, not a key
					"image: registry.local/task-" + g.Hex(40) + "\n",
					"ref: TASK-" + g.Hex(40) + "\n",
				},
			}
		},
		"indodax-api-key": func(g *fake.Gen) Cases {
			group := func() string { return g.String(fake.Upper+fake.Digits, 8) }
			key := func() string {
				return group() + "-" + group() + "-" + group() + "-" + group() + "-" + group()
			}
			sec := func() string { return g.Hex(80) }
			return Cases{
				Positives: []string{
					"INDODAX_API_KEY=" + key() + "\nINDODAX_SECRET_KEY=" + sec() + "\n",
					"indodax = ccxt.indodax({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n    'enableRateLimit': True,\n})\n",
					"INDODAX_SECRET_KEY = os.getenv(\"INDODAX_SECRET_KEY\", \"" + sec() + "\")\n",
					"indodax:\n  api_key: \"" + key() + "\"\n  secret_key: \"" + sec() + "\"\n",
					"const indodax = new ccxt.indodax({ apiKey: '" + key() + "' });\n",
				},
				Negatives: []string{
					// placeholders
					"INDODAX_API_KEY=YOUR_KEY_HERE\nINDODAX_SECRET_KEY=YOUR_SECRET_HERE\n",
					"INDODAX_API_KEY=ABCD-EFGH-IJKL-MNOP\n",
					// wrong length and wrong alphabet
					"INDODAX_SECRET_KEY=" + g.Hex(64) + "\n",
					"INDODAX_SECRET_KEY=" + g.MixedAlnum(80) + "\n",
					// the name glued to another word
					"NOTINDODAX_SECRET_KEY=" + g.Hex(80) + "\n",
					// a digest next to the name, no key
					"indodax-sdk-1.2.0.tgz sha512 " + g.Hex(128) + "\n",
				},
			}
		},
		"coinex-api-key": func(g *fake.Gen) Cases {
			id := func() string { return g.String(fake.HexUpper, 32) }
			sec := func() string { return g.String(fake.HexUpper, 48) }
			return Cases{
				Positives: []string{
					"COINEX_ACCESS_ID=" + id() + "\nCOINEX_SECRET_KEY=" + sec() + "\n",
					"exchange = ccxt.coinex({\n    'apiKey': '" + id() + "',\n    'secret': '" + sec() + "',\n})\n",
					"coinex:\n  Access_ID: " + id() + "\n  Secret_Key: " + sec() + "\n",
					"{\n  \"exchange\": {\n    \"name\": \"coinex\",\n    \"key\": \"" + id() + "\",\n    \"secret\": \"" + sec() + "\"\n  }\n}\n",
					"$coinex = new CoinexExchange('" + id() + "', '" + sec() + "');\n",
				},
				Negatives: []string{
					// placeholders
					"COINEX_ACCESS_ID=YOUR_COINEX_ACCESS_ID\nCOINEX_SECRET_KEY=YOUR_COINEX_SECRET_KEY\n",
					"COINEX_SECRET_KEY=" + strings.Repeat("F", 48) + "\n",
					// wrong length and wrong case
					"COINEX_SECRET_KEY=" + g.String(fake.HexUpper, 40) + "\n",
					"COINEX_SECRET_KEY=" + g.Hex(48) + "\n",
					// the name glued to another word
					"HOTCOINEX_SECRET_KEY=" + g.String(fake.HexUpper, 48) + "\n",
					// an order id in a CoinEx response, no key name
					"coinex order " + g.String(fake.Digits, 12) + " filled\n",
				},
			}
		},
		"bitmart-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(40) }
			sec := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"BITMART_API_KEY=" + key() + "\nBITMART_SECRET_KEY=" + sec() + "\nBITMART_MEMO=mybot\n",
					"bitmart_api_key: " + key() + "\nbitmart_secret_key: " + sec() + "\nbitmart_memo: trading\n",
					"curl -s -H 'X-BM-KEY: " + key() + "' 'https://api-cloud.bitmart.com/spot/v1/wallet'\n",
					"exchange = ccxt.bitmart({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n    'uid': 'mybot',\n})\n",
					"const client = new ccxt.bitmart({ secret: '" + sec() + "' });\n",
				},
				Negatives: []string{
					// placeholders
					"BITMART_API_KEY=your_api_key\nBITMART_SECRET_KEY=your_secret_key\n",
					"curl -H 'X-BM-KEY: YOUR_API_KEY' https://api-cloud.bitmart.com/spot/v1/wallet\n",
					// wrong length and wrong alphabet
					"BITMART_API_KEY=" + g.Hex(36) + "\n",
					"BITMART_SECRET_KEY=" + g.MixedAlnum(64) + "\n",
					// the signature header, not the key
					"X-BM-SIGN: " + g.Hex(64) + "\n",
					// the name glued to another word
					"bitmartian_key=" + g.Hex(40) + "\n",
				},
			}
		},
		"whitebit-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"WHITEBIT_API_KEY=" + key() + "\nWHITEBIT_SECRET_KEY=" + key() + "\n",
					"exchange = ccxt.whitebit({\n    'apiKey': '" + key() + "',\n    'secret': '" + key() + "',\n})\n",
					"whitebit:\n  public_key: \"" + key() + "\"\n  secret_key: \"" + key() + "\"\n",
					"headers = {'Content-type': 'application/json', 'X-TXC-APIKEY': '" + key() + "'}\n",
					"{\n  \"name\": \"whitebit\",\n  \"key\": \"" + key() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"WHITEBIT_API_KEY=your_public_key\nWHITEBIT_SECRET_KEY=your_secret_key\n",
					"WHITEBIT_API_KEY=" + strings.Repeat("a", 32) + "\n",
					// wrong length and wrong alphabet
					"WHITEBIT_API_KEY=" + g.Hex(40) + "\n",
					"WHITEBIT_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// the payload and signature headers, not the key
					"'X-TXC-SIGNATURE': '" + g.Hex(128) + "'\n",
					// the name glued to another word
					"whitebitcoin_key=" + g.Hex(32) + "\n",
				},
			}
		},
		"phemex-api-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.String(fake.Base64URL, 91) }
			return Cases{
				Positives: []string{
					"PHEMEX_API_KEY=" + g.UUID() + "\nPHEMEX_API_SECRET=" + sec() + "\n",
					"const PHEMEX_SECRET = '" + sec() + "';\n",
					"exchange = ccxt.phemex({\n    'apiKey': '" + g.UUID() + "',\n    'secret': '" + sec() + "',\n})\n",
					"phemex:\n  api_key: " + g.UUID() + "\n  api_secret: " + sec() + "\n",
					"{\n  \"exchange\": {\n    \"name\": \"phemex\",\n    \"key\": \"" + g.UUID() + "\",\n    \"secret\": \"" + sec() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"PHEMEX_API_KEY=your_key_here\nPHEMEX_API_SECRET=your_secret_here\n",
					"PHEMEX_API_SECRET=" + strings.Repeat("x", 91) + "\n",
					// wrong length
					"PHEMEX_API_SECRET=" + g.String(fake.Base64URL, 64) + "\n",
					"PHEMEX_API_SECRET=" + g.String(fake.Base64URL, 120) + "\n",
					// the key is a UUID, no secret
					"x-phemex-access-token: " + g.UUID() + "\n",
					// the name glued to another word
					"myphemex_secret=" + g.String(fake.Base64URL, 91) + "\n",
				},
			}
		},
		"bitflyer-api-secret": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(22) }
			sec := func() string { return g.String(fake.Base64, 43) + "=" }
			return Cases{
				Positives: []string{
					"BITFLYER_API_KEY=" + key() + "\nBITFLYER_API_SECRET=" + sec() + "\n",
					"api = pybitflyer.API(api_key=\"" + key() + "\", api_secret=\"" + sec() + "\")\n",
					"bitflyer = ccxt.bitflyer({\n    'apiKey': '" + key() + "',\n    'secret': '" + sec() + "',\n})\n",
					"object Envs:\n  val BITFLYER_API_SECRET = \"" + sec() + "\"\n",
					"{\n  \"bitflyer\": {\n    \"api_key\": \"" + key() + "\",\n    \"api_secret\": \"" + sec() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"BITFLYER_API_KEY=your_api_key\nBITFLYER_API_SECRET=your_api_secret\n",
					"api = pybitflyer.API(api_key=\"xxx...\", api_secret=\"yyy...\")\n",
					// wrong length and wrong alphabet
					"BITFLYER_API_SECRET=" + g.String(fake.Base64, 60) + "==\n",
					"BITFLYER_API_KEY=" + g.MixedAlnum(30) + "\n",
					// letters only: a product code, not a key
					"BITFLYER_PRODUCT_KEY=" + g.String(fake.Upper, 22) + "\n",
					// the name glued to another word
					"notbitflyer_api_secret=" + g.String(fake.Base64, 43) + "=\n",
				},
			}
		},
		"bitbank-api-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"BITBANK_API_KEY=" + g.UUID() + "\nBITBANK_API_SECRET=" + sec() + "\n",
					"BITBANK_API_KEY = \"" + sec() + "\"\n",
					"exchange = ccxt.bitbank({\n    'apiKey': '" + g.UUID() + "',\n    'secret': '" + sec() + "',\n})\n",
					"prv = python_bitbankcc.private('" + g.UUID() + "', '" + sec() + "')\nbitbank_secret: " + sec() + "\n",
					"{\n  \"exchange\": {\n    \"name\": \"bitbank\",\n    \"key\": \"" + g.UUID() + "\",\n    \"secret\": \"" + sec() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"BITBANK_API_KEY=dummy BITBANK_API_SECRET=dummy\n",
					"BITBANK_API_SECRET=" + strings.Repeat("0", 64) + "\n",
					// wrong length and wrong alphabet
					"BITBANK_API_SECRET=" + g.Hex(40) + "\n",
					"BITBANK_API_SECRET=" + g.MixedAlnum(64) + "\n",
					// the name glued to another word
					"databitbank_secret=" + g.Hex(64) + "\n",
					// a checksum of a bitbank SDK release, no key name
					"python-bitbankcc-0.0.5.tar.gz sha256:" + g.Hex(64) + "\n",
				},
			}
		},
		"zaif-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZAIF_KEY=" + g.UUID() + "\nZAIF_SECRET=" + g.UUID() + "\n",
					"zaif = ZaifTradeApi('" + g.UUID() + "', '" + g.UUID() + "')\n",
					"zaif_client = Zaif::API.new(:api_key => '" + g.UUID() + "', :api_secret => '" + g.UUID() + "')\n",
					"[api_keys]\nzaif_access_key = " + g.UUID() + "\nzaif_secret_key = " + g.UUID() + "\n",
					"{\n  \"zaif_apikey\": \"" + g.UUID() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"zaif_secret=\"your secret\"\nzaif_key=\"your key\"\n",
					"ZAIF_KEY=" + strings.Repeat("0", 8) + strings.Repeat("-0000", 3) + "-" + strings.Repeat("0", 12) + "\n",
					// wrong length and wrong alphabet
					"ZAIF_KEY=" + g.Hex(32) + "\n",
					"ZAIF_SECRET=" + strings.ToUpper(g.UUID()) + "\n",
					// an order id of a Zaif response, no key name
					"zaif order_id " + g.UUID() + "\n",
					// the name glued to another word
					"mozaif_key=" + g.UUID() + "\n",
				},
			}
		},
		"hyperliquid-api-wallet-key": func(g *fake.Gen) Cases {
			key := func() string { return "0x" + g.Hex(64) }
			addr := func() string { return "0x" + g.Hex(40) }
			return Cases{
				Positives: []string{
					"HYPERLIQUID_ACCOUNT_ADDRESS=" + addr() + "\nHYPERLIQUID_SECRET_KEY=" + key() + "\n",
					"hyperliquid:\n  account_address: \"" + addr() + "\"\n  secret_key: \"" + key() + "\"\n",
					"hyperliquid_perpetual_api_key: " + addr() + "\nhyperliquid_perpetual_api_secret: " + key() + "\n",
					"export HYPERLIQUID_AGENT_KEY=" + key() + "\n",
					"{\n  \"exchange\": {\n    \"name\": \"hyperliquid\",\n    \"walletAddress\": \"" + addr() + "\",\n    \"secret\": \"" + key() + "\"\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"HYPERLIQUID_SECRET_KEY=0x...your-private-key\n",
					"HYPERLIQUID_SECRET_KEY=0x" + strings.Repeat("0", 64) + "\n",
					// an address, not a key
					"HYPERLIQUID_ACCOUNT_ADDRESS=" + addr() + "\n",
					// wrong length
					"HYPERLIQUID_SECRET_KEY=0x" + g.Hex(48) + "\n",
					// a transaction hash next to the name
					"hyperliquid tx " + "0x" + g.Hex(64) + " confirmed\n",
					// the name glued to another word
					"nothyperliquid_secret_key=0x" + g.Hex(64) + "\n",
				},
			}
		},
	}
}
