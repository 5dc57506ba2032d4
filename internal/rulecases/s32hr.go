// Cases for the HR and recruiting rules the s32 hr change widened: BambooHR's
// own documented calls (curl -u KEY:x, a requests auth tuple, the PyBambooHR,
// Bamboozled and PHP BambooAPI clients) and Teamtailor's curl example, whose
// "Authorization: Token token=" header stands on a line after the host or
// before it. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32hrWidenedCases are more cases of rules this change widened.
func s32hrWidenedCases() map[string]Builder {
	return map[string]Builder{
		"bamboohr-api-key": func(g *fake.Gen) Cases {
			host := "https://api.bamboohr.com/api/gateway.php/acme/v1/employees/directory"
			return Cases{
				Positives: []string{
					"curl -i -u \"" + g.Hex(40) + ":x\" \"" + host + "\"\n",
					"curl -s -H 'Accept: application/json' \\\n  -u '" + g.Hex(40) + ":x' \\\n  '" + host + "'\n",
					"resp = requests.get(\"" + host + "\", auth=(\"" + g.Hex(40) + "\", \"x\"), headers={\"Accept\": \"application/json\"})\n",
					"from PyBambooHR import PyBambooHR\n\nbamboo = PyBambooHR(subdomain='acme', api_key='" + g.Hex(40) + "')\n",
					"client = Bamboozled.client(subdomain: \"acme\", api_key: \"" + g.Hex(40) + "\")\n",
					"<?php\n$api = new BambooAPI(\"acme\");\n$api->setSecretKey(\"" + g.Hex(40) + "\");\n",
				},
				Negatives: []string{
					// the key read from the environment
					"curl -i -u \"$BAMBOOHR_API_KEY:x\" \"" + host + "\"\n",
					// placeholders
					"bamboo = PyBambooHR(subdomain='acme', api_key='your_api_key_here')\n",
					"curl -i -u \"" + strings.Repeat("0", 40) + ":x\" \"" + host + "\"\n",
					// too long for a BambooHR key
					"curl -i -u \"" + g.Hex(48) + ":x\" \"" + host + "\"\n",
					// not hex: a BambooHR key is 40 lower-case hex digits
					"bamboo = PyBambooHR(subdomain='acme', api_key='" + g.String(fake.Upper, 40) + "')\n",
				},
			}
		},
		"teamtailor-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(18) + g.Pick("-", "_") + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"curl -X GET 'https://api.teamtailor.com/v1/jobs' \\\n  -H 'Authorization: Token token=" + key() + "' \\\n  -H 'X-Api-Version: 20240404'\n",
					"curl -H \"Authorization: Token token=" + key() + "\" \\\n     -H \"X-Api-Version: 20240404\" \\\n     https://api.teamtailor.com/v1/candidates\n",
					"const res = await fetch(\"https://api.teamtailor.com/v1/candidates\", {\n  headers: { Authorization: \"Token token=" + key() + "\", \"X-Api-Version\": \"20240404\" },\n});\n",
				},
				Negatives: []string{
					// the key read from the environment
					"curl 'https://api.teamtailor.com/v1/jobs' -H \"Authorization: Token token=${TEAMTAILOR_API_KEY}\" -H 'X-Api-Version: 20240404'\n",
					// placeholder
					"curl 'https://api.teamtailor.com/v1/jobs' -H 'Authorization: Token token=abc123abc123' -H 'X-Api-Version: 20240404'\n",
					// too short for a Teamtailor key
					"curl 'https://api.teamtailor.com/v1/jobs' -H 'Authorization: Token token=" + g.MixedAlnum(20) + "' -H 'X-Api-Version: 20240404'\n",
				},
			}
		},
	}
}
