// Cases for the retail, point-of-sale and e-commerce rules added in the
// s27retail change: Clover, Cin7 Core, Lightspeed Retail (X-Series),
// Shift4Shop (3dcart), Tiendanube / Nuvemshop, Veeqo and Yotpo, and the Mercado Libre tokens the
// Mercado Pago rule now also takes. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// anyUUID returns a UUID-shaped value in lower-case hex whose version and
// variant nibbles are random, as Clover's and Cin7's keys are.
func anyUUID(g *fake.Gen) string {
	return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(4) + "-" + g.Hex(4) + "-" + g.Hex(12)
}

// s27retailCases are the cases of the rules this change adds.
func s27retailCases() map[string]Builder {
	return map[string]Builder{
		"clover-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CLOVER_MERCHANT_ID=" + strings.ToUpper(g.LowerAlnum(13)) + "\nCLOVER_API_TOKEN=" + anyUUID(g) + "\n",
					"if (!defined('CLOVER_API_TOKEN')) define('CLOVER_API_TOKEN', '" + anyUUID(g) + "');\n",
					"clover:\n  merchant_id: " + strings.ToUpper(g.LowerAlnum(13)) + "\n  api_token: " + anyUUID(g) + "\n",
					"const cloverAccessToken = \"" + anyUUID(g) + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"CLOVER_API_TOKEN=your_clover_api_token\n",
					"CLOVER_API_TOKEN=00000000-0000-0000-0000-000000000000\n",
					// the merchant's id is no credential, and a UUID under it is not this rule's
					"CLOVER_MERCHANT_ID=" + anyUUID(g) + "\n",
					// a word that starts with the name
					"cloverleaf_route_key = \"" + anyUUID(g) + "\"\n",
					// wrong length
					"CLOVER_API_TOKEN=" + anyUUID(g)[:35] + "\n",
				},
			}
		},
		"cin7-core-application-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"$headers = [\n    'api-auth-accountid' => '" + anyUUID(g) + "',\n    'api-auth-applicationkey' => '" + anyUUID(g) + "'\n];\n",
					"CIN7_ACCOUNT_ID=" + anyUUID(g) + "\nCIN7_APPLICATION_KEY=" + anyUUID(g) + "\n",
					"curl https://inventory.dearsystems.com/ExternalApi/v2/me -H \"api-auth-accountid: " + anyUUID(g) + "\" -H \"api-auth-applicationkey: " + anyUUID(g) + "\"\n",
					"{\"cin7\": \"" + strings.ToUpper(anyUUID(g)) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"'api-auth-applicationkey': 'your-application-key',\n",
					"CIN7_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// the account id is no credential
					"CIN7_ACCOUNT_ID=" + anyUUID(g) + "\n",
					// the name glued to another word
					"CIN7PRO_BUILD=" + anyUUID(g) + "\n",
					// wrong length
					"api-auth-applicationkey: " + anyUUID(g)[:30] + "\n",
				},
			}
		},
		"lightspeed-x-series-personal-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("lsxs", "_pt_")
			return Cases{
				Positives: []string{
					"LIGHTSPEED_TOKEN=" + prefix + g.MixedAlnum(32) + "\n",
					"headers: {\n  'Authorization': 'Bearer " + prefix + g.MixedAlnum(32) + "'\n}\n",
					"$apiKey = \"" + prefix + g.MixedAlnum(32) + "\";\n$domainPrefix = \"" + g.String(fake.Lower, 9) + "\";\n",
				},
				Negatives: []string{
					// placeholders and a truncated token
					"EXPO_PUBLIC_LIGHTSPEED_TOKEN=" + prefix + "...\n",
					"LIGHTSPEED_TOKEN=" + prefix + strings.Repeat("x", 32) + "\n",
					"LIGHTSPEED_TOKEN=" + prefix + g.MixedAlnum(20) + "\n",
					// too long: another shape
					"LIGHTSPEED_TOKEN=" + prefix + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"shift4shop-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SHIFT4SHOP_PRIVATE_KEY=" + g.Hex(32) + "\nSHIFT4SHOP_TOKEN=" + g.Hex(32) + "\n",
					"self.key = os.getenv(\"SHIFT4SHOP_PRIVATE_KEY\", \"" + g.Hex(32) + "\")\n",
					"shift4shop:\n  secure_url: https://" + g.String(fake.Lower, 8) + ".3dcartstores.com\n  token: " + g.Hex(32) + "\n",
					"{\"3dcart_private_key\": \"" + g.Hex(32) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"SHIFT4SHOP_PRIVATE_KEY=xxx\n",
					"SHIFT4SHOP_TOKEN=your_shift4shop_token\n",
					// wrong alphabet and length
					"SHIFT4SHOP_PRIVATE_KEY=" + notHex(g, 32) + "\n",
					"SHIFT4SHOP_TOKEN=" + g.Hex(40) + "\n",
					// the name glued to another word
					"SHIFT4SHOPIFY_BUILD=" + g.Hex(32) + "\n",
				},
			}
		},
		"tiendanube-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TIENDANUBE_STORE_ID=" + saasDigits(g, 7) + "\nTIENDANUBE_ACCESS_TOKEN=" + g.Hex(40) + "\n",
					"NUVEMSHOP_ACCESS_TOKEN=\"" + g.Hex(40) + "\"\n",
					"tiendanube:\n  store_id: " + saasDigits(g, 7) + "\n  access_token: '" + g.Hex(40) + "'\n",
					"{\"tiendanube\": \"" + g.Hex(40) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"TIENDANUBE_ACCESS_TOKEN=tu_access_token\n",
					"NUVEMSHOP_ACCESS_TOKEN=\"SEU_ACCESS_TOKEN\"\n",
					// wrong alphabet and length
					"TIENDANUBE_ACCESS_TOKEN=" + notHex(g, 40) + "\n",
					"TIENDANUBE_ACCESS_TOKEN=" + g.Hex(32) + "\n",
					// the name glued to another word
					"TIENDANUBEAPP_BUILD=" + g.Hex(40) + "\n",
				},
			}
		},
		"veeqo-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("Vq", "t/")
			return Cases{
				Positives: []string{
					"VEEQO_API_KEY=" + prefix + g.Hex(32) + "\n",
					"curl --url https://api.veeqo.com/orders --header 'x-api-key: " + prefix + g.Hex(32) + "'\n",
					"| Veeqo API | HTTP Header Auth | `x-api-key: " + prefix + g.Hex(32) + "` |\n",
				},
				Negatives: []string{
					// placeholders and the wrong alphabet
					"x-api-key: " + prefix + "...\n",
					"VEEQO_API_KEY=" + prefix + notHex(g, 32) + "\n",
					// inside base64 text
					g.Base64Bytes(12) + prefix + g.Hex(32) + "\n",
					// wrong length
					"VEEQO_API_KEY=" + prefix + g.Hex(24) + "\n",
				},
			}
		},
		"yotpo-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"YOTPO_APP_KEY=" + g.MixedAlnum(40) + "\nYOTPO_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					"private $YOTPO_SECRET = \"" + g.MixedAlnum(40) + "\";\n",
					"yotpo:\n  app_key: " + g.MixedAlnum(40) + "\n",
					"const yotpo_api_key = \"" + g.MixedAlnum(40) + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"YOTPO_SECRET_KEY=your_yotpo_secret_key\n",
					"\"secret\": \"your_yotpo_secret\",\n",
					// wrong length
					"YOTPO_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
					// the store id is no credential
					"YOTPO_STORE_ID=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
	}
}

// s27retailWidenedCases are more cases of rules this change widened.
func s27retailWidenedCases() map[string]Builder {
	return map[string]Builder{
		"mercadopago-access-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("APP", "_USR-")
			token := func(user int) string {
				return prefix + saasDigits(g, 16) + "-" + saasDigits(g, 6) + "-" + g.Hex(32) + "-" + saasDigits(g, user)
			}
			return Cases{
				Positives: []string{
					// Mercado Libre user ids of ten digits
					"const tokenMP =\n    'Bearer " + token(10) + "';\n",
					"MELI_ACCESS_TOKEN=" + token(10) + "\n",
					"$headers = 'Authorization: Bearer " + token(9) + "';\n",
				},
				Negatives: []string{
					"Authorization: Bearer " + prefix + "TU_ACCESS_TOKEN_PRODUCCION\n",
					"MELI_ACCESS_TOKEN=" + prefix + saasDigits(g, 8) + "-" + saasDigits(g, 6) + "-X-" + saasDigits(g, 8) + "\n",
					// a user id too long for one
					"MELI_ACCESS_TOKEN=" + token(14) + "\n",
				},
			}
		},
	}
}
