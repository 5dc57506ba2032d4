// Cases of the rules added in the second 2026-11-27 provider pass
// (idsec). Values are built at run time from split parts, never stored
// whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// idsecCases returns the cases of this pass's idsec rules.
func idsecCases() map[string]Builder {
	turnstile := fake.Join("0x4", "AAAAAAA")
	return map[string]Builder{
		"cloudflare-turnstile-secret-key": withCases(
			cfPrefixed("TURNSTILE_SECRET_KEY", turnstile, cfURL(25), cfCat(cfLit(turnstile), cfURL(14)), cfCat(cfLit(turnstile), cfURL(40))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"formData.append('secret', '" + turnstile + saasURL(g, 25) + "');\n"},
					Negatives: []string{
						// the public site key: the same head, 24 characters in all
						"<div class=\"cf-turnstile\" data-sitekey=\"" + turnstile + saasURL(g, 14) + "\"></div>\n",
						// a documented test secret
						"TURNSTILE_SECRET_KEY=1x" + strings.Repeat("0", 31) + "AA\n",
					},
				}
			}),
		"brightdata-api-key": withCases(cfNamed("BRIGHTDATA_API_KEY", cfHex(64), cfHexU(64), cfLetters(64)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"brightdata:\n  api_key: " + g.Hex(64) + "\n"},
				Negatives: []string{"checksum = " + g.Hex(64) + "\n"},
			}
		}),
		"browserless-api-token": withCases(cfNamed("BROWSERLESS_TOKEN", cfUUID(), cfUUIDU(), cfHex(32)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"const ws = 'wss://production-sfo.browserless.io?token=" + saasUUID(g) + "';\n"},
				Negatives: []string{"wss://example.com/socket?token=" + saasUUID(g) + "\n"},
			}
		}),
		"flipt-client-token": withCases(cfNamed("FLIPT_CLIENT_TOKEN", cfCat(cfURL(43), cfLit("=")), cfURL(43), cfCat(cfURL(30), cfLit("="))), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"curl https://flipt.internal/api/v1/flags -H 'Authorization: Bearer " + saasURL(g, 43) + "='\n"},
				Negatives: []string{"session_token = \"" + saasURL(g, 43) + "=\"\n"},
			}
		}),
		"ory-session-token": cfPrefixed("ORY_SESSION_TOKEN", fake.Join("ory", "_st_"), cfMix(32),
			cfCat(cfLit(fake.Join("ory", "_st_")), cfMix(31)), cfCat(cfLit(fake.Join("ory", "_st_")), cfURL(20), cfLit("-"), cfMix(12))),
		"stack-auth-secret-server-key": cfPrefixed("STACK_SECRET_SERVER_KEY", fake.Join("ss", "k_"), cfLow(45),
			cfCat(cfLit(fake.Join("ss", "k_")), cfHex(64)), cfCat(cfLit(fake.Join("ss", "k_")), cfLow(44))),
		"corbado-api-secret": cfPrefixed("CORBADO_API_SECRET", fake.Join("corbado", "1_"), cfMix(30),
			cfCat(cfLit(fake.Join("corbado", "1_")), cfMix(20)), cfCat(cfLit(fake.Join("corbado", "2_")), cfMix(30))),
		"recaptcha-secret-key": withCases(cfNamed("RECAPTCHA_SECRET_KEY", recaptchaKey(), cfCat(cfLit("6L"), cfURL(30)), cfCat(cfLit("7L"), cfURL(38))), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"NOCAPTCHA_SECRET=" + recaptchaKey()(g) + "\n"},
				Negatives: []string{
					"RECAPTCHA_SITE_KEY=" + recaptchaKey()(g) + "\n",
					"RECAPTCHA_SECRET_KEY=" + fake.Join("6LeIx", "AcTAAAAA") + saasURL(g, 27) + "\n",
				},
			}
		}),
		"hcaptcha-secret-key": withCases(cfNamed("HCAPTCHA_SECRET_KEY", cfCat(cfLit("0x"), cfHex(40)), cfCat(cfLit("0x"), cfHex(30)), cfCat(cfLit("0x"), cfLetters(40))), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"H_CAPTCHA_SECRET=0x" + g.Hex(40) + "\n"},
				Negatives: []string{
					"HCAPTCHA_SITE_KEY=0x" + g.Hex(40) + "\n",
					"HCAPTCHA_SECRET_KEY=0x" + strings.Repeat("0", 40) + "\n",
				},
			}
		}),
	}
}

// recaptchaKey is a reCAPTCHA key: 6L, six characters, AAAAA and 27
// more, the layout of Google's published test keys. Digits around the
// AAAAA keep the run at five, under the placeholder check's six.
func recaptchaKey() cfVal {
	return cfCat(cfLit("6Lc"), cfDig(5), cfLit("AAAAA"), cfDig(1), cfURL(26))
}
