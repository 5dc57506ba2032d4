// Cases for the AI provider rules added or widened in the s36-ai change: the
// claude.ai web session key, Hugging Face's legacy api_ tokens, the Baidu
// Qianfan / ERNIE application Secret Key, the Kimi Code key, and the widened Anthropic
// (Compliance API sk-ant-api01-), LangSmith (legacy ls__), Exa (positional
// constructor), Together AI (key_ project keys) and Deepgram (createClient)
// rules. Every key shape is built at run time from parts, so that this file
// holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36aiCases are the cases of the rules this change adds.
func s36aiCases() map[string]Builder {
	return map[string]Builder{
		"anthropic-claude-session-key": func(g *fake.Gen) Cases {
			sid := func(v string, n int) string {
				return fake.Join("sk", "-ant-", "sid"+v+"-", g.String(fake.Base64URL, n), "A", "A")
			}
			return Cases{
				Positives: []string{
					"export CLAUDE_SESSION_KEY=" + sid("01", 93) + "\n",
					"cookie = 'sessionKey=" + sid("01", 93) + "; intercom-device-id=" + g.UUID() + "'\n",
					"sessions:\n  - sessionKey: \"" + sid("02", 116) + "\"\n    orgID: \"\"\n",
					sid("01", 93) + "\n",
					"{\"Cookie\": \"sessionKey=" + sid("02", 116) + "\"}\n",
				},
				Negatives: []string{
					// placeholders from setup guides
					"CLAUDE_SESSION_KEY=" + fake.Join("sk", "-ant-", "sid01-") + "...\n",
					"CLAUDE_SESSION_KEY=" + fake.Join("sk", "-ant-", "sid01-") + strings.Repeat("x", 93) + "AA\n",
					// too short, wrong ending, unknown version
					"CLAUDE_SESSION_KEY=" + fake.Join("sk", "-ant-", "sid01-", g.String(fake.Base64URL, 40), "AA") + "\n",
					"CLAUDE_SESSION_KEY=" + fake.Join("sk", "-ant-", "sid01-", g.String(fake.Base64URL, 93), "Qz") + "\n",
					"CLAUDE_SESSION_KEY=" + fake.Join("sk", "-ant-", "sid09-", g.String(fake.Base64URL, 93), "AA") + "\n",
				},
			}
		},
		"huggingface-legacy-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("ap", "i_", g.MixedLetters(34)) }
			return Cases{
				Positives: []string{
					"API_URL = \"https://api-inference.huggingface.co/models/gpt2\"\nheaders = {\"Authorization\": \"Bearer " + tok() + "\"}\n",
					"HUGGINGFACEHUB_API_TOKEN=" + tok() + "\n",
					"huggingface:\n  token: " + tok() + "\n",
					"const HF_TOKEN = \"" + tok() + "\";\n",
					"model_list:\n  - model_name: m\n    litellm_params:\n      model: huggingface/bigscience/bloom\n      api_key: " + tok() + "\n",
				},
				Negatives: []string{
					// no Hugging Face name near the value
					"headers = {\"Authorization\": \"Bearer " + tok() + "\"}\n",
					// placeholders and identifiers
					"HUGGINGFACEHUB_API_TOKEN=api_your_huggingface_token_here\n",
					"HUGGINGFACE_API_KEY=" + fake.Join("ap", "i_") + strings.Repeat("x", 34) + "\n",
					"huggingface_token = " + fake.Join("ap", "i_", g.String(fake.Lower, 34)) + "\n",
					// 33 letters, and an org token (huggingface-token's)
					"HUGGINGFACE_API_KEY=" + fake.Join("ap", "i_", g.MixedLetters(33)) + "\n",
				},
			}
		},
		"kimi-code-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("sk", "-kimi-", g.MixedAlnum(64)) }
			return Cases{
				Positives: []string{
					"KIMI_API_KEY=" + key() + "\n",
					"export ANTHROPIC_AUTH_TOKEN=" + key() + "\nexport ANTHROPIC_BASE_URL=https://api.kimi.com/coding/\n",
					"const authToken = \"" + key() + "\";\n",
					key() + "\n",
				},
				Negatives: []string{
					"KIMI_API_KEY=" + fake.Join("sk", "-kimi-") + "your-api-key\n",
					"KIMI_API_KEY=" + fake.Join("sk", "-kimi-", g.MixedAlnum(40)) + "\n",
					"KIMI_API_KEY=" + fake.Join("sk", "-kimi-") + strings.Repeat("x", 64) + "\n",
					"KIMI_API_KEY=" + fake.Join("sk", "-kimi-", g.String(fake.Lower, 64)) + "\n",
				},
			}
		},
		"baidu-qianfan-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"QIANFAN_AK=" + g.MixedAlnum(24) + "\nQIANFAN_SK=" + g.MixedAlnum(32) + "\n",
					"embedding = QianfanEmbeddingsEndpoint(\n    qianfan_ak='" + g.MixedAlnum(24) + "',\n    qianfan_sk='" + g.MixedAlnum(32) + "',\n)\n",
					"os.environ[\"QIANFAN_SK\"] = \"" + g.MixedAlnum(32) + "\"\n",
					"url = \"https://aip.baidubce.com/oauth/2.0/token?grant_type=client_credentials&client_id=" + g.MixedAlnum(24) + "&client_secret=" + g.MixedAlnum(32) + "\"\n",
					"ERNIE_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// the 32-hex IAM secret key is baidu-cloud-secret-key's
					"BAIDU_SECRET_KEY=" + g.Hex(32) + "\n",
					// placeholders, the API key, a short value, no Baidu name
					"QIANFAN_SK=your_secret_key_here_0000000000000\n",
					"QIANFAN_AK=" + g.MixedAlnum(32) + "\n",
					"QIANFAN_SK=" + g.MixedAlnum(24) + "\n",
					"SECRET_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}

