// Cases of the rules added in the 2026-11-27 provider pass (mkt): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// mktB64 is n standard base64 characters followed by the padding given.
func mktB64(n int, pad string) cfVal {
	return func(g *fake.Gen) string { return g.String(fake.Base64, n) + pad }
}

// zeptoScheme is the authorization scheme word of a ZeptoMail token.
var zeptoScheme = fake.Join("Zoho-encza", "pikey ")

// mktCases returns the cases of this pass's mkt rules.
func mktCases() map[string]Builder {
	return map[string]Builder{
		"simpleanalytics-api-key": cfPrefixed("SA_API_KEY", fake.Join("sa_api", "_key_"), cfMix(36), cfCat(cfLit(fake.Join("sa_api", "_key_")), cfMix(20)), cfCat(cfLit(fake.Join("sa_user", "_id_")), cfUUID())),
		"plunk-secret-key":        cfNamed("PLUNK_API_KEY", cfCat(cfLit("sk_"), cfHex(48)), cfCat(cfLit("pk_"), cfHex(48)), cfCat(cfLit("sk_"), cfLetters(48))),
		"zeptomail-send-mail-token": func(g *fake.Gen) Cases {
			tok := func() string { return zeptoScheme + mktB64(130, "==")(g) }
			return Cases{
				Positives: []string{
					"headers = {\n  'authorization': \"" + tok() + "\",\n}\n",
					"ZEPTOMAIL_TOKEN=\"" + tok() + "\"\n",
					"const client = new SendMailClient({ url, token: '" + tok() + "' });\n",
				},
				Negatives: []string{
					"Authorization: " + zeptoScheme + "<send mail token>\n",
					"ZEPTOMAIL_TOKEN=\"" + zeptoScheme + g.String(fake.Base64, 30) + "\"\n",
					"ZEPTOMAIL_TOKEN=\"" + zeptoScheme + strings.Repeat("A", 120) + "\"\n",
				},
			}
		},
		"socketlabs-api-key":  cfNamed("SOCKETLABS_API_KEY", cfCat(cfMix(20), cfLit("."), cfMix(40)), cfCat(cfMix(30), cfLit("."), cfMix(30)), cfCat(cfMix(20), cfLit("."), cfMix(60))),
		"pirsch-access-key":   cfPrefixed("PIRSCH_ACCESS_KEY", fake.Join("p", "a_"), cfMix(45), cfCat(cfLit(fake.Join("p", "a_")), cfMix(60)), cfCat(cfLit(fake.Join("p", "a_")), cfLower(45))),
		"clickatell-api-key":  cfNamed("CLICKATELL_API_KEY", cfCat(cfURL(22), cfLit("==")), cfCat(cfURL(30), cfLit("==")), cfCat(cfLower(22), cfLit("=="))),
		"countly-api-key":     cfNamed("COUNTLY_API_KEY", cfHex(32), cfHex(40), cfLetters(32)),
		"appsflyer-api-token": cfNamed("APPSFLYER_API_TOKEN", cfJWT(), cfMix(60), cfCat(cfLit("eyJ"), cfURL(40))),
		"exotel-api-credentials-url": func(g *fake.Gen) Cases {
			url := func(host string) string {
				return "https://" + g.Hex(20) + ":" + g.Hex(40) + "@" + host + "/v1/Accounts/acme/Calls.json"
			}
			return Cases{
				Positives: []string{
					"curl \"" + url("api.exotel.com") + "\"\n",
					"EXOTEL_URL=" + url("api.in.exotel.com") + "\n",
					"base = '" + url("ccm-api.exotel.com") + "'\n",
				},
				Negatives: []string{
					"curl \"https://<api_key>:<api_token>@api.exotel.com/v1/Accounts/acme/Calls.json\"\n",
					"EXOTEL_URL=https://" + g.Hex(20) + ":" + g.Hex(40) + "@api.example.com/v1/Accounts/acme\n",
					"EXOTEL_URL=https://" + g.Hex(20) + ":" + g.Hex(8) + "@api.exotel.com/v1/Accounts/acme\n",
				},
			}
		},
		"leanplum-client-key": func(g *fake.Gen) Cases {
			key := func(prefix string) string { return prefix + g.String(fake.Alnum+"_-", 43) }
			return Cases{
				Positives: []string{
					"Leanplum.setAppIdForDevelopmentMode(\"" + key("app_") + "\", \"" + key("dev_") + "\");\n",
					"Leanplum.setAppIdForProductionMode(\"" + key("app_") + "\",\n    \"" + key("prod_") + "\");\n",
					"LEANPLUM_DEV_KEY=" + key("dev_") + "\n",
				},
				Negatives: []string{
					"FEATURE_TOKEN=" + key("dev_") + "\n",
					"LEANPLUM_APP_ID=" + key("app_") + "\n",
					"LEANPLUM_DEV_KEY=dev_" + g.MixedAlnum(20) + "\n",
					"LEANPLUM_DEV_KEY=dev_" + g.String(fake.Lower, 43) + "\n",
				},
			}
		},
		"talon-one-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -H \"Authorization: ApiKey-v1 " + g.Hex(54) + "\" https://acme.europe-west1.talon.one/v2/customer_sessions/s1\n",
					"headers = {\"Authorization\": \"ManagementKey-v1 " + g.Hex(64) + "\"}\n",
					"TALON_ONE_API_KEY=" + g.Hex(54) + "\n",
				},
				Negatives: []string{
					"Authorization: ApiKey-v1 " + g.Hex(32) + "\n",
					"Authorization: ApiKey-v1 {YOUR_API_KEY}\n",
					"TALON_ONE_API_KEY=" + cfLetters(54)(g) + "\n",
					"Authorization: Bearer " + g.Hex(54) + "\n",
				},
			}
		},
		"voucherify-secret-key": withCases(cfNamed("VOUCHERIFY_SECRET_KEY", cfUUID(), cfUUIDU()), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"# Voucherify\ncurl -H \"X-App-Id: " + saasUUID(g) + "\" -H \"X-App-Token: " + saasUUID(g) + "\" https://api.voucherify.io/v1/vouchers\n"},
				Negatives: []string{"curl -H \"X-App-Token: " + saasUUID(g) + "\" https://api.example.com/v1/items\n"},
			}
		}),
		"microsoft-clarity-api-token": cfNamed("CLARITY_API_TOKEN", cfJWT(), cfMix(60), cfCat(cfLit("eyJ"), cfURL(40))),
		"adjust-api-token": withCases(cfNamed("ADJUST_API_TOKEN", cfMix(20), cfLower(20), cfMix(70)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"curl --header \"AdjustAuthorization: Token " + g.MixedAlnum(20) + "\" https://automate.adjust.com/app-automation/\n"},
				Negatives: []string{"# adjust the token expiry in settings\nTOKEN_TTL=" + g.MixedAlnum(20) + "\n"},
			}
		}),
		"kochava-api-key": withCases(cfNamed("KOCHAVA_API_KEY", cfUUIDU(), cfLetters(36)), func(g *fake.Gen) Cases {
			key := strings.ToUpper(saasUUID(g))
			return Cases{
				Positives: []string{
					"{\"api_key\": \"" + key + "\", \"app_guid\": \"koacme-android5f1e2d3c4b5a6\", \"time_start\": \"1450000000\"}\n",
					"{\n  \"app_guid\": \"koacme-ios5f1e2d3c4b5a6\",\n  \"api_key\": \"" + key + "\"\n}\n",
				},
				Negatives: []string{"{\"api_key\": \"" + key + "\", \"region\": \"us-east-1\"}\n"},
			}
		}),
	}
}
