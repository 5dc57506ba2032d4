// Cases for the SEO, web-intelligence and sales-intelligence rules added in
// the s33seo change: Ahrefs, BuiltWith, Crunchbase, Majestic, Moz,
// PhantomBuster, SE Ranking, Similarweb and Wappalyzer, and Hunter's
// api_key= query parameter. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s33seoCases are the cases of the rules this change adds.
func s33seoCases() map[string]Builder {
	return map[string]Builder{
		"ahrefs-api-key": func(g *fake.Gen) Cases {
			v3 := func() string { return g.MixedAlnum(12) + "-" + g.MixedAlnum(14) + "_" + g.MixedAlnum(12) }
			host := fake.Join("https://apiv2.", "ahrefs.com/?", "token=")
			return Cases{
				Positives: []string{
					"AHREFS_API_KEY=" + v3() + "\n",
					"export AHREFS_TOKEN=\"" + v3() + "\"\n",
					"ahrefs:\n  api_key: " + v3() + "\n",
					"url = '" + host + g.Hex(40) + "&from=metrics&target=example.com&mode=exact'\n",
					"client = Ahrefs(\"" + v3() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"AHREFS_API_KEY=your_ahrefs_api_key\n",
					"AHREFS_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// too short, and too long
					"AHREFS_API_KEY=" + g.MixedAlnum(32) + "\n",
					"AHREFS_API_KEY=" + g.MixedAlnum(48) + "\n",
					// the name glued to another word
					"AHREFS_SITE_URL=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"builtwith-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "builtwith.com/v21/api.json?", "KEY=")
			return Cases{
				Positives: []string{
					"BUILTWITH_API_KEY=" + g.UUID() + "\n",
					"fetch('" + host + g.UUID() + "&LOOKUP=example.com')\n",
					"\"builtwith\": {\n  \"api_key\": \"" + g.UUID() + "\"\n}\n",
					"bw = BuiltWith('" + g.UUID() + "')\n",
				},
				Negatives: []string{
					// BuiltWith's own documentation key
					"BUILTWITH_API_KEY=00000000-0000-0000-0000-000000000000\n",
					"BUILTWITH_API_KEY=your_builtwith_api_key\n",
					// not a GUID
					"BUILTWITH_API_KEY=" + g.Hex(32) + "\n",
					// a lookup target, not the key
					"builtwith_lookup=" + g.UUID() + "\n",
				},
			}
		},
		"crunchbase-api-key": func(g *fake.Gen) Cases {
			hdr := fake.Join("X-cb-", "user-key")
			host := fake.Join("https://api.", "crunchbase.com/v/3/odm-people?", "user_key=")
			return Cases{
				Positives: []string{
					"CRUNCHBASE_API_KEY=" + g.Hex(32) + "\n",
					"headers = {\"" + hdr + "\": \"" + g.Hex(32) + "\", \"Content-Type\": \"application/json\"}\n",
					"items = items_from_url(\"" + host + g.Hex(32) + "\")\n",
					"cb = CrunchBase('" + g.Hex(32) + "')\n",
				},
				Negatives: []string{
					"CRUNCHBASE_API_KEY=your-crunchbase-api-key\n",
					"CRUNCHBASE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong alphabet and wrong length
					"CRUNCHBASE_API_KEY=" + g.MixedAlnum(32) + "\n",
					"CRUNCHBASE_API_KEY=" + g.Hex(40) + "\n",
					// an organisation's uuid in the data
					"crunchbase_uuid: " + g.Hex(32) + "\n",
				},
			}
		},
		"majestic-api-key": func(g *fake.Gen) Cases {
			upper := func() string { return g.String(fake.HexUpper, 32) }
			host := fake.Join("https://api.", "majestic.com/api/json?", "app_api_key=")
			return Cases{
				Positives: []string{
					"MAJESTIC_API_KEY=" + upper() + "\n",
					"url = '" + host + upper() + "&cmd=GetIndexItemInfo&items=1&item0=example.com'\n",
					"'majestic' => array(\n    'key' => '" + upper() + "',\n),\n",
					"majestic:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"MAJESTIC_API_KEY=YOUR_API_KEY\n",
					// the bare word is a dictionary word
					"majestic = \"" + upper() + "\"\n",
					// mixed case is not a Majestic key
					"MAJESTIC_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the word inside another name
					"UNMAJESTIC_API_KEY=" + upper() + "\n",
				},
			}
		},
		"moz-secret-key": func(g *fake.Gen) Cases {
			id := func() string { return fake.Join("moz", "scape-") + g.MixedAlnum(10) }
			return Cases{
				Positives: []string{
					"MOZ_ACCESS_ID=" + id() + "\nMOZ_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					"MOZ_SECRET_KEY = '" + g.Hex(32) + "'\n",
					"var moz = new Mozscape('" + id() + "','" + g.Hex(32) + "');\n",
					"$accessID = \"" + id() + "\"; // * Add unique Access ID\n$secretKey = \"" + g.Hex(32) + "\"; // * Add unique Secret Key\n",
					"const creds = { accessId: '" + id() + "', secretKey: '" + g.MixedAlnum(32) + "' };\n",
					"$secretKey = getenv('MOZ_API_TOKEN') ?: '" + g.MixedAlnum(32) + "';\n",
					"headers = {\"x-moz-token\": \"" + base64.StdEncoding.EncodeToString([]byte(id()+":"+g.MixedAlnum(32))) + "\"}\n",
				},
				Negatives: []string{
					"MOZ_SECRET_KEY=your_moz_secret_key_here\n",
					// another provider's name ending in moz
					"PAGAMOZ_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// the access id alone is not the secret
					"MOZ_ACCESS_ID=" + id() + "\n",
					// wrong length
					"MOZ_SECRET_KEY=" + g.MixedAlnum(24) + "\n",
					// the pair's second value is not a secret
					"$accessID = \"" + id() + "\";\n$expires = time() + 300;\n$sessionKey = \"" + g.Hex(32) + "\";\n",
					// CSS vendor prefixes
					"-moz-key-" + g.MixedAlnum(32) + ": none;\n",
				},
			}
		},
		"phantombuster-api-key": func(g *fake.Gen) Cases {
			hdr := fake.Join("X-Phantom", "buster-Key-1")
			long := func() string { return g.MixedAlnum(20) + "-" + g.MixedAlnum(10) + "_" + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"PHANTOMBUSTER_API_KEY=" + g.MixedAlnum(32) + "\n",
					"headers: {\n  '" + hdr + "': '" + g.MixedAlnum(32) + "'\n},\n",
					"headers = {\"Accept\": \"application/json\", \"" + hdr + "\": \"" + long() + "\"}\n",
					"phantombuster:\n  api_key: \"" + long() + "\"\n",
				},
				Negatives: []string{
					"PHANTOMBUSTER_API_KEY=your-phantombuster-key\n",
					"'" + hdr + "': 'YOUR_API_KEY'\n",
					// an agent id, not the key
					"PHANTOMBUSTER_AGENT_ID=" + g.MixedAlnum(32) + "\n",
					// wrong length
					"PHANTOMBUSTER_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"seranking-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "seranking.com/v1/backlinks/summary?target=example.com&", "apikey=")
			return Cases{
				Positives: []string{
					"SE_RANKING_API_KEY=" + g.Hex(40) + "\n",
					"SERANKING_API_KEY=" + g.UUID() + "\n",
					"GET " + host + g.UUID() + "&output=json\n",
					"seranking:\n  data_api_key: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					"SE_RANKING_API_KEY=your_se_ranking_api_key\n",
					"SE_RANKING_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a site id, not the key
					"SERANKING_SITE_ID=" + g.Hex(40) + "\n",
					// "se" glued to a word before it
					"USE_RANKING_TOKEN=" + g.Hex(40) + "\n",
				},
			}
		},
		"similarweb-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "similarweb.com/v1/website/example.com/total-traffic-and-engagement/visits?", "api_key=")
			return Cases{
				Positives: []string{
					"SIMILARWEB_API_KEY=" + g.Hex(32) + "\n",
					"SIMILARWEB_API_KEY = \"" + g.Hex(32) + "\"\n",
					"const url = `" + host + g.Hex(32) + "&country=world&granularity=monthly`;\n",
					"similarweb:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"SIMILARWEB_API_KEY=your_similarweb_api_key_here\n",
					"SIMILARWEB_API_KEY=" + g.MixedAlnum(32) + "\n",
					"SIMILARWEB_API_KEY=" + g.Hex(40) + "\n",
					// similar words that are not the provider
					"similar_webhook_secret=" + g.Hex(32) + "\n",
				},
			}
		},
		"accuranker-api-token": func(g *fake.Gen) Cases {
			host := fake.Join("https://app.", "accuranker.com/api/v4/domains/")
			return Cases{
				Positives: []string{
					"ACCURANKER_API_KEY=" + g.Hex(40) + "\n",
					"url = '" + host + "'\nheaders = {'Authorization': 'Token " + g.Hex(40) + "'}\n",
					"accuranker:\n  api_token: \"" + g.Hex(40) + "\"\n",
					"curl -H \"Authorization: Token " + g.Hex(40) + "\" " + host + "\n",
				},
				Negatives: []string{
					"ACCURANKER_API_KEY=your_accuranker_token\n",
					"ACCURANKER_API_KEY=" + g.MixedAlnum(40) + "\n",
					"ACCURANKER_DOMAIN_ID=" + g.Hex(40) + "\n",
					"curl -H \"Authorization: Token " + g.Hex(40) + "\" https://api.example.com/v4/domains/\n",
				},
			}
		},
		"serpstat-api-token": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "serpstat.com/v4/?", "token=")
			return Cases{
				Positives: []string{
					"SERPSTAT_API_KEY=" + g.Hex(32) + "\n",
					"this.httpService.post('" + host + g.Hex(32) + "', conf);\n",
					"api_url = f'http://api.serpstat.com/v3/domain_info?query={domain}&token=" + g.Hex(32) + "&se=g_us'\n",
					"'serpstat' => [\n    'token' => '" + g.Hex(32) + "',\n],\n",
				},
				Negatives: []string{
					"SERPSTAT_API_TOKEN=YOUR_API_TOKEN\n",
					"curl '" + host + "123#SerpstatDomainProcedure.getDomainsInfo'\n",
					"SERPSTAT_API_KEY=" + g.MixedAlnum(32) + "\n",
					"SERPSTAT_PROJECT_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"serpwow-api-key": func(g *fake.Gen) Cases {
			upper := func() string { return g.String(fake.HexUpper, 32) }
			host := fake.Join("https://api.", "serpwow.com/live/search?", "api_key=")
			return Cases{
				Positives: []string{
					"SERPWOW_API_KEY=" + upper() + "\n",
					"fetch('" + host + upper() + "&q=pizza&gl=fr')\n",
					"serpwow = GoogleSearchResults(\"" + upper() + "\")\nserpwow_key = \"" + upper() + "\"\n",
				},
				Negatives: []string{
					// SerpWow's public demo key
					"fetch('" + host + "demo&q=pizza')\n",
					"SERPWOW_API_KEY=" + g.Hex(32) + "x\n",
					"SERPWOW_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"wappalyzer-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"WAPPALYZER_API_KEY=" + g.MixedAlnum(40) + "\n",
					"opts = {'wappalyzer_api_key': '" + g.MixedAlnum(40) + "'}\n",
					"wappalyzer:\n  api_key: \"" + g.MixedAlnum(40) + "\"\n",
					"const key = process.env.WAPPALYZER_KEY || '" + g.MixedAlnum(40) + "';\n",
					"r = requests.get(\"https://api." + fake.Join("wappalyzer", ".com/v2/lookup/?urls=https://example.com\", headers={\"x-api-key\": \"") + g.MixedAlnum(40) + "\"})\n",
				},
				Negatives: []string{
					"WAPPALYZER_API_KEY=FAKEKEY\n",
					"WAPPALYZER_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// wrong length and alphabet
					"WAPPALYZER_API_KEY=" + g.MixedAlnum(32) + "\n",
					"WAPPALYZER_API_KEY=" + g.Hex(40) + "\n",
					// the header names a variable
					"requests.get(\"https://api.wappalyzer.com/v2/lookup/\", headers={\"x-api-key\": WAPPALYZER_API_KEY})\n",
				},
			}
		},
	}
}

