// Cases for the banking, open-banking and billing rules added in the s27fin2
// change: Akahu, Fintoc, Lago, Method Financial and Mono. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27fin2Cases are the cases of the rules this change adds.
func s27fin2Cases() map[string]Builder {
	return map[string]Builder{
		"akahu-user-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("user", "_tok", "en_")
			app := fake.Join("app", "_tok", "en_")
			return Cases{
				Positives: []string{
					"AKAHU_USER_TOKEN=" + prefix + g.LowerAlnum(25) + "\n",
					"curl -H \"Authorization: Bearer " + prefix + g.LowerAlnum(25) + "\" -H \"X-Akahu-ID: " + app + g.LowerAlnum(25) + "\" https://api.akahu.io/v1/me\n",
					"const userToken = '" + prefix + g.LowerAlnum(24) + "';\n",
					"akahu:\n  user_token: " + prefix + g.LowerAlnum(25) + "\n",
				},
				Negatives: []string{
					// placeholders
					"const userToken = '" + prefix + "...';\n",
					"AKAHU_USER_TOKEN=" + prefix + strings.Repeat("1", 24) + "\n",
					// an identifier, not a token: underscores and no digit
					"cache.delete(" + prefix + "cache_key)\n",
					"let " + prefix + "expires_at = now + ttl\n",
					// too short, and upper case is not Akahu's alphabet
					"AKAHU_USER_TOKEN=" + prefix + g.LowerAlnum(12) + "\n",
					"AKAHU_USER_TOKEN=" + prefix + strings.ToUpper(g.LowerAlnum(25)) + "\n",
				},
			}
		},
		"akahu-app-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("app", "_tok", "en_")
			return Cases{
				Positives: []string{
					"AKAHU_APP_TOKEN=" + prefix + g.LowerAlnum(25) + "\n",
					"const akahu = new AkahuClient({ appToken: '" + prefix + g.LowerAlnum(25) + "', appSecret: process.env.AKAHU_APP_SECRET });\n",
					"headers = {\"X-Akahu-ID\": \"" + prefix + g.LowerAlnum(24) + "\"}\n",
				},
				Negatives: []string{
					"AKAHU_APP_TOKEN=" + prefix + "xxxxxx\n",
					"AKAHU_APP_TOKEN=" + prefix + strings.Repeat("1", 25) + "\n",
					"self." + prefix + "refresh_interval = 300\n",
					"AKAHU_APP_TOKEN=my" + prefix + g.LowerAlnum(25) + "\n",
				},
			}
		},
		"fintoc-secret-key": func(g *fake.Gen) Cases {
			live := fake.Join("sk", "_li", "ve_")
			test := fake.Join("sk", "_te", "st_")
			key := func(p string) string {
				return p + g.MixedAlnum(14) + g.Pick("-", "_") + g.MixedAlnum(17)
			}
			return Cases{
				Positives: []string{
					"FINTOC_SECRET_KEY=" + key(live) + "\n",
					"client = Fintoc(\"" + key(test) + "\")\n",
					"fintoc:\n  secret_key: " + key(live) + "\n",
					"const fintoc = require('fintoc')('" + key(live) + "');\n",
				},
				Negatives: []string{
					// placeholders and a truncated key
					"FINTOC_SECRET_KEY=" + live + "...\n",
					"FINTOC_SECRET_KEY=" + live + strings.Repeat("x", 32) + "\n",
					"FINTOC_SECRET_KEY=" + live + g.MixedAlnum(20) + "\n",
					// a publishable key is not the secret one
					"FINTOC_PUBLIC_KEY=" + fake.Join("pk", "_li", "ve_") + g.MixedAlnum(32) + "\n",
					// no Fintoc context
					"SECRET_KEY=" + key(live) + "\n",
				},
			}
		},
		"lago-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LAGO_API_KEY=" + g.UUID() + "\n",
					"export LAGO_API_KEY=\"" + g.UUID() + "\"\n",
					"client = Lago::Api::Client.new(api_key: '" + g.UUID() + "')\n",
					"lago:\n  api_key: " + g.UUID() + "\n",
					"lagoClient := lago.New().SetApiKey(\"" + g.UUID() + "\")\n",
					"LAGO=" + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"LAGO_API_KEY=your-lago-api-key\n",
					"LAGO_API_KEY=" + strings.Repeat("x", 8) + "-xxxx-xxxx-xxxx-" + strings.Repeat("x", 12) + "\n",
					// ids, not keys
					"LAGO_ORGANIZATION_ID=" + g.UUID() + "\n",
					"lago_customer_id: " + g.UUID() + "\n",
					// the name inside longer words
					"archipelago_token = \"" + g.UUID() + "\"\n",
					"LAGOON_API_KEY=" + g.UUID() + "\n",
					// upper-case hex is not a Lago key
					"LAGO_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
				},
			}
		},
		"methodfi-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			return Cases{
				Positives: []string{
					"METHOD_API_KEY=" + sk + g.MixedAlnum(24) + "\n",
					"method = Method(env='production', api_key='" + sk + g.MixedAlnum(24) + "')\n",
					"const method = new Method({ apiKey: '" + sk + g.MixedAlnum(24) + "', env: Environments.production });\n",
					"methodfi:\n  secret_key: \"" + sk + g.MixedAlnum(24) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"METHOD_API_KEY=" + sk + "...\n",
					"METHOD_API_KEY=" + sk + strings.Repeat("x", 24) + "\n",
					// wrong length
					"METHOD_API_KEY=" + sk + g.MixedAlnum(32) + "\n",
					// a publishable key
					"METHOD_PUBLIC_KEY=" + fake.Join("p", "k_") + g.MixedAlnum(24) + "\n",
					// the common word method, glued to another word
					"payment_method_key = '" + sk + g.MixedAlnum(24) + "'\n",
					"HTTP_METHOD=" + sk + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"mono-secret-key": func(g *fake.Gen) Cases {
			live := fake.Join("live", "_s", "k_")
			test := fake.Join("test", "_s", "k_")
			return Cases{
				Positives: []string{
					"MONO_SECRET_KEY=" + live + g.LowerAlnum(20) + "\n",
					"headers: { 'mono-sec-key': '" + test + g.LowerAlnum(20) + "', accept: 'application/json' }\n",
					"curl -H \"mono-sec-key: " + live + g.LowerAlnum(20) + "\" https://api.withmono.com/v2/accounts\n",
					"mono:\n  secret_key: " + test + g.LowerAlnum(20) + "\n",
				},
				Negatives: []string{
					// placeholders
					"MONO_SECRET_KEY=" + live + "xxxxxxxxxxxxx\n",
					"MONO_SECRET_KEY=" + live + "your_secret_key\n",
					// the public key of the widget
					"MONO_PUBLIC_KEY=" + fake.Join("live", "_p", "k_") + g.LowerAlnum(20) + "\n",
					// wrong length and alphabet
					"MONO_SECRET_KEY=" + live + g.LowerAlnum(32) + "\n",
					"MONO_SECRET_KEY=" + live + g.MixedAlnum(20) + "\n",
					// glued to another word
					"KEY=olive" + fake.Join("_s", "k_") + g.LowerAlnum(20) + "\n",
				},
			}
		},
	}
}
