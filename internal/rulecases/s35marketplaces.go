// Cases for the e-commerce platform and marketplace seller API rules added
// in the s35 marketplaces change: bol.com, Cafe24, Hepsiburada, Lazada,
// Mercado Libre, Naver Commerce, Paddle Classic, Payhip, Salla, Teachable and
// Walmart Marketplace, and the widened Mercado Pago access token. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// bcryptAlphabet is the base64 alphabet of bcrypt salts, which Naver
// Commerce application secrets are.
const bcryptAlphabet = "./" + fake.Alnum

// bolSecretAlphabet holds the characters of bol.com client secrets.
const bolSecretAlphabet = fake.Alnum + "!@?()+"

// s35marketplacesCases are the cases of the rules this change adds.
func s35marketplacesCases() map[string]Builder {
	return map[string]Builder{
		"naver-commerce-client-secret": func(g *fake.Gen) Cases {
			cost := fake.Join("$2a", "$04$")
			sec := func() string { return cost + g.String(bcryptAlphabet, 21) + g.Pick(".", "O", "e", "u") }
			id := func() string { return g.MixedAlnum(22) }
			escaped := func() string {
				return fake.Join("\\$2a", "\\$04\\$") + g.String(bcryptAlphabet, 21) + g.Pick(".", "O", "e", "u")
			}
			return Cases{
				Positives: []string{
					"NAVER_COMMERCE_CLIENT_ID=" + id() + "\nNAVER_COMMERCE_CLIENT_SECRET=" + sec() + "\nNAVER_COMMERCE_SELLER_ID=ncp_1o" + "f59r_01\n",
					"import bcrypt from 'bcryptjs';\n\nconst CLIENT_ID = '" + id() + "';\nconst CLIENT_SECRET = '" + sec() + "';\n\n" +
						"async function getNaverToken() {\n  const timestamp = Date.now();\n  const hashed = bcrypt.hashSync(`${CLIENT_ID}_${timestamp}`, CLIENT_SECRET);\n}\n",
					"client_id = '" + id() + "'\nclient_secret = '" + sec() + "'\n\nurl = \"https://api.commerce.naver.com/external/v1/oauth2/token\"\n",
					"# .env.local (bash needs the dollars escaped)\nNAVER_CLIENT_SECRET=" + escaped() + "\n",
					"naver:\n  commerce:\n    client_id: " + id() + "\n    client_secret: \"" + sec() + "\"\n",
					"$client_id = '" + id() + "';\n$client_secret = '" + sec() + "';\n$hashed = crypt($client_id . '_' . $timestamp, $client_secret);\n",
				},
				Negatives: []string{
					// placeholders
					"NAVER_COMMERCE_CLIENT_SECRET=" + cost + "...\n",
					"NAVER_COMMERCE_CLIENT_SECRET=" + cost + strings.Repeat("x", 22) + "\n",
					// a salt whose last character 128 bits cannot give
					"NAVER_COMMERCE_CLIENT_SECRET=" + cost + g.String(bcryptAlphabet, 21) + "Z\n",
					// a whole bcrypt hash is a password hash, not a salt
					"NAVER_ADMIN_PASSWORD_HASH=" + fake.Join("$2a", "$10$") + g.String(bcryptAlphabet, 53) + "\n",
					// a bcrypt test vector: a salt with no Naver or client_secret label
					"    (b\"U*U\", b\"" + sec() + "\", b\"" + cost + g.String(bcryptAlphabet, 53) + "\"),\n",
					// the client id is public
					"NAVER_COMMERCE_CLIENT_ID=" + id() + "\n",
				},
			}
		},
		"cafe24-api-credential": func(g *fake.Gen) Cases {
			v := func() string { return g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"CAFE24_MALL_ID=myshop\nCAFE24_CLIENT_ID=" + v() + "\nCAFE24_CLIENT_SECRET=" + v() + "\nCAFE24_REDIRECT_URI=https://example.com/callback\n",
					"{\"cafe24\": {\"access_token\": \"" + v() + "\", \"refresh_token\": \"" + v() + "\", \"mall_id\": \"myshop\"}}\n",
					"cat > .env.local << 'EOF'\nCAFE24_ACCESS_TOKEN=" + v() + "\nCAFE24_REFRESH_TOKEN=" + v() + "\nEOF\n",
					"curl -X GET 'https://myshop.cafe24api.com/api/v2/admin/products' -H 'Authorization: Bearer " + v() + "'\n",
					"cafe24:\n  mall_id: myshop\n  client_id: " + v() + "\n  client_secret: " + v() + "\n",
				},
				Negatives: []string{
					// placeholders
					"CAFE24_CLIENT_SECRET=your_client_secret\n",
					"CAFE24_ACCESS_TOKEN=" + strings.Repeat("x", 22) + "\n",
					// the client id is public
					"CAFE24_CLIENT_ID=" + v() + "\n",
					// wrong length, and one letter case only
					"CAFE24_ACCESS_TOKEN=" + g.MixedAlnum(32) + "\n",
					"CAFE24_ACCESS_TOKEN=" + g.LowerAlnum(22) + "\n",
					// the name glued to another word
					"mycafe24_token: " + v() + "\n",
				},
			}
		},
		"salla-app-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"SALLA_CLIENT_ID=" + g.UUID() + "\nSALLA_CLIENT_SECRET=" + sec() + "\nSALLA_WEBHOOK_SECRET=" + sec() + "\nSALLA_API_BASE=https://api.salla.dev/admin/v2\n",
					"{\n  \"salla\": {\n    \"client_id\": \"" + g.UUID() + "\",\n    \"client_secret\": \"" + sec() + "\"\n  }\n}\n",
					"'salla' => [\n    'client_id' => '" + g.UUID() + "',\n    'client_secret' => '" + sec() + "',\n],\n",
					"const sallaWebhookSecret = \"" + sec() + "\";\n",
					"docker run -e SALLA_CLIENT_SECRET=" + sec() + " my-salla-app\n",
				},
				Negatives: []string{
					// placeholders
					"SALLA_CLIENT_SECRET=your_client_secret\n",
					"SALLA_CLIENT_SECRET=" + strings.Repeat("x", 32) + "\n",
					// wrong length, and upper-case hex
					"SALLA_CLIENT_SECRET=" + g.Hex(40) + "\n",
					"SALLA_CLIENT_SECRET=" + g.String(fake.HexUpper, 32) + "\n",
					// the client id and a store id are no secrets
					"SALLA_CLIENT_ID=" + g.UUID() + "\n",
					"SALLA_STORE_ID=" + g.Hex(32) + "\n",
				},
			}
		},
		"hepsiburada-secret-key": func(g *fake.Gen) Cases {
			sec := func() string { return g.MixedAlnum(12) }
			return Cases{
				Positives: []string{
					"HEPSIBURADA_MERCHANT_ID=" + g.UUID() + "\nHEPSIBURADA_SECRET_KEY=" + sec() + "\nHEPSIBURADA_USER_AGENT=myshop_dev\n",
					"HEPSIBURADA_USERNAME=" + g.UUID() + "\nHEPSIBURADA_PASSWORD=" + sec() + "\n",
					"{\"hepsiburada\": {\"secretKey\": \"" + sec() + "\", \"merchantId\": \"" + g.UUID() + "\"}}\n",
					"hepsiburada_secret = \"" + sec() + "\"\n",
					"export const HEPSIBURADA_SECRET_KEY = '" + sec() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"HEPSIBURADA_SECRET_KEY=your_secret\n",
					"HEPSIBURADA_SECRET_KEY=secretkey123\n",
					// wrong length
					"HEPSIBURADA_SECRET_KEY=" + g.MixedAlnum(16) + "\n",
					// the merchant id and the user agent are no secrets
					"HEPSIBURADA_MERCHANT_ID=" + g.UUID() + "\n",
					"HEPSIBURADA_USER_AGENT=" + sec() + "\n",
				},
			}
		},
		"bolcom-client-secret": func(g *fake.Gen) Cases {
			sec := func() string {
				for {
					s := g.String(bolSecretAlphabet, 64)
					if strings.ContainsAny(s, "!@?()+") && strings.ContainsAny(s, fake.Upper) && strings.ContainsAny(s, fake.Lower) {
						return s
					}
				}
			}
			return Cases{
				Positives: []string{
					"# Bol.com API Credentials\nBOL_CLIENT_ID = \"" + g.UUID() + "\"\nBOL_CLIENT_SECRET = \"" + sec() + "\"\n",
					"BOL_CLIENT_SECRET=" + sec() + "\n",
					"'bol_client_secret' => '" + sec() + "',\n",
					"bol:\n  client_id: " + g.UUID() + "\n  client_secret: \"" + sec() + "\"\n",
					"{\"bolcom\": {\"clientId\": \"" + g.UUID() + "\", \"clientSecret\": \"" + sec() + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"BOL_CLIENT_SECRET=your-client-secret\n",
					"BOL_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					// wrong length, and one letter case only
					"BOL_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					"BOL_CLIENT_SECRET=" + g.LowerAlnum(64) + "\n",
					// the client id is public
					"BOL_CLIENT_ID=" + g.UUID() + "\n",
					// the name glued to another word
					"symbol_secret = \"" + sec() + "\"\n",
				},
			}
		},
		"walmart-client-secret": func(g *fake.Gen) Cases {
			sec := func() string {
				for {
					s := g.String(fake.Base64URL, 86)
					if strings.ContainsAny(s, fake.Upper) && strings.ContainsAny(s, fake.Lower) {
						return s
					}
				}
			}
			return Cases{
				Positives: []string{
					"WALMART_CLIENT_ID=" + g.UUID() + "\nWALMART_CLIENT_SECRET=" + sec() + "\nWALMART_SANDBOX=false\n",
					"WALMART_CLIENT_ID = \"" + g.UUID() + "\"\nWALMART_CLIENT_SECRET = \"" + sec() + "\"\n",
					"walmart:\n  client_id: " + g.UUID() + "\n  client_secret: " + sec() + "\n",
					"[walmart]\nclient_id = \"" + g.UUID() + "\"\nclient_secret = \"" + sec() + "\"\n",
					"kubectl create secret generic wm --from-literal=walmart-client-secret=" + sec() + "\n",
				},
				Negatives: []string{
					// placeholders
					"WALMART_CLIENT_SECRET=your_client_secret\n",
					"WALMART_CLIENT_SECRET=" + strings.Repeat("x", 86) + "\n",
					// wrong length
					"WALMART_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"WALMART_CLIENT_SECRET=" + g.MixedAlnum(120) + "\n",
					// the client and consumer ids are no secrets
					"WALMART_CLIENT_ID=" + g.UUID() + "\n",
					"WM_CONSUMER.ID: " + g.UUID() + "\n",
				},
			}
		},
		"payhip-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("prod", "_sk_") + g.MixedAlnum(5) + "_" + g.Hex(40) }
			return Cases{
				Positives: []string{
					"PAYHIP_API_KEY=" + key() + "\nPAYHIP_API_BASE_URL=https://payhip.com/api/v2\n",
					"const PAYHIP_SECRET = \"" + key() + "\";\nconst PAYHIP_URL = \"https://payhip.com/api/v2/license/verify\";\n",
					"curl -H 'payhip-api-key: " + key() + "' 'https://payhip.com/api/v2/license/verify?product_link=RDubp'\n",
					"payhip:\n  api_key: " + key() + "\n  product_link: RDubp\n",
				},
				Negatives: []string{
					// placeholders
					"PAYHIP_API_KEY=" + fake.Join("prod", "_sk_") + "xxxxx_" + strings.Repeat("x", 40) + "\n",
					"PAYHIP_API_KEY=your_payhip_api_key\n",
					// wrong lengths and alphabet
					"PAYHIP_API_KEY=" + fake.Join("prod", "_sk_") + g.MixedAlnum(5) + "_" + g.Hex(32) + "\n",
					"PAYHIP_API_KEY=" + fake.Join("prod", "_sk_") + g.MixedAlnum(5) + "_" + g.MixedAlnum(40) + "\n",
					// a Dojah production secret key
					"secret_key = '" + fake.Join("prod", "_sk_") + g.MixedAlnum(25) + "'\n",
					// glued to a longer prefix
					"key: '" + fake.Join("mlc_prod", "_sk_") + g.MixedAlnum(5) + "_" + g.Hex(40) + "'\n",
				},
			}
		},
		"lazada-access-token": func(g *fake.Gen) Cases {
			tok := func(kind string, n int) string {
				for {
					s := fake.Join("500", "0", kind) + g.String("1234567", 1) + "0" + g.String(fake.Digits, 1) + g.Alnum(n-8)
					if strings.ContainsAny(s[8:], fake.Upper) && strings.ContainsAny(s[8:], fake.Lower) {
						return s
					}
				}
			}
			return Cases{
				Positives: []string{
					"{\n  \"code\": \"0\",\n  \"access_token\": \"" + tok("0", 60) + "\",\n  \"refresh_token\": \"" + tok("1", 60) + "\",\n  \"country\": \"sg\"\n}\n",
					"LAZADA_ACCESS_TOKEN=" + tok("0", 62) + "\n",
					"client.execute(request, '" + tok("0", 62) + "')\n",
					"params = {\"product_id\": product_id, \"access_token\": \"" + tok("0", 68) + "\", \"app_key\": APP_KEY}\n",
				},
				Negatives: []string{
					// placeholders and truncated samples
					"\"access_token\": \"" + fake.Join("500", "00901234") + "...\",\n",
					"\"access_token\": \"" + fake.Join("500", "00600a1b2c3") + "\",\n",
					// a number, and hex, are no tokens
					"total = " + fake.Join("500", "0") + g.String(fake.Digits, 60) + "\n",
					"sha256: " + fake.Join("500", "0") + g.Hex(60) + "\n",
					// too short, and too long
					"LAZADA_ACCESS_TOKEN=" + tok("0", 50) + "\n",
					"LAZADA_ACCESS_TOKEN=" + tok("0", 80) + "\n",
				},
			}
		},
		"mercadolibre-refresh-token": func(g *fake.Gen) Cases {
			tg := fake.Join("T", "G-")
			tok := func() string { return tg + g.Hex(24) + "-" + saasDigits(g, 9+g.IntN(2)) }
			return Cases{
				Positives: []string{
					"ML_USER_ID=2420666742\nML_REFRESH_TOKEN=" + tok() + "\n",
					"{\n  \"token_type\": \"bearer\",\n  \"expires_in\": 21600,\n  \"refresh_token\": \"" + tok() + "\",\n  \"live_mode\": true\n}\n",
					"curl -X POST 'https://api.mercadolibre.com/oauth/token?grant_type=refresh_token&client_id=$APP_ID&client_secret=$SECRET&refresh_token=" + tok() + "'\n",
					"MERCADOLIBRE_REFRESH_TOKEN=\"" + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"ML_REFRESH_TOKEN=" + tg + "XXXXXXXX-241983636\n",
					"\"refresh_token\": \"" + tg + "...\"\n",
					"\"refresh_token\": \"" + tg + "xyz987uvw654rst321\"\n",
					// wrong length and upper-case hex
					"ML_REFRESH_TOKEN=" + tg + g.Hex(20) + "-241983636\n",
					"ML_REFRESH_TOKEN=" + tg + g.String(fake.HexUpper, 24) + "-241983636\n",
					// glued to a longer name
					"id: A" + tg + g.Hex(24) + "-241983636\n",
				},
			}
		},
		"paddle-classic-vendor-auth-code": func(g *fake.Gen) Cases {
			code := func() string { return g.Hex(50) }
			return Cases{
				Positives: []string{
					"PADDLE_VENDOR_ID=24248\nPADDLE_VENDOR_AUTH_CODE=" + code() + "\nPADDLE_SANDBOX=false\n",
					"const PADDLE_VENDOR_AUTH_CODE = '" + code() + "'; // Paddle Auth Code\n",
					"let auth: [String: Any] = [\n    \"vendor_id\": 138003,\n    \"vendor_auth_code\": \"" + code() + "\"\n]\n",
					"payload = {\"subscription_id\": sub_id, \"vendor_auth_code\": \"" + code() + "\", \"vendor_id\": \"118174\"}\n",
					"PaddlePay.config.vendor_auth_code = '" + code() + "'\n",
					"curl https://vendors.paddle.com/api/2.0/subscription/users -d vendor_id=12345 -d vendor_auth_code=" + code() + "\n",
				},
				Negatives: []string{
					// placeholders
					"PADDLE_VENDOR_AUTH_CODE=your-paddle-vendor-auth-code\n",
					"PADDLE_VENDOR_AUTH_CODE=" + strings.Repeat("0", 50) + "\n",
					// a Paddle Billing API key id is paddle-api-key's
					"\"vendor_auth_code\": \"" + fake.Join("api", "key_01") + g.String(fake.Lower+fake.Digits, 24) + "\",\n",
					// wrong length and upper-case hex
					"PADDLE_VENDOR_AUTH_CODE=" + g.Hex(40) + "\n",
					"PADDLE_VENDOR_AUTH_CODE=" + g.String(fake.HexUpper, 50) + "\n",
					// the vendor id is public, a digest is no code
					"PADDLE_VENDOR_ID=" + g.Hex(50) + "\n",
					"checksum: " + g.Hex(50) + "\n",
				},
			}
		},
		"teachable-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"TEACHABLE_API_KEY=" + key() + "\nTEACHABLE_SCHOOL_ID=1234567\n",
					"const TEACHABLE_API_KEY = \"" + key() + "\";\n",
					"curl --request GET --url https://developers.teachable.com/v1/courses --header 'apiKey: " + key() + "'\n",
					"{\"teachable\": {\"api_key\": \"" + key() + "\", \"school\": \"myschool\"}}\n",
					"update_option('teachable_fild_teachable_api_key', '" + key() + "');\n",
				},
				Negatives: []string{
					// placeholders
					"TEACHABLE_API_KEY=your-api-key-here\n",
					"TEACHABLE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// one letter case only, and wrong length
					"TEACHABLE_API_KEY=" + g.Hex(32) + "\n",
					"TEACHABLE_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"unteachable_token = \"" + key() + "\"\n",
				},
			}
		},
	}
}

// s35marketplacesWidenedCases are more cases of rules this change widened.
func s35marketplacesWidenedCases() map[string]Builder {
	return map[string]Builder{
		"mercadopago-access-token": func(g *fake.Gen) Cases {
			prefix := fake.Join("APP", "_USR-")
			token := func(app int, tag string) string {
				return prefix + saasDigits(g, app) + "-" + saasDigits(g, 6) + "-" + g.Hex(32) + tag + "-" + saasDigits(g, 9)
			}
			return Cases{
				Positives: []string{
					// an account tag before the user id, and a 15-digit app id
					"MercadoPagoService.setAccessToken(\"" + token(16, "__LA_LD__") + "\");\n",
					"MERCADOPAGO_ACCESS_TOKEN=" + token(16, "__G_C__") + "\n",
					"$mp = new MP('" + token(15, "") + "');\n",
				},
				Negatives: []string{
					// a lower-case tag is no Mercado Pago tag
					"MERCADOPAGO_ACCESS_TOKEN=" + token(16, "__la_ld__") + "\n",
					// an app id too short for one
					"MERCADOPAGO_ACCESS_TOKEN=" + token(12, "") + "\n",
				},
			}
		},
	}
}
