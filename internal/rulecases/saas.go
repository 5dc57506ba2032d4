package rulecases

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// saasCases are the generated test cases of the saas rules.
func saasCases() map[string]Builder {
	cases := map[string]Builder{}
	for _, group := range []map[string]Builder{
		saasMessagingCases(), saasPaymentCases(), saasEmailCases(),
		saasObservabilityCases(), saasWorkCases(), saasPlatformCases(),
	} {
		for id, b := range group {
			cases[id] = b
		}
	}
	return cases
}

// saasAssign renders name = value in one of several file formats: a .env
// line, a shell export, YAML, JSON, Python, JavaScript or Go.
func saasAssign(g *fake.Gen, name, value string) string {
	lower := strings.ToLower(name)
	switch g.IntN(7) {
	case 0:
		return name + "=" + value + "\n"
	case 1:
		return "#!/bin/sh\nexport " + name + "=\"" + value + "\"\nexec ./server\n"
	case 2:
		return "service:\n  name: api\n  " + lower + ": " + value + "\n"
	case 3:
		return "{\n  \"region\": \"us-east-1\",\n  \"" + lower + "\": \"" + value + "\"\n}\n"
	case 4:
		return "import os\n\n" + name + " = \"" + value + "\"  # set by deploy\n"
	case 5:
		return "const " + saasCamel(name) + " = '" + value + "';\nmodule.exports = { " + saasCamel(name) + " };\n"
	default:
		return "package config\n\nconst " + saasCamel(name) + " = \"" + value + "\"\n"
	}
}

// saasCamel turns SNAKE_CASE into camelCase.
func saasCamel(name string) string {
	parts := strings.Split(strings.ToLower(name), "_")
	for i := 1; i < len(parts); i++ {
		if parts[i] != "" {
			parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
		}
	}
	return strings.Join(parts, "")
}

// saasUUID returns a random lower-case UUID-shaped string.
func saasUUID(g *fake.Gen) string {
	return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(4) + "-" + g.Hex(4) + "-" + g.Hex(12)
}

// saasURL returns n random base64url characters.
func saasURL(g *fake.Gen, n int) string { return g.String(fake.Base64URL, n) }

// upperAlnum returns n random upper-case letters and digits.
func upperAlnum(g *fake.Gen, n int) string { return g.String(fake.Upper+fake.Digits, n) }

// saasDigits returns n random digits, the first non-zero.
func saasDigits(g *fake.Gen, n int) string {
	return g.String("123456789", 1) + g.String(fake.Digits, n-1)
}

// notHex returns n random letters from outside the hex alphabet.
func notHex(g *fake.Gen, n int) string { return g.String("ghijklmnopqrstuvwxyz", n) }

func saasMessagingCases() map[string]Builder {
	return map[string]Builder{
		"slack-token": func(g *fake.Gen) Cases {
			bot := fake.Join("xo", "xb-", saasDigits(g, 12), "-", saasDigits(g, 13), "-", g.Alnum(24))
			user := fake.Join("xo", "xp-", saasDigits(g, 12), "-", saasDigits(g, 12), "-", saasDigits(g, 12), "-", g.Hex(32))
			app := fake.Join("xa", "pp-1-A", upperAlnum(g, 10), "-", saasDigits(g, 13), "-", g.Hex(64))
			return Cases{
				Positives: []string{
					saasAssign(g, "SLACK_BOT_TOKEN", bot),
					"curl -H \"Authorization: Bearer " + user + "\" https://slack.com/api/auth.test\n",
					saasAssign(g, "SLACK_APP_TOKEN", app),
				},
				Negatives: []string{
					saasAssign(g, "SLACK_BOT_TOKEN", fake.Join("xo", "xb-your-bot-token-here")),
					saasAssign(g, "SLACK_BOT_TOKEN", fake.Join("xo", "xb-", strings.Repeat("X", 12), "-", strings.Repeat("X", 24))),
					saasAssign(g, "SLACK_TOKEN", fake.Join("xo", "xq-", saasDigits(g, 12), "-", g.Alnum(24))),
				},
			}
		},
		"slack-webhook": func(g *fake.Gen) Cases {
			base := fake.Join("https://hooks.sl", "ack.com/services/")
			hook := base + "T" + upperAlnum(g, 8) + "/B" + upperAlnum(g, 10) + "/" + g.Alnum(24)
			return Cases{
				Positives: []string{
					saasAssign(g, "SLACK_WEBHOOK_URL", hook),
					"notify:\n  - url: \"" + hook + "\"\n",
				},
				Negatives: []string{
					saasAssign(g, "SLACK_WEBHOOK_URL", base+"T00000000/B00000000/"+strings.Repeat("X", 24)),
					saasAssign(g, "SLACK_WEBHOOK_URL", base+"YOUR/WEBHOOK/URL"),
					saasAssign(g, "SLACK_WEBHOOK_URL", base+"T"+upperAlnum(g, 8)+"/B"+upperAlnum(g, 8)+"/"+g.Alnum(10)),
				},
			}
		},
		"discord-bot-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.Pick("M", "N", "O") + g.Alnum(25) + "." + saasURL(g, 6) + "." + saasURL(g, 38)
			}
			return Cases{
				Positives: []string{
					saasAssign(g, "DISCORD_BOT_TOKEN", tok()),
					"import os\nfrom bot import bot\n\nbot.run(\"" + tok() + "\")\n",
				},
				Negatives: []string{
					"settings:\n  value: \"" + tok() + "\"\n",
					saasAssign(g, "DISCORD_TOKEN", "your-discord-bot-token"),
					saasAssign(g, "DISCORD_TOKEN", "M"+g.Alnum(25)+"."+saasURL(g, 6)+"."+g.Alnum(10)),
				},
			}
		},
		"discord-webhook": func(g *fake.Gen) Cases {
			base := fake.Join("https://disc", "ord.com/api/webhooks/")
			hook := base + saasDigits(g, 18) + "/" + saasURL(g, 68)
			return Cases{
				Positives: []string{
					saasAssign(g, "DISCORD_WEBHOOK", hook),
					"requests.post(\"" + strings.Replace(hook, "discord.com", "discordapp.com", 1) + "\", json=payload)\n",
				},
				Negatives: []string{
					saasAssign(g, "DISCORD_WEBHOOK", base+saasDigits(g, 18)),
					saasAssign(g, "DISCORD_WEBHOOK", base+saasDigits(g, 18)+"/"+g.Alnum(20)),
				},
			}
		},
		"discord-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "DISCORD_CLIENT_SECRET", saasURL(g, 32)),
					saasAssign(g, "DISCORD_OAUTH_CLIENT_SECRET", g.Alnum(32)),
				},
				Negatives: []string{
					saasAssign(g, "DISCORD_CLIENT_ID", saasDigits(g, 18)),
					saasAssign(g, "OAUTH_CLIENT_SECRET", g.Alnum(32)),
					saasAssign(g, "DISCORD_CLIENT_SECRET", "your-client-secret"),
				},
			}
		},
		"telegram-bot-token": func(g *fake.Gen) Cases {
			tok := func() string { return saasDigits(g, 10) + ":AA" + saasURL(g, 33) }
			return Cases{
				Positives: []string{
					saasAssign(g, "TELEGRAM_BOT_TOKEN", tok()),
					"curl \"https://api.telegram.org/bot" + tok() + "/sendMessage?chat_id=42&text=hi\"\n",
				},
				Negatives: []string{
					saasAssign(g, "TELEGRAM_BOT_TOKEN", saasDigits(g, 10)+":AA"+g.Alnum(20)),
					saasAssign(g, "TELEGRAM_BOT_TOKEN", saasDigits(g, 10)+":AB"+g.Alnum(33)),
					"link/ether 00:aa:" + g.Hex(2) + ":" + g.Hex(2) + ":" + g.Hex(2) + ":" + g.Hex(2) + " brd ff:ff:ff:ff:ff:ff\n",
				},
			}
		},
		"msteams-webhook": func(g *fake.Gen) Cases {
			path := saasUUID(g) + "@" + saasUUID(g) + "/IncomingWebhook/" + g.Hex(32) + "/" + saasUUID(g)
			modern := fake.Join("https://acme.webhook.off", "ice.com/webhookb2/", path, "/V2", saasURL(g, 45))
			legacy := fake.Join("https://outlook.off", "ice.com/webhook/", path)
			return Cases{
				Positives: []string{
					saasAssign(g, "TEAMS_WEBHOOK_URL", modern),
					"curl -H 'Content-Type: application/json' -d '{\"text\":\"deployed\"}' " + legacy + "\n",
				},
				Negatives: []string{
					saasAssign(g, "TEAMS_WEBHOOK_URL", strings.Replace(legacy, "IncomingWebhook", "JenkinsCI", 1)),
					saasAssign(g, "TEAMS_WEBHOOK_URL", fake.Join("https://outlook.off", "ice.com/webhook/<group-id>@<tenant-id>/IncomingWebhook/<id>/<owner>")),
				},
			}
		},
	}
}