// s33seoWidenedCases are more cases of rules this change widened.
func s33seoWidenedCases() map[string]Builder {
	return map[string]Builder{
		"hunter-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "hunter.io/v2/domain-search?domain=stripe.com&", "api_key=")
			return Cases{
				Positives: []string{
					"curl \"" + host + g.Hex(40) + "\"\n",
					"const r = await fetch(`" + host + g.Hex(40) + "`);\n",
					"hunter = PyHunter('" + g.Hex(40) + "')\n",
				},
				Negatives: []string{
					"curl \"" + host + "YOUR_API_KEY\"\n",
					"curl \"" + host + g.Hex(32) + "\"\n",
					"hunter = PyHunter(os.environ['HUNTER_API_KEY'])\n",
				},
			}
		},
		"replyio-api-key": func(g *fake.Gen) Cases {
			host := fake.Join("https://api.", "reply.io/v1/people")
			return Cases{
				Positives: []string{
					"curl -H \"X-Api-Key: " + g.MixedAlnum(24) + "\" " + host + "\n",
					"curl " + host + " \\\n  -H 'x-api-key: " + g.MixedAlnum(24) + "'\n",
				},
				Negatives: []string{
					"curl -H \"X-Api-Key: $REPLY_API_KEY\" " + host + "\n",
					"curl -H \"X-Api-Key: " + g.MixedAlnum(24) + "\" https://api.example.com/v1/people\n",
				},
			}
		},
	}
}
