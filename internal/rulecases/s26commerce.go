// Cases for the payments and commerce rules added in the s26commerce change:
// Affirm, CCAvenue, Conekta, Culqi, iyzico, Lithic, Monnify, NMI, OPPWA (HyperPay,
// Peach Payments), PAY.JP, Paytm,
// Saleor, Tap Payments, Worldpay and Yoco.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// paytmKeyChars are the characters of a Paytm merchant key.
const paytmKeyChars = fake.Alnum + "@#%&!_"

// s26commerceCases are the cases of the rules this change adds.
func s26commerceCases() map[string]Builder {
	return map[string]Builder{
		"affirm-private-api-key": func(g *fake.Gen) Cases {
			public := func() string { return g.String(fake.Upper+fake.Digits, 16) }
			return Cases{
				Positives: []string{
					"AFFIRM_PUBLIC_API_KEY=" + public() + "\nAFFIRM_PRIVATE_API_KEY=" + g.MixedAlnum(32) + "\n",
					"affirm:\n  public_api_key: " + public() + "\n  private_api_key: \"" + g.MixedAlnum(32) + "\"\n",
					"Affirm.configure do |config|\n  config.private_api_key = \"" + g.MixedAlnum(32) + "\"\n  config.public_api_key = \"" + public() + "\"\nend\n",
				},
				Negatives: []string{
					// the public key is not the secret
					"AFFIRM_PUBLIC_API_KEY=" + public() + "\n",
					// placeholders and a wrong length
					"AFFIRM_PRIVATE_API_KEY=your_affirm_private_api_key\n",
					"AFFIRM_PRIVATE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					"AFFIRM_PRIVATE_API_KEY=" + g.MixedAlnum(24) + "\n",
					// the word affirm without a credential word
					"affirm = \"" + g.MixedAlnum(32) + "\"\n",
					// the name glued to another word
					"REAFFIRM_PRIVATE_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"conekta-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ke", "y_")
			return Cases{
				Positives: []string{
					"CONEKTA_PRIVATE_KEY=" + prefix + g.MixedAlnum(23) + "\n",
					"Conekta.api_key = '" + g.MixedAlnum(20) + "'\nConekta.locale = :es\n",
					"\\Conekta\\Conekta::setApiKey(\"" + prefix + g.MixedAlnum(20) + "\");\n",
					"conekta:\n  private_key: \"" + prefix + g.MixedAlnum(27) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"CONEKTA_PRIVATE_KEY=" + prefix + "xxxxxxxxxxxxxxxxxxxx\n",
					"CONEKTA_PRIVATE_KEY=" + prefix + "test_xxxxx\n",
					"CONEKTA_PRIVATE_KEY=tu_llave_privada\n",
					// too short, and a wrong length without the prefix
					"CONEKTA_PRIVATE_KEY=" + prefix + g.MixedAlnum(8) + "\n",
					"CONEKTA_PRIVATE_KEY=" + g.MixedAlnum(26) + "\n",
					// the name glued to another word
					"CONEKTA_ORDER_ID=" + g.MixedAlnum(20) + "\n",
				},
			}
		},
		"culqi-secret-key": func(g *fake.Gen) Cases {
			sk := func() string { return fake.Join("sk", "_", g.Pick("live", "test"), "_") + g.MixedAlnum(16) }
			pk := fake.Join("pk", "_test_")
			return Cases{
				Positives: []string{
					"CULQI_SECRET_KEY=" + sk() + "\nCULQI_PUBLIC_KEY=" + pk + g.MixedAlnum(16) + "\n",
					"culqipy.API_KEY = \"" + sk() + "\"\nculqipy.COD_COMMERCE = \"" + pk + g.MixedAlnum(16) + "\"\n",
					"define('CULQI_SECRET_KEY', '" + sk() + "');\n",
					"{\"culqi\": {\"secret_key\": \"" + sk() + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"CULQI_SECRET_KEY=" + fake.Join("sk", "_test_") + "xxxxxxxxx\n",
					"CULQI_SECRET_KEY=" + fake.Join("sk", "_live_") + "xxxxxxxxxxxxxxxx\n",
					// the public key is not the secret
					"CULQI_PUBLIC_KEY=" + pk + g.MixedAlnum(16) + "\n",
					// a shorter key is not Culqi's
					"CULQI_SECRET_KEY=" + fake.Join("sk", "_live_") + g.MixedAlnum(12) + "\n",
					// the name glued to another word
					"CULQI_ORDER_ID=" + fake.Join("sk", "_live_") + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"ccavenue-working-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 32) }
			access := func() string {
				return fake.Join("A", "V") + g.String(fake.Upper, 2) + g.String(fake.Digits, 2) + g.String(fake.Upper, 2) + g.String(fake.Digits, 2) + g.String(fake.Upper, 10)
			}
			return Cases{
				Positives: []string{
					"CCAVENUE_MERCHANT_ID=" + g.String(fake.Digits, 6) + "\nCCAVENUE_ACCESS_CODE=" + access() + "\nCCAVENUE_WORKING_KEY=" + key() + "\n",
					"define('CCAVENUE_WORKING_KEY', '" + key() + "');\n",
					"ccavenue:\n  merchant_id: \"" + g.String(fake.Digits, 7) + "\"\n  working_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"CCAVENUE_WORKING_KEY=your-working-key\n",
					"CCAVENUE_WORKING_KEY=" + strings.Repeat("X", 32) + "\n",
					// lower-case hex and a wrong length
					"CCAVENUE_WORKING_KEY=" + g.Hex(32) + "\n",
					"CCAVENUE_WORKING_KEY=" + g.String(fake.HexUpper, 24) + "\n",
					// the access code is not the working key
					"CCAVENUE_ACCESS_CODE=" + access() + "\n",
				},
			}
		},
		"iyzico-secret-key": func(g *fake.Gen) Cases {
			sandbox := fake.Join("sand", "box-")
			return Cases{
				Positives: []string{
					"$options = new \\Iyzipay\\Options();\n$options->setApiKey(\"" + sandbox + g.MixedAlnum(32) + "\");\n$options->setSecretKey(\"" + sandbox + g.MixedAlnum(32) + "\");\n",
					"IYZICO_API_KEY=" + g.MixedAlnum(32) + "\nIYZICO_SECRET_KEY=" + g.MixedAlnum(32) + "\nIYZICO_BASE_URL=https://api.iyzipay.com\n",
					"iyzipay:\n  secret_key: \"" + sandbox + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"IYZICO_SECRET_KEY=" + sandbox + "your-secret-key\n",
					"IYZICO_SECRET_KEY=" + sandbox + strings.Repeat("x", 32) + "\n",
					// wrong lengths
					"IYZICO_SECRET_KEY=" + g.MixedAlnum(24) + "\n",
					"$options->setSecretKey(\"" + sandbox + g.MixedAlnum(40) + "\");\n",
					// another SDK's secret key without the sandbox prefix or an iyzico name
					"$client->setSecretKey(\"" + g.MixedAlnum(32) + "\");\n",
				},
			}
		},
		"monnify-secret-key": func(g *fake.Gen) Cases {
			secret := func() string {
				return g.String(fake.Upper, 4) + g.String(fake.Digits, 4) + g.String(fake.Upper+fake.Digits, 24)
			}
			apiKey := fake.Join("MK", "_TEST_") + g.String(fake.Upper+fake.Digits, 10)
			return Cases{
				Positives: []string{
					"MONNIFY_API_KEY=" + apiKey + "\nMONNIFY_SECRET_KEY=" + secret() + "\nMONNIFY_CONTRACT_CODE=" + g.String(fake.Digits, 10) + "\n",
					"MONNIFY_SECRET_KEY= \"" + secret() + "\"\n",
					"monnify:\n  api_key: " + apiKey + "\n  secret_key: '" + secret() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"MONNIFY_SECRET_KEY=your_monnify_secret_key\n",
					"MONNIFY_SECRET_KEY=" + strings.Repeat("X", 32) + "\n",
					// lower case and a wrong length
					"MONNIFY_SECRET_KEY=" + strings.ToLower(secret()) + "\n",
					"MONNIFY_SECRET_KEY=" + g.String(fake.Upper+fake.Digits, 24) + "\n",
					// the contract code is not a key
					"MONNIFY_CONTRACT_CODE=" + g.String(fake.Digits, 32) + "\n",
				},
			}
		},
		"oppwa-access-token": func(g *fake.Gen) Cases {
			token := func() string {
				id := fake.Join("8a", g.Pick("82", "c7", "c9")) + g.Hex(28)
				return base64.StdEncoding.EncodeToString([]byte(id + "|" + g.MixedAlnum(10)))
			}
			return Cases{
				Positives: []string{
					"curl_setopt($ch, CURLOPT_HTTPHEADER, array(\n    'Authorization:Bearer " + token() + "'));\n",
					"headers = {\n    'Authorization': 'Bearer " + token() + "'\n}\n",
					"HYPERPAY_ACCESS_TOKEN=" + token() + "\nHYPERPAY_ENTITY_ID=" + fake.Join("8a", "c7") + g.Hex(28) + "\n",
				},
				Negatives: []string{
					// base64 of an id that is not OPPWA's shape
					"HYPERPAY_ACCESS_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(fake.Join("8a", "c7")+g.Hex(20)+"|"+g.MixedAlnum(10))) + "\n",
					"HYPERPAY_ACCESS_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(fake.Join("8a", "c7")+g.Hex(28)+":"+g.MixedAlnum(10))) + "\n",
					// placeholders
					"Authorization: Bearer YOUR_ACCESS_TOKEN\n",
					"HYPERPAY_ACCESS_TOKEN=" + fake.Join("OG", "E4") + strings.Repeat("x", 52) + "\n",
					// the entity id alone is not a secret
					"entityId=" + fake.Join("8a", "82") + g.Hex(28) + "\n",
				},
			}
		},
		"payjp-secret-key": func(g *fake.Gen) Cases {
			sk := func() string { return fake.Join("sk", "_", g.Pick("live", "test"), "_") + g.Hex(24) }
			return Cases{
				Positives: []string{
					"import payjp\npayjp.api_key = '" + sk() + "'\n",
					"PAYJP_SECRET_KEY=" + sk() + "\nPAYJP_PUBLIC_KEY=" + fake.Join("pk", "_test_") + g.Hex(24) + "\n",
					"curl https://api.pay.jp/v1/charges -u " + sk() + ": -d amount=500 -d currency=jpy\n",
				},
				Negatives: []string{
					// the public key
					"PAYJP_PUBLIC_KEY=" + fake.Join("pk", "_live_") + g.Hex(24) + "\n",
					// placeholders
					"Payjp.api_key = '" + fake.Join("sk", "_test_") + "xxxxxxxxxxxxxxxxxxxxxxxx'\n",
					"PAYJP_SECRET_KEY=" + fake.Join("sk", "_test_") + "your_secret_key\n",
					// a wrong length of hex
					"PAYJP_SECRET_KEY=" + fake.Join("sk", "_test_") + g.Hex(20) + "\n",
				},
			}
		},
		"tap-payments-secret-key": func(g *fake.Gen) Cases {
			sk := func() string { return fake.Join("sk", "_", g.Pick("live", "test"), "_") + g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"TAP_SECRET_KEY=" + sk() + "\nTAP_PUBLIC_KEY=" + fake.Join("pk", "_test_") + g.MixedAlnum(24) + "\n",
					"tap_payments:\n  secret_key: \"" + sk() + "\"\n",
					"'tap_secret_key' => env('TAP_SECRET', '" + sk() + "'),\n",
				},
				Negatives: []string{
					// placeholders
					"TAP_SECRET_KEY=" + fake.Join("sk", "_test_") + "xxxxxxxxxxxxxxxxx\n",
					"TAP_SECRET_KEY=your_secret_key\n",
					// the public key
					"TAP_PUBLIC_KEY=" + fake.Join("pk", "_live_") + g.MixedAlnum(24) + "\n",
					// a shorter key
					"TAP_SECRET_KEY=" + fake.Join("sk", "_test_") + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"lithic-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LITHIC_API_KEY=" + g.UUID() + "\nLITHIC_API_URL=https://sandbox.lithic.com/v1\n",
					"client = Lithic(api_key=\"" + g.UUID() + "\", environment=\"sandbox\")\n",
					"lithic:\n  api_key: " + g.UUID() + "\n  environment: production\n",
				},
				Negatives: []string{
					// placeholders
					"LITHIC_API_KEY=your_sandbox_api_key\n",
					"LITHIC_API_KEY=<your Lithic sandbox API key>\n",
					// a card token or an account id is not a key
					"LITHIC_CARD_TOKEN_ID=" + g.UUID() + "\n",
					// an upper-case UUID and a UUID without dashes
					"LITHIC_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					"LITHIC_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"nmi-security-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NMI_SECURITY_KEY=" + g.MixedAlnum(32) + "\nNMI_TEST_MODE=enabled\n",
					"const nmi = new ZNMI(\"" + g.MixedAlnum(32) + "\");\n",
					"curl -d \"type=sale&amount=1.00\" \"https://secure.nmi.com/api/transact.php?security_key=" + g.MixedAlnum(32) + "&ccnumber=4111111111111111\"\n",
					"payment:\n  nmi:\n    security_key: '" + g.MixedAlnum(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"NMI_SECURITY_KEY=your_security_key_here\n",
					"NMI_SECURITY_KEY=" + strings.Repeat("X", 32) + "\n",
					// wrong lengths
					"NMI_SECURITY_KEY=" + g.MixedAlnum(24) + "\n",
					"https://secure.nmi.com/api/transact.php?security_key=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"NMI_WATCHDOG_ID=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"paytm-merchant-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(8) + g.Pick("&", "#", "@", "%", "_") + g.String(paytmKeyChars, 7) }
			return Cases{
				Positives: []string{
					"PAYTM_MID=" + g.String(fake.Upper+fake.Lower, 6) + g.String(fake.Digits, 14) + "\nPAYTM_MERCHANT_KEY=" + key() + "\n",
					"define('PAYTM_MERCHANT_KEY', '" + key() + "');\ndefine('PAYTM_MERCHANT_WEBSITE', 'WEBSTAGING');\n",
					"paytm:\n  merchant_key: '" + key() + "'\n  website: WEBSTAGING\n",
				},
				Negatives: []string{
					// placeholders
					"PAYTM_MERCHANT_KEY=YOUR_MERCHANT_KEY\n",
					"PAYTM_MERCHANT_KEY=xxxxxxxxxxxxxxxx\n",
					// wrong lengths
					"PAYTM_MERCHANT_KEY=" + g.MixedAlnum(12) + "\n",
					"PAYTM_MERCHANT_KEY=" + g.MixedAlnum(24) + "\n",
					// the merchant id is not the key
					"PAYTM_MERCHANT_MID=" + g.String(fake.Upper+fake.Lower, 6) + g.String(fake.Digits, 14) + "\n",
				},
			}
		},
		"saleor-app-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NEXT_PUBLIC_SALEOR_API_URL=https://example.saleor.cloud/graphql/\nSALEOR_APP_TOKEN=" + g.MixedAlnum(30) + "\n",
					"saleor:\n  api_url: https://shop.example.com/graphql/\n  app_token: \"" + g.MixedAlnum(30) + "\"\n",
					"const saleorToken = \"" + g.MixedAlnum(30) + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"SALEOR_APP_TOKEN=your-app-token-here\n",
					"SALEOR_APP_TOKEN=" + strings.Repeat("a", 30) + "\n",
					// wrong lengths
					"SALEOR_APP_TOKEN=" + g.MixedAlnum(20) + "\n",
					"SALEOR_APP_TOKEN=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"SALEORDEMO_CHANNEL=" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"worldpay-service-key": func(g *fake.Gen) Cases {
			test := fake.Join("T", "_S_")
			live := fake.Join("L", "_S_")
			return Cases{
				Positives: []string{
					"WORLDPAY_SERVICE_KEY=" + test + g.UUID() + "\nWORLDPAY_CLIENT_KEY=" + fake.Join("T", "_C_") + g.UUID() + "\n",
					"Worldpay.WORLDPAY_SERVICE_KEY = '" + live + g.UUID() + "'\n",
					"$worldpay = new Worldpay('" + test + g.UUID() + "');\n",
					"headers: { Authorization: \"" + live + g.UUID() + "\" }\n",
				},
				Negatives: []string{
					// the client key is public
					"WORLDPAY_CLIENT_KEY=" + fake.Join("T", "_C_") + g.UUID() + "\n",
					// placeholders and damaged keys
					"WORLDPAY_SERVICE_KEY=" + test + "your-service-key\n",
					"WORLDPAY_SERVICE_KEY=" + test + strings.ToUpper(g.UUID()) + "\n",
					"WORLDPAY_SERVICE_KEY=" + test + g.Hex(32) + "\n",
					// glued to a longer name
					"X" + test + g.UUID() + "\n",
				},
			}
		},
		"yoco-secret-key": func(g *fake.Gen) Cases {
			sk := func() string {
				return fake.Join("sk", "_", g.Pick("live", "test"), "_") + g.Hex(8) + g.MixedAlnum(8) + g.Hex(12)
			}
			pk := fake.Join("pk", "_test_")
			return Cases{
				Positives: []string{
					"YOCO_SECRET_KEY=" + sk() + "\nYOCO_PUBLIC_KEY=" + pk + g.Hex(8) + g.MixedAlnum(8) + g.Hex(4) + "\n",
					"yoco:\n  secret_key: \"" + sk() + "\"\n  sandbox: true\n",
					"curl https://payments.yoco.com/api/checkouts -H \"Authorization: Bearer " + sk() + "\" # yoco\n",
				},
				Negatives: []string{
					// placeholders
					"YOCO_SECRET_KEY=" + fake.Join("sk", "_test_") + "your_key_here\n",
					"YOCO_SECRET_KEY=" + fake.Join("sk", "_test_") + "xxxxxxxxxxxxx\n",
					// the public key is not the secret
					"YOCO_PUBLIC_KEY=" + pk + g.Hex(8) + g.MixedAlnum(8) + g.Hex(4) + "\n",
					// a wrong length
					"YOCO_SECRET_KEY=" + fake.Join("sk", "_live_") + g.MixedAlnum(20) + "\n",
				},
			}
		},
	}
}
