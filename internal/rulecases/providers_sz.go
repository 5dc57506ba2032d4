package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// szGen makes one random value of a rule's test cases.
type szGen = func(g *fake.Gen) string

// providersSZCases are the generated test cases of the rules in the providers: S to Z section of rules.toml:
// providers whose name starts with S to Z.
func providersSZCases() map[string]Builder {
	return map[string]Builder{
		"turbopuffer-api-key":            szPrefixed("TURBOPUFFER_API_KEY", fake.Join("tp", "uf_"), szMixed(32), szTok("tp", "uf_", szMixed(70))),
		"twelvelabs-api-key":             szPrefixed("TWELVE_LABS_API_KEY", fake.Join("tl", "k_"), szUpper(28), szTok("tl", "k_", szLower(28))),
		"vectara-api-key":                szPrefixed("VECTARA_API_KEY", fake.Join("zw", "t_"), szB64URL(42), szTok("zw", "t_", szMixed(20))),
		"zep-api-key":                    szPrefixed("ZEP_API_KEY", fake.Join("z_1dW", "lkIjoi"), szJoinGen(szB64URL(52), szLit("."), szB64URL(86)), szTok("z_1dWlk", "Ijoi", szB64URL(52), ".", szB64URL(20))),
		"trigger-dev-secret-key":         szPrefixed("TRIGGER_SECRET_KEY", fake.Join("tr_p", "rod_"), szMixed(24), szTok("tr", "_test_", szMixed(24))),
		"scrapegraph-api-key":            szPrefixed("SGAI_API_KEY", fake.Join("sg", "ai-"), szUUIDGen, szTok("sg", "ai-", szHex(32))),
		"voiceflow-api-key":              szPrefixed("VOICEFLOW_API_KEY", fake.Join("VF.", "DM."), szJoinGen(szHex(24), szLit("."), szMixed(16)), szTok("VF", ".DM.", szHex(24), ".", szMixed(8))),
		"tinybird-token":                 szPrefixed("TINYBIRD_TOKEN", fake.Join("p.", "eyJ"), szJoinGen(szB64URL(120), szLit("."), szB64URL(43)), szTok("p.", "eyJ", szB64URL(12), ".", szB64URL(43))),
		"zhipu-api-key":                  szAnchored("ZHIPUAI_API_KEY", szJoinGen(szHex(32), szLit("."), szMixed(16)), szJoinGen(szHex(32), szLit("."), szMixed(10))),
		"upstage-api-key":                szAnchored("UPSTAGE_API_KEY", szPre("up_", szMixed(28)), szMixed(12)),
		"sambanova-api-key":              szAnchored("SAMBANOVA_API_KEY", szUUIDGen, szHex(32)),
		"siliconflow-api-key":            szAnchored("SILICONFLOW_API_KEY", szPre("sk-", szLowerLetters(48)), szPre("sk-", szLowerLetters(30))),
		"volcengine-ark-api-key":         szAnchored("ARK_API_KEY", szUUIDGen, szHex(32)),
		"segmind-api-key":                szAnchored("SEGMIND_API_KEY", szPre("SG_", szHex(16)), szPre("SG_", szHex(10))),
		"scale-ai-api-key":               szAnchored("SCALE_API_KEY", szPre("live_", szHex(32)), szPre("live_", szHex(20))),
		"vapi-api-key":                   szAnchored("VAPI_PRIVATE_KEY", szUUIDGen, szHex(32)),
		"speechmatics-api-key":           szAnchored("SPEECHMATICS_API_KEY", szMixed(32), szMixed(20)),
		"unstructured-api-key":           szAnchored("UNSTRUCTURED_API_KEY", szMixed(30), szMixed(20)),
		"wit-ai-token":                   szAnchored("WIT_AI_SERVER_TOKEN", szUpper(32), szLower(32)),
		"serpapi-api-key":                szAnchoredURL("SERPAPI_API_KEY", "https://serpapi.com/search.json?engine=google&q=coffee&api_key=", szHex(64), szHex(40)),
		"serper-api-key":                 szAnchored("SERPER_API_KEY", szHex(40), szHex(32)),
		"scraperapi-api-key":             szAnchoredURL("SCRAPERAPI_KEY", "https://api.scraperapi.com/?url=https://httpbin.org/ip&api_key=", szHex(32), szNotHex(32)),
		"scrapingbee-api-key":            szAnchoredURL("SCRAPINGBEE_API_KEY", "https://app.scrapingbee.com/api/v1/?url=https://httpbin.org&api_key=", szUpper(80), szUpper(60)),
		"scrapfly-api-key":               szPrefixed("SCRAPFLY_KEY", fake.Join("scp-", "live-"), szLowerAlnum(32), szTok("scp", "-live-", szUpper(32))),
		"zenrows-api-key":                szAnchoredURL("ZENROWS_API_KEY", "https://api.zenrows.com/v1/?url=https://httpbin.io/anything&apikey=", szHex(40), szHex(32)),
		"scrapingant-api-key":            szAnchored("SCRAPINGANT_API_KEY", szHex(32), szNotHex(32)),
		"serpstack-api-key":              szAnchoredURL("SERPSTACK_ACCESS_KEY", "https://api.serpstack.com/search?query=mcdonalds&access_key=", szLowerAlnum(32), szUpper(32)),
		"zenserp-api-key":                szAnchoredURL("ZENSERP_API_KEY", "https://app.zenserp.com/api/v2/search?q=pied+piper&apikey=", szUUIDGen, szHex(32)),
		"shippo-api-token":               szPrefixed("SHIPPO_API_TOKEN", fake.Join("shippo", "_live_"), szHex(40), szTok("shippo", "_live_", szNotHex(40))),
		"sumup-api-key":                  szPrefixed("SUMUP_API_KEY", fake.Join("sup", "_sk_"), szMixed(32), szTok("sup", "_pk_", szMixed(32))),
		"workos-api-key":                 szPrefixed("WORKOS_API_KEY", fake.Join("sk_live", "_a2V5Xz"), szAlnumN(69), szTok("sk", "_live_", "a2V5Xz", szMixed(20))),
		"squarespace-api-key":            szAnchored("SQUARESPACE_API_KEY", szUUIDGen, szHex(32)),
		"stytch-secret":                  szAnchored("STYTCH_SECRET", szJoinGen(szLit("secret-live-"), szB64URL(35), szLit("=")), szJoinGen(szLit("secret-live-"), szB64URL(20), szLit("="))),
		"tickettailor-api-key":           szAnchored("TICKET_TAILOR_API_KEY", szJoinGen(szLit("sk_"), szDigitsN(4), szLit("_"), szDigitsN(6), szLit("_"), szHex(32)), szJoinGen(szLit("sk_"), szDigitsN(4), szLit("_"), szHex(32))),
		"taxjar-api-token":               szAnchored("TAXJAR_API_KEY", szHex(32), szNotHex(32)),
		"tradier-access-token":           szAnchored("TRADIER_ACCESS_TOKEN", szMixed(28), szMixed(20)),
		"wise-api-token":                 szAnchored("WISE_API_TOKEN", szUUIDGen, szHex(32)),
		"woocommerce-consumer-secret":    szAnchored("WOOCOMMERCE_CONSUMER_SECRET", szPre("cs_", szHex(40)), szPre("cs_", szHex(30))),
		"twelvedata-api-key":             szAnchoredURL("TWELVEDATA_API_KEY", "https://api.twelvedata.com/time_series?symbol=AAPL&interval=1min&apikey=", szLowerAlnum(32), szUpper(32)),
		"tiingo-api-token":               szAnchoredURL("TIINGO_API_KEY", "https://api.tiingo.com/tiingo/daily/aapl/prices?token=", szHex(40), szHex(32)),
		"xero-client-secret":             szAnchored("XERO_CLIENT_SECRET", szB64URL(48), szB64URL(30)),
		"tailscale-api-key":              szPrefixed("TS_AUTHKEY", fake.Join("tskey", "-auth-"), szJoinGen(szMixed(12), szLit("CNTRL-"), szMixed(32)), szTok("tskey", "-auth-", szMixed(12))),
		"unkey-root-key":                 szPrefixed("UNKEY_ROOT_KEY", fake.Join("unk", "ey_"), szMixed(24), szTok("un", "key_", szMixed(8))),
		"upcloud-api-token":              szPrefixed("UPCLOUD_TOKEN", fake.Join("uc", "at_"), szUpper(26), szTok("uc", "at_", szUpper(10))),
		"val-town-api-token":             szPrefixed("VALTOWN_TOKEN", fake.Join("vt", "wn_"), szMixed(32), szTok("vt", "wn_", szMixed(9))),
		"thunderstore-api-token":         szPrefixed("THUNDERSTORE_TOKEN", fake.Join("ts", "s_"), szMixed(32), szTok("ts", "s_", szMixed(9))),
		"samsara-api-token":              szPrefixed("SAMSARA_API_TOKEN", fake.Join("samsar", "a_api_"), szMixed(30), szTok("samsara", "_api_", szMixed(12))),
		"scalingo-api-token":             szPrefixed("SCALINGO_API_TOKEN", fake.Join("tk-", "us-"), szB64URL(48), szTok("tk", "-us-", szMixed(20))),
		"settlemint-token":               szPrefixed("SETTLEMINT_ACCESS_TOKEN", fake.Join("sm_", "pat_"), szMixed(16), szTok("sm", "_pat_", szMixed(10))),
		"zuplo-api-key":                  szPrefixed("ZUPLO_API_KEY", fake.Join("zp", "ka_"), szJoinGen(szLowerAlnum(32), szLit("_"), szHex(8)), szTok("zp", "ka_", szLowerAlnum(32))),
		"ubidots-token":                  szPrefixed("UBIDOTS_TOKEN", fake.Join("BB", "FF-"), szMixed(30), szTok("BB", "FF-", szMixed(12))),
		"sourcegraph-cody-token":         szPrefixed("CODY_GATEWAY_TOKEN", fake.Join("sl", "k_"), szHex(64), szTok("sl", "k_", szNotHex(64))),
		"spectralops-token":              szPrefixed("SPECTRAL_DSN_TOKEN", fake.Join("sp", "u-"), szLowerAlnum(32), szTok("sp", "u-", szUpper(32))),
		"salad-cloud-api-key":            szPrefixed("SALAD_API_KEY", fake.Join("salad_", "cloud_"), szJoinGen(szMixed(6), szLit("_"), szMixed(60)), szTok("salad", "_cloud_", szMixed(30))),
		"trufflehog-enterprise-secret":   szPrefixed("THOG_SECRET", fake.Join("thog-s", "ecret-"), szHex(32), szTok("thog", "-secret-", szNotHex(32))),
		"teamwork-api-token":             szPrefixed("TEAMWORK_API_TOKEN", fake.Join("tkn", ".v1_"), szJoinGen(szMixed(71), szLit("=")), szTok("tkn", ".v1_", szMixed(30), "=")),
		"typeform-pat":                   szPrefixed("TYPEFORM_TOKEN", fake.Join("tf", "p_"), szJoinGen(szMixed(44), szLit("_"), szMixed(14)), szTok("tf", "p_", szMixed(20))),
		"wakatime-api-key":               szPrefixed("WAKATIME_API_KEY", fake.Join("wa", "ka_"), szUUIDGen, szTok("wa", "ka_", szHex(20))),
		"salesforce-refresh-token":       szPrefixed("SALESFORCE_REFRESH_TOKEN", fake.Join("5AE", "P861"), szJoinGen(szMixed(80), szLit("."), szMixed(6)), szTok("5AEP", "861", szMixed(40))),
		"yandex-cloud-api-key":           szPrefixed("YC_API_KEY", fake.Join("AQ", "VN"), szB64URL(36), szTok("AQ", "VN", szMixed(20))),
		"workato-api-token":              szPrefixed("WORKATO_API_TOKEN", fake.Join("wrka", "-eyJ"), szJoinGen(szB64URL(30), szLit("."), szB64URL(40), szLit("."), szB64URL(86)), szTok("wr", "ka-eyJ", szB64URL(30), ".", szB64URL(40))),
		"wix-api-key":                    szPrefixed("WIX_API_KEY", fake.Join("IST", ".eyJ"), szJoinGen(szB64URL(40), szLit("."), szB64URL(200), szLit("."), szB64URL(86)), szTok("IS", "T.eyJ", szB64URL(40))),
		"sumsub-app-token":               szPrefixed("SUMSUB_APP_TOKEN", fake.Join("pr", "d:"), szJoinGen(szMixed(24), szLit("."), szMixed(32)), szTok("prd", ":", szMixed(24))),
		"snyk-api-token":                 szAnchored("SNYK_TOKEN", szUUIDGen, szHex(32)),
		"saucelabs-access-key":           szAnchored("SAUCE_ACCESS_KEY", szUUIDGen, szHex(32)),
		"travisci-token":                 szAnchored("TRAVIS_API_TOKEN", szMixed(22), szMixed(16)),
		"sidekiq-secret":                 szSidekiqCases,
		"testingbot-secret":              szAnchored("TESTINGBOT_SECRET", szLowerAlnum(32), szUpper(32)),
		"sumologic-access-key":           szAnchored("SUMO_ACCESS_KEY", szMixed(64), szMixed(40)),
		"splunk-hec-token":               szAnchored("SPLUNK_HEC_TOKEN", szUUIDGen, szHex(32)),
		"sendbird-api-token":             szAnchored("SENDBIRD_API_TOKEN", szHex(40), szHex(32)),
		"signalwire-api-token":           szAnchored("SIGNALWIRE_TOKEN", szPre("PT", szHex(48)), szPre("PT", szHex(30))),
		"telnyx-api-key":                 szAnchored("TELNYX_API_KEY", szJoinGen(szLit("KEY"), szHexUpper(32), szLit("_"), szMixed(22)), szJoinGen(szLit("KEY"), szHexUpper(32))),
		"vonage-api-secret":              szAnchored("VONAGE_API_SECRET", szMixed(16), szMixed(10)),
		"textmagic-api-key":              szAnchored("TEXTMAGIC_API_KEY", szMixed(30), szMixed(20)),
		"tyntec-api-key":                 szAnchored("TYNTEC_API_KEY", szMixed(32), szMixed(20)),
		"sparkpost-api-key":              szAnchored("SPARKPOST_API_KEY", szHex(40), szNotHex(40)),
		"zerobounce-api-key":             szAnchoredURL("ZEROBOUNCE_API_KEY", "https://api.zerobounce.net/v2/validate?email=ops@corp.invalid&api_key=", szLowerAlnum(32), szUpper(32)),
		"zulip-api-key":                  szAnchored("ZULIP_API_KEY", szMixed(32), szMixed(20)),
		"webex-bot-token":                szAnchored("WEBEX_BOT_TOKEN", szJoinGen(szMixed(64), szLit("_"), szMixed(4), szLit("_"), szUUIDGen), szJoinGen(szMixed(64), szLit("_"), szMixed(4))),
		"zoom-client-secret":             szAnchored("ZOOM_CLIENT_SECRET", szMixed(32), szMixed(22)),
		"twitter-api-secret":             szAnchored("TWITTER_CONSUMER_SECRET", szMixed(50), szMixed(45)),
		"twitter-access-token-secret":    szAnchored("TWITTER_ACCESS_TOKEN_SECRET", szMixed(45), szMixed(50)),
		"trello-token":                   szAnchored("TRELLO_TOKEN", szPre("ATTA", szHex(68)), szHex(32)),
		"todoist-api-token":              szAnchored("TODOIST_API_TOKEN", szHex(40), szHex(32)),
		"toggl-api-token":                szAnchored("TOGGL_API_TOKEN", szHex(32), szNotHex(32)),
		"shortcut-api-token":             szAnchored("SHORTCUT_API_TOKEN", szUUIDGen, szHex(32)),
		"smartsheet-api-token":           szAnchored("SMARTSHEET_ACCESS_TOKEN", szMixed(37), szMixed(30)),
		"statuspage-api-key":             szAnchored("STATUSPAGE_API_KEY", szUUIDGen, szHex(32)),
		"storyblok-access-token":         szAnchored("STORYBLOK_TOKEN", szJoinGen(szMixed(22), szLit("tt")), szMixed(24)),
		"sanity-api-token":               szAnchored("SANITY_API_TOKEN", szPre("sk", szMixed(180)), szPre("sk", szMixed(30))),
		"strapi-api-token":               szAnchored("STRAPI_API_TOKEN", szHex(256), szHex(64)),
		"webflow-api-token":              szAnchored("WEBFLOW_API_TOKEN", szHex(64), szHex(40)),
		"wistia-api-token":               szAnchored("WISTIA_API_TOKEN", szLowerAlnum(64), szLowerAlnum(40)),
		"vimeo-access-token":             szAnchored("VIMEO_ACCESS_TOKEN", szHex(32), szNotHex(32)),
		"virustotal-api-key":             szAnchored("VIRUSTOTAL_API_KEY", szHex(64), szHex(40)),
		"shodan-api-key":                 szAnchoredURL("SHODAN_API_KEY", "https://api.shodan.io/shodan/host/8.8.8.8?key=", szMixed(32), szMixed(20)),
		"securitytrails-api-key":         szAnchored("SECURITYTRAILS_API_KEY", szMixed(32), szMixed(20)),
		"urlscan-api-key":                szAnchored("URLSCAN_API_KEY", szUUIDGen, szHex(32)),
		"zerotier-api-token":             szAnchored("ZEROTIER_API_TOKEN", szMixed(32), szMixed(20)),
		"uptimerobot-api-key":            szAnchored("UPTIMEROBOT_API_KEY", szJoinGen(szLit("u"), szDigitsN(7), szLit("-"), szHex(24)), szJoinGen(szLit("u"), szDigitsN(7), szLit("-"), szHex(12))),
		"unsplash-secret-key":            szAnchored("UNSPLASH_SECRET_KEY", szB64URL(43), szB64URL(30)),
		"tomtom-api-key":                 szAnchoredURL("TOMTOM_API_KEY", "https://api.tomtom.com/search/2/geocode/London.json?key=", szMixed(32), szMixed(20)),
		"tomorrow-io-api-key":            szAnchoredURL("TOMORROW_IO_API_KEY", "https://api.tomorrow.io/v4/weather/forecast?location=42.3478,-71.0466&apikey=", szMixed(32), szMixed(20)),
		"weatherstack-api-key":           szAnchoredURL("WEATHERSTACK_ACCESS_KEY", "https://api.weatherstack.com/current?query=New+York&access_key=", szLowerAlnum(32), szUpper(32)),
		"weatherbit-api-key":             szAnchoredURL("WEATHERBIT_API_KEY", "https://api.weatherbit.io/v2.0/current?city=Raleigh&key=", szHex(32), szNotHex(32)),
		"visualcrossing-api-key":         szAnchoredURL("VISUALCROSSING_API_KEY", "https://weather.visualcrossing.com/VisualCrossingWebServices/rest/services/timeline/London?unitGroup=metric&key=", szUpper(25), szLower(25)),
		"yelp-api-key":                   szAnchored("YELP_API_KEY", szB64URL(128), szB64URL(64)),
		"ynab-access-token":              szAnchored("YNAB_ACCESS_TOKEN", szHex(64), szHex(40)),
		"yandex-iam-token":               szAnchored("YC_IAM_TOKEN", szJoinGen(szLit("t1."), szB64URL(40), szLit("."), szB64URL(86)), szJoinGen(szLit("t1."), szB64URL(40), szLit("."), szB64URL(40))),
		"yandex-static-key-secret":       szAnchored("YANDEX_SECRET_KEY", szPre("YC", szB64URL(38)), szPre("YC", szB64URL(20))),
		"zoho-oauth-token":               szAnchored("ZOHO_REFRESH_TOKEN", szJoinGen(szLit("1000."), szHex(32), szLit("."), szHex(32)), szJoinGen(szLit("1000."), szHex(32))),
		"upstash-token":                  szAnchored("UPSTASH_REDIS_REST_TOKEN", szPre("AX", szMixed(60)), szPre("AX", szMixed(20))),
		"uploadcare-secret-key":          szAnchored("UPLOADCARE_SECRET_KEY", szLowerAlnum(20), szUpper(20)),
		"thinkific-api-key":              szAnchored("THINKIFIC_API_KEY", szHex(32), szNotHex(32)),
		"ticketmaster-api-key":           szAnchoredURL("TICKETMASTER_API_KEY", "https://app.ticketmaster.com/discovery/v2/events.json?size=1&apikey=", szMixed(32), szMixed(20)),
		"sslmate-api-key":                szAnchored("SSLMATE_API_KEY", szMixed(36), szMixed(20)),
		"salesforce-access-token":        szPrefixed("SALESFORCE_ACCESS_TOKEN", fake.Join("0", "0D"), szJoinGen(szMixed(12), szLit("!"), szMixed(96)), szTok("00", "D", szMixed(12), "!", szMixed(20))),
		"strava-client-secret":           szAnchored("STRAVA_CLIENT_SECRET", szHex(40), szHex(32)),
		"spotify-client-secret":          szAnchored("SPOTIFY_CLIENT_SECRET", szHex(32), szNotHex(32)),
		"zapier-webhook-url":             szZapierCases,
		"tines-webhook-url":              szTinesCases,
		"sidekiq-sensitive-url":          szSidekiqURLCases,
		"tableau-pat-secret":             szTableauCases,
		"salesblink-api-key":             szAnchored("SALESBLINK_API_KEY", szPre("key-", szMixed(64)), szPre("key-", szMixed(40))),
		"salescookie-api-key":            szAnchored("SALESCOOKIE_API_KEY", szMixed(32), szMixed(21)),
		"salesflare-api-key":             szAnchored("SALESFLARE_API_KEY", szMixed(45), szMixed(30)),
		"salesmate-api-key":              szAnchored("SALESMATE_API_KEY", szUUIDGen, szHex(32)),
		"satismeter-write-key":           szAnchored("SATISMETER_API_KEY", szMixed(32), szMixed(21)),
		"scrapeowl-api-key":              szAnchored("SCRAPEOWL_API_KEY", szLowerAlnum(30), szUpper(30)),
		"scraperbox-api-key":             szAnchored("SCRAPERBOX_API_KEY", szUpper(32), szLower(32)),
		"scrapestack-api-key":            szAnchoredURL("SCRAPESTACK_ACCESS_KEY", "https://api.scrapestack.com/scrape?url=https://apple.com&access_key=", szLowerAlnum(32), szUpper(32)),
		"screenshotapi-api-key":          szAnchored("SCREENSHOTAPI_API_KEY", szJoinGen(szUpper(7), szLit("-"), szUpper(7), szLit("-"), szUpper(7), szLit("-"), szUpper(7)), szJoinGen(szUpper(7), szLit("-"), szUpper(7))),
		"screenshotlayer-api-key":        szAnchoredURL("SCREENSHOTLAYER_API_KEY", "https://api.screenshotlayer.com/api/capture?url=https://apple.com&access_key=", szMixed(32), szMixed(20)),
		"scrutinizer-api-token":          szAnchored("SCRUTINIZER_ACCESS_TOKEN", szLowerAlnum(64), szUpper(64)),
		"selectpdf-api-key":              szAnchored("SELECTPDF_API_KEY", szUUIDGen, szHex(32)),
		"serphouse-api-key":              szAnchored("SERPHOUSE_API_KEY", szMixed(60), szMixed(40)),
		"sheety-api-token":               szAnchored("SHEETY_TOKEN", szLowerAlnum(64), szUpper(64)),
		"sherpadesk-api-key":             szAnchored("SHERPADESK_API_KEY", szLowerAlnum(32), szUpper(32)),
		"shipday-api-key":                szAnchored("SHIPDAY_API_KEY", szMixed(31), szMixed(20)),
		"shotstack-api-key":              szAnchored("SHOTSTACK_API_KEY", szMixed(40), szMixed(26)),
		"shutterstock-oauth-token":       szAnchored("SHUTTERSTOCK_TOKEN", szPre("v2/", szMixed(388)), szPre("v2/", szMixed(100))),
		"signable-api-key":               szAnchored("SIGNABLE_API_KEY", szMixed(32), szMixed(21)),
		"signaturit-api-token":           szAnchored("SIGNATURIT_TOKEN", szMixed(86), szMixed(57)),
		"signupgenius-api-key":           szAnchored("SIGNUPGENIUS_API_KEY", szMixed(32), szMixed(21)),
		"sigopt-api-token":               szAnchored("SIGOPT_API_TOKEN", szUpper(48), szLower(48)),
		"simfin-api-key":                 szAnchored("SIMFIN_API_KEY", szMixed(32), szMixed(21)),
		"simplesat-api-key":              szAnchored("SIMPLESAT_API_KEY", szLowerAlnum(40), szUpper(40)),
		"simvoly-api-key":                szAnchored("SIMVOLY_API_KEY", szLowerAlnum(33), szUpper(33)),
		"sinch-api-token":                szAnchored("SINCH_API_TOKEN", szLowerAlnum(32), szUpper(32)),
		"sirv-client-secret":             szAnchored("SIRV_CLIENT_SECRET", szPre("", szJoinGen(szMixed(86), szLit("=="))), szJoinGen(szMixed(40), szLit("=="))),
		"siteleaf-api-secret":            szAnchored("SITELEAF_API_SECRET", szLowerAlnum(32), szUpper(32)),
		"skrapp-api-key":                 szAnchored("SKRAPP_API_KEY", szMixed(42), szMixed(28)),
		"skybiometry-api-secret":         szAnchored("SKYBIOMETRY_API_SECRET", szLowerAlnum(26), szUpper(26)),
		"smartystreets-auth-token":       szAnchored("SMARTYSTREETS_AUTH_TOKEN", szMixed(20), szMixed(13)),
		"smooch-secret":                  szAnchored("SMOOCH_SECRET", szB64URL(86), szB64URL(40)),
		"snipcart-secret-key":            szAnchored("SNIPCART_SECRET_KEY", szMixed(75), szMixed(40)),
		"solarwinds-observability-token": szAnchored("SOLARWINDS_API_TOKEN", szB64URL(71), szB64URL(47)),
		"speechtext-api-key":             szAnchored("SPEECHTEXT_API_KEY", szHex(32), szNotHex(32)),
		"spoonacular-api-key":            szAnchoredURL("SPOONACULAR_API_KEY", "https://api.spoonacular.com/recipes/complexSearch?query=pasta&apiKey=", szLowerAlnum(32), szUpper(32)),
		"sportsmonk-api-token":           szAnchored("SPORTMONKS_API_TOKEN", szMixed(60), szMixed(40)),
		"statuscake-api-key":             szAnchored("STATUSCAKE_API_KEY", szMixed(20), szMixed(13)),
		"statuspal-api-key":              szAnchored("STATUSPAL_API_KEY", szMixed(32), szMixed(21)),
		"stitchdata-api-token":           szAnchored("STITCHDATA_API_TOKEN", szLowerAlnum(35), szUpper(35)),
		"stockdata-api-key":              szAnchoredURL("STOCKDATA_API_TOKEN", "https://api.stockdata.org/v1/data/quote?symbols=AAPL&api_token=", szMixed(40), szMixed(26)),
		"storecove-api-key":              szAnchored("STORECOVE_API_KEY", szB64URL(43), szB64URL(28)),
		"stormboard-api-key":             szAnchored("STORMBOARD_API_KEY", szHex(40), szNotHex(40)),
		"stormglass-api-key":             szAnchored("STORMGLASS_API_KEY", szJoinGen(szUUIDGen, szLit("-"), szUUIDGen), szUUIDGen),
		"streak-api-key":                 szAnchored("STREAK_API_KEY", szHex(32), szNotHex(32)),
		"sugester-api-key":               szAnchored("SUGESTER_API_KEY", szMixed(32), szMixed(21)),
		"supernotes-api-key":             szAnchored("SUPERNOTES_API_KEY", szB64URL(43), szB64URL(28)),
		"surveysparrow-api-token":        szAnchored("SURVEYSPARROW_ACCESS_TOKEN", szB64URL(88), szB64URL(58)),
		"surveybot-api-key":              szAnchored("SURVEYBOT_API_KEY", szMixed(80), szMixed(50)),
		"survicate-api-key":              szAnchored("SURVICATE_API_KEY", szLowerAlnum(32), szUpper(32)),
		"teamgate-api-token":             szAnchored("TEAMGATE_TOKEN", szLowerAlnum(40), szUpper(40)),
		"technicalanalysisapi-key":       szAnchored("TECHNICALANALYSISAPI_API_KEY", szUpper(48), szLower(48)),
		"tefter-api-key":                 szAnchored("TEFTER_API_KEY", szMixed(20), szMixed(13)),
		"teletype-api-token":             szAnchored("TELETYPE_TOKEN", szMixed(64), szMixed(40)),
		"theoddsapi-api-key":             szAnchored("THE_ODDS_API_KEY", szHex(32), szNotHex(32)),
		"thousandeyes-api-token":         szAnchored("THOUSANDEYES_TOKEN", szMixed(32), szMixed(21)),
		"timecamp-api-token":             szAnchored("TIMECAMP_API_TOKEN", szLowerAlnum(26), szUpper(26)),
		"timezoneapi-api-key":            szAnchored("TIMEZONEAPI_API_KEY", szLetters(20), szMixed(14)),
		"tmetric-api-token":              szAnchored("TMETRIC_API_TOKEN", szUpper(64), szLower(64)),
		"tokeet-api-key":                 szAnchored("TOKEET_API_KEY", szUUIDGen, szHex(32)),
		"travelpayouts-api-token":        szAnchored("TRAVELPAYOUTS_TOKEN", szLowerAlnum(32), szUpper(32)),
		"twist-api-token":                szAnchored("TWIST_ACCESS_TOKEN", szHex(40), szNotHex(40)),
		"typetalk-api-token":             szAnchored("TYPETALK_TOKEN", szMixed(64), szMixed(42)),
		"unifyid-api-key":                szAnchored("UNIFYID_API_KEY", szB64URL(44), szB64URL(30)),
		"unplugg-api-key":                szAnchored("UNPLUGG_API_KEY", szLowerAlnum(64), szUpper(64)),
		"upcdatabase-api-key":            szAnchoredURL("UPCDATABASE_API_KEY", "https://api.upcdatabase.org/product/0111222333446?apikey=", szUpper(32), szLower(32)),
		"uplead-api-key":                 szAnchored("UPLEAD_API_KEY", szLowerAlnum(32), szUpper(32)),
		"upwave-api-token":               szAnchored("UPWAVE_TOKEN", szLowerAlnum(32), szUpper(32)),
		"userflow-api-key":               szAnchored("USERFLOW_API_KEY", szPre("ak_", szLowerAlnum(26)), szPre("ak_", szUpper(26))),
		"userstack-api-key":              szAnchoredURL("USERSTACK_ACCESS_KEY", "https://api.userstack.com/detect?ua=Mozilla&access_key=", szLowerAlnum(32), szUpper(32)),
		"vatlayer-api-key":               szAnchoredURL("VATLAYER_ACCESS_KEY", "https://apilayer.net/api/validate?vat_number=LU26375245&vatlayer_access_key=", szLowerAlnum(32), szUpper(32)),
		"vbout-api-key":                  szAnchored("VBOUT_API_KEY", szDigitsN(25), szDigitsN(15)),
		"verimail-api-key":               szAnchored("VERIMAIL_API_KEY", szUpper(32), szLower(32)),
		"veriphone-api-key":              szAnchored("VERIPHONE_API_KEY", szUpper(32), szLower(32)),
		"versioneye-api-key":             szAnchored("VERSIONEYE_API_KEY", szMixed(40), szMixed(25)),
		"voicegain-api-token":            szAnchored("VOICEGAIN_API_TOKEN", szJoinGen(szLit("eyJ"), szB64URL(33), szLit(".eyJ"), szB64URL(106), szLit("."), szB64URL(43)), szJoinGen(szLit("eyJ"), szB64URL(33), szLit(".eyJ"), szB64URL(106))),
		"voodoosms-api-key":              szAnchored("VOODOOSMS_API_KEY", szMixed(46), szMixed(30)),
		"vouchery-api-key":               szAnchored("VOUCHERY_API_KEY", szUUIDGen, szHex(32)),
		"vpnapi-api-key":                 szAnchored("VPNAPI_API_KEY", szMixed(32), szMixed(21)),
		"vyte-api-key":                   szAnchored("VYTE_API_KEY", szLowerAlnum(50), szUpper(50)),
		"walkscore-api-key":              szAnchoredURL("WALKSCORE_API_KEY", "https://api.walkscore.com/score?format=json&lat=47.6085&lon=-122.3295&wskey=", szLowerAlnum(32), szUpper(32)),
		"web3storage-api-token":          szAnchored("WEB3STORAGE_TOKEN", szJoinGen(szLit("eyJ"), szB64URL(33), szLit(".eyJ"), szB64URL(150), szLit("."), szB64URL(43)), szJoinGen(szLit("eyJ"), szB64URL(33), szLit(".eyJ"), szB64URL(40), szLit("."), szB64URL(43))),
		"webscraper-api-token":           szAnchored("WEBSCRAPER_API_TOKEN", szMixed(60), szMixed(40)),
		"webscraping-ai-api-key":         szAnchored("WEBSCRAPING_AI_API_KEY", szUUIDGen, szHex(20)),
		"websitepulse-api-key":           szAnchored("WEBSITEPULSE_API_KEY", szHex(32), szNotHex(32)),
		"wepay-access-token":             szAnchored("WEPAY_ACCESS_TOKEN", szPre("PRODUCTION_", szHex(64)), szPre("PRODUCTION_", szHex(30))),
		"whoxy-api-key":                  szAnchoredURL("WHOXY_API_KEY", "https://api.whoxy.com/?whois=google.com&key=", szLowerAlnum(33), szUpper(33)),
		"wiz-client-secret":              szAnchored("WIZ_CLIENT_SECRET", szMixed(64), szMixed(42)),
		"worksnaps-api-token":            szAnchored("WORKSNAPS_TOKEN", szMixed(40), szMixed(26)),
		"workstack-api-token":            szAnchored("WORKSTACK_TOKEN", szMixed(60), szMixed(40)),
		"worldcoinindex-api-key":         szAnchoredURL("WORLDCOININDEX_API_KEY", "https://www.worldcoinindex.com/apiservice/ticker?label=ethbtc&fiat=btc&key=", szMixed(35), szMixed(23)),
		"worldweather-api-key":           szAnchoredURL("WORLDWEATHER_API_KEY", "https://api.worldweatheronline.com/premium/v1/weather.ashx?q=London&format=json&key=", szLowerAlnum(31), szUpper(31)),
		"wrike-api-token":                szAnchored("WRIKE_ACCESS_TOKEN", szPre("eyJ", szB64URL(332)), szPre("eyJ", szB64URL(100))),
		"yousign-api-key":                szAnchoredURL("YOUSIGN_API_KEY", "https://api.yousign.app/v3/signature_requests?api_key=", szMixed(32), szMixed(21)),
		"zenkit-api-key":                 szAnchored("ZENKIT_API_KEY", szJoinGen(szLowerAlnum(8), szLit("-"), szMixed(32)), szJoinGen(szLowerAlnum(8), szLit("-"), szMixed(20))),
		"zenscrape-api-key":              szAnchored("ZENSCRAPE_API_KEY", szUUIDGen, szHex(32)),
		"zeplin-access-token":            szAnchored("ZEPLIN_ACCESS_TOKEN", szJoinGen(szLit("eyJ"), szB64URL(36), szLit(".eyJ"), szB64URL(250), szLit("."), szB64URL(43)), szPre("eyJ", szB64URL(100))),
		"zipapi-api-key":                 szAnchored("ZIPAPI_API_KEY", szMixed(32), szMixed(21)),
		"zipcodeapi-api-key":             szAnchored("ZIPCODEAPI_API_KEY", szMixed(64), szMixed(42)),
		"zipcodebase-api-key":            szAnchored("ZIPCODEBASE_API_KEY", szUUIDGen, szHex(32)),
		"zonka-api-key":                  szAnchored("ZONKA_API_KEY", szMixed(36), szMixed(24)),
		"twitter-access-token":           szAnchored("TWITTER_ACCESS_TOKEN", szJoinGen(szDigitsN(19), szLit("-"), szMixed(31)), szJoinGen(szDigitsN(19), szLit("-"), szMixed(12))),
		"stackhawk-api-key":              szPrefixed("HAWK_API_KEY", fake.Join("ha", "wk."), szJoinGen(szMixed(20), szLit("."), szMixed(20)), szTok("ha", "wk.", szMixed(20), ".", szMixed(12))),
		"wireguard-private-key":          szWireGuardCases,
		"truenas-api-key":                szTrueNASCases,
		"thingsboard-access-token":       szThingsBoardCases,
		"sarvam-api-key":                 szAnchored("SARVAM_API_KEY", szJoinGen(szLit("sk_"), szLowerAlnum(8), szLit("_"), szMixed(24)), szJoinGen(szLit("sk_"), szLowerAlnum(8), szLit("_"), szMixed(12))),
		"supermemory-api-key":            szAnchored("SUPERMEMORY_API_KEY", szJoinGen(szLit("sm_"), szMixed(22), szLit("_"), szMixed(63)), szJoinGen(szLit("sm_"), szMixed(10))),
		"tripo-api-key":                  szAnchored("TRIPO_API_KEY", szPre("tsk_", szB64URL(43)), szPre("tsk_", szB64URL(12))),
		"steel-api-key":                  szPrefixed("STEEL_API_KEY", fake.Join("st", "e-"), szMixed(107), szTok("st", "e-", szMixed(40))),
		"smithery-api-key":               szAnchored("SMITHERY_API_KEY", szUUIDGen, szHex(32)),
		"vastai-api-key":                 szAnchored("VAST_API_KEY", szHex(64), szHex(40)),
		"tavus-api-key":                  szAnchored("TAVUS_API_KEY", szHex(32), szNotHex(32)),
		"vespa-cloud-token":              szPrefixed("VESPA_CLOUD_SECRET_TOKEN", fake.Join("vespa_", "cloud_"), szMixed(43), szTok("vespa", "_cloud_", szLower(10))),
		"typesense-api-key":              szAnchored("TYPESENSE_API_KEY", szMixed(32), szMixed(20)),
		"unleash-api-token":              szAnchored("UNLEASH_API_TOKEN", szJoinGen(szLit("default:production."), szHex(64)), szJoinGen(szLit("default:production."), szHex(40))),
		"uploadthing-token":              szPrefixed("UPLOADTHING_TOKEN", fake.Join("eyJhcGl", "LZXkiOi"), szMixed(160), szTok("eyJhcGlL", "ZXkiOi", szMixed(20))),
		"vercel-blob-token":              szPrefixed("BLOB_READ_WRITE_TOKEN", fake.Join("vercel_", "blob_rw_"), szJoinGen(szMixed(16), szLit("_"), szMixed(30)), szTok("vercel", "_blob_rw_", szMixed(16))),
		"xata-api-key":                   szPrefixed("XATA_API_KEY", fake.Join("xa", "u_"), szMixed(36), szTok("xa", "u_", szMixed(12))),
		"xendit-secret-key":              szPrefixed("XENDIT_SECRET_KEY", fake.Join("xnd_pro", "duction_"), szMixed(60), szTok("xnd", "_public_production_", szMixed(60))),
		"statsig-server-secret":          szAnchored("STATSIG_SERVER_SECRET", szPre("secret-", szMixed(43)), szPre("client-", szMixed(43))),
		"tezos-private-key":              szPrefixed("TEZOS_SECRET_KEY", fake.Join("ed", "sk"), szBase58(50), szTok("ed", "sk", szBase58(20))),
		"veracode-api-key":               szAnchored("VERACODE_API_KEY_SECRET", szHex(128), szHex(64)),
		"semgrep-app-token":              szAnchored("SEMGREP_APP_TOKEN", szHex(64), szHex(40)),
		"socket-api-key":                 szPrefixed("SOCKET_SECURITY_API_KEY", fake.Join("skt", "sec_"), szMixed(44), szTok("skt", "sec_", szMixed(10))),
		"tenderly-access-key":            szAnchored("TENDERLY_ACCESS_KEY", szMixed(32), szMixed(20)),
		"scalr-api-token":                szAnchored("SCALR_TOKEN", szJoinGen(szLit("eyJ"), szB64URL(33), szLit(".eyJ"), szB64URL(60), szLit("."), szB64URL(43)), szJoinGen(szLit("eyJ"), szB64URL(33), szLit(".eyJ"), szB64URL(60))),
		"sonarqube-legacy-token":         szAnchored("SONAR_TOKEN", szHex(40), szHex(32)),
		"wechat-app-secret":              szAnchored("WECHAT_APP_SECRET", szHex(32), szNotHex(32)),
		"volcengine-secret-key":          szAnchored("VOLCENGINE_SECRET_KEY", szJoinGen(szMixed(58), szLit("==")), szMixed(30)),
		"tuya-access-secret":             szAnchored("TUYA_ACCESS_SECRET", szHex(32), szNotHex(32)),
		"sysdig-api-token":               szAnchored("SYSDIG_SECURE_API_TOKEN", szUUIDGen, szHex(32)),
		"vmware-viserver-password":       szVIServerCases,
		"trieve-api-key":                 szAnchored("TRIEVE_API_KEY", szPre("tr-", szMixed(32)), szPre("tr-", szMixed(20))),
		"treasuredata-api-key":           szAnchored("TD_API_KEY", szJoinGen(szDigitsN(4), szLit("/"), szHex(40)), szJoinGen(szDigitsN(4), szLit("/"), szHex(30))),
		"sendbird-organization-api-key":  szAnchored("SENDBIRD_ORGANIZATION_API_KEY", szHex(24), szNotHex(24)),
		"swell-secret-key":               szAnchored("SWELL_SECRET_KEY", szMixed(32), szMixed(20)),
		"swiftype-api-key":               szAnchored("SWIFTYPE_API_KEY", szJoinGen(szMixed(6), szLit("_"), szMixed(6), szLit("-"), szMixed(6)), szJoinGen(szMixed(6), szLit("_"), szMixed(6))),
		"stripo-api-key":                 szAnchored("STRIPO_API_KEY", szJoinGen(szLit("eyJ"), szB64URL(17), szLit("."), szB64URL(130), szLit("."), szB64URL(43)), szJoinGen(szLit("eyJ"), szB64URL(17), szLit("."), szB64URL(40), szLit("."), szB64URL(43))),
		"tatum-api-key":                  szAnchored("TATUM_API_KEY", szJoinGen(szLit("t-"), szHex(24), szLit("-"), szHex(32)), szHex(32)),
		"twitch-access-token":            szAnchored("TWITCH_CLIENT_SECRET", szLowerAlnum(30), szUpper(30)),
		"temporal-cloud-api-key":         szTemporalCases,
		"upbit-secret-key":               szAnchored("UPBIT_SECRET_KEY", szMixed(40), szMixed(30)),
		"viber-bot-token":                szAnchored("VIBER_AUTH_TOKEN", szJoinGen(szHex(16), szLit("-"), szHex(16), szLit("-"), szHex(16)), szJoinGen(szHex(16), szLit("-"), szHex(16))),
		"splunk-observability-token":     szAnchored("SIGNALFX_ACCESS_TOKEN", szMixed(22), szMixed(16)),
		"wolfram-alpha-appid":            szAnchored("WOLFRAM_ALPHA_APPID", szJoinGen(szUpper(6), szLit("-"), szUpper(10)), szJoinGen(szUpper(6), szLit("-"), szUpper(6))),
		"zillow-zwsid":                   szPrefixed("ZILLOW_ZWSID", fake.Join("X1", "-ZW"), szJoinGen(szMixed(12), szLit("_"), szMixed(5)), szTok("X1", "-ZW", szMixed(12))),
		"soundcloud-client-secret":       szAnchored("SOUNDCLOUD_CLIENT_SECRET", szMixed(32), szMixed(20)),
		"steam-web-api-key":              szAnchored("STEAM_API_KEY", szHexUpper(32), szHex(32)),
		"tumblr-consumer-secret":         szAnchored("TUMBLR_CONSUMER_SECRET", szMixed(50), szMixed(30)),
		"vk-access-token":                szPrefixed("VK_ACCESS_TOKEN", fake.Join("vk1", ".a."), szB64URL(200), szTok("vk1", ".a.", szB64URL(30))),
		"trakt-client-secret":            szAnchored("TRAKT_CLIENT_SECRET", szHex(64), szHex(40)),
		"tmdb-api-key":                   szAnchoredURL("TMDB_API_KEY", "https://api.themoviedb.org/3/movie/550?api_key=", szHex(32), szNotHex(32)),
		"weatherapi-api-key":             szAnchoredURL("WEATHERAPI_KEY", "https://api.weatherapi.com/v1/current.json?q=London&key=", szHex(31), szHex(20)),
		"wechat-pay-api-key":             szAnchored("WECHAT_PAY_API_KEY", szMixed(32), szMixed(20)),
		"youdao-app-secret":              szAnchored("YOUDAO_APP_SECRET", szMixed(32), szMixed(20)),
		"yuque-token":                    szAnchored("YUQUE_TOKEN", szMixed(40), szMixed(30)),
		"zerossl-access-key":             szAnchoredURL("ZEROSSL_ACCESS_KEY", "https://api.zerossl.com/certificates?access_key=", szHex(32), szNotHex(32)),
		"zyte-api-key":                   szAnchored("ZYTE_API_KEY", szHex(32), szNotHex(32)),
		"smtp2go-api-key":                szAnchored("SMTP2GO_API_KEY", szPre("api-", szHexUpper(32)), szPre("api-", szHexUpper(20))),
		"telesign-api-key":               szAnchored("TELESIGN_API_KEY", szJoinGen(szMixed(86), szLit("==")), szJoinGen(szMixed(40), szLit("=="))),
		"truelayer-client-secret":        szAnchored("TRUELAYER_CLIENT_SECRET", szUUIDGen, szHex(32)),
		"surge-token":                    szAnchored("SURGE_TOKEN", szHex(32), szNotHex(32)),
	}
}

