// Cases for the developer-platform rules the s36-devtools change adds or
// widens: Snyk's prefixed personal access and service account tokens,
// Netlify's unprefixed personal access tokens, Neon role passwords, Linear
// webhook signing secrets, 24-character Atlassian tokens in a basic_auth pair, the
// Vercel, Netlify and Render deploy hook URLs, GitLab's runner-type and
// instance-prefixed tokens, Atlassian service account keys, the Codecov
// uploader's -t flag, Vault tokens carrying a namespace id and Heroku's
// shorter HRKU-AA keys. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"fmt"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36snykToken returns a Snyk token of the given kind ("uat" or "sat"):
// the prefix, 8 hex digits, base64url JSON claims and a signature.
func s36snykToken(g *fake.Gen, kind string, sig int) string {
	claims := fmt.Sprintf(`{"e":%d,"h":"snyk.io","j":"%s","s":"%s","tid":"%s"}`,
		1700000000+g.IntN(1e8), g.MixedAlnum(22), g.String(fake.Base64URL, 22), g.MixedAlnum(22))
	return fake.Join("snyk_", kind, ".") + g.Hex(8) + "." + base64.RawURLEncoding.EncodeToString([]byte(claims)) +
		"." + g.String(fake.Base64URL, sig)
}

// s36netlifyToken returns an unprefixed Netlify token of n characters that
// does not start with n (so never with a prefixed form's nf).
func s36netlifyToken(g *fake.Gen, n int) string {
	return g.String(fake.Upper, 1) + g.String(fake.Digits, 1) + g.MixedAlnum(n-2)
}

