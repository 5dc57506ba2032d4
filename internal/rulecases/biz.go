// Cases of the rules added for well-known commerce, payments, messaging, social and media providers
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// bizCases are the generated cases of the commerce, payments, messaging, social and media providers rules.
func bizCases() map[string]Builder {
	bxt := fake.Join("bx", "t_")
	radar := fake.Join("prj_", "live_sk_")
	cfsk := fake.Join("cfsk_ma_", "prod_")
	atsk := fake.Join("at", "sk_")
	unitRole := fake.Join("v2.public.", "eyJyb2xlIjoi")
	launchpad := fake.Join("BAhbB0kiAbB7", "ImNsaWVudF9pZCI6")
	return map[string]Builder{
		"brex-user-token":  cfPrefixed("BREX_API_TOKEN", bxt, cfMix(33), cfCat(cfLit(bxt), cfMix(20))),
		"radar-secret-key": cfPrefixed("RADAR_SECRET_KEY", radar, cfHex(40), cfCat(cfLit(fake.Join("prj_", "live_pk_")), cfHex(40)), cfCat(cfLit(radar), cfHexU(40))),
		"tiktok-access-token": plusPositives(cfNamed("TIKTOK_ACCESS_TOKEN", cfCat(cfLit("act."), cfURL(60)), cfCat(cfLit("acx."), cfURL(60)), cfURL(64)),
			func(g *fake.Gen) []string {
				return []string{"{\"tiktok\": {\"refresh_token\": \"rft." + g.MixedAlnum(58) + "!" + saasDigits(g, 4) + ".va\"}}\n"}
			}),
		"shipengine-api-key": plusPositives(cfNamed("SHIPENGINE_API_KEY", cfCat(cfLit("TEST_"), cfB64(43)), cfCat(cfLit("TEST_"), cfB64(20)), cfHex(32)),
			func(g *fake.Gen) []string {
				return []string{"SHIPSTATION_API_KEY=" + g.String(fake.Base64, 43) + "\n"}
			}),
		"easyship-api-token":     cfNamed("EASYSHIP_API_TOKEN", cfCat(cfLit("prod_"), cfB64(43), cfLit("=")), cfCat(cfLit("live_"), cfB64(43), cfLit("=")), cfCat(cfLit("sand_"), cfB64(43))),
		"cashfree-secret-key":    cfPrefixed("CASHFREE_SECRET_KEY", cfsk, cfCat(cfHex(32), cfLit("_"), cfHex(8)), cfCat(cfLit(fake.Join("cfsk_ma_", "live_")), cfHex(32), cfLit("_"), cfHex(8)), cfCat(cfLit(cfsk), cfHexU(32), cfLit("_"), cfHex(8))),
		"africastalking-api-key": cfPrefixed("AT_API_KEY", atsk, cfHex(72), cfCat(cfLit(atsk), cfHexU(72)), cfCat(cfLit(atsk), cfLetters(72))),
		"bigcommerce-access-token": plusPositives(cfNamed("BIGCOMMERCE_ACCESS_TOKEN", cfLow(31), cfUp(31), cfLow(40)),
			func(g *fake.Gen) []string {
				return []string{"curl -H 'X-Auth-Client: abc' https://api.bigcommerce.com/stores/x/v3/catalog -H 'X-Auth-Token: " + g.LowerAlnum(31) + "'\n"}
			}),
		"giphy-api-key":  cfNamed("GIPHY_API_KEY", cfMix(32), cfLower(32), cfMix(40)),
		"pexels-api-key": cfNamed("PEXELS_API_KEY", cfMix(56), cfLower(56), cfMix(64)),
		"kakao-rest-api-key": withCases(cfNamed("KAKAO_REST_API_KEY", cfHex(32), cfLetters(32), cfHexU(32)), func(g *fake.Gen) Cases {
			// the REST key in the KakaoAK header; the JavaScript key of a page is public
			return Cases{
				Positives: []string{"@Headers(\"Authorization: KakaoAK " + g.Hex(32) + "\")\n", "KAKAO_ADMIN_KEY=" + g.Hex(32) + "\n"},
				Negatives: []string{"<script src=\"//dapi.kakao.com/v2/maps/sdk.js?appkey=" + g.Hex(32) + "\"></script>\n", "KAKAO_JAVASCRIPT_KEY=" + g.Hex(32) + "\n"},
			}
		}),
		"cybersource-secret-key": plusPositives(cfNamed("CYBERSOURCE_SECRET_KEY", cfCat(cfB64(43), cfLit("=")), cfB64(43), cfHex(32)),
			func(g *fake.Gen) []string {
				return []string{"    merchantsecretKey = \"" + g.String(fake.Base64, 43) + "=\";\n"}
			}),
		"basecamp-access-token": cfPrefixed("BASECAMP_ACCESS_TOKEN", launchpad, cfCat(cfB64(300), cfLit("=--"), cfHex(40)), cfCat(cfLit(launchpad), cfB64(300), cfLit("=--"), cfHex(20))),
		"mastodon-access-token": cfNamed("MASTODON_ACCESS_TOKEN", cfURL(43), cfLower(43), cfURL(30)),
		"lastfm-api-key":        cfNamed("LASTFM_API_KEY", cfHex(32), cfLetters(32), cfHexU(32)),
		"opentok-api-secret":    cfNamed("OPENTOK_API_SECRET", cfHex(40), cfLetters(40), cfHex(32)),
		"unit-api-token":        cfPrefixed("UNIT_API_TOKEN", unitRole, cfURL(360), cfCat(cfLit(fake.Join("v2.public.", "eyJzdWIiOiJ")), cfURL(260)), cfCat(cfLit(unitRole), cfURL(40))),
		"threads-access-token":  cfNamed("THREADS_ACCESS_TOKEN", cfCat(cfLit("THQW"), cfURL(160)), cfCat(cfLit("IGQW"), cfURL(160)), cfCat(cfLit("THQW"), cfURL(40))),
		"kustomer-api-key":      cfNamed("KUSTOMER_API_KEY", cfJWT(), cfMix(60)),
		"printify-api-token":    cfNamed("PRINTIFY_API_TOKEN", cfJWT(), cfMix(60)),
		"ecwid-secret-token":    cfNamed("ECWID_SECRET_TOKEN", cfCat(cfLit("secret_"), cfMix(32)), cfCat(cfLit("public_"), cfMix(32)), cfMix(32)),
		"whereby-api-key":       cfNamed("WHEREBY_API_KEY", cfJWT(), cfMix(60)),
		"getstream-api-secret":  cfNamed("STREAM_API_SECRET", cfLow(64), cfUp(64), cfLow(12)),
	}
}
