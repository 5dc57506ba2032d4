// Cases for the travel, hospitality and property rules added in the s32
// travel change: Buildium, Estated, Guesty, Hostaway, Mews and Viator.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32travelCases are the cases of the rules this change adds.
func s32travelCases() map[string]Builder {
	return map[string]Builder{
		"buildium-client-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.Base64Bytes(32) }
			return Cases{
				Positives: []string{
					"BUILDIUM_CLIENT_ID=" + g.UUID() + "\nBUILDIUM_CLIENT_SECRET=" + secret() + "\n",
					"curl -H \"x-buildium-client-id: " + g.UUID() + "\" -H \"x-buildium-client-secret: " + secret() + "\" https://api.buildium.com/v1/rentals\n",
					"headers = {\n    'x-buildium-client-id': '" + g.UUID() + "',\n    'x-buildium-client-secret': '" + secret() + "',\n}\n",
					"buildium:\n  client_id: " + g.UUID() + "\n  client_secret: \"" + secret() + "\"\n",
					"const BUILDIUM_API_KEY = '" + secret() + "';\n",
				},
				Negatives: []string{
					// the client id is an identifier, safe to share
					"BUILDIUM_CLIENT_ID=" + g.UUID() + "\n",
					// placeholders
					"BUILDIUM_CLIENT_SECRET=your_client_secret\n",
					"x-buildium-client-secret: <your client secret>\n",
					"BUILDIUM_CLIENT_SECRET=" + strings.Repeat("x", 43) + "=\n",
					// too short for 32 bytes
					"BUILDIUM_CLIENT_SECRET=" + g.Base64Bytes(16) + "\n",
					// the name glued to another word
					"REBUILDIUMS_SECRET=" + secret() + "\n",
				},
			}
		},
		"cloudbeds-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("cb", "at_")
			key := func() string { return prefix + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"CLOUDBEDS_CLIENT_ID=live1_" + g.String(fake.Digits, 15) + "_" + g.MixedAlnum(24) + "\nCLOUDBEDS_API_KEY=" + key() + "\n",
					"curl -H \"x-api-key: " + key() + "\" https://api.cloudbeds.com/api/v1.3/getHotels\n",
					"headers = {\"Authorization\": \"Bearer " + key() + "\"}\n",
					"cloudbeds:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"CLOUDBEDS_API_KEY=" + prefix + "your_api_key\n",
					"CLOUDBEDS_API_KEY=" + prefix + strings.Repeat("x", 32) + "\n",
					// too short
					"CLOUDBEDS_API_KEY=" + prefix + g.MixedAlnum(20) + "\n",
					// an identifier that only starts the same way
					"from reports import " + prefix + "preview_" + g.String(fake.Lower, 8) + "\n",
				},
			}
		},
		"ownerrez-api-token": func(g *fake.Gen) Cases {
			pat := func() string { return fake.Join("p", "t_") + g.MixedAlnum(32) }
			sec := func() string { return fake.Join("s", "_") + g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"OWNERREZ_USERNAME=host@example.com\nOWNERREZ_TOKEN=" + pat() + "\n",
					"export OWNERREZ_TOKEN=\"" + pat() + "\"\n",
					"ownerrez:\n  client_id: c_" + g.LowerAlnum(16) + "\n  client_secret: " + sec() + "\n",
					"const ownerrezToken = '" + pat() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"OWNERREZ_TOKEN=pt_...\n",
					"OWNERREZ_TOKEN=your_personal_access_token\n",
					"OWNERREZ_TOKEN=" + fake.Join("p", "t_") + strings.Repeat("x", 32) + "\n",
					// too short for a token
					"OWNERREZ_TOKEN=" + fake.Join("p", "t_") + g.MixedAlnum(8) + "\n",
					// the e-mail is not the secret
					"OWNERREZ_USERNAME=host@example.com\n",
				},
			}
		},
		"estated-api-key": func(g *fake.Gen) Cases {
			token := func() string { return g.MixedAlnum(30) }
			return Cases{
				Positives: []string{
					"ESTATED_API_KEY=" + token() + "\n",
					"const url = `https://apis.estated.com/v4/property?token=" + token() + "&combined_address=${address}`;\n",
					"params = {\"token\": \"" + token() + "\", \"combined_address\": address}  # estated\nESTATED_TOKEN = \"" + token() + "\"\n",
					"services:\n  estated:\n    api_key: " + token() + "\n",
					"$estated = 'https://apis.estated.com/v4/property?street_address=1+Main&token=" + token() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"ESTATED_API_KEY=your_estated_api_key_here\n",
					"ESTATED_API_KEY=" + strings.Repeat("X", 30) + "\n",
					// wrong length
					"ESTATED_API_KEY=" + g.MixedAlnum(24) + "\n",
					// "restated" and "gestated" are other words
					"RESTATED_TOKEN=" + token() + "\n",
					"gestated_key: " + token() + "\n",
				},
			}
		},
		"expedia-rapid-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(13) + g.String(fake.Digits, 1) + g.LowerAlnum(12) }
			sig := func() string { return g.Hex(128) }
			return Cases{
				Positives: []string{
					"Authorization: EAN APIKey=" + key() + ",Signature=" + sig() + ",timestamp=1718000000\n",
					"EXPEDIA_API_KEY=" + key() + "\nEXPEDIA_SHARED_SECRET=" + g.LowerAlnum(13) + "\n",
					"'headers' => [\n    'Authorization' => 'EAN apikey=" + key() + ",signature=" + sig() + ",timestamp=1655357444',\n],\n",
					"expedia:\n  api_key: " + key() + "\n  shared_secret: " + g.LowerAlnum(13) + "\n",
					"def auth_header():\n    expedia_api_key = \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"EXPEDIA_API_KEY=replace_with_eps_api_key\n",
					"Authorization: EAN APIKey=<rapid-api-key>,Signature=${SIGNATURE},timestamp=${TIMESTAMP}\n",
					"str_contains($auth, 'EAN APIKey=demo-key')\n",
					// wrong length
					"EXPEDIA_API_KEY=" + g.LowerAlnum(20) + "\n",
					// upper case is not the key's alphabet
					"EXPEDIA_API_KEY=" + strings.ToUpper(key()) + "\n",
					// not a secret
					"EXPEDIA_PROPERTY_ID=" + g.String(fake.Digits, 8) + "\n",
				},
			}
		},
		"sabre-client-secret": func(g *fake.Gen) Cases {
			clientID := func() string { return fake.Join("V1", ":") + g.LowerAlnum(16) + fake.Join(":DEV", "CENTER:EXT") }
			secret := func() string {
				return g.String(fake.Upper, 1) + g.String(fake.Lower, 2) + g.String(fake.Digits, 1) + g.MixedAlnum(4)
			}
			return Cases{
				Positives: []string{
					"final String clientId = \"" + clientID() + "\";//Put Your Client Id Here\nfinal String clientSecret= \"" + secret() + "\";\n",
					"var sabre_dev_studio = new SabreDevStudio({\n  client_id:     '" + clientID() + "',\n  client_secret: '" + secret() + "',\n  uri:           'https://api.test.sabre.com'\n});\n",
					"SABRE_CLIENT_ID=" + clientID() + "\nSABRE_CLIENT_SECRET=" + secret() + "\n",
					"protected $_dsAppKey = \"" + clientID() + "\";\nprotected $_dsSecret = \"" + secret() + "\";\n",
					"sabre:\n  client_id: " + clientID() + "\n  client_secret: " + secret() + "\n",
					"const sabreClientSecret = '" + secret() + "';\n",
				},
				Negatives: []string{
					// the client id alone identifies the application
					"SABRE_CLIENT_ID=" + clientID() + "\n",
					// placeholders
					"SABRE_CLIENT_SECRET=your_sabre_client_secret\n",
					"final String clientId = \"" + clientID() + "\";\nfinal String clientSecret = \"XXXXXXXX\";\n",
					// one case only: an EPR password a person chose
					"SABRE_PASSWORD=" + g.String(fake.Lower, 6) + g.String(fake.Digits, 2) + "\n",
					// wrong length
					"SABRE_CLIENT_SECRET=" + g.MixedAlnum(12) + "\n",
					// "sabre" glued to another word
					"SABRETOOTH_SECRET=" + secret() + "\n",
				},
			}
		},
		"guesty-client-secret": func(g *fake.Gen) Cases {
			clientID := func() string { return fake.Join("0", "oa") + g.MixedAlnum(17) }
			secret := func() string {
				return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(22) + g.Pick("-", "_") + g.MixedAlnum(20)
			}
			return Cases{
				Positives: []string{
					"GUESTY_CLIENT_ID=" + clientID() + "\nGUESTY_CLIENT_SECRET=" + secret() + "\n",
					"GUESTY_BEAPI_CLIENT_ID=" + clientID() + "\nGUESTY_BEAPI_CLIENT_SECRET=" + secret() + "\n",
					"const guestyClientSecret = \"" + secret() + "\";\n",
					"guesty:\n  client_id: " + clientID() + "\n  client_secret: " + secret() + "\n",
				},
				Negatives: []string{
					// the client id alone
					"GUESTY_CLIENT_ID=" + clientID() + "\n",
					// placeholders
					"GUESTY_CLIENT_SECRET=your_client_secret\n",
					"GUESTY_CLIENT_SECRET=" + strings.Repeat("x", 64) + "\n",
					// wrong length
					"GUESTY_CLIENT_SECRET=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"ROGUESTYLE_SECRET=" + secret() + "\n",
				},
			}
		},
		"hostaway-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"HOSTAWAY_ACCOUNT_ID=" + g.String(fake.Digits, 5) + "\nHOSTAWAY_CLIENT_SECRET=" + key() + "\n",
					"HOSTAWAY_API_KEY=" + key() + "\n",
					"hostaway:\n  account_id: " + g.String(fake.Digits, 6) + "\n  secret_key: \"" + key() + "\"\n",
					"client = HostawayClient(account_id=\"" + g.String(fake.Digits, 5) + "\", hostaway_secret=\"" + key() + "\")\n",
				},
				Negatives: []string{
					// the account id is not the secret
					"HOSTAWAY_ACCOUNT_ID=" + g.String(fake.Digits, 5) + "\n",
					// placeholders
					"HOSTAWAY_CLIENT_SECRET=your_client_secret\n",
					"HOSTAWAY_CLIENT_SECRET=" + strings.Repeat("0", 64) + "\n",
					// too short
					"HOSTAWAY_API_KEY=" + g.Hex(32) + "\n",
					// upper-case letters are not in the key's alphabet
					"HOSTAWAY_API_KEY=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"mews-api-token": func(g *fake.Gen) Cases {
			token := func() string { return g.String(fake.HexUpper, 32) + "-" + g.String(fake.HexUpper, 31) }
			return Cases{
				Positives: []string{
					"{\n  \"ClientToken\": \"" + token() + "\",\n  \"AccessToken\": \"" + token() + "\",\n  \"Client\": \"Sample Client 1.0.0\"\n}\n",
					"MEWS_CLIENT_TOKEN=" + token() + "\nMEWS_ACCESS_TOKEN=" + token() + "\n",
					"mews:\n  platform_address: https://api.mews.com\n  client_token: " + token() + "\n",
					"var client = new MewsConnectorClient(clientToken: \"" + token() + "\", accessToken: \"" + g.String(fake.HexLower, 32) + "-" + g.String(fake.HexLower, 31) + "\");\n",
				},
				Negatives: []string{
					// placeholders
					"\"ClientToken\": \"YOUR_CLIENT_TOKEN\",\n",
					"MEWS_ACCESS_TOKEN=" + strings.Repeat("X", 32) + "-" + strings.Repeat("X", 31) + "\n",
					// a plain GUID is not a Mews token
					"\"AccessToken\": \"" + g.UUID() + "\",\n",
					// wrong lengths
					"MEWS_CLIENT_TOKEN=" + g.String(fake.HexUpper, 32) + "-" + g.String(fake.HexUpper, 24) + "\n",
					"MEWS_CLIENT_TOKEN=" + g.String(fake.HexUpper, 32) + "-" + g.String(fake.HexUpper, 32) + "\n",
					// masked as Mews asks for in logs
					"Client Token: \"" + g.String(fake.HexUpper, 4) + "***" + g.String(fake.HexUpper, 4) + "\"\n",
				},
			}
		},
		"viator-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"VIATOR_API_KEY=" + g.UUID() + "\n",
					"headers: {\n  'exp-api-key': '" + g.UUID() + "',\n  'Accept-Language': 'en-US',\n  'Accept': 'application/json;version=2.0',\n}\n",
					"curl -X POST https://api.viator.com/partner/search/freetext -H \"exp-api-key: " + g.UUID() + "\" -H \"Accept-Language: en-US\"\n",
					"CURLOPT_HTTPHEADER => array('exp-api-key: " + g.UUID() + "', 'Accept-Language: en-US'),\n",
					"viator:\n  api_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"VIATOR_API_KEY=your_viator_api_key_here\n",
					"'exp-api-key': 'YOUR_API_KEY',\n",
					"\"exp-api-key\": \"xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\",\n",
					// not a UUID
					"VIATOR_API_KEY=" + g.Hex(32) + "\n",
					// "aviator" is another word
					"AVIATOR_KEY=" + g.UUID() + "\n",
					// another header
					"'x-exp-api-key-id': '" + g.UUID() + "',\n",
				},
			}
		},
	}
}

