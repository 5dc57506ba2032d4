// Cases for the shipping, fulfilment and delivery rules added in the
// s35-logistics change: CJdropshipping (API key and access token),
// Delhivery, Borzo (Dostavista), DHL, Shiprocket, Lalamove, Starshipit,
// UPS's legacy access key, Karrio, Routific and Gooten. Every key shape is built at run time
// from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35JWT returns an HS256 JWT with the given claims, as the providers
// below issue them.
func s35JWT(g *fake.Gen, claims string) string {
	return g.JWTWithClaims(`{"alg":"HS256","typ":"JWT"}`, claims)
}

// s35logisticsCases are the cases of the rules this change adds.
func s35logisticsCases() map[string]Builder {
	return map[string]Builder{
		"cjdropshipping-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return fake.Join("C", "J", g.String(fake.Digits, 7), "@a", "pi@", g.Hex(32))
			}
			return Cases{
				Positives: []string{
					"# CJ Dropshipping\nCJ_API_KEY=" + key() + "\nCJ_EMAIL=shop@example.com\n",
					"const res = await fetch('https://developers.cjdropshipping.com/api2.0/v1/authentication/getAccessToken', {\n" +
						"  method: 'POST',\n  headers: { 'Content-Type': 'application/json' },\n  body: JSON.stringify({ apiKey: '" + key() + "' }),\n});\n",
					"curl --location 'https://developers.cjdropshipping.com/api2.0/v1/authentication/getAccessToken' \\\n" +
						"  --header 'Content-Type: application/json' \\\n  --data-raw '{\"apiKey\": \"" + key() + "\"}'\n",
					"resp = requests.post(AUTH_URL, json={\"apiKey\": \"" + key() + "\"}, timeout=30)\n",
					"cjdropshipping:\n  api_key: " + key() + "\n  base_url: https://developers.cjdropshipping.com/api2.0/v1\n",
				},
				Negatives: []string{
					// the documentation's placeholders
					"{\"apiKey\": \"CJUserNum@api@" + strings.Repeat("x", 32) + "\"}\n",
					"CJ_API_KEY=" + fake.Join("C", "J", "123@a", "pi@", "abc") + "\n",
					// wrong alphabet and wrong length
					"CJ_API_KEY=" + fake.Join("C", "J", g.String(fake.Digits, 7), "@a", "pi@", g.MixedAlnum(32)) + "\n",
					"CJ_API_KEY=" + fake.Join("C", "J", g.String(fake.Digits, 7), "@a", "pi@", g.Hex(24)) + "\n",
					// a C++ decorated name holding @api@
					"EntryPoint = \"?get_reference_count@object@api@frost@@SA_KPEAV123@@Z\")]\n",
					// a pre-2023 key is 32 hex digits without the user number: the name
					// alone does not make it this rule's
					"VITE_CJ_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"cjdropshipping-access-token": func(g *fake.Gen) Cases {
			tok := func(lead, kind string) string {
				claims := `{"jti":"` + g.String(fake.Digits, 5) + `","type":"` + kind + `","sub":"` + g.String(fake.Base64, 64) + `"}`
				return fake.Join(lead, "@C", "J", g.String(fake.Digits, 7), "@C", "J:", s35JWT(g, claims))
			}
			return Cases{
				Positives: []string{
					"headers = {\n    \"CJ-Access-Token\": \"" + tok("API", "ACCESS_TOKEN") + "\",\n    \"Content-Type\": \"application/json\",\n}\n",
					"CJ_ACCESS_TOKEN=" + tok("API", "ACCESS_TOKEN") + "\n",
					"const TOKEN = \"" + tok("API", "ACCESS_TOKEN") + "\";\n",
					"CJ_API_TOKEN = \"" + tok("MCP", "ACCESS_TOKEN") + "\"\n",
					"{\"code\":200,\"result\":true,\"message\":\"Success\",\"data\":{\"openId\":33689,\"refreshToken\":\"" + tok("API", "REFRESH_TOKEN") + "\"}}\n",
				},
				Negatives: []string{
					// placeholders and a shortened token from a test
					"headers = {\"CJ-Access-Token\": \"API@CJ4528776@CJ:...\"}\n",
					"\"accessToken\":\"" + fake.Join("API", "@C", "J", "5236391", "@C", "J:") +
						base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256"}`)) + ".token-de-acceso\",\n",
					"CJ_ACCESS_TOKEN=<paste the CJ access token here>\n",
					// no user number
					"CJ_ACCESS_TOKEN=" + fake.Join("API", "@C", "J@C", "J:", s35JWT(g, `{"jti":"1","type":"ACCESS_TOKEN"}`)) + "\n",
				},
			}
		},
		"delhivery-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.Hex(40) }
			return Cases{
				Positives: []string{
					"DELHIVERY_API_TOKEN=" + tok() + "\nDELHIVERY_ENVIRONMENT=staging\nDELHIVERY_WAREHOUSE_PIN=110035\n",
					"supabase secrets set DELHIVERY_API_KEY=" + tok() + "\n",
					"const delhiveryToken = '" + tok() + "';\nconst res = await fetch('https://track.delhivery.com/api/cmu/create.json', {\n" +
						"  method: 'POST',\n  headers: { Authorization: `Token ${delhiveryToken}` },\n});\n",
					"delhivery:\n  token: \"" + tok() + "\"\n  base_url: https://track.delhivery.com\n",
					"DELHIVERY_TOKEN=\"Token " + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"DELHIVERY_API_TOKEN=your-actual-delhivery-token-here\n",
					"DELHIVERY_API_TOKEN=" + strings.Repeat("0", 40) + "\n",
					// wrong length and wrong alphabet
					"DELHIVERY_API_TOKEN=" + g.Hex(32) + "\n",
					"DELHIVERY_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"DELHIVERY_WAREHOUSE_ID=" + g.Hex(40) + "\n",
					// a Django REST framework token with no Delhivery name
					"headers = {\"Authorization\": \"Token " + g.Hex(40) + "\"}\n",
				},
			}
		},
		"borzo-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.String(fake.HexUpper, 40) }
			return Cases{
				Positives: []string{
					"const headers = {\n    'X-DV-Auth-Token': '" + tok() + "',\n    'Content-Type': 'application/json',\n}\n",
					"curl_setopt($curl, CURLOPT_HTTPHEADER, ['X-DV-Auth-Token: " + tok() + "']);\n",
					"curl -X POST https://robot.borzodelivery.com/api/business/1.6/calculate-order \\\n  -H \"X-DV-Auth-Token: " + tok() + "\" \\\n  -d @order.json\n",
					"BORZO_API_KEY=" + tok() + "\nBORZO_ENV=test\n",
					"params:\n  dostavistaToken: '" + tok() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"BORZO_API_KEY=your_borzo_token\n",
					"'X-DV-Auth-Token': process.env.BORZO_API_KEY,\n",
					// wrong case and wrong length
					"BORZO_API_KEY=" + g.Hex(40) + "\n",
					"BORZO_API_KEY=" + g.String(fake.HexUpper, 32) + "\n",
					// the name glued to another word
					"BORZO_CLIENT_ID=" + g.String(fake.HexUpper, 40) + "\n",
					// an SHA-1 fingerprint with no Borzo name
					"SHA1 Fingerprint=" + g.String(fake.HexUpper, 40) + "\n",
				},
			}
		},
		"dhl-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"headers = {\n    \"Accept\": \"application/json\",\n    \"DHL-API-Key\": \"" + key() + "\",\n}\n",
					"const res = await fetch(`https://api-eu.dhl.com/track/shipments?trackingNumber=${id}`, {\n  headers: { 'DHL-API-Key': '" + key() + "' },\n});\n",
					"DHL_API_KEY=" + key() + "\nDHL_ACCOUNT_NUMBER=123456789\n",
					"curl -X GET 'https://api-eu.dhl.com/track/shipments?trackingNumber=00340434292135100186' \\\n  -H 'DHL-API-Key: " + key() + "'\n",
					"dhl:\n  api_key: " + key() + "\n  environment: production\n",
				},
				Negatives: []string{
					// placeholders
					"DHL_API_KEY=your_dhl_api_key_here\n",
					"headers = {\"DHL-API-Key\": \"demo-key\"}\n",
					// wrong length, and hex digits of a digest
					"DHL_API_KEY=" + g.MixedAlnum(16) + "\n",
					"DHL_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to another word
					"DHL_TRACKING_NUMBER=" + g.MixedAlnum(32) + "\n",
					// the name inside another word
					"ADHL_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"shiprocket-api-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return s35JWT(g, `{"sub":`+g.String(fake.Digits, 7)+`,"source":"sr-auth-int","exp":1745300000,"jti":"`+g.MixedAlnum(16)+`","iat":1744436000,"iss":"https://sr-auth.shiprocket.in/auth/login"}`)
			}
			return Cases{
				Positives: []string{
					"SHIPROCKET_EMAIL=api-user@example.in\nSHIPROCKET_TOKEN=" + tok() + "\n",
					"# ShipRocket API token\nSHIPROCKET_TOKEN = \"" + tok() + "\"\n",
					"SHIPROCKET_API_TOKEN=" + tok() + "\n",
					"const shiprocketToken = '" + tok() + "';\nconst res = await fetch('https://apiv2.shiprocket.in/v1/external/orders', {\n" +
						"  headers: { Authorization: `Bearer ${shiprocketToken}` },\n});\n",
					"shiprocket:\n  token: \"" + tok() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SHIPROCKET_TOKEN=eyJ...\n",
					"SHIPROCKET_API_TOKEN=your_shiprocket_token\n",
					// the password of the API user, not a token
					"SHIPROCKET_PASSWORD=" + g.MixedAlnum(20) + "\n",
					// the name glued to another word
					"SHIPROCKET_CHANNEL_ID=" + tok() + "\n",
				},
			}
		},
		"lalamove-api-secret": func(g *fake.Gen) Cases {
			sec := func(env string) string { return fake.Join("s", "k_", env, "_", g.String(fake.Base64, 64)) }
			return Cases{
				Positives: []string{
					"LALAMOVE_API_KEY=\"" + fake.Join("p", "k_test_", g.Hex(32)) + "\"\nLALAMOVE_API_SECRET=\"" + sec("test") + "\"\nLALAMOVE_MARKET=\"PH\"\n",
					"LALAMOVE_SECRET_KEY=" + sec("prod") + "\n",
					"'lalamove' => [\n    'api_key' => env('LALAMOVE_API_KEY'),\n    'secret' => '" + sec("prod") + "',\n],\n",
					"const lalamove = new Lalamove({\n  apiKey: process.env.LALAMOVE_API_KEY,\n  apiSecret: '" + sec("test") + "',\n  market: 'HK',\n});\n",
					"export LALAMOVE_API_SECRET='" + sec("test") + "'\n",
				},
				Negatives: []string{
					// placeholders
					"LALAMOVE_API_SECRET=\"" + fake.Join("s", "k_prod_XXXXXXX") + "\"\n",
					"LALAMOVE_API_SECRET=sk_test_your_api_secret\n",
					// the public API key
					"LALAMOVE_API_KEY=\"" + fake.Join("p", "k_prod_", g.Hex(32)) + "\"\n",
					// wrong length
					"LALAMOVE_API_SECRET=" + fake.Join("s", "k_test_", g.String(fake.Base64, 40)) + "\n",
					// a Stripe test key with no Lalamove name
					"STRIPE_SECRET_KEY=" + fake.Join("s", "k_test_", g.MixedAlnum(64)) + "\n",
				},
			}
		},
		"starshipit-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(32) }
			return Cases{
				Positives: []string{
					"const credentials = {\n  headers: {\n    Host: 'api.starshipit.com',\n    'StarShipIT-Api-Key': '" + key() + "',\n" +
						"    'Ocp-Apim-Subscription-Key': '" + key() + "',\n  },\n};\n",
					"STARSHIPIT_API_KEY=" + key() + "\nSTARSHIPIT_SUBSCRIPTION_KEY=" + key() + "\n",
					"carrier.write({'starshipit_api_key': '" + key() + "', 'delivery_type': 'starshipit'})\n",
					"client.DefaultRequestHeaders.Add(\"StarShipIT-Api-Key\", \"" + key() + "\");\n",
					"curl https://api.starshipit.com/api/orders/unshipped \\\n  -H 'StarShipIT-Api-Key: " + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"STARSHIPIT_API_KEY=your-starshipit-api-key\n",
					"'StarShipIT-Api-Key': API_KEY,\n",
					// wrong length and wrong alphabet
					"STARSHIPIT_API_KEY=" + g.Hex(24) + "\n",
					"STARSHIPIT_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"STARSHIPIT_ORDER_ID=" + g.Hex(32) + "\n",
					// an Azure subscription key with no Starshipit name
					"headers = {'Ocp-Apim-Subscription-Key': '" + g.Hex(32) + "'}\n",
				},
			}
		},
		"ups-access-license-number": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.HexUpper, 16) }
			return Cases{
				Positives: []string{
					"<?xml version=\"1.0\"?>\n<AccessRequest xml:lang=\"en-US\">\n   <AccessLicenseNumber>" + key() + "</AccessLicenseNumber>\n" +
						"   <UserId>shipper</UserId>\n</AccessRequest>\n",
					"upsJson.Append(\"\\\"ServiceAccessToken\\\": {\");\nupsJson.Append(\"\\\"AccessLicenseNumber\\\": \\\"" + key() + "\\\"\");\n",
					"UPS_ACCESS_KEY=" + key() + "\nUPS_USER_ID=shipper\n",
					"'ups' => [\n    'access_license_number' => '" + key() + "',\n    'username' => env('UPS_USERNAME'),\n],\n",
					"headers: {\n  'Content-Type': 'application/json',\n  'AccessLicenseNumber': '" + key() + "',\n},\n",
				},
				Negatives: []string{
					// placeholders
					"<AccessLicenseNumber>YOUR_ACCESS_KEY</AccessLicenseNumber>\n",
					"'AccessLicenseNumber': UPS_API_KEY!,\n",
					// wrong case and wrong length
					"UPS_ACCESS_KEY=" + g.Hex(16) + "\n",
					"UPS_ACCESS_KEY=" + g.String(fake.HexUpper, 20) + "\n",
					// a UPS OAuth client id, which is no access key
					"UPS_CLIENT_ID=" + g.MixedAlnum(48) + "\n",
					// the word ups inside another word
					"BACKUPS_ACCESS_KEY=" + g.String(fake.HexUpper, 16) + "\n",
				},
			}
		},
		"karrio-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("ke", "y_", g.Hex(32)) }
			return Cases{
				Positives: []string{
					"KARRIO_API_URL=https://api.karrio.io\nKARRIO_API_KEY=" + key() + "\n",
					"export KARRIO_API_KEY=\"" + key() + "\"\nkarrio-mcp\n",
					"{\n  \"mcpServers\": {\n    \"karrio\": {\n      \"command\": \"npx\",\n      \"env\": { \"KARRIO_API_KEY\": \"" + key() + "\" }\n    }\n  }\n}\n",
					"const client = new KarrioClient({ apiKey: 'Token " + key() + "' });\n",
					"karrio:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"KARRIO_API_KEY=\"" + fake.Join("ke", "y_...") + "\"\n",
					"KARRIO_API_KEY=<token from Karrio admin>\n",
					// wrong length and wrong alphabet
					"KARRIO_API_KEY=" + fake.Join("ke", "y_", g.Hex(40)) + "\n",
					"KARRIO_API_KEY=" + fake.Join("ke", "y_", g.MixedAlnum(32)) + "\n",
					// the name glued to another word
					"KARRIO_WORKSPACE_ID=" + fake.Join("ke", "y_", g.Hex(32)) + "\n",
				},
			}
		},
		"routific-api-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return s35JWT(g, `{"_id":"`+g.Hex(24)+`","iat":`+g.String("123456789", 1)+g.String(fake.Digits, 9)+`}`)
			}
			return Cases{
				Positives: []string{
					"ROUTIFIC_TOKEN=" + tok() + "\n",
					"export ROUTIFIC_API_KEY=\"" + tok() + "\"\n",
					"config.routific_token = \"" + tok() + "\"\n",
					"routific = Routific.setToken(\"" + tok() + "\")\n",
					"const routificToken = 'bearer " + tok() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"ROUTIFIC_TOKEN=<your-token>\n",
					"routific_token = 'your_routific_token_here'\n",
					// a session JWT of another API, with no Routific name
					"Authorization: \"Bearer " + tok() + "\"\n",
					// the name glued to another word
					"ROUTIFIC_WORKSPACE_ID=" + tok() + "\n",
				},
			}
		},
		"gooten-partner-billing-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Base64, 43) + "=" }
			return Cases{
				Positives: []string{
					"\"Payment\": {\n    \"CurrencyCode\": \"USD\",\n    \"PartnerBillingKey\": \"" + key() + "\"\n}\n",
					"GOOTEN_RECIPE_ID=" + g.UUID() + "\nGOOTEN_PARTNER_BILLING_KEY=" + key() + "\n",
					"payment: { PartnerBillingKey: '" + key() + "', CurrencyCode: 'USD' },\n",
					"const gooten = new GootenClient({ recipeId: process.env.GOOTEN_RECIPE_ID, partnerBillingKey: '" + key() + "' });\n",
					"gooten:\n  recipe_id: " + g.UUID() + "\n  partner_billing_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders and a test value
					"GOOTEN_PARTNER_BILLING_KEY=your_partner_billing_key_here\n",
					"body[\"Payment\"] == {\"PartnerBillingKey\": \"pbk-secret-9\"}\n",
					// wrong length
					"GOOTEN_PARTNER_BILLING_KEY=" + g.String(fake.Base64, 31) + "=\n",
					// the public recipe id
					"GOOTEN_RECIPE_ID=" + g.UUID() + "\n",
					// the name glued to another word
					"GOOTEN_ORDER_ID=" + key() + "\n",
				},
			}
		},
	}
}
