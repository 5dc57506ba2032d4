// Cases for the tax, compliance and sanctions-screening rules added in the
// s34 taxcomp change: ComplyAdvantage, Quaderno, TaxCloud, Vanta and
// Vatstack. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34taxcompCases are the cases of the rules this change adds.
func s34taxcompCases() map[string]Builder {
	return map[string]Builder{
		"complyadvantage-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"COMPLYADVANTAGE_API_KEY=" + key() + "\nCOMPLYADVANTAGE_BASE_URL=https://api.complyadvantage.com\n",
					"screening:\n  complyadvantage:\n    api_key: \"" + key() + "\"\n    fuzziness: 0.6\n",
					"url = \"https://api.complyadvantage.com/searches?api_key=" + key() + "\"\n",
					"const options = {\n  url: 'https://api.complyadvantage.com/users',\n  method: 'GET',\n  headers: {'Authorization': 'Token " + key() + "'}\n};\n",
					"export COMPLY_ADVANTAGE_API_KEY=\"" + key() + "\"\n",
					"apiKey: process.env.COMPLY_ADVANTAGE_API_KEY || '" + key() + "',\n",
				},
				Negatives: []string{
					// placeholders
					"COMPLYADVANTAGE_API_KEY=your_complyadvantage_api_key\n",
					"COMPLYADVANTAGE_API_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"headers = {'Authorization': 'Token <<.. your API key ..>>'}  # api.complyadvantage.com\n",
					// too short, too long
					"COMPLYADVANTAGE_API_KEY=" + g.MixedAlnum(24) + "\n",
					"COMPLYADVANTAGE_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a search id is not the key
					"complyadvantage_search_id = " + g.Hex(8) + "\n",
					// the name glued to another word
					"COMPLYADVANTAGEMENT_REF=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"quaderno-api-key": func(g *fake.Gen) Cases {
			test := fake.Join("sk", "_te", "st_")
			live := fake.Join("sk", "_li", "ve_")
			body := func() string { return g.MixedAlnum(9) + g.Pick("_", "Q", "7") + g.MixedAlnum(10) }
			return Cases{
				Positives: []string{
					"QUADERNO_PRIVATE_KEY=" + live + body() + "\nQUADERNO_API_URL=https://acme.quadernoapp.com/api/\n",
					"Quaderno::Base.configure do |config|\n  config.url = 'https://acme.quadernoapp.com/api/'\nend\nQuaderno::Base.auth_token = '" + test + body() + "'\n",
					"QuadernoBase::init('" + live + body() + "', 'https://acme.quadernoapp.com/api/');\n",
					"curl https://acme.sandbox-quadernoapp.com/api/ping.json -u " + test + body() + ":x\n",
					"quaderno:\n  account: acme\n  api_key: \"" + g.MixedAlnum(20) + "\"\n",
					"{\"quaderno\": \"" + live + body() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"QuadernoBase::init('YOUR_API_KEY', 'YOUR_API_URL');\n",
					"curl https://acme.quadernoapp.com/api/ping -u " + test + "your-secret-key:x\n",
					"QUADERNO_API_KEY=" + test + "xxxxxxxxxxxxxxxxxxxx\n",
					// wrong length
					"QUADERNO_API_KEY=" + live + g.MixedAlnum(28) + "\n",
					// a checkout link id is not a key
					"urlCheckout: 'https://acme.quadernoapp.com/checkout/link/" + g.Hex(40) + "',\n",
					// the name glued after another word
					"squaderno_token = \"" + g.MixedAlnum(20) + "\"\n",
					// one letter case only
					"QUADERNO_API_KEY=" + g.LowerAlnum(20) + "\n",
				},
			}
		},
		"taxcloud-api-key": func(g *fake.Gen) Cases {
			guid := func() string { return strings.ToUpper(g.UUID()) }
			loginID := func() string { return strings.ToUpper(g.Hex(8)) }
			return Cases{
				Positives: []string{
					"TAXCLOUD_API_LOGIN_ID=" + loginID() + "\nTAXCLOUD_API_KEY=" + guid() + "\n",
					"{\n  \"taxcloud\": {\n    \"apiLoginID\": \"" + loginID() + "\",\n    \"apiKey\": \"" + guid() + "\"\n  }\n}\n",
					"curl --request POST --url 'https://api.taxcloud.net/1.0/TaxCloud/Ping?apiKey=" + guid() + "' --data '{\"apiLoginID\":\"" + loginID() + "\"}'\n",
					"Spree.config { :taxcloud_api_key => '" + g.UUID() + "' }\n",
				},
				Negatives: []string{
					// the API ID is not the key
					"TAXCLOUD_API_LOGIN_ID=" + loginID() + "\n",
					// a connection id or an order id is not a key
					"TAXCLOUD_CONNECTION_ID=" + g.UUID() + "\n",
					"taxcloud order id: " + g.UUID() + "\n",
					// placeholders
					"config.api_key = 'taxcloud_api_key'\n",
					"TAXCLOUD_API_KEY=XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n",
					// not a GUID
					"TAXCLOUD_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"vanta-client-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("vc", "s_")
			secret := func() string { return prefix + g.Hex(6) + "_" + g.Hex(64) }
			clientID := fake.Join("vc", "i_")
			return Cases{
				Positives: []string{
					"VANTA_CLIENT_ID=" + clientID + g.Hex(48) + "\nVANTA_CLIENT_SECRET=" + secret() + "\n",
					"{\n  \"client_id\": \"" + clientID + g.Hex(48) + "\",\n  \"client_secret\": \"" + secret() + "\",\n  \"scope\": \"vanta-api.all:read\",\n  \"grant_type\": \"client_credentials\"\n}\n",
					"./vanta-exporter --client-id=" + clientID + g.Hex(48) + " --client-secret=" + secret() + " --all\n",
					"vanta:\n  client_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"VANTA_CLIENT_SECRET=" + prefix + "YOUR_CLIENT_SECRET\n",
					"{\"client_id\": \"" + clientID + "...\", \"client_secret\": \"" + prefix + "...\"}\n",
					// the client id is not the secret
					"VANTA_CLIENT_ID=" + clientID + g.Hex(48) + "\n",
					// wrong lengths
					"VANTA_CLIENT_SECRET=" + prefix + g.Hex(6) + "_" + g.Hex(40) + "\n",
					"VANTA_CLIENT_SECRET=" + prefix + g.Hex(64) + "\n",
					// a version-control setting
					"zstyle ':vcs_info:git:*' formats '%b'\nprecmd_vcs_info() { vcs_info }\n",
				},
			}
		},
		"vatstack-secret-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			pk := fake.Join("p", "k_")
			return Cases{
				Positives: []string{
					"VATSTACK_SECRET_KEY=" + sk + g.Hex(32) + "\n",
					"curl -X POST https://api.vatstack.com/v1/evidences \\\n     -H \"X-API-KEY: " + sk + g.Hex(32) + "\" \\\n     -d type=eu_vat\n",
					"url = \"https://api.vatstack.com/v1/validations\"\nheaders = {\n  \"X-API-KEY\" => \"" + sk + fake.Join("li", "ve_") + g.Hex(32) + "\"\n}\n",
					"services:\n  vatstack:\n    secret_key: '" + sk + g.Hex(32) + "'\n",
					"const vatstackApiKey = process.env.VATSTACK_API_KEY ?? '" + sk + g.Hex(32) + "';\n",
				},
				Negatives: []string{
					// the public key is meant to be seen
					"VATSTACK_PUBLIC_KEY=" + pk + fake.Join("li", "ve_") + g.Hex(32) + "\n",
					// placeholders
					"VATSTACK_SECRET_KEY=" + sk + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"VATSTACK_API_KEY=mock_vatstack_key\n",
					// wrong length, wrong alphabet
					"VATSTACK_SECRET_KEY=" + sk + g.Hex(24) + "\n",
					"VATSTACK_SECRET_KEY=" + sk + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"KVATSTACKED_SECRET=" + sk + g.Hex(32) + "\n",
				},
			}
		},
	}
}