// szAnchored builds the cases of a rule that needs the provider's name near
// the value: positives in a random file format (saasAssign), as a CLI flag,
// in JSON and behind a framework prefix (NEXT_PUBLIC_); negatives with no provider context, with a malformed value
// and with a placeholder.
func szAnchored(env string, value, bad szGen) Builder {
	return func(g *fake.Gen) Cases {
		kebab := strings.ReplaceAll(strings.ToLower(env), "_", "-")
		return Cases{
			Positives: []string{
				saasAssign(g, env, value(g)),
				"docker run --rm app --" + kebab + "=" + value(g) + " serve\n",
				"{\n  \"" + saasCamel(env) + "\": \"" + value(g) + "\",\n  \"debug\": false\n}\n",
				"NEXT_PUBLIC_" + env + "=" + value(g) + "\n",
			},
			Negatives: []string{
				"SERVICE_TOKEN=" + value(g) + "\n",
				saasAssign(g, env, bad(g)),
				env + "=your-" + kebab + "-here\n",
			},
		}
	}
}

// szPrefixed builds the cases of a rule whose token is prefix + body:
// positives in a random file format and in an Authorization header;
// negatives with half the body, a placeholder body and a malformed token.
func szPrefixed(env, prefix string, body, bad szGen) Builder {
	return func(g *fake.Gen) Cases {
		b := body(g)
		return Cases{
			Positives: []string{
				saasAssign(g, env, prefix+b),
				"curl -s -H \"Authorization: Bearer " + prefix + body(g) + "\" https://api.invalid/v1/me\n",
			},
			Negatives: []string{
				env + "=" + prefix + b[:len(b)/2] + "\n",
				env + "=\"" + prefix + strings.Repeat("x", len(b)) + "\"\n",
				saasAssign(g, env, bad(g)),
			},
		}
	}
}

