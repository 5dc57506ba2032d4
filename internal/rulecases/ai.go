package rulecases

import (
	"encoding/base64"
	"maps"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// aiCases are the generated test cases of the ai and generic rules.
func aiCases() map[string]Builder {
	cases := map[string]Builder{}
	for _, group := range []map[string]Builder{
		openAICases(), anthropicCases(), azureBedrockCases(), prefixedCases(),
		contextCases(), audioCases(), toolingCases(), genericCases(),
	} {
		maps.Copy(cases, group)
	}
	return cases
}

func openAICases() map[string]Builder {
	return map[string]Builder{
		"openai-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENAI_API_KEY=" + g.OpenAIKey("proj") + "\n",
					"from openai import OpenAI\nclient = OpenAI(api_key=\"" + g.OpenAIKey("") + "\")\n",
					"openai:\n  admin_key: '" + g.OpenAIKey("admin") + "'\n  service: " + g.OpenAIKey("svcacct") + "\n",
					// a key named after its service account
					"OPENAI_API_KEY = \"" + fake.Join("s", "k-", "nightly-eval-", g.Alnum(20), "T3Blb", "kFJ", g.Alnum(20)) + "\"\n",
				},
				Negatives: []string{
					// The marker is off centre: not a key OpenAI issued.
					"OPENAI_API_KEY=" + g.OpenAIKeyMisplaced("proj") + "\n",
					"const key = \"" + g.OpenAIKeyMisplaced("") + "\";\n",
					"OPENAI_API_KEY=" + fake.Join("s", "k-proj-", strings.Repeat("x", 74), "T3Blb", "kFJ", strings.Repeat("x", 74)) + "\n",
				},
			}
		},
		"openai-unmarked-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export OPENAI_API_KEY=\"" + fake.Join("s", "k-", g.MixedAlnum(48)) + "\"\n",
					"import openai\nopenai.api_key = '" + fake.Join("s", "k-", g.MixedAlnum(48)) + "'\n",
				},
				Negatives: []string{
					// Same shape, no OpenAI context.
					"SERVICE_KEY=" + fake.Join("s", "k-", g.MixedAlnum(48)) + "\n",
					// A marked key belongs to openai-api-key.
					"OPENAI_API_KEY=" + g.OpenAIKey("") + "\n",
					"OPENAI_API_KEY=" + fake.Join("s", "k-", g.MixedAlnum(47)) + "\n",
					"OPENAI_API_KEY=" + fake.Join("s", "k-", g.String(fake.Lower, 48)) + "\n",
				},
			}
		},
	}
}

func anthropicCases() map[string]Builder {
	return map[string]Builder{
		"anthropic-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ANTHROPIC_API_KEY=" + g.AnthropicKey("api03") + "\n",
					"client = anthropic.Anthropic(api_key=\"" + g.AnthropicKey("api03") + "\")\n",
					"{\"adminKey\": \"" + g.AnthropicKey("admin01") + "\"}\n",
				},
				Negatives: []string{
					// Right length, wrong ending.
					"ANTHROPIC_API_KEY=" + fake.Join("sk", "-ant-", "api03-", g.String(fake.Base64URL, 93), "Qz") + "\n",
					// Ends in AA but three characters short.
					"ANTHROPIC_API_KEY=" + fake.Join("sk", "-ant-", "api03-", g.String(fake.Base64URL, 90), "AA") + "\n",
					"ANTHROPIC_API_KEY=" + fake.Join("sk", "-ant-", "api03-", strings.Repeat("x", 93), "AA") + "\n",
				},
			}
		},
		"anthropic-oauth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CLAUDE_CODE_OAUTH_TOKEN=" + fake.Join("sk", "-ant-", "oat01-", g.String(fake.Base64URL, 93), "AA") + "\n",
					"{\"claudeAiOauth\": {\"refreshToken\": \"" + fake.Join("sk", "-ant-", "ort01-", g.String(fake.Base64URL, 93), "AA") + "\"}}\n",
				},
				Negatives: []string{
					"CLAUDE_CODE_OAUTH_TOKEN=" + fake.Join("sk", "-ant-", "oat01-", g.String(fake.Base64URL, 40)) + "\n",
					"CLAUDE_CODE_OAUTH_TOKEN=" + fake.Join("sk", "-ant-", "oat09-", g.String(fake.Base64URL, 93), "AA") + "\n",
					"CLAUDE_CODE_OAUTH_TOKEN=" + fake.Join("sk", "-ant-", "oat01-", strings.Repeat("x", 95)) + "\n",
				},
			}
		},
	}
}

