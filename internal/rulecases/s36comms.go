// Cases for the messaging, e-mail and payment rules of the s36-comms audit:
// the new rules for Paddle's notification secret key, Checkout.com's sandbox
// secret key, an Adyen API key with no Adyen name near it and PayPal's OAuth
// access token, and more cases of the rules widened to the other formats
// their providers issue (Stripe organization keys, versioned Discord webhook
// paths, GovSlack webhooks, Square sandbox access tokens, GoCardless sandbox
// tokens, Plaid processor tokens, Mollie OAuth access tokens, Shopify user
// access tokens and Theme Access passwords). Every key shape is built at
// run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s36commsBase32 is the lower-case base32 alphabet of Checkout.com keys.
const s36commsBase32 = fake.Lower + "234567"

// s36commsULID is a lower-case ULID as Paddle writes its entity ids.
func s36commsULID(g *fake.Gen) string {
	return "01" + g.String(fake.Digits+"abcdefghjkmnpqrstvwxyz", 24)
}

// s36commsAdyen is an Adyen API key, with or without its passphrase part.
func s36commsAdyen(g *fake.Gen, tail bool) string {
	k := fake.Join("AQ", "E", g.String(fake.Base64, 90+g.IntN(30)), "==-", g.String(fake.Base64, 43), "=")
	if tail {
		k += "-" + g.MixedAlnum(16)
	}
	return k
}

// s36commsCases are the cases of the rules this change adds.
func s36commsCases() map[string]Builder {
	return map[string]Builder{
		"paddle-notification-secret-key": func(g *fake.Gen) Cases {
			pre := fake.Join("pdl_", "ntfset_")
			key := func() string { return pre + s36commsULID(g) + "_" + g.String(fake.Base64, 32) }
			return Cases{
				Positives: []string{
					"PADDLE_WEBHOOK_SECRET=" + key() + "\n",
					key() + "\n",
					"const secret = process.env.PADDLE_NOTIFICATION_WEBHOOK_SECRET || \"" + key() + "\";\n",
					"paddle:\n  webhook_secret: \"" + key() + "\"\n",
					"{\"secretKey\": \"" + key() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"PADDLE_WEBHOOK_SECRET=" + pre + "...\n",
					"PADDLE_WEBHOOK_SECRET=" + pre + "01testsecret_abcdefghijklmnop\n",
					"PADDLE_WEBHOOK_SECRET=" + pre + strings.Repeat("0", 26) + "_" + strings.Repeat("x", 32) + "\n",
					// a tail too short
					"PADDLE_WEBHOOK_SECRET=" + pre + s36commsULID(g) + "_" + g.MixedAlnum(31) + "\n",
					// an upper-case id is no Paddle id
					"PADDLE_WEBHOOK_SECRET=" + pre + strings.ToUpper(s36commsULID(g)) + "_" + g.MixedAlnum(32) + "\n",
					// the prefix glued to another word
					"x" + key() + "\n",
				},
			}
		},
		"checkout-sandbox-secret-key": func(g *fake.Gen) Cases {
			pre := fake.Join("sk_", "sbox_")
			key := func() string { return pre + g.String(s36commsBase32, 27) }
			return Cases{
				Positives: []string{
					// (after a Checkout name checkout-secret-key reports it instead)
					"const SK = '" + key() + "';\n",
					"curl https://api.example.test/payments \\\n  --header 'Authorization: Bearer " + key() + "'\n",
					key() + "\n",
					"headers: { Authorization: '" + key() + "' },\n",
					"SECRET_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// the public key of the same account
					"const pk = '" + fake.Join("pk_", "sbox_") + g.String(s36commsBase32, 27) + "';\n",
					// placeholders
					"const cko = new Checkout('" + pre + "XXX');\n",
					"CKO_SECRET_KEY=" + pre + strings.Repeat("x", 27) + "\n",
					// too short, and glued to another word
					"CKO_SECRET_KEY=" + pre + g.String(s36commsBase32, 20) + "\n",
					"CKO_SECRET_KEY=my" + key() + "\n",
					// a mock key with underscores
					"const SBOX_KEY = '" + pre + "zatcaconnect_uat_v1';\n",
				},
			}
		},
		"adyen-api-key-prefixed": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					s36commsAdyen(g, true) + "\n",
					"API_KEY=" + s36commsAdyen(g, false) + "\n",
					"client.setApiKey(\"" + s36commsAdyen(g, true) + "\");\n",
					"curl -H \"X-API-Key: " + s36commsAdyen(g, false) + "\" https://checkout-test.example/v71/payments\n",
					"{\"x-api-key\": \"" + s36commsAdyen(g, true) + "\"}\n",
				},
				Negatives: []string{
					// the first part alone
					"API_KEY=" + fake.Join("AQ", "E", g.String(fake.Base64, 110), "==") + "\n",
					// a second part too short
					"API_KEY=" + fake.Join("AQ", "E", g.String(fake.Base64, 110), "==-", g.String(fake.Base64, 42), "=") + "\n",
					// inside a longer base64 run
					"data = \"" + g.String(fake.Base64, 40) + "/" + s36commsAdyen(g, false) + "\"\n",
					// placeholders
					"ADYEN_API_KEY=" + fake.Join("AQ", "E...") + "\n",
					"API_KEY=" + fake.Join("AQ", "E", strings.Repeat("x", 100), "==-", strings.Repeat("y", 43), "=") + "\n",
				},
			}
		},
		"paypal-access-token": func(g *fake.Gen) Cases {
			pre := fake.Join("A21", "AA")
			tok := func() string { return pre + g.String(fake.Base64URL, 85+g.IntN(20)) }
			return Cases{
				Positives: []string{
					"curl -H \"Authorization: Bearer " + tok() + "\" https://api-m.sandbox.paypal.com/v1/billing/plans\n",
					"const ACCESS_TOKEN =\n    '" + tok() + "'\n",
					tok() + "\n",
					"{\"scope\": \"openid\", \"access_token\": \"" + tok() + "\", \"token_type\": \"Bearer\"}\n",
					"PAYPAL_ACCESS_TOKEN=" + tok() + "\n",
				},
				Negatives: []string{
					// a truncated token in a sample response
					"access_token: '" + pre + g.MixedAlnum(21) + "',\n",
					// a hash with the letters inside it
					"\"revision\": \"" + g.Hex(10) + strings.ToLower(pre) + g.Hex(17) + "\"\n",
					"![](" + g.String(fake.HexUpper, 3) + pre + g.String(fake.HexUpper, 24) + ".png)\n",
					// glued to another word
					"token = \"x" + tok() + "\"\n",
					// a placeholder
					"PAYPAL_ACCESS_TOKEN=" + pre + strings.Repeat("X", 90) + "\n",
				},
			}
		},
	}
}