func saasPaymentCases() map[string]Builder {
	stripe := func(mode string) Builder {
		return func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "STRIPE_SECRET_KEY", fake.Join("sk", "_", mode, "_51", g.Alnum(97))),
					"stripe.api_key = \"" + fake.Join("rk", "_", mode, "_", g.Alnum(24)) + "\"\n",
				},
				Negatives: []string{
					saasAssign(g, "STRIPE_PUBLISHABLE_KEY", fake.Join("pk", "_", mode, "_51", g.Alnum(97))),
					saasAssign(g, "STRIPE_SECRET_KEY", fake.Join("sk", "_", mode, "_", g.Alnum(10))),
					saasAssign(g, "STRIPE_SECRET_KEY", fake.Join("sk", "_", mode, "_", strings.Repeat("x", 24))),
				},
			}
		}
	}
	return map[string]Builder{
		"stripe-live-key": stripe("live"),
		"stripe-test-key": stripe("test"),
		"stripe-webhook-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "STRIPE_WEBHOOK_SECRET", fake.Join("wh", "sec_", g.Alnum(32))),
					"endpoint_secret = '" + fake.Join("wh", "sec_", g.Alnum(40)) + "'\n",
				},
				Negatives: []string{
					saasAssign(g, "STRIPE_WEBHOOK_SECRET", fake.Join("wh", "sec_", g.Alnum(12))),
					saasAssign(g, "STRIPE_WEBHOOK_SECRET", fake.Join("wh", "sec_", "your_webhook_signing_secret")),
				},
			}
		},
		"shopify-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SHOPIFY_ACCESS_TOKEN", fake.Join("shp", g.Pick("at", "ca", "pa"), "_", g.Hex(32))),
					"$token = \"" + fake.Join("shp", "at_", g.Hex(32)) + "\";\n",
				},
				Negatives: []string{
					saasAssign(g, "SHOPIFY_ACCESS_TOKEN", fake.Join("shp", "at_", g.Hex(31))),
					saasAssign(g, "SHOPIFY_ACCESS_TOKEN", fake.Join("shp", "xx_", g.Hex(32))),
					saasAssign(g, "SHOPIFY_API_KEY", g.Hex(32)),
				},
			}
		},
		"shopify-shared-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SHOPIFY_API_SECRET", fake.Join("shp", "ss_", g.Hex(32))),
					saasAssign(g, "SHOPIFY_CLIENT_SECRET", fake.Join("shp", "ss_", g.Hex(32))),
				},
				Negatives: []string{
					saasAssign(g, "SHOPIFY_API_SECRET", fake.Join("shp", "ss_", g.Hex(20))),
					saasAssign(g, "SHOPIFY_API_SECRET", fake.Join("shp", "ss_", notHex(g, 32))),
				},
			}
		},
		"square-access-token": func(g *fake.Gen) Cases {
			blob := g.String(fake.Base64, 40) + "/" + fake.Join("EA", "AA") + g.Alnum(60) + "+" + g.String(fake.Base64, 40)
			return Cases{
				Positives: []string{
					saasAssign(g, "SQUARE_ACCESS_TOKEN", fake.Join("EA", "AA", saasURL(g, 60))),
					"var accessToken = '" + fake.Join("sq0", "atp-", saasURL(g, 22)) + "';\n",
				},
				Negatives: []string{
					"<img src=\"data:image/png;base64," + blob + "\">\n",
					saasAssign(g, "SQUARE_ACCESS_TOKEN", fake.Join("sq0", "atp-", g.Alnum(10))),
					saasAssign(g, "SQUARE_APPLICATION_ID", fake.Join("sq0", "idp-", saasURL(g, 22))),
				},
			}
		},
		"square-oauth-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SQUARE_APP_SECRET", fake.Join("sq0", "csp-", saasURL(g, 43))),
					"private String clientSecret = \"" + fake.Join("sq0", "csp-", saasURL(g, 43)) + "\";\n",
				},
				Negatives: []string{
					saasAssign(g, "SQUARE_APP_SECRET", fake.Join("sq0", "csp-", g.Alnum(20))),
					saasAssign(g, "SQUARE_APP_ID", fake.Join("sq0", "idp-", saasURL(g, 22))),
				},
			}
		},
		"braintree-access-token": func(g *fake.Gen) Cases {
			tok := func(env string, n int) string {
				return fake.Join("access", "_token$", env, "$", g.String(fake.Lower+fake.Digits, 16), "$", g.Hex(n))
			}
			return Cases{
				Positives: []string{
					saasAssign(g, "BRAINTREE_ACCESS_TOKEN", tok("production", 32)),
					"gateway = braintree.BraintreeGateway(access_token=\"" + tok("sandbox", 32) + "\")\n",
				},
				Negatives: []string{
					saasAssign(g, "BRAINTREE_ACCESS_TOKEN", tok("production", 20)),
					saasAssign(g, "BRAINTREE_ACCESS_TOKEN", tok("staging", 32)),
				},
			}
		},
		"paypal-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "PAYPAL_CLIENT_SECRET", "E"+saasURL(g, 79)),
					saasAssign(g, "PAYPAL_SECRET", saasURL(g, 80)),
				},
				Negatives: []string{
					saasAssign(g, "PAYPAL_CLIENT_ID", "A"+saasURL(g, 79)),
					saasAssign(g, "OAUTH_CLIENT_SECRET", saasURL(g, 80)),
					saasAssign(g, "PAYPAL_SECRET", saasURL(g, 40)),
				},
			}
		},
	}
}

