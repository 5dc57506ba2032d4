// Cases for the public-sector, open-data and scientific API rules added in
// the s35govopen change: the Met Office Weather DataHub, Transport for NSW,
// Digitransit, 511.org, NCBO BioPortal, IEEE Xplore, DigitalNZ, CORE, the
// Rijksmuseum, Cooper Hewitt, SNCF, MTA Bus Time, USDA NASS Quick Stats and
// the EIA's older keys. Every key shape is built at run time from parts,
// so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// metOfficeKey returns a Met Office Weather DataHub API key: a WSO2 API
// manager JWT whose header names the Met Office gateway's certificate by
// its SHA-256 thumbprint (thumb, hex), in standard base64 with padding,
// and whose RS256 signature is 344 characters.
func metOfficeKey(g *fake.Gen, thumb string) string {
	std := base64.StdEncoding
	head := fake.Join(`{"x5t#S256":"`, std.EncodeToString([]byte(thumb)),
		`","kid":"gateway_certificate_alias","typ":"JWT","alg":"RS256"}`)
	user := g.String(fake.Lower, 9) + "@example.org"
	claims := fake.Join(`{"sub":"`, user, `@carbon.super","application":{"owner":"`, user,
		`","tier":"Unlimited","name":"site_specific-`, g.UUID(), `","id":`, saasDigits(g, 5),
		`,"uuid":"`, g.UUID(), `"},"iss":"https:\/\/api-manager.api-management.metoffice.cloud:443\/oauth2\/token",`,
		`"keytype":"PRODUCTION","token_type":"apiKey","iat":17`, saasDigits(g, 8), `,"jti":"`, g.UUID(), `"}`)
	return std.EncodeToString([]byte(head)) + "." + std.EncodeToString([]byte(claims)) + "." +
		g.String(fake.Base64URL, 342) + "=="
}

// metOfficeThumb is the thumbprint the Met Office gateway's keys name.
func metOfficeThumb() string {
	return fake.Join("5e9b1547", "2c91bb14", "daf2c5f3", "9aa9f33c", "624352f5", "0833b88f", "14cac3ad", "fb563b2d")
}

// nassKey returns a USDA NASS Quick Stats key: an upper-case UUID of
// version 3.
func nassKey(g *fake.Gen) string {
	h := strings.ToUpper(g.Hex(32))
	return h[:8] + "-" + h[8:12] + "-3" + h[13:16] + "-" + g.Pick("8", "9", "A", "B") + h[17:20] + "-" + h[20:]
}

