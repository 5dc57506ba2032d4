// Cases for the regional payment, logistics and commerce provider rules added
// in the s28 south change: Biteship, Billplz, Duitku, ePayco, GHN, Khalti,
// Kushki, PayFast, PayU, Pesapal, SeerBit and toyyibPay. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28southCases are the cases of the rules this change adds.
func s28southCases() map[string]Builder {
	return map[string]Builder{
		"biteship-api-key": func(g *fake.Gen) Cases {
			key := func(mode string) string {
				claims := fmt.Sprintf(`{"name":"%s","userId":"%s","iat":%d}`, g.MixedLetters(8), g.Hex(24), 1700000000+g.IntN(90000000))
				return fake.Join("bites", "hip_", mode, ".") + g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, claims)
			}
			return Cases{
				Positives: []string{
					"BITESHIP_API_KEY=" + key("live") + "\n",
					"const res = await fetch('https://api.biteship.com/v1/rates/couriers', {\n  headers: { authorization: '" + key("test") + "' },\n});\n",
					"'services' => ['biteship' => ['api_key' => '" + key("live") + "']],\n",
				},
				Negatives: []string{
					// placeholders
					"BITESHIP_API_KEY=" + fake.Join("bites", "hip_", "test.") + "xxxx\n",
					"BITESHIP_API_KEY=" + fake.Join("bites", "hip_", "live.") + "eyJhbGc...\n",
					// another mode name is not a Biteship key
					"BITESHIP_API_KEY=" + fake.Join("bites", "hip_", "prod.") + g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, `{"userId":"`+g.Hex(24)+`"}`) + "\n",
					// the prefix glued to a longer name
					"KEY=my" + fake.Join("bites", "hip_", "live.") + g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, `{"userId":"`+g.Hex(24)+`"}`) + "\n",
				},
			}
		},
		"billplz-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BILLPLZ_API_KEY=\"" + g.UUID() + "\"\n",
					"curl https://www.billplz.com/api/v3/collections -u " + g.UUID() + ": -d title=\"My First API Collection\"\n",
					"billplz:\n  secret_key: " + g.UUID() + "\n  collection_id: " + g.LowerAlnum(8) + "\n",
				},
				Negatives: []string{
					// placeholders
					"BILLPLZ_API_KEY=your_api_key_here\n",
					"BILLPLZ_API_KEY=<api secret key>\n",
					// a collection id is not the key
					"BILLPLZ_COLLECTION_ID=" + g.LowerAlnum(8) + "\n",
					// upper-case and truncated UUIDs
					"BILLPLZ_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					"BILLPLZ_API_KEY=" + g.UUID()[:30] + "\n",
				},
			}
		},
		"duitku-merchant-key": func(g *fake.Gen) Cases {
			code := "D" + g.String(fake.Digits, 4)
			return Cases{
				Positives: []string{
					"DUITKU_MERCHANT_CODE=" + code + "\nDUITKU_API_KEY=" + g.Hex(32) + "\n",
					"$duitkuMerchantCode = '" + code + "';\n$duitkuMerchantKey = '" + g.Hex(32) + "';\n",
					"duitku:\n  merchant_code: " + code + "\n  api_key: " + g.String(fake.HexUpper, 32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"DUITKU_API_KEY=YOUR MERCHANT KEY\n",
					"DUITKU_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length and alphabet
					"DUITKU_API_KEY=" + g.Hex(24) + "\n",
					"DUITKU_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the merchant code is not the key
					"DUITKU_MERCHANT_CODE=" + code + "\n",
				},
			}
		},
		"ghn-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VITE_GHN_TOKEN=" + g.UUID() + "\nVITE_GHN_SHOP_ID=" + g.String(fake.Digits, 7) + "\n",
					"# GHN API (Production)\nghn.api.url=https://online-gateway.ghn.vn/shiip/public-api\nghn.api.token=" + g.UUID() + "\n",
					"const GHN_TOKEN = \"" + g.UUID() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"ghn.api.token=YOUR_PRODUCTION_GHN_TOKEN\n",
					"GHN_TOKEN=" + strings.Repeat("0", 8) + "-0000-0000-0000-" + strings.Repeat("0", 12) + "\n",
					// the name inside a longer word
					"doughnut_token=" + g.UUID() + "\n",
					// the shop id, and a token that is no UUID
					"GHN_SHOP_ID=" + g.String(fake.Digits, 7) + "\n",
					"GHN_TOKEN=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"khalti-secret-key": func(g *fake.Gen) Cases {
			live := fake.Join("live", "_secret", "_key_")
			test := fake.Join("test", "_secret", "_key_")
			return Cases{
				Positives: []string{
					"KHALTI_SECRET_KEY=" + live + g.Hex(32) + "\n",
					"headers = {\"Authorization\": \"Key " + test + g.Hex(32) + "\", \"Content-Type\": \"application/json\"}\n",
					"$khalti->setSecretKey('" + test + g.Hex(32) + "');\n",
					"KHALTI_SECRET_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"KHALTI_SECRET_KEY=your-secret-key\n",
					"KHALTI_SECRET_KEY=" + live + strings.Repeat("x", 32) + "\n",
					// wrong length and alphabet
					"KHALTI_SECRET_KEY=" + live + g.Hex(24) + "\n",
					"KHALTI_SECRET_KEY=" + live + g.MixedAlnum(32) + "\n",
					// the public key is not a secret
					"KHALTI_PUBLIC_ID=" + fake.Join("live", "_public", "_key_") + g.Hex(32) + "\n",
				},
			}
		},
		"interswitch-client-secret": func(g *fake.Gen) Cases {
			ikia := func() string { return fake.Join("IK", "IA") + g.String(fake.HexUpper, 40) }
			return Cases{
				Positives: []string{
					"INTERSWITCH_CLIENT_ID=" + ikia() + "\nINTERSWITCH_CLIENT_SECRET=" + g.Base64Bytes(32) + "\n",
					"    private final static String clientId = \"" + ikia() + "\";\n    private final static String clientSecret = \"" + g.Base64Bytes(32) + "\";\n",
					"String clientId = \"" + ikia() + "\";\nString secret = \"" + g.String(fake.HexUpper, 40) + "\";\n",
					"client_secret = os.getenv(\"INTERSWITCH_CLIENT_SECRET\", \"" + g.String(fake.HexUpper, 40) + "\")\n",
				},
				Negatives: []string{
					// the client id alone is not the secret
					"INTERSWITCH_CLIENT_ID=" + ikia() + "\n",
					// placeholders
					"INTERSWITCH_CLIENT_SECRET=your_client_secret\n",
					"INTERSWITCH_CLIENT_SECRET=" + strings.Repeat("X", 40) + "\n",
					// wrong length, and a secret far from any Interswitch name
					"INTERSWITCH_CLIENT_SECRET=" + g.String(fake.HexUpper, 32) + "\n",
					"clientSecret = \"" + g.Base64Bytes(32) + "\"\n",
				},
			}
		},
		"melhor-envio-access-token": func(g *fake.Gen) Cases {
			token := func() string {
				claims := fmt.Sprintf(`{"aud":"1","jti":"%s","iat":%d,"nbf":%d,"exp":%d,"sub":"%s","scopes":["cart-read","cart-write","shipping-calculate"]}`,
					g.Hex(80), 1700000000, 1700000000, 2000000000, g.UUID())
				// an RSA-2048 signature is 342 characters: JWTWithClaims gives 43
				return g.JWTWithClaims(`{"typ":"JWT","alg":"RS256"}`, claims) + g.String(fake.Base64URL, 299)
			}
			return Cases{
				Positives: []string{
					"MELHOR_ENVIO_TOKEN=" + token() + "\n",
					"const melhorEnvio = new MelhorEnvio({ token: '" + token() + "', sandbox: true });\n",
					"melhor_envio:\n  access_token: \"" + token() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"MELHOR_ENVIO_TOKEN=seu_token_aqui\n",
					"MELHOR_ENVIO_TOKEN=eyJ0eXAiOiJKV1Qi...\n",
					// the client id is not the token
					"MELHOR_ENVIO_CLIENT_ID=" + g.String(fake.Digits, 4) + "\n",
					// a token with no Melhor Envio name near it
					"SHIPPING_TOKEN=" + g.Hex(40) + "\n",
				},
			}
		},
		"kushki-private-merchant-id": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"headers: {\n  \"Private-Merchant-Id\": \"" + g.Hex(32) + "\",\n  \"Content-Type\": \"application/json\",\n}\n",
					"KUSHKI_PRIVATE_MERCHANT_ID=" + g.Hex(32) + "\n",
					"kushki:\n  private_key: \"" + g.Hex(32) + "\"\n",
					"curl -X POST https://api-uat.kushkipagos.com/card/v1/charges -H 'private-merchant-id: " + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// the public merchant id is not a secret
					"KUSHKI_PUBLIC_MERCHANT_ID=" + g.Hex(32) + "\n",
					"var kushki = new Kushki({merchantId: '" + g.Hex(32) + "', inTestEnvironment: true});\n",
					// placeholders and a wrong alphabet
					"\"Private-Merchant-Id\": \"TU_PRIVATE_KEY\",\n",
					"\"Private-Merchant-Id\": \"" + g.MixedAlnum(32) + "\",\n",
					"KUSHKI_PRIVATE_MERCHANT_ID=" + g.Hex(40) + "\n",
				},
			}
		},
		"payfast-merchant-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(6) + g.String(fake.Digits, 3) + g.String(fake.Lower, 4) }
			return Cases{
				Positives: []string{
					"PAYFAST_MERCHANT_ID=" + g.String(fake.Digits, 8) + "\nPAYFAST_MERCHANT_KEY=" + key() + "\n",
					"payfast:\n  merchant_id: " + g.String(fake.Digits, 8) + "\n  merchant_key: " + key() + "\n",
					"'payfast_merchant_key' => env('PAYFAST_MERCHANT_KEY', '" + key() + "'),\n",
				},
				Negatives: []string{
					// placeholders
					"PAYFAST_MERCHANT_KEY=your_merchant_key_here\n",
					"PAYFAST_MERCHANT_KEY=" + strings.Repeat("x", 13) + "\n",
					// wrong length, and upper case
					"PAYFAST_MERCHANT_KEY=" + g.LowerAlnum(20) + "\n",
					"PAYFAST_MERCHANT_KEY=" + strings.ToUpper(key()) + "\n",
					// the merchant id is not the key
					"PAYFAST_MERCHANT_ID=" + g.String(fake.Digits, 8) + "\n",
				},
			}
		},
		"pesapal-consumer-secret": func(g *fake.Gen) Cases {
			secret := func() string {
				return g.String(fake.Lower, 4) + g.String(fake.Digits, 3) + g.String(fake.Upper, 4) + g.String(fake.Base64, 16) + "="
			}
			key := func() string {
				return g.String(fake.Lower, 4) + g.String(fake.Digits, 2) + g.String(fake.Upper, 4) + g.MixedAlnum(22)
			}
			return Cases{
				Positives: []string{
					"PESAPAL_CONSUMER_KEY=" + key() + "\nPESAPAL_CONSUMER_SECRET=" + secret() + "\n",
					"PESAPAL_CONSUMER_SECRET = os.getenv(\"PESAPAL_CONSUMER_SECRET\", \"" + secret() + "\")\n",
					"pesapal = Pesapal(consumer_key=\"" + key() + "\", consumer_secret=\"" + secret() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"PESAPAL_CONSUMER_SECRET=your_secret_here\n",
					"PESAPAL_CONSUMER_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong lengths
					"PESAPAL_CONSUMER_SECRET=" + g.MixedAlnum(20) + "=\n",
					"PESAPAL_CONSUMER_KEY=" + g.MixedAlnum(40) + "\n",
					// the IPN id is a UUID, not a credential
					"PESAPAL_IPN_ID=" + g.UUID() + "\n",
				},
			}
		},
		"epayco-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EPAYCO_PUBLIC_KEY=" + g.Hex(32) + "\nEPAYCO_PRIVATE_KEY=" + g.Hex(32) + "\nEPAYCO_P_CUST_ID=" + g.String(fake.Digits, 7) + "\n",
					"EPAYCO_P_KEY=" + g.Hex(40) + "\nEPAYCO_TEST=false\n",
					"epayco:\n  public_key: " + g.Hex(32) + "\n  private_key: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// the public key and the customer id are not secrets
					"EPAYCO_PUBLIC_KEY=" + g.Hex(32) + "\n",
					"EPAYCO_P_CUST_ID_CLIENTE=" + g.String(fake.Digits, 7) + "\n",
					// placeholders and a wrong alphabet
					"EPAYCO_PRIVATE_KEY=tu_private_key_produccion\n",
					"EPAYCO_P_KEY=" + strings.Repeat("*", 3) + "\n",
					"EPAYCO_PRIVATE_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"payu-api-key": func(g *fake.Gen) Cases {
			latam := func() string {
				return g.String(fake.Lower, 3) + g.String(fake.Digits, 3) + g.String(fake.Upper, 3) + g.MixedAlnum(17)
			}
			salt := func() string {
				return g.String(fake.Upper, 3) + g.String(fake.Digits, 3) + g.String(fake.Lower, 3) + g.MixedAlnum(23)
			}
			return Cases{
				Positives: []string{
					"PayU::$apiKey = \"" + latam() + "\"; // API Key\nPayU::$apiLogin = \"" + g.MixedAlnum(15) + "\";\n",
					"PAYU_API_KEY=" + latam() + "\nPAYU_MERCHANT_ID=" + g.String(fake.Digits, 6) + "\n",
					"PAYU_MERCHANT_KEY=" + g.MixedAlnum(7) + "\nPAYU_MERCHANT_SALT=" + salt() + "\n",
				},
				Negatives: []string{
					// placeholders
					"PAYU_API_KEY=your_payu_api_key_here\n",
					"PAYU_MERCHANT_SALT=" + strings.Repeat("x", 32) + "\n",
					// the merchant key and the api login are not this rule's
					"PAYU_MERCHANT_KEY=" + g.MixedAlnum(7) + "\n",
					"PAYU_API_LOGIN=" + g.MixedAlnum(15) + "\n",
					// wrong length
					"PAYU_API_KEY=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"seerbit-secret-key": func(g *fake.Gen) Cases {
			live := fake.Join("SBS", "ECK_")
			return Cases{
				Positives: []string{
					"SEERBIT_SECRET_KEY=" + live + g.String(fake.Upper+fake.Digits, 40) + "\n",
					"$client->setPrivateKey(\"" + live + g.String(fake.Upper+fake.Digits, 40) + "\");\n",
					"seerBitClient, err := client.NewSeerBitClient(\"" + fake.Join("SBP", "UBK_") + g.String(fake.Upper+fake.Digits, 32) + "\", \"" + fake.Join("SBTEST", "SECK_") + g.String(fake.Upper+fake.Digits, 40) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"SEERBIT_SECRET_KEY=" + live + "XXXXXXXXXXXXX\n",
					"SEERBIT_SECRET_KEY=" + live + "xxx\n",
					// the public key is not a secret
					"SEERBIT_PUBLIC_KEY=" + fake.Join("SBP", "UBK_") + g.String(fake.Upper+fake.Digits, 32) + "\n",
					// wrong length and lower case
					"SEERBIT_SECRET_KEY=" + live + g.String(fake.Upper+fake.Digits, 30) + "\n",
					"SEERBIT_SECRET_KEY=" + live + g.String(fake.Lower+fake.Digits, 40) + "\n",
				},
			}
		},
		"toyyibpay-user-secret-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.LowerAlnum(8) + "-" + g.LowerAlnum(4) + "-" + g.LowerAlnum(4) + "-" + g.LowerAlnum(4) + "-" + g.LowerAlnum(12)
			}
			return Cases{
				Positives: []string{
					"$some_data = array(\n    'userSecretKey'=>'" + key() + "',\n    'categoryCode'=>'" + g.LowerAlnum(8) + "',\n);\n",
					"TOYYIBPAY_SECRET_KEY=" + key() + "\n",
					"form.append(\"userSecretKey\", \"" + key() + "\");\n",
				},
				Negatives: []string{
					// placeholders
					"TOYYIBPAY_SECRET_KEY=your_secret_key\n",
					"'userSecretKey'=>'xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx',\n",
					// the category code is not the key
					"'categoryCode'=>'" + g.LowerAlnum(8) + "',\n",
					// wrong shape
					"TOYYIBPAY_SECRET_KEY=" + g.LowerAlnum(36) + "\n",
					"'userSecretKey'=>'" + strings.ToUpper(key()) + "',\n",
				},
			}
		},
	}
}
