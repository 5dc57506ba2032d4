// Cases for the commerce rules added in the s31 commerce2 change: Gelato
// (print on demand), Linnworks, Nosto, Okendo, Sellbrite and Stamped.io.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31commerce2Cases are the cases of the rules this change adds.
func s31commerce2Cases() map[string]Builder {
	return map[string]Builder{
		"gelato-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.UUID() + "-" + g.UUID() + ":" + g.UUID() }
			return Cases{
				Positives: []string{
					"GELATO_API_URL=https://order.gelatoapis.com/v4\nGELATO_API_KEY=" + key() + "\n",
					"headers = {\n    'Content-Type': 'application/json',\n    'X-API-KEY': '" + key() + "'\n}\nurl = 'https://ecommerce.gelatoapis.com/v1/templates/' + template_id\n",
					"curl -X GET https://product.gelatoapis.com/v3/catalogs \\\n  -H \"X-API-KEY: " + key() + "\"\n",
					"gelato:\n  store_id: " + g.UUID() + "\n  api_key: \"" + key() + "\"\n",
					"const gelatoApiKey = \"" + key() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"GELATO_API_KEY=your-api-key-here\n",
					"GELATO_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// a store id is a single UUID
					"GELATO_STORE_ID=" + g.UUID() + "\n",
					// a Gelato Network (relay) key has another shape
					"GELATO_RELAY_API_KEY=" + g.MixedAlnum(43) + "\n",
					// two UUIDs without the third
					"GELATO_API_KEY=" + g.UUID() + "-" + g.UUID() + "\n",
				},
			}
		},
		"linnworks-application-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LINNWORKS_APPLICATION_ID=" + g.UUID() + "\nLINNWORKS_APPLICATION_SECRET=" + g.UUID() + "\n",
					"LINNWORKS_INSTALLATION_TOKEN=\"" + g.UUID() + "\"\n",
					"'linnworks' => [\n    'application_id' => '" + g.UUID() + "',\n    'application_secret' => '" + g.UUID() + "',\n],\n",
					"linnworks:\n  application_secret: " + g.UUID() + "\n  token: " + g.UUID() + "\n",
					"{\"linnworks_token\": \"" + g.UUID() + "\"}\n",
				},
				Negatives: []string{
					// the application id is an identifier
					"LINNWORKS_APPLICATION_ID=" + g.UUID() + "\n",
					// placeholders
					"LINNWORKS_APPLICATION_SECRET=xxxxxxxxxxxxxxxx\n",
					"LINNWORKS_APPLICATION_SECRET=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a GUID
					"LINNWORKS_TOKEN=" + g.Hex(32) + "\n",
					// the name glued to another word, no credential word
					"LINNWORKS_ACCOUNT=" + g.UUID() + "\n",
				},
			}
		},
		"nosto-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NOSTO_MERCHANT=shopify-" + g.String("0123456789", 8) + "\nNOSTO_API_KEY=" + g.MixedAlnum(64) + "\n",
					"{\n  \"merchant\": \"shopify-" + g.String("0123456789", 8) + "\",\n  \"nostoApiToken\": \"" + g.MixedAlnum(64) + "\"\n}\n",
					"nosto:\n  account_id: shopify-" + g.String("0123456789", 8) + "\n  api_token: " + g.MixedAlnum(64) + "\n",
					"EXTENSION_NOSTO_API_TOKEN=\"" + g.MixedAlnum(64) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"NOSTO_API_KEY=your-nosto-api-apps-token\n",
					"NOSTO_API_KEY=" + strings.Repeat("x", 64) + "\n",
					// too short for a Nosto token
					"NOSTO_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					// a word that holds the name
					"NANOSTORE_KEY=" + g.MixedAlnum(64) + "\n",
					// the merchant id is not a token
					"NOSTO_MERCHANT=shopify-" + g.String("0123456789", 8) + "\n",
				},
			}
		},
		"okendo-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OKENDO_USER_ID=" + g.UUID() + "\nOKENDO_API_KEY=" + g.MixedAlnum(32) + "\n",
					"okendo:\n  user_id: " + g.UUID() + "\n  api_key: \"" + g.MixedAlnum(32) + "\"\n",
					"{\"okendo_password\": \"" + g.MixedAlnum(32) + "\"}\n",
					"export OKENDO_MERCHANT_API_KEY='" + g.MixedAlnum(32) + "'\n",
				},
				Negatives: []string{
					// the user id, a UUID, is what many OKENDO_API_KEY settings hold
					"OKENDO_API_KEY=" + g.UUID() + "\n",
					// placeholders
					"OKENDO_API_KEY=<okendo-private-api-key>\n",
					"OKENDO_API_KEY=your_okendo_api_key\n",
					// too long
					"OKENDO_API_KEY=" + g.MixedAlnum(48) + "\n",
					// another product whose name holds it
					"LOKENDO_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"sellbrite-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SELLBRITE_ACCOUNT_TOKEN=" + g.UUID() + "\nSELLBRITE_SECRET_KEY=" + g.Hex(32) + "\nSELLBRITE_BASE_URL=https://api.sellbrite.com/v1\n",
					"sellbrite:\n  auth_token: " + g.UUID() + "\n  secret_key: \"" + g.Hex(32) + "\"\n",
					"SELLBRITE_API_SECRET = '" + g.Hex(32) + "'\n",
					"{\"sellbrite_password\": \"" + g.Hex(32) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"SELLBRITE_SECRET=your-sellbrite-secret\n",
					"SELLBRITE_SECRET_KEY=" + strings.Repeat("0", 32) + "\n",
					// the account token, a UUID, is the user name
					"SELLBRITE_ACCOUNT_TOKEN=" + g.UUID() + "\n",
					// too long
					"SELLBRITE_SECRET_KEY=" + g.Hex(40) + "\n",
					// the name glued to another word, no credential word
					"SELLBRITE_WAREHOUSE=" + g.Hex(32) + "\n",
				},
			}
		},
		"stamped-private-key": func(g *fake.Gen) Cases {
			priv := fake.Join("ke", "y-")
			pub := fake.Join("pub", "key-")
			key := func() string { return priv + g.MixedAlnum(30) }
			return Cases{
				Positives: []string{
					"STAMPED_PUBLIC_KEY=" + pub + g.MixedAlnum(30) + "\nSTAMPED_PRIVATE_KEY=" + key() + "\nSTAMPED_STORE_HASH=151250\n",
					"curl -u " + pub + g.MixedAlnum(30) + ":" + key() + " https://stamped.io/api/v2/151250/dashboard/reviews\n",
					"stamped:\n  public_key: " + pub + g.MixedAlnum(30) + "\n  private_key: " + key() + "\n",
					"$stamped_private_key = '" + key() + "';\n",
					"export const stampedConfig = {\n  stampedApiSecret: \"" + key() + "\",\n};\n",
				},
				Negatives: []string{
					// the public key alone is embedded in storefront widgets
					"STAMPED_PUBLIC_KEY=" + pub + g.MixedAlnum(30) + "\n",
					// placeholders
					"STAMPED_PRIVATE_KEY=" + priv + strings.Repeat("X", 30) + "\n",
					"STAMPED_PRIVATE_KEY=priv_xxxxxxxxxxxx\n",
					// too short
					"STAMPED_PRIVATE_KEY=" + priv + g.MixedAlnum(20) + "\n",
					// a word that holds the name
					"timestamped_key = \"" + key() + "\"\n",
				},
			}
		},
	}
}
