// Cases for the European fintech and messaging rules added in the s32 eufin
// change: CM.com, GoCardless Bank Account Data (Nordigen), Gupshup,
// Mangopay, PayPlug, Qonto, Salt Edge, Stancer, Tink, Viva Wallet and
// Yapily, and more cases for the Mollie rule it widened. Every key shape is
// built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32eufinCases are the cases of the rules this change adds.
func s32eufinCases() map[string]Builder {
	return map[string]Builder{
		"cm-com-product-token": func(g *fake.Gen) Cases {
			header := fake.Join("X-CM-", "PRODUCT", "TOKEN")
			return Cases{
				Positives: []string{
					"CM_PRODUCT_TOKEN=" + g.UUID() + "\nCM_FROM=MyCompany\n",
					"$headers = array(\n\t'Content-Type: application/json',\n\t'" + header + ": " + g.UUID() + "'\n);\n",
					"{\n  \"messages\": {\n    \"authentication\": {\n      \"producttoken\": \"" + g.UUID() + "\"\n    },\n    \"msg\": [{ \"from\": \"Acme\", \"to\": [{ \"number\": \"0031600000000\" }] }]\n  }\n}\n",
					"exports.CM_PRODUCT_TOKEN = process.env.CM_PRODUCT_TOKEN || '" + strings.ToUpper(g.UUID()) + "';\n",
					"client.DefaultRequestHeaders.Add(\"" + header + "\", \"" + g.UUID() + "\");\n",
				},
				Negatives: []string{
					// placeholders
					"CM_PRODUCT_TOKEN=your-product-token\n",
					"CM_PRODUCT_TOKEN=00000000-0000-0000-0000-000000000000\n",
					// not a UUID
					"CM_PRODUCT_TOKEN=" + g.Hex(32) + "\n",
					// another product's token word, not CM's
					"SHOP_PRODUCT_TOKEN=" + g.UUID() + "\n",
					// the product id is not the token
					"\"productId\": \"" + g.UUID() + "\"\n",
				},
			}
		},
		"gupshup-api-key": func(g *fake.Gen) Cases {
			sk := fake.Join("s", "k_")
			return Cases{
				Positives: []string{
					"GUPSHUP_API_KEY=" + g.LowerAlnum(32) + "\nGUPSHUP_APP_NAME=MyShopBot\n",
					"const url = 'https://api.gupshup.io/wa/api/v1/msg';\nconst headers = {\n    'Content-Type': 'application/x-www-form-urlencoded',\n    'apikey': '" + g.LowerAlnum(32) + "'\n};\n",
					"headers: { \"apikey\": process.env.GUPSHUP_APIKEY || \"" + sk + g.Hex(32) + "\", \"Content-Type\": \"application/json\" }\n",
					"public static string gupshup_apikey = \"" + g.Hex(32) + "\";\n",
					"'gupshup' => [\n    'app' => 'shopbot',\n    'key' => '" + g.LowerAlnum(32) + "',\n],\n",
				},
				Negatives: []string{
					// placeholders
					"GUPSHUP_API_KEY=your_gupshup_api_key\n",
					"GUPSHUP_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// upper case is not Gupshup's alphabet
					"GUPSHUP_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// too short
					"GUPSHUP_API_KEY=" + g.LowerAlnum(20) + "\n",
					// the app name is not a secret
					"GUPSHUP_APP_NAME=" + g.LowerAlnum(32) + "\n",
				},
			}
		},
		"tink-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TINK_CLIENT_ID=" + g.Hex(32) + "\nTINK_CLIENT_SECRET=" + g.Hex(32) + "\n",
					"docker run -e TINK_CLIENT_SECRET=" + g.Hex(32) + " -e TINK_CLIENT_ID=" + g.Hex(32) + " app\n",
					"tink:\n  client_id: " + g.Hex(32) + "\n  client_secret: " + g.Hex(32) + "\n",
					"const TINK_CLIENT_SECRET = process.env.TINK_CLIENT_SECRET || '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"TINK_CLIENT_SECRET=your_tink_client_secret\n",
					"TINK_CLIENT_SECRET=<tink-client-secret>\n",
					// the client id is an identifier
					"TINK_CLIENT_ID=" + g.Hex(32) + "\n",
					// a word that ends in tink
					"STINK_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// not hex
					"TINK_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"viva-wallet-client-secret": func(g *fake.Gen) Cases {
			clientID := func() string { return g.LowerAlnum(45) + fake.Join(".apps.viva", "payments.com") }
			return Cases{
				Positives: []string{
					"VIVA_CLIENT_ID=" + clientID() + "\nVIVA_CLIENT_SECRET=" + g.MixedAlnum(30) + "\nVIVA_MERCHANT_ID=" + g.UUID() + "\n",
					"VIVA_MERCHANT_ID=" + g.UUID() + "\nVIVA_API_KEY=" + g.MixedAlnum(30) + "\n",
					"string clientID = \"" + clientID() + "\";\nstring clientSecret = \"" + g.MixedAlnum(30) + "\";\n",
					"VIVA_WALLET_SMART_CHECKOUT_CLIENT_KEY=\"" + g.MixedAlnum(30) + "\"\n",
					"body: new URLSearchParams({\n  grant_type: \"client_credentials\",\n  client_id: \"" + clientID() + "\",\n  client_secret: \"" + g.MixedAlnum(30) + "\",\n}),\n",
				},
				Negatives: []string{
					// placeholders
					"VIVA_CLIENT_SECRET=your_viva_client_secret\n",
					"VIVA_API_KEY=" + strings.Repeat("x", 30) + "\n",
					// the client id and merchant id are identifiers
					"VIVA_CLIENT_ID=" + clientID() + "\nVIVA_MERCHANT_ID=" + g.UUID() + "\n",
					// wrong length
					"VIVA_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// a word that ends in viva
					"CONVIVA_API_KEY=" + g.MixedAlnum(30) + "\n",
				},
			}
		},
		"yapily-application-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"YAPILY_APPLICATION_UUID=" + g.UUID() + "\nYAPILY_APPLICATION_SECRET=" + g.MixedAlnum(32) + "\n",
					"railway variables set YAPILY_APPLICATION_SECRET=" + g.MixedAlnum(32) + "\n",
					"yapily:\n  application_key: " + g.UUID() + "\n  application_secret: \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"YAPILY_APPLICATION_SECRET=your_application_secret_here\n",
					"YAPILY_APPLICATION_SECRET=test-application-secret\n",
					// the application key is a UUID identifier
					"YAPILY_APPLICATION_KEY=" + g.UUID() + "\n",
					// wrong length
					"YAPILY_APPLICATION_SECRET=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"mangopay-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MANGOPAY_CLIENT_ID=myplatform\nMANGOPAY_API_KEY=" + g.MixedAlnum(50) + "\nMANGOPAY_ENV=sandbox\n",
					"$mangoPayApi = new MangoPay\\MangoPayApi();\n$mangoPayApi->Config->ClientId = 'myplatform';\n$mangoPayApi->Config->ClientPassword = '" + g.MixedAlnum(50) + "';\n",
					"mangopay:\n  client_id: myplatform\n  passphrase: " + g.MixedAlnum(50) + "\n",
					"const api = new mangopay({\n  clientId: 'myplatform',\n  clientApiKey: '" + g.MixedAlnum(50) + "',\n});\n",
				},
				Negatives: []string{
					// placeholders
					"MANGOPAY_API_KEY=your_mangopay_api_key\n",
					"$mangoPayApi->Config->ClientPassword = 'mangopay.client_password';\n",
					// the client id is an identifier
					"MANGOPAY_CLIENT_ID=" + g.MixedAlnum(50) + "\n",
					// wrong length
					"MANGOPAY_API_KEY=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"nordigen-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NORDIGEN_SECRET_ID=" + g.UUID() + "\nNORDIGEN_SECRET_KEY=" + g.Hex(128) + "\n",
					"GOCARDLESS_SECRET_ID=" + g.UUID() + "\nGOCARDLESS_SECRET_KEY=" + g.Hex(128) + "\n",
					"client = NordigenClient(\n    secret_id=\"" + g.UUID() + "\",\n    secret_key=\"" + g.Hex(128) + "\"\n)\n",
					"var credentials = new NordigenClientCredentials(\"" + g.UUID() + "\", \"" + g.Hex(128) + "\");\n",
					"nordigen:\n  secretId: " + g.UUID() + "\n  secretKey: " + g.Hex(128) + "\n",
				},
				Negatives: []string{
					// placeholders
					"NORDIGEN_SECRET_KEY=your_nordigen_secret_key\n",
					"NORDIGEN_SECRET_KEY=" + strings.Repeat("0123456789abcdef", 8) + "\n",
					// the secret id is an identifier
					"NORDIGEN_SECRET_ID=" + g.UUID() + "\n",
					// too short
					"NORDIGEN_SECRET_KEY=" + g.Hex(64) + "\n",
					// not hex
					"NORDIGEN_SECRET_KEY=" + g.MixedAlnum(128) + "\n",
				},
			}
		},
		"payplug-secret-key": func(g *fake.Gen) Cases {
			live := fake.Join("sk_", "live_")
			test := fake.Join("sk_", "test_")
			return Cases{
				Positives: []string{
					"PAYPLUG_SECRET_KEY=" + test + g.MixedAlnum(22) + "\nPAYPLUG_MODE=test\n",
					"\\Payplug\\Payplug::init(array(\n  'secretKey' => '" + live + g.MixedAlnum(22) + "',\n  'apiVersion' => '2019-08-06',\n));\n",
					"const PAYPLUG_SECRET_KEY = import.meta.env.VITE_PAYPLUG_SECRET_KEY || '" + test + g.MixedAlnum(22) + "';\n",
					"PayPlug_ClientConfiguration::initialize(array(\n    'LIVE_TOKEN' => '" + live + g.Hex(32) + "',\n));\n",
					"payplug.set_secret_key('" + test + g.MixedAlnum(22) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"PAYPLUG_SECRET_KEY=" + live + "VOTRE_CLE_PAYPLUG\n",
					"PAYPLUG_SECRET_KEY=" + test + "xxxxx\n",
					// the publishable key is public
					"VITE_PAYPLUG_PUBLIC_KEY=" + fake.Join("pk_", "live_") + g.MixedAlnum(22) + "\n",
					// wrong length
					"PAYPLUG_SECRET_KEY=" + test + g.MixedAlnum(30) + "\n",
					// the name glued to another word
					"PAYPLUGGED=" + test + g.MixedAlnum(22) + "\n",
				},
			}
		},
		"qonto-secret-key": func(g *fake.Gen) Cases {
			login := func() string { return g.Pick("pied-piper", "acme-sas", "hooli") + "-" + g.String("0123456789", 4) }
			key := func() string { return g.LowerAlnum(32) }
			return Cases{
				Positives: []string{
					"QONTO_LOGIN=" + login() + "\nQONTO_SECRET_KEY=" + key() + "\n",
					"curl --location 'https://thirdparty.qonto.com/v2/organization' \\\n  --header 'Authorization: " + login() + ":" + key() + "'\n",
					"'qonto' => [\n    'login' => '" + login() + "',\n    'secret_key' => '" + key() + "',\n],\n",
					"const QontoClient = new Qonto({ slug: '" + login() + "', secret: '" + key() + "' });\n",
					"qonto:\n  organization_slug: " + login() + "\n  secret_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"QONTO_SECRET_KEY=votre_cle_secrete_qonto\n",
					"QONTO_SECRET_KEY=YOUR_QONTO_SECRET_KEY\n",
					// the login is not the key
					"QONTO_LOGIN=" + login() + "\n",
					// too short
					"QONTO_SECRET_KEY=" + g.LowerAlnum(12) + "\n",
					// upper case is not Qonto's alphabet
					"QONTO_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"saltedge-secret": func(g *fake.Gen) Cases {
			b64url := func() string {
				return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(10) + g.String("0123456789", 2) + g.MixedAlnum(10)
			}
			return Cases{
				Positives: []string{
					"SALTEDGE_URL=https://www.saltedge.com/api/v5/\nSALTEDGE_APP_ID=" + b64url() + "\nSALTEDGE_SECRET=" + b64url() + "\n",
					"headers = {\n    'Accept': 'application/json',\n    'App-id': '" + b64url() + "',\n    'Secret': '" + b64url() + "',\n}\n",
					"config.salt_edge_secret = \"" + b64url() + "\"\n",
					"salt_edge:\n  app_id: " + b64url() + "\n  secret: " + b64url() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SALTEDGE_SECRET=your_saltedge_secret\n",
					"SALTEDGE_SECRET=<production-credentials>\n",
					// the app id alone is an identifier
					"SALTEDGE_APP_ID=" + b64url() + "\n",
					// too short
					"SALTEDGE_SECRET=" + g.MixedAlnum(30) + "\n",
					// another service's App-id header with a secret of another length
					"'App-id': '" + g.MixedAlnum(20) + "',\n'Secret': '" + g.MixedAlnum(43) + "',\n",
				},
			}
		},
		"stancer-secret-key": func(g *fake.Gen) Cases {
			sprod := fake.Join("sp", "rod_")
			stest := fake.Join("st", "est_")
			return Cases{
				Positives: []string{
					"STANCER_API_KEY=" + stest + g.MixedAlnum(24) + "\n",
					"const client = new Client({\n    stest: '" + stest + g.MixedAlnum(24) + "',\n    sprod: '" + sprod + g.MixedAlnum(24) + "',\n});\n",
					"Stancer::Config->init('" + sprod + g.MixedAlnum(24) + "');\n",
					"stancer:\n  secret_key: " + sprod + g.MixedAlnum(24) + "\n",
				},
				Negatives: []string{
					// the public keys are not secrets
					"STANCER_PUBLIC_KEY=" + fake.Join("pp", "rod_") + g.MixedAlnum(24) + "\n",
					// placeholders
					"STANCER_API_KEY=" + stest + "xxx\n",
					"STANCER_API_KEY=" + stest + strings.Repeat("x", 24) + "\n",
					// wrong length
					"STANCER_API_KEY=" + stest + g.MixedAlnum(30) + "\n",
					// a longer identifier ending in the prefix
					"fastest_" + g.MixedAlnum(24) + " = compute()\n",
				},
			}
		},
	}
}

// s32eufinWidenedCases are more cases for the Mollie rule, for the PHP
// client's setter its own table did not have.
func s32eufinWidenedCases() map[string]Builder {
	return map[string]Builder{
		"mollie-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"$mollie = new \\Mollie\\Api\\MollieApiClient();\n$mollie->setApiKey(\"" + g.Pick("live_", "test_") + g.MixedAlnum(30) + "\");\n",
				},
				Negatives: []string{
					"$mollie->setApiKey(\"test_" + strings.Repeat("x", 30) + "\");\n",
				},
			}
		},
	}
}