// szTok joins literal strings and generated parts into one value.
func szTok(parts ...any) szGen {
	return func(g *fake.Gen) string {
		var b strings.Builder
		for _, p := range parts {
			switch v := p.(type) {
			case string:
				b.WriteString(v)
			case szGen:
				b.WriteString(v(g))
			}
		}
		return b.String()
	}
}

// szJoinGen concatenates generated parts.
func szJoinGen(parts ...szGen) szGen {
	return func(g *fake.Gen) string {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p(g))
		}
		return b.String()
	}
}

// szPre prefixes a generated value with a literal.
func szPre(prefix string, gen szGen) szGen {
	return func(g *fake.Gen) string { return prefix + gen(g) }
}

// szLit is a constant part.
func szLit(s string) szGen { return func(*fake.Gen) string { return s } }

func szMixed(n int) szGen  { return func(g *fake.Gen) string { return g.MixedAlnum(n) } }
func szAlnumN(n int) szGen { return func(g *fake.Gen) string { return g.MixedAlnum(n) } }
func szLower(n int) szGen  { return func(g *fake.Gen) string { return g.String(fake.Lower, n) } }
func szLowerLetters(n int) szGen {
	return func(g *fake.Gen) string { return g.String(fake.Lower, n) }
}
func szLowerAlnum(n int) szGen { return func(g *fake.Gen) string { return g.LowerAlnum(n) } }
func szUpper(n int) szGen      { return func(g *fake.Gen) string { return upperAlnum(g, n) } }
func szHex(n int) szGen        { return func(g *fake.Gen) string { return g.Hex(n) } }
func szHexUpper(n int) szGen   { return func(g *fake.Gen) string { return g.String(fake.HexUpper, n) } }
func szNotHex(n int) szGen     { return func(g *fake.Gen) string { return notHex(g, n) } }
func szB64URL(n int) szGen     { return func(g *fake.Gen) string { return saasURL(g, n) } }
func szDigitsN(n int) szGen    { return func(g *fake.Gen) string { return saasDigits(g, n) } }

