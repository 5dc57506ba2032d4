// Cases for the payment provider rules added in the s35-payleft change:
// Lyra's REST API password (Izipay, PayZen, Systempay, Mi Cuenta Web),
// HitPay, iugu, Juspay, Paymentwall, Transbank Webpay and Tamara. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35payleftCases are the cases of the rules this change adds.
func s35payleftCases() map[string]Builder {
	return map[string]Builder{
		"lyra-rest-api-password": func(g *fake.Gen) Cases {
			pw := func(env string) string { return fake.Join(env, "password_") + g.MixedAlnum(45) }
			return Cases{
				Positives: []string{
					"IZIPAY_USERNAME=" + g.String(fake.Digits, 8) + "\nIZIPAY_PASSWORD=" + pw("test") + "\n",
					"Lyra\\Client::setDefaultUsername(\"" + g.String(fake.Digits, 8) + "\");\nLyra\\Client::setDefaultPassword(\"" + pw("prod") + "\");\n",
					"'password' => env('SYSTEMPAY_PASSWORD', '" + pw("test") + "'),\n",
					"const PASSWORD = \"" + pw("prod") + "\";\nconst auth = Buffer.from(`${USERNAME}:${PASSWORD}`).toString('base64');\n",
					"payzen:\n  shop_id: \"" + g.String(fake.Digits, 8) + "\"\n  password: " + pw("test") + "\n",
				},
				Negatives: []string{
					// placeholders and a short test value
					"KEY_PASSWORD = '" + fake.Join("test", "password_") + strings.Repeat("X", 45) + "'\n",
					"IZIPAY_PASSWORD=" + fake.Join("test", "password_") + "1234567890\n",
					// wrong length and another prefix
					"IZIPAY_PASSWORD=" + fake.Join("prod", "password_") + g.MixedAlnum(40) + "\n",
					"IZIPAY_PASSWORD=" + fake.Join("dev", "password_") + g.MixedAlnum(45) + "\n",
					// the prefix glued to another word
					"user_password = \"my" + fake.Join("test", "password_") + g.MixedAlnum(45) + "\"\n",
					// the JavaScript client's public key is public
					"IZIPAY_PUBLIC_KEY=" + g.String(fake.Digits, 8) + ":" + fake.Join("test", "publickey_") + g.MixedAlnum(45) + "\n",
				},
			}
		},
		"hitpay-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"HITPAY_API_KEY=" + key() + "\nHITPAY_SALT=" + g.MixedAlnum(64) + "\n",
					"headers = {\n    'X-BUSINESS-API-KEY': '" + key() + "',\n    'Content-Type': 'application/x-www-form-urlencoded',\n}\n",
					"curl https://api.sandbox.hit-pay.com/v1/payment-requests \\\n  -H \"X-BUSINESS-API-KEY: " + key() + "\" \\\n  -H \"X-Requested-With: XMLHttpRequest\"\n",
					"hitpay:\n  api_key: \"" + key() + "\"\n  environment: sandbox\n",
					"const hitpayApiKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"HITPAY_API_KEY=your_hitpay_api_key\n",
					"'X-BUSINESS-API-KEY': 'sk-test-key',\n",
					// wrong length
					"HITPAY_API_KEY=" + g.Hex(63) + "\n",
					"HITPAY_API_KEY=" + g.Hex(65) + "\n",
					// the name glued to another word
					"whitpay_api_key = \"" + key() + "\"\n",
					// an API key header of another provider
					"X-API-KEY: " + key() + "\n",
				},
			}
		},
		"iugu-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"Iugu.api_key = \"" + g.Hex(32) + "\"\n",
					"IUGU_API_TOKEN=" + g.String(fake.HexUpper, 64) + "\n",
					"const IUGU_API_TOKEN =\n  process.env.IUGU_API_TOKEN || '" + g.String(fake.HexUpper, 64) + "';\n",
					"iugu.config(token='" + g.Hex(32) + "')\n",
					"iugu:\n  api_token: " + g.Hex(64) + "\n",
				},
				Negatives: []string{
					// placeholders
					"Iugu.api_key = \"seuApiToken\"\n",
					"IUGU_API_TOKEN=" + strings.Repeat("0", 32) + "\n",
					// the account id (32 upper-case hex digits) is public
					"Iugu.setAccountID(\"" + g.String(fake.HexUpper, 32) + "\");\n",
					// wrong length
					"IUGU_API_TOKEN=" + g.Hex(40) + "\n",
					// the name glued to another word
					"fiugu_api_token = \"" + g.Hex(32) + "\"\n",
				},
			}
		},
		"juspay-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 30) }
			return Cases{
				Positives: []string{
					"JUSPAY_MERCHANT_ID=acme\nJUSPAY_API_KEY=" + key() + "\nJUSPAY_BASE_URL=https://sandbox.juspay.in\n",
					"juspay:\n  merchant_id: acme\n  api_key: \"" + key() + "\"\n",
					"const juspay = new Juspay({\n  merchantId: 'acme',\n  apiKey: '" + key() + "',\n});\n",
					"JUSPAY_API_KEY = os.getenv(\"JUSPAY_API_KEY\", \"" + key() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"JUSPAY_API_KEY=your_juspay_api_key\n",
					"JUSPAY_API_KEY=" + strings.Repeat("A", 30) + "\n",
					// lower case, wrong length
					"JUSPAY_API_KEY=" + g.Hex(30) + "\n",
					"JUSPAY_API_KEY=" + g.String(fake.HexUpper, 32) + "\n",
					// a merchant id is no key
					"JUSPAY_MERCHANT_ID=" + key() + "\n",
					// the Juspay Grid LLM gateway key
					"export JUSPAY_API_KEY=" + fake.Join("sk", "-") + g.MixedAlnum(22) + "\n",
				},
			}
		},
		"paymentwall-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"PAYMENTWALL_PROJECT_KEY=" + g.Hex(32) + "\nPAYMENTWALL_SECRET_KEY=" + key() + "\n",
					"define('PAYMENTWALL_SECRET_KEY', '" + key() + "');\n",
					"Configuration::updateValue('PAYMENTWALL_SECRET_KEY', '" + key() + "');\n",
					"paymentwall:\n  secret_key: " + key() + "\n",
					"$settings['paymentwall_private_key'] = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"PAYMENTWALL_SECRET_KEY=your_secret_key\n",
					"PAYMENTWALL_SECRET_KEY=" + strings.Repeat("c", 32) + "\n",
					// the project key is public
					"PAYMENTWALL_PROJECT_KEY=" + key() + "\n",
					"define('PAYMENTWALL_APP_KEY', '" + key() + "');\n",
					// wrong length
					"PAYMENTWALL_SECRET_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
		"transbank-api-key-secret": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 64) }
			return Cases{
				Positives: []string{
					"headers = {\n    \"Tbk-Api-Key-Id\": \"597055555532\",\n    \"Tbk-Api-Key-Secret\": \"" + key() + "\",\n    \"Content-Type\": \"application/json\",\n}\n",
					"TBK_COMMERCE_CODE=597055555532\nTBK_API_KEY_SECRET=" + key() + "\n",
					"curl -X POST https://webpay3g.transbank.cl/rswebpaytransaction/api/webpay/v1.2/transactions \\\n  -H 'Tbk-Api-Key-Id: 597055555532' \\\n  -H 'Tbk-Api-Key-Secret: " + key() + "'\n",
					"transbank:\n  api_key: " + key() + "\n  commerce_code: \"597055555532\"\n",
					"WEBPAY_API_KEY = \"" + key() + "\"\n",
				},
				Negatives: []string{
					// the integration environment's published key
					"TBK_API_KEY_SECRET=" + fake.Join("579B532A", "7440BB0C") + g.String(fake.HexUpper, 48) + "\n",
					// placeholders
					"TBK_API_KEY_SECRET=your_api_key_secret\n",
					// lower case and wrong length
					"TBK_API_KEY_SECRET=" + g.Hex(64) + "\n",
					"TBK_API_KEY_SECRET=" + g.String(fake.HexUpper, 62) + "\n",
					// the commerce code is public
					"\"Tbk-Api-Key-Id\": \"" + g.String(fake.Digits, 12) + "\",\n",
					// NewebPay, the name glued to another word
					"NEWEBPAY_HASH_KEY=" + key() + "\n",
				},
			}
		},
		"tamara-api-token": func(g *fake.Gen) Cases {
			tok := func() string {
				claims := `{"accountId":"` + g.UUID() + `","type":"merchant","salt":"` + g.Hex(32) + `","roles":["ROLE_MERCHANT"],"iat":17` + g.String(fake.Digits, 8) + `,"iss":"Tamara PP"}`
				return g.JWTWithClaims(`{"typ":"JWT","alg":"RS256"}`, claims)
			}
			return Cases{
				Positives: []string{
					"TAMARA_API_URL=https://api-sandbox.tamara.co\nTAMARA_API_TOKEN=" + tok() + "\n",
					"tamara:\n  api_token: \"" + tok() + "\"\n",
					"const client = new Tamara({ apiToken: '" + tok() + "', sandbox: true });\n",
					"'tamara_api_token' => '" + tok() + "',\n",
					"TAMARA_TOKEN = \"" + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"TAMARA_API_TOKEN=eyJhbGci...\n",
					"TAMARA_API_TOKEN=your_api_token\n",
					// the notification token is no JWT
					"TAMARA_NOTIFICATION_TOKEN=" + g.MixedAlnum(36) + "\n",
					// a JWT with no Tamara name
					"Authorization: Bearer " + tok() + "\n",
					// the name glued to another word
					"CATAMARAN_API_TOKEN=" + tok() + "\n",
				},
			}
		},
	}
}
