// Cases of the rules added or widened from GitHub secret scanning's list
// of provider token types, providers A to L: prefixed tokens through the
// builders of cases_providers_cf_test.go, Azure identifiable keys through
// fake.Gen.AzureIdentifiableKey.

package rulecases

import (
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// ghssAzureFunctionKey is an Azure Functions identifiable key: 40 bytes in
// URL-safe base64, or a wrong checksum when seed is not one of the
// service's seeds.
func ghssAzureFunctionKey(g *fake.Gen, seed uint64) string {
	key := g.AzureIdentifiableKey(40, fake.Join("Az", "Fu"), seed)
	return strings.NewReplacer("+", "-", "/", "_").Replace(key)
}

// ghssCASK is an 84-character common annotated key with the given kind
// character (9, D or H) and provider signature.
func ghssCASK(g *fake.Gen, kind, signature string) string {
	return g.MixedAlnum(52) + fake.Join("JQQ", "J9") + kind + "B" + "K" + g.MixedAlnum(16) + signature + g.MixedAlnum(4)
}

// ghssACases are the generated cases of the rules from GitHub's token list, A to L.
func ghssACases() map[string]Builder {
	const functionSeed, searchQuerySeed, searchAdminSeed = 0x46756e6374693030, 0x5175657279303030, 0x5041646d696e3030
	const eventGridSeed = 0x44656661756c7430
	azSe := fake.Join("Az", "Se")
	bkHead := cfCat(cfLit(fake.Join("bk", "aa_MTA.")), cfMix(76))
	return map[string]Builder{
		"azure-search-identifiable-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("AZURE_SEARCH_ADMIN_KEY=%s\n", g.AzureIdentifiableKey(39, azSe, searchAdminSeed)),
					fmt.Sprintf("{\"search\": {\"queryKey\": \"%s\"}}\n", g.AzureIdentifiableKey(39, azSe, searchQuerySeed)),
				},
				Negatives: []string{
					// the signature without the checksum
					fmt.Sprintf("AZURE_SEARCH_ADMIN_KEY=%s\n", g.AzureIdentifiableKey(39, azSe, searchAdminSeed+1)),
					fmt.Sprintf("AZURE_SEARCH_ADMIN_KEY=%s\n", g.AzureIdentifiableKey(39, azSe, eventGridSeed)),
					fmt.Sprintf("AZURE_SEARCH_ADMIN_KEY=%s\n", g.String(fake.Alnum, 52)),
				},
			}
		},
		"azure-function-identifiable-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("FUNCTION_KEY=%s\n", ghssAzureFunctionKey(g, functionSeed)),
					fmt.Sprintf("headers:\n  x-functions-key: \"%s\"\n", ghssAzureFunctionKey(g, 0x4d61737465723030)),
				},
				Negatives: []string{
					fmt.Sprintf("FUNCTION_KEY=%s\n", ghssAzureFunctionKey(g, functionSeed+1)),
					fmt.Sprintf("FUNCTION_KEY=%s\n", ghssAzureFunctionKey(g, searchQuerySeed)),
				},
			}
		},
		"azure-common-annotated-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("AZURE_MAPS_KEY=%s\n", ghssCASK(g, "9", fake.Join("AZ", "MP"))),
					fmt.Sprintf("{\"eventGridKey\": \"%s\"}\n", ghssCASK(g, "9", fake.Join("AZ", "EG"))),
					fmt.Sprintf("derived: %s\n", ghssCASK(g, "D", fake.Join("AC", "OG"))),
				},
				Negatives: []string{
					// ACOG and AZDO keys belong to their own rules
					fmt.Sprintf("AZURE_OPENAI_KEY=%s\n", ghssCASK(g, "9", fake.Join("AC", "OG"))),
					fmt.Sprintf("AZDO_PAT=%s\n", ghssCASK(g, "9", fake.Join("AZ", "DO"))),
					fmt.Sprintf("AZURE_MAPS_KEY=%s\n", ghssCASK(g, "8", fake.Join("AZ", "MP"))),
					fmt.Sprintf("AZURE_MAPS_KEY=%s\n", ghssCASK(g, "9", fake.Join("AZ", "MP"))[:80]),
				},
			}
		},
		"gcp-storage-hmac-key": func(g *fake.Gen) Cases {
			goog := func(n int) string { return fake.Join("GO", "OG") + upperAlnum(g, n) }
			secret := func() string { return g.String(fake.Base64, 38) + "a1" }
			return Cases{
				Positives: []string{
					"[Credentials]\ngs_access_key_id = " + goog(57) + "\ngs_secret_access_key = " + secret() + "\n",
					"GCS_HMAC_ACCESS_ID=" + goog(20) + "\nGCS_HMAC_SECRET=" + secret() + "\n",
					"{\"accessId\": \"" + goog(57) + "\", \"secret\": \"" + secret() + "\"}\n",
				},
				Negatives: []string{
					// no access ID before the secret
					"GCS_HMAC_SECRET=" + secret() + "\n",
					"GCS_HMAC_ACCESS_ID=" + goog(20) + "\nGCS_HMAC_SECRET=" + g.String(fake.Base64, 30) + "\n",
					"GCS_HMAC_ACCESS_ID=" + goog(20) + "\nGCS_HMAC_SECRET=" + g.String(fake.Lower, 40) + "\n",
					"GCS_HMAC_SECRET=" + secret() + "\nGCS_HMAC_ACCESS_ID=" + goog(57) + "\n",
				},
			}
		},
		"finicity-app-key": cfNamed("FINICITY_APP_KEY", cfHex(32), cfLetters(32), cfCat(cfLit("1234"), cfDig(28))),
		"buildkite-agent-token": plusPositives(cfPrefixed("BUILDKITE_AGENT_TOKEN", fake.Join("bk", "ct_"), cfURL(73),
			cfCat(cfLit(fake.Join("bk", "ct_")), cfURL(20)), cfCat(cfLit(fake.Join("bk", "zz_")), cfURL(73))),
			func(g *fake.Gen) []string {
				return []string{
					"BUILDKITE_AGENT_ACCESS_TOKEN=" + bkHead(g) + "\n",
					"BUILDKITE_AGENT_JOB_TOKEN=" + fake.Join("bk", "aj_") + "eyJ" + saasURL(g, 17) + ".eyJ" + saasURL(g, 120) + "." + saasURL(g, 86) + "\n",
				}
			}),
		"docker-swarm-join-token": cfPrefixed("SWARM_JOIN_TOKEN", fake.Join("SWM", "TKN-1-"), cfCat(cfLow(50), cfLit("-"), cfLow(25)),
			cfCat(cfLit(fake.Join("SWM", "TKN-1-")), cfLow(50)), cfCat(cfLit(fake.Join("SWM", "TKN-1-")), cfMix(50), cfLit("-"), cfMix(25))),
		"aikido-ci-token": cfPrefixed("AIKIDO_CLIENT_API_KEY", fake.Join("AIK", "_CI_"), cfMix(36),
			cfCat(cfLit(fake.Join("AIK", "_CI_")), cfMix(10)), cfCat(cfLit(fake.Join("AIK", "_XX_")), cfMix(40))),
		"devcycle-server-sdk-key": cfPrefixed("DEVCYCLE_SERVER_SDK_KEY", fake.Join("dvc", "_server_"), cfMix(30),
			cfCat(cfLit(fake.Join("dvc", "_server_")), cfMix(8)), cfCat(cfLit(fake.Join("dvc", "_client_")), cfMix(36))),
	}
}

