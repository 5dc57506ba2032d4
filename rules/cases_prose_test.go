// Cases of the generic rules that read credentials stated in prose and
// Markdown (generic-prose-secret, generic-markdown-secret).

package rules_test

import "github.com/keysieve/keysieve/internal/fake"

// proseCases are the generated cases of the prose and Markdown rules.
func proseCases() map[string]caseBuilder {
	return map[string]caseBuilder{
		"generic-prose-secret": func(g *fake.Gen) ruleCases {
			return ruleCases{
				Positives: []string{
					"The default password is '" + humanPassword(g) + "' until you change it.\n",
					"Your API key is `" + g.MixedAlnum(32) + "`.\n",
					"echo \"the access token was \\\"" + g.MixedAlnum(40) + "\\\"\"\n",
					"- Staging: the client secret is \"" + g.MixedAlnum(24) + "\"\n",
				},
				Negatives: []string{
					// unquoted words after "is" are English
					"The password is " + humanPassword(g) + " characters long at least.\n",
					"The password is 'open sesame'\n",
					"Your API key is `${API_KEY}`.\n",
					"The token is `<your-token>`.\n",
					"the secret is 'not set'\n",
				},
			}
		},
		"generic-markdown-secret": func(g *fake.Gen) ruleCases {
			return ruleCases{
				Positives: []string{
					"## Staging\n\n**Password:** " + humanPassword(g) + "\n",
					"* **API key**: `" + g.MixedAlnum(32) + "`\n",
					"| Name | Value |\n| --- | --- |\n| User | deploy |\n| Password | " + humanPassword(g) + " |\n",
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
