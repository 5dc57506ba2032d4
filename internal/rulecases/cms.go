// Cases of the rules added in the 2026-11-27 provider pass (cms): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// cmsUpperLetters is n upper-case letters.
func cmsUpperLetters(n int) cfVal {
	return func(g *fake.Gen) string { return g.String(fake.Upper, n) }
}

// cmsChunked is a WordPress application password as WordPress shows it:
// groups of four letters and digits separated by spaces.
func cmsChunked(groups int) cfVal {
	return func(g *fake.Gen) string {
		parts := make([]string, groups)
		for i := range parts {
			parts[i] = g.String(fake.Alnum, 4)
		}
		parts[0] = parts[0][:3] + g.String(fake.Digits, 1)
		return strings.Join(parts, " ")
	}
}

// cmsCases returns the cases of this pass's cms rules.
func cmsCases() map[string]Builder {
	bpk := fake.Join("bp", "k-")
	vtex := fake.Join("vtex", "appkey-")
	ors := fake.Join("5b3ce35978511100", "01cf6248")
	return map[string]Builder{
		"activepieces-secret": withCases(cfNamed("AP_ENCRYPTION_KEY", cfHex(32), cfLetters(32), cfHex(20)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"services:\n  activepieces:\n    environment:\n      - AP_JWT_SECRET=" + g.Hex(64) + "\n"},
					Negatives: []string{"ICAP_ENCRYPTION_KEY=" + g.Hex(32) + "\n"},
				}
			}),
		"builderio-private-key": plusPositives(cfPrefixed("BUILDER_PRIVATE_KEY", bpk, cfHex(32), cfCat(cfLit(bpk), cfHexU(32)), cfCat(cfLit(bpk), cfHex(24))),
			func(g *fake.Gen) []string {
				return []string{"curl https://builder.io/api/v1/write/page -H 'Authorization: Bearer " + bpk + g.Hex(32) + "'\n"}
			}),
		"n8n-encryption-key": withCases(cfNamed("N8N_ENCRYPTION_KEY", cfB64(32), cfLower(32), cfB64(20)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"docker run -e N8N_ENCRYPTION_KEY=" + g.Hex(64) + " n8nio/n8n\n"},
					Negatives: []string{"N8N_ENCRYPTION_KEY=${N8N_ENCRYPTION_KEY}\n"},
				}
			}),
		"neverbounce-api-key": withCases(cfNamed("NEVERBOUNCE_API_KEY", cfCat(cfLit("secret_"), cfMix(32)), cfCat(cfLit("secret_"), cfMix(20)), cfCat(cfLit("public_"), cfMix(32))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"const client = new NeverBounce({apiKey: 'secret_" + g.MixedAlnum(32) + "'});\n"},
					Negatives: []string{"notion_token = \"secret_" + g.MixedAlnum(32) + "\"\n"},
				}
			}),
		"emailable-api-key": withCases(cfNamed("EMAILABLE_API_KEY", cfCat(cfLit("live_"), cfHex(20)), cfCat(cfLit("live_"), cfLetters(20)), cfCat(cfLit("prod_"), cfHex(20))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"client = emailable.Client('test_" + g.Hex(20) + "')\n"},
					Negatives: []string{"client = stripe.Client('test_" + g.Hex(20) + "')\n"},
				}
			}),
		"lockbox-master-key": cfNamed("LOCKBOX_MASTER_KEY", cfHex(64), cfLetters(64), cfHex(40)),
		"mapillary-client-token": plusPositives(cfPrefixed("MAPILLARY_CLIENT_TOKEN", "MLY|", cfCat(cfDig(16), cfLit("|"), cfHex(32)), cfCat(cfLit("MLY|"), cfDig(16), cfLit("|"), cfHexU(32)), cfCat(cfLit("MLY|"), cfHex(32))),
			func(g *fake.Gen) []string {
				return []string{"curl 'https://graph.mapillary.com/images?access_token=MLY|" + saasDigits(g, 16) + "|" + g.Hex(32) + "&bbox=12.96,55.59,13.0,55.6'\n"}
			}),
		"fred-api-key": withCases(cfNamed("FRED_API_KEY", cfLow(32), cfUp(32), cfLow(20)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"from fredapi import Fred\nfred = Fred(api_key='" + g.LowerAlnum(30) + g.String(fake.Digits, 2) + "')\n"},
					Negatives: []string{"ALFRED_TOKEN=" + g.LowerAlnum(30) + g.String(fake.Digits, 2) + "\n"},
				}
			}),
		"kaggle-api-token": cfPrefixed("KAGGLE_API_TOKEN", fake.Join("KG", "AT_"), cfHex(32), cfCat(cfLit(fake.Join("KG", "AT_")), cfHexU(32)), cfCat(cfLit(fake.Join("KG", "AT_")), cfLetters(32))),
		"kaggle-api-key": withCases(cfNamed("KAGGLE_KEY", cfHex(32), cfLetters(32), cfHexU(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"{\"username\":\"datadinosaur\",\"key\":\"" + g.Hex(32) + "\"}\n"},
					Negatives: []string{"{\"username\":\"datadinosaur\",\"role\":\"" + g.Hex(32) + "\"}\n"},
				}
			}),
		"medusa-secret-api-key": cfNamed("MEDUSA_SECRET_API_KEY", cfCat(cfLit("sk_"), cfHex(64)), cfCat(cfLit("pk_"), cfHex(64)), cfCat(cfLit("sk_"), cfLetters(64))),
		"prestashop-webservice-key": withCases(cfNamed("PRESTASHOP_WEBSERVICE_KEY", cfUp(32), cfLower(32), cfUp(24)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl 'https://shop.example.test/api/products?ws_key=" + upperAlnum(g, 32) + "&output_format=JSON'\n"},
					Negatives: []string{"curl 'https://shop.example.test/api/products?api_key=" + upperAlnum(g, 32) + "'\n"},
				}
			}),
		"shopware-integration-secret": cfNamed("SHOPWARE_CLIENT_SECRET", cfURL(51), cfLower(51), cfURL(40)),
		"vtex-app-key": plusPositives(cfPrefixed("VTEX_APP_KEY", vtex, cfCat(cfLit("mystore-"), cmsUpperLetters(6)), cfCat(cfLit(vtex), cfLit("mystore-"), cfLower(6)), cfCat(cfLit(vtex), cfLit("mystore-"), cmsUpperLetters(3))),
			func(g *fake.Gen) []string {
				return []string{"curl https://mystore.vtexcommercestable.com.br/api/oms/pvt/orders -H 'X-VTEX-API-AppKey: " + vtex + "mystore-" + g.String(fake.Upper, 6) + "'\n"}
			}),
		"whoisxml-api-key": withCases(cfNamed("WHOISXML_API_KEY", cfCat(cfLit("at_"), cfMix(29)), cfCat(cfLit("at_"), cfMix(20)), cfMix(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"url = \"https://www.whoisxmlapi.com/whoisserver/WhoisService?apiKey=at_" + g.MixedAlnum(29) + "&domainName=example.com\"\n"},
					Negatives: []string{"url = \"https://api.example.test/lookup?apiKey=at_" + g.MixedAlnum(29) + "\"\n"},
				}
			}),
		"coveo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"COVEO_API_KEY=xx" + saasUUID(g) + "\n",
					"const engine = buildSearchEngine({configuration: {organizationId: 'acmecorp', accessToken: 'xx" + saasUUID(g) + "'}});\n",
					"curl https://platform.cloud.coveo.com/rest/search/v2 -H 'Authorization: Bearer xx" + saasUUID(g) + "'\n",
				},
				Negatives: []string{
					"request_id = \"xx" + saasUUID(g) + "\"\n",
					"COVEO_API_KEY=xx" + strings.ToUpper(saasUUID(g)) + "\n",
					"accessToken: 'xx" + saasUUID(g)[:20] + "'\n",
				},
			}
		},
		"nocodb-api-token": withCases(cfNamed("NOCODB_API_TOKEN", cfURL(40), cfLower(40), cfURL(24)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"curl https://app.nocodb.com/api/v2/tables/mxyz/records -H 'xc-token: " + saasURL(g, 40) + "'\n"},
					Negatives: []string{"curl https://api.example.test/v2/records -H 'x-token: " + saasURL(g, 40) + "'\n"},
				}
			}),
		"openrouteservice-api-key": plusPositives(cfPrefixed("ORS_API_KEY", ors, cfHex(32), cfCat(cfLit(ors), cfHexU(32)), cfCat(cfLit(ors), cfHex(20))),
			func(g *fake.Gen) []string {
				return []string{"client = openrouteservice.Client(key='" + ors + g.Hex(32) + "')\n"}
			}),
		"tomba-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TOMBA_SECRET=ts_" + saasUUID(g) + "\n",
					"client = Tomba(key=\"ta_" + g.LowerAlnum(37) + "\", secret=\"ts_" + saasUUID(g) + "\")\n",
					"curl https://api.tomba.io/v1/me -H 'X-Tomba-Key: ta_" + g.LowerAlnum(37) + "' -H 'X-Tomba-Secret: ts_" + saasUUID(g) + "'\n",
				},
				Negatives: []string{
					"TOMBA_SECRET=ts_" + strings.ToUpper(saasUUID(g)) + "\n",
					"TOMBA_SECRET=ts_" + saasUUID(g)[:18] + "\n",
					"row_id = \"ts_" + saasUUID(g) + "\"\n",
				},
			}
		},
		"drupal-hash-salt": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<?php\n$settings['hash_salt'] = '" + saasURL(g, 74) + "';\n",
					"$settings[\"hash_salt\"] = \"" + saasURL(g, 74) + "\";\n",
				},
				Negatives: []string{
					"$settings['hash_salt'] = '';\n",
					"$settings['hash_salt'] = file_get_contents('/var/private/salt.txt');\n",
					"$settings['hash_salt'] = '" + saasURL(g, 20) + "';\n",
				},
			}
		},
		"joomla-config-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<?php\nclass JConfig {\n\tpublic $secret = '" + g.MixedAlnum(14) + g.String(fake.Digits, 2) + "';\n}\n",
					"\tpublic $secret = '" + g.MixedAlnum(22) + g.String(fake.Digits, 2) + "';\n",
				},
				Negatives: []string{
					"\tpublic $secret = '';\n",
					"\tpublic $secret = '" + g.String(fake.Lower, 16) + "';\n",
					"\tpublic $secretKey = '" + g.MixedAlnum(14) + g.String(fake.Digits, 2) + "';\n",
				},
			}
		},
		"prestashop-cookie-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"define('_COOKIE_KEY_', '" + g.MixedAlnum(54) + g.String(fake.Digits, 2) + "');\n",
					"define('_NEW_COOKIE_KEY_', '" + fake.Join("def0", "0000") + g.Hex(128) + "');\n",
					"return array (\n  'parameters' => array (\n    'cookie_key' => '" + g.MixedAlnum(62) + g.String(fake.Digits, 2) + "',\n",
				},
				Negatives: []string{
					"define('_COOKIE_IV_', '" + g.MixedAlnum(8) + "');\n",
					"define('_COOKIE_KEY_', 'test_secret_cookie_key_for_unit_testing_12345');\n",
					"    'cookie_key' => '',\n",
				},
			}
		},
		"magento-crypt-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<?php\nreturn [\n    'crypt' => [\n        'key' => '" + g.Hex(32) + "'\n    ],\n];\n",
					"    'crypt' => ['key' => 'base64" + g.String(fake.Base64, 43) + "='],\n",
					"  'crypt' => array (\n    'key' => '" + g.MixedAlnum(32) + "',\n  ),\n",
				},
				Negatives: []string{
					"    'crypt' => [\n        'key' => getenv('CRYPT_KEY')\n    ],\n",
					"    'crypt' => ['key' => '" + g.Hex(16) + "'],\n",
					"    'crypt' => ['aes128-ctr', 'aes256-ctr'],\n",
				},
			}
		},
		"typo3-encryption-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"    'SYS' => [\n        'encryptionKey' => '" + g.Hex(96) + "',\n",
					"$GLOBALS['TYPO3_CONF_VARS']['SYS']['encryptionKey'] = '" + g.Hex(96) + "';\n",
				},
				Negatives: []string{
					"    'encryption' => ['encryptionKey' => '" + g.Hex(64) + "'],\n",
					"    'encryptionKey' => 'functional-test-encryption-key-not-secret',\n",
					"    'encryptionKey' => '',\n",
				},
			}
		},
		"craft-security-key": cfNamed("CRAFT_SECURITY_KEY", cfURL(32), cfURL(20), cfLit("randomkey")),
		"strapi-app-secret": func(g *fake.Gen) Cases {
			b := func() string { return g.String(fake.Base64, 22) + "==" }
			return Cases{
				Positives: []string{
					"APP_KEYS=" + b() + "," + b() + "," + b() + "\n",
					"API_TOKEN_SALT=" + b() + "\nADMIN_JWT_SECRET=" + b() + "\n",
					"environment:\n  TRANSFER_TOKEN_SALT: \"" + b() + "\"\n",
				},
				Negatives: []string{
					"ADMIN_JWT_SECRET=" + g.Hex(64) + "\n",
					"API_TOKEN_SALT=tobemodified\n",
					"JWT_SECRET=" + b() + "\n",
				},
			}
		},
		"wordpress-application-password": withCases(cfNamed("WORDPRESS_APP_PASSWORD", cmsChunked(6), cmsChunked(5), cfLower(24)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{"WP_APPLICATION_PASSWORD='" + cmsChunked(6)(g) + "'\n"},
					Negatives: []string{"WORDPRESS_DB_PASSWORD=" + g.String(fake.Alnum, 12) + g.String(fake.Digits, 2) + "\n"},
				}
			}),
	}
}