func saasEmailCases() map[string]Builder {
	return map[string]Builder{
		"twilio-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "TWILIO_AUTH_TOKEN", g.Hex(32)),
					"client = Client(account_sid, twilio_auth_token := \"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					saasAssign(g, "AUTH_TOKEN", g.Hex(32)),
					saasAssign(g, "TWILIO_ACCOUNT_SID", "AC"+g.Hex(32)),
					saasAssign(g, "TWILIO_AUTH_TOKEN", "your_auth_token"),
				},
			}
		},
		"twilio-api-key-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "TWILIO_API_KEY_SECRET", g.Alnum(32)),
					"'API_KEY' => env('TWILIO_API_KEY', '" + g.Alnum(32) + "'),\n",
				},
				Negatives: []string{
					saasAssign(g, "TWILIO_API_KEY", "SK"+g.Hex(32)),
					saasAssign(g, "API_SECRET", g.Alnum(32)),
					saasAssign(g, "TWILIO_API_SECRET", "changeme"),
				},
			}
		},
		"sendgrid-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("S", "G.", saasURL(g, 22), ".", saasURL(g, 43)) }
			return Cases{
				Positives: []string{
					saasAssign(g, "SENDGRID_API_KEY", key()),
					"var sendgrid = require('sendgrid')('" + key() + "');\n",
				},
				Negatives: []string{
					saasAssign(g, "SENDGRID_API_KEY", fake.Join("S", "G.", saasURL(g, 22), ".", g.Alnum(20))),
					saasAssign(g, "SENDGRID_API_KEY", fake.Join("S", "G.", strings.Repeat("x", 22), ".", strings.Repeat("x", 43))),
				},
			}
		},
		"mailgun-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "MAILGUN_API_KEY", fake.Join("ke", "y-", g.Hex(32))),
					"var apiKey = process.env.MAILGUN_API || '" + fake.Join("ke", "y-", g.Hex(32)) + "'\n",
				},
				Negatives: []string{
					saasAssign(g, "CACHE_KEY", fake.Join("primary-ke", "y-", g.Hex(32))),
					saasAssign(g, "MAILGUN_API_KEY", fake.Join("ke", "y-", g.Hex(31))),
					saasAssign(g, "MAILGUN_API_KEY", fake.Join("ke", "y-", notHex(g, 32))),
				},
			}
		},
		"mailgun-private-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) + "-" + g.Hex(8) + "-" + g.Hex(8) }
			return Cases{
				Positives: []string{
					saasAssign(g, "MAILGUN_API_KEY", key()),
					saasAssign(g, "MAILGUN_PRIVATE_KEY", key()),
				},
				Negatives: []string{
					saasAssign(g, "API_KEY", key()),
					saasAssign(g, "MAILGUN_DOMAIN", "mg.acme-mail.net"),
					saasAssign(g, "MAILGUN_API_KEY", g.Hex(32)+"-"+g.Hex(8)),
				},
			}
		},
		"mailchimp-api-key": func(g *fake.Gen) Cases {
			dc := fmt.Sprint(1 + g.IntN(21))
			return Cases{
				Positives: []string{
					saasAssign(g, "MAILCHIMP_API_KEY", g.Hex(32)+"-us"+dc),
					"client.set_config({\"api_key\": \"" + g.Hex(32) + "-us" + dc + "\", \"server\": \"us" + dc + "\"})\n",
				},
				Negatives: []string{
					saasAssign(g, "MAILCHIMP_API_KEY", g.Hex(32)+"-usa"),
					saasAssign(g, "MAILCHIMP_API_KEY", "your_api_key-us"+dc),
					saasAssign(g, "CHECKSUM", g.Hex(32)),
				},
			}
		},
		"brevo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "BREVO_API_KEY", fake.Join("xkey", "sib-", g.Hex(64), "-", g.Alnum(16))),
					saasAssign(g, "SMTP_PASSWORD", fake.Join("xsmtp", "sib-", g.Hex(64), "-", g.Alnum(16))),
				},
				Negatives: []string{
					saasAssign(g, "BREVO_API_KEY", fake.Join("xkey", "sib-", g.Hex(64))),
					saasAssign(g, "BREVO_API_KEY", fake.Join("xkey", "sib-your-api-key")),
				},
			}
		},
		"postmark-server-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "POSTMARK_SERVER_TOKEN", saasUUID(g)),
					"headers: {\n  \"X-Postmark-Server-Token\": \"" + saasUUID(g) + "\",\n},\n",
				},
				Negatives: []string{
					saasAssign(g, "POSTMARK_MESSAGE_ID", saasUUID(g)),
					saasAssign(g, "SERVER_TOKEN", saasUUID(g)),
					saasAssign(g, "POSTMARK_API_TOKEN", "00000000-0000-0000-0000-000000000000"),
				},
			}
		},
		"mailjet-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "MAILJET_API_SECRET", g.Hex(32)),
					saasAssign(g, "MAILJET_SECRET_KEY", g.Hex(32)),
				},
				Negatives: []string{
					saasAssign(g, "MAILJET_API_KEY", g.Hex(32)),
					saasAssign(g, "SECRET_KEY", g.Hex(32)),
				},
			}
		},
	}
}

