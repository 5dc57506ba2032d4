// Cases for the communications, developer-service, geo and crypto rules added
// in the s30 misc change. Every key shape is built at run time from parts, so
// that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s30miscCases are the cases of the rules this change adds.
func s30miscCases() map[string]Builder {
	return map[string]Builder{
		"campaign-monitor-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CREATESEND_API_KEY = '" + g.Hex(32) + "'\nCREATESEND_LIST_ID = '" + g.Hex(32) + "'\n",
					"CAMPAIGN_MONITOR_API_KEY=" + g.Hex(48) + "\n",
					"cm = CampaignMonitor.new('" + g.Hex(32) + "')\n",
					"'campaign_monitor' => [\n    'api_key' => '" + g.Hex(32) + "',\n],\n",
				},
				Negatives: []string{
					// ids of lists and clients are no keys
					"CREATESEND_LIST_ID = '" + g.Hex(32) + "'\n",
					"CAMPAIGN_MONITOR_CLIENT_ID=" + g.Hex(32) + "\n",
					// placeholders and a wrong length
					"CAMPAIGN_MONITOR_API_KEY=your_campaign_monitor_api_key\n",
					"CREATESEND_API_KEY = '" + g.Hex(40) + "'\n",
				},
			}
		},
		"constant-contact-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"define('CTCT_API_KEY', '" + g.LowerAlnum(24) + "');\n",
					"CONSTANT_CONTACT_API_KEY=" + g.LowerAlnum(24) + "\n",
					"var CTCT_API_KEY = \"" + g.LowerAlnum(24) + "\";\n",
					"update_option( '_ctct_api_key', '" + g.LowerAlnum(24) + "' );\n",
				},
				Negatives: []string{
					// placeholders
					"CONSTANT_CONTACT_API_KEY=your_api_key_here\n",
					// wrong length and wrong alphabet
					"CONSTANT_CONTACT_API_KEY=" + g.LowerAlnum(32) + "\n",
					"define('CTCT_SECRET', '" + g.MixedAlnum(24) + "');\n",
					// the phrase in prose, and the name glued to another word
					"we stay in constant contact with the team; key = " + g.LowerAlnum(20) + "\n",
					"abctct_key = " + g.LowerAlnum(24) + "\n",
				},
			}
		},
		"dyte-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DYTE_ORG_ID=" + g.UUID() + "\nDYTE_API_KEY=" + g.Hex(20) + "\n",
					"const dyte = new DyteClient({ orgId: process.env.DYTE_ORG_ID, apiKey: '" + g.Hex(20) + "' });\n",
					"dyte:\n  org_id: " + g.UUID() + "\n  api_key: \"" + g.Hex(20) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"DYTE_API_KEY=your_dyte_api_key_here\n",
					// the organization id is no key
					"DYTE_ORG_ID=" + g.UUID() + "\n",
					// wrong length
					"DYTE_API_KEY=" + g.Hex(32) + "\n",
					// the name inside a longer word
					"troglodyte_key = " + g.Hex(20) + "\n",
				},
			}
		},
		"urlbox-secret-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ubx", "_sk_")
			return Cases{
				Positives: []string{
					"URLBOX_API_SECRET=" + prefix + g.MixedAlnum(32) + "\n",
					"const API_KEY = \"" + prefix + g.MixedAlnum(32) + "\";\n",
					"urlbox:\n  api_key: pub_" + g.LowerAlnum(16) + "\n  api_secret: '" + prefix + g.MixedAlnum(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"URLBOX_API_SECRET=" + prefix + "...\n",
					"URLBOX_API_SECRET=" + prefix + "fakebutwellformed\n",
					// wrong length
					"URLBOX_API_SECRET=" + prefix + g.MixedAlnum(20) + "\n",
					// the prefix glued to a longer word
					"xubx_sk_" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"hotelbeds-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HOTELBEDS_API_KEY=" + g.Hex(32) + "\nHOTELBEDS_SECRET=your_secret\n",
					"hotelbeds:\n  api_key: \"" + g.Hex(32) + "\"\n  base_url: https://api.test.hotelbeds.com\n",
					"const hotelbedsApiKey = '" + g.Hex(32) + "';\n",
					"client = HotelbedsClient(\"" + g.Hex(32) + "\", secret)\n",
				},
				Negatives: []string{
					// placeholders
					"HOTELBEDS_API_KEY=your_hotelbeds_key\n",
					"HOTELBEDS_API_KEY=\"" + strings.Repeat("x", 32) + "\"\n",
					// wrong length and wrong alphabet
					"HOTELBEDS_API_KEY=" + g.Hex(24) + "\n",
					"HOTELBEDS_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the provider named far from the value
					"# hotelbeds adapter settings, see the partner portal for the values to use here\nCACHE_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"hotelbeds-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HOTELBEDS_API_KEY=your_key\nHOTELBEDS_SECRET=" + g.Hex(10) + "\n",
					"export HOTELBEDS_API_SECRET=\"" + g.Hex(10) + "\"\n",
					"hotelbeds:\n  secret: '" + g.Hex(10) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"HOTELBEDS_SECRET=yyyyyyyyyy\n",
					"HOTELBEDS_SECRET=your_hotelbeds_secret\n",
					// wrong length
					"HOTELBEDS_SECRET=" + g.Hex(16) + "\n",
					// a secret with no Hotelbeds name
					"API_SECRET=" + g.Hex(10) + "\n",
				},
			}
		},
		"ipregistry-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ir", "a_")
			return Cases{
				Positives: []string{
					"IPREGISTRY_API_KEY=" + prefix + g.MixedAlnum(36) + "\n",
					"const res = await fetch(`https://api.ipregistry.co/?key=" + prefix + g.MixedAlnum(36) + "`);\n",
					"client = IpregistryClient(\"" + prefix + g.MixedAlnum(36) + "\")\n",
				},
				Negatives: []string{
					// wrong length
					"IPREGISTRY_API_KEY=" + prefix + g.MixedAlnum(30) + "\n",
					// placeholders and the public try-out key
					"IPREGISTRY_API_KEY=" + prefix + "YOUR_API_KEY\n",
					"IPREGISTRY_API_KEY=tryout\n",
					// the prefix glued to a longer word
					"lira_" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"placid-api-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("plac", "id-")
			token := func() string { return prefix + g.LowerAlnum(16) + "-" + g.LowerAlnum(16) }
			return Cases{
				Positives: []string{
					"PLACID_API_TOKEN=" + token() + "\n",
					"headers = {\"Authorization\": \"Bearer " + token() + "\", \"Content-Type\": \"application/json\"}\n",
					"placid:\n  api_token: '" + token() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"PLACID_API_TOKEN=your-placid-api-token\n",
					"Authorization: Bearer " + prefix + "secret\n",
					// wrong lengths
					"PLACID_API_TOKEN=" + prefix + g.LowerAlnum(16) + "-" + g.LowerAlnum(10) + "\n",
					// prose
					"the lake lay placid-" + "looking and still-\n",
				},
			}
		},
		"privy-app-secret": func(g *fake.Gen) Cases {
			prefix := fake.Join("privy_app", "_secret_")
			secret := func() string { return prefix + fake.Base58(g.Bytes(64)) }
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_PRIVY_APP_ID=cm" + g.LowerAlnum(23) + "\nPRIVY_APP_SECRET=" + secret() + "\n",
					"const privy = new PrivyClient(process.env.PRIVY_APP_ID, '" + secret() + "');\n",
					"echo \"" + secret() + "\" | wrangler secret put PRIVY_APP_SECRET\n",
				},
				Negatives: []string{
					// placeholders
					"PRIVY_APP_SECRET=" + prefix + "your-secret-here\n",
					"PRIVY_APP_SECRET=" + prefix + "...\n",
					// too short
					"PRIVY_APP_SECRET=" + prefix + fake.Base58(g.Bytes(32)) + "\n",
					// characters base58 does not use
					"PRIVY_APP_SECRET=" + prefix + "0OIl" + fake.Base58(g.Bytes(62)) + "\n",
				},
			}
		},
		"shyft-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SHYFT_API_KEY=" + g.MixedAlnum(16) + "\n",
					"const HTTP_RPC = \"https://rpc.shyft.to?api_key=" + g.MixedAlnum(16) + "\";\n",
					"shyft:\n  api_key: " + g.MixedAlnum(16) + "\n",
				},
				Negatives: []string{
					// placeholders
					"SHYFT_API_KEY=YOUR_API_KEY\n",
					"RPC_ENDPOINT=https://rpc.shyft.to?api_key=<your-api-key>\n",
					// wrong length
					"SHYFT_API_KEY=" + g.MixedAlnum(24) + "\n",
					// a key on the line after a Shyft setting
					"SHYFT_NETWORK=mainnet-beta\nHELIUS_KEY=" + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"webshare-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WEBSHARE_API_KEY=" + g.LowerAlnum(40) + "\n",
					"requests.get(\"https://proxy.webshare.io/api/v2/proxy/list/?mode=direct\", headers={\"Authorization\": \"Token " + g.LowerAlnum(40) + "\"})\n",
					"const WEBSHARE_API_KEY = '" + g.LowerAlnum(40) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"WEBSHARE_API_KEY=your_webshare_api_key\n",
					"WEBSHARE_API_KEY=" + strings.Repeat("a", 40) + "\n",
					// wrong length and wrong alphabet
					"WEBSHARE_API_KEY=" + g.LowerAlnum(32) + "\n",
					"WEBSHARE_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
	}
}
