// Cases of the rules added for GitHub secret scanning's provider list
// (providers M to Z): prefixed tokens GitHub detects that keysieve lacked.
// Values are built at run time from split prefixes, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// ghsbYandexKey is a Yandex Translate/Dictionary/Predictor key: kind,
// version, issue time, then 16 and 40 hex digits.
func ghsbYandexKey(kind string, hex16, hex40 cfVal) cfVal {
	return func(g *fake.Gen) string {
		return fake.Join(kind, ".1.1.") + "2019" + saasDigits(g, 4)[:2] + "1" + "2T" + saasDigits(g, 6) + "Z." + hex16(g) + "." + hex40(g)
	}
}

// ghsbCrockford is n characters of Crockford's base32 (a ULID's alphabet).
func ghsbCrockford(n int) cfVal {
	return func(g *fake.Gen) string { return g.String("0123456789ABCDEFGHJKMNPQRSTVWXYZ", n) }
}

// ghssBCases are the generated cases of the rules added from GitHub's
// secret scanning list, providers M to Z.
func ghssBCases() map[string]Builder {
	phs, pha, phr := fake.Join("ph", "s_"), fake.Join("ph", "a_"), fake.Join("ph", "r_")
	sgd, sgs := fake.Join("sg", "d_"), fake.Join("sg", "s_")
	wtok, wref, wsec := fake.Join("waka", "_tok_"), fake.Join("waka", "_ref_"), fake.Join("waka", "_sec_")
	return map[string]Builder{
		"posthog-feature-flags-secure-api-key": cfPrefixed("POSTHOG_SECURE_API_KEY", phs, cfMix(48),
			cfCat(cfLit(phs), cfLower(48)), cfCat(cfLit(phs), cfHex(32))),
		"posthog-oauth-token": plusPositives(cfPrefixed("POSTHOG_ACCESS_TOKEN", pha, cfMix(44),
			cfCat(cfLit(pha), cfLower(44)), cfCat(cfLit(phr), cfMix(20))),
			func(g *fake.Gen) []string {
				return []string{"refresh_token: " + phr + g.MixedAlnum(44) + "\n", "{\"refresh_token\": \"" + phr + g.MixedAlnum(43) + "\"}\n"}
			}),
		"polar-oauth-credential": plusPositives(cfPrefixed("POLAR_CLIENT_SECRET", fake.Join("polar", "_cs_"), cfMix(43),
			cfCat(cfLit(fake.Join("polar", "_cs_")), cfLower(43)), cfCat(cfLit(fake.Join("polar", "_ci_")), cfMix(43))),
			func(g *fake.Gen) []string {
				return []string{
					"refresh_token=" + fake.Join("polar", "_rt_") + g.MixedAlnum(43) + "\n",
					"https://example.com/portal?customer_session_token=" + fake.Join("polar", "_cst_") + g.MixedAlnum(43) + "\n",
					"registration_access_token: " + fake.Join("polar", "_crt_") + g.MixedAlnum(43) + "\n",
				}
			}),
		"openvsx-access-token": cfPrefixed("OVSX_PAT", fake.Join("ovsx", "at_"), cfUUID(),
			cfCat(cfLit(fake.Join("ovsx", "at_")), cfUUIDU()), cfCat(cfLit(fake.Join("ovsx", "at_")), cfHex(32))),
		"proof-api-key": plusPositives(cfPrefixed("PROOF_API_KEY", fake.Join("pr", "f_"), cfMix(36),
			cfCat(cfLit(fake.Join("pr", "f_")), cfLower(36)), cfCat(cfLit(fake.Join("pr", "f_")), cfMix(12))),
			func(g *fake.Gen) []string {
				return []string{"PROOF_API_KEY=" + fake.Join("pr", "f_cli_") + g.MixedAlnum(36) + "\n"}
			}),
		"sourcegraph-gateway-token": plusPositives(cfPrefixed("CODY_GATEWAY_TOKEN", sgd, cfHex(64),
			cfCat(cfLit(sgd), cfHexU(64)), cfCat(cfLit(sgd), cfLetters(64))),
			func(g *fake.Gen) []string {
				return []string{"Authorization: Bearer " + sgs + g.Hex(64) + "\n"}
			}),
		"square-sandbox-oauth-secret": cfPrefixed("SQUARE_APPLICATION_SECRET", fake.Join("sandbox-", "sq0csb-"), cfURL(43),
			cfCat(cfLit(fake.Join("sandbox-", "sq0idb-")), cfURL(22)), cfCat(cfLit(fake.Join("sandbox-", "sq0csb-")), cfURL(20))),
		"wakatime-oauth-token": plusPositives(cfPrefixed("WAKATIME_ACCESS_TOKEN", wtok, cfMix(80),
			cfCat(cfLit(wtok), cfLower(80)), cfCat(cfLit(wtok), cfMix(40))),
			func(g *fake.Gen) []string {
				return []string{"access_token=" + wtok + g.MixedAlnum(80) + "&refresh_token=" + wref + g.MixedAlnum(80) + "&scope=email\n"}
			}),
		"wakatime-app-secret": cfPrefixed("WAKATIME_CLIENT_SECRET", wsec, cfMix(80),
			cfCat(cfLit(wsec), cfLower(80)), cfCat(cfLit(wsec), cfMix(40))),
		"yandex-smartcaptcha-server-key": cfPrefixed("SMARTCAPTCHA_SERVER_KEY", fake.Join("ys", "c2_"), cfMix(48),
			cfCat(cfLit(fake.Join("ys", "c1_")), cfMix(48)), cfCat(cfLit(fake.Join("ys", "c2_")), cfLower(48))),
		"mailersend-smtp-password": plusPositives(cfPrefixed("MAILERSEND_SMTP_PASSWORD", fake.Join("ms", "sp."), cfCat(cfMix(7), cfLit("."), cfLow(16), cfLit("."), cfMix(7)),
			cfCat(cfLit(fake.Join("ms", "sp.")), cfMix(7), cfLit("."), cfLow(16)), cfCat(cfLit(fake.Join("ms", "sp.")), cfMix(7), cfLit("."), cfMix(16), cfLit("."), cfMix(7))),
			func(g *fake.Gen) []string {
				return []string{"auth: { user: \"MS_" + g.MixedAlnum(6) + "@example.com\", pass: \"" + fake.Join("ms", "sp.") + g.MixedAlnum(7) + "." + g.LowerAlnum(16) + "." + g.MixedAlnum(7) + "\" }\n"}
			}),
		"naver-cloud-secret-key": cfPrefixed("NCP_SECRET_KEY", fake.Join("ncp", "_iam_BPK"), cfCat(cfLit("SKR"), cfMix(28)),
			cfCat(cfLit(fake.Join("ncp", "_iam_BPA")), cfLit("MKR"), cfMix(14)), cfCat(cfLit(fake.Join("ncp", "_iam_BPK")), cfLit("MKR"), cfLower(28))),
		"pinterest-refresh-token": cfPrefixed("PINTEREST_REFRESH_TOKEN", fake.Join("pi", "nr_"), cfMix(60),
			cfCat(cfLit(fake.Join("pi", "nr_")), cfLower(60)), cfCat(cfLit(fake.Join("pi", "nr_")), cfMix(20))),
		"planning-center-oauth-token": cfPrefixed("PCO_ACCESS_TOKEN", fake.Join("pco", "_tok_"), cfHex(72),
			cfCat(cfLit(fake.Join("pco", "_tok_")), cfHex(64)), cfCat(cfLit(fake.Join("pco", "_tok_")), cfLetters(72))),
		"ramp-oauth-token": cfPrefixed("RAMP_API_TOKEN", fake.Join("ramp", "_tok_"), cfMix(48),
			cfCat(cfLit(fake.Join("ramp", "_tok_")), cfLower(48)), cfCat(cfLit(fake.Join("ramp", "_id_")), cfMix(40))),
		"shopify-partner-api-token": cfPrefixed("SHOPIFY_CLI_PARTNERS_TOKEN", fake.Join("prt", "api_"), cfHex(32),
			cfCat(cfLit(fake.Join("prt", "api_")), cfLetters(32)), cfCat(cfLit(fake.Join("prt", "api_")), cfHex(24))),
		"yandex-passport-oauth-token": plusPositives(cfPrefixed("YC_TOKEN", fake.Join("y0", "_Ag"), cfCat(cfLit("AAAA"), cfURL(52)),
			cfCat(cfLit(fake.Join("y0", "_Ag")), cfLower(56)), cfCat(cfLit(fake.Join("y0", "_Ag")), cfMix(20))),
			func(g *fake.Gen) []string {
				return []string{"provider \"yandex\" {\n  token = \"" + fake.Join("y0", "__") + g.MixedAlnum(50) + "\"\n}\n"}
			}),
		"pagerduty-oauth-token": plusPositives(cfPrefixed("PAGERDUTY_ACCESS_TOKEN", fake.Join("pdus", "+_0X"), cfCat(cfUp(5), cfLit("_"), cfUUID()),
			cfCat(cfLit(fake.Join("pdus", "+_0X")), cfUp(5), cfLit("_"), cfHex(32)), cfCat(cfLit(fake.Join("pdus", "+_")), cfLetters(12))),
			func(g *fake.Gen) []string {
				return []string{"{\"refresh_token\": \"" + fake.Join("pdeu", "+_1X") + upperAlnum(g, 5) + "_" + saasUUID(g) + "\"}\n"}
			}),
		"shopify-cli-token": cfPrefixed("SHOPIFY_CLI_PARTNERS_TOKEN", fake.Join("at", "kn_"), cfLow(64),
			cfCat(cfLit(fake.Join("at", "kn_")), cfLower(64)), cfCat(cfLit(fake.Join("at", "kn_")), cfMix(64))),
		"postman-collection-access-key": plusPositives(cfPrefixed("POSTMAN_COLLECTION_KEY", fake.Join("PM", "AT-01"), ghsbCrockford(24),
			cfCat(cfLit(fake.Join("PM", "AT-01")), cfLower(24)), cfCat(cfLit(fake.Join("PM", "AK-01")), ghsbCrockford(24))),
			func(g *fake.Gen) []string {
				return []string{"newman run https://api.postman.com/collections/123-" + saasUUID(g) + "?access_key=" + fake.Join("PM", "AT-01") + ghsbCrockford(24)(g) + "\n"}
			}),
		"power-automate-webhook-sas": func(g *fake.Gen) Cases {
			host := func() string {
				return fake.Join("https://default", g.Hex(30), ".fe.environment.api.powerplatform", ".com:443/powerautomate/automations/direct/workflows/", g.Hex(32), "/triggers/manual/paths/invoke?api-version=1")
			}
			return Cases{
				Positives: []string{
					"const FLOW_URL = \"" + host() + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + saasURL(g, 43) + "\";\n",
					"$flowUrl = '" + host() + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + saasURL(g, 43) + "';\n",
				},
				Negatives: []string{
					"const FLOW_URL = \"" + host() + "\";\n",
					"const FLOW_URL = \"" + host() + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + saasURL(g, 20) + "\";\n",
					"const FLOW_URL = \"" + host() + "&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=" + strings.Repeat("A", 43) + "\";\n",
				},
			}
		},
		"yandex-legacy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"YANDEX_TRANSLATE_KEY=" + ghsbYandexKey("trnsl", cfHex(16), cfHex(40))(g) + "\n",
					"private static final String KEY = \"" + ghsbYandexKey("dict", cfHex(16), cfHex(40))(g) + "\";\n",
					"url = \"https://predictor.yandex.net/api/v1/predict.json/complete?key=" + ghsbYandexKey("pdct", cfHex(16), cfHex(40))(g) + "&q=hi\"\n",
				},
				Negatives: []string{
					"YANDEX_TRANSLATE_KEY=" + ghsbYandexKey("trnsl", cfHex(16), cfLetters(40))(g) + "\n",
					"YANDEX_TRANSLATE_KEY=" + ghsbYandexKey("trnsl", cfHex(16), cfHex(20))(g) + "\n",
					"version = \"" + fake.Join("trnsl", ".1.1.") + "20190101T000000Z\"\n",
				},
			}
		},
	}
}
