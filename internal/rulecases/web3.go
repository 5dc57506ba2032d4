// Cases of the rules added for crypto wallet keys, seed phrases and web3 platform formats that no other
// scanner's list named. Values are built at run time from split parts,
// never stored whole.

package rulecases

import (
	"encoding/base64"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/keysieve/keysieve/internal/devkeys"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// web3Words is the BIP 39 English wordlist, read once from the file the
// rules package embeds (../rules/ from a test's package directory).
var web3Words = sync.OnceValue(func() []string {
	b, err := os.ReadFile(filepath.Join("..", "rules", "bip39_english.txt"))
	if err != nil {
		panic(err)
	}
	return strings.Fields(string(b))
})

// bip39Validator names the validator of BIP 39 mnemonics.
const bip39Validator = "bip39-mnemonic"

// web3BadChecksum returns a mnemonic of n words whose last word breaks
// the checksum.
func web3BadChecksum(g *fake.Gen, n int) string {
	words := strings.Fields(g.Mnemonic(web3Words(), n))
	last := words[n-1]
	for _, w := range web3Words()[:64] {
		words[n-1] = w
		if c, _ := rules.CheckSecret(bip39Validator, []byte(strings.Join(words, " "))); w != last && !c.OK {
			break
		}
	}
	return strings.Join(words, " ")
}

// web3Cases are the generated cases of the crypto wallet keys, seed phrases and web3 platform rules.
func web3Cases() map[string]Builder {
	return map[string]Builder{
		"alchemy-endpoint-key":    web3URL("https://eth-mainnet.g.alchemy.com/v2/", cfURL(32), cfURL(20)),
		"ankr-endpoint-key":       web3URL("https://rpc.ankr.com/eth/", cfHex(64), cfHex(40)),
		"chainstack-endpoint-key": web3URL("https://nd-123-456-789.p2pify.com/", cfHex(32), cfHex(20)),
		"getblock-access-token":   web3URL("https://go.getblock.io/", cfHex(32), cfHex(20)),
		"helius-api-key": plusPositives(web3URL("https://mainnet.helius-rpc.com/?api-key=", cfUUID(), cfHex(32)), func(g *fake.Gen) []string {
			return []string{"HELIUS_API_KEY=" + saasUUID(g) + "\n", "const heliusKey = \"" + saasUUID(g) + "\";\n"}
		}),
		"infura-endpoint-key": web3URL("https://sepolia.infura.io/v3/", cfHex(32), cfHex(24)),
		"nostr-private-key": func(g *fake.Gen) Cases {
			k := g.NostrSecretKey()
			return Cases{
				Positives: []string{
					"NOSTR_NSEC=" + k + "\n",
					"{\n  \"relays\": [\"wss://relay.example\"],\n  \"secret\": \"" + g.NostrSecretKey() + "\"\n}\n",
				},
				Negatives: []string{
					"NOSTR_NSEC=" + tamperOne(k, 30) + "\n",
					"NOSTR_NSEC=" + k[:40] + "\n",
				},
			}
		},
		"thegraph-api-key": func(g *fake.Gen) Cases {
			base := "https://gateway.thegraph.com/api/"
			id := "/subgraphs/id/" + g.String(fake.Alnum, 44)
			k := g.Hex(32)
			return Cases{
				Positives: []string{
					"SUBGRAPH_URL=" + base + k + id + "\n",
					"const client = new GraphQLClient(`" + base + g.Hex(32) + id + "`);\n",
				},
				Negatives: []string{
					"SUBGRAPH_URL=" + base + "${GRAPH_API_KEY}" + id + "\n",
					"SUBGRAPH_URL=" + base + k[:20] + id + "\n",
					"SUBGRAPH_URL=https://api.studio.thegraph.com/query/" + k + "/name/version/latest\n",
				},
			}
		},
		"coinbase-cdp-api-key-secret": func(g *fake.Gen) Cases {
			kp := g.Ed25519Keypair()
			other := g.Ed25519Keypair()
			copy(other[32:], kp[32:])
			return Cases{
				Positives: []string{
					"CDP_API_KEY_ID=" + saasUUID(g) + "\nCDP_API_KEY_SECRET=" + base64.StdEncoding.EncodeToString(kp) + "\n",
					"{\n  \"id\": \"" + saasUUID(g) + "\",\n  \"privateKey\": \"" + base64.StdEncoding.EncodeToString(g.Ed25519Keypair()) + "\"\n}\n",
					"const cdp = new CdpClient({\n  apiKeyId: \"" + saasUUID(g) + "\",\n  apiKeySecret: \"" + base64.StdEncoding.EncodeToString(g.Ed25519Keypair()) + "\",\n});\n",
				},
				Negatives: []string{
					"CDP_API_KEY_SECRET=" + base64.StdEncoding.EncodeToString(g.Bytes(64)) + "\n",
					"CDP_API_KEY_SECRET=" + base64.StdEncoding.EncodeToString(other) + "\n",
					"CDP_API_KEY_SECRET=" + base64.StdEncoding.EncodeToString(kp[:48]) + "\n",
				},
			}
		},
		"trongrid-api-key": func(g *fake.Gen) Cases {
			k := saasUUID(g)
			return Cases{
				Positives: []string{
					"TRONGRID_API_KEY=" + k + "\n",
					"const tronWeb = new TronWeb({\n  fullHost: \"https://api.trongrid.io\",\n  headers: { \"TRON-PRO-API-KEY\": \"" + saasUUID(g) + "\" },\n});\n",
					"curl -H 'TRON-PRO-API-KEY: " + saasUUID(g) + "' https://api.trongrid.io/wallet/getnowblock\n",
				},
				Negatives: []string{
					"ELECTRON_BUILD_ID=" + k + "\n",
					"TRONGRID_API_KEY=" + k[:20] + "\n",
					"headers: { \"TRON-PRO-API-KEY\": process.env.TRONGRID_API_KEY }\n",
				},
			}
		},
		"lnd-macaroon": func(g *fake.Gen) Cases {
			m := g.LNDMacaroon()
			return Cases{
				Positives: []string{
					"LND_MACAROON=" + m + "\n",
					"curl --header \"Grpc-Metadata-macaroon: " + strings.ToUpper(g.LNDMacaroon()) + "\" https://localhost:8080/v1/getinfo\n",
					"lnd:\n  host: 127.0.0.1:10009\n  macaroon: " + g.LNDMacaroon() + "\n",
				},
				Negatives: []string{
					"LND_MACAROON=" + m[:len(m)-70] + "\n",
					"LND_MACAROON=" + strings.Replace(m, "6c6e64", "6c6e65", 1) + "\n",
				},
			}
		},
		"ethereum-private-key": func(g *fake.Gen) Cases {
			k := g.EVMKey()
			return Cases{
				Positives: []string{
					"module.exports = {\n  solidity: \"0.8.24\",\n  networks: {\n    sepolia: {\n      url: process.env.RPC_URL,\n      accounts: [\"" + g.EVMKey() + "\"],\n    },\n  },\n};\n",
					"DEPLOYER_PRIVATE_KEY=" + k + "\n",
					"PRIVATE_KEY=" + g.Hex(64) + "\nRPC_URL=http://127.0.0.1:8545\n",
					"const wallet = new ethers.Wallet(\"" + g.EVMKey() + "\", provider);\n",
					"const account = privateKeyToAccount('" + g.EVMKey() + "')\n",
					"acct = Account.from_key(\"" + g.EVMKey() + "\")\n",
					"forge script script/Deploy.s.sol --rpc-url $RPC_URL --private-key " + g.EVMKey() + " --broadcast\n",
					"{\n  \"walletKey\": \"" + g.EVMKey() + "\"\n}\n",
				},
				Negatives: []string{
					"{\n  \"transactionHash\": \"" + k + "\",\n  \"blockNumber\": 12\n}\n",
					"      accounts: [process.env.PRIVATE_KEY],\n",
					"PRIVATE_KEY=" + k[:60] + "\n",
					"OWNER_ADDRESS=" + k[:42] + "\n",
					"PRIVATE_KEY=" + devkeys.Hardhat(0) + "\n",
					"anvil & forge script Deploy --private-key " + devkeys.Hardhat(1) + " --broadcast\n",
					"      accounts: [\"" + devkeys.Hardhat(19) + "\"],\n",
				},
			}
		},
		"bitcoin-wif-private-key": func(g *fake.Gen) Cases {
			w := g.WIF(true, false)
			return Cases{
				Positives: []string{
					"BTC_WIF=" + w + "\n",
					"bitcoin-cli importprivkey " + g.WIF(false, false) + " \"savings\" false\n",
					"{\n  \"network\": \"testnet\",\n  \"wif\": \"" + g.WIF(true, true) + "\"\n}\n",
					"wallet_key = \"" + g.WIF(false, true) + "\"\n",
				},
				Negatives: []string{
					"BTC_WIF=" + tamperOne(w, 20) + "\n",
					"note = \"" + w + "\"\n",
					"BTC_WIF=" + fake.Base58Check(append([]byte{0x80}, g.Bytes(40)...)) + "\n",
				},
			}
		},
		"bip32-extended-private-key": func(g *fake.Gen) Cases {
			x := g.ExtendedPrivateKey(0x0488ade4)
			return Cases{
				Positives: []string{
					"XPRV=" + x + "\n",
					"{\n  \"label\": \"cold\",\n  \"extendedKey\": \"" + g.ExtendedPrivateKey(0x04358394) + "\"\n}\n",
					"wallet = HDKey.from_string(\"" + g.ExtendedPrivateKey(0x04b2430c) + "\")\n",
				},
				Negatives: []string{
					"XPRV=" + tamperOne(x, 50) + "\n",
					"XPRV=" + x[:90] + "\n",
					"XPUB=" + fake.Base58Check(append(append([]byte{0x04, 0x88, 0xb2, 0x1e, 1}, g.Bytes(40)...), append([]byte{3}, g.Bytes(32)...)...)) + "\n",
				},
			}
		},
		"bip39-mnemonic": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const HDWalletProvider = require(\"@truffle/hdwallet-provider\");\nconst mnemonic = \"" + g.Mnemonic(web3Words(), 12) + "\";\n",
					"MNEMONIC=\"" + g.Mnemonic(web3Words(), 24) + "\"\n",
					"      accounts: {\n        mnemonic: \"" + g.Mnemonic(web3Words(), 12) + "\",\n        path: \"m/44'/60'/0'/0\",\n      },\n",
					"const wallet = ethers.Wallet.fromPhrase(\"" + g.Mnemonic(web3Words(), 15) + "\");\n",
					"seed_phrase: " + g.Mnemonic(web3Words(), 18) + "\n",
				},
				Negatives: []string{
					"MNEMONIC=\"" + web3BadChecksum(g, 12) + "\"\n",
					"const mnemonic = \"" + strings.Repeat("test ", 11) + "junk\";\n",
					"MNEMONIC=\"" + strings.Repeat("abandon ", 11) + "about\"\n",
					"phrase: \"the quick brown fox jumps over the lazy dog and then runs away fast\"\n",
					"const words = \"" + g.Mnemonic(web3Words(), 12) + "\";\n",
				},
			}
		},
		"aptos-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"APTOS_PRIVATE_KEY=" + fake.Join("ed25519", "-priv-", "0x", g.Hex(64)) + "\n",
					"profiles:\n  default:\n    network: Testnet\n    private_key: \"" + fake.Join("ed25519", "-priv-", "0x", g.Hex(64)) + "\"\n",
					"const key = new Secp256k1PrivateKey(\"" + fake.Join("secp256k1", "-priv-", "0x", g.Hex(64)) + "\");\n",
				},
				Negatives: []string{
					"APTOS_PRIVATE_KEY=" + fake.Join("ed25519", "-priv-", "0x", g.Hex(40)) + "\n",
					"APTOS_PUBLIC_KEY=" + fake.Join("ed25519", "-pub-", "0x", g.Hex(64)) + "\n",
					"APTOS_PRIVATE_KEY=" + fake.Join("ed25519", "-priv-", "0x", strings.Repeat("0", 64)) + "\n",
				},
			}
		},
		"near-private-key": func(g *fake.Gen) Cases {
			kp := g.Ed25519Keypair()
			bad := append([]byte{}, kp...)
			bad[50] ^= 4
			return Cases{
				Positives: []string{
					"{\"account_id\":\"alice.testnet\",\"public_key\":\"ed25519:" + fake.Base58(kp[32:]) + "\",\"private_key\":\"" + fake.Join("ed25519", ":", fake.Base58(kp)) + "\"}\n",
					"NEAR_PRIVATE_KEY=" + fake.Join("ed25519", ":", fake.Base58(g.Ed25519Keypair())) + "\n",
				},
				Negatives: []string{
					"NEAR_PUBLIC_KEY=ed25519:" + fake.Base58(kp[32:]) + "\n",
					"NEAR_PRIVATE_KEY=" + fake.Join("ed25519", ":", fake.Base58(bad)) + "\n",
				},
			}
		},
		"solana-keypair-array": func(g *fake.Gen) Cases {
			arr := g.SolanaKeypairJSON()
			other := g.SolanaKeypairJSON()
			return Cases{
				Positives: []string{
					arr + "\n",
					"SOLANA_PRIVATE_KEY=" + g.SolanaKeypairJSON() + "\n",
					"const payer = Keypair.fromSecretKey(Uint8Array.from(" + strings.ReplaceAll(g.SolanaKeypairJSON(), ",", ", ") + "));\n",
				},
				Negatives: []string{
					arr[:strings.LastIndex(arr, ",")] + "]\n",
					arr[:strings.Index(arr, ",")] + other[strings.Index(other, ","):] + "\n",
					"[" + strings.TrimSuffix(strings.Repeat("1,", 64), ",") + "]\n",
				},
			}
		},
		"solana-private-key": func(g *fake.Gen) Cases {
			kp := g.Ed25519Keypair()
			return Cases{
				Positives: []string{
					"SOLANA_PRIVATE_KEY=" + fake.Base58(kp) + "\n",
					"const payer = Keypair.fromSecretKey(bs58.decode(\"" + fake.Base58(g.Ed25519Keypair()) + "\"));\n",
					"wallet:\n  secret_key: " + fake.Base58(g.Ed25519Keypair()) + "\n",
				},
				Negatives: []string{
					"SOLANA_PRIVATE_KEY=" + fake.Base58(g.Bytes(64)) + "\n",
					"SOLANA_PUBLIC_KEY=" + fake.Base58(kp[32:]) + "\n",
					"TX_SIGNATURE=" + fake.Base58(kp) + "\n",
				},
			}
		},
		"sui-private-key": func(g *fake.Gen) Cases {
			k := g.SuiPrivateKey()
			return Cases{
				Positives: []string{
					"SUI_PRIVATE_KEY=" + k + "\n",
					"const keypair = Ed25519Keypair.fromSecretKey(\"" + g.SuiPrivateKey() + "\");\n",
				},
				Negatives: []string{
					"SUI_PRIVATE_KEY=" + tamperOne(k, 30) + "\n",
					"SUI_PRIVATE_KEY=" + k[:50] + "\n",
				},
			}
		},
	}
}

