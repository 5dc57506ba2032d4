// Cases of the rules added in the second 2026-11-27 provider pass
// (docapi). Values are built at run time from split parts, never stored
// whole.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// docapiCases returns the cases of this pass's docapi rules.
func docapiCases() map[string]Builder {
	nutLive, nutTest := fake.Join("pdf", "_live_"), fake.Join("pdf", "_test_")
	return map[string]Builder{
		"nutrient-dws-api-key": withCases(cfPrefixed("NUTRIENT_API_KEY", nutLive, cfURL(43),
			cfCat(cfLit(nutLive), cfURL(60)), cfCat(cfLit(fake.Join("pdf", "_prod_")), cfURL(43))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl -H \"Authorization: Bearer " + nutTest + g.String(fake.Base64URL, 43) + "\" https://api.nutrient.io/build\n"},
					Negatives: []string{"key = \"avx_" + nutLive + g.MixedAlnum(43) + "\"\n"},
				}
			}),
		"transloadit-auth-key": withCases(cfNamed("TRANSLOADIT_KEY", cfHex(32), cfHexU(32), cfHex(40), cfLetters(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"const transloadit = new Transloadit({\n  authKey: '" + g.Hex(32) + "',\n})\n"},
					Negatives: []string{"TRANSLOADIT_TEMPLATE_ID=" + g.Hex(32) + "\n"},
				}
			}),
		"zamzar-api-key": withCases(cfNamed("ZAMZAR_API_KEY", cfMix(20), cfMix(32), cfCat(cfMix(10), cfLit("-"), cfMix(9))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"$zamzar = new \\Zamzar\\ZamzarClient(\"" + g.MixedAlnum(20) + "\");\n"},
					Negatives: []string{"zamzar_job_id = \"" + g.MixedAlnum(20) + "\"\n"},
				}
			}),
		"bytescale-secret-api-key": withCases(cfPrefixed("BYTESCALE_SECRET_API_KEY", fake.Join("sec", "ret_"), cfCat(cfLit("W142"), cfMix(24)),
			cfCat(cfLit(fake.Join("sec", "ret_")), cfMix(43)), cfCat(cfLit(fake.Join("pub", "lic_")), cfLit("W142"), cfMix(24))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"const uploadManager = new Bytescale.UploadManager({\n  apiKey: \"" + fake.Join("sec", "ret_") + "kW15" + g.MixedAlnum(24) + "\",\n});\n"},
					Negatives: []string{"key = \"" + fake.Join("sec", "ret_") + g.String(fake.Lower, 28) + "\"\n"},
				}
			}),
	}
}
