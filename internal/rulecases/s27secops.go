// Cases for the security and threat-intelligence rules added in the s27
// secops change: Carbon Black Cloud, FOFA, Intelligence X, LeakIX, MISP,
// OpenCTI, ProjectDiscovery Cloud and 360 Quake. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27secopsCases are the cases of the rules this change adds.
func s27secopsCases() map[string]Builder {
	return map[string]Builder{
		"carbon-black-cloud-api-key": func(g *fake.Gen) Cases {
			upd := fake.Upper + fake.Digits
			key := func() string {
				return g.String(upd, 20) + g.String(fake.Digits, 4) + "/" + g.String(upd, 7) + g.Pick("1", "5", "8") + g.String(upd, 2)
			}
			return Cases{
				Positives: []string{
					"export CBC_URL=https://defense.conferdeploy.net\nexport CBC_TOKEN=" + key() + "\n",
					"api = CBCloudAPI(url='https://defense.conferdeploy.net', token='" + key() + "', org_key='ABCD1234')\n",
					"[default]\nurl=https://defense-prod05.conferdeploy.net\ntoken=" + key() + "\norg_key=" + g.String(upd, 8) + "\nssl_verify=True\n",
					"curl -s -H \"X-Auth-Token: " + key() + "\" https://defense.conferdeploy.net/appservices/v6/orgs/ABCD1234/devices/_search\n",
				},
				Negatives: []string{
					// lower case is not this format
					"CBC_TOKEN=" + strings.ToLower(key()) + "\n",
					// wrong lengths
					"CBC_TOKEN=" + g.String(upd, 20) + "/" + g.String(upd, 10) + "\n",
					"CBC_TOKEN=" + g.String(upd, 24) + "/" + g.String(upd, 8) + "\n",
					// placeholders
					"CBC_TOKEN=<API_SECRET_KEY>/<API_ID>\n",
					// letters only
					"X-Auth-Token: " + g.String(fake.Upper, 24) + "/" + g.String(fake.Upper, 10) + "\n",
				},
			}
		},
		"fofa-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FOFA_EMAIL=secops@example.org\nFOFA_KEY=" + g.Hex(32) + "\n",
					"{\n  \"fofa_email\": \"secops@example.org\",\n  \"fofa_key\": \"" + g.Hex(32) + "\"\n}\n",
					"curl \"https://fofa.info/api/v1/search/all?email=secops@example.org&key=" + g.Hex(32) + "&qbase64=dGl0bGU9ImJpbmci\"\n",
					"fofa:\n  email: secops@example.org\n  key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"FOFA_KEY=your_fofa_api_key\n",
					"FOFA_KEY=32charsMD5String\n",
					// wrong length and alphabet
					"FOFA_KEY=" + g.Hex(31) + "\n",
					"FOFA_KEY=" + g.MixedAlnum(32) + "\n",
					// not a credential of FOFA
					"FOFA_QUERY_HASH=" + g.Hex(32) + "\n",
				},
			}
		},
		"intelx-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"INTELX_API_KEY=" + g.UUID() + "\nINTELX_URL=https://2.intelx.io/\n",
					"from intelxapi import intelx\nix = intelx('" + g.UUID() + "')\nresults = ix.search('example.com')\n",
					"intelx:\n  api_key: \"" + g.UUID() + "\"\n",
					"theHarvester:\n  intelx_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"INTELX_API_KEY=your_api_key_here\n",
					"ix = intelx('00000000-0000-0000-0000-000000000000')\n",
					// a search id is no key
					"INTELX_SEARCH_ID=" + g.UUID() + "\n",
					// wrong shape
					"INTELX_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"leakix-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.MixedAlnum(15) + g.Pick("-", "_") + g.MixedAlnum(20) + g.Pick("_", "-") + g.MixedAlnum(11)
			}
			return Cases{
				Positives: []string{
					"LEAKIX_API_KEY=" + key() + "\nLEAKIX_RATE_LIMIT_PER_MONTH=3000\n",
					"{\"leakix\": {\"api_key\": \"" + key() + "\", \"plugins\": [\"GitConfigHttpPlugin\"]}}\n",
					"leakix:\n  api-key: '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"LEAKIX_API_KEY=your_leakix_api_key\n",
					"LEAKIX_API_KEY=" + strings.Repeat("x", 48) + "\n",
					// wrong lengths
					"LEAKIX_API_KEY=" + g.MixedAlnum(40) + "\n",
					"LEAKIX_API_KEY=" + key() + g.MixedAlnum(4) + "\n",
				},
			}
		},
		"misp-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MISP_URL=https://misp.example.org\nMISP_KEY=" + g.MixedAlnum(40) + "\n",
					"misp = PyMISP(misp_url, '" + g.MixedAlnum(40) + "', misp_verifycert)\n",
					"misp:\n  url: https://misp.example.org\n  key: " + g.MixedAlnum(40) + "\n  verify_ssl: true\n",
					"misp_key = '" + g.MixedAlnum(40) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"MISP_KEY=YOUR_MISP_AUTH_KEY\n",
					"misp_key = '<your MISP automation key>'\n",
					// too short, and a SHA-1 digest
					"MISP_KEY=" + g.MixedAlnum(32) + "\n",
					"MISP_KEY=" + g.Hex(40) + "\n",
					// the name inside another word
					"MISPRINT_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"opencti-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENCTI_ADMIN_EMAIL=admin@opencti.io\nOPENCTI_ADMIN_TOKEN=" + g.UUID() + "\n",
					"opencti:\n  url: 'http://opencti:8080'\n  token: '" + g.UUID() + "'\n",
					"client = OpenCTIApiClient(\"http://localhost:4000\", \"" + g.UUID() + "\")\n",
					"environment:\n  - OPENCTI_TOKEN=" + strings.ToUpper(g.UUID()) + "\n",
				},
				Negatives: []string{
					// placeholders and a reference
					"OPENCTI_ADMIN_TOKEN=ChangeMe\n",
					"OPENCTI_ADMIN_TOKEN=00000000-0000-0000-0000-000000000000\n",
					"  - OPENCTI_TOKEN=${OPENCTI_ADMIN_TOKEN}\n  - CONNECTOR_ID=" + g.UUID() + "\n",
					// a connector id is no credential
					"OPENCTI_CONNECTOR_ID=" + g.UUID() + "\n",
				},
			}
		},
		"projectdiscovery-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export PDCP_API_KEY=" + g.UUID() + "\n",
					"# ~/.pdcp/credentials.yaml\npdcp-api-key: " + g.UUID() + "\n",
					"PROJECTDISCOVERY_API_KEY=\"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"export PDCP_API_KEY=your_api_key_here\n",
					"PDCP_API_KEY=<your-api-key>\n",
					// a team id is no key
					"PDCP_TEAM_ID=" + g.UUID() + "\n",
					// wrong shape
					"PDCP_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"quake-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"QUAKE_TOKEN=" + g.UUID() + "\n",
					"headers = {\"X-QuakeToken\": \"" + g.UUID() + "\", \"Content-Type\": \"application/json\"}\n",
					"quake:\n  token: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// the name inside another word
					"EARTHQUAKE_TOKEN=" + g.UUID() + "\n",
					// a placeholder
					"QUAKE_TOKEN=your-quake-token\n",
					// an id of a quake event, no credential word
					"quake_event_id: " + g.UUID() + "\n",
					// the bare dictionary word does not name the credential
					"quake = \"" + g.UUID() + "\"\n",
				},
			}
		},
	}
}