// s36commsWidenedCases are more cases of the rules this change widens.
func s36commsWidenedCases() map[string]Builder {
	return map[string]Builder{
		"stripe-live-key": func(g *fake.Gen) Cases {
			org := fake.Join("sk_", "org_", "live_")
			return Cases{
				Positives: []string{
					"STRIPE_SECRET_KEY=" + org + g.MixedAlnum(100) + "\n",
					"const stripe = require('stripe')('" + org + g.MixedAlnum(150) + "');\n",
				},
				Negatives: []string{
					// another product's sk_org_ keys
					"SANITY_ORGANIZATION_TOKEN=" + fake.Join("sk_", "org_", "token") + "\n",
					"defaultPrefix: \"" + fake.Join("sk_", "org_") + "\",\n",
				},
			}
		},
		"stripe-test-key": func(g *fake.Gen) Cases {
			org := fake.Join("sk_", "org_", "test_")
			return Cases{
				Positives: []string{
					"STRIPE_API_KEY=" + org + g.MixedAlnum(100) + "\n",
					org + g.MixedAlnum(120) + "\n",
				},
				Negatives: []string{
					"TEST_KEY=" + org + "abc\n",
					"key = \"" + fake.Join("sk_", "org_") + g.MixedAlnum(40) + "\"\n",
				},
			}
		},
		"discord-webhook": func(g *fake.Gen) Cases {
			base := fake.Join("https://disc", "ord.com/api/")
			return Cases{
				Positives: []string{
					"const DISCORD_WEBHOOK_URL = '" + base + "v10/webhooks/" + saasDigits(g, 19) + "/" + saasURL(g, 68) + "';\n",
					saasAssign(g, "DISCORD_WEBHOOK", base+"v9/webhooks/"+saasDigits(g, 18)+"/"+saasURL(g, 68)),
				},
				Negatives: []string{
					// a channel route, and an interaction follow-up built from variables
					"GET " + base + "v10/channels/" + saasDigits(g, 18) + "/messages\n",
					"const url = `" + base + "v10/webhooks/${appId}/${interactionToken}`;\n",
				},
			}
		},
		"slack-webhook": func(g *fake.Gen) Cases {
			gov := fake.Join("https://hooks.sla", "ck-gov.com/services/")
			id := func(p string) string { return p + g.String(fake.Upper+fake.Digits, 10) }
			return Cases{
				Positives: []string{
					saasAssign(g, "SLACK_WEBHOOK_URL", gov+id("T")+"/"+id("B")+"/"+g.MixedAlnum(24)),
				},
				Negatives: []string{
					"url = \"" + gov + "T000/B000/SECRET\"\n",
				},
			}
		},
		"square-access-token": func(g *fake.Gen) Cases {
			sbx := fake.Join("sandbox-", "sq0", "atb-")
			return Cases{
				Positives: []string{
					"square_access_token = '" + sbx + saasURL(g, 22) + "'\n",
					"headers: { 'Authorization': 'Bearer " + sbx + saasURL(g, 22) + "' }\n",
				},
				Negatives: []string{
					// the sandbox application id is public
					"square_application_id = '" + fake.Join("sandbox-", "sq0", "idb-") + saasURL(g, 22) + "'\n",
					"SQUARE_ACCESS_TOKEN=" + sbx + "your-access-token\n",
				},
			}
		},
		"plaid-access-token": func(g *fake.Gen) Cases {
			env := func() string { return g.Pick("sandbox-", "production-", "development-") }
			return Cases{
				Positives: []string{
					"plaid_processor_token: \"" + fake.Join("proc", "essor-") + env() + g.UUID() + "\",\n",
					fake.Join("proc", "essor-") + env() + g.UUID() + "\n",
				},
				Negatives: []string{
					// sample processor tokens of the docs and mocks
					"\"processor_token\": \"" + fake.Join("proc", "essor-", "sandbox-") + "0asd1-a92nc\"\n",
					"processorToken: \"" + fake.Join("proc", "essor-", "sandbox-") + "secret\",\n",
				},
			}
		},
		"mollie-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MOLLIE_ACCESS_TOKEN=" + fake.Join("acc", "ess_") + g.MixedAlnum(30) + "\n",
					"$mollie->setAccessToken(\"" + fake.Join("acc", "ess_") + g.MixedAlnum(30) + "\");\n",
				},
				Negatives: []string{
					// an OAuth access token with no Mollie name, and a placeholder
					"ACCESS_TOKEN=" + fake.Join("acc", "ess_") + g.MixedAlnum(30) + "\n",
					"MOLLIE_ACCESS_TOKEN=" + fake.Join("acc", "ess_") + "xxxxx\n",
				},
			}
		},
		"shopify-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"\"X-Shopify-Access-Token\": req.accessToken || \"" + fake.Join("shp", "ua_", g.Hex(32)) + "\",\n",
					"export SHOPIFY_CLI_THEME_TOKEN=" + fake.Join("shp", "tka_", g.Hex(32)) + "\n",
				},
				Negatives: []string{
					"SHOPIFY_CLI_THEME_TOKEN=" + fake.Join("shp", "tka_", "***") + "\n",
					"--password " + fake.Join("shp", "tka_", "abc123") + "\n",
				},
			}
		},
		"gocardless-api-token": func(g *fake.Gen) Cases {
			sbx := fake.Join("sand", "box_")
			return Cases{
				Positives: []string{
					"GOCARDLESS_ACCESS_TOKEN=" + sbx + g.String(fake.Base64URL, 40) + "\n",
					"client = gocardless_pro.Client(access_token=\"" + sbx + g.String(fake.Base64URL, 40) + "\", environment=\"sandbox\")\n",
				},
				Negatives: []string{
					// a sandbox token with no GoCardless name
					"ACCESS_TOKEN=" + sbx + g.String(fake.Base64URL, 40) + "\n",
					"GOCARDLESS_ACCESS_TOKEN=" + sbx + g.MixedAlnum(30) + "\n",
				},
			}
		},
	}
}
