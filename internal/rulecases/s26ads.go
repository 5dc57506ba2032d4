// Cases for the advertising, marketplace and affiliate rules added in the
// s26-ads change: Awin, eBay OAuth tokens, the Google Ads developer token,
// impact.com, Rewardful, Semrush and Shopee. Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s26adsCases are the cases of the rules this change adds.
func s26adsCases() map[string]Builder {
	return map[string]Builder{
		"awin-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"AWIN_API_TOKEN=" + g.UUID() + "\n",
					"const awin = new AwinClient(\"" + g.UUID() + "\");\n",
					"affiliates:\n  awin:\n    publisher_id: 123456\n    api_token: \"" + g.UUID() + "\"\n",
					"const awinToken = '" + g.UUID() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"AWIN_API_TOKEN=your_awin_api_token\n",
					"AWIN_API_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// a UUID that is not a token: the publisher's site id next to another name
					"AWIN_SITE_NAME=" + g.UUID() + "\n",
					// wrong shape: not a UUID
					"AWIN_API_TOKEN=" + g.Hex(32) + "\n",
					// awin inside another word is not Awin's name
					"DRAWING_TOKEN=" + g.UUID() + "\n",
				},
			}
		},
		"ebay-oauth-token": func(g *fake.Gen) Cases {
			head := fake.Join("v^1.1#", "i^1#")
			tok := func(n int) string {
				return head + g.Pick("p^3#r^1#I^3#f^0#t^", "f^0#p^3#r^0#I^3#t^", "r^1#p^3#I^3#f^0#t^") + g.String(fake.Base64, n) + g.Pick("", "=")
			}
			return Cases{
				Positives: []string{
					"EBAY_USER_TOKEN=" + tok(1200) + "\n",
					"ebay:\n  refresh_token: \"" + tok(84) + "\"\n",
					"headers = {\"Authorization\": \"Bearer " + tok(900) + "\", \"X-EBAY-C-MARKETPLACE-ID\": \"EBAY_US\"}\n",
				},
				Negatives: []string{
					// placeholders and a truncated token
					"EBAY_USER_TOKEN=" + head + "...\n",
					"EBAY_USER_TOKEN=" + head + "p^3#r^1#I^3#f^0#t^" + strings.Repeat("x", 60) + "\n",
					"EBAY_USER_TOKEN=" + head + "p^3#r^1#I^3#f^0#t^" + g.String(fake.Base64, 20) + "\n",
					// another version marker
					"EBAY_USER_TOKEN=" + fake.Join("v^2.0#", "i^1#") + "t^" + g.String(fake.Base64, 300) + "\n",
				},
			}
		},
		"google-ads-developer-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.MixedAlnum(10) + g.Pick("-", "_", "") + g.MixedAlnum(6) + g.Pick("_", "-", "") + g.MixedAlnum(4)
			}
			pad := func(s string) string {
				for len(s) < 22 {
					s += g.Alnum(1)
				}
				return s
			}
			return Cases{
				Positives: []string{
					"# google-ads.yaml\ndeveloper_token: " + pad(tok()) + "\nclient_id: 1234567890-abc.apps.googleusercontent.com\nuse_proto_plus: True\n",
					"GOOGLE_ADS_DEVELOPER_TOKEN=" + pad(tok()) + "\n",
					"curl -H \"developer-token: " + pad(tok()) + "\" -H \"login-customer-id: 1234567890\" https://googleads.googleapis.com/v17/customers:listAccessibleCustomers\n",
					"client = GoogleAdsClient.load_from_dict({\"developer_token\": \"" + pad(tok()) + "\", \"use_proto_plus\": True})\n",
				},
				Negatives: []string{
					// placeholders
					"developer_token: INSERT_DEVELOPER_TOKEN_HERE\n",
					"GOOGLE_ADS_DEVELOPER_TOKEN=your_developer_token\n",
					// wrong length
					"developer_token: " + g.MixedAlnum(16) + "\n",
					"developer_token: " + g.MixedAlnum(30) + "\n",
					// the name glued to another word
					"developer_token_id: " + g.MixedAlnum(22) + "\n",
				},
			}
		},
		"impact-auth-token": func(g *fake.Gen) Cases {
			sid := func() string { return fake.Join("I", "R") + g.MixedAlnum(32) }
			tok := func() string { return g.MixedAlnum(19) + g.Pick(".", "-", "~") + g.MixedAlnum(12) }
			fix := func(s string) string {
				for len(s) < 32 {
					s += g.Alnum(1)
				}
				return s
			}
			return Cases{
				Positives: []string{
					"IMPACT_ACCOUNT_SID=" + sid() + "\nIMPACT_AUTH_TOKEN=" + fix(tok()) + "\n",
					"ImpactRadiusAPI.auth_token = ENV.fetch(\"IR_AUTH_TOKEN\", \"" + fix(tok()) + "\")\n",
					"impact:\n  account_sid: " + sid() + "\n  auth_token: '" + fix(tok()) + "'\n",
					"ImpactRadiusAPI.account_sid = \"" + sid() + "\"\nImpactRadiusAPI.auth_token = \"" + fix(tok()) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"IMPACT_AUTH_TOKEN=your_auth_token_here\n",
					"IMPACT_AUTH_TOKEN=" + strings.Repeat("x", 32) + "\n",
					// the Account SID is an identifier, not the secret
					"IMPACT_ACCOUNT_SID=" + sid() + "\n",
					// wrong length
					"IMPACT_AUTH_TOKEN=" + g.MixedAlnum(24) + "\n",
					// the bare word is not enough
					"impact = \"" + g.MixedAlnum(32) + "\"\n",
				},
			}
		},
		"rewardful-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"REWARDFUL_API_SECRET=" + g.Hex(32) + "\n",
					"services:\n  web:\n    environment:\n      - REWARDFUL_API_SECRET=" + g.Hex(32) + "\n",
					"rewardful:\n  api_secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the public tracking key is six hex digits
					"NEXT_PUBLIC_REWARDFUL_API_KEY=" + g.Hex(6) + "\n",
					// placeholders and a wrong alphabet
					"REWARDFUL_API_SECRET=YOUR_ACTUAL_SECRET_HERE\n",
					"REWARDFUL_API_SECRET=" + strings.Repeat("0", 32) + "\n",
					"REWARDFUL_API_SECRET=" + g.MixedLetters(32) + "\n",
					// the campaign id is a UUID
					"REWARDFUL_CAMPAIGN_ID=" + g.UUID() + "\n",
				},
			}
		},
		"semrush-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"SEMRUSH_API_KEY=" + key() + "\n",
					"resp = requests.get(\"https://api.semrush.com/?type=domain_ranks&key=" + key() + "&export_columns=Db,Dn,Rk&domain=example.com&database=us\")\n",
					"{\"semrush\": {\"apiKey\": \"" + key() + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"SEMRUSH_API_KEY=your_semrush_api_key_here\n",
					"https://api.semrush.com/?type=domain_ranks&key=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX&domain=seobook.com\n",
					// wrong length
					"SEMRUSH_API_KEY=" + g.Hex(24) + "\n",
					// a project id is a number
					"SEMRUSH_PROJECT_ID=12345678\n",
				},
			}
		},
		"shopee-partner-key": func(g *fake.Gen) Cases {
			shpk := fake.Join("sh", "pk")
			return Cases{
				Positives: []string{
					"PARTNER_ID = 2013146\nPARTNER_KEY = \"" + shpk + g.Hex(60) + "\"\nSHOP_ID = 706762797\n",
					"SHOPEE_PARTNER_KEY=" + shpk + g.Hex(60) + "\n",
					"public static final String PARTNER_KEY = \"" + shpk + g.Hex(60) + "\";\n",
				},
				Negatives: []string{
					// wrong length and wrong alphabet
					"SHOPEE_PARTNER_KEY=" + shpk + g.Hex(40) + "\n",
					"SHOPEE_PARTNER_KEY=" + shpk + g.MixedAlnum(60) + "\n",
					// placeholders
					"SHOPEE_PARTNER_KEY=" + shpk + strings.Repeat("x", 60) + "\n",
					"SHOPEE_PARTNER_KEY=" + shpk + "...\n",
					// the prefix glued to a word
					"SHOPEE_PARTNER_KEY=my" + shpk + g.Hex(60) + "\n",
				},
			}
		},
	}
}