// web3URL builds the cases of a rule that finds a key in a node endpoint
// URL: positives in a Hardhat network, a .env file and a provider
// constructor; negatives with a short key, a template placeholder and
// the wrong-shaped key given.
func web3URL(base string, key, bad cfVal) Builder {
	return func(g *fake.Gen) Cases {
		k := key(g)
		return Cases{
			Positives: []string{
				"module.exports = {\n  networks: {\n    mainnet: {\n      url: \"" + base + key(g) + "\",\n      accounts: [process.env.PRIVATE_KEY],\n    },\n  },\n};\n",
				"RPC_URL=" + base + k + "\n",
				"const provider = new ethers.JsonRpcProvider(`" + base + key(g) + "`);\n",
			},
			Negatives: []string{
				"RPC_URL=" + base + k[:len(k)/2] + "\n",
				"RPC_URL=" + base + "${API_KEY}\n",
				"RPC_URL=" + base + bad(g) + "\n",
				"RPC_URL=https://rpc.example.com/" + k + "\n",
			},
		}
	}
}

// tamperOne changes the character at i of s to a neighbour in its class.
func tamperOne(s string, i int) string {
	c := s[i]
	switch {
	case c == 'z' || c == 'Z' || c == '9':
		c--
	default:
		c++
	}
	if c == 'l' || c == 'I' || c == 'O' || c == '0' {
		c++
	}
	return s[:i] + string(c) + s[i+1:]
}
