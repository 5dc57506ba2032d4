// Extra cases for provider rules widened after reading trufflehog's detector
// inputs: documented value alphabets (Mailgun's key- form), the provider's
// API path that carries the key (BestTime), the shorter variable names real
// files use (TWILIO_TOKEN, scraping_bee) and the provider's name written
// straight before its value (the newest glue). They are added to the cases
// the rule's own table builds, so no existing case is dropped.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// thogNameOnly is the cases of a rule that takes a value written straight
// after the provider's name: a YAML entry, a call argument and a bare note;
// negatives with the name inside a longer word and with a wrong-shaped value.
func thogNameOnly(name string, value, bad cfVal) Builder {
	return func(g *fake.Gen) Cases {
		return Cases{
			Positives: []string{
				"services:\n  " + name + ": " + value(g) + "\n",
				"const " + name + " = \"" + value(g) + "\";\n",
				name + " '" + value(g) + "'\n",
			},
			Negatives: []string{
				"un" + name + "x = \"" + value(g) + "\"\n",
				name + ": " + bad(g) + "\n",
			},
		}
	}
}

// thogExtraCases are the extra cases, by rule id.
func thogExtraCases() map[string]Builder {
	return map[string]Builder{
		"mailgun-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("ke", "y-", g.LowerAlnum(32)) }
			return Cases{
				Positives: []string{
					saasAssign(g, "MAILGUN_API_KEY", key()),
					"curl -s --user 'api:" + key() + "' https://api.mailgun.net/v3/domains\n",
				},
				Negatives: []string{
					saasAssign(g, "MAILGUN_API_KEY", fake.Join("ke", "y-", g.String(fake.Lower, 32))),
					"<div class=\"" + fake.Join("ke", "y-", g.LowerAlnum(40)) + "\"></div>\n",
				},
			}
		},
		"twilio-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					saasAssign(g, "TWILIO_TOKEN", g.Hex(32)),
					"twilio:\n  token: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					saasAssign(g, "TWILIO_ACCOUNT_SID", g.Hex(32)),
					saasAssign(g, "TWILIO_TOKEN", notHex(g, 32)),
				},
			}
		},
		"besttime-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("pr", "i_", g.Hex(32)) }
			return Cases{
				Positives: []string{
					"resp = requests.get(\"https://besttime.app/api/v1/keys/" + key() + "\")\n",
					"curl https://besttime.app/api/v1/keys/" + key() + "\n",
				},
				Negatives: []string{
					"curl https://api.example.com/v1/keys/" + key() + "\n",
					"curl https://besttime.app/api/v1/keys/" + fake.Join("pr", "i_", notHex(g, 32)) + "\n",
				},
			}
		},
		"scrapingbee-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"gn.top_news(scraping_bee = '" + upperAlnum(g, 80) + "')\n",
					"SCRAPINGBEE=" + upperAlnum(g, 80) + "\n",
				},
				Negatives: []string{
					"scraping_bee = '" + upperAlnum(g, 60) + "'\n",
					"scraping_bee = '" + g.LowerAlnum(80) + "'\n",
				},
			}
		},
		"azure-entra-refresh-token": func(g *fake.Gen) Cases {
			token := func(n int) string {
				return fake.Join("1", ".A", saasURL(g, 54), ".1", ".Ag", "AB", saasURL(g, n), ".A", saasURL(g, 270))
			}
			return Cases{
				Positives: []string{
					"- request:\n    body: client_id=" + saasUUID(g) + "&grant_type=refresh_token&refresh_token=" + token(1064) + "&scope=openid\n",
					saasAssign(g, "AZURE_REFRESH_TOKEN", token(1500)),
				},
				Negatives: []string{
					"body: grant_type=refresh_token&refresh_token=" + fake.Join("1", ".A", saasURL(g, 54), ".1", ".Ag", "AB", saasURL(g, 100)) + "&scope=openid\n",
					saasAssign(g, "AZURE_REFRESH_TOKEN", fake.Join("1", ".A", saasURL(g, 54), ".1", ".Ag", "AB", strings.Repeat("x", 1200))),
				},
			}
		},
		"azure-storage-account-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"static const std::string AzuriteAccountKey{\n    \"" + g.Base64Bytes(64) + "\"};\n",
					"public static final String DEFAULT_ACCOUNT_KEY\n            = \"" + g.Base64Bytes(64) + "\";\n",
					"$storageKey =\n    '" + g.Base64Bytes(64) + "'\n",
					"\"storageAccountKey\": {\n  \"value\": \"" + g.Base64Bytes(64) + "\"\n},\n",
					"AZURE_STORAGE_KEY=" + g.Base64Bytes(64) + "\n",
				},
				Negatives: []string{
					"AZURE_STORAGE_KEY=" + g.Base64Bytes(48) + "\n",
					"ACCOUNT_KEY_NAME = \"" + g.Base64Bytes(64) + "\"\n",
					"AzureStorageCleanup.exe -storagekey " + g.Base64Bytes(64) + " -container backup\n",
					// the Storage Emulator's (Azurite's) published devstoreaccount1 key
					"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=" + thogEmulatorKey() + ";\n",
				},
			}
		},
		"mixpanel-secret":         thogNameOnly("mixpanel", cfMix(32), cfLower(32)),
		"mattermost-access-token": thogNameOnly("mattermost", cfLow(26), cfLower(26)),
		"instamojo-auth-token":    thogNameOnly("instamojo", cfMix(40), cfLower(40)),
		"liveagent-api-key":       thogNameOnly("liveagent", cfMix(32), cfLower(32)),
		"metaapi-token":           thogNameOnly("metaapi", cfHex(64), cfLetters(64)),
		"kucoin-api-secret":       thogNameOnly("kucoin", cfUUID(), cfCat(cfLetters(8), cfLit("-"), cfLetters(4))),
		"textmagic-api-key":       thogNameOnly("textmagic", cfMix(30), cfMix(20)),
		"websitepulse-api-key":    thogNameOnly("websitepulse", cfHex(32), cfLetters(32)),
	}
}

// thogNewCases are the cases of the rules this file's work added.
func thogNewCases() map[string]Builder {
	return map[string]Builder{
		"sonarqube-cloud-org-token": cfPrefixed("SONAR_TOKEN", fake.Join("sq", "co_"), cfMix(59), cfCat(cfLit(fake.Join("sq", "co_")), cfMix(40)), cfCat(cfLit(fake.Join("sq", "c_")), cfMix(59))),
	}
}

// thogEmulatorKey is the account key Microsoft publishes for the Storage
// Emulator and Azurite, in parts.
func thogEmulatorKey() string {
	return fake.Join("Eby8vdM0", "2xNOcqFl", "qUwJPLlm", "EtlCDXJ1", "OUzFT50u", "SRZ6IFsu", "Fq2UVErC", "z4I6tq/K", "1SZFPTOt", "r/KBHBek", "soGMGw==")
}