func azureBedrockCases() map[string]Builder {
	return map[string]Builder{
		"azure-openai-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com/\nAZURE_OPENAI_API_KEY=" + g.Hex(32) + "\n",
					"azure_openai_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"AZURE_OPENAI_DEPLOYMENT_ID=" + g.Hex(32) + "\n",
					"AZURE_OPENAI_API_KEY=" + g.Hex(31) + "\n",
					"AZURE_OPENAI_API_KEY=<your-azure-openai-key>\n",
					"OPENAI_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"azure-ai-services-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AZURE_SPEECH_KEY = \"" + g.AzureAIKey("Y") + "\"\nAZURE_SPEECH_REGION = \"eastus\"\n",
					"const AZURE_OPENAI_KEY =\n  \"" + g.AzureAIKey("B") + "\";\n",
				},
				Negatives: []string{
					// The signature is missing its last character.
					"AZURE_SPEECH_KEY=" + strings.Replace(g.AzureAIKey("Y"), "ACOG", "ACOX", 1) + "\n",
					// 83 characters: one short.
					"AZURE_SPEECH_KEY=" + g.AzureAIKey("Y")[1:] + "\n",
					"AZURE_SPEECH_KEY=" + g.Alnum(84) + "\n",
				},
			}
		},
		"aws-bedrock-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export AWS_BEARER_TOKEN_BEDROCK=" + g.BedrockLongTermKey("1234"+g.String(fake.Digits, 8)) + "\n",
					"bedrock:\n  api_key: \"" + g.BedrockLongTermKey(g.String(fake.Digits, 12)) + "\"\n",
				},
				Negatives: []string{
					// The docs' truncated stand-in.
					"bedrockBearerToken: '" + fake.Join("AB", "SKQmVkcm9jaw==") + "'\n",
					// Right prefix, but not base64 (one character too many).
					"AWS_BEARER_TOKEN_BEDROCK=" + g.BedrockLongTermKey(g.String(fake.Digits, 12)) + "Q\n",
					"AWS_BEARER_TOKEN_BEDROCK=" + fake.Join("AB", "SK", g.Base64Bytes(90)) + "\n",
				},
			}
		},
		"aws-bedrock-short-term-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export AWS_BEARER_TOKEN_BEDROCK=" + g.BedrockShortTermKey() + "\n",
					"headers = {\"Authorization\": \"Bearer " + g.BedrockShortTermKey() + "\"}\n",
				},
				Negatives: []string{
					// A presigned URL without credentials.
					"AWS_BEARER_TOKEN_BEDROCK=" + fake.Join("bedrock", "-api-key-", b64("bedrock.amazonaws.com/?Action=CallWithBearerToken&Version=1")) + "\n",
					"let myApiKey = \"" + fake.Join("bedrock", "-api-key-", "YmVkcm9jay ... (redacted for brevity) .... b249MQ==") + "\"\n",
					"AWS_BEARER_TOKEN_BEDROCK=" + fake.Join("bedrock", "-api-key-", b64("example.com/?X-Amz-Credential="+g.Hex(60))) + "\n",
				},
			}
		},
	}
}

// prefixedCase builds the cases of a rule whose token is prefix + body:
// positives in a .env file and in code, negatives with half the body, a
// placeholder body and the extra negatives given.
func prefixedCase(env, prefix string, body func(g *fake.Gen) string, extra ...func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		b := body(g)
		c := Cases{
			Positives: []string{
				env + "=" + prefix + b + "\n",
				"client = Client(\n    api_key=\"" + prefix + body(g) + "\",\n)\n",
			},
			Negatives: []string{
				env + "=" + prefix + b[:len(b)/2] + "\n",
				env + "=\"" + prefix + strings.Repeat("x", len(b)) + "\"\n",
			},
		}
		for _, e := range extra {
			c.Negatives = append(c.Negatives, e(g))
		}
		return c
	}
}

