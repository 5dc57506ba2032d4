// Cases for the CI/CD and identity rules added in the s29devsec change:
// HashiCorp Boundary auth tokens, Dagger Cloud tokens and ZITADEL personal
// access tokens. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// base58 is Bitcoin's base58 alphabet (no 0, O, I or l), which Boundary
// encodes its encrypted token blobs in.
const base58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"

// s29devsecCases are the cases of the rules this change adds.
func s29devsecCases() map[string]Builder {
	return map[string]Builder{
		"boundary-auth-token": func(g *fake.Gen) Cases {
			at := fake.Join("a", "t_")
			s1 := fake.Join("_", "s1")
			blob := func(n int) string {
				for {
					s := g.String(base58, n)
					if strings.ContainsAny(s, fake.Upper) && strings.ContainsAny(s, "abcdefghijkmnopqrstuvwxyz") && strings.ContainsAny(s, fake.Digits) {
						return s
					}
				}
			}
			token := func() string { return at + g.MixedAlnum(10) + s1 + blob(100+g.IntN(80)) }
			return Cases{
				Positives: []string{
					"export BOUNDARY_TOKEN=" + token() + "\n",
					"boundary connect ssh -target-id ttcp_" + g.MixedAlnum(10) + " -token env://BOUNDARY_TOKEN # " + token() + "\n",
					"provider \"boundary\" {\n  addr  = \"https://boundary.example.com:9200\"\n  token = \"" + token() + "\"\n}\n",
					"{\"id\": \"" + at + g.MixedAlnum(10) + "\", \"token\": \"" + token() + "\"}\n",
				},
				Negatives: []string{
					// the public id alone is no secret
					"BOUNDARY_AUTH_TOKEN_ID=" + at + g.MixedAlnum(10) + "\n",
					// blob too short to hold an encrypted token
					"BOUNDARY_TOKEN=" + at + g.MixedAlnum(10) + s1 + blob(30) + "\n",
					// characters base58 does not use (0, O, I, l)
					"BOUNDARY_TOKEN=" + at + g.MixedAlnum(10) + s1 + blob(60) + "0OIl" + blob(60) + "\n",
					// a placeholder
					"BOUNDARY_TOKEN=" + at + g.MixedAlnum(10) + s1 + strings.Repeat("x", 120) + "\n",
					// a public id glued to a longer identifier
					"created" + at + g.MixedAlnum(10) + s1 + blob(120) + "\n",
				},
			}
		},
		"dagger-cloud-token": func(g *fake.Gen) Cases {
			dag := fake.Join("da", "g_")
			body := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			token := func(org string) string { return dag + org + "_" + body() }
			return Cases{
				Positives: []string{
					"DAGGER_CLOUD_TOKEN=" + token("acme") + "\n",
					"env:\n  DAGGER_CLOUD_TOKEN: \"" + token("acme-platform") + "\"\n",
					"- uses: dagger/dagger-for-github@v7\n  with:\n    cloud-token: " + token("my-org2") + "\n",
					"export DAGGER_CLOUD_TOKEN='" + token("team") + "'\n",
				},
				Negatives: []string{
					// an Airflow identifier
					"dag_run_id = context['dag_run'].run_id\n",
					"dag_processor_manager_log_location_for_scheduler_and_worker = 1\n",
					// body too short
					"DAGGER_CLOUD_TOKEN=" + dag + "acme_" + g.MixedAlnum(30) + "\n",
					// a placeholder
					"DAGGER_CLOUD_TOKEN=" + dag + "acme_" + strings.Repeat("x", 43) + "\n",
					// glued to a longer identifier
					"DAGGER_CLOUD_TOKEN=my" + dag + "acme_" + body() + "\n",
				},
			}
		},
		"zitadel-personal-access-token": func(g *fake.Gen) Cases {
			pat := func() string { return g.MixedAlnum(30) + g.Pick("-", "_") + g.MixedAlnum(40) }
			return Cases{
				Positives: []string{
					"ZITADEL_PAT=" + pat() + "\n",
					"zitadel:\n  domain: auth.example.com\n  pat: \"" + pat() + "\"\n",
					"export ZITADEL_SERVICE_USER_TOKEN=" + pat() + "\n",
					"{\"zitadel_token\": \"" + pat() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"ZITADEL_PAT=your_personal_access_token\n",
					"ZITADEL_PAT=" + strings.Repeat("x", 71) + "\n",
					// too short, and no digits or upper case
					"ZITADEL_PAT=" + g.MixedAlnum(40) + "\n",
					"ZITADEL_PAT=" + g.String(fake.Lower, 71) + "\n",
					// a client id and a project id are not secrets
					"ZITADEL_CLIENT_ID=" + g.String(fake.Digits, 18) + "@myproject\n",
				},
			}
		},
	}
}
