// Cases for the web3 and exchange rules touched by the s36-web3 change: the
// new etherscan-hardhat-apikey-map rule (Hardhat's per-network explorer key
// map), and more positives and negatives for the formats the change added to
// existing rules (Tatum t-/T- keys with two 24-digit halves and the older UUID
// keys with a _100 credit suffix, Blockfrost preview/ipfs/Milkomeda project
// ids, Chainstack Core endpoints, Ankr premium and websocket URLs, Alchemy NFT
// API URLs, Infura project ids, newer Etherscan-platform explorers, and
// HDWalletProvider's mnemonic or key argument). Every key is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36web3Cases are the cases of the rules this change adds.
func s36web3Cases() map[string]Builder {
	return map[string]Builder{
		"etherscan-hardhat-apikey-map": func(g *fake.Gen) Cases {
			key := func() string { return upperAlnum(g, 34) }
			return Cases{
				Positives: []string{
					"const config: HardhatUserConfig = {\n  etherscan: {\n    apiKey: {\n      mainnet: \"" + key() + "\",\n      sepolia: process.env.ETHERSCAN_API_KEY,\n    },\n  },\n};\n",
					"  etherscan: {\n    apiKey: {\n      sepolia: process.env.ETHERSCAN_API_KEY,\n      polygonAmoy: '" + key() + "',\n    },\n  },\n",
					"module.exports = {\n  etherscan: {\n    apiKey: {\n      bscTestnet: \"" + key() + "\",\n      arbitrumOne: \"" + key() + "\",\n    }\n  }\n};\n",
					"  etherscan: { apiKey: { optimisticEthereum: \"" + key() + "\", base: \"" + key() + "\" } },\n",
					"  etherscan: {\n    apiKey: {\n      \"linea-mainnet\": undefined,\n      lineaSepolia: `" + key() + "`,\n    },\n  },\n",
				},
				Negatives: []string{
					// keys read from the environment
					"  etherscan: {\n    apiKey: {\n      mainnet: process.env.ETHERSCAN_API_KEY,\n      polygon: process.env.POLYGONSCAN_API_KEY,\n    },\n  },\n",
					// placeholders and a key of the wrong length
					"  etherscan: {\n    apiKey: {\n      mainnet: \"" + strings.Repeat("X", 34) + "\",\n    },\n  },\n",
					"  etherscan: {\n    apiKey: {\n      sepolia: \"" + upperAlnum(g, 30) + "\",\n    },\n  },\n",
					// lower-case letters are no explorer key
					"  etherscan: {\n    apiKey: {\n      mainnet: \"" + g.MixedAlnum(34) + "\",\n    },\n  },\n",
					// the same map with no explorer near it
					"  chains: {\n    mainnet: \"" + upperAlnum(g, 34) + "\",\n  },\n",
				},
			}
		},
	}
}

