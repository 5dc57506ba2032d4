// Cases for the regional provider rules added in the s28ciseu change
// (Russia/CIS, Central Europe, Turkey and the Middle East): CDEK, SMS.ru, Comgate, DaData, Moyasar,
// MyFatoorah, PayTabs, PayTR, PayU, Przelewy24, Tabby and T-Bank (Tinkoff)
// Invest. Every key shape is built at run time from parts, so that this file
// holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28ciseuCases are the cases of the rules this change adds.
func s28ciseuCases() map[string]Builder {
	return map[string]Builder{
		"cdek-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CDEK_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					"cdek:\n  client_id: " + g.MixedAlnum(32) + "\n  client_secret: " + g.MixedAlnum(32) + "\n",
					"const client = new Cdek({ account: process.env.CDEK_ACCOUNT, password: \"" + g.MixedAlnum(32) + "\" });\n",
					"SDEK_SECURE_PASSWORD='" + g.MixedAlnum(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"CDEK_CLIENT_SECRET=" + strings.Repeat("x", 32) + "\n",
					"CDEK_CLIENT_SECRET=your_cdek_client_secret\n",
					// the account (client id) alone is not the secret
					"CDEK_CLIENT_ID=" + g.MixedAlnum(32) + "\n",
					// wrong length
					"CDEK_CLIENT_SECRET=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"smsru-api-id": func(g *fake.Gen) Cases {
			id := func() string {
				h := strings.ToUpper(g.Hex(32))
				return h[:8] + "-" + h[8:12] + "-" + h[12:16] + "-" + h[16:20] + "-" + h[20:]
			}
			return Cases{
				Positives: []string{
					"SMSRU_API_ID=" + id() + "\n",
					"fetch(`https://sms.ru/sms/send?api_id=" + id() + "&to=${phone}&msg=${text}&json=1`);\n",
					"smsru = SMSRU(\"" + id() + "\")\n",
					"sms_ru:\n  api_id: \"" + id() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SMSRU_API_ID=your_api_id\n",
					"SMSRU_API_ID=XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX\n",
					// not hex
					"SMSRU_API_ID=" + strings.ToUpper(g.MixedAlnum(8)) + "-ZZZZ-" + strings.ToUpper(g.Hex(4)) + "-" + strings.ToUpper(g.Hex(4)) + "-" + strings.ToUpper(g.Hex(12)) + "\n",
					// a sender name is no key
					"SMSRU_FROM=" + id()[:8] + "\n",
					// the name glued to another word
					"SMSRUN_TOKEN=" + id() + "\n",
				},
			}
		},
		"comgate-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"COMGATE_MERCHANT_ID=498008\nCOMGATE_SECRET=" + g.MixedAlnum(32) + "\n",
					"comgate:\n  merchant: 498008\n  secret: \"" + g.MixedAlnum(32) + "\"\n",
					"$comgateSecret = '" + g.MixedAlnum(32) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"COMGATE_SECRET=\"your-secret\"\n",
					"COMGATE_SECRET=" + strings.Repeat("x", 32) + "\n",
					// wrong length
					"COMGATE_SECRET=" + g.MixedAlnum(20) + "\n",
					// the merchant id is no secret
					"COMGATE_MERCHANT_ID=" + g.String(fake.Digits, 6) + "\n",
				},
			}
		},
		"dadata-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DADATA_API_KEY=" + g.Hex(40) + "\n",
					"from dadata import Dadata\ndadata = Dadata(\"" + g.Hex(40) + "\", secret)\n",
					"dadata:\n  secret: \"" + g.Hex(40) + "\"\n",
					"<script>\n  window.DADATA_TOKEN = \"" + g.Hex(40) + "\";\n</script>\n",
					"curl -X POST -H \"Authorization: Token " + g.Hex(40) + "\" -H \"X-Secret: " + g.Hex(40) + "\" https://cleaner.dadata.ru/api/v1/clean/address -d '[\"msk\"]'\n",
				},
				Negatives: []string{
					// placeholders
					"DADATA_API_KEY=your_dadata_api_key\n",
					"DADATA_SECRET=" + strings.Repeat("x", 40) + "\n",
					// wrong length and wrong alphabet
					"DADATA_API_KEY=" + g.Hex(32) + "\n",
					"DADATA_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"NODADATA_MODE=" + g.Hex(40) + "\n",
					// a token header on a line that does not name DaData
					"curl -H \"Authorization: Token " + g.Hex(40) + "\" https://api.example.com/v1/items\n",
				},
			}
		},
		"moyasar-secret-key": func(g *fake.Gen) Cases {
			live := fake.Join("sk", "_li", "ve_")
			test := fake.Join("sk", "_te", "st_")
			return Cases{
				Positives: []string{
					"MOYASAR_SECRET_KEY=" + live + g.MixedAlnum(40) + "\n",
					"moyasar:\n  secret_key: \"" + test + g.MixedAlnum(40) + "\"\n",
					"const client = new Moyasar('" + live + g.MixedAlnum(40) + "');\n",
					"import moyasar\nmoyasar.api_key = \"" + test + g.MixedAlnum(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"MOYASAR_SECRET_KEY=" + test + "xxxxx\n",
					"MOYASAR_SECRET_KEY=" + live + "...\n",
					// wrong length
					"MOYASAR_SECRET_KEY=" + live + g.MixedAlnum(30) + "\n",
					// the publishable key is not secret
					"MOYASAR_PUBLISHABLE_KEY=" + fake.Join("pk", "_li", "ve_") + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"myfatoorah-api-key": func(g *fake.Gen) Cases {
			key := func(country string) string { return fake.Join("S", "K_", country, "_") + g.MixedAlnum(64) }
			return Cases{
				Positives: []string{
					"MYFATOORAH_API_KEY=" + key("KWT") + "\n",
					"$response = Http::withHeaders(['authorization' => 'Bearer " + key("SAU") + "'])->post($url);\n",
					"{\n  \"MyFatoorah\": {\n    \"ApiToken\": \"" + key("ARE") + "\",\n    \"BaseUrl\": \"https://api.myfatoorah.com\"\n  }\n}\n",
				},
				Negatives: []string{
					// too short
					"MYFATOORAH_API_KEY=" + fake.Join("S", "K_KWT_") + g.MixedAlnum(40) + "\n",
					// no MyFatoorah country
					"MYFATOORAH_API_KEY=" + fake.Join("S", "K_USA_") + g.MixedAlnum(64) + "\n",
					// placeholder
					"MYFATOORAH_API_KEY=" + fake.Join("S", "K_KWT_") + strings.Repeat("x", 64) + "\n",
					// lower-case prefix
					"MYFATOORAH_API_KEY=" + fake.Join("s", "k_kwt_") + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"paytabs-server-key": func(g *fake.Gen) Cases {
			up := func(n int) string { return g.String(fake.Upper+fake.Digits, n) }
			key := func() string { return "S" + up(9) + "-" + up(10) + "-" + up(10) }
			return Cases{
				Positives: []string{
					"PAYTABS_SERVER_KEY=" + key() + "\n",
					"    'server_key' => env('paytabs_server_key', '" + key() + "'),\n",
					"client = PaytabsApi(profile_id=\"74038\", server_key=\"" + key() + "\")\n",
				},
				Negatives: []string{
					// placeholder
					"PAYTABS_SERVER_KEY=your_server_key\n",
					// the client key (public, used in the browser)
					"PAYTABS_CLIENT_KEY=C" + up(5) + "-" + up(6) + "-" + up(6) + "-" + up(6) + "\n",
					// one group short
					"PAYTABS_SERVER_KEY=S" + up(9) + "-" + up(10) + "\n",
					// lower case
					"PAYTABS_SERVER_KEY=s" + strings.ToLower(up(9)+"-"+up(10)+"-"+up(10)) + "\n",
				},
			}
		},
		"paytr-merchant-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PAYTR_MERCHANT_KEY=\"" + g.MixedAlnum(16) + "\"\n",
					"PAYTR_MERCHANT_SALT=" + g.MixedAlnum(16) + "\n",
					"$paytr_merchant_key = '" + g.MixedAlnum(16) + "';\n",
					"paytr:\n  merchant_salt: " + g.MixedAlnum(16) + "\n",
				},
				Negatives: []string{
					// placeholders
					"PAYTR_MERCHANT_KEY=your_merchant_key\n",
					"PAYTR_MERCHANT_SALT=XXXXXXXXXXXXXXXX\n",
					// wrong length
					"PAYTR_MERCHANT_KEY=" + g.MixedAlnum(24) + "\n",
					// one letter case only
					"PAYTR_MERCHANT_KEY=" + g.LowerAlnum(16) + "\n",
					// the merchant id is no secret
					"PAYTR_MERCHANT_ID=" + g.String(fake.Digits, 6) + "\n",
				},
			}
		},
		"payu-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PAYU_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"payu:\n  pos_id: 300746\n  second_key: " + g.Hex(32) + "\n",
					"  payu: { posId: '300746', clientSecret: '" + g.Hex(32) + "' },\n",
					"PAYU_MD5_KEY=\"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"PAYU_CLIENT_SECRET=your_client_secret\n",
					"PAYU_SECOND_KEY=" + strings.Repeat("x", 32) + "\n",
					// the OAuth client id is not the secret
					"PAYU_CLIENT_ID=" + g.Hex(32) + "\n",
					// wrong length
					"PAYU_CLIENT_SECRET=" + g.Hex(40) + "\n",
					// mixed-case letters are not a PayU Europe key
					"PAYU_SECOND_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"przelewy24-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"P24_API_KEY=" + g.Hex(32) + "\n",
					"$p24 = new Przelewy24(merchantId: 12345, reportsKey: '" + g.Hex(32) + "', isLive: false);\n",
					"{\"przelewy24\": {\"pos_id\": 159876, \"api_key\": \"" + g.Hex(32) + "\"}}\n",
				},
				Negatives: []string{
					// placeholder
					"P24_API_KEY=your_api_key\n",
					// wrong alphabet and length
					"P24_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					"P24_API_KEY=" + g.Hex(24) + "\n",
					// the name glued to another word
					"AP24_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"tabby-secret-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			return Cases{
				Positives: []string{
					"TABBY_SECRET_KEY=" + sk + "test_" + g.UUID() + "\n",
					"    'tabby_secret_key' => env('TABBY_SECRET_KEY', '" + sk + g.UUID() + "'),\n",
					"tabby:\n  secret_key: " + sk + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholder
					"TABBY_SECRET_KEY=" + sk + "test_...\n",
					// the public key
					"TABBY_PUBLIC_KEY=" + fake.Join("p", "k_") + g.UUID() + "\n",
					// tabby is a word: the bare name does not label a key
					"tabby = \"" + sk + g.UUID() + "\"\n",
					// a UUID without the prefix
					"TABBY_SECRET_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"tinkoff-invest-token": func(g *fake.Gen) Cases {
			token := func() string { return fake.Join("t", ".") + g.MixedAlnum(40) + g.Pick("-", "_") + g.MixedAlnum(45) }
			return Cases{
				Positives: []string{
					"INVEST_TOKEN=\"" + token() + "\"\n",
					"TINKOFF_TOKEN=" + token() + "\n",
					"const api = new TinkoffInvestApi({ token: '" + token() + "' });\n",
					"with Client(\"" + token() + "\") as client:  # T-Bank Invest\n",
				},
				Negatives: []string{
					// placeholders
					"INVEST_TOKEN=t.xxxxx\n",
					"T_INVEST_TOKEN=t." + strings.Repeat("x", 86) + "\n",
					// wrong length
					"TINKOFF_TOKEN=" + fake.Join("t", ".") + g.MixedAlnum(60) + "\n",
					// no T-Bank name on the line
					"TOKEN=" + fake.Join("t", ".") + g.MixedAlnum(86) + "\n",
				},
			}
		},
	}
}