func saasObservabilityCases() map[string]Builder {
	return map[string]Builder{
		"datadog-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "DD_API_KEY", g.Hex(32)),
					saasAssign(g, "DATADOG_API_KEY", g.Hex(32)),
				},
				Negatives: []string{
					saasAssign(g, "ADD_API_KEY", g.Hex(32)),
					saasAssign(g, "API_KEY", g.Hex(32)),
					saasAssign(g, "DD_API_KEY", notHex(g, 32)),
				},
			}
		},
		"datadog-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "DD_APP_KEY", g.Hex(40)),
					saasAssign(g, "DATADOG_APPLICATION_KEY", g.Hex(40)),
				},
				Negatives: []string{
					"commit " + g.Hex(40) + "\nAuthor: dev <dev@acme.dev>\n",
					saasAssign(g, "DD_APP_KEY", g.Hex(32)),
				},
			}
		},
		"newrelic-user-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NEW_RELIC_API_KEY", fake.Join("NR", "AK-", upperAlnum(g, 27))),
					"PS> Get-NR1Catalog -PersonalAPIKey '" + fake.Join("NR", "AK-", upperAlnum(g, 27)) + "'\n",
				},
				Negatives: []string{
					saasAssign(g, "NEW_RELIC_API_KEY", fake.Join("NR", "AK-", upperAlnum(g, 20))),
					saasAssign(g, "NEW_RELIC_API_KEY", fake.Join("NR", "AK-", g.String(fake.Lower, 27))),
				},
			}
		},
		"newrelic-admin-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NEW_RELIC_ADMIN_KEY", fake.Join("NR", "AA-", g.Hex(27))),
					"admin_access:" + fake.Join("NR", "AA-", g.Hex(27)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "NEW_RELIC_ADMIN_KEY", fake.Join("NR", "AA-", notHex(g, 27))),
					saasAssign(g, "NEW_RELIC_ADMIN_KEY", fake.Join("NR", "AA-", g.Hex(12))),
				},
			}
		},
		"newrelic-rest-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NEW_RELIC_REST_KEY", fake.Join("NR", "RA-", g.Hex(42))),
					"curl -H \"X-Api-Key:" + fake.Join("NR", "RA-", g.Hex(42)) + "\" https://api.newrelic.com/v2/applications.json\n",
				},
				Negatives: []string{
					saasAssign(g, "NEW_RELIC_REST_KEY", fake.Join("NR", "RA-", g.Hex(40))),
					saasAssign(g, "NEW_RELIC_REST_KEY", fake.Join("NR", "RA-", notHex(g, 42))),
				},
			}
		},
		"newrelic-insights-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NEW_RELIC_INSERT_KEY", fake.Join("NR", "II-", saasURL(g, 32))),
					"  \"querykey\": \"" + fake.Join("NR", "IQ-", saasURL(g, 32)) + "\",\n",
				},
				Negatives: []string{
					saasAssign(g, "NEW_RELIC_INSERT_KEY", fake.Join("NR", "II-", g.Alnum(20))),
					saasAssign(g, "NEW_RELIC_INSERT_KEY", fake.Join("NR", "IX-", g.Alnum(32))),
				},
			}
		},
		"newrelic-license-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"common: &default_settings\n  license_key: " + g.Hex(36) + fake.Join("NR", "AL") + "\n",
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", "eu01xx"+g.Hex(30)+fake.Join("NR", "AL")),
				},
				Negatives: []string{
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", "a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6q7r8"+fake.Join("NR", "AL")),
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", g.Hex(36)+fake.Join("NR", "AX")),
				},
			}
		},
		"newrelic-legacy-license-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"# Required license key associated with your New Relic account.\nlicense_key: " + g.Hex(40) + "\n\napp_name: api\n",
					saasAssign(g, "NEW_RELIC_LICENSE_KEY", g.Hex(40)),
					// the Go agent's option
					"app, err := newrelic.NewApplication(\n\tnewrelic.ConfigAppName(\"api\"),\n\tnewrelic.ConfigLicense(\"" + g.Hex(40) + "\"),\n)\n",
				},
				Negatives: []string{
					"# Geo database download\nlicense_key: " + g.Hex(40) + "\n",
					"app, err := newrelic.NewApplication(newrelic.ConfigLicense(os.Getenv(\"NEW_RELIC_LICENSE_KEY\")))\n",
					"newrelic:\n  license_key: '<%= ENV[\"NEW_RELIC_LICENSE_KEY\"] %>'\n",
				},
			}
		},
		"newrelic-pixie-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fake.Join("PX_DEPLOY_KEY=px", "-dep-", saasUUID(g), " PX_API_KEY=px", "-api-", saasUUID(g), "\n"),
					saasAssign(g, "PIXIE_API_KEY", fake.Join("px", "-api-", saasUUID(g))),
				},
				Negatives: []string{
					saasAssign(g, "PIXIE_API_KEY", fake.Join("px", "-api-a1b2c3d4-e5f6-g7h8-i8j0-k0l3m3n4o0p5")),
					saasAssign(g, "PIXIE_CLUSTER", fake.Join("px", "-foo-", saasUUID(g))),
				},
			}
		},
		"sentry-org-token": func(g *fake.Gen) Cases {
			org := "acme-" + g.String(fake.Lower, 6)
			noIAT := base64.StdEncoding.EncodeToString([]byte(`{"url": "https://sentry.io", "org": "` + org + `"}`))
			return Cases{
				Positives: []string{
					saasAssign(g, "SENTRY_AUTH_TOKEN", g.SentryOrgToken(org)),
					"sentry-cli --auth-token " + g.SentryOrgToken(org) + " releases new 1.2.3\n",
				},
				Negatives: []string{
					saasAssign(g, "SENTRY_AUTH_TOKEN", fake.Join("sntr", "ys_", noIAT, "_", g.Alnum(43))),
					saasAssign(g, "SENTRY_AUTH_TOKEN", fake.Join("sntr", "ys_", "eyJ", g.Alnum(40), "_", g.Alnum(43))),
				},
			}
		},
		"sentry-user-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SENTRY_AUTH_TOKEN", fake.Join("sntr", "yu_", g.Hex(64))),
					"[auth]\ntoken=" + fake.Join("sntr", "yu_", g.Hex(64)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "SENTRY_AUTH_TOKEN", fake.Join("sntr", "yu_", g.Hex(40))),
					saasAssign(g, "SENTRY_AUTH_TOKEN", fake.Join("sntr", "yu_", notHex(g, 64))),
				},
			}
		},
		"sentry-legacy-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SENTRY_AUTH_TOKEN", g.Hex(64)),
					saasAssign(g, "SENTRY_TOKEN", g.Hex(64)),
				},
				Negatives: []string{
					"sha256: " + g.Hex(64) + "\n",
					saasAssign(g, "SENTRY_AUTH_TOKEN", g.Hex(40)),
				},
			}
		},
		"sentry-dsn-secret": func(g *fake.Gen) Cases {
			host := "o" + saasDigits(g, 6) + ".ingest.sentry.io/" + saasDigits(g, 7)
			return Cases{
				Positives: []string{
					saasAssign(g, "SENTRY_DSN", "https://"+g.Hex(32)+":"+g.Hex(32)+"@"+host),
					"Raven.config('https://" + g.Hex(32) + ":" + g.Hex(32) + "@sentry.io/" + saasDigits(g, 5) + "').install();\n",
				},
				Negatives: []string{
					saasAssign(g, "SENTRY_DSN", "https://"+g.Hex(32)+"@"+host),
					saasAssign(g, "SENTRY_DSN", "https://"+g.Hex(32)+":"+g.Hex(32)+"@logs.acme.net/4"),
				},
			}
		},
		"grafana-service-account-token": func(g *fake.Gen) Cases {
			tok := g.GrafanaServiceAccountToken()
			last := tok[len(tok)-1:]
			bad := tok[:len(tok)-1] + map[bool]string{true: "1", false: "0"}[last == "0"]
			return Cases{
				Positives: []string{
					saasAssign(g, "GRAFANA_TOKEN", tok),
					"curl -H \"Authorization: Bearer " + g.GrafanaServiceAccountToken() + "\" https://grafana.acme.net/api/search\n",
				},
				Negatives: []string{
					saasAssign(g, "GRAFANA_TOKEN", bad),
					saasAssign(g, "GRAFANA_TOKEN", fake.Join("gl", "sa_", g.Alnum(32), "_", g.Hex(8))),
				},
			}
		},
		"grafana-cloud-token": func(g *fake.Gen) Cases {
			claims := fmt.Sprintf(`{"o":"%s","n":"stack-%s","k":"%s","m":{"r":"prod-us-east-0"}}`, saasDigits(g, 6), g.String(fake.Lower, 6), g.Alnum(32))
			tok := fake.Join("gl", "c_", base64.StdEncoding.EncodeToString([]byte(claims)))
			return Cases{
				Positives: []string{
					saasAssign(g, "GRAFANA_CLOUD_TOKEN", tok),
					"  \"token\": \"" + tok + "\"\n",
				},
				Negatives: []string{
					saasAssign(g, "GRAFANA_CLOUD_TOKEN", fake.Join("gl", "c_", "eyJ", g.Alnum(10))),
					saasAssign(g, "GRAFANA_CLOUD_TOKEN", fake.Join("gl", "c_", "your-token")),
				},
			}
		},
		"grafana-api-key": func(g *fake.Gen) Cases {
			report := fmt.Sprintf(`{"k":"%s","t":"%s","c":5}`, saasUUID(g), saasUUID(g))
			noName := fmt.Sprintf(`{"k":"%s","id":3,"x":"%s"}`, g.Alnum(32), g.Alnum(16))
			return Cases{
				Positives: []string{
					saasAssign(g, "GRAFANA_API_KEY", g.GrafanaLegacyKey("admin")),
					"client = GrafanaClient(\"" + g.GrafanaLegacyKey("ci") + "\", host=host, port=3000)\n",
				},
				Negatives: []string{
					"View the report [here](https://app.powerbi.com/view?r=" + base64.StdEncoding.EncodeToString([]byte(report)) + ")\n",
					saasAssign(g, "GRAFANA_API_KEY", base64.StdEncoding.EncodeToString([]byte(noName))),
				},
			}
		},
		"dynatrace-token": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("dt0", "c01.", upperAlnum(g, 24), ".", upperAlnum(g, 64)) }
			return Cases{
				Positives: []string{
					"valuesInline:\n  apiUrl: https://abc12345.live.dynatrace.com/api\n  apiToken: " + tok() + "\n",
					saasAssign(g, "DT_API_TOKEN", tok()),
				},
				Negatives: []string{
					saasAssign(g, "DT_API_TOKEN", fake.Join("dt0", "c01.", upperAlnum(g, 24), ".", upperAlnum(g, 30))),
					saasAssign(g, "DT_API_TOKEN", fake.Join("dt0", "c01.", g.String(fake.Lower, 24), ".", upperAlnum(g, 64))),
				},
			}
		},
		"pagerduty-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "PAGERDUTY_API_KEY", g.Alnum(20)),
					saasAssign(g, "PAGERDUTY_TOKEN", "u+"+g.Alnum(18)),
				},
				Negatives: []string{
					saasAssign(g, "PAGERDUTY_SERVICE_ID", "P"+upperAlnum(g, 6)),
					saasAssign(g, "API_KEY", g.Alnum(20)),
					saasAssign(g, "PAGERDUTY_API_KEY", "your_api_key"),
				},
			}
		},
		"pagerduty-integration-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "PAGERDUTY_ROUTING_KEY", g.Hex(32)),
					saasAssign(g, "PAGERDUTY_INTEGRATION_KEY", g.Hex(32)),
				},
				Negatives: []string{
					saasAssign(g, "ROUTING_KEY", g.Hex(32)),
					saasAssign(g, "PAGERDUTY_ROUTING_KEY", g.Hex(31)),
				},
			}
		},
	}
}

