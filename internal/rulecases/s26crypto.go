// Cases for the cryptocurrency exchange, payment and node-provider rules
// added in the s26-crypto change: Bitquery, BTCPay Server, Deribit,
// Fireblocks, Gate.io, Gemini, LNbits, MEXC, OpenNode, thirdweb, VALR,
// Amberdata, Birdeye, Bithumb, Crossmint, Dune, Pimlico, 0x, Nostr Wallet
// Connect URIs and Bitcoin Core RPC passwords.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26cryptoCases are the cases of the rules this change adds.
func s26cryptoCases() map[string]Builder {
	return map[string]Builder{
		"amberdata-api-key": func(g *fake.Gen) Cases {
			uak := fake.Join("U", "AK")
			return Cases{
				Positives: []string{
					"headers = {\"x-amberdata-blockchain-id\": \"ethereum-mainnet\", \"x-api-key\": \"" + uak + g.Hex(32) + "\"}\n",
					"AMBERDATA_API_KEY=" + uak + g.Hex(32) + "\n",
					"amberdata:\n  api_key: " + uak + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the public demo key and placeholders
					"let config = { headers: {\"x-api-key\": \"" + uak + strings.Repeat("0", 24) + "demo0001\"} }\n",
					"AMBERDATA_API_KEY=" + uak + strings.Repeat("x", 32) + "\n",
					// wrong length and alphabet
					"AMBERDATA_API_KEY=" + uak + g.Hex(24) + "\n",
					"AMBERDATA_API_KEY=" + uak + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"bitcoin-rpc-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"server=1\nrpcuser=bitcoinrpc\nrpcpassword=" + g.MixedAlnum(32) + "\nrpcallowip=127.0.0.1\n",
					"    command:\n      - -printtoconsole\n      - -rpcuser=btc\n      - -rpcpassword=" + g.MixedAlnum(24) + "\n",
					"BITCOIN_RPC_USER=node\nBITCOIN_RPC_PASSWORD=" + g.MixedAlnum(20) + "\n",
				},
				Negatives: []string{
					// references and placeholders
					"rpcpassword=${BITCOIN_RPC_PASSWORD}\n",
					"rpcpassword=changeme\n",
					"rpcpassword=<your-rpc-password>\n",
					// a file name, not the password
					"rpcpasswordfile=/run/secrets/bitcoin_rpc\n",
				},
			}
		},
		"nostr-wallet-connect-uri": func(g *fake.Gen) Cases {
			scheme := fake.Join("nostr+wallet", "connect://")
			return Cases{
				Positives: []string{
					"NWC_URL=" + scheme + g.Hex(64) + "?relay=wss://relay.getalby.com/v1&secret=" + g.Hex(64) + "\n",
					"const nwc = new NWCClient({ nostrWalletConnectUrl: \"" + scheme + g.Hex(64) + "?relay=wss%3A%2F%2Frelay.damus.io&secret=" + g.Hex(64) + "&lud16=alice@getalby.com\" });\n",
					"wallet:\n  nwc: \"" + scheme + g.Hex(64) + "?secret=" + g.Hex(64) + "&relay=wss://nostr.mutinywallet.com\"\n",
				},
				Negatives: []string{
					// placeholders
					"NWC_URL=" + scheme + "...\n",
					"NWC_URL=" + scheme + g.Hex(64) + "?relay=wss://relay.getalby.com/v1&secret=<secret>\n",
					// a connection without its secret
					"NWC_URL=" + scheme + g.Hex(64) + "?relay=wss://relay.getalby.com/v1\n",
					// a short secret
					"NWC_URL=" + scheme + g.Hex(64) + "?relay=wss://relay.getalby.com/v1&secret=" + g.Hex(32) + "\n",
				},
			}
		},
		"bithumb-api-key": func(g *fake.Gen) Cases {
			secret := func() string {
				return base64.StdEncoding.EncodeToString([]byte(g.Hex(61)))
			}
			return Cases{
				Positives: []string{
					"BITHUMB_API_KEY = \"" + g.Hex(46) + "\"\nBITHUMB_SECRET_KEY = \"" + secret() + "\"\n",
					"const BITHUMB_SECRET_KEY = \"" + secret() + "\";\n",
					"bithumb:\n  api_key: " + g.Hex(46) + "\n",
				},
				Negatives: []string{
					// placeholders
					"BITHUMB_API_KEY = \"your_api_key\"\n",
					"BITHUMB_SECRET_KEY = \"test_secret_key\"\n",
					// wrong length
					"BITHUMB_API_KEY = \"" + g.Hex(40) + "\"\n",
					// the name glued to another word
					"NOBITHUMBS_KEY = \"" + g.Hex(46) + "\"\n",
				},
			}
		},
		"zerox-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const headers = { \"0x-api-key\": \"" + g.UUID() + "\", \"0x-version\": \"v2\" };\n",
					"NEXT_PUBLIC_0X_API_KEY=" + g.UUID() + "\n",
					"ZEROX_API_KEY=" + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"headers: { \"0x-api-key\": \"XXXXX-XXXXX-XXXXX-XXXXX\" }\n",
					"ZEROX_API_KEY=your_0x_api_key\n",
					// not a UUID
					"ZEROX_API_KEY=" + g.Hex(32) + "\n",
					// the version header is no key
					"\"0x-version\": \"" + g.UUID() + "\"\n",
				},
			}
		},
		"birdeye-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BIRDEYE_API_KEY=" + g.Hex(32) + "\n",
					"tracker = RallyDetector(birdeye_api_key=\"" + g.Hex(32) + "\")\n",
					"birdeye:\n  api_key: '" + g.Hex(32) + "'\n  chain: solana\n",
				},
				Negatives: []string{
					// placeholders
					"BIRDEYE_API_KEY=your-birdeye-api-key\n",
					"BIRDEYE_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length
					"BIRDEYE_API_KEY=" + g.Hex(24) + "\n",
					// a token address is not a key
					"birdeye_token_address: " + g.Hex(40) + "\n",
				},
			}
		},
		"crossmint-server-api-key": func(g *fake.Gen) Cases {
			const base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
			prod := fake.Join("sk_", "produc", "tion_")
			staging := fake.Join("sk_", "stag", "ing_")
			key := func(prefix string) string { return prefix + g.String(base58, 150+g.IntN(60)) }
			return Cases{
				Positives: []string{
					"CROSSMINT_SERVER_API_KEY=" + key(prod) + "\n",
					"headers: { \"X-API-KEY\": \"" + key(staging) + "\", \"Content-Type\": \"application/json\" }\n",
					"crossmintHeadlessCheckout({ apiKey: '" + key(prod) + "' })\n",
				},
				Negatives: []string{
					// placeholders
					"CROSSMINT_SERVER_API_KEY=" + prod + "...\n",
					"CROSSMINT_SERVER_API_KEY=" + staging + "YOUR_KEY_HERE\n",
					"WORKOS_API_KEY=" + prod + "placeholder\n",
					// a client key is public
					"NEXT_PUBLIC_CROSSMINT_CLIENT_KEY=" + fake.Join("ck_", "produc", "tion_") + g.String(base58, 160) + "\n",
				},
			}
		},
		"pimlico-api-key": func(g *fake.Gen) Cases {
			pim := fake.Join("pi", "m_")
			return Cases{
				Positives: []string{
					"PIMLICO_API_KEY=" + pim + g.MixedAlnum(22) + "\n",
					"const bundlerUrl = `https://api.pimlico.io/v2/8453/rpc?apikey=" + pim + g.MixedAlnum(22) + "`;\n",
					"export NEXT_PUBLIC_PIMLICO_API_KEY=" + pim + g.MixedAlnum(22) + "\n",
				},
				Negatives: []string{
					// placeholders
					"PIMLICO_API_KEY=" + pim + strings.Repeat("x", 24) + "\n",
					"PIMLICO_API_KEY=" + pim + "...\n",
					// wrong length
					"PIMLICO_API_KEY=" + pim + g.MixedAlnum(16) + "\n",
					// an identifier that starts the same way
					"func " + pim + "handler_for_requests() {}\n",
				},
			}
		},
		"bitquery-api-key": func(g *fake.Gen) Cases {
			bqy := fake.Join("B", "QY")
			key := func() string { return bqy + g.MixedAlnum(29) }
			return Cases{
				Positives: []string{
					"BITQUERY_API_KEY=" + key() + "\n",
					"headers = {\"Content-Type\": \"application/json\", \"X-API-KEY\": \"" + key() + "\"}\n",
					"bitquery:\n  endpoint: https://graphql.bitquery.io\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BITQUERY_API_KEY=" + bqy + strings.Repeat("x", 29) + "\n",
					"BITQUERY_API_KEY=" + bqy + "...\n",
					// too short and too long
					"BITQUERY_API_KEY=" + bqy + g.MixedAlnum(20) + "\n",
					"BITQUERY_API_KEY=" + bqy + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"btcpay-server-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BTCPAY_URL=https://pay.example.org\nBTCPAY_API_KEY=" + g.Hex(40) + "\nBTCPAY_STORE_ID=" + g.MixedAlnum(44) + "\n",
					"btcpay:\n  url: https://btcpay.example.org\n  api_key: \"" + g.Hex(40) + "\"\n",
					"const client = new BTCPayClient({ host, btcpayApiKey: '" + g.Hex(40) + "' });\n",
				},
				Negatives: []string{
					// placeholders
					"BTCPAY_API_KEY=your_btcpay_api_key\n",
					"BTCPAY_API_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"BTCPAY_API_KEY=" + g.Hex(32) + "\n",
					"BTCPAY_API_KEY=" + strings.ToUpper(g.Hex(40)) + "\n",
					// a store id is not a key
					"BTCPAY_STORE=" + g.Hex(40) + "xyz\n",
				},
			}
		},
		"deribit-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"DERIBIT_CLIENT_ID=" + g.MixedAlnum(8) + "\nDERIBIT_CLIENT_SECRET=" + secret() + "\n",
					"deribit:\n  client_id: " + g.MixedAlnum(8) + "\n  client_secret: \"" + secret() + "\"\n",
					"exchange = ccxt.deribit({'apiKey': '" + g.MixedAlnum(8) + "', 'secret': '" + secret() + "'})\n",
				},
				Negatives: []string{
					// placeholders
					"DERIBIT_CLIENT_SECRET=your_client_secret\n",
					"DERIBIT_CLIENT_SECRET=" + strings.Repeat("x", 43) + "\n",
					// too short
					"DERIBIT_CLIENT_SECRET=" + g.MixedAlnum(30) + "\n",
					// the provider name glued to another word
					"NODERIBITX_SECRET=" + secret() + "\n",
				},
			}
		},
		"dune-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DUNE_API_KEY=" + g.MixedAlnum(32) + "\n",
					"const meta = { \"x-dune-api-key\": \"" + g.MixedAlnum(32) + "\" };\n",
					"dune = DuneClient(api_key=\"" + g.MixedAlnum(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"DUNE_API_KEY=your_dune_api_key_here\n",
					"headers = {\"x-dune-api-key\": \"[INSERT_YOUR_API_KEY]\"}\n",
					// wrong length
					"DUNE_API_KEY=" + g.MixedAlnum(24) + "\n",
					// the OCaml build tool, not the provider
					"(dune\n (lang dune 3.0))\n; dune-project " + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"fireblocks-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FIREBLOCKS_API_KEY=" + g.UUID() + "\nFIREBLOCKS_SECRET_KEY_PATH=./fireblocks_secret.key\n",
					"fireblocks:\n  api_key: \"" + g.UUID() + "\"\n  base_url: https://api.fireblocks.io\n",
					"const fireblocks = new Fireblocks({ apiKey: \"" + g.UUID() + "\", secretKey: privateKey });\n",
				},
				Negatives: []string{
					// placeholders
					"FIREBLOCKS_API_KEY=your-api-key\n",
					"FIREBLOCKS_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// not a UUID
					"FIREBLOCKS_API_KEY=" + g.Hex(32) + "\n",
					// a vault account id is not the key
					"fireblocks_vault_account_id: 12\n",
				},
			}
		},
		"gateio-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GATE_API_KEY=" + g.Hex(32) + "\nGATE_API_SECRET=" + g.Hex(64) + "\n",
					"gate = ccxt.gateio({\"apiKey\": \"" + g.Hex(32) + "\", \"secret\": \"" + g.Hex(64) + "\"})\n",
					"[mcp_servers.gate.env]\nGATE_API_KEY = \"" + g.Hex(32) + "\"\n",
					"gateio:\n  api_secret: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"GATE_API_KEY=your-api-key\n",
					"GATE_API_SECRET=" + strings.Repeat("0", 64) + "\n",
					// wrong lengths
					"GATE_API_KEY=" + g.Hex(40) + "\n",
					// a word that ends in gate
					"AGGREGATE_KEY=" + g.Hex(32) + "\n",
					// a gate that is no exchange
					"gate_id: " + g.Hex(32) + "\n",
				},
			}
		},
		"gemini-api-key": func(g *fake.Gen) Cases {
			account := fake.Join("acc", "ount-")
			master := fake.Join("mas", "ter-")
			return Cases{
				Positives: []string{
					"GEMINI_API_KEY=" + account + g.MixedAlnum(20) + "\n",
					"headers = {\"X-GEMINI-APIKEY\": \"" + master + g.MixedAlnum(20) + "\", \"X-GEMINI-PAYLOAD\": b64}\n",
					"exchange = ccxt.gemini({'apiKey': '" + account + g.MixedAlnum(20) + "', 'secret': secret})\n",
				},
				Negatives: []string{
					// placeholders
					"GEMINI_API_KEY=" + account + strings.Repeat("x", 20) + "\n",
					"GEMINI_API_KEY=" + account + "XXXXXXXXXXXXXXXXXXXX\n",
					// wrong length
					"GEMINI_API_KEY=" + account + g.MixedAlnum(16) + "\n",
					// a page name, not a key
					"href=\"/" + account + "settingsoverviewpage\"\n",
				},
			}
		},
		"gemini-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GEMINI_API_KEY=" + fake.Join("acc", "ount-") + g.MixedAlnum(20) + "\nGEMINI_API_SECRET=" + g.MixedAlnum(28) + "\n",
					"gemini:\n  api_secret: \"" + g.MixedAlnum(28) + "\"\n",
					"gemini_api_secret = '" + g.MixedAlnum(27) + "'.encode()\n",
				},
				Negatives: []string{
					// placeholders
					"GEMINI_API_SECRET=your_api_secret_here\n",
					"GEMINI_API_SECRET=" + strings.Repeat("x", 28) + "\n",
					// a Google Gemini key is another provider's
					"GEMINI_API_KEY=" + g.MixedAlnum(28) + "\n",
					// wrong length
					"GEMINI_API_SECRET=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"lnbits-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LNBITS_URL=https://legend.lnbits.com\nLNBITS_ADMIN_KEY=" + g.Hex(32) + "\n",
					"{\"lnbits_url\": \"https://lnbits.example.org\", \"lnbits_admin_key\": \"" + g.Hex(32) + "\"}\n",
					"lnbits:\n  url: https://lnbits.example.org\n  invoice_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"LNBITS_ADMIN_KEY=your_admin_key\n",
					"LNBITS_ADMIN_KEY=" + strings.Repeat("a", 32) + "\n",
					// wrong length
					"LNBITS_ADMIN_KEY=" + g.Hex(24) + "\n",
					// a wallet id is not a key
					"LNBITS_WALLET=" + g.Hex(32) + "xx\n",
				},
			}
		},
		"mexc-api-key": func(g *fake.Gen) Cases {
			mx := fake.Join("mx", "0v")
			return Cases{
				Positives: []string{
					"MEXC_API_KEY=" + mx + g.MixedAlnum(14) + "\n",
					"headers = {\"X-MEXC-APIKEY\": \"" + mx + g.MixedAlnum(14) + "\"}\n",
					"exchange = ccxt.mexc({'apiKey': '" + mx + g.MixedAlnum(14) + "', 'secret': secret})\n",
				},
				Negatives: []string{
					// placeholders
					"MEXC_API_KEY=" + mx + strings.Repeat("x", 14) + "\n",
					"MEXC_API_KEY=" + mx + "...\n",
					// wrong length
					"MEXC_API_KEY=" + mx + g.MixedAlnum(20) + "\n",
					"MEXC_API_KEY=" + mx + g.MixedAlnum(10) + "\n",
				},
			}
		},
		"mexc-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MEXC_API_KEY=" + fake.Join("mx", "0v") + g.MixedAlnum(14) + "\nMEXC_SECRET_KEY=" + g.Hex(32) + "\n",
					"mexc:\n  api_secret: \"" + g.Hex(32) + "\"\n",
					"MEXC_API_SECRET = os.getenv(\"MEXC_API_SECRET\", \"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"MEXC_SECRET_KEY=your_secret_key\n",
					"MEXC_SECRET_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"MEXC_SECRET_KEY=" + g.Hex(24) + "\n",
					"MEXC_SECRET_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
				},
			}
		},
		"opennode-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENNODE_API_KEY=" + g.UUID() + "\n",
					"const opennode = require('opennode');\nopennode.setCredentials('" + g.UUID() + "', 'live');\n",
					"opennode:\n  api_key: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"OPENNODE_API_KEY=your-api-key-here\n",
					"OPENNODE_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a UUID
					"OPENNODE_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"OPENNODES_COUNT=" + g.UUID() + "\n",
				},
			}
		},
		"thirdweb-secret-key": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(40) + g.Pick("-", "_") + g.MixedAlnum(45) }
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_THIRDWEB_CLIENT_ID=" + g.Hex(32) + "\nTHIRDWEB_SECRET_KEY=" + secret() + "\n",
					"const client = createThirdwebClient({ secretKey: \"" + secret() + "\" }); // thirdweb\n",
					"thirdweb:\n  secret_key: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"THIRDWEB_SECRET_KEY=your_thirdweb_secret_key\n",
					"THIRDWEB_SECRET_KEY=" + strings.Repeat("x", 86) + "\n",
					// the public client id is not the secret
					"THIRDWEB_CLIENT_ID=" + g.Hex(32) + "\n",
					// too short
					"THIRDWEB_SECRET_KEY=" + g.MixedAlnum(60) + "\n",
				},
			}
		},
		"valr-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VALR_API_KEY=" + g.Hex(64) + "\nVALR_API_SECRET=" + g.Hex(64) + "\n",
					"docker run -e VALR_API_SECRET=" + g.Hex(64) + " valr-bot\n",
					"valr:\n  api_key: \"" + g.Hex(64) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"VALR_API_KEY=your_64_char_api_key\n",
					"VALR_API_SECRET=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"VALR_API_KEY=" + g.Hex(40) + "\n",
					// the name glued to another word
					"INTERVALR_KEY=" + g.Hex(64) + "\n",
				},
			}
		},
	}
}
