// Cases for the developer-platform rules added in the s30devleft change:
// Slack's web-client session token (xoxc-) and d cookie (xoxd-), and
// Figma's OAuth access token (figu_). Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30devleftCases are the cases of the rules this change adds.
func s30devleftCases() map[string]Builder {
	return map[string]Builder{
		"slack-client-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("xo", "xc-")
			token := func() string {
				return prefix + saasDigits(g, 11) + "-" + saasDigits(g, 13) + "-" + saasDigits(g, 13) + "-" + g.Hex(64)
			}
			return Cases{
				Positives: []string{
					"SLACK_MCP_XOXC_TOKEN=" + token() + "\n",
					"XOXC_TOKEN = \"" + token() + "\"\n",
					"(slack-register-team\n   :name \"team\"\n   :token \"" + token() + "\")\n",
					"[auth]\nxoxc_token = \"" + token() + "\"\n",
				},
				Negatives: []string{
					// placeholders and test values
					"SLACK_MCP_XOXC_TOKEN=" + prefix + "...\n",
					"SLACK_MCP_XOXC_TOKEN=" + prefix + "your-token-here\n",
					"token = \"" + prefix + "1111111111-2222222222222-3333333333333-" + strings.Repeat("a", 64) + "\"\n",
					// the secret part too short, or not hex
					"SLACK_MCP_XOXC_TOKEN=" + prefix + saasDigits(g, 11) + "-" + saasDigits(g, 13) + "-" + saasDigits(g, 13) + "-" + g.Hex(32) + "\n",
					"SLACK_MCP_XOXC_TOKEN=" + prefix + saasDigits(g, 11) + "-" + saasDigits(g, 13) + "-" + saasDigits(g, 13) + "-" + notHex(g, 64) + "\n",
				},
			}
		},
		"slack-session-cookie": func(g *fake.Gen) Cases {
			prefix := fake.Join("xo", "xd-")
			raw := func() string { return prefix + g.Base64Bytes(168) }
			encoded := func() string {
				v := g.Base64Bytes(170)
				v = strings.ReplaceAll(v, "+", "%2B")
				v = strings.ReplaceAll(v, "/", "%2F")
				return prefix + strings.ReplaceAll(v, "=", "%3D")
			}
			return Cases{
				Positives: []string{
					"SLACK_MCP_XOXD_TOKEN=" + raw() + "\n",
					"FULL_COOKIES = \"utm=%7B%7D; d=" + encoded() + "; lc=1759444060\"\n",
					"(slack-register-team\n   :name \"team\"\n   :cookie \"" + encoded() + "\")\n",
				},
				Negatives: []string{
					// placeholders and test values
					"SLACK_MCP_XOXD_TOKEN=" + prefix + "...\n",
					"SLACK_MCP_XOXD_TOKEN=" + prefix + "your-token-here\n",
					"const COOKIE = \"" + prefix + strings.Repeat("b", 40) + "%2F" + strings.Repeat("c", 40) + "%3D\";\n",
					// too short to be the cookie
					"SLACK_MCP_XOXD_TOKEN=" + prefix + g.Base64Bytes(45) + "\n",
				},
			}
		},
		"figma-oauth-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("fi", "gu_")
			token := func() string { return prefix + g.MixedAlnum(12) + "_" + g.MixedAlnum(3) + "_" + g.MixedAlnum(23) }
			return Cases{
				Positives: []string{
					"FIGMA_ACCESS_TOKEN=" + token() + "\n",
					"    ACCESS_TOKEN = \"" + token() + "\"\n",
					"curl -H 'Authorization: Bearer " + token() + "' https://api.figma.com/v1/me\n",
					"figma:\n  oauth:\n    access_token: " + token() + "\n",
				},
				Negatives: []string{
					// placeholders
					"FIGMA_ACCESS_TOKEN=" + prefix + "...\n",
					"FIGMA_ACCESS_TOKEN=" + prefix + strings.Repeat("x", 40) + "\n",
					// wrong length
					"FIGMA_ACCESS_TOKEN=" + prefix + g.MixedAlnum(30) + "\n",
					// a word that merely contains the prefix
					"figure(figu_width, figu_height)\n",
					"configu_ration = " + g.MixedAlnum(40) + "\n",
				},
			}
		},
	}
}