// szUUIDGen returns a random lower-case UUID.
func szUUIDGen(g *fake.Gen) string { return g.UUID() }

func szZapierCases(g *fake.Gen) Cases {
	base := fake.Join("https://hooks.za", "pier.com/hooks/catch/")
	hook := func() string { return base + saasDigits(g, 8) + "/" + g.LowerAlnum(7) + "/" }
	return Cases{
		Positives: []string{
			saasAssign(g, "ZAPIER_WEBHOOK_URL", hook()),
			"requests.post(\"" + hook() + "\", json={\"order\": 42})\n",
		},
		Negatives: []string{
			saasAssign(g, "ZAPIER_WEBHOOK_URL", base+"123/abc/"),
			saasAssign(g, "ZAPIER_WEBHOOK_URL", base+"<account>/<hook>/"),
		},
	}
}

func szTinesCases(g *fake.Gen) Cases {
	hook := func() string {
		return fake.Join("https://", g.String(fake.Lower, 8), "-", g.String(fake.Lower, 6), ".ti", "nes.com/webhook/") + g.LowerAlnum(32) + "/" + g.LowerAlnum(32)
	}
	return Cases{
		Positives: []string{
			saasAssign(g, "TINES_WEBHOOK_URL", hook()),
			"curl -X POST " + hook() + " -d '{\"alert\":\"disk\"}'\n",
		},
		Negatives: []string{
			saasAssign(g, "TINES_WEBHOOK_URL", fake.Join("https://acme.ti", "nes.com/webhook/")+g.LowerAlnum(32)),
			saasAssign(g, "TINES_WEBHOOK_URL", fake.Join("https://acme.ti", "nes.com/webhook/")+g.LowerAlnum(12)+"/"+g.LowerAlnum(12)),
		},
	}
}

