// Cases of the generic rules that read credentials stated in prose and
// Markdown (generic-prose-secret, generic-prose-token,
// generic-prose-label-key, generic-markdown-secret).

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// proseCases are the generated cases of the prose and Markdown rules.
func proseCases() map[string]Builder {
	return map[string]Builder{
		"generic-prose-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"The default password is '" + HumanPassword(g) + "' until you change it.\n",
					"Your API key is `" + g.MixedAlnum(32) + "`.\n",
					"echo \"the access token was \\\"" + g.MixedAlnum(40) + "\\\"\"\n",
					"- Staging: the client secret is \"" + g.MixedAlnum(24) + "\"\n",
				},
				Negatives: []string{
					// unquoted words after "is" are English
					"The password is " + HumanPassword(g) + " characters long at least.\n",
					"The password is 'open sesame'\n",
					"Your API key is `${API_KEY}`.\n",
					"The token is `<your-token>`.\n",
					"the secret is 'not set'\n",
				},
			}
		},
		"generic-prose-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"Your API key is " + g.MixedAlnum(32) + ". Keep it safe.\n",
					"Access token: " + g.MixedAlnum(40) + "\n",
					"Use token " + g.MixedAlnum(24) + " to log in to the staging console.\n",
					"call it with api key " + g.MixedAlnum(32) + " from the EU\n",
					"> the secret key was " + g.MixedAlnum(20) + "-" + g.MixedAlnum(12) + "\n",
					"Use the token `" + g.MixedAlnum(32) + "` to call the API.\n",
					"Authenticate with your API key " + g.MixedAlnum(32) + " in the header.\n",
				},
				Negatives: []string{
					// words, placeholders, a public key, a counting run
					"The API key is REQUIRED_FOR_EVERY_REQUEST and goes in a header.\n",
					"Your API key is YOUR_API_KEY_GOES_HERE\n",
					"The public key is " + g.MixedAlnum(43) + "\n",
					"Access token: abcdefghijklmnopqrstuvwxyz0123456789\n",
					"Use token authentication for every request.\n",
					"Use the token `YOUR_ACCESS_TOKEN_GOES_HERE` to call the API.\n",
					"Sign in with your key " + fake.Join("fingerprint_", "of_the_deploy_account") + ".\n",
				},
			}
		},
		"generic-prose-label-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"## Setup\n\nAzure AI Foundry Key: `" + g.Hex(32) + "`\n\nKeep it out of the repository.\n",
					"Figma PAT: `" + g.MixedAlnum(40) + "`\n",
					"- Keen Master Key: `" + strings.ToUpper(g.Hex(64)) + "`\n",
					"> Staging Deploy Token: `" + g.MixedAlnum(24) + "-" + g.MixedAlnum(12) + "`.\n",
				},
				Negatives: []string{
					// the label's first word says it is no secret
					"Public Key: `" + g.MixedAlnum(43) + "`\n",
					"Primary Key: `" + g.MixedAlnum(24) + "`\n",
					// a bare label, a placeholder, a reference, a path, prose after it
					"Key: `" + g.Hex(32) + "`\n",
					"Deploy Token: `YOUR_DEPLOY_TOKEN_GOES_HERE`\n",
					"Partition Key: `/tenantId/region`\n",
					"Deploy Token: `" + g.MixedAlnum(24) + "` expires after a day, ask for a new one\n",
				},
			}
		},
		"generic-markdown-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"## Staging\n\n**Password:** " + HumanPassword(g) + "\n",
					"* **API key**: `" + g.MixedAlnum(32) + "`\n",
					"| Name | Value |\n| --- | --- |\n| User | deploy |\n| Password | " + HumanPassword(g) + " |\n",
					"| API token | `" + g.MixedAlnum(40) + "` |\n",
				},
				Negatives: []string{
					"**Password:** required\n",
					"| token | string | The token " + fake.Join("is ", "required") + " |\n",
					"header = (token | parameter) *( [\";\"] (token | parameter))\n",
					"**API key**: `YOUR_API_KEY`\n",
					"| Password | `${DB_PASSWORD}` |\n",
				},
			}
		},
	}
}
