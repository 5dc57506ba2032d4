// Cases for the real-estate, legal and insurance rules added in the s34
// realty change: Axle (insurance verification), Datafiniti (property data),
// DoorLoop and Propertyware (property management) and Rentometer (rent
// comparables). Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s34realtyCases are the cases of the rules this change adds.
func s34realtyCases() map[string]Builder {
	return map[string]Builder{
		"axle-client-secret": func(g *fake.Gen) Cases {
			// a nanoid: 21 characters of letters, digits, "_" and "-"
			secret := func() string { return g.MixedAlnum(9) + g.Pick("-", "_", "Q") + g.MixedAlnum(11) }
			clientID := func() string { return fake.Join("cl", "i_") + g.MixedAlnum(21) }
			return Cases{
				Positives: []string{
					"AXLE_CLIENT_ID=" + clientID() + "\nAXLE_CLIENT_SECRET=" + secret() + "\n",
					"curl --request POST \\\n  --url https://api.axle.insure/ignition \\\n  --header 'Content-Type: application/json' \\\n  --header 'x-client-id: " + clientID() + "' \\\n  --header 'x-client-secret: " + secret() + "' \\\n  --data '{\"redirectUri\": \"https://example.com/insurance/success\"}'\n",
					"axle:\n  client_id: " + clientID() + "\n  client_secret: \"" + secret() + "\"\n",
					"const axleClientSecret = process.env.AXLE_CLIENT_SECRET || '" + secret() + "';\n",
					"'axle' => [\n    'x-client_id' => env('AXLE_API_ID', '" + clientID() + "'),\n    'x-client_secret' => env('AXLE_API_SECRET', '" + secret() + "'),\n],\n",
				},
				Negatives: []string{
					// the client id is an identifier, not the secret
					"AXLE_CLIENT_ID=" + clientID() + "\n",
					// placeholders
					"AXLE_CLIENT_SECRET=your-axle-client-secret\n",
					"AXLE_CLIENT_SECRET=xxxxxxxxxxxxxxxxxxxxx\n",
					// not the length of a nanoid
					"AXLE_CLIENT_SECRET=" + g.MixedAlnum(32) + "\n",
					// the axle of a vehicle model, no secret
					"rear_axle_track_width: " + g.MixedAlnum(21) + "\n",
					// the name inside a longer word
					"MAXLENGTH_SECRET=" + secret() + "\n",
					// another provider's x-client-secret header
					"curl https://api.cashfree.com/pg/orders -H 'x-client-secret: " + secret() + "'\n",
				},
			}
		},
		"datafiniti-api-token": func(g *fake.Gen) Cases {
			enc := base64.RawURLEncoding
			token := func() string {
				header := enc.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT"}`))
				claims := enc.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iss":"datafiniti.co"}`, g.LowerAlnum(32))))
				return header + "." + claims + "." + enc.EncodeToString(g.Bytes(512))
			}
			return Cases{
				Positives: []string{
					"DATAFINITI_API_KEY=" + token() + "\n",
					"# datafiniti api call needs\nAPI_token = '" + token() + "'\n",
					"curl --location 'https://api.datafiniti.co/v4/properties/search' \\\n--header 'Authorization: Bearer " + token() + "' \\\n--header 'Content-Type: application/json'\n",
					"datafiniti:\n  api_token: " + token() + "\n",
					"const datafinitiToken = process.env.DATAFINITI_TOKEN ?? '" + token() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"DATAFINITI_API_KEY=insert_your_key_here\n",
					"DATAFINITI_API_KEY=your_datafiniti_api_token\n",
					// not a JWT
					"DATAFINITI_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a JWT with no Datafiniti name near it
					"SESSION_TOKEN=" + token() + "\n",
					// the name glued to another word
					"MYDATAFINITIPROXY_ID=" + token() + "\n",
				},
			}
		},
		"doorloop-api-token": func(g *fake.Gen) Cases {
			token := func() string {
				return g.JWTWithClaims(`{"typ":"JWT","alg":"HS256"}`,
					fmt.Sprintf(`{"type":"API","id":"%s","exp":%d}`, g.Hex(24), 2000000000+g.IntN(100000000)))
			}
			return Cases{
				Positives: []string{
					"DOORLOOP_API_KEY=" + token() + "\n",
					"const DOORLOOP_API_TOKEN = process.env.DOORLOOP_API_TOKEN || '" + token() + "';\nconst DOORLOOP_BASE_URL = 'https://app.doorloop.com/api';\n",
					"curl --request GET \\\n     --url https://app.doorloop.com/api/accounts \\\n     --header 'Accept: application/json' \\\n     --header 'Authorization: bearer " + token() + "'\n",
					"doorloop:\n  api_key: \"" + token() + "\"\n",
					"settings = {\n    \"DOORLOOP_API_KEY\": os.environ.get(\"DOORLOOP_API_KEY\", \"" + token() + "\"),\n}\n",
				},
				Negatives: []string{
					// placeholders
					"DOORLOOP_API_KEY=your_api_token_goes_here\n",
					"DOORLOOP_API_KEY=\"op://Vault/DOORLOOP_API_KEY/api_key\"\n",
					"DOORLOOP_API_KEY=eyJ" + strings.Repeat("x", 30) + "\n",
					// a JWT with no DoorLoop name near it
					"API_TOKEN=" + token() + "\n",
					// the name glued to another word
					"DOORLOOPER_ID=" + token() + "\n",
				},
			}
		},
		"rentometer-api-key": func(g *fake.Gen) Cases {
			// 16 random bytes in URL-safe base64 without padding
			key := func() string {
				for {
					k := base64.RawURLEncoding.EncodeToString(g.Bytes(16))
					if strings.ContainsAny(k, fake.Upper) && strings.ContainsAny(k, fake.Lower) {
						return k
					}
				}
			}
			return Cases{
				Positives: []string{
					"RENTOMETER_API_KEY=" + key() + "\n",
					"string URL = $\"https://www.rentometer.com/api/v1/summary?api_key=" + key() + "&address={address}&bedrooms={bedrooms}\";\n",
					"curl \"https://www.rentometer.com/api/v1/summary?address=15%20broad%20st&bedrooms=2&api_key=" + key() + "\"\n",
					"rentometer:\n  api_key: \"" + key() + "\"\n",
					"const rentometerKey = process.env.RENTOMETER_API_KEY ?? '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"curl \"https://www.rentometer.com/api/v1/auth?api_key=RENTOMETER_API_KEY\"\n",
					"RENTOMETER_API_KEY=YOUR-API-KEY\n",
					// not 16 bytes of base64
					"RENTOMETER_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a 22nd character that 16 bytes cannot end in
					"RENTOMETER_API_KEY=" + g.MixedAlnum(21) + "Z\n",
					// the name glued to another word
					"RENTOMETERS_ID=" + key() + "\n",
				},
			}
		},
		"propertyware-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"PROPERTYWARE_CLIENT_ID=" + g.UUID() + "\nPROPERTYWARE_CLIENT_SECRET=" + g.UUID() + "\nPROPERTYWARE_ORGANIZATION_ID=" + g.String(fake.Digits, 9) + "\n",
					"auth_header = {\n    'x-propertyware-system-id':  '" + g.String(fake.Digits, 9) + "',\n    'x-propertyware-client-id': '" + g.UUID() + "',\n    'x-propertyware-client-secret': '" + g.UUID() + "'\n    }\n",
					"'propertyware' => [\n    'client_id' => env('PROPERTYWARE_CLIENT_ID'),\n    'client_secret_key' => env('PROPERTYWARE_CLIENT_SECRET_KEY', '" + g.UUID() + "'),\n],\n",
					"curl https://api.propertyware.com/pw/api/rest/v1/buildings -H 'x-propertyware-client-secret: " + g.UUID() + "'\n",
				},
				Negatives: []string{
					// the client id and the organization id are identifiers
					"PROPERTYWARE_CLIENT_ID=" + g.UUID() + "\n",
					"'x-propertyware-client-id': '" + g.UUID() + "',\n",
					// placeholders
					"PROPERTYWARE_CLIENT_SECRET=secret\n",
					"PROPERTYWARE_CLIENT_SECRET=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// not a UUID
					"PROPERTYWARE_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// the name glued to another word
					"MYPROPERTYWARE_SECRET=" + g.UUID() + "\n",
				},
			}
		},
	}
}
