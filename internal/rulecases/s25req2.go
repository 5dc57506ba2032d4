// Cases of the rules of the s25 pass on formats users asked scanners for
// in trufflehog and secretlint issues: GitLab routable tokens without a
// prefix, Sentry user-app and integration tokens, Baidu AIP OAuth tokens,
// CAST AI API keys and JumpCloud's jca_ keys. Every value is generated
// here; prefixes are joined from parts so that the tree holds no
// token-shaped text.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25req2GitLab returns a routable GitLab token with no prefix: one that
// does not open with "gl", which the prefixed rules read.
func s25req2GitLab(g *fake.Gen) string {
	for {
		user := fake.Base36(uint64(1e6+g.IntN(9e6)), 0)
		tok := g.GitLabRoutable("", "o:1\nu:"+user)
		if !strings.HasPrefix(tok, "gl") {
			return tok
		}
	}
}

// s25req2Baidu returns a Baidu AIP OAuth token: kind "24" (access) or
// "25" (refresh) with its lifetime, an expiry time and an app ID.
func s25req2Baidu(g *fake.Gen, kind, lifetime string) string {
	return kind + "." + g.Hex(32) + "." + lifetime + ".17" + saasDigits(g, 8) + "." + saasDigits(g, 6) + "-" + saasDigits(g, 8)
}

// s25req2Cases are the generated cases of the rules this pass adds.
func s25req2Cases() map[string]Builder {
	sentryApp := fake.Join("sntr", "ya_")
	sentryInt := fake.Join("sntr", "yi_")
	jca := fake.Join("jc", "a_")
	return map[string]Builder{
		"gitlab-unprefixed-routable-token": func(g *fake.Gen) Cases {
			tok := s25req2GitLab(g)
			return Cases{
				Positives: []string{
					"gitlab_token =\"" + s25req2GitLab(g) + "\"\n",
					vcsLine(g, "GITLAB_TOKEN", s25req2GitLab(g)),
					"gitlab:\n  url: https://git.corp.example\n  token: " + s25req2GitLab(g) + "\n",
				},
				Negatives: []string{
					// the CRC32 does not match
					"GITLAB_TOKEN=" + vcsCorrupt(tok) + "\n",
					"GITLAB_TOKEN=" + vcsLastCorrupt(tok) + "\n",
					// not assigned to a GitLab setting
					"SERVICE_TOKEN=" + tok + "\n",
					// a prefixed token is the prefixed rule's
					"GITLAB_TOKEN=" + g.GitLabRoutable(vcsGLPAT, "o:1\nu:"+fake.Base36(uint64(1e6+g.IntN(9e6)), 0)) + "\n",
				},
			}
		},
		"sentry-app-token": withCases(
			cfPrefixed("SENTRY_AUTH_TOKEN", sentryApp, cfHex(64), cfCat(cfLit(sentryApp), cfLetters(64))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"[auth]\ntoken=" + sentryInt + g.Hex(64) + "\n",
						"curl -H 'Authorization: Bearer " + sentryApp + g.Hex(64) + "' https://sentry.io/api/0/organizations/\n",
					},
					Negatives: []string{
						// upper-case hex is not what Sentry issues
						"SENTRY_AUTH_TOKEN=" + sentryInt + strings.ToUpper(g.Hex(64)) + "\n",
						"SENTRY_AUTH_TOKEN=" + sentryApp + g.Hex(40) + "\n",
					},
				}
			}),
		"baidu-aip-oauth-token": func(g *fake.Gen) Cases {
			access := s25req2Baidu(g, "24", "2592000")
			return Cases{
				Positives: []string{
					"BAIDU_ACCESS_TOKEN=" + access + "\n",
					"{\n  \"refresh_token\": \"" + s25req2Baidu(g, "25", "315360000") + "\",\n  \"expires_in\": 2592000\n}\n",
					"url = \"https://aip.baidubce.com/rest/2.0/ocr/v1/general_basic?access_token=" + s25req2Baidu(g, "24", "2592000") + "\"\n",
				},
				Negatives: []string{
					// an access token's kind with a refresh token's lifetime
					"BAIDU_ACCESS_TOKEN=" + s25req2Baidu(g, "24", "315360000") + "\n",
					// 31 hex digits
					"BAIDU_ACCESS_TOKEN=24." + g.Hex(31) + access[35:] + "\n",
					"BAIDU_ACCESS_TOKEN=24." + strings.ToUpper(g.Hex(32)) + access[35:] + "\n",
				},
			}
		},
		"jumpcloud-prefixed-api-key": withCases(
			cfPrefixed("JUMPCLOUD_API_KEY", jca, cfMix(36), cfCat(cfLit(jca), cfMix(40)), cfCat(cfLit(jca), cfLower(36))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"curl -H 'x-api-key: " + jca + g.MixedAlnum(36) + "' https://console.jumpcloud.com/api/v2/systemgroups\n",
						"Connect-JCOnline -JumpCloudApiKey " + jca + g.MixedAlnum(36) + " -force\n",
					},
					Negatives: []string{
						// a Java Connector Architecture identifier
						"subsys_" + jca + "xadataSources_desc()\n",
						"JUMPCLOUD_API_KEY=" + jca + g.MixedAlnum(30) + "\n",
					},
				}
			}),
	}
}

// s25req2WidenedCases are more cases of rules this pass widened.
func s25req2WidenedCases() map[string]Builder {
	hrku := fake.Join("HR", "KU-")
	webex := func(g *fake.Gen) string {
		return g.MixedAlnum(64) + "_" + upperAlnum(g, 4) + "_" + saasUUID(g)
	}
	return map[string]Builder{
		// the SDKs' constructors name the token (trufflesecurity/trufflehog#4321)
		"webex-bot-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"from webexteamssdk import WebexTeamsAPI\n\napi = WebexTeamsAPI(access_token=\"" + webex(g) + "\")\n",
					"const webex = Webex.init({ credentials: { access_token: '" + webex(g) + "' } });\n",
				},
				Negatives: []string{
					"api = WebexTeamsAPI(access_token=\"" + g.MixedAlnum(64) + "_" + saasUUID(g) + "\")\n",
					"const webex = Webex.init({ credentials: { access_token: process.env.WEBEX_ACCESS_TOKEN } });\n",
				},
			}
		},
		// any 60 base64url characters after HRKU-, not only those opening
		// with AA (trufflesecurity/trufflehog#4510)
		"heroku-api-key": func(g *fake.Gen) Cases {
			body := func() string { return "B" + g.String(fake.Base64URL, 59) }
			return Cases{
				Positives: []string{
					"HEROKU_API_KEY=" + hrku + body() + "\n",
					"machine api.heroku.com\n  login ops@acme.test\n  password " + hrku + body() + "\n",
				},
				Negatives: []string{
					"HEROKU_API_KEY=" + hrku + "B" + g.String(fake.Base64URL, 50) + "\n",
					"HEROKU_API_KEY=" + hrku + "B" + g.String(fake.Base64URL, 65) + "\n",
				},
			}
		},
	}
}