func prefixedCases() map[string]Builder {
	mixed := func(n int) func(g *fake.Gen) string { return func(g *fake.Gen) string { return g.MixedAlnum(n) } }
	hex := func(n int) func(g *fake.Gen) string { return func(g *fake.Gen) string { return g.Hex(n) } }
	return map[string]Builder{
		"huggingface-token": prefixedCase("HF_TOKEN", fake.Join("h", "f_"), func(g *fake.Gen) string { return g.MixedLetters(34) },
			func(g *fake.Gen) string { return "HF_TOKEN=" + fake.Join("h", "f_", g.String(fake.Lower, 34)) + "\n" },
			func(g *fake.Gen) string { return "org_token: " + fake.Join("api", "_org_", g.MixedLetters(30)) + "\n" }),
		"groq-api-key": prefixedCase("GROQ_API_KEY", fake.Join("gs", "k_"), mixed(52),
			func(g *fake.Gen) string {
				return "GROQ_API_KEY=" + fake.Join("gs", "k_", g.String(fake.Lower, 52)) + "\n"
			}),
		"replicate-api-token": prefixedCase("REPLICATE_API_TOKEN", fake.Join("r8", "_"), mixed(37),
			func(g *fake.Gen) string {
				return "REPLICATE_API_TOKEN=" + fake.Join("r8", "_", g.MixedAlnum(38)) + "\n"
			}),
		"perplexity-api-key": prefixedCase("PERPLEXITY_API_KEY", fake.Join("pp", "lx-"), mixed(48),
			func(g *fake.Gen) string {
				return "PPLX_KEY=" + fake.Join("pp", "lx-", g.MixedAlnum(20), "-", g.MixedAlnum(27)) + "\n"
			}),
		"xai-api-key": plusPositives(prefixedCase("XAI_API_KEY", fake.Join("xa", "i-"), mixed(80),
			func(g *fake.Gen) string {
				return "XAI_API_KEY=" + fake.Join("xa", "i-", g.String(fake.Lower, 80)) + "\n"
			}),
			// underscores and dashes, 70 to 120 characters (trufflehog's and betterleaks' xai detectors)
			func(g *fake.Gen) []string {
				return []string{
					"XAI_API_KEY=" + fake.Join("xa", "i-", g.MixedAlnum(40), "_", g.MixedAlnum(39)) + "\n",
					"grok:\n  key: " + fake.Join("xa", "i-", g.MixedAlnum(50), "-", g.MixedAlnum(33)) + "\n",
				}
			}),
		"openrouter-api-key": prefixedCase("OPENROUTER_API_KEY", fake.Join("sk", "-or-", "v1-"), hex(64),
			func(g *fake.Gen) string {
				return "OPENROUTER_API_KEY=" + fake.Join("sk", "-or-", "v1-", strings.ToUpper(g.Hex(64))) + "\n"
			}),
		"together-api-key": prefixedCase("TOGETHER_API_KEY", fake.Join("tg", "p_v1_"), mixed(43),
			func(g *fake.Gen) string {
				return "TOGETHER_API_KEY=" + fake.Join("tg", "p_v2_", g.MixedAlnum(43)) + "\n"
			}),
		"fireworks-api-key": prefixedCase("FIREWORKS_API_KEY", fake.Join("f", "w_"), mixed(33),
			func(g *fake.Gen) string {
				return "\"" + fake.Join("f", "w_", "sessionhairpinmodeoverride") + "\": schema.TypeString,\n"
			}),
		"anyscale-api-key": prefixedCase("ANYSCALE_API_KEY", fake.Join("ese", "cret_"), func(g *fake.Gen) string { return g.LowerAlnum(26) },
			func(g *fake.Gen) string {
				return "function getSourceSecret_(sourceId) { return " + g.LowerAlnum(30) + "; }\n"
			}),
		"cerebras-api-key": prefixedCase("CEREBRAS_API_KEY", fake.Join("cs", "k-"), func(g *fake.Gen) string { return g.LowerAlnum(48) },
			func(g *fake.Gen) string {
				return "CEREBRAS_API_KEY=" + fake.Join("cs", "k-", g.String(fake.Lower, 48)) + "\n"
			}),
		"nvidia-api-key": prefixedCase("NVIDIA_API_KEY", fake.Join("nva", "pi-"), mixed(64),
			func(g *fake.Gen) string { return "NVIDIA_API_KEY=" + fake.Join("nva", "pi-", g.MixedAlnum(65)) + "\n" }),
		"voyage-api-key": prefixedCase("VOYAGE_API_KEY", fake.Join("p", "a-"), mixed(43),
			func(g *fake.Gen) string {
				return "VOYAGE_API_KEY=" + fake.Join("p", "a-", g.String(fake.Lower, 43)) + "\n"
			}),
		"tavily-api-key": prefixedCase("TAVILY_API_KEY", fake.Join("tv", "ly-", "dev-"), mixed(32),
			func(g *fake.Gen) string { return "TAVILY_API_KEY=" + fake.Join("tv", "ly-", g.MixedAlnum(33)) + "\n" }),
		"firecrawl-api-key": prefixedCase("FIRECRAWL_API_KEY", fake.Join("f", "c-"), hex(32),
			func(g *fake.Gen) string {
				return "FIRECRAWL_API_KEY=" + fake.Join("f", "c-", strings.ToUpper(g.Hex(32))) + "\n"
			}),
		"llamacloud-api-key": prefixedCase("LLAMA_CLOUD_API_KEY", fake.Join("ll", "x-"), mixed(48),
			func(g *fake.Gen) string {
				return "LLAMA_CLOUD_API_KEY=" + fake.Join("ll", "x-", g.String(fake.Lower, 48)) + "\n"
			}),
		"langsmith-api-key": prefixedCase("LANGSMITH_API_KEY", fake.Join("lsv2", "_pt_"), func(g *fake.Gen) string { return g.Hex(32) + "_" + g.Hex(10) },
			func(g *fake.Gen) string {
				return "LANGSMITH_API_KEY=" + fake.Join("lsv2", "_sk_", g.Hex(32), "_", g.Hex(9)) + "\n"
			}),
		"langfuse-secret-key": prefixedCase("LANGFUSE_SECRET_KEY", fake.Join("sk", "-lf-"), func(g *fake.Gen) string { return g.UUID() },
			func(g *fake.Gen) string { return "LANGFUSE_PUBLIC_KEY=" + fake.Join("pk", "-lf-", g.UUID()) + "\n" }),
		"wandb-api-key": prefixedCase("WANDB_API_KEY", fake.Join("wan", "db_v1_"), func(g *fake.Gen) string { return g.MixedAlnum(27) + "_" + g.MixedAlnum(49) },
			func(g *fake.Gen) string {
				return "WANDB_API_KEY=" + fake.Join("wan", "db_v1_", g.MixedAlnum(27), "_", g.MixedAlnum(20)) + "\n"
			}),
		"pinecone-api-key": prefixedCase("PINECONE_API_KEY", fake.Join("pc", "sk_"), func(g *fake.Gen) string { return g.MixedAlnum(6) + "_" + g.MixedAlnum(63) },
			func(g *fake.Gen) string {
				return "PINECONE_API_KEY=" + fake.Join("pc", "sk_", g.MixedAlnum(6), "_", g.MixedAlnum(30)) + "\n"
			}),
		"helicone-api-key": prefixedCase("HELICONE_API_KEY", fake.Join("sk", "-helicone-"), func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(7), "-", g.LowerAlnum(7), "-", g.LowerAlnum(7), "-", g.LowerAlnum(7))
		}, func(g *fake.Gen) string {
			return "HELICONE_API_KEY=" + fake.Join("pk", "-helicone-", g.LowerAlnum(7), "-", g.LowerAlnum(7), "-", g.LowerAlnum(7), "-", g.LowerAlnum(7)) + "\n"
		}),
	}
}