// s36aiWidenedCases are more cases of rules this change widened.
func s36aiWidenedCases() map[string]Builder {
	return map[string]Builder{
		"anthropic-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// Compliance API access key
					"ANTHROPIC_COMPLIANCE_KEY=" + g.AnthropicKey("api01") + "\n",
					"client = ComplianceClient(api_key=\"" + g.AnthropicKey("api01") + "\")\n",
				},
				Negatives: []string{
					"ANTHROPIC_COMPLIANCE_KEY=" + fake.Join("sk", "-ant-", "api01-", g.String(fake.Base64URL, 93), "Qz") + "\n",
					"ANTHROPIC_COMPLIANCE_KEY=" + fake.Join("sk", "-ant-", "api01-", g.String(fake.Base64URL, 60), "AA") + "\n",
				},
			}
		},
		"langsmith-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"os.environ[\"LANGCHAIN_API_KEY\"] = \"" + fake.Join("ls", "__", g.Hex(32)) + "\"\n",
					"LANGCHAIN_TRACING_V2=true\nLANGCHAIN_API_KEY=" + fake.Join("ls", "__", g.Hex(32)) + "\n",
					fake.Join("ls", "__", g.Hex(32)) + "\n",
				},
				Negatives: []string{
					"LANGCHAIN_API_KEY=" + fake.Join("ls", "__") + "your_api_key_here\n",
					"<div class=\"details__" + g.Hex(32) + "\"></div>\n",
					"LANGCHAIN_API_KEY=" + fake.Join("ls", "__", g.Hex(31)) + "\n",
				},
			}
		},
		"exa-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"from exa_py import Exa\nexa = Exa(\"" + g.UUID() + "\")\n",
					"const exa = new Exa(\"" + g.UUID() + "\");\n",
				},
				Negatives: []string{
					"const exa = new Exa(process.env.EXA_API_KEY);\n",
					"const grid = hexa(\"" + g.UUID() + "\");\n",
				},
			}
		},
		"together-legacy-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"# Together AI\nTOGETHER_API_KEY=" + fake.Join("ke", "y_", g.MixedAlnum(21)) + "\n",
					"together:\n  api_key: \"" + fake.Join("ke", "y_", g.MixedAlnum(21)) + "\"\n",
				},
				Negatives: []string{
					"TOGETHER_API_KEY=" + fake.Join("ke", "y_") + "...\n",
					"TOGETHER_API_KEY=" + fake.Join("ke", "y_") + "your_together_key\n",
					"TOGETHER_API_KEY=" + fake.Join("KE", "Y_", g.String(fake.Upper, 24)) + "\n",
				},
			}
		},
		"deepgram-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const { createClient } = require(\"@deepgram/sdk\");\nconst deepgram = createClient(\"" + g.Hex(40) + "\");\n",
					"const deepgram = new Deepgram(\"" + g.Hex(40) + "\");\n",
				},
				Negatives: []string{
					"const deepgram = createClient(process.env.DEEPGRAM_API_KEY);\n",
					"const deepgram = createClient(\"" + g.Hex(32) + "\");\n",
				},
			}
		},
	}
}

// s36aiZigbeeCases are more cases of zigbee2mqtt-network-key, whose entropy
// floor this change lowered so that a block list nested deep in another
// YAML file (a compose entrypoint, a Helm value) is still read.
func s36aiZigbeeCases() map[string]Builder {
	return map[string]Builder{
		"zigbee2mqtt-network-key": func(g *fake.Gen) Cases {
			block := func(indent string, items []string) string {
				var b strings.Builder
				for _, it := range items {
					b.WriteString(indent + "- " + it + "\n")
				}
				return b.String()
			}
			zeros := strings.Split(strings.Repeat("0 ", 16), " ")[:16]
			return Cases{
				Positives: []string{
					"services:\n  job1:\n    entrypoint: |\n      advanced:\n        network_key:\n" +
						block("                ", strings.Split(zigbeeKey(g, 16, false, " "), " ")),
				},
				Negatives: []string{
					"advanced:\n  network_key: [" + strings.Join(zeros, ", ") + "]\n",
					"advanced:\n  network_key:\n" + block("              ", zeros),
				},
			}
		},
	}
}