func szSidekiqURLCases(g *fake.Gen) Cases {
	cred := func() string { return g.Hex(8) + ":" + g.Hex(8) }
	return Cases{
		Positives: []string{
			"source \"" + fake.Join("https://", cred(), "@gems.contri", "bsys.com/") + "\" do\n  gem \"sidekiq-pro\"\nend\n",
			saasAssign(g, "SIDEKIQ_SOURCE", fake.Join("https://", cred(), "@enterprise.contri", "bsys.com/")),
		},
		Negatives: []string{
			"source \"" + fake.Join("https://gems.contri", "bsys.com/") + "\" do\n",
			"source \"" + fake.Join("https://", g.Hex(8), ":", notHex(g, 8), "@gems.contri", "bsys.com/") + "\"\n",
		},
	}
}

func szSidekiqCases(g *fake.Gen) Cases {
	cred := func() string { return g.Hex(8) + ":" + g.Hex(8) }
	return Cases{
		Positives: []string{
			"export BUNDLE_GEMS__CONTRIBSYS__COM=" + cred() + "\n",
			"---\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"" + cred() + "\"\n",
			"bundle config --local BUNDLE_GEMS__CONTRIBSYS__COM " + cred() + "\n",
		},
		Negatives: []string{
			"BUNDLE_GEMS__RUBYGEMS__ORG=" + cred() + "\n",
			"export BUNDLE_GEMS__CONTRIBSYS__COM=" + g.Hex(8) + ":" + notHex(g, 8) + "\n",
			"export BUNDLE_GEMS__CONTRIBSYS__COM=username:password\n",
		},
	}
}