// s35govopenCases are the cases of the rules this change adds.
func s35govopenCases() map[string]Builder {
	return map[string]Builder{
		"metoffice-datahub-api-key": func(g *fake.Gen) Cases {
			key := func() string { return metOfficeKey(g, metOfficeThumb()) }
			short := strings.SplitN(key(), ".", 2)[0]
			return Cases{
				Positives: []string{
					"const url = `https://data.hub.api.metoffice.gov.uk/sitespecific/v0/point/hourly`;\nconst apikey = `" + key() + "`;\n",
					"headers = {\"accept\": \"application/json\", \"apikey\": \"" + key() + "\"}\n",
					"METOFFICE_API_KEY=" + key() + "\n",
					"curl -H 'apikey: " + key() + "' 'https://data.hub.api.metoffice.gov.uk/sitespecific/v0/point/daily?latitude=50.72&longitude=-3.53'\n",
					"window.CONFIG = {\n  METOFFICE: {\n    API_KEY: \"" + key() + "\",\n  },\n};\n",
				},
				Negatives: []string{
					// placeholders and the header alone
					"METOFFICE_API_KEY=<your-datahub-api-key>\n",
					"METOFFICE_API_KEY=" + short + "\n",
					// cut short
					"METOFFICE_API_KEY=" + key()[:500] + "\n",
					// another WSO2 gateway's key (another certificate)
					"API_KEY=" + metOfficeKey(g, g.Hex(64)) + "\n",
					// glued to other text
					"blob=x" + key() + "\n",
				},
			}
		},
		"transport-nsw-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(36) }
			return Cases{
				Positives: []string{
					"TFNSW_API_KEY=" + key() + "\n",
					"baseurl = \"https://api.transport.nsw.gov.au/v1/live/cameras\"\nresponse = requests.get(baseurl, headers={'Authorization': 'apikey " + key() + "'})\n",
					"var options = {\n   host: 'api.transport.nsw.gov.au',\n   path: '/v1/gtfs/vehiclepos/buses',\n   headers: {\n      'Authorization': 'apikey " + key() + "'\n   }\n};\n",
					"tfnsw:\n  api_key: \"" + ltJWT(g, 120) + "\"\n",
					"const transportNswKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"TFNSW_API_KEY=<your_tfnsw_api_key>\n",
					"headers = {'Authorization': 'apikey YOUR_API_KEY'}  # from opendata.transport.nsw.gov.au\n",
					// wrong length and alphabet
					"TFNSW_API_KEY=" + g.MixedAlnum(32) + "\n",
					"TFNSW_API_KEY=" + g.MixedAlnum(18) + "-" + g.MixedAlnum(17) + "\n",
					// the apikey scheme of another provider
					"headers = {'authorization': 'apikey " + key() + "', 'content-type': 'application/json'}\n",
					"TFNSW_STOP_ID=200060\n",
				},
			}
		},
		"digitransit-subscription-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DIGITRANSIT_API_KEY=" + g.Hex(32) + "\n",
					"headers: {\n  'Content-Type': 'application/json',\n  'digitransit-subscription-key': '" + g.Hex(32) + "',\n},\n",
					"uri: \"https://api.digitransit.fi/routing/v2/hsl/gtfs/v1?digitransit-subscription-key=" + g.Hex(32) + "\",\n",
					"\"Digitransit-Subscription-Key: " + g.Hex(32) + "\\r\\n\",\n",
					"digitransit:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"DIGITRANSIT_API_KEY=your-subscription-key\n",
					"'digitransit-subscription-key': SUBSCRIPTION_KEY,\n",
					// wrong length and alphabet
					"DIGITRANSIT_API_KEY=" + g.Hex(40) + "\n",
					"DIGITRANSIT_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a stop id, no key
					"digitransit_stop: HSL:1220409\n",
				},
			}
		},
		"transit-511-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TRANSIT_511_API_KEY=" + g.UUID() + "\n",
					"url = \"https://api.511.org/transit/StopMonitoring?api_key=" + g.UUID() + "&agency=SF&format=json&stopcode=15201\"\n",
					"511_key = \"" + g.UUID() + "\"\n",
					"REACT_APP_511_API_KEY=" + g.UUID() + "\n",
					"  - \"https://api.511.org/traffic/wzdx?api_key=" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"511_API_KEY=YOUR_API_KEY\n",
					"https://api.511.org/transit/operators?api_key=KEY&format=json\n",
					// no key word next to the number
					"{\"511\": \"" + g.UUID() + "\"}\n",
					// the number glued to another word, and a wrong shape
					"FL511_API_KEY=" + g.UUID() + "\n",
					"TRANSIT_511_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"bioportal-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BIOPORTAL_API_KEY=" + g.UUID() + "\n",
					"REST_URL = \"http://data.bioontology.org\"\nAPI_KEY = \"" + g.UUID() + "\"\n",
					"curl 'https://data.bioontology.org/search?q=melanoma&ontologies=NCIT&apikey=" + g.UUID() + "'\n",
					"curl -H \"Authorization: apikey token=" + g.UUID() + "\" https://data.bioontology.org/ontologies\n",
					"ncbo:\n  api_key: '" + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"BIOPORTAL_API_KEY=your-bioportal-api-key\n",
					"opener.addheaders = [('Authorization', 'apikey token=' + API_KEY)]\n",
					// wrong shape
					"BIOPORTAL_API_KEY=" + g.Hex(32) + "\n",
					"BIOPORTAL_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					// an identifier, no key
					"bioportal_submission_id: " + g.UUID() + "\n",
				},
			}
		},
		"ieee-xplore-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.LowerAlnum(24) }
			return Cases{
				Positives: []string{
					"IEEE_API_KEY=" + key() + "\n",
					"url = \"http://ieeexploreapi.ieee.org/api/v1/search/articles?querytext=lidar&apikey=" + key() + "&format=json\"\n",
					"class IEEE_Xplore_Searcher():\n    apikey = '" + key() + "'\n",
					"ieee_xplore:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"IEEE_API_KEY=your_ieee_xplore_key\n",
					"http://ieeexploreapi.ieee.org/api/v1/search/articles?apikey={api_key}&max_records=25\n",
					// wrong length and alphabet
					"IEEE_API_KEY=" + g.LowerAlnum(32) + "\n",
					"IEEE_API_KEY=" + g.MixedAlnum(24) + "\n",
					"IEEE_API_KEY=" + g.String(fake.Lower, 24) + "\n",
				},
			}
		},
		"digitalnz-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) }
			return Cases{
				Positives: []string{
					"DIGITALNZ_API_KEY=" + key() + "\n",
					".get(`http://api.digitalnz.org/v3/records.json?api_key=" + key() + "&text=${term}`)\n",
					"var digitalnz_api_key = \"" + key() + "\";\n",
					"DNZ_KEY=" + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"DIGITALNZ_API_KEY=your-api-key-here\n",
					"DIGITALNZ_API_KEY=" + strings.Repeat("x", 20) + "\n",
					// wrong length and one letter case
					"DIGITALNZ_API_KEY=" + g.MixedAlnum(24) + "\n",
					"DIGITALNZ_API_KEY=" + g.LowerAlnum(20) + "\n",
					// the short name glued to another word
					"MYDNZ_KEY=" + key() + "\n",
				},
			}
		},
		"core-ac-uk-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(32) }
			return Cases{
				Positives: []string{
					"CORE_API_KEY=" + key() + "\n",
					"const response = await fetch(`https://core.ac.uk/api-v2/articles/search/${q}?apiKey=" + key() + "`);\n",
					"$c->{\"hefce_oa\"}->{\"core_api_key\"} = \"" + key() + "\";\n",
					"oacore:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"CORE_API_KEY=your-core-key\n",
					"CORE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// another product's core service
					"USER_CORE_API_KEY=" + key() + "\n",
					"AI_CORE_API_KEY=" + key() + "\n",
					// wrong length and alphabet
					"CORE_API_KEY=" + g.MixedAlnum(40) + "\n",
					"CORE_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"rijksmuseum-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(8) }
			return Cases{
				Positives: []string{
					"var searchAPIRoot = \"https://www.rijksmuseum.nl/api/nl/collection?key=" + key() + "&format=json\";\n",
					"RIJKS_API_KEY=" + key() + "\n",
					"VITE_RIJKS_API_KEY=" + key() + "\n",
					"const rijksKey = '" + key() + "';\n",
					"rijksmuseum:\n  key: " + key() + "\n",
				},
				Negatives: []string{
					// placeholders
					"RIJKS_API_KEY=[YOUR_KEY]\n",
					"RIJKS_API_KEY=12345678\n",
					// wrong length and one letter case
					"RIJKS_API_KEY=" + g.MixedAlnum(12) + "\n",
					"RIJKS_API_KEY=" + g.LowerAlnum(8) + "\n",
					// an object number, no key
					"rijksmuseum_object: SK-C-5\n",
				},
			}
		},
		"cooper-hewitt-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"fetch('https://api.collection.cooperhewitt.org/rest/?method=cooperhewitt.objects.getRandom&access_token=" + g.Hex(32) + "&has_image=1')\n",
					"COOPER_HEWITT_TOKEN=" + g.Hex(32) + "\n",
					"cooperhewitt:\n  access_token: " + g.Hex(32) + "\n",
					"api = CooperHewitt(access_token=\"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"https://api.collection.cooperhewitt.org/rest/?method=cooperhewitt.exhibitions.getObjects&access_token=<API_KEY>\n",
					"COOPER_HEWITT_TOKEN=your_access_token\n",
					// wrong length and alphabet
					"COOPER_HEWITT_TOKEN=" + g.Hex(40) + "\n",
					"COOPER_HEWITT_TOKEN=" + strings.ToUpper(g.Hex(32)) + "\n",
					// an object id, no token
					"cooperhewitt_object_id: 18704235\n",
				},
			}
		},
		"sncf-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SNCF_API_KEY=" + g.UUID() + "\n",
					"this.readAPI('https://api.sncf.com/v1/coverage/sncf/coord/5.44%3B43.52/places_nearby?key=" + g.UUID() + "')\n",
					"var url = \"https://api.sncf.com/v1/coverage/sncf/stop_points/stop_point:SNCF:87747477:Train/departures\"\nconst myHeaders = new Headers();\nmyHeaders.append('Authorization', '" + g.UUID() + "');\n",
					"sncf:\n  token: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"SNCF_API_KEY=<your-sncf-token>\n",
					"SNCF_API_KEY=" + g.Hex(32) + "\n",
					// a line identifier, not a token
					"const line_id = \"line:SNCF:FR:Line::" + strings.ToUpper(g.UUID()) + ":\";\n",
					// the name glued to another word
					"MYSNCF_TOKEN=" + g.UUID() + "\n",
					"stop_area:SNCF:87686006\n",
				},
			}
		},
		"mta-bus-time-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MTA_BUS_TIME_API_KEY=" + g.UUID() + "\n",
					"url = \"http://bustime.mta.info/api/siri/vehicle-monitoring.json?key=" + g.UUID() + "&VehicleMonitoringDetailLevel=calls&LineRef=B63\"\n",
					"MTA_API_KEY = \"" + g.UUID() + "\"\n",
					"curl 'http://api.prod.obanyc.com/api/siri/stop-monitoring.json?key=" + g.UUID() + "&OperatorRef=MTA&MonitoringRef=308209'\n",
				},
				Negatives: []string{
					// placeholders
					"MTA_BUS_TIME_API_KEY=YOUR_KEY\n",
					"api/siri/vehicle-monitoring.json?key=OBANYC&OperatorRef=MTA+NYCT\n",
					// the subway feeds' key shape, not a Bus Time key
					"MTA_API_KEY=" + g.MixedAlnum(40) + "\n",
					// no key word, and the name glued to another word
					"{\"mta\": \"" + g.UUID() + "\"}\n",
					"SMTA_KEY=" + g.UUID() + "\n",
				},
			}
		},
		"usda-nass-api-key": func(g *fake.Gen) Cases {
			key := func() string { return nassKey(g) }
			return Cases{
				Positives: []string{
					"NASS_API_KEY=" + key() + "\n",
					"url = \"http://quickstats.nass.usda.gov/api/api_GET/?key=" + key() + "&format=CSV&source_desc=SURVEY&sector_desc=CROPS\"\n",
					"USDA_NASS_API_KEY: \"" + key() + "\"\n",
					"nassqs_auth(key = \"" + key() + "\")  # quickstats\n",
					"rp('https://quickstats.nass.usda.gov/api/api_GET?key=" + key() + "&format=json&year=2015&commodity_desc=SOYBEANS')\n",
				},
				Negatives: []string{
					// placeholders
					"NASS_API_KEY=your_key_here\n",
					"https://quickstats.nass.usda.gov/api/api_GET/?key=DEMO_KEY&commodity_desc=CORN\n",
					// a lower-case version-4 UUID, and hex without dashes
					"NASS_API_KEY=" + g.UUID() + "\n",
					"NASS_API_KEY=" + strings.ToUpper(g.Hex(32)) + "\n",
					// no key word next to the name
					"{\"nass\": \"" + key() + "\"}\n",
				},
			}
		},
		"eia-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"EIA_API_KEY=" + g.Hex(32) + "\n",
					"let url = NSURL(string: \"http://api.eia.gov/series/?api_key=" + strings.ToUpper(g.Hex(32)) + "&series_id=PET.EMM_EPM0_PTE_NUS_DPG.W\")\n",
					"var queryURL = \"http://api.eia.gov/series/?api_key=" + g.Hex(32) + "&series_id=EMISS.CO2-TOTV-TT-TO-\" + state + \".A\";\n",
					"eia:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"EIA_API_KEY=your_eia_api_key_here\n",
					"url = 'http://api.eia.gov/series/?api_key=' + api_key + '&series_id=' + key\n",
					// wrong length, and mixed case that no key has
					"EIA_API_KEY=" + g.Hex(36) + "\n",
					"EIA_API_KEY=" + g.Hex(16) + strings.ToUpper(g.Hex(16)) + "\n",
					// the name inside another word
					"ALETHEIA_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
	}
}
