// Cases for the rules added in the s25gg1 change, specific detectors of
// GitGuardian's catalogue (providers A to L) that no rule named: the
// GitGuardian checked test token. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s25gg1Cases are the cases of the rules this change adds.
func s25gg1Cases() map[string]Builder {
	return map[string]Builder{
		"gitguardian-test-token": func(g *fake.Gen) Cases {
			head := fake.Join("gg", "tt-")
			token := func(status string) string { return head + status + "-" + g.LowerAlnum(10) }
			return Cases{
				Positives: []string{
					"GG_TEST_TOKEN=" + token("v") + "\n",
					"# must be reported as invalid by the checker\nsecret: \"" + token("i") + "\"\n",
					"echo " + token("f") + " > leak.txt && ggshield secret scan path leak.txt\n",
				},
				Negatives: []string{
					// an unknown status letter, too short, upper case, a longer identifier
					"GG_TEST_TOKEN=" + token("x") + "\n",
					"GG_TEST_TOKEN=" + head + "v-" + g.LowerAlnum(6) + "\n",
					"GG_TEST_TOKEN=" + head + "v-" + strings.ToUpper(g.LowerAlnum(10)) + "\n",
					"GG_TEST_TOKEN=" + token("v") + g.LowerAlnum(4) + "\n",
				},
			}
		},
	}
}
