package rules_test

// Test cases of the br-ab provider rules (names starting with A, B or a
// digit): every secret is built at run time from a seeded generator.

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// brABCases are the cases of the rules in rules.d/br-ab.toml.
func brABCases() map[string]caseBuilder {
	return map[string]caseBuilder{
		"abacus-ai-api-key":         brKeyedBare("ABACUS_API_KEY", "abacus", func(g *fake.Gen) string { return fake.Join("s", "2_", g.Hex(32)) }, func(g *fake.Gen) string { return fake.Join("s", "2_", g.Hex(20)) }),
		"ably-api-key":              brKeyed("ABLY_API_KEY", func(g *fake.Gen) string { return fake.Join(saasURL(g, 6), ".", saasURL(g, 6), ":", saasURL(g, 43)) }, func(g *fake.Gen) string { return fake.Join(saasURL(g, 6), ".", saasURL(g, 6), ":", saasURL(g, 20)) }),
		"abstract-api-key":          brKeyedBare("ABSTRACT_API_KEY", "abstractapi", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"abuseipdb-api-key":         brKeyedBare("ABUSEIPDB_API_KEY", "abuseipdb", func(g *fake.Gen) string { return g.LowerAlnum(80) }, func(g *fake.Gen) string { return g.LowerAlnum(60) }),
		"abyssale-api-key":          brKeyedBare("ABYSSALE_API_KEY", "abyssale", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"accuweather-api-key":       brKeyedBare("ACCUWEATHER_API_KEY", "accuweather", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"activecampaign-api-key":    brKeyedBare("ACTIVECAMPAIGN_API_KEY", "activecampaign", func(g *fake.Gen) string { return g.Hex(72) }, func(g *fake.Gen) string { return g.Hex(64) }),
		"acuity-scheduling-api-key": brKeyedBare("ACUITY_API_KEY", "acuity", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"adafruit-io-key":           brPrefixed("ADAFRUIT_IO_KEY", func(g *fake.Gen) string { return fake.Join("ai", "o_", g.MixedAlnum(28)) }, func(g *fake.Gen) string { return fake.Join("ai", "o_", g.MixedAlnum(30)) }),
		"adobe-client-secret":       brPrefixed("ADOBE_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("p8", "e-", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("p8", "e-", g.MixedAlnum(20)) }),
		"adyen-api-key": brKeyedBare("ADYEN_API_KEY", "adyen", func(g *fake.Gen) string {
			return fake.Join("AQ", "E", g.String(fake.Alnum+"+/", 110), "==-", g.String(fake.Alnum+"+/", 43), "=-", g.MixedAlnum(16))
		}, func(g *fake.Gen) string { return fake.Join("AQ", "E", g.String(fake.Alnum+"+/", 110), "==") }),
		"adzuna-app-key":                brKeyedBare("ADZUNA_APP_KEY", "adzuna", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aftership-api-key":             brKeyedBare("AFTERSHIP_API_KEY", "aftership", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"agentmail-api-key":             brKeyedBare("AGENTMAIL_API_KEY", "agentmail", func(g *fake.Gen) string { return fake.Join("a", "m_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("a", "m_", g.Hex(40)) }),
		"agentops-api-key":              brKeyedBare("AGENTOPS_API_KEY", "agentops", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"agora-app-certificate":         brKeyed("AGORA_APP_CERTIFICATE", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aha-api-key":                   brKeyed("AHA_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"ai21-api-key":                  brKeyedBare("AI21_API_KEY", "ai21", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(34) }),
		"aikido-client-secret":          brPrefixed("AIKIDO_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("AIK", "_SECRET_", g.MixedAlnum(64)) }, func(g *fake.Gen) string { return fake.Join("AIK", "_SECRET_", g.MixedAlnum(40)) }),
		"aimlapi-api-key":               brKeyedBare("AIML_API_KEY", "aimlapi", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"airbrake-api-key":              brKeyedBare("AIRBRAKE_PROJECT_KEY", "airbrake", func(g *fake.Gen) string { return g.Hex(32 + 8*g.IntN(2)) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aircall-api-token":             brKeyedBare("AIRCALL_API_TOKEN", "aircall", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"airflow-fernet-key":            brKeyedBare("AIRFLOW__CORE__FERNET_KEY", "fernet", func(g *fake.Gen) string { return saasURL(g, 43) + "=" }, func(g *fake.Gen) string { return saasURL(g, 30) + "=" }),
		"airship-api-secret":            brKeyedBare("AIRSHIP_MASTER_SECRET", "airship", func(g *fake.Gen) string { return saasURL(g, 22) }, func(g *fake.Gen) string { return saasURL(g, 26) }),
		"airvisual-api-key":             brKeyedBare("AIRVISUAL_API_KEY", "airvisual", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"aiven-api-token":               brKeyedBare("AIVEN_API_TOKEN", "aiven", func(g *fake.Gen) string { return g.String(fake.Alnum+"+/", 370) + "==" }, func(g *fake.Gen) string { return g.String(fake.Alnum+"+/", 300) }),
		"akamai-edgegrid-client-secret": brKeyed("AKAMAI_CLIENT_SECRET", func(g *fake.Gen) string { return g.String(fake.Alnum+"+/", 43) + "=" }, func(g *fake.Gen) string { return g.String(fake.Alnum, 30) + "=" }),
		"akamai-edgegrid-token":         brPrefixed("AKAMAI_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("ak", "ab-", g.LowerAlnum(16), "-", g.LowerAlnum(16)) }, func(g *fake.Gen) string { return fake.Join("ak", "ab-", g.LowerAlnum(16), "-", g.LowerAlnum(8)) }),
		"alchemy-access-token":          brPrefixed("ALCHEMY_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("alc", "ht_", g.MixedAlnum(30)) }, func(g *fake.Gen) string { return fake.Join("alc", "ht_", g.MixedAlnum(34)) }),
		"alchemy-api-key":               brKeyedBare("ALCHEMY_API_KEY", "alchemy", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"alconost-api-key":              brKeyedBare("ALCONOST_API_KEY", "alconost", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(36) }),
		"aleph-alpha-api-token": brKeyedBare("ALEPH_ALPHA_API_TOKEN", "alephalpha", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 80), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"aletheiaapi-api-key":    brKeyedBare("ALETHEIAAPI_KEY", "aletheia", func(g *fake.Gen) string { return upperAlnum(g, 32) }, func(g *fake.Gen) string { return upperAlnum(g, 36) }),
		"algorithmia-api-key":    brKeyedBare("ALGORITHMIA_API_KEY", "algorithmia", func(g *fake.Gen) string { return fake.Join("si", "m", g.MixedAlnum(25)) }, func(g *fake.Gen) string { return fake.Join("si", "m", g.MixedAlnum(30)) }),
		"alienvault-otx-api-key": brKeyedBare("ALIENVAULT_OTX_API_KEY", "alienvault", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"allsports-api-key":      brKeyedBare("ALLSPORTS_API_KEY", "allsports", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"alpaca-api-secret":      brKeyed("APCA_API_SECRET_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"alpha-vantage-api-key":  brKeyedBare("ALPHA_VANTAGE_API_KEY", "alphavantage", func(g *fake.Gen) string { return upperAlnum(g, 16) }, func(g *fake.Gen) string { return upperAlnum(g, 20) }),
		"amadeus-api-secret":     brKeyed("AMADEUS_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(16) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"amap-api-key":           brKeyedBare("AMAP_KEY", "gaode", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"amazon-chime-webhook": brPrefixed("CHIME_WEBHOOK_URL", func(g *fake.Gen) string {
			return fake.Join("https://hooks.chime", ".aws/incomingwebhooks/", g.UUID(), "?token=", saasURL(g, 64))
		}, func(g *fake.Gen) string { return fake.Join("https://hooks.chime", ".aws/incomingwebhooks/", g.UUID()) }),
		"amazon-cognito-client-secret": brKeyed("COGNITO_CLIENT_SECRET", func(g *fake.Gen) string { return g.LowerAlnum(52) }, func(g *fake.Gen) string { return g.LowerAlnum(40) }),
		"amazon-lwa-client-secret":     brPrefixed("LWA_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("amzn1", ".oa2-cs.v1.", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("amzn1", ".oa2-cs.v1.", g.Hex(40)) }),
		"amazon-lwa-refresh-token":     brPrefixed("LWA_REFRESH_TOKEN", func(g *fake.Gen) string { return fake.Join("Atzr", "|IwEB", saasURL(g, 380)) }, func(g *fake.Gen) string { return fake.Join("Atzr", "|IwEB", saasURL(g, 40)) }),
		"ambee-api-key":                brKeyedBare("AMBEE_API_KEY", "ambee", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"amplitude-api-key":            brKeyedBare("AMPLITUDE_SECRET_KEY", "amplitude", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"anypoint-client-secret":       brKeyed("ANYPOINT_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"apideck-api-key":              brKeyedBare("APIDECK_API_KEY", "apideck", func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.MixedAlnum(40), "-", g.MixedAlnum(52)) }, func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.MixedAlnum(40)) }),
		"apiflash-access-key":          brKeyedBare("APIFLASH_ACCESS_KEY", "apiflash", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"apifonica-api-key": brKeyedBare("APIFONICA_API_KEY", "apifonica", func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(11), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(12))
		}, func(g *fake.Gen) string { return g.UUID() }),
		"apify-api-token":        brPrefixed("APIFY_TOKEN", func(g *fake.Gen) string { return fake.Join("apify", "_api_", g.MixedAlnum(36)) }, func(g *fake.Gen) string { return fake.Join("apify", "_api_", g.MixedAlnum(20)) }),
		"apilayer-api-key":       brKeyedBare("APILAYER_API_KEY", "apilayer", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"apimetrics-api-key":     brKeyedBare("APIMETRICS_API_KEY", "apimetrics", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"apitemplate-api-key":    brKeyedBare("APITEMPLATE_API_KEY", "apitemplate", func(g *fake.Gen) string { return g.MixedAlnum(39) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"apollo-graphql-api-key": brKeyedBare("APOLLO_KEY", "apollo", func(g *fake.Gen) string { return fake.Join("service:", "graph-", g.LowerAlnum(6), ":", saasURL(g, 22)) }, func(g *fake.Gen) string { return fake.Join("service:", "graph-", g.LowerAlnum(6), ":", saasURL(g, 10)) }),
		"apollo-io-api-key":      brKeyedBare("APOLLO_API_KEY", "apollo", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(26) }),
		"appcenter-api-token":    brKeyedBare("APPCENTER_API_TOKEN", "appcenter", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"appcues-api-key":        brKeyedBare("APPCUES_API_SECRET", "appcues", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"appfollow-api-token": brKeyedBare("APPFOLLOW_API_TOKEN", "appfollow", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 70), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"apple-app-specific-password": brKeyed("FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD", func(g *fake.Gen) string {
			return fake.Join(g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4))
		}, func(g *fake.Gen) string {
			return fake.Join(g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4), "-", g.String(fake.Lower, 4))
		}),
		"appsignal-push-api-key": brKeyedBare("APPSIGNAL_PUSH_API_KEY", "appsignal", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"appsynergy-api-key":     brKeyedBare("APPSYNERGY_API_KEY", "appsynergy", func(g *fake.Gen) string { return g.LowerAlnum(64) }, func(g *fake.Gen) string { return g.LowerAlnum(60) }),
		"apptivo-api-key":        brKeyedBare("APPTIVO_API_KEY", "apptivo", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"appwrite-api-key":       brKeyedBare("APPWRITE_API_KEY", "appwrite", func(g *fake.Gen) string { return fake.Join("stand", "ard_", g.Hex(256)) }, func(g *fake.Gen) string { return fake.Join("stand", "ard_", g.Hex(200)) }),
		"arbiscan-api-key":       brKeyedBare("ARBISCAN_API_KEY", "arbiscan", func(g *fake.Gen) string { return upperAlnum(g, 34) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"arcjet-api-key":         brPrefixed("ARCJET_KEY", func(g *fake.Gen) string { return fake.Join("aj", "key_", g.LowerAlnum(26)) }, func(g *fake.Gen) string { return fake.Join("aj", "key_", g.LowerAlnum(20)) }),
		"argocd-auth-token": brKeyedBare("ARGOCD_AUTH_TOKEN", "argocd", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 70), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"arize-api-key":                 brKeyedBare("ARIZE_API_KEY", "arize", func(g *fake.Gen) string { return fake.Join("a", "k-", g.UUID(), "-", saasURL(g, 32)) }, func(g *fake.Gen) string { return fake.Join("a", "k-", g.UUID()) }),
		"artsy-client-secret":           brKeyed("ARTSY_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"asaas-api-key":                 brPrefixed("ASAAS_API_KEY", func(g *fake.Gen) string { return fake.Join("$aa", "ct_prod_", g.MixedAlnum(60)) }, func(g *fake.Gen) string { return fake.Join("$aa", "ct_prod_", g.MixedAlnum(20)) }),
		"aspose-client-secret":          brKeyed("ASPOSE_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"astra-db-application-token":    brPrefixed("ASTRA_DB_APPLICATION_TOKEN", func(g *fake.Gen) string { return fake.Join("Astra", "CS:", g.MixedLetters(24), ":", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("Astra", "CS:", g.MixedLetters(24), ":", g.Hex(40)) }),
		"atera-api-key":                 brKeyed("ATERA_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"audd-api-token":                brKeyedBare("AUDD_API_TOKEN", "audd", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"authorize-net-transaction-key": brKeyed("AUTHORIZENET_TRANSACTION_KEY", func(g *fake.Gen) string { return g.MixedAlnum(16) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"authress-access-key": brPrefixed("AUTHRESS_SERVICE_CLIENT_ACCESS_KEY", func(g *fake.Gen) string {
			return fake.Join("sc", "_", g.MixedAlnum(23), ".", g.LowerAlnum(4), ".acc-", g.LowerAlnum(13), ".", g.MixedAlnum(64))
		}, func(g *fake.Gen) string {
			return fake.Join("sc", "_", g.MixedAlnum(23), ".", g.LowerAlnum(4), ".acc-", g.LowerAlnum(13), ".", g.MixedAlnum(12))
		}),
		"authy-api-key":              brKeyedBare("AUTHY_API_KEY", "authy", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"autodesk-client-secret":     brKeyed("AUTODESK_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(16 + 48*g.IntN(2)) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"autopilot-api-key":          brKeyedBare("AUTOPILOT_API_KEY", "autopilot", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"avalara-avatax-license-key": brKeyed("AVATAX_LICENSE_KEY", func(g *fake.Gen) string { return strings.ToUpper(g.Hex(16)) }, func(g *fake.Gen) string { return strings.ToUpper(g.Hex(20)) }),
		"avaza-api-token":            brKeyedBare("AVAZA_API_TOKEN", "avaza", func(g *fake.Gen) string { return saasDigits(g, 6) + "-" + g.Hex(40) }, func(g *fake.Gen) string { return saasDigits(g, 6) + "-" + g.Hex(30) }),
		"aviationstack-api-key":      brKeyedBare("AVIATIONSTACK_API_KEY", "aviationstack", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"aweber-client-secret":       brKeyed("AWEBER_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"axiom-api-token":            brPrefixed("AXIOM_TOKEN", func(g *fake.Gen) string { return fake.Join("xa", "at-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("xa", "at-", g.Hex(32)) }),
		"axonaut-api-key":            brKeyedBare("AXONAUT_API_KEY", "axonaut", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(36) }),
		"aylien-api-key":             brKeyedBare("AYLIEN_API_KEY", "aylien", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"ayrshare-api-key": brKeyedBare("AYRSHARE_API_KEY", "ayrshare", func(g *fake.Gen) string {
			return fake.Join(upperAlnum(g, 8), "-", upperAlnum(g, 8), "-", upperAlnum(g, 8), "-", upperAlnum(g, 8))
		}, func(g *fake.Gen) string { return fake.Join(upperAlnum(g, 8), "-", upperAlnum(g, 8)) }),
		"azure-ai-search-key": brKeyedBare("AZURE_SEARCH_ADMIN_KEY", "azuresearch", func(g *fake.Gen) string { return g.MixedAlnum(52) }, func(g *fake.Gen) string { return g.MixedAlnum(48) }),
		"azure-communication-services-connection-string": brPrefixed("ACS_CONNECTION_STRING", func(g *fake.Gen) string {
			return fake.Join("endpoint=https://", g.LowerAlnum(8), ".communication.azure.com/;accesskey=", g.String(fake.Alnum+"+/", 86), "==")
		}, func(g *fake.Gen) string {
			return fake.Join("endpoint=https://", g.LowerAlnum(8), ".communication.azure.com/;accesskey=", g.String(fake.Alnum+"+/", 40))
		}),
		"azure-devops-pat": brKeyedBare("AZURE_DEVOPS_PAT", "azuredevops", func(g *fake.Gen) string { return g.String(brBase32, 52) }, func(g *fake.Gen) string { return g.String(brBase32, 54) }),
		"azure-logic-apps-webhook": brPrefixed("LOGIC_APP_TRIGGER_URL", func(g *fake.Gen) string {
			return fake.Join("https://prod-12.westeurope.logic.azure", ".com:443/workflows/", g.Hex(32), "/triggers/manual/paths/invoke?api-version=2016-10-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=", saasURL(g, 43))
		}, func(g *fake.Gen) string {
			return fake.Join("https://prod-12.westeurope.logic.azure", ".com:443/workflows/", g.Hex(32), "/triggers/manual/paths/invoke?api-version=2016-10-01")
		}),
		"azure-signalr-connection-string": brPrefixed("AZURE_SIGNALR_CONNECTION_STRING", func(g *fake.Gen) string {
			return fake.Join("Endpoint=https://", g.LowerAlnum(8), ".service.signalr.net;AccessKey=", g.String(fake.Alnum+"+/", 43), "=;Version=1.0;")
		}, func(g *fake.Gen) string {
			return fake.Join("Endpoint=https://", g.LowerAlnum(8), ".service.signalr.net;AccessKey=", g.String(fake.Alnum+"+/", 20), "=;Version=1.0;")
		}),
		"backblaze-b2-application-key": brKeyedBare("B2_APPLICATION_KEY", "backblaze", func(g *fake.Gen) string { return fake.Join("K", g.String(fake.Digits, 3), g.MixedAlnum(27)) }, func(g *fake.Gen) string { return fake.Join("K", g.String(fake.Digits, 3), g.MixedAlnum(20)) }),
		"baidu-cloud-secret-key":       brKeyed("BAIDU_SECRET_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"baidu-qianfan-api-key":        brPrefixed("QIANFAN_API_KEY", func(g *fake.Gen) string { return fake.Join("bce", "-v3/ALTAK-", g.MixedAlnum(21), "/", g.Hex(40)) }, func(g *fake.Gen) string { return fake.Join("bce", "-v3/ALTAK-", g.MixedAlnum(21), "/", g.Hex(20)) }),
		"bamboohr-api-key":             brKeyedBare("BAMBOOHR_API_KEY", "bamboohr", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"bannerbear-api-key":           brKeyedBare("BANNERBEAR_API_KEY", "bannerbear", func(g *fake.Gen) string { return g.MixedAlnum(22) + "tt" }, func(g *fake.Gen) string { return g.MixedAlnum(30) }),
		"baremetrics-api-key":          brKeyedBare("BAREMETRICS_API_KEY", "baremetrics", func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(22)) }, func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(12)) }),
		"basecrm-access-token":         brKeyedBare("BASECRM_ACCESS_TOKEN", "basecrm", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"baserow-database-token":       brKeyedBare("BASEROW_TOKEN", "baserow", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"basescan-api-key":             brKeyedBare("BASESCAN_API_KEY", "basescan", func(g *fake.Gen) string { return upperAlnum(g, 34) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"baseten-api-key":              brKeyedBare("BASETEN_API_KEY", "baseten", func(g *fake.Gen) string { return g.MixedAlnum(8) + "." + g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(8) + "." + g.MixedAlnum(20) }),
		"beamer-api-key":               brKeyedBare("BEAMER_API_KEY", "beamer", func(g *fake.Gen) string { return fake.Join("b", "_", g.String(fake.Alnum+"_-", 44)) }, func(g *fake.Gen) string { return fake.Join("b", "_", g.MixedAlnum(30)) }),
		"beebole-api-token":            brKeyedBare("BEEBOLE_API_TOKEN", "beebole", func(g *fake.Gen) string { return g.LowerAlnum(40) }, func(g *fake.Gen) string { return g.LowerAlnum(44) }),
		"besnappy-api-key":             brKeyedBare("BESNAPPY_API_KEY", "besnappy", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"besttime-api-key":             brKeyed("BESTTIME_API_KEY_PRIVATE", func(g *fake.Gen) string { return fake.Join("pr", "i_", g.Hex(32)) }, func(g *fake.Gen) string { return fake.Join("pr", "i_", g.Hex(20)) }),
		"betterstack-api-token":        brKeyedBare("BETTERSTACK_API_TOKEN", "betterstack", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(30) }),
		"bfl-api-key":                  brKeyed("BFL_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"bigml-api-key":                brKeyedBare("BIGML_API_KEY", "bigml", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"billomat-api-key":             brKeyedBare("BILLOMAT_API_KEY", "billomat", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"binance-api-secret":           brKeyedBare("BINANCE_API_SECRET", "binance", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(60) }),
		"bing-search-api-key":          brKeyedBare("BING_SEARCH_API_KEY", "bingsearch", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"bintray-api-key":              brKeyedBare("BINTRAY_API_KEY", "bintray", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"bitbar-api-key":               brKeyedBare("BITBAR_API_KEY", "bitbar", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"bitbucket-datacenter-token":   brPrefixed("BITBUCKET_TOKEN", func(g *fake.Gen) string { return fake.Join("BB", "DC-", g.MixedAlnum(44)) }, func(g *fake.Gen) string { return fake.Join("BB", "DC-", g.MixedAlnum(20)) }),
		"bitcoinaverage-api-key":       brKeyedBare("BITCOINAVERAGE_API_KEY", "bitcoinaverage", func(g *fake.Gen) string { return g.MixedAlnum(43) }, func(g *fake.Gen) string { return g.MixedAlnum(48) }),
		"bitfinex-api-secret":          brKeyedBare("BITFINEX_API_SECRET", "bitfinex", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 48) }),
		"bitget-api-secret":            brKeyed("BITGET_API_SECRET", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"bitgo-access-token":           brPrefixed("BITGO_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("v2", "x", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("v2", "x", g.Hex(40)) }),
		"bitly-access-token":           brKeyedBare("BITLY_ACCESS_TOKEN", "bitly", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"bitmex-api-secret":            brKeyed("BITMEX_API_SECRET", func(g *fake.Gen) string { return saasURL(g, 48) }, func(g *fake.Gen) string { return saasURL(g, 52) }),
		"bitrise-access-token":         brKeyedBare("BITRISE_TOKEN", "bitrise", func(g *fake.Gen) string { return saasURL(g, 86) }, func(g *fake.Gen) string { return saasURL(g, 40) }),
		"bitstamp-api-secret":          brKeyedBare("BITSTAMP_API_SECRET", "bitstamp", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"bittrex-api-secret":           brKeyedBare("BITTREX_API_SECRET", "bittrex", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"bitvavo-api-secret":           brKeyed("BITVAVO_API_SECRET", func(g *fake.Gen) string { return g.Hex(128) }, func(g *fake.Gen) string { return g.Hex(100) }),
		"bitwarden-access-token": brKeyedBare("BWS_ACCESS_TOKEN", "bitwarden", func(g *fake.Gen) string {
			return fake.Join("0.", g.UUID(), ".", g.MixedAlnum(30), ":", g.String(fake.Alnum+"+/", 22), "==")
		}, func(g *fake.Gen) string { return fake.Join("0.", g.UUID(), ".", g.MixedAlnum(30)) }),
		"blackfire-token":       brKeyedBare("BLACKFIRE_SERVER_TOKEN", "blackfire", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"bland-ai-api-key":      brKeyedBare("BLAND_API_KEY", "bland", func(g *fake.Gen) string { return fake.Join("or", "g_", g.Hex(86)) }, func(g *fake.Gen) string { return fake.Join("or", "g_", g.Hex(40)) }),
		"blazemeter-api-secret": brKeyedBare("BLAZEMETER_API_SECRET", "blazemeter", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"blitapp-api-key":       brKeyedBare("BLITAPP_API_KEY", "blitapp", func(g *fake.Gen) string { return saasURL(g, 39) }, func(g *fake.Gen) string { return saasURL(g, 44) }),
		"blockcypher-api-token": brKeyedBare("BLOCKCYPHER_TOKEN", "blockcypher", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"blockfrost-project-id": brPrefixed("BLOCKFROST_PROJECT_ID", func(g *fake.Gen) string { return fake.Join("main", "net", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("main", "net", g.MixedAlnum(36)) }),
		"blocknative-api-key":   brKeyedBare("BLOCKNATIVE_API_KEY", "blocknative", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"bluesky-app-password": brKeyed("BLUESKY_APP_PASSWORD", func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4))
		}, func(g *fake.Gen) string {
			return fake.Join(g.LowerAlnum(4), "-", g.LowerAlnum(4), "-", g.LowerAlnum(4))
		}),
		"blynk-auth-token": brKeyedBare("BLYNK_AUTH_TOKEN", "blynk", func(g *fake.Gen) string { return saasURL(g, 32) }, func(g *fake.Gen) string { return saasURL(g, 36) }),
		"bombbomb-api-token": brKeyedBare("BOMBBOMB_API_TOKEN", "bombbomb", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 30), ".ey", "J", saasURL(g, 70), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 30), ".", saasURL(g, 43)) }),
		"boostnote-api-key": brKeyedBare("BOOSTNOTE_API_KEY", "boostnote", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(60) }),
		"borgbase-api-token": brKeyedBare("BORGBASE_API_TOKEN", "borgbase", func(g *fake.Gen) string {
			return fake.Join("ey", "J", saasURL(g, 40), ".ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		}, func(g *fake.Gen) string { return fake.Join("ey", "J", saasURL(g, 40)) }),
		"box-api-token":           brKeyedBare("BOX_DEVELOPER_TOKEN", "boxdeveloper", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"braintrust-api-key":      brKeyedBare("BRAINTRUST_API_KEY", "braintrust", func(g *fake.Gen) string { return fake.Join("s", "k-", g.MixedAlnum(48)) }, func(g *fake.Gen) string { return fake.Join("s", "k-", g.MixedAlnum(30)) }),
		"branch-secret-key":       brPrefixed("BRANCH_SECRET", func(g *fake.Gen) string { return fake.Join("secret", "_live_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("secret", "_live_", g.MixedAlnum(20)) }),
		"brandfetch-api-key":      brKeyedBare("BRANDFETCH_API_KEY", "brandfetch", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"brave-search-api-key":    brKeyedBare("BRAVE_SEARCH_API_KEY", "brave", func(g *fake.Gen) string { return fake.Join("BS", "A", g.MixedAlnum(28)) }, func(g *fake.Gen) string { return fake.Join("BS", "A", g.MixedAlnum(12)) }),
		"braze-api-key":           brKeyedBare("BRAZE_API_KEY", "braze", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"browser-use-api-key":     brPrefixed("BROWSER_USE_API_KEY", func(g *fake.Gen) string { return fake.Join("b", "u_", saasURL(g, 43)) }, func(g *fake.Gen) string { return fake.Join("b", "u_", saasURL(g, 30)) }),
		"browserbase-api-key":     brPrefixed("BROWSERBASE_API_KEY", func(g *fake.Gen) string { return fake.Join("bb", "_live_", g.MixedAlnum(27)) }, func(g *fake.Gen) string { return fake.Join("bb", "_live_", g.MixedAlnum(12)) }),
		"browserstack-access-key": brKeyedBare("BROWSERSTACK_ACCESS_KEY", "browserstack", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"browshot-api-key":        brKeyedBare("BROWSHOT_API_KEY", "browshot", func(g *fake.Gen) string { return g.MixedAlnum(28) }, func(g *fake.Gen) string { return g.MixedAlnum(32) }),
		"bscscan-api-key":         brKeyedBare("BSCSCAN_API_KEY", "bscscan", func(g *fake.Gen) string { return upperAlnum(g, 34) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"buddyns-api-key":         brKeyedBare("BUDDYNS_API_KEY", "buddyns", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"budibase-api-key":        brKeyedBare("BUDIBASE_API_KEY", "budibase", func(g *fake.Gen) string { return g.Hex(32) + "-" + g.Hex(80) }, func(g *fake.Gen) string { return g.Hex(32) + "-" + g.Hex(40) }),
		"bugherd-api-key":         brKeyedBare("BUGHERD_API_KEY", "bugherd", func(g *fake.Gen) string { return g.LowerAlnum(22) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"bugsnag-api-key":         brKeyedBare("BUGSNAG_API_KEY", "bugsnag", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(36) }),
		"bugzilla-api-key":        brKeyedBare("BUGZILLA_API_KEY", "bugzilla", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"buildbuddy-api-key":      brKeyedBare("BUILDBUDDY_API_KEY", "buildbuddy", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"bulbul-api-key":          brKeyedBare("BULBUL_API_KEY", "bulbul", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(36) }),
		"bunny-api-key":           brKeyedBare("BUNNY_API_KEY", "bunny", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"buttercms-api-token":     brKeyedBare("BUTTERCMS_API_TOKEN", "buttercms", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(44) }),
		"buttondown-api-key":      brKeyedBare("BUTTONDOWN_API_KEY", "buttondown", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(32) }),
		"bybit-api-secret":        brKeyed("BYBIT_API_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(36) }, func(g *fake.Gen) string { return g.MixedAlnum(40) }),
		"onepassword-secret-key": brPrefixed("OP_SECRET_KEY", func(g *fake.Gen) string {
			return fake.Join("A", "3-", upperAlnum(g, 6), "-", upperAlnum(g, 6), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5), "-", upperAlnum(g, 5))
		}, func(g *fake.Gen) string {
			return fake.Join("A", "3-", upperAlnum(g, 6), "-", upperAlnum(g, 6), "-", upperAlnum(g, 5))
		}),
	}
}

// brKeyed builds the cases of a rule that needs the provider's name next to
// the value: positives assign the value to env in assorted file formats, on a
// docker command line and as a CLI flag; negatives put the value under an
// unrelated name, cut it in half, use a placeholder and the bad values given.
func brKeyed(env string, value func(g *fake.Gen) string, bad ...func(g *fake.Gen) string) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		v := value(g)
		flag := "--" + strings.ReplaceAll(strings.ToLower(env), "_", "-")
		c := ruleCases{
			Positives: []string{
				saasAssign(g, env, v),
				"docker run --rm -e " + env + "=" + value(g) + " app:latest\n",
				"$ app sync " + flag + "=" + value(g) + " --verbose\n",
			},
			Negatives: []string{
				saasAssign(g, "SERVICE_API_KEY", v),
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

// brPrefixed builds the cases of a rule whose token carries its own prefix:
// positives in a config file and in an HTTP header; negatives with half the
// token, a placeholder and the bad values given.
func brPrefixed(env string, value func(g *fake.Gen) string, bad ...func(g *fake.Gen) string) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		v := value(g)
		c := ruleCases{
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

// brBase32 is the lower-case base32 alphabet of legacy Azure DevOps tokens.
const brBase32 = "abcdefghijklmnopqrstuvwxyz234567"

// brKeyedBare is brKeyed plus positives where the provider's bare name
// labels the value (a JSON settings block) or a nested YAML section.
func brKeyedBare(env, name string, value func(g *fake.Gen) string, bad ...func(g *fake.Gen) string) caseBuilder {
	keyed := brKeyed(env, value, bad...)
	return func(g *fake.Gen) ruleCases {
		c := keyed(g)
		c.Positives = append(c.Positives, "{\n  \"providers\": {\n    \""+name+"\": \""+value(g)+"\"\n  }\n}\n",
			brNested(name, "api_key", value(g)))
		return c
	}
}

// brNested renders the value under the provider's name in nested YAML.
func brNested(name, key, value string) string {
	return "integrations:\n  " + name + ":\n    " + key + ": " + value + "\n    enabled: true\n"
}
