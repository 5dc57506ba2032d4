// Cases for the rules the s35-cexworld change adds: exchanges and on-ramps
// of Latin America, Oceania and Europe (Bitso, Mercado Bitcoin, Foxbit,
// NovaDAX, Swyftx, Bitpanda, MoonPay) and web3 services (Stackup, Biconomy,
// DeBank, NOWNodes, 1inch). Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35cexworldCases are the cases of the rules this change adds.
func s35cexworldCases() map[string]Builder {
	return map[string]Builder{
		"bitpanda-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(128) }
			return Cases{
				Positives: []string{
					"BITPANDA_API_KEY=" + key() + "\n",
					"RAW_KEY = st.secrets.get(\"BITPANDA_API_KEY\", \"" + key() + "\")\n",
					"bitpanda:\n  api_key: " + key() + "\n",
					"client = BitpandaClient(api_key=\"" + key() + "\")\n",
					"export BITPANDA_API_KEY=\"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BITPANDA_API_KEY=YOUR_KEY\n",
					"BITPANDA_API_KEY=" + strings.Repeat("0", 128) + "\n",
					// wrong length and wrong alphabet
					"BITPANDA_API_KEY=" + g.Hex(64) + "\n",
					"BITPANDA_API_KEY=" + g.MixedAlnum(128) + "\n",
					// the name glued to another word
					"mybitpanda_api_key=" + key() + "\n",
				},
			}
		},
		"bitso-api-secret": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedLetters(10) }
			secret := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"BITSO_API_KEY=" + key() + "\nBITSO_API_SECRET=" + secret() + "\nBITSO_API_BASE_URL=https://api.bitso.com\n",
					"bitso = ccxt.bitso({\n    'apiKey': '" + key() + "',\n    'secret': '" + secret() + "',\n    'enableRateLimit': True,\n})\n",
					"exchanges:\n  bitso:\n    api_secret: \"" + secret() + "\"\n    api_key: " + key() + "\n",
					"const client = new Bitso({ key: '" + key() + "', secret: '" + secret() + "' });\n",
					"bitso_key = \"" + key() + "\"\nbitso_secret = \"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BITSO_API_SECRET=your_api_secret_here\n",
					"BITSO_API_SECRET = \"TU_API_SECRET\"\n",
					// wrong length and wrong alphabet
					"BITSO_API_SECRET=" + g.Hex(40) + "\n",
					"BITSO_API_SECRET=" + g.MixedAlnum(32) + "\n",
					// the key alone is an identifier
					"BITSO_API_KEY=" + key() + "\n",
					// the name glued to another word
					"ambitso_secret = \"" + secret() + "\"\n",
				},
			}
		},
		"mercadobitcoin-tapi-secret": func(g *fake.Gen) Cases {
			id := func() string { return g.Hex(32) }
			secret := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"MB_TAPI_ID=" + id() + "\nMB_TAPI_SECRET=" + secret() + "\n",
					"# Constantes\nMB_TAPI_ID = '" + id() + "'\nMB_TAPI_SECRET = '" + secret() + "'\nREQUEST_HOST = 'www.mercadobitcoin.net'\nREQUEST_PATH = '/tapi/v3/'\n",
					"const mb = new ccxt.mercado({\n  apiKey: '" + id() + "',\n  secret: '" + secret() + "',\n});\n",
					"MERCADO_BITCOIN_API_ID=" + id() + "\nMERCADO_BITCOIN_API_SECRET=" + secret() + "\n",
					"public class MercadoClient {\n\tprivate String MB_TAPI_SECRET = \"" + secret() + "\";\n}\n",
				},
				Negatives: []string{
					// placeholders
					"MB_TAPI_SECRET = '<user_tapi_secret>'\n",
					"MB_TAPI_SECRET = '" + strings.Repeat("Y", 64) + "'\n",
					// wrong length and wrong alphabet
					"MB_TAPI_SECRET=" + g.Hex(32) + "\n",
					"MB_TAPI_SECRET=" + g.MixedAlnum(64) + "\n",
					// the TAPI id is an identifier
					"MB_TAPI_ID=" + id() + "\n",
					// Mercado Pago is another company
					"MERCADO_PAGO_WEBHOOK_SECRET=" + secret() + "\n",
				},
			}
		},
		"foxbit-api-secret": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"FOXBIT_API_KEY=" + key() + "\nFOXBIT_API_SECRET=" + key() + "\n",
					"export FOXBIT_API_SECRET=\"" + key() + "\"\n",
					"foxbit = ccxt.foxbit({\n    'apiKey': '" + key() + "',\n    'secret': '" + key() + "',\n})\n",
					"{\n  \"mcpServers\": {\n    \"foxbit\": {\n      \"env\": {\n        \"FOXBIT_API_KEY\": \"" + key() + "\",\n        \"FOXBIT_API_SECRET\": \"" + key() + "\"\n      }\n    }\n  }\n}\n",
				},
				Negatives: []string{
					// placeholders
					"FOXBIT_API_SECRET=\"your_foxbit_api_secret\"\n",
					"FOXBIT_API_SECRET=" + strings.Repeat("x", 40) + "\n",
					// wrong length, and one letter case only
					"FOXBIT_API_SECRET=" + g.MixedAlnum(32) + "\n",
					"FOXBIT_API_SECRET=" + g.Hex(40) + "\n",
					// the name glued to another word
					"myfoxbit_api_secret=" + key() + "\n",
				},
			}
		},
		"novadax-secret-key": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"NOVADAX_ACCESS_KEY=" + g.UUID() + "\nNOVADAX_SECRET_KEY=" + secret() + "\n",
					"const novadax = new ccxt.novadax({\n    apiKey: accessKey,\n    secret: '" + secret() + "',\n});\n",
					"novadax:\n  secret_key: " + secret() + "\n  access_key: " + g.UUID() + "\n",
					"auth = NovadaxAuth(novadax_api_key='" + g.UUID() + "', novadax_secret_key='" + secret() + "')\n",
					"export NOVADAX_SECRET_KEY=\"" + secret() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"NOVADAX_SECRET_KEY=sua_secret_key\n",
					"NOVADAX_SECRET_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length, and one letter case only
					"NOVADAX_SECRET_KEY=" + g.MixedAlnum(38) + "\n",
					"NOVADAX_SECRET_KEY=" + g.Hex(32) + "\n",
					// the access key is an identifier
					"NOVADAX_ACCESS_KEY=" + g.UUID() + "\n",
					// the name glued to another word
					"supernovadax_secret_key=" + secret() + "\n",
				},
			}
		},
		"swyftx-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) + g.Pick("-", "_", "Q") + g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"SWYFTX_API_KEY=" + key() + "\n",
					"TELEGRAM_CHAT_ID = os.getenv('TELEGRAM_CHAT_ID', '')\nSWYFTX_API_KEY = \"" + key() + "\"\n",
					"const exchange = new ccxt.swyftx({\n    'apiKey': '" + key() + "',\n});\n",
					"{\n  \"SwyftxScraper\": {\n    \"API_Key\": \"" + key() + "\"\n  }\n}\n",
					"swyftx:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SWYFTX_API_KEY=your_api_key\n",
					"SWYFTX_API_KEY=" + strings.Repeat("x", 45) + "\n",
					// wrong length, and one letter case only
					"SWYFTX_API_KEY=" + g.MixedAlnum(40) + "\n",
					"SWYFTX_API_KEY=" + g.String(fake.Lower+fake.Digits, 45) + "\n",
					// the name glued to another word
					"noswyftx_api_key=" + key() + "\n",
				},
			}
		},
		"moonpay-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("sk", "_", g.Pick("live", "test"), "_") + g.MixedAlnum(32) }
			pk := func() string { return fake.Join("pk", "_", g.Pick("live", "test"), "_") + g.MixedAlnum(30) }
			return Cases{
				Positives: []string{
					"MOONPAY_SECRET_KEY=" + key() + "\n",
					"NEXT_PUBLIC_MOONPAY_API_KEY=" + pk() + "\nMOONPAY_SECRET_KEY=" + key() + "\n",
					"const moonPay = new MoonPay('" + key() + "');\n",
					"moonpay:\n  secret_key: \"" + key() + "\"\n",
					"REACT_APP_MOONPAY_SECRET_KEY=" + key() + "\nREACT_APP_MOONPAY_ENVIRONMENT=sandbox\n",
				},
				Negatives: []string{
					// placeholders
					"MOONPAY_SECRET_KEY=" + fake.Join("sk", "_live_") + "xxx\n",
					"MOONPAY_SECRET_KEY=" + fake.Join("sk", "_test_") + "your_secret_key_here\n",
					// the publishable key is public
					"NEXT_PUBLIC_MOONPAY_PUBLISHABLE_KEY=" + pk() + "\n",
					// wrong length
					"MOONPAY_SECRET_KEY=" + fake.Join("sk", "_live_") + g.MixedAlnum(24) + "\n",
					// a Stripe key, no MoonPay name near it
					"STRIPE_SECRET_KEY=" + key() + "\n",
				},
			}
		},
		"stackup-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"STACKUP_API_KEY=" + key() + "\n",
					"const rpcUrl = \"https://api.stackup.sh/v1/node/" + key() + "\";\n",
					"const paymasterUrl = 'https://api.stackup.sh/v1/paymaster/" + key() + "';\n",
					"BUNDLER_URL=https://api.stackup.sh/v1/node/" + key() + "\n",
					"private static final String BUNDLE_SERVICE_URL = \"https://api.stackup.sh/v1/node/" + key() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"bundlerUrl: \"https://api.stackup.sh/v1/node/YOUR_API_KEY\"\n",
					"'ETH': 'https://api.stackup.sh/v1/node/ethereum-mainnet',\n",
					// wrong length and wrong alphabet
					"const rpcUrl = \"https://api.stackup.sh/v1/node/" + g.Hex(40) + "\";\n",
					"STACKUP_API_KEY=" + g.MixedAlnum(64) + "\n",
					// another provider's RPC URL
					"ETH_RPC_URL=https://rpc.ankr.com/eth/" + key() + "\n",
				},
			}
		},
		"biconomy-paymaster-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(5) + g.Pick("_", "-", "Q") + g.MixedAlnum(3) + "." + g.UUID() }
			return Cases{
				Positives: []string{
					"BICONOMY_PAYMASTER_API_KEY=" + key() + "\n",
					"const paymaster = new BiconomyPaymaster({\n  paymasterUrl:\n    'https://paymaster.biconomy.io/api/v1/80001/" + key() + "',\n});\n",
					"NEXT_PUBLIC_BICONOMY_PAYMASTER_URL=https://paymaster.biconomy.io/api/v1/8453/" + key() + "\n",
					"const paymasterClient = createPaymasterClient({\n  transport: http(\n    'https://paymaster.biconomy.io/api/v1/11155111/" + key() + "',\n  ),\n})\n",
					"biconomy:\n  paymaster_api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"paymasterUrl: 'https://paymaster.biconomy.io/api/v1/{CHAIN_ID}/{YOUR_API_KEY}'\n",
					"PAYMASTER_URL=https://paymaster.biconomy.io/api/v1/80001/...\n",
					// a bundler URL: the keys the docs give are shared public ones
					"bundlerUrl: \"https://bundler.biconomy.io/api/v2/88882/" + key() + "\",\n",
					// wrong shape: a bare UUID, a longer head
					"BICONOMY_PAYMASTER_API_KEY=" + g.UUID() + "\n",
					"BICONOMY_PAYMASTER_API_KEY=" + g.MixedAlnum(12) + "." + g.UUID() + "\n",
				},
			}
		},
		"debank-access-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(40) }
			return Cases{
				Positives: []string{
					"# DeBank Pro API\nDEBANK_ACCESS_KEY=" + key() + "\n",
					"var config = {\n  method: 'get',\n  url: 'https://pro-openapi.debank.com/v1/user/all_complex_protocol_list',\n  headers: {\n" +
						"    'accept': 'application/json',\n    'AccessKey': '" + key() + "',\n  },\n};\n",
					"client = DeBankClient(access_key=\"" + key() + "\")\n",
					"debank:\n  access_key: " + key() + "\n",
					"DEBANK_API_KEY = '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"DEBANK_ACCESS_KEY=your_debank_api_access_key\n",
					"DEBANK_ACCESS_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"DEBANK_ACCESS_KEY=" + g.Hex(32) + "\n",
					"DEBANK_ACCESS_KEY=" + g.MixedAlnum(40) + "\n",
					// another service's AccessKey header
					"const res = await fetch('https://api.bunny.net/videolibrary', {\n  headers: {\n    'AccessKey': '" + key() + "',\n  },\n});\n",
					// the name glued to another word
					"nodebank_access_key=" + key() + "\n",
				},
			}
		},
		"nownodes-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NOWNODES_API_KEY=" + g.UUID() + "\n",
					"const rpc = 'https://eth.nownodes.io/" + g.UUID() + "';\n",
					"SOLANA_RPC_URL=https://sol.nownodes.io/" + g.UUID() + "\n",
					"nownodes:\n  api_key: " + g.UUID() + "\n",
					"val url = \"https://xlm.nownodes.io/" + g.UUID() + "/\"\n",
				},
				Negatives: []string{
					// placeholders
					"NOWNODES_API_KEY=your-nownodes-key\n",
					"SOLANA_RPC_URL=https://sol.nownodes.io/${NOWNODES_API_KEY}\n",
					// a transaction id in a Blockbook path
					"GET https://btcbook.nownodes.io/api/v2/tx/" + g.Hex(64) + "\n",
					// wrong shape
					"NOWNODES_API_KEY=" + g.Hex(32) + "\n",
					// another node provider
					"ETH_RPC=https://eth.getblock.io/" + g.UUID() + "/mainnet/\n",
					// the name glued to another word
					"KNOWNODES_API_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"oneinch-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"ONEINCH_API_KEY=" + key() + "\n",
					"NEXT_PUBLIC_1INCH_API_KEY=" + key() + "\n",
					"oneinch:\n  api_key: \"" + key() + "\"\n",
					"const oneInchApiKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"ONEINCH_API_KEY=your_1inch_api_key_here\n",
					"ONEINCH_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length, and one letter case only
					"ONEINCH_API_KEY=" + g.MixedAlnum(40) + "\n",
					"ONEINCH_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"phoneinch_api_key=" + key() + "\n",
				},
			}
		},
	}
}