func szTableauCases(g *fake.Gen) Cases {
	secret := func() string {
		return g.String(fake.Base64, 21) + g.Pick("A", "Q", "g", "w") + "==:" + g.MixedAlnum(32)
	}
	return Cases{
		Positives: []string{
			saasAssign(g, "TABLEAU_PAT_SECRET", secret()),
			"server.auth.sign_in(TSC.PersonalAccessTokenAuth(\"ci-bot\", \"" + secret() + "\", site_id=\"\"))\n",
		},
		Negatives: []string{
			saasAssign(g, "TABLEAU_PAT_SECRET", g.String(fake.Base64, 21)+"A==:"+g.MixedAlnum(20)),
			"if a ==: pass  # " + g.MixedAlnum(32) + "\n",
			saasAssign(g, "TABLEAU_PAT_SECRET", g.String(fake.Base64, 21)+"A=:"+g.MixedAlnum(32)),
		},
	}
}

// szLetters returns n random letters of both cases.
func szLetters(n int) szGen { return func(g *fake.Gen) string { return g.MixedLetters(n) } }

func szWireGuardCases(g *fake.Gen) Cases {
	key := func() string { return g.String(fake.Base64, 42) + g.Pick("A", "E", "k", "w", "0", "8") + "=" }
	return Cases{
		Positives: []string{
			"[Interface]\nAddress = 10.200.200.3/32\nPrivateKey = " + key() + "\nDNS = 1.1.1.1\n",
			"[Peer]\nPublicKey = " + key() + "\nPresharedKey = " + key() + "\nAllowedIPs = 0.0.0.0/0\n",
		},
		Negatives: []string{
			"[Peer]\nPublicKey = " + key() + "\nAllowedIPs = 10.0.0.2/32\n",
			"[Interface]\nPrivateKey = " + g.String(fake.Base64, 40) + "=\n",
			"[Interface]\nPrivateKey = <server-private-key>\n",
		},
	}
}

