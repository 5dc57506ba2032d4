// Cases of the rules added for well-known HR, CRM, marketing, productivity and finance SaaS providers
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// workHeader is a positive with the token in an HTTP header, as the
// providers' docs show it.
func workHeader(header string, token cfVal) func(g *fake.Gen) []string {
	return func(g *fake.Gen) []string {
		return []string{"curl -H \"" + header + ": " + token(g) + "\" https://api.example.test/v1/me\n"}
	}
}

// workCases are the generated cases of the HR, CRM, marketing, productivity and finance SaaS providers rules.
func workCases() map[string]Builder {
	tly := fake.Join("tl", "y-")
	keap := fake.Join("Keap", "AK-")
	dcra := fake.Join("DCR", "A1-")
	sign := fake.Join("3AAA", "BLblqZh")
	slak := fake.Join("a", "k_")
	slv2 := fake.Join("v2_a", "k_")
	gamma := fake.Join("sk-", "gamma-")
	pit := fake.Join("pi", "t-")
	plain := fake.Join("plain", "ApiKey_")
	return map[string]Builder{
		"tally-api-key": plusPositives(cfPrefixed("TALLY_API_KEY", tly, cfMix(32), cfCat(cfLit(tly), cfMix(24)), cfCat(cfLit(tly), cfMix(40))),
			workHeader("Authorization", cfCat(cfLit("Bearer "+tly), cfMix(32)))),
		"keap-api-key": plusPositives(cfPrefixed("KEAP_API_KEY", keap, cfHex(50), cfCat(cfLit(keap), cfHexU(50)), cfCat(cfLit(keap), cfHex(64))),
			workHeader("X-Keap-API-Key", cfCat(cfLit(keap), cfHex(50)))),
		"smartrecruiters-api-key": plusPositives(cfPrefixed("SMARTRECRUITERS_API_KEY", dcra, cfHex(32), cfCat(cfLit(dcra), cfLetters(32)), cfCat(cfLit(dcra), cfHex(40))),
			workHeader("X-SmartToken", cfCat(cfLit(dcra), cfHex(32)))),
		"adobe-sign-access-token": plusPositives(cfPrefixed("ADOBE_SIGN_ACCESS_TOKEN", sign, cfURL(86), cfCat(cfLit(fake.Join("3AAA", "BLblNOTREAL")), cfURL(86)), cfCat(cfLit(sign), cfURL(20))),
			func(g *fake.Gen) []string {
				return []string{"{\n  \"refresh_token\": \"" + sign + g.String(fake.Alnum+"_-", 65) + "*\",\n  \"token_type\": \"Bearer\"\n}\n"}
			}),
		"salesloft-api-key": plusPositives(cfPrefixed("SALESLOFT_API_KEY", slak, cfHex(64), cfCat(cfLit(slak), cfHexU(64)), cfCat(cfLit(slak), cfLetters(64))),
			workHeader("Authorization", cfCat(cfLit("Bearer "+slv2), cfDig(6), cfLit("_"), cfHex(64)))),
		"bitrix24-webhook": workBitrix,
		"plain-api-key": plusPositives(cfPrefixed("PLAIN_API_KEY", plain, cfURL(43), cfCat(cfLit(fake.Join("plain", "ApiSecret_")), cfURL(43)), cfCat(cfLit(plain), cfURL(24))),
			workHeader("Authorization", cfCat(cfLit("Bearer "+plain), cfURL(43)))),
		"highlevel-private-integration-token": plusPositives(cfPrefixed("GHL_API_KEY", pit, cfUUID(), cfCat(cfLit(pit), cfUUIDU()), cfCat(cfLit(pit), cfHex(32))),
			workHeader("Authorization", cfCat(cfLit("Bearer "+pit), cfUUID()))),
		"wufoo-api-key": plusPositives(cfNamed("WUFOO_API_KEY", workWufoo(cfUp(4)), workWufoo(cfLower(4)), cfCat(cfUp(4), cfLit("-"), cfUp(4), cfLit("-"), cfUp(4))),
			func(g *fake.Gen) []string {
				return []string{"options(Wufoo_Name = \"acme\", Wufoo_Key = \"" + workWufoo(cfUp(4))(g) + "\")\n"}
			}),
		"gamma-api-key": plusPositives(cfPrefixed("GAMMA_API_KEY", gamma, cfMix(42), cfCat(cfLit(fake.Join("sk-", "gammo-")), cfMix(42)), cfCat(cfLit(gamma), cfMix(20))),
			workHeader("X-API-KEY", cfCat(cfLit(gamma), cfMix(40)))),
	}
}

// workBitrix builds the cases of the Bitrix24 inbound webhook URL: the
// code after /rest/<user id>/ is the key.
func workBitrix(g *fake.Gen) Cases {
	url := func(host, code string) string { return "https://" + host + "/rest/1/" + code + "/" }
	return Cases{
		Positives: []string{
			"BITRIX_WEBHOOK_URL=" + url("acme.bitrix24.ru", g.LowerAlnum(16)) + "\n",
			"requests.post(\"" + url("b24-x1y2z3.bitrix24.com", g.LowerAlnum(16)) + "crm.lead.add.json\", json=lead)\n",
			"{\n  \"webhook\": \"" + url("sales.bitrix24.com.br", g.LowerAlnum(16)) + "\"\n}\n",
		},
		Negatives: []string{
			"BITRIX_WEBHOOK_URL=" + url("acme.bitrix24.ru", g.LowerAlnum(8)) + "\n",
			"BITRIX_WEBHOOK_URL=" + url("your-portal.bitrix24.ru", "xxxxxxxxxxxxxxxx") + "\n",
			"BITRIX_WEBHOOK_URL=" + url("acme.example.com", g.LowerAlnum(16)) + "\n",
			"BITRIX_WEBHOOK_URL=" + url("acme.bitrix24.ru", g.MixedAlnum(24)) + "\n",
		},
	}
}

// workWufoo is a Wufoo API key: four groups of four made by group, joined by dashes.
func workWufoo(group cfVal) cfVal {
	return cfCat(group, cfLit("-"), group, cfLit("-"), group, cfLit("-"), group)
}