// ghssAWidenedCases adds cases to existing rules for the token variants
// GitHub's list covers and the rules now match.
func ghssAWidenedCases() map[string]Builder {
	return map[string]Builder{
		"azure-identifiable-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("Endpoint=https://topic.westeurope-1.eventgrid.azure.net/api/events\naeg-sas-key: %s\n", g.AzureIdentifiableKey(32, fake.Join("AZ", "EG"), 0x44656661756c7430)),
					fmt.Sprintf("ML_WEB_SERVICE_KEY=%s\n", g.AzureIdentifiableKey(64, fake.Join("+A", "MC"), 0x436c617373696330)),
				},
				Negatives: []string{
					fmt.Sprintf("aeg-sas-key: %s\n", g.AzureIdentifiableKey(32, fake.Join("AZ", "EG"), 0x436c617373696330)),
					fmt.Sprintf("ML_WEB_SERVICE_KEY=%s\n", g.AzureIdentifiableKey(64, fake.Join("+A", "MC"), 0x44656661756c7430)),
				},
			}
		},
		"buildkite-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BUILDKITE_API_TOKEN=" + fake.Join("bk", "ua_MTA.") + g.Hex(40) + "\n",
					"token: " + fake.Join("bk", "ua_MTAw.") + g.Hex(40) + "\n",
				},
				Negatives: []string{
					"BUILDKITE_API_TOKEN=" + fake.Join("bk", "ua_MTA.") + g.Hex(20) + "\n",
					"BUILDKITE_API_TOKEN=" + fake.Join("bk", "ua_MTA.") + strings.ToUpper(g.Hex(40)) + "\n",
				},
			}
		},
	}
}