func szTrueNASCases(g *fake.Gen) Cases {
	key := func() string { return saasDigits(g, 1) + "-" + g.MixedAlnum(64) }
	return Cases{
		Positives: []string{
			saasAssign(g, "TRUENAS_API_KEY", key()),
			"{\"id\": \"" + g.UUID() + "\", \"msg\": \"method\", \"method\": \"auth." + "login_with_api_key\", \"params\": [\"" + key() + "\"]}\n",
			"curl -X POST \"http://nas.lan/api/v2.0/device/get_info\" -H \"Authorization: Bearer " + key() + "\"\n",
			// the JSON-RPC login pretty-printed over several lines
			"{\n  \"id\": \"" + g.UUID() + "\",\n  \"msg\": \"method\",\n  \"method\": \"auth." + "login_with_api_key\",\n  \"params\": [\n    \"" + key() + "\"\n  ]\n}\n",
		},
		Negatives: []string{
			"SERVICE_TOKEN=" + key() + "\n",
			saasAssign(g, "TRUENAS_API_KEY", saasDigits(g, 1)+"-"+g.MixedAlnum(40)),
			"TRUENAS_API_KEY=your-truenas-api-key\n",
		},
	}
}

func szThingsBoardCases(g *fake.Gen) Cases {
	base := fake.Join("https://things", "board.cloud/api/v1/")
	return Cases{
		Positives: []string{
			"curl -v -X POST " + base + g.LowerAlnum(20) + "/telemetry --header Content-Type:application/json --data '{\"t\":21}'\n",
			"{\"deviceName\": \"pump-7\", \"provisionDeviceKey\": \"" + g.LowerAlnum(20) + "\", \"provision" + "DeviceSecret\": \"" + g.LowerAlnum(20) + "\"}\n",
		},
		Negatives: []string{
			"curl -X POST " + base + "$ACCESS_TOKEN/telemetry\n",
			"curl -X POST " + base + g.LowerAlnum(12) + "/telemetry\n",
		},
	}
}

