// Cases of the generic detector's s36 forms: a C# auto-property's
// initialiser, a YAML value tagged !unsafe or !!str, and a README's
// "Set `NAME` to `value`".

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// s36genericCases are the cases of the rules the s36 generic change added.
func s36genericCases() map[string]Builder {
	return map[string]Builder{
		"generic-markdown-set-variable": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"1. Set `ACME_API_KEY` to `" + g.MixedAlnum(32) + "` in your shell.\n",
					"Export `DB_PASSWORD` as `" + HumanPassword(g) + "` before you run the migrations.\n",
					"- set the environment variable `stripeSecret` = `" + g.MixedAlnum(24) + "`\n",
					"Then update `config.auth_token` to `" + g.Hex(40) + "` and restart.\n",
				},
				Negatives: []string{
					"Set `ACME_API_KEY` to `<your key>` in your shell.\n",
					"Set `ACME_API_KEY` to `$ACME_KEY` before you run it.\n",
					"Set `ACME_API_URL` to `" + g.MixedAlnum(24) + "` to use another region.\n",
					"Set `DB_PASSWORD` to `changeme` for local runs.\n",
					"Set `api_token_path` to `/run/secrets/acme` when it is mounted.\n",
				},
			}
		},
	}
}

// s36genericWidenedCases are the cases the s36 generic change added to
// generic-secret.
func s36genericWidenedCases() map[string]Builder {
	return map[string]Builder{
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// a C# auto-property with an initialiser
					"public class AcmeOptions\n{\n    public string ApiKey { get; set; } = \"" + g.MixedAlnum(32) + "\";\n}\n",
					"    public string Password { get; init; } = \"" + HumanPassword(g) + "\";\n",
					// Ansible's !unsafe tag, YAML's !!str
					"acme_api_key: !unsafe '" + g.MixedAlnum(28) + "'\n",
					"db_password: !!str " + g.MixedAlnum(16) + "\n",
				},
				Negatives: []string{
					"    public string ApiKey { get; set; } = string.Empty;\n",
					"    public string Password { get; set; } = \"\";\n",
					"acme_api_key: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n",
					"acme_api_key: !unsafe '{{ lookup(\"env\", \"ACME_KEY\") }}'\n",
				},
			}
		},
	}
}
