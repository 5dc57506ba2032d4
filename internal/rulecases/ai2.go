// Cases of the rules added or widened by the AI-provider coverage pass.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// cfScannable is a Cloudflare scannable credential: prefix, 40 letters
// and digits, and the lower-case hex CRC32 of those 40.
func cfScannable(prefix string) cfVal {
	return func(g *fake.Gen) string {
		body := g.MixedAlnum(40)
		return fake.Join(prefix, body, fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body))))
	}
}

// cfScannableBadSum is a scannable-shaped credential whose checksum does
// not match its body.
func cfScannableBadSum(prefix string) cfVal {
	return func(g *fake.Gen) string {
		body := g.MixedAlnum(40)
		return fake.Join(prefix, body, fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body))^0x5a5a))
	}
}

// n8nKey is an n8n public API key: a JWT whose claims name n8n as issuer
// and the public API as audience; claims replaces the claims' JSON text
// when it is not empty.
func n8nKey(g *fake.Gen, iss, aud, claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	if claims == "" {
		claims = `{"sub":"` + saasUUID(g) + `","iss":"` + iss + `","aud":"` + aud + `","jti":"` + saasUUID(g) + `","iat":1790000000}`
	}
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + "." + saasURL(g, 43)
}

// phoenixKey is an Arize Phoenix API key: a JWT whose claims are claims.
func phoenixKey(g *fake.Gen, claims string) string {
	enc := base64.RawURLEncoding.EncodeToString
	return enc([]byte(`{"alg":"HS256","typ":"JWT"}`)) + "." + enc([]byte(claims)) + "." + saasURL(g, 43)
}