func saasWorkCases() map[string]Builder {
	return map[string]Builder{
		"linear-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "LINEAR_API_KEY", fake.Join("lin", "_api_", g.Alnum(40))),
					saasAssign(g, "LINEAR_OAUTH_TOKEN", fake.Join("lin", "_oauth_", g.Hex(64))),
				},
				Negatives: []string{
					saasAssign(g, "LINEAR_API_KEY", fake.Join("lin", "_api_", g.Alnum(20))),
					saasAssign(g, "LINEAR_API_KEY", fake.Join("lin", "_api_", "your_linear_api_key_here")),
				},
			}
		},
		"notion-integration-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NOTION_TOKEN", fake.Join("nt", "n_", saasDigits(g, 11), g.Alnum(35))),
					"notion = Client(auth=\"" + fake.Join("nt", "n_", saasDigits(g, 11), g.Alnum(35)) + "\")\n",
				},
				Negatives: []string{
					saasAssign(g, "NOTION_TOKEN", fake.Join("nt", "n_", g.Alnum(20))),
					saasAssign(g, "NOTION_TOKEN", fake.Join("nt", "n_", strings.Repeat("x", 46))),
				},
			}
		},
		"notion-legacy-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NOTION_API_KEY", fake.Join("sec", "ret_", g.Alnum(43))),
					"const notion = new Client({ auth: '" + fake.Join("sec", "ret_", g.Alnum(43)) + "' });\n",
				},
				Negatives: []string{
					saasAssign(g, "API_TOKEN", fake.Join("sec", "ret_", g.Alnum(43))),
					saasAssign(g, "NOTION_CLIENT", fake.Join("client_sec", "ret_", g.Alnum(43))),
				},
			}
		},
		"airtable-pat": func(g *fake.Gen) Cases {
			pat := func(n int) string { return fake.Join("pa", "t", g.Alnum(14), ".", g.Hex(n)) }
			return Cases{
				Positives: []string{
					saasAssign(g, "AIRTABLE_API_KEY", pat(64)),
					"const base = new Airtable({ apiKey: '" + pat(64) + "' }).base('app" + g.Alnum(14) + "');\n",
				},
				Negatives: []string{
					saasAssign(g, "API_TOKEN", pat(64)),
					saasAssign(g, "AIRTABLE_API_KEY", pat(32)),
				},
			}
		},
		"asana-pat": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "ASANA_PAT", "1/"+saasDigits(g, 16)+":"+g.Hex(32)),
					"client = asana.Client.access_token('2/" + saasDigits(g, 16) + "/" + saasDigits(g, 16) + ":" + g.Hex(32) + "')\n",
				},
				Negatives: []string{
					saasAssign(g, "ACCESS_TOKEN", "1/"+saasDigits(g, 16)+":"+g.Hex(32)),
					saasAssign(g, "ASANA_PAT", "1/"+saasDigits(g, 16)+":"+g.Hex(20)),
				},
			}
		},
		"figma-pat": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "FIGMA_TOKEN", fake.Join("fi", "gd_", saasURL(g, 40))),
					"--header='X-Figma-Token: " + fake.Join("fi", "gd_", g.Alnum(40)) + "'\n",
				},
				Negatives: []string{
					saasAssign(g, "FIGMA_TOKEN", fake.Join("fi", "gd_", g.Alnum(20))),
					saasAssign(g, "FIGMA_TOKEN", fake.Join("fi", "gd_", "your-figma-personal-access-token")),
				},
			}
		},
		"figma-legacy-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"--header='X-Figma-Token: " + saasDigits(g, 4) + "-" + saasUUID(g) + "'\n",
					saasAssign(g, "FIGMA_TOKEN", saasDigits(g, 5)+"-"+saasUUID(g)),
				},
				Negatives: []string{
					saasAssign(g, "REQUEST_ID", saasDigits(g, 4)+"-"+saasUUID(g)),
					saasAssign(g, "FIGMA_TEAM_ID", saasUUID(g)),
				},
			}
		},
		"hubspot-private-app-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "HUBSPOT_ACCESS_TOKEN", fake.Join("pat", "-na1-", saasUUID(g))),
					saasAssign(g, "HUBSPOT_TOKEN", fake.Join("pat", "-eu1-", saasUUID(g))),
				},
				Negatives: []string{
					saasAssign(g, "HUBSPOT_ACCESS_TOKEN", fake.Join("pat", "-xx1-", saasUUID(g))),
					saasAssign(g, "HUBSPOT_ACCESS_TOKEN", fake.Join("pat", "-na1-", g.Hex(8))),
				},
			}
		},
		"zendesk-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "ZENDESK_API_TOKEN", g.Alnum(40)),
					saasAssign(g, "ZENDESK_TOKEN", g.Alnum(40)),
				},
				Negatives: []string{
					saasAssign(g, "ZENDESK_SUBDOMAIN", "acme"),
					saasAssign(g, "API_TOKEN", g.Alnum(40)),
					saasAssign(g, "ZENDESK_TOKEN", g.Alnum(20)),
				},
			}
		},
		"intercom-access-token": func(g *fake.Gen) Cases {
			tok := func() string {
				id := g.Hex(8) + "_" + g.Hex(4) + "_" + g.Hex(4) + "_" + g.Hex(4) + "_" + g.Hex(12)
				return base64.StdEncoding.EncodeToString([]byte("tok:" + id + ":1:0"))
			}
			return Cases{
				Positives: []string{
					saasAssign(g, "INTERCOM_ACCESS_TOKEN", tok()),
					"curl https://api.intercom.io/me -H 'Authorization: Bearer " + tok() + "'\n",
				},
				Negatives: []string{
					saasAssign(g, "INTERCOM_ACCESS_TOKEN", base64.StdEncoding.EncodeToString([]byte("tok:"+g.Hex(8)))),
					saasAssign(g, "INTERCOM_APP_ID", g.String(fake.Lower+fake.Digits, 8)),
				},
			}
		},
		"contentful-pat": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "CONTENTFUL_MANAGEMENT_TOKEN", fake.Join("CFP", "AT-", saasURL(g, 43))),
					"contentful space list --management-token " + fake.Join("CFP", "AT-", g.Alnum(43)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "CONTENTFUL_MANAGEMENT_TOKEN", fake.Join("CFP", "AT-", g.Alnum(20))),
					saasAssign(g, "CONTENTFUL_MANAGEMENT_TOKEN", fake.Join("CFP", "AT-your-management-token")),
				},
			}
		},
		"segment-public-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SEGMENT_TOKEN", fake.Join("sg", "p_", g.Alnum(64))),
					"\"token\": \"" + fake.Join("sg", "p_", g.Alnum(64)) + "\"\n",
				},
				Negatives: []string{
					saasAssign(g, "SEGMENT_TOKEN", fake.Join("sg", "p_", g.Alnum(32))),
					saasAssign(g, "SEGMENT_WRITE_KEY", g.Alnum(32)),
				},
			}
		},
	}
}

