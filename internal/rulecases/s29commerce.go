// Cases for the e-commerce, marketplace and analytics rules added in the
// s29commerce change: Allegro, Commerce Layer, commercetools, Crystallize,
// Elastic Path, Judge.me, Kaufland, OpenCart, Ozon, Rakuten RMS, Trendyol
// and Umami. Every key shape is built at run time from parts, so that this
// file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s29commerceCases are the cases of the rules this change adds.
func s29commerceCases() map[string]Builder {
	return map[string]Builder{
		"allegro-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ALLEGRO_CLIENT_ID=" + g.Hex(32) + "\nALLEGRO_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					"allegro:\n  client_id: " + g.Hex(32) + "\n  client_secret: \"" + g.MixedAlnum(64) + "\"\n",
					"const allegroClientSecret = '" + g.MixedAlnum(64) + "';\n",
					"docker run -e ALLEGRO_CLIENT_SECRET=" + g.MixedAlnum(64) + " book_search_engine\n",
				},
				Negatives: []string{
					// placeholders
					"ALLEGRO_CLIENT_SECRET=your_allegro_client_secret\n",
					"ALLEGRO_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					// wrong length, and letters only
					"ALLEGRO_CLIENT_SECRET=" + g.MixedAlnum(48) + "\n",
					"ALLEGRO_CLIENT_SECRET=" + g.MixedLetters(64) + "\n",
					// "allegro" is a word: alone it names no credential
					"ALLEGRO=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"commercetools-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(14) + g.Pick("_", "-") + g.MixedAlnum(17) }
			return Cases{
				Positives: []string{
					"CTP_PROJECT_KEY=my-shop-prod\nCTP_CLIENT_SECRET=" + secret() + "\nCTP_CLIENT_ID=" + g.MixedAlnum(24) + "\n",
					"commercetools:\n  project_key: my-shop\n  client_secret: \"" + secret() + "\"\n",
					"export CTP_CLIENT_SECRET='" + secret() + "'\n",
					"ctp.clientSecret=" + secret() + "\n",
				},
				Negatives: []string{
					// the client id is 24 characters, not a secret
					"CTP_CLIENT_ID=" + g.MixedAlnum(24) + "\n",
					// placeholders
					"CTP_CLIENT_SECRET=your-ctp-client-secret\n",
					"CTP_CLIENT_SECRET=" + strings.Repeat("x", 32) + "\n",
					// a project key is lower case with dashes
					"COMMERCETOOLS_PROJECT_KEY=acme-store-production-eu-west-1\n",
					// wrong length
					"CTP_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"judgeme-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.MixedAlnum(13) + g.Pick("_", "-") + g.MixedAlnum(13) }
			return Cases{
				Positives: []string{
					"JUDGEME_API_TOKEN=" + token() + "\nJUDGEME_SHOP_DOMAIN=acme.myshopify.com\n",
					"curl \"https://judge.me/api/v1/reviews?api_token=" + token() + "&shop_domain=acme.myshopify.com&per_page=10\"\n",
					"const judgeMePrivateToken = \"" + token() + "\";\n",
					"judgeme:\n  private_token: '" + token() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"JUDGEME_API_TOKEN=your_judgeme_private_token\n",
					"JUDGEME_API_TOKEN=" + strings.Repeat("x", 27) + "\n",
					// wrong length
					"JUDGEME_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					// "judgement" is not Judge.me
					"JUDGEMENT_API_TOKEN=" + token() + "\n",
					// the shop domain is not a token
					"JUDGEME_SHOP_DOMAIN=" + strings.ToLower(g.MixedAlnum(12)) + ".myshopify.com\n",
				},
			}
		},
		"kaufland-seller-api-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"KAUFLAND_CLIENT_KEY=" + g.Hex(32) + "\nKAUFLAND_SECRET_KEY=" + g.Hex(64) + "\n",
					"kaufland:\n  client_key: " + g.Hex(32) + "\n  secret_key: \"" + g.Hex(64) + "\"\n",
					"$kauflandSecretKey = '" + g.Hex(64) + "';\n",
				},
				Negatives: []string{
					// the client key alone is 32 characters
					"KAUFLAND_CLIENT_KEY=" + g.Hex(32) + "\n",
					// placeholders
					"KAUFLAND_SECRET_KEY=your_kaufland_secret_key\n",
					"KAUFLAND_SECRET_KEY=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"KAUFLAND_SECRET_KEY=" + g.Hex(40) + "\n",
					// letters only
					"KAUFLAND_SECRET_KEY=" + g.MixedLetters(64) + "\n",
				},
			}
		},
		"ozon-seller-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OZON_CLIENT_ID=" + g.String(fake.Digits, 6) + "\nOZON_API_KEY=" + g.UUID() + "\n",
					"OZON_CLIENT_ID = \"" + g.String(fake.Digits, 7) + "\"\nOZON_API_KEY = \"" + g.UUID() + "\"\nOZON_HEADERS = {\"Client-Id\": OZON_CLIENT_ID, \"Api-Key\": OZON_API_KEY}\n",
					"ozon:\n  client_id: " + g.String(fake.Digits, 6) + "\n  api_key: " + g.UUID() + "\n",
					"const ozonApiKey = '" + g.UUID() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"OZON_API_KEY=your_ozon_api_key\n",
					"OZON_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// "ozone" is not Ozon
					"OZONE_API_KEY=" + g.UUID() + "\n",
					// upper-case hex is not Ozon's UUID
					"OZON_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					// the warehouse id is a number
					"OZON_WAREHOUSE_ID=" + g.String(fake.Digits, 15) + "\n",
				},
			}
		},
		"rakuten-rms-api-key": func(g *fake.Gen) Cases {
			id := func() string { return g.String("23456789", 1) + g.String(fake.Digits, 5) }
			secret := func(kind string) string { return fake.Join("S", kind) + id() + "_" + g.MixedAlnum(16) }
			return Cases{
				Positives: []string{
					"String serviceSecret = \"" + secret("P") + "\";\nString licenseKey = \"" + secret("L") + "\";\n",
					"$serviceSecret = \"" + secret("P") + "\";\n",
					"RAKUTEN_SERVICE_SECRET=" + secret("P") + "\nRAKUTEN_LICENSE_KEY=" + secret("L") + "\n",
					"rakuten:\n  license_key: " + secret("L") + "\n",
				},
				Negatives: []string{
					// placeholders
					"RAKUTEN_SERVICE_SECRET=your_service_secret\n",
					"RAKUTEN_LICENSE_KEY=" + fake.Join("S", "L") + id() + "_xxxxxxxxxxxxxxxx\n",
					// wrong length of the random part
					"RAKUTEN_LICENSE_KEY=" + fake.Join("S", "L") + id() + "_" + g.MixedAlnum(12) + "\n",
					// another prefix
					"RAKUTEN_LICENSE_KEY=" + fake.Join("S", "K") + id() + "_" + g.MixedAlnum(16) + "\n",
				},
			}
		},
		"trendyol-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TRENDYOL_SUPPLIER_ID=" + g.String(fake.Digits, 6) + "\nTRENDYOL_API_KEY=" + g.MixedAlnum(20) + "\nTRENDYOL_API_SECRET=" + g.MixedAlnum(20) + "\n",
					"TRENDYOL_API_KEY = \"" + g.MixedAlnum(20) + "\"\n",
					"trendyol:\n  seller_id: \"" + g.String(fake.Digits, 6) + "\"\n  api_secret: " + g.MixedAlnum(20) + "\n",
					"const trendyolApiSecret = '" + g.MixedAlnum(20) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"TRENDYOL_API_KEY=your_trendyol_api_key\n",
					"TRENDYOL_API_SECRET=YOUR_API_SECRET_HERE\n",
					// wrong length
					"TRENDYOL_API_KEY=" + g.MixedAlnum(32) + "\n",
					// letters only
					"TRENDYOL_API_KEY=" + g.MixedLetters(20) + "\n",
					// the seller id is a number
					"TRENDYOL_SELLER_ID=" + g.String(fake.Digits, 20) + "\n",
				},
			}
		},
		"umami-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ap", "i_")
			return Cases{
				Positives: []string{
					"UMAMI_API_KEY=" + prefix + g.MixedAlnum(32) + "\nUMAMI_WEBSITE_ID=" + g.UUID() + "\n",
					"curl -sS \"$API/stats\" -H \"x-umami-api-key: " + prefix + g.MixedAlnum(32) + "\"\n",
					"umami:\n  api_key: " + prefix + g.MixedAlnum(32) + "\n",
					"headers = {\"x-umami-api-key\": \"" + prefix + g.MixedAlnum(32) + "\", \"Accept\": \"application/json\"}\n",
				},
				Negatives: []string{
					// placeholders
					"UMAMI_API_KEY=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"UMAMI_API_KEY=your_umami_api_key\n",
					// wrong length
					"UMAMI_API_KEY=" + prefix + g.MixedAlnum(20) + "\n",
					// the website id is a UUID, not a key
					"UMAMI_WEBSITE_ID=" + g.UUID() + "\n",
					// no prefix
					"UMAMI_API_KEY=" + g.MixedAlnum(36) + "\n",
				},
			}
		},
		"crystallize-access-token-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CRYSTALLIZE_TENANT_IDENTIFIER=acme\nCRYSTALLIZE_ACCESS_TOKEN_ID=" + g.Hex(20) + "\nCRYSTALLIZE_ACCESS_TOKEN_SECRET=" + g.Hex(40) + "\n",
					"curl https://api.crystallize.com/acme/catalogue -H \"X-Crystallize-Access-Token-Id: " + g.Hex(20) + "\" -H \"X-Crystallize-Access-Token-Secret: " + g.Hex(40) + "\"\n",
					"const api = createClient({ tenantIdentifier: 'acme', crystallizeAccessTokenSecret: '" + g.Hex(40) + "' });\n",
				},
				Negatives: []string{
					// the token id is 20 hex digits
					"CRYSTALLIZE_ACCESS_TOKEN_ID=" + g.Hex(20) + "\n",
					// placeholders
					"CRYSTALLIZE_ACCESS_TOKEN_SECRET=your-token-secret\n",
					"CRYSTALLIZE_ACCESS_TOKEN_SECRET=" + strings.Repeat("0", 40) + "\n",
					// "crystallized" is a word, not Crystallize
					"crystallized_cache_key = \"" + g.Hex(40) + "\"\n",
					// "crystallize" alone names no credential
					"CRYSTALLIZE=" + g.Hex(40) + "\n",
				},
			}
		},
		"commercelayer-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(20) + g.Pick("_", "-") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"COMMERCELAYER_CLIENT_ID=" + secret() + "\nCOMMERCELAYER_CLIENT_SECRET=" + secret() + "\nCOMMERCELAYER_ENDPOINT=https://acme.commercelayer.io\n",
					"url: \"https://acme.commercelayer.io/oauth/token?grant_type=client_credentials&client_id=" + secret() + "&client_secret=" + secret() + "\",\n",
					"commercelayer:\n  client_secret: '" + secret() + "'\n",
					"const commerceLayerClientSecret = \"" + secret() + "\";\n",
				},
				Negatives: []string{
					// the client id alone is not the secret
					"COMMERCELAYER_CLIENT_ID=" + secret() + "\n",
					// placeholders
					"COMMERCELAYER_CLIENT_SECRET=your-commercelayer-client-secret\n",
					"COMMERCELAYER_CLIENT_SECRET=" + strings.Repeat("x", 43) + "\n",
					// wrong length
					"COMMERCELAYER_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
					// the market scope is no secret
					"COMMERCELAYER_MARKET_SCOPE=market:id:" + g.MixedLetters(10) + "\n",
				},
			}
		},
		"elasticpath-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export EPCC_CLIENT_ID=" + g.MixedAlnum(42) + "\nexport EPCC_CLIENT_SECRET=" + g.MixedAlnum(42) + "\nexport EPCC_API_BASE_URL=https://useast.api.elasticpath.com\n",
					"MOLTIN_CLIENT_SECRET_KEY='" + g.MixedAlnum(42) + "'\n",
					"elasticpath:\n  client_id: " + g.MixedAlnum(42) + "\n  client_secret: " + g.MixedAlnum(42) + "\n",
					"const Moltin = MoltinGateway({ client_secret: '" + g.MixedAlnum(42) + "', client_id: id })\n",
				},
				Negatives: []string{
					// the client id is not the secret
					"EPCC_CLIENT_ID=" + g.MixedAlnum(42) + "\n",
					// placeholders
					"EPCC_CLIENT_SECRET=your_server_client_secret\n",
					"EPCC_CLIENT_SECRET=" + strings.Repeat("X", 42) + "\n",
					// wrong length
					"EPCC_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// an access token is 40 hex digits
					"EPCC_ACCESS_TOKEN=" + g.Hex(40) + "\n",
				},
			}
		},
		"opencart-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENCART_API_USERNAME=Default\nOPENCART_API_KEY=" + g.MixedAlnum(256) + "\n",
					"r = requests.post(base + \"index.php?route=api/login\", data={\"username\": \"Default\", \"key\": \"" + g.MixedAlnum(256) + "\"})\n",
					"opencart:\n  api_username: Default\n  api_key: '" + g.MixedAlnum(256) + "'\n",
					"curl -s -X POST 'https://shop.example.com/index.php?route=api/login' -d 'username=Default&key=" + g.MixedAlnum(256) + "'\n",
				},
				Negatives: []string{
					// placeholders
					"OPENCART_API_KEY=your_opencart_api_key\n",
					"OPENCART_API_KEY=" + strings.Repeat("x", 256) + "\n",
					// too short for an OpenCart key
					"OPENCART_API_KEY=" + g.MixedAlnum(64) + "\n",
					// the session token api/login returns is 32 characters
					"OPENCART_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					// a key on a login route that is not OpenCart's
					"POST /api/login?key=" + g.MixedAlnum(256) + "\n",
				},
			}
		},
	}
}