// szBase58 returns n random characters of the Bitcoin base58 alphabet.
func szBase58(n int) szGen {
	return func(g *fake.Gen) string {
		return g.String("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", n)
	}
}

func szVIServerCases(g *fake.Gen) Cases {
	return Cases{
		Positives: []string{
			"Connect-VIServer -Server vc01.corp.local -User administrator@vsphere.local -Password " + g.MixedAlnum(14) + "!\n",
			"$vc = Connect-VIServer -Server $host -User 'root' -Password '" + g.MixedAlnum(12) + "#1' -Force\n",
		},
		Negatives: []string{
			"Connect-VIServer -Server vc01.corp.local -Credential (Get-Credential)\n",
			"Connect-VIServer -Server vc01 -User root -Password $env:VC_PASSWORD\n",
			"Connect-VIServer -Server vc01 -User root -Password <password>\n",
		},
	}
}

func szTemporalCases(g *fake.Gen) Cases {
	enc := base64.RawURLEncoding.EncodeToString
	jwt := func(claims string) string {
		return enc([]byte(`{"alg":"ES256","kid":"`+g.Alnum(8)+`"}`)) + "." + enc([]byte(claims)) + "." + saasURL(g, 86)
	}
	key := func() string {
		return jwt(`{"account_id":"` + g.LowerAlnum(5) + `","aud":["temporal.io"],"exp":1767225600,"iss":"temporal.io","key_id":"` + g.Alnum(24) + `","sub":"` + g.LowerAlnum(20) + `"}`)
	}
	return Cases{
		Positives: []string{
			saasAssign(g, "TEMPORAL_API_KEY", key()),
			"temporal workflow list --address acme.a2dd6.tmprl.cloud:7233 --api-key " + key() + "\n",
		},
		Negatives: []string{
			saasAssign(g, "TEMPORAL_API_KEY", jwt(`{"sub":"`+g.LowerAlnum(20)+`","iss":"auth.example.org"}`)),
			saasAssign(g, "TEMPORAL_API_KEY", strings.SplitN(key(), ".", 3)[0]+"."+strings.SplitN(key(), ".", 3)[1]),
		},
	}
}

// szAnchoredURL is szAnchored plus a positive where the value is a query
// parameter of a request to the provider's own host (url ends in "=").
func szAnchoredURL(env, url string, value, bad szGen) Builder {
	anchored := szAnchored(env, value, bad)
	return func(g *fake.Gen) Cases {
		c := anchored(g)
		c.Positives = append(c.Positives, "curl -s \""+url+value(g)+"&format=json\"\n")
		c.Negatives = append(c.Negatives, "curl -s \"https://api.invalid/v1/search?q=1&api_key="+value(g)+"\"\n")
		return c
	}
}
