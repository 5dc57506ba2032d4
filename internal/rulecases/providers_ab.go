package rulecases

// Test cases of the provider rules (names starting with A, B or a
// digit): every secret is built at run time from a seeded generator.

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// providersABCases are the cases of the rules in the providers: A, B and digits section of rules.toml.
func providersABCases() map[string]Builder {
	return map[string]Builder{
		"abacus-ai-api-key": abKeyedBare("ABACUS_API_KEY", "abacus", func(g *fake.Gen) string { return fake.Join("s", "2_", g.Hex(32)) }, func(g *fake.Gen) string { return fake.Join("s", "2_", g.Hex(20)) }),
		"ably-api-key":      abKeyed("ABLY_API_KEY", func(g *fake.Gen) string { return fake.Join(saasURL(g, 6), ".", saasURL(g, 6), ":", saasURL(g, 43)) }, func(g *fake.Gen) string { return fake.Join(saasURL(g, 6), ".", saasURL(g, 6), ":", saasURL(g, 20)) }),
		"abstract-api-key": plusPositives(abKeyedBare("ABSTRACT_API_KEY", "abstractapi", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(34) }),
			// a name, a dash and the value: how notes and trufflehog's tests write it
			func(g *fake.Gen) []string { return []string{"abstract_api key - '" + g.Hex(32) + "'\n"} }),
		"abuseipdb-api-key":         abKeyedBare("ABUSEIPDB_API_KEY", "abuseipdb", func(g *fake.Gen) string { return g.LowerAlnum(80) }, func(g *fake.Gen) string { return g.LowerAlnum(60) }),
		"abyssale-api-key":          abKeyedBare("ABYSSALE_API_KEY", "abyssale", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"accuweather-api-key":       abKeyedBare("ACCUWEATHER_API_KEY", "accuweather", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"activecampaign-api-key":    abKeyedBare("ACTIVECAMPAIGN_API_KEY", "activecampaign", func(g *fake.Gen) string { return g.Hex(72) }, func(g *fake.Gen) string { return g.Hex(64) }),
		"acuity-scheduling-api-key": abKeyedBare("ACUITY_API_KEY", "acuity", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"adafruit-io-key":           abPrefixed("ADAFRUIT_IO_KEY", func(g *fake.Gen) string { return fake.Join("ai", "o_", g.MixedAlnum(28)) }, func(g *fake.Gen) string { return fake.Join("ai", "o_", g.MixedAlnum(30)) }),
		"adobe-client-secret":       abPrefixed("ADOBE_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("p8", "e-", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("p8", "e-", g.MixedAlnum(20)) }),
		"adyen-api-key": abKeyedBare("ADYEN_API_KEY", "adyen", func(g *fake.Gen) string {
			return fake.Join("AQ", "E", g.String(fake.Alnum+"+/", 110), "==-", g.String(fake.Alnum+"+/", 43), "=-", g.MixedAlnum(16))
		}, func(g *fake.Gen) string { return fake.Join("AQ", "E", g.String(fake.Alnum+"+/", 110), "==") }),
		"adzuna-app-key":                abKeyedBare("ADZUNA_APP_KEY", "adzuna", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aftership-api-key":             abKeyedBare("AFTERSHIP_API_KEY", "aftership", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"agentmail-api-key":             abKeyedBare("AGENTMAIL_API_KEY", "agentmail", func(g *fake.Gen) string { return fake.Join("a", "m_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("a", "m_", g.Hex(40)) }),
		"agentops-api-key":              abKeyedBare("AGENTOPS_API_KEY", "agentops", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"agora-app-certificate":         abKeyed("AGORA_APP_CERTIFICATE", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aha-api-key":                   abKeyed("AHA_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"ai21-api-key":                  abKeyedBare("AI21_API_KEY", "ai21", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(34) }),
		"aikido-client-secret":          abPrefixed("AIKIDO_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("AIK", "_SECRET_", g.MixedAlnum(64)) }, func(g *fake.Gen) string { return fake.Join("AIK", "_SECRET_", g.MixedAlnum(40)) }),
		"aimlapi-api-key":               abKeyedBare("AIML_API_KEY", "aimlapi", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"airbrake-api-key":              abKeyedBare("AIRBRAKE_PROJECT_KEY", "airbrake", func(g *fake.Gen) string { return g.Hex(32 + 8*g.IntN(2)) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aircall-api-token":             abKeyedBare("AIRCALL_API_TOKEN", "aircall", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"airflow-fernet-key":            abKeyedBare("AIRFLOW__CORE__FERNET_KEY", "fernet", func(g *fake.Gen) string { return saasURL(g, 43) + "=" }, func(g *fake.Gen) string { return saasURL(g, 30) + "=" }),
		"airship-api-secret":            abKeyedBare("AIRSHIP_MASTER_SECRET", "airship", func(g *fake.Gen) string { return saasURL(g, 22) }, func(g *fake.Gen) string { return saasURL(g, 26) }),
		"airvisual-api-key":             abKeyedBare("AIRVISUAL_API_KEY", "airvisual", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"aiven-api-token":               abKeyedBare("AIVEN_API_TOKEN", "aiven", func(g *fake.Gen) string { return g.String(fake.Alnum+"+/", 370) + "==" }, func(g *fake.Gen) string { return g.String(fake.Alnum+"+/", 300) }),
		"akamai-edgegrid-client-secret": abKeyed("AKAMAI_CLIENT_SECRET", func(g *fake.Gen) string { return g.String(fake.Alnum+"+/", 43) + "=" }, func(g *fake.Gen) string { return g.String(fake.Alnum, 30) + "=" }),
		"akamai-edgegrid-token":         abPrefixed("AKAMAI_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("ak", "ab-", g.LowerAlnum(16), "-", g.LowerAlnum(16)) }, func(g *fake.Gen) string { return fake.Join("ak", "ab-", g.LowerAlnum(16), "-", g.LowerAlnum(8)) }),
		"alchemy-access-token":          abPrefixed("ALCHEMY_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("alc", "ht_", g.MixedAlnum(30)) }, func(g *fake.Gen) string { return fake.Join("alc", "ht_", g.MixedAlnum(34)) }),
		"alchemy-api-key":               abKeyedBare("ALCHEMY_API_KEY", "alchemy", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"alconost-api-key":              abKeyedBare("ALCONOST_API_KEY", "alconost", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(36) }),
		"aleph-alpha-api-token": abKeyedBare("ALEPH_ALPHA_API_TOKEN", "alephalpha", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 80), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"aletheiaapi-api-key":    abKeyedBare("ALETHEIAAPI_KEY", "aletheia", func(g *fake.Gen) string { return upperAlnum(g, 32) }, func(g *fake.Gen) string { return upperAlnum(g, 36) }),
		"algorithmia-api-key":    abKeyedBare("ALGORITHMIA_API_KEY", "algorithmia", func(g *fake.Gen) string { return fake.Join("si", "m", g.MixedAlnum(25)) }, func(g *fake.Gen) string { return fake.Join("si", "m", g.MixedAlnum(30)) }),
		"alienvault-otx-api-key": abKeyedBare("ALIENVAULT_OTX_API_KEY", "alienvault", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"allsports-api-key":      abKeyedBare("ALLSPORTS_API_KEY", "allsports", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"alpaca-api-secret":      abKeyed("APCA_API_SECRET_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"alpha-vantage-api-key":  abKeyedBare("ALPHA_VANTAGE_API_KEY", "alphavantage", func(g *fake.Gen) string { return upperAlnum(g, 16) }, func(g *fake.Gen) string { return upperAlnum(g, 20) }),
		"amadeus-api-secret":     abKeyed("AMADEUS_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(16) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"amap-api-key":           abKeyedBare("AMAP_KEY", "gaode", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"amazon-chime-webhook": abPrefixed("CHIME_WEBHOOK_URL", func(g *fake.Gen) string {
			return fake.Join("https://hooks.chime", ".aws/incomingwebhooks/", g.UUID(), "?token=", saasURL(g, 64))
		}, func(g *fake.Gen) string { return fake.Join("https://hooks.chime", ".aws/incomingwebhooks/", g.UUID()) }),
		"amazon-cognito-client-secret": abKeyed("COGNITO_CLIENT_SECRET", func(g *fake.Gen) string { return g.LowerAlnum(52) }, func(g *fake.Gen) string { return g.LowerAlnum(40) }),
		"amazon-lwa-client-secret":     abPrefixed("LWA_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("amzn1", ".oa2-cs.v1.", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("amzn1", ".oa2-cs.v1.", g.Hex(40)) }),
		"amazon-lwa-refresh-token":     abPrefixed("LWA_REFRESH_TOKEN", func(g *fake.Gen) string { return fake.Join("Atzr", "|IwEB", saasURL(g, 380)) }, func(g *fake.Gen) string { return fake.Join("Atzr", "|IwEB", saasURL(g, 40)) }),
		"ambee-api-key":                abKeyedBare("AMBEE_API_KEY", "ambee", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"amplitude-api-key":            abKeyedBare("AMPLITUDE_SECRET_KEY", "amplitude", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"anypoint-client-secret":       abKeyed("ANYPOINT_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"apideck-api-key":              abKeyedBare("APIDECK_API_KEY", "apideck", func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.MixedAlnum(40), "-", g.MixedAlnum(52)) }, func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.MixedAlnum(40)) }),
		"apiflash-access-key":          abKeyedBare("APIFLASH_ACCESS_KEY", "apiflash", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"apifonica-api-key": abKeyedBare("APIFONICA_API_KEY", "apifonica", func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(11), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(12))
		}, func(g *fake.Gen) string { return g.UUID() }),
		"apify-api-token":        abPrefixed("APIFY_TOKEN", func(g *fake.Gen) string { return fake.Join("apify", "_api_", g.MixedAlnum(36)) }, func(g *fake.Gen) string { return fake.Join("apify", "_api_", g.MixedAlnum(20)) }),
		"apilayer-api-key":       abKeyedBare("APILAYER_API_KEY", "apilayer", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"apimetrics-api-key":     abKeyedBare("APIMETRICS_API_KEY", "apimetrics", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"apitemplate-api-key":    abKeyedBare("APITEMPLATE_API_KEY", "apitemplate", func(g *fake.Gen) string { return g.MixedAlnum(39) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"apollo-graphql-api-key": abKeyedBare("APOLLO_KEY", "apollo", func(g *fake.Gen) string { return fake.Join("service:", "graph-", g.LowerAlnum(6), ":", saasURL(g, 22)) }, func(g *fake.Gen) string { return fake.Join("service:", "graph-", g.LowerAlnum(6), ":", saasURL(g, 10)) }),
		"apollo-io-api-key":      abKeyedBare("APOLLO_API_KEY", "apollo", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(26) }),
		"appcenter-api-token":    abKeyedBare("APPCENTER_API_TOKEN", "appcenter", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"appcues-api-key":        abKeyedBare("APPCUES_API_SECRET", "appcues", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"appfollow-api-token": abKeyedBare("APPFOLLOW_API_TOKEN", "appfollow", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 70), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"apple-app-specific-password": abKeyed("FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", func(g *fake.Gen) string {
			return fake.Join(g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4))
		}, func(g *fake.Gen) string {
			return fake.Join(g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4))
		}),
		"appsignal-push-api-key": abKeyedBare("APPSIGNAL_PUSH_API_KEY", "appsignal", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"appsynergy-api-key":     abKeyedBare("APPSYNERGY_API_KEY", "appsynergy", func(g *fake.Gen) string { return g.LowerAlnum(64) }, func(g *fake.Gen) string { return g.LowerAlnum(60) }),
		"apptivo-api-key":        abKeyedBare("APPTIVO_API_KEY", "apptivo", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"appwrite-api-key":       abKeyedBare("APPWRITE_API_KEY", "appwrite", func(g *fake.Gen) string { return fake.Join("stand", "ard_", g.Hex(256)) }, func(g *fake.Gen) string { return fake.Join("stand", "ard_", g.Hex(200)) }),
		"arbiscan-api-key":       abKeyedBare("ARBISCAN_API_KEY", "arbiscan", func(g *fake.Gen) string { return upperAlnum(g, 34) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"arcjet-api-key":         abPrefixed("ARCJET_KEY", func(g *fake.Gen) string { return fake.Join("aj", "key_", g.LowerAlnum(26)) }, func(g *fake.Gen) string { return fake.Join("aj", "key_", g.LowerAlnum(20)) }),
		"argocd-auth-token": abKeyedBare("ARGOCD_AUTH_TOKEN", "argocd", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 70), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"arize-api-key":                 abKeyedBare("ARIZE_API_KEY", "arize", func(g *fake.Gen) string { return fake.Join("a", "k-", g.UUID(), "-", saasURL(g, 32)) }, func(g *fake.Gen) string { return fake.Join("a", "k-", g.UUID()) }),
		"artsy-client-secret":           abKeyed("ARTSY_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"asaas-api-key":                 abPrefixed("ASAAS_API_KEY", func(g *fake.Gen) string { return fake.Join("$aa", "ct_prod_", g.MixedAlnum(60)) }, func(g *fake.Gen) string { return fake.Join("$aa", "ct_prod_", g.MixedAlnum(20)) }),
		"aspose-client-secret":          abKeyed("ASPOSE_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"astra-db-application-token":    abPrefixed("ASTRA_DB_APPLICATION_TOKEN", func(g *fake.Gen) string { return fake.Join("Astra", "CS:", g.MixedLetters(24), ":", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("Astra", "CS:", g.MixedLetters(24), ":", g.Hex(40)) }),
		"atera-api-key":                 abKeyed("ATERA_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"audd-api-token":                abKeyedBare("AUDD_API_TOKEN", "audd", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"authorize-net-transaction-key": abKeyed("AUTHORIZENET_TRANSACTION_KEY", func(g *fake.Gen) string { return g.MixedAlnum(16) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"authress-access-key": abPrefixed("AUTHRESS_SERVICE_CLIENT_ACCESS_KEY", func(g *fake.Gen) string {
			return fake.Join("sc", "_", g.MixedAlnum(23), ".", g.LowerAlnum(4), ".acc-", g.LowerAlnum(13), ".", g.MixedAlnum(64))
		}, func(g *fake.Gen) string {
			return fake.Join("sc", "_", g.MixedAlnum(23), ".", g.LowerAlnum(4), ".acc-", g.LowerAlnum(13), ".", g.MixedAlnum(12))
		}),
		"authy-api-key":              abKeyedBare("AUTHY_API_KEY", "authy", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"autodesk-client-secret":     abKeyed("AUTODESK_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(16 + 48*g.IntN(2)) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"autopilot-api-key":          abKeyedBare("AUTOPILOT_API_KEY", "autopilot", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"avalara-avatax-license-key": abKeyed("AVATAX_LICENSE_KEY", func(g *fake.Gen) string { return strings.ToUpper(g.Hex(16)) }, func(g *fake.Gen) string { return strings.ToUpper(g.Hex(20)) }),
		"avaza-api-token":            abKeyedBare("AVAZA_API_TOKEN", "avaza", func(g *fake.Gen) string { return saasDigits(g, 6) + "-" + g.Hex(40) }, func(g *fake.Gen) string { return saasDigits(g, 6) + "-" + g.Hex(30) }),
		"aviationstack-api-key":      abKeyedBare("AVIATIONSTACK_API_KEY", "aviationstack", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aweber-client-secret":       abKeyed("AWEBER_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"axiom-api-token":            abPrefixed("AXIOM_TOKEN", func(g *fake.Gen) string { return fake.Join("xa", "at-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("xa", "at-", g.Hex(32)) }),
		"axonaut-api-key":            abKeyedBare("AXONAUT_API_KEY", "axonaut", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(36) }),
		"aylien-api-key":             abKeyedBare("AYLIEN_API_KEY", "aylien", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"ayrshare-api-key": abKeyedBare("AYRSHARE_API_KEY", "ayrshare", func(g *fake.Gen) string {
			return fake.Join(upperAlnum(g, 8), "-", upperAlnum(g, 8), "-", upperAlnum(g, 8), "-", upperAlnum(g, 8))
		}, func(g *fake.Gen) string { return fake.Join(upperAlnum(g, 8), "-", upperAlnum(g, 8)) }),
		"azure-ai-search-key": abKeyedBare("AZURE_SEARCH_ADMIN_KEY", "azuresearch", func(g *fake.Gen) string { return g.MixedAlnum(52) }, func(g *fake.Gen) string { return g.MixedAlnum(48) }),
		"azure-communication-services-connection-string": abPrefixed("ACS_CONNECTION_STRING", func(g *fake.Gen) string {
			return fake.Join("endpoint=https://", g.LowerAlnum(8), ".communication.azure.com/;accesskey=", g.String(fake.Alnum+"+/", 86), "==")
		}, func(g *fake.Gen) string {
			return fake.Join("endpoint=https://", g.LowerAlnum(8), ".communication.azure.com/;accesskey=", g.String(fake.Alnum+"+/", 40))
		}),
		"azure-devops-pat": abKeyedBare("AZURE_DEVOPS_PAT", "azuredevops", func(g *fake.Gen) string { return g.String(abBase32, 52) }, func(g *fake.Gen) string { return g.String(abBase32, 54) }),
		"azure-logic-apps-webhook": abPrefixed("LOGIC_APP_TRIGGER_URL", func(g *fake.Gen) string {
			return fake.Join("https://prod-12.westeurope.logic.azure", ".com:443/workflows/", g.Hex(32), "/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=", saasURL(g, 43))
		}, func(g *fake.Gen) string {
			return fake.Join("https://prod-12.westeurope.logic.azure", ".com:443/workflows/", g.Hex(32), "/triggers/manual/paths/invoke?api-version=2016-10-01")
		}),
		"azure-signalr-connection-string": abPrefixed("AZURE_SIGNALR_CONNECTION_STRING", func(g *fake.Gen) string {
			return fake.Join("Endpoint=https://", g.LowerAlnum(8), ".service.signalr.net;AccessKey=", g.String(fake.Alnum+"+/", 43), "=;Version=1.0;")
		}, func(g *fake.Gen) string {
			return fake.Join("Endpoint=https://", g.LowerAlnum(8), ".service.signalr.net;AccessKey=", g.String(fake.Alnum+"+/", 20), "=;Version=1.0;")
		}),
		"backblaze-b2-application-key": abKeyedBare("B2_APPLICATION_KEY", "backblaze", func(g *fake.Gen) string { return fake.Join("K", g.String(fake.Digits, 3), g.MixedAlnum(27)) }, func(g *fake.Gen) string { return fake.Join("K", g.String(fake.Digits, 3), g.MixedAlnum(20)) }),
		"baidu-cloud-secret-key":       abKeyed("BAIDU_SECRET_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"baidu-qianfan-api-key":        abPrefixed("QIANFAN_API_KEY", func(g *fake.Gen) string { return fake.Join("bce", "-v3/ALTAK-", g.MixedAlnum(21), "/", g.Hex(40)) }, func(g *fake.Gen) string { return fake.Join("bce", "-v3/ALTAK-", g.MixedAlnum(21), "/", g.Hex(20)) }),
		"bamboohr-api-key":             abKeyedBare("BAMBOOHR_API_KEY", "bamboohr", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"bannerbear-api-key":           abKeyedBare("BANNERBEAR_API_KEY", "bannerbear", func(g *fake.Gen) string { return g.MixedAlnum(22) + "tt" }, func(g *fake.Gen) string { return g.MixedAlnum(30) }),
		"baremetrics-api-key":          abKeyedBare("BAREMETRICS_API_KEY", "baremetrics", func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(22)) }, func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(12)) }),
		"basecrm-access-token":         abKeyedBare("BASECRM_ACCESS_TOKEN", "basecrm", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"baserow-database-token":       abKeyedBare("BASEROW_TOKEN", "baserow", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"basescan-api-key":             abKeyedBare("BASESCAN_API_KEY", "basescan", func(g *fake.Gen) string { return upperAlnum(g, 34) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"baseten-api-key":              abKeyedBare("BASETEN_API_KEY", "baseten", func(g *fake.Gen) string { return g.MixedAlnum(8) + "." + g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(8) + "." + g.MixedAlnum(20) }),
		"beamer-api-key":               abKeyedBare("BEAMER_API_KEY", "beamer", func(g *fake.Gen) string { return fake.Join("b", "_", g.String(fake.Alnum+"_-", 44)) }, func(g *fake.Gen) string { return fake.Join("b", "_", g.MixedAlnum(30)) }),
		"beebole-api-token":            abKeyedBare("BEEBOLE_API_TOKEN", "beebole", func(g *fake.Gen) string { return g.LowerAlnum(40) }, func(g *fake.Gen) string { return g.LowerAlnum(44) }),
		"besnappy-api-key":             abKeyedBare("BESNAPPY_API_KEY", "besnappy", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"besttime-api-key":             abKeyed("BESTTIME_API_KEY_PRIVATE", func(g *fake.Gen) string { return fake.Join("pr", "i_", g.Hex(32)) }, func(g *fake.Gen) string { return fake.Join("pr", "i_", g.Hex(20)) }),
		"betterstack-api-token":        abKeyedBare("BETTERSTACK_API_TOKEN", "betterstack", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(30) }),
		"bfl-api-key":                  abKeyed("BFL_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"bigml-api-key":                abKeyedBare("BIGML_API_KEY", "bigml", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"billomat-api-key":             abKeyedBare("BILLOMAT_API_KEY", "billomat", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"binance-api-secret":           abKeyedBare("BINANCE_API_SECRET", "binance", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(60) }),
		"bing-search-api-key":          abKeyedBare("BING_SEARCH_API_KEY", "bingsearch", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"bintray-api-key":              abKeyedBare("BINTRAY_API_KEY", "bintray", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"bitbar-api-key":               abKeyedBare("BITBAR_API_KEY", "bitbar", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"bitbucket-datacenter-token":   abPrefixed("BITBUCKET_TOKEN", func(g *fake.Gen) string { return fake.Join("BB", "DC-", g.MixedAlnum(44)) }, func(g *fake.Gen) string { return fake.Join("BB", "DC-", g.MixedAlnum(20)) }),
		"bitcoinaverage-api-key":       abKeyedBare("BITCOINAVERAGE_API_KEY", "bitcoinaverage", func(g *fake.Gen) string { return g.MixedAlnum(43) }, func(g *fake.Gen) string { return g.MixedAlnum(48) }),
		"bitfinex-api-secret":          abKeyedBare("BITFINEX_API_SECRET", "bitfinex", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 48) }),
		"bitget-api-secret":            abKeyed("BITGET_API_SECRET", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"bitgo-access-token":           abPrefixed("BITGO_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("v2", "x", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("v2", "x", g.Hex(40)) }),
		"bitly-access-token":           abKeyedBare("BITLY_ACCESS_TOKEN", "bitly", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"bitmex-api-secret":            abKeyed("BITMEX_API_SECRET", func(g *fake.Gen) string { return saasURL(g, 48) }, func(g *fake.Gen) string { return saasURL(g, 52) }),
		"bitrise-access-token":         abKeyedBare("BITRISE_TOKEN", "bitrise", func(g *fake.Gen) string { return saasURL(g, 86) }, func(g *fake.Gen) string { return saasURL(g, 40) }),
		"bitstamp-api-secret":          abKeyedBare("BITSTAMP_API_SECRET", "bitstamp", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"bittrex-api-secret":           abKeyedBare("BITTREX_API_SECRET", "bittrex", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"bitvavo-api-secret":           abKeyed("BITVAVO_API_SECRET", func(g *fake.Gen) string { return g.Hex(128) }, func(g *fake.Gen) string { return g.Hex(100) }),
		"bitwarden-access-token": abKeyedBare("BWS_ACCESS_TOKEN", "bitwarden", func(g *fake.Gen) string {
			return fake.Join("0.", g.UUID(), ".", g.MixedAlnum(30), ":", g.String(fake.Alnum+"+/", 22), "==")
		}, func(g *fake.Gen) string { return fake.Join("0.", g.UUID(), ".", g.MixedAlnum(30)) }),
		"blackfire-token":       abKeyedBare("BLACKFIRE_SERVER_TOKEN", "blackfire", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"bland-ai-api-key":      abKeyedBare("BLAND_API_KEY", "bland", func(g *fake.Gen) string { return fake.Join("or", "g_", g.Hex(86)) }, func(g *fake.Gen) string { return fake.Join("or", "g_", g.Hex(40)) }),
		"blazemeter-api-secret": abKeyedBare("BLAZEMETER_API_SECRET", "blazemeter", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"blitapp-api-key":       abKeyedBare("BLITAPP_API_KEY", "blitapp", func(g *fake.Gen) string { return saasURL(g, 39) }, func(g *fake.Gen) string { return saasURL(g, 44) }),
		"blockcypher-api-token": abKeyedBare("BLOCKCYPHER_TOKEN", "blockcypher", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"blockfrost-project-id": abPrefixed("BLOCKFROST_PROJECT_ID", func(g *fake.Gen) string { return fake.Join("main", "net", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("main", "net", g.MixedAlnum(36)) }),
		"blocknative-api-key":   abKeyedBare("BLOCKNATIVE_API_KEY", "blocknative", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"bluesky-app-password": abKeyed("BLUESKY_APP_PASSWORD", func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4))
		}, func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4))
		}),
		"blynk-auth-token": abKeyedBare("BLYNK_AUTH_TOKEN", "blynk", func(g *fake.Gen) string { return saasURL(g, 32) }, func(g *fake.Gen) string { return saasURL(g, 36) }),
		"bombbomb-api-token": abKeyedBare("BOMBBOMB_API_TOKEN", "bombbomb", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 70), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"boostnote-api-key": abKeyedBare("BOOSTNOTE_API_KEY", "boostnote", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"borgbase-api-token": abKeyedBare("BORGBASE_API_TOKEN", "borgbase", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 40), ".ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 40)) }),
		"box-api-token":           abKeyedBare("BOX_DEVELOPER_TOKEN", "boxdeveloper", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"braintrust-api-key":      abKeyedBare("BRAINTRUST_API_KEY", "braintrust", func(g *fake.Gen) string { return fake.Join("s", "k-", g.MixedAlnum(48)) }, func(g *fake.Gen) string { return fake.Join("s", "k-", g.MixedAlnum(30)) }),
		"branch-secret-key":       abPrefixed("BRANCH_SECRET", func(g *fake.Gen) string { return fake.Join("secret", "_live_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("secret", "_live_", g.MixedAlnum(20)) }),
		"brandfetch-api-key":      abKeyedBare("BRANDFETCH_API_KEY", "brandfetch", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"brave-search-api-key":    abPrefixed("BRAVE_SEARCH_API_KEY", func(g *fake.Gen) string { return fake.Join("BS", "A", g.MixedAlnum(28)) }, func(g *fake.Gen) string { return fake.Join("BS", "A", g.MixedAlnum(12)) }, func(g *fake.Gen) string { return fake.Join("BS", "A_CONFIGURATION_OPTIONS_FOR_SEARCHES") }),
		"braze-api-key":           abKeyedBare("BRAZE_API_KEY", "braze", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"browser-use-api-key":     abPrefixed("BROWSER_USE_API_KEY", func(g *fake.Gen) string { return fake.Join("b", "u_", saasURL(g, 43)) }, func(g *fake.Gen) string { return fake.Join("b", "u_", saasURL(g, 30)) }),
		"browserbase-api-key":     abPrefixed("BROWSERBASE_API_KEY", func(g *fake.Gen) string { return fake.Join("bb", "_live_", g.MixedAlnum(27)) }, func(g *fake.Gen) string { return fake.Join("bb", "_live_", g.MixedAlnum(12)) }),
		"browserstack-access-key": abKeyedBare("BROWSERSTACK_ACCESS_KEY", "browserstack", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"browshot-api-key":        abKeyedBare("BROWSHOT_API_KEY", "browshot", func(g *fake.Gen) string { return g.MixedAlnum(28) }, func(g *fake.Gen) string { return g.MixedAlnum(32) }),
		"bscscan-api-key":         abKeyedBare("BSCSCAN_API_KEY", "bscscan", func(g *fake.Gen) string { return upperAlnum(g, 34) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"buddyns-api-key":         abKeyedBare("BUDDYNS_API_KEY", "buddyns", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"budibase-api-key":        abKeyedBare("BUDIBASE_API_KEY", "budibase", func(g *fake.Gen) string { return g.Hex(32) + "-" + g.Hex(80) }, func(g *fake.Gen) string { return g.Hex(32) + "-" + g.Hex(40) }),
		"bugherd-api-key":         abKeyedBare("BUGHERD_API_KEY", "bugherd", func(g *fake.Gen) string { return g.LowerAlnum(22) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"bugsnag-api-key":         abKeyedBare("BUGSNAG_API_KEY", "bugsnag", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"bugzilla-api-key":        abKeyedBare("BUGZILLA_API_KEY", "bugzilla", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"buildbuddy-api-key":      abKeyedBare("BUILDBUDDY_API_KEY", "buildbuddy", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"bulbul-api-key":          abKeyedBare("BULBUL_API_KEY", "bulbul", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(36) }),
		"bunny-api-key":           abKeyedBare("BUNNY_API_KEY", "bunny", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"buttercms-api-token":     abKeyedBare("BUTTERCMS_API_TOKEN", "buttercms", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"buttondown-api-key":      abKeyedBare("BUTTONDOWN_API_KEY", "buttondown", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"bybit-api-secret":        abKeyed("BYBIT_API_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(36) }, func(g *fake.Gen) string { return g.MixedAlnum(40) }),
		"onepassword-secret-key": plusPositives(abPrefixed("OP_SECRET_KEY", func(g *fake.Gen) string {
			return fake.Join("A", "3-", upperAlnum(g, 6), "-", upperAlnum(g, 6), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5))
		}, func(g *fake.Gen) string {
			return fake.Join("A", "3-", upperAlnum(g, 6), "-", upperAlnum(g, 6), "-", upperAlnum(g, 5))
		}), func(g *fake.Gen) []string {
			// the form of 1Password's white paper, two groups written as one
			return []string{"Secret Key: " + fake.Join("A", "3-", upperAlnum(g, 6), "-", upperAlnum(g, 11), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5)) + "\n"}
		}),
	}
}

// abKeyed builds the cases of a rule that needs the provider's name next to
// the value: positives assign the value to env in assorted file formats, on a
// docker command line and as a CLI flag; negatives put the value under an
// unrelated name, cut it in half, use a placeholder and the bad values given.
func abKeyed(env string, value func(g *fake.Gen) string, bad ...func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		v := value(g)
		flag := "--" + strings.ReplaceAll(strings.ToLower(env), "_", "-")
		c := Cases{
			Positives: []string{
				saasAssign(g, env, v),
				"docker run --rm -e " + env + "=" + value(g) + " app:latest\n",
				"$ app sync " + flag + "=" + value(g) + " --verbose\n",
				// a PHP append, Make's ::= and :::=, an XML element with
				// its value on a line of its own
				"$" + env + " .= \"" + value(g) + "\";\n",
				env + " ::= \"" + value(g) + "\"\n",
				env + " :::= " + value(g) + "\n",
				"<" + env + ">\n    " + value(g) + "\n</" + env + ">\n",
			},
			Negatives: []string{
				saasAssign(g, "SERVICE_API_KEY", v),
				saasAssign(g, env, v[:len(v)/2]),
				env + " ::= $(shell cat .secrets/" + strings.ToLower(env) + ")\n",
				"<" + env + ">\n    " + v[:len(v)/2] + "\n</" + env + ">\n",
				// a placeholder in angle brackets, then a line of its own
				"+ export " + env + "=<your-" + strings.ToLower(strings.ReplaceAll(env, "_", "-")) + ">\n" + value(g) + " uploaded\n",
				saasAssign(g, env, "your-"+strings.ToLower(strings.ReplaceAll(env, "_", "-"))),
			},
		}
		for _, b := range bad {
			c.Negatives = append(c.Negatives, saasAssign(g, env, b(g)))
		}
		return c
	}
}

// abPrefixed builds the cases of a rule whose token carries its own prefix:
// positives in a config file and in an HTTP header; negatives with half the
// token, a placeholder and the bad values given.
func abPrefixed(env string, value func(g *fake.Gen) string, bad ...func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		v := value(g)
		c := Cases{
			Positives: []string{
				saasAssign(g, env, v),
				"resp = requests.get(url, headers={\"Authorization\": \"Bearer " + value(g) + "\"})\n",
			},
			Negatives: []string{
				saasAssign(g, env, v[:len(v)/2]),
				saasAssign(g, env, "your-"+strings.ToLower(strings.ReplaceAll(env, "_", "-"))),
			},
		}
		for _, b := range bad {
			c.Negatives = append(c.Negatives, saasAssign(g, env, b(g)))
		}
		return c
	}
}

// abBase32 is the lower-case base32 alphabet of legacy Azure DevOps tokens.
const abBase32 = "abcdefghijklmnopqrstuvwxyz234567"

// abKeyedBare is abKeyed plus positives where the provider's bare name
// labels the value (a JSON settings block) or a nested YAML section.
func abKeyedBare(env, name string, value func(g *fake.Gen) string, bad ...func(g *fake.Gen) string) Builder {
	keyed := abKeyed(env, value, bad...)
	return func(g *fake.Gen) Cases {
		c := keyed(g)
		c.Positives = append(c.Positives, "{\n  \"providers\": {\n    \""+name+"\": \""+value(g)+"\"\n  }\n}\n",
			abNested(name, "api_key", value(g)))
		return c
	}
}

// abNested renders the value under the provider's name in nested YAML.
func abNested(name, key, value string) string {
	return "integrations:\n  " + name + ":\n    " + key + ": " + value + "\n    enabled: true\n"
}
