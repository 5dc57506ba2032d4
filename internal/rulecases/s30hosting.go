// Cases for the hosting, panel and enterprise rules added in the s30hosting
// change: the Check Point Management API key, the OpenSRS reseller private
// key and the xMatters API key ID.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30hostingCases are the cases of the rules this change adds.
func s30hostingCases() map[string]Builder {
	return map[string]Builder{
		"checkpoint-management-api-key": func(g *fake.Gen) Cases {
			// 16 random bytes in base64: 22 characters and "==".
			key := func() string { return g.MixedAlnum(12) + g.Pick("+", "/") + g.MixedAlnum(9) + "==" }
			apiKey := fake.Join("api", "-key")
			return Cases{
				Positives: []string{
					"mgmt_cli login " + apiKey + " " + key() + " > /var/tmp/sid.txt\n",
					"export CHECKPOINT_API_KEY=\"" + key() + "\"\n",
					"provider \"checkpoint\" {\n  server  = \"192.0.2.10\"\n  api_key = \"" + key() + "\"\n  context = \"web_api\"\n}\n",
					"check_point_api_key: '" + key() + "'\n",
					"mgmt_cli -r true login " + apiKey + " '" + g.MixedAlnum(24) + "' domain \"SMC User\" --format json\n",
				},
				Negatives: []string{
					// placeholders
					"export CHECKPOINT_API_KEY=\"xxx==\"\n",
					"mgmt_cli login " + apiKey + " <api-key> > /tmp/sid.txt\n",
					"CHECKPOINT_API_KEY=" + strings.Repeat("x", 22) + "==\n",
					// too long for a Check Point key
					"CHECKPOINT_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a model checkpoint is not a Check Point key
					"checkpoint_path = \"" + g.MixedAlnum(22) + "==\"\n",
					"model_checkpoint_api = load(\"" + g.MixedAlnum(24) + "\")\n",
				},
			}
		},
		"opensrs-private-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(112) }
			return Cases{
				Positives: []string{
					"OPENSRS_USERNAME=reseller\nOPENSRS_API_KEY=" + key() + "\n",
					"define('OSRS_KEY', '" + key() + "');\n",
					"server = OpenSRS::Server.new(\n  server: 'https://rr-n1-tor.opensrs.net:55443/',\n  username: 'reseller',\n  key: '" + key() + "'\n)\n",
					"opensrs:\n  username: reseller\n  private_key: " + key() + "\n",
					"OPENSRS=" + strings.ToUpper(key()) + "\n",
				},
				Negatives: []string{
					// placeholders
					"OPENSRS_API_KEY=your_opensrs_api_key\n",
					"OPENSRS_API_KEY=" + strings.Repeat("0", 112) + "\n",
					// an old 8-byte key and a wrong alphabet
					"OPENSRS_API_KEY=" + g.Hex(16) + "\n",
					"OPENSRS_API_KEY=" + g.MixedAlnum(112) + "\n",
					// the name glued to another word
					"OPENSRS_HOST=" + g.Hex(112) + "\n",
				},
			}
		},
		"xmatters-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("x-api", "-key-")
			return Cases{
				Positives: []string{
					"XMATTERS_API_KEY=" + prefix + g.UUID() + "\nXMATTERS_API_SECRET=" + g.MixedAlnum(24) + "\n",
					"curl -u '" + prefix + g.UUID() + ":" + g.MixedAlnum(20) + "' https://acme.xmatters.com/api/xm/1/people\n",
					"xmatters:\n  base_url: https://acme.xmatters.com/api/xm/1\n  username: \"" + prefix + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders and a truncated id
					"XMATTERS_API_KEY=" + prefix + "example\n",
					"XMATTERS_API_KEY=" + prefix + "...\n",
					"XMATTERS_API_KEY=" + prefix + g.Hex(8) + "-" + g.Hex(4) + "\n",
					// an HTTP header name, not a key
					"headers: {\"" + prefix + "header\": \"X-API-Key\"}\n",
					// the prefix glued to a longer name
					"my" + prefix + g.UUID() + "\n",
				},
			}
		},
	}
}