func saasPlatformCases() map[string]Builder {
	return map[string]Builder{
		"okta-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return "00" + saasURL(g, 39) + g.Alnum(1) }
			return Cases{
				Positives: []string{
					saasAssign(g, "OKTA_API_TOKEN", tok()),
					"Authorization: SSWS " + tok() + "\n",
					"variable \"corp_okta_api_token\" {\n  default = \"" + tok() + "\"\n}\n",
				},
				Negatives: []string{
					saasAssign(g, "OKTA_API_TOKEN", strings.Repeat("0", 42)),
					saasAssign(g, "OKTA_API_KEY", "00"+saasURL(g, 39)+"-"),
					saasAssign(g, "CHECKSUM", tok()),
				},
			}
		},
		"auth0-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "AUTH0_CLIENT_SECRET", saasURL(g, 64)),
					saasAssign(g, "REACT_APP_AUTH0_CLIENT_SECRET", g.Alnum(64)),
				},
				Negatives: []string{
					saasAssign(g, "AUTH0_CLIENT_ID", g.Alnum(32)),
					saasAssign(g, "CLIENT_SECRET", saasURL(g, 64)),
					saasAssign(g, "AUTH0_CLIENT_SECRET", g.Alnum(32)),
				},
			}
		},
		"firebase-fcm-server-key": func(g *fake.Gen) Cases {
			key := func(prefix string) string { return prefix + ":" + fake.Join("APA", "91b", saasURL(g, 134)) }
			// The 7 characters after AAAA avoid "a": the placeholder filter
			// reads a case-folded run of six as a stand-in.
			project := func() string { return "AAAA" + g.String("BCDEFbcdef0123456789_-", 7) }
			return Cases{
				Positives: []string{
					saasAssign(g, "FCM_SERVER_KEY", key(project())),
					"headers = {\"Authorization\": \"key=" + key(project()) + "\"}\n",
				},
				Negatives: []string{
					saasAssign(g, "DEVICE_TOKEN", key(g.Alnum(11))),
					saasAssign(g, "FCM_SERVER_KEY", project()+":"+fake.Join("APA", "91b", g.Alnum(40))),
				},
			}
		},
		"supabase-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "SUPABASE_ACCESS_TOKEN", fake.Join("sb", "p_", g.Hex(40))),
					"supabase login --token " + fake.Join("sb", "p_", g.Hex(40)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "SUPABASE_ACCESS_TOKEN", fake.Join("sb", "p_", notHex(g, 40))),
					saasAssign(g, "SUPABASE_ACCESS_TOKEN", fake.Join("sb", "p_", g.Hex(30))),
				},
			}
		},
		"supabase-service-role-key": func(g *fake.Gen) Cases {
			ref := g.String(fake.Lower, 20)
			return Cases{
				Positives: []string{
					saasAssign(g, "SUPABASE_SERVICE_ROLE_KEY", g.SupabaseKey("service_role", ref)),
					"const supabase = createClient('https://" + ref + ".supabase.co', '" + g.SupabaseKey("service_role", ref) + "');\n",
				},
				Negatives: []string{
					saasAssign(g, "SUPABASE_ANON_KEY", g.SupabaseKey("anon", ref)),
					"const supabase = createClient(url, '" + g.SupabaseKey("authenticated", ref) + "');\n",
				},
			}
		},
		"vercel-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "VERCEL_TOKEN", fake.Join("vc", "p_", g.Alnum(56))),
					"vercel deploy --prod --token " + fake.Join("vc", g.Pick("i", "k"), "_", g.Alnum(56)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "VERCEL_TOKEN", fake.Join("vc", "p_", g.Alnum(10))),
					saasAssign(g, "VERCEL_CONFIG", fake.Join("vc", "p_config_loader")),
				},
			}
		},
		"vercel-legacy-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "VERCEL_TOKEN", g.Alnum(24)),
					saasAssign(g, "VERCEL_AUTH_TOKEN", g.Alnum(24)),
				},
				Negatives: []string{
					saasAssign(g, "VERCEL_ORG_ID", "team_"+g.Alnum(24)),
					saasAssign(g, "DEPLOY_TOKEN", g.Alnum(24)),
					saasAssign(g, "VERCEL_TOKEN", "your-vercel-token"),
				},
			}
		},
		"netlify-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "NETLIFY_AUTH_TOKEN", fake.Join("nf", "p_", g.Alnum(36))),
					"netlify deploy --auth " + fake.Join("nf", g.Pick("c", "o", "b"), "_", g.Alnum(36)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "NETLIFY_AUTH_TOKEN", fake.Join("nf", "p_", g.Alnum(20))),
					saasAssign(g, "NETLIFY_AUTH_TOKEN", fake.Join("nf", "x_", g.Alnum(36))),
				},
			}
		},
		"postman-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "POSTMAN_API_KEY", fake.Join("PM", "AK-", g.Hex(24), "-", g.Hex(34))),
					"// ('x-api-key', '" + fake.Join("PM", "AK-", g.Hex(24), "-", g.Hex(34)) + "')\n",
				},
				Negatives: []string{
					saasAssign(g, "POSTMAN_API_KEY", fake.Join("PM", "AK-", g.Hex(24), "-", g.Hex(20))),
					saasAssign(g, "POSTMAN_API_KEY", fake.Join("PM", "AK-", notHex(g, 24), "-", g.Hex(34))),
				},
			}
		},
		"algolia-admin-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "ALGOLIA_ADMIN_KEY", g.Hex(32)),
					saasAssign(g, "ALGOLIA_API_KEY", g.Hex(32)),
				},
				Negatives: []string{
					saasAssign(g, "ALGOLIA_SEARCH_API_KEY", g.Hex(32)),
					saasAssign(g, "ALGOLIA_APP_ID", upperAlnum(g, 10)),
					saasAssign(g, "ADMIN_KEY", g.Hex(32)),
				},
			}
		},
		"confluent-api-secret": func(g *fake.Gen) Cases {
			secret := g.ConfluentSecret()
			swapped := secret[:10] + secret[11:12] + secret[10:11] + secret[12:]
			if swapped == secret {
				swapped = secret[:10] + "Q" + secret[11:]
			}
			return Cases{
				Positives: []string{
					saasAssign(g, "CONFLUENT_API_SECRET", secret),
					"sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" +
						upperAlnum(g, 16) + "\" password=\"" + g.ConfluentSecret() + "\";\n",
				},
				Negatives: []string{
					saasAssign(g, "CONFLUENT_API_SECRET", swapped),
					saasAssign(g, "CONFLUENT_API_SECRET", fake.Join("cf", "lt", g.String(fake.Base64, 60))),
				},
			}
		},
		"twitch-stream-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "STREAM_KEY", fake.Join("li", "ve_", saasDigits(g, 9), "_", g.Alnum(30))),
					"ffmpeg -i in.mp4 -f flv rtmp://live.twitch.tv/app/" + fake.Join("li", "ve_", saasDigits(g, 9), "_", g.Alnum(30)) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "STREAM_KEY", fake.Join("li", "ve_", saasDigits(g, 9), "_", g.Alnum(25))),
					"stream_url: \"rtmp://live.twitch.tv/app/STREAM_KEY\"\n",
				},
			}
		},
		"dropbox-short-lived-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -X POST https://api.dropboxapi.com/2/users/get_current_account --header \"Authorization: Bearer " +
						fake.Join("s", "l.", saasURL(g, 138)) + "\"\n",
					"  \"access_token\": \"" + fake.Join("s", "l.u.", saasURL(g, 300)) + "\",\n",
				},
				Negatives: []string{
					saasAssign(g, "DROPBOX_TOKEN", fake.Join("s", "l.", g.Alnum(40))),
					"ssl." + g.Alnum(140) + "\n",
				},
			}
		},
		"mapbox-secret-token": func(g *fake.Gen) Cases {
			user := "carto" + g.String(fake.Lower, 5)
			return Cases{
				Positives: []string{
					saasAssign(g, "MAPBOX_SECRET_TOKEN", g.MapboxToken("sk", user)),
					"//mapboxgl.accessToken = '" + g.MapboxToken("sk", user) + "';\n",
				},
				Negatives: []string{
					saasAssign(g, "MAPBOX_PUBLIC_TOKEN", g.MapboxToken("pk", user)),
					saasAssign(g, "MAPBOX_SECRET_TOKEN", fake.Join("sk", ".eyJ", g.Alnum(10))),
				},
			}
		},
		"mapbox-temporary-token": func(g *fake.Gen) Cases {
			user := "carto" + g.String(fake.Lower, 5)
			return Cases{
				Positives: []string{
					saasAssign(g, "MAPBOX_TOKEN", g.MapboxToken("tk", user)),
					"map.setAccessToken(\"" + g.MapboxToken("tk", user) + "\");\n",
				},
				Negatives: []string{
					saasAssign(g, "MAPBOX_TOKEN", g.MapboxToken("pk", user)),
					saasAssign(g, "MAPBOX_TOKEN", fake.Join("tk", ".eyJ", g.Alnum(10))),
				},
			}
		},
	}
}