// ai2Cases are the generated cases of the rules of the AI coverage pass.
func ai2Cases() map[string]Builder {
	user, account, global := fake.Join("cf", "ut_"), fake.Join("cf", "at_"), fake.Join("cf", "k_")
	gemini := fake.Join("A", "Q.", "Ab")
	uuidKey := func(g *fake.Gen) string {
		return fake.Join(upperAlnum(g, 7), "-", upperAlnum(g, 7), "-", upperAlnum(g, 7), "-", upperAlnum(g, 7))
	}
	return map[string]Builder{
		"anythingllm-api-key": withCases(
			cfNamed("ANYTHINGLLM_API_KEY", uuidKey, cfUUIDU(), cfCat(cfUp(7), cfLit("-"), cfUp(7))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"anythingLLM:\n  extensionKey: brx-" + uuidKey(g) + "\n"},
					Negatives: []string{
						"ANYTHINGLLM_API_KEY=" + strings.ToLower(uuidKey(g)) + "\n",
						"ANYTHINGLLM_API_KEY=AAAAAAA-BBBBBBB-CCCCCCC-DDDDDDD\n",
					},
				}
			}),
		"langflow-api-key": withCases(
			cfNamed("LANGFLOW_API_KEY", cfCat(cfLit("sk-"), cfURL(43)), cfCat(cfLit("sk-"), cfLower(43)), cfURL(43)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"langflow:\n  api_key: \"sk-" + saasURL(g, 43) + "\"\n"},
					Negatives: []string{
						// an OpenAI-style key kept in a Langflow global variable is not Langflow's
						"LANGFLOW_OPENAI_KEY=sk-" + g.MixedAlnum(48) + "\n",
						"LANGFLOW_API_KEY=sk-" + strings.Repeat("Ab", 21) + "c\n",
					},
				}
			}),
		"arize-phoenix-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PHOENIX_API_KEY=" + phoenixKey(g, `{"jti":"ApiKey:4"}`) + "\n",
					// no name: the claim says what it is
					"API_KEY = \"" + phoenixKey(g, `{"jti":"ApiKey:1337"}`) + "\"\n",
					"headers = {\"authorization\": f\"Bearer " + phoenixKey(g, `{"jti":"ApiKey:12"}`) + "\"}\n",
				},
				Negatives: []string{
					// Phoenix's other tokens (access, refresh) are not API keys
					"PHOENIX_API_KEY=" + phoenixKey(g, `{"jti":"AccessToken:4"}`) + "\n",
					// no row number
					"PHOENIX_API_KEY=" + phoenixKey(g, `{"jti":"ApiKey:x1"}`) + "\n",
					// claims cut short
					"PHOENIX_API_KEY=" + phoenixKey(g, `{"jti":"ApiKey:4"`) + "\n",
				},
			}
		},
		"flowise-api-key": withCases(
			cfNamed("FLOWISE_API_KEY", cfURL(43), cfURL(30), cfLower(43)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"const flowiseKey = '" + saasURL(g, 43) + "';\n"},
					Negatives: []string{"flowise_chatflow_id = \"" + saasUUID(g) + "\"\n", "FLOWISE_API_KEY=" + strings.Repeat("a", 43) + "\n"},
				}
			}),
		"lunary-private-key": withCases(
			cfNamed("LUNARY_PRIVATE_KEY", cfUUID(), cfUUIDU(), cfHex(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"lunary:\n  secret_key: " + saasUUID(g) + "\n"},
					// the public key only tracks
					Negatives: []string{"LUNARY_PUBLIC_KEY=" + saasUUID(g) + "\n", "lunary.init(app_id=\"" + saasUUID(g) + "\")\n"},
				}
			}),
		"laminar-project-api-key": withCases(
			cfNamed("LMNR_PROJECT_API_KEY", cfMix(64), cfHex(64), cfMix(50)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"from lmnr import Laminar\nLaminar.initialize(project_api_key=\"" + g.MixedAlnum(64) + "\")\n",
						"laminar:\n  api_key: " + g.MixedAlnum(64) + "\n",
					},
					Negatives: []string{
						// the SHA3-256 Laminar stores, not the key
						"laminar_key_hash = \"" + g.Hex(64) + "\"\n",
						"LMNR_PROJECT_API_KEY=" + strings.Repeat("Ab1", 21) + "x\n",
					},
				}
			}),
		"n8n-api-key": func(g *fake.Gen) Cases {
			full := n8nKey(g, "n8n", "public-api", "")
			return Cases{
				Positives: []string{
					"N8N_API_KEY=" + n8nKey(g, "n8n", "public-api", "") + "\n",
					// no name: the claims say what it is
					"const K = '" + n8nKey(g, "n8n", "public-api", "") + "';\n",
					"curl -H 'X-N8N-API-KEY: " + n8nKey(g, "n8n", "public-api", "") + "' https://n8n.example.test/api/v1/workflows\n",
					// with an expiry
					"api_key: " + n8nKey(g, "n8n", "public-api", `{"sub":"`+saasUUID(g)+`","iss":"n8n","aud":"public-api","iat":1790000000,"exp":1890000000}`) + "\n",
				},
				Negatives: []string{
					// another audience of n8n's own tokens
					"N8N_API_KEY=" + n8nKey(g, "n8n", "mcp-server-api", "") + "\n",
					// the claims are cut: no JSON object
					"N8N_API_KEY=" + n8nKey(g, "n8n", "public-api", `{"sub":"`+saasUUID(g)+`","iss":"n8n","aud":"public-api","jti":`) + "\n",
					// no signature
					"N8N_API_KEY=" + full[:strings.LastIndexByte(full, '.')] + "\n",
				},
			}
		},
		"google-gemini-auth-key": withCases(
			cfPrefixed("GEMINI_API_KEY", gemini, cfURL(48), cfCat(cfLit(gemini), cfURL(60)), cfCat(cfLit(gemini), cfURL(30))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"from google import genai\nclient = genai.Client(api_key=\"" + gemini + g.MixedAlnum(24) + "_" + g.MixedAlnum(23) + "\")\n",
						"GOOGLE_API_KEY=" + gemini + g.MixedAlnum(30) + "-" + g.MixedAlnum(17) + "\n",
					},
					Negatives: []string{
						// part of a dotted base64url string, not a key of its own
						"token: " + saasURL(g, 40) + "." + gemini + saasURL(g, 48) + "\n",
						// a toy value
						"key = \"" + gemini + strings.Repeat("abcd1234", 6) + "\"\n",
					},
				}
			}),
		"cloudflare-scannable-token": withCases(
			cfPrefixed("CLOUDFLARE_API_TOKEN", user, func(g *fake.Gen) string { return cfScannable(user)(g)[len(user):] },
				cfScannableBadSum(user), cfCat(cfLit(user), cfMix(40)), cfScannable(fake.Join("cf", "pt_"))),
			func(g *fake.Gen) Cases {
				sum := cfScannable(account)(g)
				return Cases{
					Positives: []string{
						// no name needed: the prefix and the checksum say what it is
						"export CF_AIG_TOKEN=" + cfScannable(account)(g) + "\n",
						"headers = {\"cf-aig-authorization\": \"Bearer " + cfScannable(user)(g) + "\"}\n",
						"X-Auth-Key: " + cfScannable(global)(g) + "\n",
					},
					Negatives: []string{
						"token: " + cfScannableBadSum(account)(g) + "\n",
						"token: " + sum[:len(sum)-8] + strings.ToUpper(sum[len(sum)-8:]) + "\n",
						"token: " + fake.Join("cf", "xt_") + sum[len(account):] + "\n",
					},
				}
			}),
	}
}
