// Cases for the payment and platform rules of Asia, Latin America and
// Africa added in the s29payworld change: 2C2P, Alipay, Cielo, ECPay, Game Jolt,
// MoMo (Vietnam), MTN MoMo, NewebPay and TapPay. Every key shape is built
// at run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// bareRSAKey returns a PKCS#8 RSA private key as Alipay's SDKs take it:
// the base64 body of the PEM block on one line, without its armour.
func bareRSAKey() string {
	var body strings.Builder
	for _, line := range strings.Split(fake.PKCS8PEM(), "\n") {
		if line == "" || strings.HasPrefix(line, "-----") {
			continue
		}
		body.WriteString(line)
	}
	return body.String()
}

// bareRSAKeyPKCS1 returns a PKCS#1 shaped RSA private key body (2048-bit
// header, random body), as Alipay's key tool writes the "non-Java" key.
func bareRSAKeyPKCS1(g *fake.Gen) string {
	return fake.Join("MIIEpA", "IBAAKCAQEA") + g.Base64Bytes(1180)[:1570]
}

// s29payworldCases are the cases of the rules this change adds.
func s29payworldCases() map[string]Builder {
	return map[string]Builder{
		"2c2p-secret-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 64) }
			return Cases{
				Positives: []string{
					"PAYMENT_2C2P_MERCHANT_ID=JT04\nPAYMENT_2C2P_SECRET_KEY=" + key() + "\n",
					"2c2p:\n  merchant_id: \"764764000001560\"\n  secret_key: \"" + key() + "\"\n",
					"'2c2p_secret_key' => '" + key() + "',\n",
					"{\"2c2p\": {\"merchantId\": \"JT04\", \"secretKey\": \"" + strings.ToLower(key()) + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"PAYMENT_2C2P_SECRET_KEY=your_secret_key\n",
					"PAYMENT_2C2P_SECRET_KEY=" + strings.Repeat("0", 64) + "\n",
					// the legacy 12-character key and a wrong length
					"PAYMENT_2C2P_SECRET_KEY=" + g.MixedAlnum(12) + "\n",
					"PAYMENT_2C2P_SECRET_KEY=" + g.String(fake.HexUpper, 40) + "\n",
					// mixed case is no hex key
					"PAYMENT_2C2P_SECRET_KEY=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"alipay-app-private-key": func(g *fake.Gen) Cases {
			key := bareRSAKey()
			pub := fake.Join("MIIBIj", "ANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA") + g.Base64Bytes(290)[:380]
			return Cases{
				Positives: []string{
					"alipay = AliPay(\n    appid=\"2021000" + g.String(fake.Digits, 9) + "\",\n    app_notify_url=None,\n    app_private_key_string=\"" + key + "\",\n    sign_type=\"RSA2\",\n)\n",
					"ALIPAY_APP_ID=2021000" + g.String(fake.Digits, 9) + "\nALIPAY_APP_PRIVATE_KEY=" + bareRSAKeyPKCS1(g) + "\n",
					"alipay:\n  app-id: 2021000" + g.String(fake.Digits, 9) + "\n  app-private-key: " + key + "\n  sign-type: RSA2\n",
					"$config = array(\n    'app_id' => \"2021000" + g.String(fake.Digits, 9) + "\",\n    'merchant_private_key' => \"" + bareRSAKeyPKCS1(g) + "\",\n);\n",
					"const alipaySdk = new AlipaySdk({ appId: '2021000" + g.String(fake.Digits, 9) + "', privateKey: '" + key + "' });\n",
				},
				Negatives: []string{
					// the Alipay public key is not a secret
					"ALIPAY_PUBLIC_KEY=" + pub + "\n",
					// placeholders and a truncated key
					"ALIPAY_APP_PRIVATE_KEY=your_app_private_key\n",
					"app_private_key_string=\"" + key[:120] + "...\"\n",
					// base64 that is no DER private key
					"ALIPAY_APP_PRIVATE_KEY=" + g.Base64Bytes(900) + "\n",
				},
			}
		},
		"cielo-merchant-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Upper, 40) }
			live := func() string { return g.String(fake.Upper+fake.Digits, 40) }
			return Cases{
				Positives: []string{
					"CIELO_MERCHANT_ID=" + g.UUID() + "\nCIELO_MERCHANT_KEY=" + key() + "\n",
					"curl --request POST \"https://apisandbox.cieloecommerce.cielo.com.br/1/sales/\" \\\n  --header \"MerchantId: " + g.UUID() + "\" \\\n  --header \"MerchantKey: " + live() + "\"\n",
					"$merchant = new Merchant('" + g.UUID() + "', '" + key() + "');\n",
					"\"Cielo\": {\n    \"MerchantId\": \"" + g.UUID() + "\",\n    \"MerchantKey\": \"" + live() + "\"\n}\n",
				},
				Negatives: []string{
					// placeholders
					"CIELO_MERCHANT_KEY=" + strings.Repeat("X", 40) + "\n",
					"CIELO_MERCHANT_KEY=your_merchant_key\n",
					// wrong length, and lower case (a SHA-1 digest)
					"CIELO_MERCHANT_KEY=" + g.String(fake.Upper, 32) + "\n",
					"merchant_key = \"" + g.Hex(40) + "\"\n",
					// a merchant key of another gateway (PayFast's 13 characters)
					"PAYFAST_MERCHANT_KEY=" + g.LowerAlnum(13) + "\n",
				},
			}
		},
		"ecpay-hash-key": func(g *fake.Gen) Cases {
			v := func() string { return g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"ECPAY_MERCHANT_ID=2000132\nECPAY_HASH_KEY=" + v() + "\nECPAY_HASH_IV=" + v() + "\n",
					"ecpay:\n  merchant_id: \"3002607\"\n  hash_key: \"" + v() + "\"\n  hash_iv: \"" + v() + "\"\n",
					"public const string EcpayHashKey = \"" + v() + "\";\n",
					"'ecpay_hash_iv' => '" + v() + "',\n",
				},
				Negatives: []string{
					// placeholders
					"ECPAY_HASH_KEY=your_hash_key\n",
					"ECPAY_HASH_KEY=" + strings.Repeat("x", 16) + "\n",
					// wrong length, and the merchant id
					"ECPAY_HASH_KEY=" + g.MixedAlnum(12) + "\n",
					"ECPAY_MERCHANT_ID=" + g.String(fake.Digits, 16) + "\n",
					// the name glued to another word
					"ECPAYMENTS_NAME=" + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"gamejolt-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GAMEJOLT_GAME_ID=" + g.String(fake.Digits, 6) + "\nGAMEJOLT_PRIVATE_KEY=" + g.Hex(32) + "\n",
					"GameJolt.init({ GameID: " + g.String(fake.Digits, 6) + ", PrivateKey: \"" + g.Hex(32) + "\" });\n",
					"gj_private_key = \"" + g.Hex(32) + "\"\n",
					"api = GameJoltAPI(\"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"GAMEJOLT_PRIVATE_KEY=your_private_key\n",
					"GAMEJOLT_PRIVATE_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"GAMEJOLT_PRIVATE_KEY=" + g.Hex(24) + "\n",
					"GAMEJOLT_PRIVATE_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"momo-secret-key": func(g *fake.Gen) Cases {
			v := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"MOMO_PARTNER_CODE=MOMO" + g.String(fake.Upper, 4) + "20240101\nMOMO_ACCESS_KEY=" + g.MixedAlnum(16) + "\nMOMO_SECRET_KEY=" + v() + "\n",
					"\"MoMo\": {\n    \"PartnerCode\": \"MOMO\",\n    \"SecretKey\": \"" + v() + "\"\n}\n",
					"const momoConfig = { partnerCode: 'MOMO', secretKey: '" + v() + "' };\n",
					"momo:\n  partner-code: MOMO\n  secret-key: " + v() + "\n",
				},
				Negatives: []string{
					// placeholders
					"MOMO_SECRET_KEY=your_secret_key_here\n",
					"MOMO_SECRET_KEY=" + strings.Repeat("X", 32) + "\n",
					// the access key and a wrong length
					"MOMO_ACCESS_KEY=" + g.MixedAlnum(16) + "\n",
					"MOMO_SECRET_KEY=" + g.MixedAlnum(24) + "\n",
					// an MTN MoMo key is hex
					"MOMO_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"mtn-momo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MTN_MOMO_SUBSCRIPTION_KEY=" + g.Hex(32) + "\nMTN_MOMO_API_USER=" + g.UUID() + "\nMTN_MOMO_API_KEY=" + g.Hex(32) + "\n",
					"MOMO_COLLECTION_PRIMARY_KEY=" + g.Hex(32) + "\n",
					"mtn_momo:\n  api_user: " + g.UUID() + "\n  api_key: " + g.Hex(32) + "\n  target_environment: mtnuganda\n",
					"const config = { mtnMomo: { subscriptionKey: '" + g.Hex(32) + "', apiUser: '" + g.UUID() + "' } };\n",
				},
				Negatives: []string{
					// placeholders
					"MTN_MOMO_API_KEY=your-api-key\n",
					"MTN_MOMO_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// the API user is a UUID, not a key
					"MTN_MOMO_API_USER=" + g.UUID() + "\n",
					// wrong length and alphabet
					"MTN_MOMO_API_KEY=" + g.Hex(40) + "\n",
					"MOMO_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"newebpay-hash-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NEWEBPAY_MERCHANT_ID=MS" + g.String(fake.Digits, 9) + "\nNEWEBPAY_HASH_KEY=" + g.MixedAlnum(32) + "\nNEWEBPAY_HASH_IV=" + g.MixedAlnum(16) + "\n",
					"newebpay:\n  merchant_id: MS" + g.String(fake.Digits, 9) + "\n  hash_key: \"" + g.MixedAlnum(32) + "\"\n",
					"NewebPay.HashIV = \"" + g.MixedAlnum(16) + "\";\n",
					"spgateway_hash_key = '" + g.MixedAlnum(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"NEWEBPAY_HASH_KEY=your_newebpay_hash_key\n",
					"NEWEBPAY_HASH_KEY=" + strings.Repeat("x", 32) + "\n",
					// the merchant id and a wrong length
					"NEWEBPAY_MERCHANT_ID=MS" + g.String(fake.Digits, 14) + "\n",
					"NEWEBPAY_HASH_KEY=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"tappay-partner-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("part", "ner_")
			key := func() string { return prefix + g.MixedAlnum(56) }
			return Cases{
				Positives: []string{
					"TAPPAY_PARTNER_KEY=" + key() + "\nTAPPAY_MERCHANT_ID=shop_CTBC\n",
					"headers = {\"Content-Type\": \"application/json\", \"x-api-key\": \"" + key() + "\"}\n",
					"payload = {\"prime\": prime, \"partner_key\": \"" + key() + "\", \"merchant_id\": \"shop_TAISHIN\"}\n",
					"let partnerKey = \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"TAPPAY_PARTNER_KEY=" + prefix + "blablabla\n",
					"TAPPAY_PARTNER_KEY=" + prefix + strings.Repeat("x", 56) + "\n",
					// the public app key and a wrong length
					"APP_KEY=" + fake.Join("ap", "p_") + g.MixedAlnum(60) + "\n",
					"TAPPAY_PARTNER_KEY=" + prefix + g.MixedAlnum(40) + "\n",
					// an identifier that starts with the prefix
					prefix + g.MixedAlnum(56) + "_backup = None\n",
				},
			}
		},
	}
}