// s32travelWidenedCases are more cases of travel and property rules this
// change widened: each provider's own curl example (the host, then the key
// header a few headers or lines later) and the Amadeus Python SDK's
// constructor.
func s32travelWidenedCases() map[string]Builder {
	return map[string]Builder{
		"flightaware-aeroapi-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -X GET \"https://aeroapi.flightaware.com/aeroapi/flights/UAL4\" -H \"Accept: application/json; charset=UTF-8\" -H \"x-apikey: " + g.MixedAlnum(32) + "\"\n",
					"resp = requests.get(\n    \"https://aeroapi.flightaware.com/aeroapi/airports/KSFO/flights\",\n    headers={\"x-apikey\": \"" + g.MixedAlnum(32) + "\"},\n)\n",
				},
				Negatives: []string{
					"curl \"https://aeroapi.flightaware.com/aeroapi/flights/UAL4\" -H \"x-apikey: $AEROAPI_KEY\"\n",
					"curl \"https://aeroapi.flightaware.com/aeroapi/flights/UAL4\" -H \"x-apikey: YOUR_API_KEY_GOES_HERE_XXXXXXXX\"\n",
				},
			}
		},
		"kiwi-tequila-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -X GET \"https://api.tequila.kiwi.com/v2/search?fly_from=PRG&fly_to=LGW&date_from=01/04/2025\" -H \"apikey: " + g.MixedAlnum(32) + "\"\n",
					"fetch('https://tequila-api.kiwi.com/locations/query?term=PRG', {\n  headers: { apikey: '" + g.MixedAlnum(32) + "' },\n});\n",
				},
				Negatives: []string{
					"curl \"https://api.tequila.kiwi.com/v2/search?fly_from=PRG\" -H \"apikey: ${TEQUILA_KEY}\"\n",
					"curl \"https://api.tequila.kiwi.com/v2/search?fly_from=PRG\" -H \"apikey: " + g.MixedAlnum(20) + "\"\n",
				},
			}
		},
		"rentcast-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl --request GET \\\n     --url 'https://api.rentcast.io/v1/properties?address=5500%20Grand%20Lake%20Dr' \\\n     --header 'Accept: application/json' \\\n     --header 'X-Api-Key: " + g.Hex(32) + "'\n",
					"curl 'https://api.rentcast.io/v1/avm/rent/long-term?address=1%20Main%20St' -H 'X-Api-Key: " + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					"curl 'https://api.rentcast.io/v1/properties' --header 'X-Api-Key: YOUR_API_KEY'\n",
					"curl 'https://api.rentcast.io/v1/properties' --header 'X-Api-Key: " + g.Hex(24) + "'\n",
				},
			}
		},
		"attom-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -X GET \"https://api.gateway.attomdata.com/propertyapi/v1.0.0/property/detail?address1=4529%20Winona%20Court&address2=Denver%2C%20CO\" -H \"Accept: application/json\" -H \"apikey: " + g.Hex(32) + "\"\n",
					"axios.get('https://api.gateway.attomdata.com/propertyapi/v1.0.0/property/basicprofile', {\n  headers: { Accept: 'application/json', apikey: '" + g.Hex(32) + "' },\n});\n",
				},
				Negatives: []string{
					"curl \"https://api.gateway.attomdata.com/propertyapi/v1.0.0/property/detail\" -H \"apikey: $ATTOM_API_KEY\"\n",
					"curl \"https://api.gateway.attomdata.com/propertyapi/v1.0.0/property/detail\" -H \"apikey: " + strings.Repeat("0", 32) + "\"\n",
				},
			}
		},
		"amadeus-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"from amadeus import Client, ResponseError\n\namadeus = Client(\n    client_id='" + g.MixedAlnum(32) + "',\n    client_secret='" + g.MixedAlnum(16) + "'\n)\n",
					"amadeus = Client(client_id=\"" + g.MixedAlnum(32) + "\", client_secret=\"" + g.MixedAlnum(16) + "\", hostname='production')\n",
				},
				Negatives: []string{
					"amadeus = Client(\n    client_id='REPLACE_BY_YOUR_API_KEY',\n    client_secret='REPLACE_BY_YOUR_API_SECRET'\n)\n",
					"amadeus = Client(client_id=os.environ['AMADEUS_CLIENT_ID'], client_secret=os.environ['AMADEUS_CLIENT_SECRET'])\n",
				},
			}
		},
	}
}
