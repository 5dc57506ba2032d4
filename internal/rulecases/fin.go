// Cases of the rules added in the 2026-11-27 provider pass (fin): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// finHTXKey is an HTX (Huobi) access key: hex groups with a 10-character
// region tag in place of one of them.
func finHTXKey() cfVal {
	return cfCat(cfHex(8), cfLit("-"), cfHex(8), cfLit("-"), cfLow(10), cfLit("-"), cfHex(5))
}

// finHTXSecret is an HTX (Huobi) secret key: four hex groups 8-8-8-5.
func finHTXSecret() cfVal {
	return cfCat(cfHex(8), cfLit("-"), cfHex(8), cfLit("-"), cfHex(8), cfLit("-"), cfHex(5))
}

// finCircleBody is the part of a Circle API key after its environment tag.
func finCircleBody() cfVal { return cfCat(cfHex(32), cfLit(":"), cfHex(32)) }

// finCases returns the cases of this pass's fin rules.
func finCases() map[string]Builder {
	circleTest, circleLive := fake.Join("TEST", "_API_KEY:"), fake.Join("LIVE", "_API_KEY:")
	sezzle, revolutProd, revolutSand := fake.Join("sz", "_pr_"), fake.Join("oa", "_prod_"), fake.Join("oa", "_sand_")
	return map[string]Builder{
		"circle-api-key": withCases(
			cfPrefixed("CIRCLE_API_KEY", circleTest, finCircleBody(),
				cfCat(cfLit(circleTest), cfHex(32)), cfCat(cfLit(fake.Join("DEMO", "_API_KEY:")), finCircleBody())),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl -H 'Authorization: Bearer " + circleLive + finCircleBody()(g) + "' https://api.circle.com/v1/w3s/wallets\n"},
					Negatives: []string{"CIRCLE_API_KEY=" + circleLive + cfHexU(32)(g) + ":" + cfHexU(32)(g) + "\n"},
				}
			}),
		"sezzle-private-key": cfPrefixed("SEZZLE_PRIVATE_KEY", sezzle, cfMix(32),
			cfCat(cfLit(sezzle), cfMix(40)), cfCat(cfLit(fake.Join("sz", "_pub_")), cfMix(32))),
		"revolut-business-api-token": withCases(
			cfPrefixed("REVOLUT_REFRESH_TOKEN", revolutProd, cfURL(43),
				cfCat(cfLit(fake.Join("oa", "_test_")), cfURL(43)), cfCat(cfLit(revolutProd), cfURL(20))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://sandbox-b2b.revolut.com/api/1.0/accounts -H \"Authorization: Bearer " + revolutSand + cfURL(43)(g) + "\"\n"},
					Negatives: []string{"token = \"" + fake.Join("oa", "_sand_") + "XXXXXXXX\"\n"},
				}
			}),
		"htx-api-key": withCases(cfNamed("HUOBI_ACCESS_KEY", finHTXKey(), cfUUID(), cfCat(cfHex(8), cfLit("-"), cfHex(8))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"HTX_SECRET_KEY=" + finHTXSecret()(g) + "\n"},
					Negatives: []string{"REQUEST_ID=" + finHTXSecret()(g) + "\n"},
				}
			}),
		"paymob-secret-key": withCases(
			cfPrefixed("PAYMOB_SECRET_KEY", fake.Join("egy", "_sk_test_"), cfHex(64),
				cfCat(cfLit(fake.Join("egy", "_pk_test_")), cfHex(64)), cfCat(cfLit(fake.Join("egy", "_sk_demo_")), cfHex(64))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://ksa.paymob.com/v1/intention/ -H \"Authorization: Token " + fake.Join("sau", "_sk_live_") + g.Hex(64) + "\"\n"},
					Negatives: []string{"PAYMOB_SECRET_KEY=" + fake.Join("egy", "_sk_live_") + cfHexU(64)(g) + "\n"},
				}
			}),
		"creem-api-key": withCases(
			cfPrefixed("CREEM_API_KEY", fake.Join("creem", "_test_"), cfMix(22),
				cfCat(cfLit(fake.Join("creem", "_test_")), cfMix(40)), cfCat(cfLit(fake.Join("cream", "_test_")), cfMix(22))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://api.creem.io/v1/products -H \"x-api-key: " + fake.Join("creem", "_") + g.MixedAlnum(22) + "\"\n"},
					Negatives: []string{"CREEM_WEBHOOK_SECRET=" + fake.Join("whsec", "_") + g.MixedAlnum(22) + "\n"},
				}
			}),
		"pagseguro-token": cfNamed("PAGSEGURO_TOKEN", cfHexU(32), cfHex(32), cfUp(32)),
		"dynamic-api-token": withCases(
			cfPrefixed("DYNAMIC_API_TOKEN", fake.Join("dy", "n_"), cfMix(56),
				cfCat(cfLit(fake.Join("dy", "n_")), cfMix(40)), cfCat(cfLit(fake.Join("dy", "n-")), cfMix(56))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://app.dynamicauth.com/api/v0/environments/x/users -H \"Authorization: Bearer " + fake.Join("dy", "n_") + g.MixedAlnum(56) + "\"\n"},
					Negatives: []string{"classes = \"" + fake.Join("dy", "n_") + "x\"\n"},
				}
			}),
		"autumn-secret-key": withCases(
			cfPrefixed("AUTUMN_SECRET_KEY", fake.Join("am", "_sk_test_"), cfMix(42),
				cfCat(cfLit(fake.Join("am", "_pk_test_")), cfMix(42)), cfCat(cfLit(fake.Join("am", "_sk_test_")), cfMix(12))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"const autumn = new Autumn({ secretKey: \"" + fake.Join("am", "_sk_live_") + g.MixedAlnum(42) + "\" });\n"},
					Negatives: []string{"AUTUMN_SECRET_KEY=" + fake.Join("am", "_sk_live_") + "...\n"},
				}
			}),
		"up-bank-personal-access-token": withCases(
			cfPrefixed("UP_API_TOKEN", fake.Join("up", ":yeah:"), cfMix(128),
				cfCat(cfLit(fake.Join("up", ":demo:")), cfMix(128)), cfCat(cfLit(fake.Join("up", ":yeah:")), cfMix(64))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://api.up.com.au/api/v1/util/ping -H \"Authorization: Bearer " + fake.Join("up", ":yeah:") + g.MixedAlnum(128) + "\"\n"},
					Negatives: []string{"placeholder=\"" + fake.Join("up", ":yeah:") + "...\"\n"},
				}
			}),
		"intasend-secret-key": withCases(
			cfPrefixed("INTASEND_SECRET_KEY", fake.Join("ISSecret", "Key_test_"), cfUUID(),
				cfCat(cfLit(fake.Join("ISPub", "Key_test_")), cfUUID()), cfCat(cfLit(fake.Join("ISSecret", "Key_test_")), cfUUIDU())),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"'Authorization': 'Bearer " + fake.Join("ISSecret", "Key_live_") + cfUUID()(g) + "',\n"},
					Negatives: []string{"INTASEND_SECRET_KEY=" + fake.Join("ISSecret", "Key_live_") + "your_key\n"},
				}
			}),
		"chapa-secret-key": withCases(
			cfPrefixed("CHAPA_SECRET_KEY", fake.Join("CHASECK", "_TEST-"), cfMix(32),
				cfCat(cfLit(fake.Join("CHAPUBK", "_TEST-")), cfMix(32)), cfCat(cfLit(fake.Join("CHASECK", "_TEST-")), cfMix(20))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"'Authorization: Bearer " + fake.Join("CHASECK", "-") + g.MixedAlnum(32) + "',\n"},
					Negatives: []string{"CHAPA_SECRET_KEY=\"" + fake.Join("CHASECK", "_TEST-") + "xxxxxxxxxxxx\"\n"},
				}
			}),
		"zerion-api-key": withCases(
			cfPrefixed("ZERION_API_KEY", fake.Join("zk", "_dev_"), cfHex(32),
				cfCat(cfLit(fake.Join("zk", "_dev_")), cfHexU(32)), cfCat(cfLit(fake.Join("zk", "_dev_")), cfHex(20))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://api.zerion.io/v1/wallets/0x0/positions -u '" + fake.Join("zk", "_dev_") + g.Hex(32) + ":'\n"},
					Negatives: []string{"ZERION_API_KEY=\"" + fake.Join("zk", "_dev_") + "YOUR_ZERION_KEY_HERE\"\n"},
				}
			}),
		"etherscan-family-api-key": withCases(cfNamed("POLYGONSCAN_API_KEY", cfUp(34), cfLow(34), cfUp(30)),
			func(g *fake.Gen) Cases {
				return Cases{
					// Arbiscan's and Basescan's keys have rules of their
					// own, which supersede this one.
					Positives: []string{"SNOWTRACE_API_KEY=" + upperAlnum(g, 34) + "\n", "  celoscan: { apiKey: \"" + upperAlnum(g, 34) + "\" },\n"},
					Negatives: []string{"BUILD_ID=" + upperAlnum(g, 34) + "\n", "  basescan: { apiKey: \"" + upperAlnum(g, 34) + "\" },\n"},
				}
			}),
	}
}