// b64 is standard padded base64 of s.
func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

// assigned builds the cases of a rule that needs a provider's name next to
// a value: positives in a .env line and in a YAML or code setting, and
// negatives with the value unassigned to the provider, with half the
// value, and the extra negatives given.
func assigned(envName, codeLine string, value func(g *fake.Gen) string, extra ...func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		v := value(g)
		c := Cases{
			Positives: []string{
				"# providers\n" + envName + "=" + v + "\n",
				strings.ReplaceAll(codeLine, "VALUE", value(g)),
			},
			Negatives: []string{
				"SERVICE_API_KEY=" + v + "\n",
				envName + "=" + v[:len(v)/2] + "\n",
			},
		}
		for _, e := range extra {
			c.Negatives = append(c.Negatives, e(g))
		}
		return c
	}
}

func contextCases() map[string]Builder {
	mixed := func(n int) func(g *fake.Gen) string { return func(g *fake.Gen) string { return g.MixedAlnum(n) } }
	hex := func(n int) func(g *fake.Gen) string { return func(g *fake.Gen) string { return g.Hex(n) } }
	return map[string]Builder{
		"cohere-api-key": assigned("COHERE_API_KEY", "co = cohere.ClientV2(api_key=\"VALUE\")\n", mixed(40),
			func(g *fake.Gen) string { return "COHERE_API_KEY=" + g.String(fake.Lower, 40) + "\n" }),
		"mistral-api-key": assigned("MISTRAL_API_KEY", "client = Mistral(api_key='VALUE')\n", mixed(32),
			func(g *fake.Gen) string {
				return "MISTRAL_MODEL=mistral-large-latest\nMODEL_KEY=" + g.MixedAlnum(32) + "\n"
			}),
		"deepseek-api-key": assigned("DEEPSEEK_API_KEY", "deepseek_client = OpenAI(api_key=\"VALUE\")\n",
			func(g *fake.Gen) string { return fake.Join("s", "k-", g.Hex(32)) },
			func(g *fake.Gen) string {
				return "DEEPSEEK_API_KEY=" + fake.Join("s", "k-", strings.ToUpper(g.Hex(32))) + "\n"
			}),
		"stability-api-key": assigned("STABILITY_API_KEY", "os.environ[\"STABILITY_API_KEY\"] = \"VALUE\"\n",
			func(g *fake.Gen) string { return fake.Join("s", "k-", g.MixedAlnum(48)) },
			func(g *fake.Gen) string { return "STABILITY_API_KEY=" + g.OpenAIKey("") + "\n" }),
		"together-legacy-key": assigned("TOGETHER_API_KEY", "import together\ntogether.api_key = \"VALUE\"\n", hex(64),
			func(g *fake.Gen) string { return "We merged these together in " + g.Hex(64) + "\n" }),
		"pinecone-legacy-key": assigned("PINECONE_API_KEY", "pinecone.init(api_key=\"VALUE\", environment=\"us-west1-gcp\")\n",
			func(g *fake.Gen) string { return g.UUID() },
			func(g *fake.Gen) string { return "PINECONE_INDEX_HOST_ID=" + g.UUID() + "\n" },
			func(g *fake.Gen) string { return "PINECONE_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"weaviate-api-key": assigned("WEAVIATE_API_KEY", "weaviate_api_key: \"VALUE\"\n", mixed(40),
			func(g *fake.Gen) string {
				return "WEAVIATE_URL=https://" + g.String(fake.Lower, 10) + ".c0.europe-west3.gcp.weaviate.cloud\n"
			},
			func(g *fake.Gen) string { return "WEAVIATE_API_KEY=your-weaviate-api-key\n" }),
		"qdrant-api-key": assigned("QDRANT_API_KEY", "qdrant:\n  url: http://localhost:6333\n  qdrant_api_key: \"VALUE\"\n", mixed(48),
			func(g *fake.Gen) string {
				return "QDRANT_API_KEY=" + fake.Join("ey", "JhbGciOiJIUzI1NiJ9.", g.MixedAlnum(40)) + "\n"
			},
			func(g *fake.Gen) string { return "QDRANT_API_KEY=\"your-qdrant-api-key\"\n" }),
		"comet-api-key": assigned("COMET_API_KEY", "comet_ml.init(api_key=\"VALUE\", project_name=\"nlp\")\n", mixed(25),
			func(g *fake.Gen) string { return "COMET_API_KEY=" + g.String(fake.Lower, 25) + "\n" }),
		"wandb-legacy-key": assigned("WANDB_API_KEY", "!wandb login VALUE\n", hex(40),
			func(g *fake.Gen) string { return "wandb_run_commit = \"" + g.Hex(40) + "\"\n" }),
		"modal-token-secret": assigned("MODAL_TOKEN_SECRET", "[default]\ntoken_id = \"ak-"+"Xq\"\ntoken_secret = \"VALUE\"\n",
			func(g *fake.Gen) string { return fake.Join("a", "s-", g.MixedAlnum(22)) },
			func(g *fake.Gen) string { return "token_id = \"" + fake.Join("a", "k-", g.MixedAlnum(22)) + "\"\n" }),
	}
}

func audioCases() map[string]Builder {
	hex := func(n int) func(g *fake.Gen) string { return func(g *fake.Gen) string { return g.Hex(n) } }
	return map[string]Builder{
		"elevenlabs-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export ELEVENLABS_API_KEY=\"" + fake.Join("s", "k_", g.Hex(48)) + "\"\n",
					// the key's shape is its own: no name is needed
					"SPEECH_KEY=" + fake.Join("s", "k_", g.Hex(48)) + "\n",
					"curl -H 'xi-api-key: " + fake.Join("s", "k_", g.Hex(48)) + "' https://api.elevenlabs.io/v1/voices\n",
				},
				Negatives: []string{
					"ELEVENLABS_API_KEY=" + fake.Join("s", "k_", g.Hex(47)) + "\n",
					"ELEVENLABS_API_KEY=" + fake.Join("s", "k_", g.MixedAlnum(48)) + "\n",
					"task_" + g.Hex(48) + " = 1\n",
				},
			}
		},
		"elevenlabs-legacy-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"headers = {\"xi-api-key\": \"" + g.Hex(32) + "\", \"Content-Type\": \"application/json\"}\n",
					"ELEVENLABS_API_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"ELEVENLABS_VOICE_ID=" + g.MixedAlnum(20) + "\n",
					"SPEECH_KEY=" + g.Hex(32) + "\n",
					"ELEVENLABS_API_KEY=" + g.Hex(31) + "\n",
				},
			}
		},
		"assemblyai-api-key": assigned("ASSEMBLYAI_API_KEY", "assemblyai_api_key: VALUE\n", hex(32),
			func(g *fake.Gen) string { return "ASSEMBLYAI_API_KEY=<your-assemblyai-key>\n" }),
		"deepgram-api-key": assigned("DEEPGRAM_API_KEY", "deepgram_api_key: \"VALUE\"\n", hex(40),
			func(g *fake.Gen) string { return "DEEPGRAM_PROJECT_ID=" + g.UUID() + "\n" }),
	}
}