// s36devtoolsCases are the cases of the rules this change adds.
func s36devtoolsCases() map[string]Builder {
	return map[string]Builder{
		"snyk-personal-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export SNYK_TOKEN=" + s36snykToken(g, "uat", 86) + "\n",
					"sh 'snyk auth " + s36snykToken(g, "uat", 86) + "'\n",
					s36snykToken(g, "sat", 86) + "\n",
					"env:\n  SNYK_TOKEN: \"" + s36snykToken(g, "uat", 86) + "\"\n",
					"curl -H \"Authorization: token " + s36snykToken(g, "sat", 86) + "\" https://api.snyk.io/rest/self\n",
				},
				Negatives: []string{
					// placeholders
					"export SNYK_TOKEN=" + fake.Join("snyk_", "uat.") + "<your_token>\n",
					"IsAuthTypePAT(\"" + fake.Join("snyk_", "uat.") + "12345678.payload.signature.extra\")\n",
					// a claim set that is no JSON, and a signature too short
					"SNYK_TOKEN=" + fake.Join("snyk_", "uat.") + g.Hex(8) + "." + g.MixedAlnum(80) + "." + g.MixedAlnum(86) + "\n",
					"SNYK_TOKEN=" + s36snykToken(g, "uat", 20) + "\n",
					// the prefix glued to another word
					"my" + s36snykToken(g, "uat", 86) + "\n",
					// the classic UUID token is snyk-api-token's
					"snyk auth " + g.UUID() + "\n",
				},
			}
		},
		"neon-database-password": func(g *fake.Gen) Cases {
			pw := func() string {
				return fake.Join("np", "g_") + g.String(fake.Upper, 2) + g.String(fake.Lower, 2) + g.MixedAlnum(8)
			}
			return Cases{
				Positives: []string{
					"DATABASE_URL=postgresql://neondb_owner:" + pw() + "@ep-cool-darkness-" + g.String(fake.Lower+fake.Digits, 8) + "-pooler.us-east-2.aws.neon.tech/neondb?sslmode=require\n",
					"PGPASSWORD=" + pw() + "\n",
					pw() + "\n",
					"const pool = new Pool({ user: 'neondb_owner', password: '" + pw() + "' });\n",
				},
				Negatives: []string{
					// lower-case names of other tools
					"from npg_tracking import " + g.String(fake.Lower, 8) + "\n",
					"PGPASSWORD=" + fake.Join("np", "g_") + g.String(fake.Lower+fake.Digits, 12) + "\n",
					// too short, too long, and glued to a word
					"PGPASSWORD=" + fake.Join("np", "g_") + "Ab" + g.MixedAlnum(8) + "\n",
					"PGPASSWORD=" + fake.Join("np", "g_") + "Ab" + g.MixedAlnum(14) + "\n",
					"PGPASSWORD=x" + fake.Join("np", "g_") + "Ab" + g.MixedAlnum(10) + "\n",
				},
			}
		},
		"vercel-deploy-hook": func(g *fake.Gen) Cases {
			hook := func() string {
				return "https://api.vercel.com/v1/integrations/deploy/" + fake.Join("pr", "j_") + "Ab1" + g.MixedAlnum(25) + "/" + g.MixedAlnum(10)
			}
			return Cases{
				Positives: []string{
					"curl -X POST \"" + hook() + "\"\n",
					"VERCEL_DEPLOY_HOOK_URL=" + hook() + "\n",
					"const VERCEL_HOOK_URL =\n  '" + hook() + "';\n",
					"Invoke-RestMethod -Uri '" + hook() + "' -Method Post\n",
				},
				Negatives: []string{
					"curl -X POST https://api.vercel.com/v1/integrations/deploy/" + fake.Join("pr", "j_") + "xxx/hook_xxx\n",
					"https://api.vercel.com/v1/integrations/deploy/" + fake.Join("pr", "j_") + "Ab1" + g.MixedAlnum(25) + "\n",
					"https://api.vercel.com/v1/integrations/deploy/" + fake.Join("pr", "j_") + "Ab1" + g.MixedAlnum(25) + "/${HOOK_ID}\n",
					"https://api.vercel.com/v1/integrations/deploy/" + fake.Join("pr", "j_") + "Ab1" + g.MixedAlnum(25) + "/" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"netlify-build-hook": func(g *fake.Gen) Cases {
			hook := func() string { return "https://api.netlify.com/build_hooks/" + g.Hex(24) }
			return Cases{
				Positives: []string{
					"curl -X POST -d {} " + hook() + "\n",
					"const BUILD_HOOK_URL = '" + hook() + "';\n",
					"NETLIFY_BUILD_HOOK=" + hook() + "\n",
					"http_request('" + hook() + "', 'POST', '{}')\n",
				},
				Negatives: []string{
					"curl -X POST -d {} https://api.netlify.com/build_hooks/<hook_id>\n",
					"curl -X POST -d {} https://api.netlify.com/build_hooks/$HOOK_ID\n",
					"https://api.netlify.com/build_hooks/your-build-hook-id\n",
					"https://api.netlify.com/build_hooks/" + g.Hex(20) + "\n",
				},
			}
		},
		"render-deploy-hook": func(g *fake.Gen) Cases {
			hook := func() string {
				return "https://api.render.com/deploy/srv-" + g.String(fake.Lower+fake.Digits, 20) + "?key=" + g.String(fake.Upper, 1) + g.String(fake.Digits, 1) + g.MixedAlnum(9)
			}
			return Cases{
				Positives: []string{
					"RENDER_DEPLOY_HOOK = '" + hook() + "'\n",
					"sh 'curl -X POST " + hook() + "'\n",
					"wget " + hook() + "\n",
					"fetch(\"" + hook() + "\").then((res) => res.ok);\n",
				},
				Negatives: []string{
					"https://api.render.com/deploy/srv-xxxxxxx?key=yyyyyyy\n",
					"https://api.render.com/deploy/srv-example?key=secret\n",
					"https://api.render.com/deploy/srv-" + g.String(fake.Lower+fake.Digits, 20) + "?key=${RENDER_KEY}\n",
					"https://api.render.com/deploy/srv-" + g.String(fake.Lower+fake.Digits, 20) + "\n",
				},
			}
		},
		"linear-webhook-signing-secret": func(g *fake.Gen) Cases {
			sec := func() string { return fake.Join("lin", "_wh_") + "Ab1" + g.MixedAlnum(41) }
			return Cases{
				Positives: []string{
					"LINEAR_WEBHOOK_SECRET=" + sec() + "\n",
					"const WEBHOOK_SECRET = '" + sec() + "';\n",
					sec() + "\n",
					"linear:\n  webhook_secret: \"" + sec() + "\"\n",
				},
				Negatives: []string{
					"LINEAR_WEBHOOK_SECRET=" + fake.Join("lin", "_wh_") + "xxx\n",
					"LINEAR_WEBHOOK_SECRET=" + fake.Join("lin", "_wh_") + "your_secret_here\n",
					"const secret = \"" + fake.Join("lin", "_wh_") + "test_secret\";\n",
					"LINEAR_WEBHOOK_SECRET=" + fake.Join("lin", "_wh_") + g.String(fake.Lower, 44) + "\n",
					"LINEAR_WEBHOOK_SECRET=" + fake.Join("lin", "_wh_") + "Ab1" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"atlassian-legacy-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return "Ab1" + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"jira = JIRA(server=\"https://acme.atlassian.net\", basic_auth=(\"me@acme.test\", \"" + tok() + "\"))\n",
					"jira = JIRA(options, basic_auth=('ops@acme.test', '" + tok() + "'))\n",
					"client = JIRA(\n    server=URL,\n    basic_auth = ( \"bot@acme.test\" , \"" + tok() + "\" ),\n)\n",
					"JIRA(basic_auth=[\"me@acme.test\", \"" + tok() + "\"], server=URL)\n",
				},
				Negatives: []string{
					"jira = JIRA(server=URL, basic_auth=(\"me@acme.test\", \"your-api-token-here\"))\n",
					"jira = JIRA(server=URL, basic_auth=(EMAIL, API_TOKEN))\n",
					"jira = JIRA(server=URL, basic_auth=(\"me@acme.test\", \"" + g.String(fake.Lower, 24) + "\"))\n",
					"jira = JIRA(server=URL, basic_auth=(\"me@acme.test\", \"" + "Ab1" + g.MixedAlnum(17) + "\"))\n",
				},
			}
		},
		"netlify-legacy-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NETLIFY_AUTH_TOKEN=" + s36netlifyToken(g, 43) + "\n",
					"netlify deploy --prod --auth " + s36netlifyToken(g, 43) + " --dir=dist\n",
					"npx netlify deploy --auth=" + s36netlifyToken(g, 43) + " --site " + g.UUID() + "\n",
					"netlify:\n  auth_token: \"" + s36netlifyToken(g, 40) + "\"\n",
					"const netlifyToken = '" + s36netlifyToken(g, 46) + "';\n",
				},
				Negatives: []string{
					// the prefixed token is netlify-token's
					"NETLIFY_AUTH_TOKEN=" + fake.Join("nf", "p_") + g.MixedAlnum(36) + "\n",
					// the site id is public
					"NETLIFY_SITE_ID=" + g.UUID() + "\n",
					// placeholders and variables
					"NETLIFY_AUTH_TOKEN=your-netlify-personal-access-token-goes-here\n",
					"netlify deploy --auth $NETLIFY_AUTH_TOKEN --prod\n",
					// too short, and lower-case hex (a deploy id)
					"NETLIFY_AUTH_TOKEN=" + s36netlifyToken(g, 36) + "\n",
					"netlify deploy id: " + g.Hex(40) + "\n",
				},
			}
		},
	}
}

