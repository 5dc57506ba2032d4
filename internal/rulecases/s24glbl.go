// Cases of the rules mended after reading gitleaks' and betterleaks' rule
// samples (the true and false positives each of their rule functions
// validates): Aiven's own Authorization scheme (aivenv1 <token>), the
// Z.ai name written as one word (zaiToken), Slack tokens whose secret part
// is masked or a stand-in, Bedrock long-term keys that keep only the
// encoded prefix, and a Maven artifact taken for a token. They are added
// to the cases of the rule's own table, so no existing case is dropped.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s24glblWidenedCases are the extra cases of the rules widened or
// narrowed in this round, by rule id.
func s24glblWidenedCases() map[string]Builder {
	return map[string]Builder{
		"aiven-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.String(fake.Alnum+"+/", 370) + "==" }
			return Cases{
				Positives: []string{
					// The scheme the Aiven API documents for its Authorization header.
					"curl -s -H \"Authorization: aivenv1 " + token() + "\" https://api.aiven.io/v1/project\n",
					"headers = {\"Authorization\": \"aivenv1 " + token() + "\"}\n",
				},
				Negatives: []string{
					"curl -H \"Authorization: aivenv1 " + g.String(fake.Alnum+"+/", 120) + "\" https://api.aiven.io/v1/project\n",
					"curl -H \"Authorization: aivenv1 $AIVEN_TOKEN\" https://api.aiven.io/v1/project\n",
				},
			}
		},
		"zhipu-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) + "." + g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"zaiToken = \"" + key() + "\"\n",
					"const zaiApiKey = '" + key() + "';\n",
				},
				Negatives: []string{
					"zaiToken = \"" + g.Hex(32) + "." + g.MixedAlnum(10) + "\"\n",
					"bazaarToken = \"" + key() + "\"\n",
				},
			}
		},
		"slack-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// A configuration token: rotating, with a long base64-like body.
					saasAssign(g, "SLACK_CONFIG_TOKEN", fake.Join("xo", "xe.xo", "xp-1-", g.Alnum(140))),
					"\"user_token\": \"" + fake.Join("xo", "xp-", saasDigits(g, 12), "-", saasDigits(g, 12), "-", saasDigits(g, 12), "-", g.Hex(32)) + "\",\n",
				},
				Negatives: []string{
					// The secret part masked: only the ids are left.
					"\"user_token\": \"" + fake.Join("xo", "xp-", saasDigits(g, 12), "-", saasDigits(g, 12), "-", saasDigits(g, 12), "-", strings.Repeat("#", 20)) + "\",\n",
					saasAssign(g, "SLACK_CONFIG_TOKEN", fake.Join("xo", "xe.xo", "xp-1-", "SlackAppConfigurationAccessTokenHere")),
					saasAssign(g, "SLACK_CONFIG_TOKEN", fake.Join("xo", "xe.xo", "xp-1-", "RANDOMSTRINGHERE")),
				},
			}
		},
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"notes_token = \"" + g.MixedAlnum(20) + "\"\n",
				},
				Negatives: []string{
					// A Maven group and artifact: io.jsonwebtoken is read as a token's name.
					"notes = \"Maven - io.jsonwebtoken:jjwt-jackson-0.11.2\"\n",
					"  dependency: \"io.jsonwebtoken:jjwt-impl-0.12.6\"\n",
				},
			}
		},
		"aws-bedrock-api-key": func(g *fake.Gen) Cases {
			// base64 of "BedrockAPIKey-" less its last character, which
			// depends on what follows
			prefix := fake.Join("AB", "SK", "QmVkcm9ja0FQSUtleS")
			return Cases{
				Positives: []string{
					"AWS_BEARER_TOKEN_BEDROCK=\"" + g.BedrockLongTermKey(g.String(fake.Digits, 12)) + "\"\n",
				},
				Negatives: []string{
					// A stand-in longer than the placeholder check reads.
					"AWS_BEARER_TOKEN_BEDROCK=" + prefix + "1" + strings.Repeat("EXAMPLE", 40) + "=\n",
					// Random letters after the encoded prefix decode to binary.
					"bedrock_api_key = \"" + prefix + "1" + g.Alnum(108) + "\"\n",
				},
			}
		},
	}
}