func toolingCases() map[string]Builder {
	return map[string]Builder{
		"mcp-server-env-secret": func(g *fake.Gen) Cases {
			server := func(env string) string {
				return "{\n  \"mcpServers\": {\n    \"github\": {\n      \"command\": \"npx\",\n" +
					"      \"args\": [\"-y\", \"@modelcontextprotocol/server-github\"],\n" +
					"      \"env\": {\n" + env + "\n      }\n    }\n  }\n}\n"
			}
			return Cases{
				Positives: []string{
					server("        \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"" + g.MixedAlnum(40) + "\""),
					"[mcp_servers.brave-search]\ncommand = \"npx\"\nargs = [\"-y\", \"@brave/brave-search-mcp-server\"]\n" +
						"env = { BRAVE_API_KEY = \"" + g.MixedAlnum(31) + "\" }\n",
				},
				Negatives: []string{
					server("        \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"${GITHUB_TOKEN}\""),
					server("        \"LOG_LEVEL\": \"debug\",\n        \"GITHUB_HOST\": \"github." + g.String(fake.Lower, 8) + ".com\""),
					server("        \"GITHUB_PERSONAL_ACCESS_TOKEN\": \"<your-token-here>\""),
				},
			}
		},
	}
}

func genericCases() map[string]Builder {
	return map[string]Builder{
		"generic-yaml-next-line-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"acme:\n  api_token: |\n    " + g.MixedAlnum(40) + "\n  region: eu\n",
					"DB_PASSWORD: >-\n  " + HumanPassword(g) + "\n",
					"api_keys:\n  - " + g.MixedAlnum(32) + "\n  - " + g.MixedAlnum(32) + "\n",
					"webhook:\n  secret:\n    \"" + g.MixedAlnum(24) + "\"\n",
				},
				Negatives: []string{
					// entries of a mapping, references and templates, words
					"password:\n  description: the password of the admin user\n  type: string\n",
					"secrets:\n  - name: acme-api-key\n    key: token\n",
					"api_keys:\n  - ${ACME_API_KEY}\n",
					"password: |\n  {{ .Values.db.password }}\n",
					"tokens:\n  - identifier\n  - keyword\n",
					"token: " + g.MixedAlnum(32) + "\nname:\n  " + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"generic-short-secret-name": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"QINIU_SK=" + g.MixedAlnum(40) + "\n",
					"{\"ak\": \"" + g.MixedAlnum(20) + "\", \"sk\": \"" + g.MixedAlnum(40) + "\"}\n",
					"storage.sk: " + g.MixedAlnum(40) + "\n",
					"GH_TKN=" + g.MixedAlnum(36) + "\n", "export API_TOK='" + g.MixedAlnum(32) + "'\n",
					"STRIPE_SK := \"" + g.MixedAlnum(24) + "==\"\n",
				},
				Negatives: []string{
					// SK, TKN and TOK as part of another word or name
					"TASK_SKIP=" + g.MixedAlnum(24) + "\n", "BUCKET_SK_ID=" + g.MixedAlnum(24) + "\n",
					"{\"skin\": \"" + g.MixedAlnum(24) + "\"}\n", "LEXER_TOK_KIND=" + g.MixedAlnum(12) + "\n",
					// sk the language code, a key file's suffix, a locale
					"\t{\"sk\", \"windows-1250\"},\n", "('id_ecdsa_sk', 'id_ed25519_sk', 'id_rsa')\n",
					"sk_SK:\t\t\tsk_SK.ISO8859-2\n",
					// words, placeholders and short values
					"QINIU_SK=your-qiniu-secret-key-here\n", "GH_TKN=${GH_TKN}\n", "API_TOK=" + g.MixedAlnum(10) + "\n",
				},
			}
		},
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DB_HOST=db.internal\nDB_PASSWORD=" + g.MixedAlnum(20) + "\n",
					// a password under a short name, a passcode
					"DB_PW=" + g.MixedAlnum(16) + "\n",
					"{\"pw\": \"" + g.MixedAlnum(14) + "\"}\n",
					"SMTP_PASSCODE=" + g.MixedAlnum(12) + "\n",
					// a plural name: a list of keys, the first of them
					"ACME_API_KEYS=" + g.MixedAlnum(32) + "," + g.MixedAlnum(32) + "\n",
					"{\"apiKeys\": [\"" + g.MixedAlnum(32) + "\", \"" + g.MixedAlnum(32) + "\"]}\n",
					"DEPLOY_TOKENS = ['" + g.MixedAlnum(40) + "']\n",
					"TOKENS_KEY=" + g.MixedAlnum(32) + "\n", // tokens then a word: not a lexer's
					// a name, a dash and the quoted value, as notes and test data write it
					"acme api token - '" + g.MixedAlnum(32) + "'\n",
					// R's assignment
					"ACME_API_KEY <- \"" + g.MixedAlnum(32) + "\"\n",
					// a section of secrets, each entry named for its service
					"secrets:\n  acme: " + g.MixedAlnum(24) + "\n  globex: " + g.MixedAlnum(24) + "\n",
					// a Kubernetes Secret's stringData names no credential word
					"apiVersion: v1\nkind: Secret\nmetadata:\n  name: acme\nstringData:\n  acme: " + g.MixedAlnum(24) + "\n",
					"{\n  \"kind\": \"Secret\",\n  \"stringData\": {\n    \"acme\": \"" + g.MixedAlnum(24) + "\"\n  }\n}\n",
					// a Kubernetes Secret's data: the same, base64-encoded; the
					// kind line may come after data:, and `echo pw | base64`
					// encodes the newline too
					"apiVersion: v1\nkind: Secret\nmetadata:\n  name: acme\ntype: Opaque\ndata:\n  acme: " + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(24))) + "\n",
					"apiVersion: v1\ndata:\n  username: " + base64.StdEncoding.EncodeToString([]byte("deploy")) + "\n  acme: " + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(20)+"\n")) + "\nkind: Secret\n",
					"{\n  \"kind\": \"Secret\",\n  \"data\": {\n    \"acme\": \"" + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(24))) + "\"\n  }\n}\n",
					// a URL query: the value ends at the next parameter
					"GET https://api.acme.test/v1/data?token=" + g.MixedAlnum(32) + "&q=london\n",
					"curl 'https://api.acme.test/v1/data?access_token=" + g.MixedAlnum(32) + "&page=2&per_page=50'\n",
					"oauth:\n  client_secret: \"" + g.MixedAlnum(32) + "\"\n",
					"export API_TOKEN='" + g.MixedAlnum(24) + "'\n",
					"AWS_SECRET_ACCESS_KEY=" + g.Hex(40) + "\n",
					"ssh_key_passphrase: \"" + g.MixedAlnum(18) + "\"\n",
					"<add key=\"SmtpPassword\" value=\"" + g.MixedAlnum(12) + "!#\" />\n",
					"{\"apiKey\": \"" + g.Hex(40) + "\", \"region\": \"eu\"}\n",
					"$config['db_password'] => '" + g.MixedAlnum(22) + "@" + "';\n",
					// letters with one symbol set in, the way people make passwords:
					// two different words (copperpepper, pepperpepper fall under the
					// rule's entropy floor)
					"<add key=\"FromEmailPassword\" value=\"" + twoHumanWords(g) + g.Pick("$", "!", "#", "&") + "\"/>\n",
					// two words and digits: two short words alone may fall under the
					// rule's entropy floor (pepper#copper: 2.3 bits)
					"auth:\n  secret: \"" + strings.ToLower(g.Pick(humanWords...)) + "#" + strings.ToLower(g.Pick(humanWords...)) + g.String(fake.Digits, 3) + "\"\n",
					// a password checked against a literal in code
					"if username == \"admin\" and password == \"" + HumanPassword(g) + "\":\n    return True\n",
					"if (req.body.password !== '" + HumanPassword(g) + "') { return res.sendStatus(401); }\n",
					// a type between the name and the value (TypeScript, Kotlin,
					// Swift, Python, Rust, Go)
					"const apiToken: string = \"" + g.MixedAlnum(32) + "\";\n",
					"val dbPassword: String = \"" + HumanPassword(g) + "\"\n",
					"API_SECRET: Final[str] = '" + g.MixedAlnum(28) + "'\n",
					"const API_TOKEN: &str = \"" + g.MixedAlnum(30) + "\";\n",
					"var password string = \"" + HumanPassword(g) + "\"\n",
					// the value on the next line, and a Kubernetes env entry
					"private static final String API_TOKEN =\n        \"" + g.MixedAlnum(36) + "\";\n",
					"env:\n  - name: DB_PASSWORD\n    value: \"" + HumanPassword(g) + "\"\n",
					// a JSON name/value pair, a subscript compared in a test
					"{\"name\": \"registry-password\", \"value\": \"" + HumanPassword(g) + "\"}\n",
					"assert.equal(parsed['password'], '" + HumanPassword(g) + "');\n",
					// a literal fallback for a variable that is not set
					"const apiToken = process.env.API_TOKEN || '" + g.MixedAlnum(32) + "';\n",
					"password = os.environ.get(\"DB_PASSWORD\") or \"" + HumanPassword(g) + "\"\n",
					"psql \"postgres://app:${DB_PASSWORD:-" + HumanPassword(g) + "}@db/app\"\n",
					// a setter or constructor taking the literal
					"client.setApiToken(\"" + g.MixedAlnum(32) + "\");\n",
					"DataSource ds = builder.withPassword('" + HumanPassword(g) + "').build();\n",
					// an Azure Resource Manager parameter file
					"\"parameters\": {\n  \"adminPassword\": {\n    \"value\": \"" + HumanPassword(g) + "\"\n  }\n}\n",
					// a name that goes on past its credential word
					"api_key_for_billing = \"" + g.MixedAlnum(32) + "\"\n",
					"secretKeyForAcme: " + g.MixedAlnum(40) + "\n",
					"ACCESS_TOKEN_PROD_EAST='" + g.MixedAlnum(36) + "'\n",
					// words before the credential word that do not change it
					"billing_service_auth_token = \"" + g.MixedAlnum(32) + "\"\n",
					"const deployBotToken = \"" + g.MixedAlnum(40) + "\";\n",
					// a PHP append; Make's ::= and :::= assignments
					"$apiToken .= \"" + g.MixedAlnum(32) + "\";\n",
					"DB_PASSWORD ::= \"" + HumanPassword(g) + "\"\n",
					"API_SECRET :::= " + g.MixedAlnum(28) + "\n",
				},
				Negatives: []string{
					"DB_PW=${DB_PW_FROM_VAULT}\n", "toggle_pw: showPasswordField\n",
					// subtraction
					"remaining := token - skew" + g.String(fake.Digits, 2) + "\n", "left = password - 'x'\n",
					// a name after a \n escape in a string literal: public_token, not npublic_token
					"{\"config.ini\": \"[web]\\npublic_token=" + g.MixedAlnum(32) + "\"}\n",
					// a lexer's tokens; a list under a name that is not plural
					// for credentials; a template after the host of a host=token pair
					"\ttokens = 2*maxCompilerConcurrency + minTokens*cfg.BuildP\n",
					"\t\t\ttokens.AnsiEscapeSequences = mode.ansi7Bit\n",
					"    token_variants = ['+i6t-not-inline', '+i6t-inline', '+i6t-use-option']\n",
					"            access-tokens = github.com=${{ secrets.GITHUB_TOKEN }}\n",
					"  resumeExperiment(experimentId: ID!, credentials: [GenerativeCredentialInput!]): ResumeExperimentPayload!\n",
					"secrets:\n  acme: ${ACME_SECRET}\n", "servers:\n  acme: " + g.MixedAlnum(24) + "\n",
					"kind: Secret\nstringData:\n  username: acme-deploy\n  host: db.acme.test\n  port: \"5432\"\n",
					// a Secret's data: user name and certificate; a ConfigMap's data:;
					// the next document's
					"kind: Secret\ndata:\n  username: " + base64.StdEncoding.EncodeToString([]byte("acme-deploy")) + "\n  tls.crt: " + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(24))) + "\n",
					"kind: ConfigMap\ndata:\n  acme: " + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(24))) + "\n",
					"kind: Secret\nstringData: {}\n---\nkind: ConfigMap\ndata:\n  acme: " + base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(24))) + "\n",
					// a rule's keyword list, read as a name and its value: a scheme
					// and a credential too short to be one
					"keywords = [\"acme_token\", \"bearer 1/\"]\n", "headers = (\"api_token\", \"Bearer ab12\")\n",
					// a cursor of a paged API
					"{\"nextPageToken\": \"" + g.MixedAlnum(32) + "\"}\n", "GET /items?$skipToken=" + g.MixedAlnum(24) + "&top=50\n",
					// a name about the secret, not the secret: its hash, name, URL, header
					"password_hash = \"" + g.MixedAlnum(40) + "\"\n",
					// Make reading the value from a file; PHP appending a variable
					"API_TOKEN ::= $(shell cat .secrets/api_token_" + g.LowerAlnum(6) + ")\n",
					"$password .= $salt" + g.String(fake.Digits, 2) + ";\n",
					// a file's name and a label beside it, not a name and its value
					"add(\"charts/" + g.LowerAlnum(6) + "/templates/secret.yaml\", \"k8s-yaml\", b.String())\n",
					"files := map[string]string{\"deploy/token.json\": \"" + g.MixedAlnum(20) + "\"}\n",
					// a CSRF token written into a form, a value public by design
					"<input type=\"hidden\" name=\"authenticity_token\" value=\"" + g.String(fake.Base64URL, 86) + "\" autocomplete=\"off\" />\n",
					"const publicToken = \"" + g.MixedAlnum(43) + "\";\n",
					"NEXT_PUBLIC_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					"csrf_token: \"" + g.MixedAlnum(40) + "\"\n",
					"secret_name: " + g.LowerAlnum(12) + "-" + g.String(fake.Digits, 4) + "\n",
					"api_key_header_name = \"X-Api-Key-" + g.MixedAlnum(8) + "\"\n",
					// a comparison with a variable, not a literal
					"if token.typ != expected" + g.String(fake.Digits, 1) + " && token.typ != other" + g.MixedAlnum(6) + " {\n",
					"if password == storedPassword" + g.String(fake.Digits, 2) + ":\n",
					// a name that goes on to say what the value is: a login, a store,
					// part of a URL; an upper-case suffix glued on is a hash's name
					"repo-token-user-login: '" + g.LowerAlnum(6) + "-actions[bot]'\n",
					"docs/credential-store: s/--store/--" + g.LowerAlnum(5) + "/\n",
					"credential.https://dev.azure.com.useHttpPath=true::\n",
					"PWDHASH='" + g.MixedAlnum(10) + ".KM'\n",
					// where a credential came from, when it was used, a response's name
					"CredentialSource: credSource" + g.MixedAlnum(6) + "Metadata" + g.String(fake.Digits, 1) + ",\n",
					"\"credential_authorized_at\": \"20" + g.String(fake.Digits, 2) + "-01-21T00:00:00Z\",\n",
					"t.Errorf(\"TestCreateTokenResponse: -want/+got" + g.String(fake.Digits, 2) + ":\\n%s\", diff)\n",
					"t.Errorf(\"TestIDTokenUnmarshal: -want/+got" + g.String(fake.Digits, 2) + ":\\n%s\", diff)\n",
					"\"token_scopes\": \"gist,repo:read" + g.String(fake.Digits, 2) + "\",\n",
					"// Oauth2ClientCredentialsConfig: Oauth" + g.String(fake.Digits, 1) + ".0 Client Credentials.\n",
					"{\"ClientRequestToken\":\"test-config-variable-" + g.Hex(40) + "\"}\n",
					"credentials.Package = \"github.com/" + g.LowerAlnum(8) + "/ecr-credential-helper/ecr-login\"\n",
					// a file named after the secret, given to a call with another argument
					"add(\"charts/api/templates/secret.yaml\", \"k8s-" + g.LowerAlnum(4) + "\", text)\n",
					"password = os.environ[\"DB_PASSWORD\"]\n",
					"\tPrivateKey:  testRSA2048PrivateKey,\n",
					"api_key: \"${API_KEY}\"\n",
					"--set pixie.apiKey=px-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5\n",
					"password_reset_url = \"https://example.org/reset\"\n",
					"tokens = 2*maxCompilerConcurrency + minTokens*cfg.BuildP\n",
					"export PGPASSWORD=\"$gdcapi_db_password\"\n",
					"put '/forgot-password' => \"cms/sites/passwords#update\", as: 'update_password'\n",
					"secret: changeme-" + g.MixedAlnum(8) + "\n",
					// one symbol: a shell variable inside the value, a short word,
					// "secret" spelled with a '$'
					"password = \"" + strings.ToLower(g.Pick(humanWords...)) + "$HOME\"\n",
					"password = \"" + g.Pick(humanWords...) + "!\"\n",
					"password = \"" + strings.ToLower(g.Pick(humanWords...)) + "$ecret\"\n",
					"if (password === confirmPassword && secret != \"\") {}\n",
					// a type with no literal, a next line that is not a value
					"const apiToken: string = process.env.API_TOKEN ?? \"\";\n",
					"val dbPassword: String = System.getenv(\"DB_PASSWORD\")\n",
					"password:\n  description: " + g.MixedAlnum(20) + "\n",
					"env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef: {name: db, key: password}\n",
					"{\"name\": \"registry-password\", \"value\": \"${REGISTRY_PASSWORD}\"}\n",
					"const apiToken = process.env.API_TOKEN || defaultTokenValue;\n",
					"String user = getPassword(\"username\");\n",
					"token = os.getenv(\"API_TOKEN\")\n",
					"client.setApiToken(System.getenv(\"API_TOKEN\"));\n",
					"psql \"postgres://app:${DB_PASSWORD:-}@db/app\"\n",
					"\"adminPassword\": {\n  \"reference\": {\"keyVault\": {\"id\": \"/subscriptions/x\"}, \"secretName\": \"vmAdminPassword\"}\n}\n",
				},
			}
		},
		"dockerfile-env-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FROM alpine:3.20\nENV APP_SECRET " + g.MixedAlnum(28) + "\n",
					"FROM node:22\nWORKDIR /app\n  ENV DB_PASSWORD " + HumanPassword(g) + "\n",
					"ENV ACME_API_KEY \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					"FROM alpine:3.20\nENV APP_SECRET ${APP_SECRET}\n",
					"ENV NODE_ENV production\n",
					"# set ENV TOKEN before running\n",
				},
			}
		},
		"django-secret-key": func(g *fake.Gen) Cases {
			charset := fake.Lower + fake.Digits + "!@#$%^&*(-_=+)"
			return Cases{
				Positives: []string{
					"# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '" + fake.Join("django", "-insecure-", g.String(charset, 50)) + "'\n",
					"DJANGO_SECRET_KEY=\"" + fake.Join("django", "-insecure-", g.String(charset, 50)) + "\"\n",
				},
				Negatives: []string{
					"SECRET_KEY = '" + fake.Join("django", "-insecure-", g.String(charset, 20)) + "'\n",
					"SECRET_KEY = '" + fake.Join("django", "-insecure-", "change_me_", g.String(charset, 40)) + "'\n",
				},
			}
		},
	}
}