// s36web3WidenedCases are more cases of the existing rules this change widened.
func s36web3WidenedCases() map[string]Builder {
	tatumNew := func(g *fake.Gen) string { return fake.Join("t", "-", g.Hex(24), "-", g.Hex(24)) }
	return map[string]Builder{
		"tatum-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TATUM_API_KEY=" + tatumNew(g) + "\n",
					"NEXT_PUBLIC_TATUM_API_KEY=" + fake.Join("T", "-", g.Hex(24), "-", g.Hex(24)) + "\n",
					"TATUM_API_KEY=" + g.UUID() + "_100\n",
					"tatum:\n  api_key: \"" + g.UUID() + "_1000\"\n",
				},
				Negatives: []string{
					"TATUM_API_KEY=" + fake.Join("t", "-", g.Hex(24), "-", g.Hex(20)) + "\n",
					"TATUM_API_KEY=" + g.UUID() + "_x100\n",
				},
			}
		},
		"blockfrost-project-id": func(g *fake.Gen) Cases {
			id := func(p string) string { return fake.Join(p, upperAlnum(g, 4), "a1", g.MixedAlnum(26)) }
			return Cases{
				Positives: []string{
					"BLOCKFROST_PROJECT_ID=" + id("preview") + "\n",
					"curl -H \"project_id: " + id("ipfs") + "\" https://ipfs.blockfrost.io/api/v0/ipfs/add\n",
					"export PROJECT_ID=" + id(fake.Join("milk", "mainnet")) + "\n",
					"api = BlockFrostApi(project_id='" + id(fake.Join("milk", "testnet")) + "')\n",
				},
				Negatives: []string{
					// one letter case with no digits is no project id
					"const " + fake.Join("preview", "ComponentForSelectedDocumentPage") + " = 1;\n",
					"BLOCKFROST_PROJECT_ID=" + fake.Join("preview", g.MixedAlnum(30)) + "\n",
					"BLOCKFROST_PROJECT_ID=" + fake.Join("milk", "preview", upperAlnum(g, 4), "a1", g.MixedAlnum(26)) + "\n",
				},
			}
		},
		"chainstack-endpoint-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RPC_URL=https://ethereum-mainnet.core.chainstack.com/" + g.Hex(32) + "\n",
					"const ws = \"wss://solana-mainnet.core.chainstack.com/ws/" + g.Hex(32) + "\";\n",
				},
				Negatives: []string{
					"RPC_URL=https://ethereum-mainnet.core.chainstack.com/" + g.Hex(20) + "\n",
					"see https://docs.chainstack.com/" + g.Hex(32) + "\n",
				},
			}
		},
		"ankr-endpoint-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ANKR_RPC=https://rpc.ankr.com/premium-http/eth/" + g.Hex(64) + "\n",
					"const ws = 'wss://rpc.ankr.com/bsc/ws/" + g.Hex(64) + "';\n",
					"const provider = new ethers.AnkrProvider(\"mainnet\", \"" + g.Hex(64) + "\");\n",
				},
				Negatives: []string{
					"ANKR_RPC=https://rpc.ankr.com/premium-http/eth/" + g.Hex(40) + "\n",
				},
			}
		},
		"alchemy-endpoint-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const url = `https://eth-mainnet.g.alchemy.com/nft/v3/" + saasURL(g, 32) + "/getNFTsForOwner?owner=${owner}`;\n",
					"NFT_API=https://polygon-mainnet.g.alchemy.com/nft/v2/" + saasURL(g, 32) + "\n",
				},
				Negatives: []string{
					"NFT_API=https://eth-mainnet.g.alchemy.com/nft/v3/" + saasURL(g, 20) + "\n",
				},
			}
		},
		"infura-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"INFURA_PROJECT_ID=" + g.Hex(32) + "\n",
					"NEXT_PUBLIC_INFURA_ID=" + g.Hex(32) + "\n",
					"const provider = new WalletConnectProvider({\n  infuraId: \"" + g.Hex(32) + "\",\n});\n",
					"const provider = new ethers.InfuraProvider(\"sepolia\", \"" + g.Hex(32) + "\");\n",
				},
				Negatives: []string{
					"INFURA_PROJECT_ID=" + g.Hex(24) + "\n",
					"INFURA_IDENTITY=" + g.Hex(32) + "\n",
				},
			}
		},
		"alchemy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const provider = new ethers.AlchemyProvider(\"mainnet\", \"" + saasURL(g, 32) + "\");\n",
					"provider = new ethers.providers.AlchemyProvider('matic', '" + saasURL(g, 32) + "');\n",
				},
				Negatives: []string{
					"const provider = new ethers.AlchemyProvider(\"mainnet\", process.env.ALCHEMY_API_KEY);\n",
				},
			}
		},
		"etherscan-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const provider = new ethers.EtherscanProvider(\"sepolia\", \"" + upperAlnum(g, 34) + "\");\n",
				},
				Negatives: []string{
					"const provider = new ethers.EtherscanProvider(\"sepolia\", \"" + upperAlnum(g, 30) + "\");\n",
				},
			}
		},
		"etherscan-family-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LINEASCAN_API_KEY=" + upperAlnum(g, 34) + "\n",
					"blastscan_api_key: '" + upperAlnum(g, 34) + "'\n",
					"SCROLLSCAN_API_KEY=" + upperAlnum(g, 34) + "\n",
					"SONICSCAN_API_KEY=" + upperAlnum(g, 34) + "\n",
				},
				Negatives: []string{
					"LINEASCAN_API_KEY=" + upperAlnum(g, 30) + "\n",
				},
			}
		},
		"bip39-mnemonic": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const provider = new HDWalletProvider(\"" + g.Mnemonic(web3Words(), 12) + "\", \"http://127.0.0.1:7545\");\n",
				},
				Negatives: []string{
					"const provider = new HDWalletProvider(\"" + web3BadChecksum(g, 12) + "\", url);\n",
				},
			}
		},
		"ethereum-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"provider: () => new HDWalletProvider(\"" + g.Hex(64) + "\", `https://sepolia.infura.io/v3/${key}`),\n",
				},
				Negatives: []string{
					"provider: () => new HDWalletProvider(\"" + g.Hex(60) + "\", rpcUrl),\n",
				},
			}
		},
	}
}