// s36devtoolsWidenedCases are the cases of the existing rules this change
// widens.
func s36devtoolsWidenedCases() map[string]Builder {
	b64 := fake.Base64URL
	glrt := fake.Join("gl", "rt-")
	return map[string]Builder{
		"gitlab-runner-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// the runner type after glrt- (t1_ instance, t2_ group, t3_ project)
					"gitlab-runner register --url https://gitlab.com --token " + glrt + "t1_" + g.String(b64, 20) + "\n",
					"[[runners]]\n  token = \"" + glrt + "t3_" + g.String(b64, 20) + "\"\n",
					// an instance token prefix before the type prefix
					"RUNNER_TOKEN=acme-" + glrt + g.String(b64, 20) + "\n",
				},
				Negatives: []string{
					"RUNNER_TOKEN=" + glrt + "t1_" + g.String(b64, 16) + "\n",
				},
			}
		},
		"gitlab-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GITLAB_TOKEN=acme-" + vcsGLPAT + g.String(b64, 20) + "\n",
					"git clone https://oauth2:my-corp-" + vcsGLPAT + g.String(b64, 20) + "@gitlab.corp.test/a/b.git\n",
				},
			}
		},
		"gitlab-routable-token": func(g *fake.Gen) Cases {
			user := fake.Base36(uint64(1e6+g.IntN(9e6)), 0)
			return Cases{
				Positives: []string{
					"GITLAB_TOKEN=" + g.GitLabRoutable("sie-"+vcsGLPAT, "o:1\nu:"+user) + "\n",
				},
				Negatives: []string{
					"GITLAB_TOKEN=" + vcsCorrupt(g.GitLabRoutable("sie-"+vcsGLPAT, "o:1\nu:"+user)) + "\n",
				},
			}
		},
		"gitlab-deploy-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CI_DEPLOY_PASSWORD=sie-" + fake.Join("gl", "dt-") + g.String(b64, 20) + "\n",
				},
			}
		},
		"atlassian-api-token": func(g *fake.Gen) Cases {
			stt := fake.Join("ATS", "TT3xFfGF0")
			return Cases{
				Positives: []string{
					// a service account API key
					"ATLASSIAN_SERVICE_ACCOUNT_TOKEN=" + g.AtlassianToken(stt, 171) + "\n",
					"curl -H \"Authorization: Bearer " + g.AtlassianToken(stt, 171) + "\" https://api.atlassian.com/ex/jira/x/rest/api/3/myself\n",
				},
				Negatives: []string{
					"ATLASSIAN_SERVICE_ACCOUNT_TOKEN=" + vcsCorrupt(g.AtlassianToken(stt, 171)) + "\n",
				},
			}
		},
		"codecov-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"bash <(curl -s https://codecov.io/bash) -t " + g.UUID() + "\n",
					"./codecov upload-process --token=" + g.UUID() + " -f coverage.xml\n",
					"codecov -t '" + g.UUID() + "'\n",
				},
				Negatives: []string{
					"codecov -t ${CODECOV_TOKEN}\n",
					"codecov -f coverage.xml -n " + g.UUID() + "\n",
				},
			}
		},
		"heroku-api-key": func(g *fake.Gen) Cases {
			hrkuAA := fake.Join("HR", "KU-AA")
			return Cases{
				Positives: []string{
					// the shorter HRKU-AA form: 42 characters and no second part
					"HEROKU_API_KEY = getenv(\"" + hrkuAA + g.String(fake.Base64URL, 42) + "\")\n",
				},
				Negatives: []string{
					"HEROKU_API_KEY=" + hrkuAA + g.String(fake.Base64URL, 40) + "\n",
				},
			}
		},
		"vault-service-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// a token of a namespace carries the namespace id
					"VAULT_TOKEN=" + fake.Join("hv", "s.") + "CAESI" + g.String(b64, 86) + "." + g.MixedAlnum(5) + "\n",
					fake.Join("hv", "s.") + g.MixedAlnum(24) + "." + g.MixedAlnum(5) + "\n",
				},
			}
		},
		"vault-batch-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"X-Vault-Token: " + fake.Join("hv", "b.") + "AAAAAQ" + g.String(b64, 130) + "." + g.MixedAlnum(5) + "\n",
				},
			}
		},
		"vault-legacy-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VAULT_TOKEN=s." + g.MixedAlnum(24) + "." + g.MixedAlnum(5) + "\n",
				},
			}
		},
	}
}
