// Cases for the rules added in the s34 support2 change (customer support
// and security vendors): the Mend (WhiteSource) user key. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34support2Cases are the cases of the rules this change adds.
func s34support2Cases() map[string]Builder {
	return map[string]Builder{
		"mend-user-key": func(g *fake.Gen) Cases {
			userVar := fake.Join("WS_", "USER", "KEY")
			cliVar := fake.Join("MEND_", "USER", "_KEY")
			return Cases{
				Positives: []string{
					// the Unified Agent's environment, as Mend's examples export it
					"export WS_APIKEY=" + g.UUID() + "\nexport " + userVar + "=" + g.Hex(64) + "\nexport WS_WSS_URL=https://saas.mend.io/agent\n",
					// an Azure Pipelines step running the agent
					"- script: java -jar wss-unified-agent.jar\n  displayName: 'Mend Unified Agent Security Scan'\n  env:\n    " + userVar + ": '" + g.Hex(64) + "'\n    WS_PRODUCTNAME: Website\n",
					// the agent's command line
					"java -jar wss-unified-agent.jar -c wss-unified-agent.config -apiKey $WS_APIKEY -userKey " + g.Hex(64) + " -product web -project api\n",
					// the Mend CLI in a GitHub Actions job
					"    env:\n      MEND_EMAIL: ci@example.com\n      " + cliVar + ": " + g.Hex(64) + "\n      MEND_URL: https://saas.mend.io\n",
					// a settings file nesting the key under the vendor
					"mend:\n  url: https://saas.mend.io\n  user_key: \"" + g.Hex(64) + "\"\n",
					// a JavaScript fallback
					"const userKey = process.env." + cliVar + " || '" + g.Hex(64) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"export " + userVar + "=<your-user-key>\n",
					"    " + userVar + ": \"" + strings.Repeat("x", 64) + "\"\n",
					"      " + userVar + ": $(UserKey-ServiceUser_Dev)\n",
					// too short for a user key
					userVar + "=" + g.Hex(40) + "\n",
					// not hex
					cliVar + "=" + g.MixedAlnum(64) + "\n",
					// another vendor's variable that ends the same way
					"const IAM_USER_KEY = process.env.A" + userVar + " || '" + g.Hex(64) + "';\n",
					// "mend" inside another word
					"AMEND_USER_KEY=" + g.Hex(64) + "\n",
					// the key's file, not the key
					cliVar + "_FILE=/run/secrets/" + g.Hex(64) + "\n",
				},
			}
		},
	}
}
