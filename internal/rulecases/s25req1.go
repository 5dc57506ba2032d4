// Cases for the rules added in the s25req1 change, formats users asked
// gitleaks and betterleaks to detect: CAST AI, ClickHouse Cloud, Composio
// user keys, Freemius, LaunchDarkly SDK keys and GitLab's new-issue email
// addresses. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// freemiusSecretChars is the alphabet of a Freemius secret key's body:
// printable ASCII without quotes, backslash and space.
const freemiusSecretChars = fake.Alnum + "!#$%&()*+,-./:;<=>?@[]^_`{|}~"

// s25req1Cases are the cases of the rules this change adds.
func s25req1Cases() map[string]Builder {
	return map[string]Builder{
		"castai-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("cast", "ai_", "v1_")
			key := func() string { return prefix + g.MixedAlnum(64) + "_" + g.MixedAlnum(8) }
			return Cases{
				Positives: []string{
					"CASTAI_API_TOKEN=" + key() + "\n",
					"provider \"castai\" {\n  api_token = \"" + key() + "\"\n}\n",
					"curl -H \"X-API-Key: " + key() + "\" https://api.cast.ai/v1/kubernetes/external-clusters\n",
				},
				Negatives: []string{
					// too short, no checksum part, placeholder
					"CASTAI_API_TOKEN=" + prefix + g.MixedAlnum(40) + "_" + g.MixedAlnum(8) + "\n",
					"CASTAI_API_TOKEN=" + prefix + g.MixedAlnum(64) + "\n",
					"CASTAI_API_TOKEN=" + prefix + strings.Repeat("x", 64) + "_" + strings.Repeat("x", 8) + "\n",
					// part of a longer identifier
					"CASTAI_API_TOKEN=my" + prefix + g.MixedAlnum(64) + "_" + g.MixedAlnum(8) + "\n",
				},
			}
		},
		"clickhouse-cloud-api-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("4b", "1d")
			return Cases{
				Positives: []string{
					"CLICKHOUSE_CLOUD_API_SECRET=" + prefix + g.MixedAlnum(38) + "\n",
					"curl --user \"" + g.MixedAlnum(20) + ":" + prefix + g.MixedAlnum(38) + "\" https://api.clickhouse.cloud/v1/organizations\n",
				},
				Negatives: []string{
					// a hex digest that starts with the same four digits
					"sha = \"" + prefix + g.Hex(38) + "\"\n",
					// wrong length
					"CLICKHOUSE_CLOUD_API_SECRET=" + prefix + g.MixedAlnum(30) + "\n",
					"CLICKHOUSE_CLOUD_API_SECRET=" + prefix + g.MixedAlnum(46) + "\n",
				},
			}
		},
		"composio-user-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("u", "ak_")
			key := func() string { return prefix + g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"{\"mcpServers\": {\"tools\": {\"headers\": {\"x-user-api-key\": \"" + key() + "\"}}}}\n",
					"COMPOSIO_USER_API_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// wrong length, placeholder, snake-case words
					"COMPOSIO_USER_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					"COMPOSIO_USER_API_KEY=" + prefix + strings.Repeat("x", 43) + "\n",
					"name = \"" + prefix + "generated_for_the_service_account_of_our_app\"\n",
				},
			}
		},
		"freemius-secret-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			pk := fake.Join("p", "k_")
			return Cases{
				Positives: []string{
					"$fs = fs_dynamic_init( array(\n    'id'         => '8734',\n    'public_key' => '" + pk + g.Hex(29) + "',\n    'secret_key' => '" + sk + g.String(freemiusSecretChars, 29) + "',\n) );\n",
					"\t\t'secret_key'          => \"" + sk + g.String(freemiusSecretChars, 29) + "\",\n",
					"FREEMIUS_SECRET_KEY=" + sk + g.String(freemiusSecretChars, 29) + "\n",
				},
				Negatives: []string{
					// the public key is published with the plugin
					"    'public_key' => '" + pk + g.Hex(29) + "',\n",
					// wrong length and placeholders
					"    'secret_key' => '" + sk + g.MixedAlnum(20) + "',\n",
					"    'secret_key' => '" + sk + strings.Repeat("x", 29) + "',\n",
				},
			}
		},
		"launchdarkly-sdk-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("sd", "k-")
			return Cases{
				Positives: []string{
					"ldclient.set_config(Config(\"" + prefix + g.UUID() + "\"))\n",
					"client, _ := ld.MakeClient(\"" + prefix + g.UUID() + "\", 5*time.Second)\n",
					"LAUNCHDARKLY_SDK_KEY=" + prefix + g.UUID() + "\n",
				},
				Negatives: []string{
					// a mobile key is not secret; a bare UUID is not the key
					"let config = LDConfig(mobileKey: \"" + fake.Join("mo", "b-") + g.UUID() + "\")\n",
					"request_id = \"" + g.UUID() + "\"\n",
					// part of a longer name
					"bucket = \"my" + prefix + g.UUID() + "\"\n",
					"LAUNCHDARKLY_SDK_KEY=" + prefix + "00000000-0000-0000-0000-000000000000\n",
				},
			}
		},
		"gitlab-incoming-email-address": func(g *fake.Gen) Cases {
			in := fake.Join("incom", "ing+")
			glimt := fake.Join("gli", "mt-")
			return Cases{
				Positives: []string{
					"Email a new issue to " + in + "acme-web-app-" + g.Pick("42", "1234567") + "-" + g.LowerAlnum(25) + "-issue@incoming.gitlab.com\n",
					"issue_email: " + in + "group-sub-project-987-" + glimt + g.MixedAlnum(25) + "-issue@gitlab.example.com\n",
					"To: " + in + "acme-api-77-" + g.LowerAlnum(25) + "-merge-request@incoming.gitlab.example.org\n",
				},
				Negatives: []string{
					// a reply-by-email key and a Service Desk address name no user
					"Reply-To: " + in + g.Hex(32) + "@incoming.gitlab.com\n",
					"support: " + fake.Join("contact-project", "+acme-web-42-issue@incoming.gitlab.com") + "\n",
					// a placeholder token
					"Email: " + in + "acme-web-42-" + strings.Repeat("x", 25) + "-issue@incoming.gitlab.com\n",
				},
			}
		},
	}
}
