// Cases of the AI-infrastructure rules of the s25 pass: vector databases
// (Zilliz Cloud, LanceDB Cloud), LLM observability, evaluation and data
// tooling (Labelbox, Gretel, WhyLabs, Traceloop, Langtrace, Keywords AI,
// Galileo, Confident AI)
// and AI coding tools (Windsurf). Every value is generated here; prefixes
// are joined from parts so that the tree holds no token-shaped text.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25Base32 is the RFC 4648 base32 alphabet, without padding.
const s25Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

// s25LabelboxKey is a Labelbox-shaped API key: an HS256 JWT whose claims
// are claims.
func s25LabelboxKey(g *fake.Gen, claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + "." + saasURL(g, 43)
}

// s25LabelboxClaims are the claims of a Labelbox API key: user, organization
// and key IDs (cuids), the key's secret and its dates.
func s25LabelboxClaims(g *fake.Gen) string {
	cuid := func() string { return "c" + g.LowerAlnum(24) }
	return `{"userId":"` + cuid() + `","organizationId":"` + cuid() + `","apiKeyId":"` + cuid() +
		`","secret":"` + g.Hex(32) + `","iat":1700000000,"exp":2300000000}`
}

// s25ai2Cases are the generated cases of the rules this pass adds.
func s25ai2Cases() map[string]Builder {
	lance := fake.Join("s", "k_")
	gretel := fake.Join("gr", "tu")
	traceloop := fake.Join("t", "l_")
	windsurf := fake.Join("sk-", "ws-01-")
	b32 := func(n int) cfVal { return func(g *fake.Gen) string { return g.String(s25Base32, n) } }
	labelbox := func(g *fake.Gen) string { return s25LabelboxKey(g, s25LabelboxClaims(g)) }
	whylabs := cfCat(cfMix(10), cfLit("."), cfMix(53), cfLit(":org-"), cfMix(6))
	keywordsAI := cfCat(cfMix(8), cfLit("."), cfMix(32))
	confident := fake.Join("confi", "dent_")
	b64key := cfCat(cfB64(43), cfLit("="))
	return map[string]Builder{
		"zilliz-cloud-api-key": withCases(
			cfNamed("ZILLIZ_CLOUD_API_KEY", cfHex(104), cfHexU(104), cfMix(104)),
			func(g *fake.Gen) Cases {
				host := "https://in03-" + g.Hex(15) + ".serverless.aws-eu-central-1.cloud.zilliz.com"
				return Cases{
					Positives: []string{
						"from pymilvus import MilvusClient\n\nclient = MilvusClient(uri=\"" + host + "\", token=\"" + g.Hex(104) + "\")\n",
						"ZILLIZ_API_KEY = \"" + g.Hex(104) + "\"\n",
					},
					Negatives: []string{
						// a cluster user and password, not an API key
						"client = MilvusClient(uri=\"" + host + "\", token=\"db_admin:" + g.MixedAlnum(16) + "\")\n",
						// a SHA-256 digest is not 104 digits long
						"zilliz_checksum = \"" + g.Hex(64) + "\"\n",
					},
				}
			}),
		"lancedb-cloud-api-key": withCases(
			cfPrefixed("LANCEDB_API_KEY", lance, cfCat(b32(52), cfLit("====")),
				cfCat(cfLit(lance), cfLower(52), cfLit("====")),
				cfCat(cfLit(lance), b32(52))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"db = lancedb.connect(\n    uri=\"db://docs-" + g.LowerAlnum(6) + "\",\n    api_key=\"" + lance + g.String(s25Base32, 52) + "====\",\n    region=\"us-east-1\",\n)\n",
					},
					Negatives: []string{
						"LANCEDB_API_KEY=" + lance + "xxxxxxxxxxxxxxxxxxxxxxxxxx\n",
						// a Stripe-style key is not base32
						"STRIPE_KEY=" + lance + "live_" + g.MixedAlnum(52) + "====\n",
					},
				}
			}),
		"labelbox-api-key": withCases(
			cfNamed("LABELBOX_API_KEY", labelbox,
				func(g *fake.Gen) string { return s25LabelboxKey(g, `{"sub":"`+g.LowerAlnum(20)+`","iat":1700000000}`) }),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"import labelbox\n\nclient = labelbox.Client(api_key=\"" + labelbox(g) + "\")\n",
					},
					Negatives: []string{
						// the same key shape with no Labelbox name near it
						"SESSION_TOKEN=" + labelbox(g) + "\n",
						"LABELBOX_PROJECT_ID = \"c" + g.LowerAlnum(24) + "\"\n",
					},
				}
			}),
		"gretel-api-key": withCases(
			cfPrefixed("GRETEL_API_KEY", gretel, cfHex(64),
				cfCat(cfLit(gretel), cfHexU(64)),
				cfCat(cfLit(gretel), cfHex(63))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"from gretel_client import configure_session\n\nconfigure_session(api_key=\"" + gretel + g.Hex(64) + "\", validate=True)\n",
					},
					Negatives: []string{
						"GRETEL_API_KEY=" + gretel + "XXX\n",
						"configure_session(api_key=\"" + gretel + "...\")\n",
					},
				}
			}),
		"whylabs-api-key": withCases(
			cfNamed("WHYLABS_API_KEY", whylabs,
				cfCat(cfMix(10), cfLit("."), cfMix(40)),
				cfCat(cfMix(10), cfLit("."), cfLit(strings.Repeat("x", 53)))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"import whylogs as why\n\nwhy.init(whylabs_api_key=\"" + g.MixedAlnum(10) + "." + g.MixedAlnum(53) + "\", default_dataset_id=\"model-1\")\n",
					},
					Negatives: []string{
						"os.environ[\"WHYLABS_API_KEY\"] = \"0123456789.any\"\n",
						"WHYLABS_DEFAULT_ORG_ID=org-" + g.MixedAlnum(6) + "\n",
					},
				}
			}),
		"traceloop-api-key": withCases(
			cfPrefixed("TRACELOOP_API_KEY", traceloop, cfHex(32),
				cfCat(cfLit(traceloop), cfHexU(32)),
				cfCat(cfLit(traceloop), cfLetters(32))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"Traceloop.init(app_name=\"agent\", api_key=\"" + traceloop + g.Hex(32) + "\")\n",
					},
					Negatives: []string{
						// the prefix glued to a longer name
						"const ctl_" + g.Hex(32) + " = 1;\n",
						"export TRACELOOP_API_KEY=" + traceloop + "xxxxxxxxxxxxx\n",
					},
				}
			}),
		"langtrace-api-key": withCases(
			cfNamed("LANGTRACE_API_KEY", cfHex(64), cfHexU(64), cfLetters(64)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"from langtrace_python_sdk import langtrace\n\nlangtrace.init(api_key=\"" + g.Hex(64) + "\")\n",
					},
					Negatives: []string{
						"LANGTRACE_API_HOST=https://app.langtrace.ai\nSPAN_ID=" + g.Hex(64) + "\n",
						"LANGTRACE_API_KEY=demo-api-key\n",
					},
				}
			}),
		"keywords-ai-api-key": withCases(
			cfNamed("KEYWORDSAI_API_KEY", keywordsAI,
				cfCat(cfMix(8), cfLit("."), cfMix(20)),
				cfCat(cfMix(8), cfLit("-"), cfMix(32))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"KEYWORDS_AI_API_KEY=" + g.MixedAlnum(8) + "." + g.MixedAlnum(32) + "\n",
					},
					Negatives: []string{
						"KEYWORDSAI_API_KEY=your_keywordsai_api_key_here\n",
						"keywords = \"" + g.MixedAlnum(8) + "." + g.MixedAlnum(32) + "\"\n",
					},
				}
			}),
		"galileo-api-key": withCases(
			cfNamed("GALILEO_API_KEY", cfCat(cfMix(40), cfURL(3)), cfMix(30), cfCat(cfMix(40), cfLit("+/="))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"resp = requests.post(url, headers={\"Galileo-Api-Key\": \"" + g.MixedAlnum(43) + "\"}, json=body)\n",
					},
					Negatives: []string{
						// the bare word is a name, not a Galileo setting
						"galileo = \"" + g.MixedAlnum(43) + "\"\n",
						"GALILEO_PROJECT_ID=" + g.MixedAlnum(43) + "\n",
					},
				}
			}),
		"confident-ai-api-key": withCases(
			cfPrefixed("CONFIDENT_API_KEY", confident+"us_", b64key,
				cfCat(cfLit(confident+"us_"), cfB64(30), cfLit("=")),
				cfCat(cfLit(confident+"us_"), cfB64(43))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"CONFIDENT_API_KEY=" + confident + "eu_proj_" + g.String(fake.Base64, 43) + "=\n",
						"from deepeval import login\n\nlogin(\"" + confident + "us_org_" + g.String(fake.Base64, 43) + "=\")\n",
					},
					Negatives: []string{
						"CONFIDENT_API_KEY=" + confident + "us_REPLACE_WITH_DEV_KEY\n",
						"client = ConfidentAI(api_key=\"" + confident + "us_org_abc\")\n",
					},
				}
			}),
		"windsurf-api-key": withCases(
			cfPrefixed("WINDSURF_API_KEY", windsurf, cfURL(94),
				cfCat(cfLit(windsurf), cfURL(60))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"{\n  \"metadata\": {\n    \"ideName\": \"windsurf\",\n    \"apiKey\": \"" + windsurf + saasURL(g, 94) + "\"\n  }\n}\n",
					},
					Negatives: []string{
						"WINDSURF_DIRECT_KEY=" + windsurf + "real-key\n",
						"node fleet_vm_unit.js --api-key " + windsurf + "xxx --port 7862\n",
					},
				}
			}),
	}
}
