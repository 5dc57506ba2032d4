// Cases for the public-sector, open-data, legal and health-data rules added
// in the s27public change: api.data.gov agency keys (widened in s35govopen
// to the National Park Service and the Smithsonian), BLS, CourtListener,
// GOV.UK Notify, Junction (Vital), NOAA Climate Data Online and TfL. Every
// key shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27publicCases are the cases of the rules this change adds.
func s27publicCases() map[string]Builder {
	return map[string]Builder{
		"datagov-agency-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NREL_API_KEY=" + g.MixedAlnum(40) + "\n",
					"url = f\"https://developer.nrel.gov/api/pvwatts/v8.json?api_key=" + g.MixedAlnum(40) + "&lat=40&lon=-105\"\n",
					"OPENFEC_API_KEY: \"" + g.MixedAlnum(40) + "\"\n",
					"r = requests.get(\"https://api.regulations.gov/v4/documents\", headers={\"X-Api-Key\": \"" + g.MixedAlnum(40) + "\"})\n",
					"export CONGRESS_API_KEY='" + g.MixedAlnum(40) + "'\n",
					"eia:\n  api_key: " + g.MixedAlnum(40) + "\n",
					"const res = await fetch(`https://api.nal.usda.gov/fdc/v1/foods/search?query=apple&api_key=" + g.MixedAlnum(40) + "`);\n",
					"{\"govinfo\": \"" + g.MixedAlnum(40) + "\"}\n",
					"NPS_API_KEY=" + g.MixedAlnum(40) + "\n",
					"url = \"https://developer.nps.gov/api/v1/campgrounds?limit=10&api_key=" + g.MixedAlnum(40) + "\"\n",
					"SMITHSONIAN_API_KEY=" + g.MixedAlnum(40) + "\n",
					"fetch(`https://api.si.edu/openaccess/api/v1.0/search?q=quilt&rows=10&api_key=" + g.MixedAlnum(40) + "`)\n",
				},
				Negatives: []string{
					// the shared demo key and placeholders
					"NREL_API_KEY=DEMO_KEY\n",
					"EIA_API_KEY=your_eia_api_key_here\n",
					"CONGRESS_API_KEY=" + strings.Repeat("x", 40) + "\n",
					// wrong length
					"OPENFEC_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a common word alone does not name the agency
					"congress = \"" + g.MixedAlnum(40) + "\"\n",
					// the name inside another word
					"PHARMACOPEIA_KEY=" + g.MixedAlnum(40) + "\n",
					"PERFECT_API_KEY=" + g.MixedAlnum(40) + "\n",
					"SNPS_API_KEY=" + g.MixedAlnum(40) + "\n",
					"SMITHSONIAN_API_KEY=DEMO_KEY\n",
				},
			}
		},
		"bls-registration-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BLS_API_KEY=" + g.Hex(32) + "\n",
					"payload = {\"seriesid\": [\"CUUR0000SA0\"], \"startyear\": \"2020\", \"endyear\": \"2024\", \"registrationkey\": \"" + g.Hex(32) + "\"}\n",
					"bls:\n  registration_key: '" + g.Hex(32) + "'\n",
					"curl 'https://api.bls.gov/publicAPI/v2/timeseries/data/LNS14000000?registrationkey=" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					"BLS_API_KEY=your_bls_key\n",
					// wrong length and alphabet
					"BLS_API_KEY=" + g.Hex(40) + "\n",
					"BLS_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name inside another word
					"LBLS_KEY=" + g.Hex(32) + "\n",
					"BLS_SERIES_ID=CUUR0000SA0\n",
				},
			}
		},
		"courtlistener-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export COURTLISTENER_API_TOKEN=\"" + g.Hex(40) + "\"\n",
					"client = CourtListener(api_token=\"" + g.Hex(40) + "\")\n",
					"courtlistener:\n  token: " + g.Hex(40) + "\n",
					"{\"courtlistener\": \"" + g.Hex(40) + "\"}\n",
				},
				Negatives: []string{
					"export COURTLISTENER_API_TOKEN=\"your-token-here\"\n",
					"COURTLISTENER_API_TOKEN=" + g.Hex(32) + "\n",
					"COURTLISTENER_API_TOKEN=" + g.MixedAlnum(40) + "\n",
					"COURTLISTENER_API_TOKEN=" + strings.Repeat("0", 40) + "\n",
				},
			}
		},
		"govuk-notify-api-key": func(g *fake.Gen) Cases {
			key := func(name string) string { return name + "-" + g.UUID() + "-" + g.UUID() }
			return Cases{
				Positives: []string{
					"NOTIFY_API_KEY=" + key("live_key") + "\n",
					"notifications_client = NotificationsAPIClient(\"" + key("my_test_key") + "\")\n",
					"const notifyClient = new NotifyClient(\"" + key("staging") + "\");\n",
					"govuk_notify:\n  api_key: \"" + key("team_key") + "\"\n",
					"client = Notifications::Client.new(\"" + key("production") + "\")\n",
				},
				Negatives: []string{
					// one UUID is a template or service id, not a key
					"NOTIFY_API_KEY=" + g.UUID() + "\n",
					"NOTIFY_TEMPLATE_ID=" + key("welcome") + "\n",
					// placeholders
					"NOTIFY_API_KEY=your-api-key\n",
					"NOTIFY_API_KEY=key_name-" + strings.Repeat("x", 8) + "-xxxx-xxxx-xxxx-" + strings.Repeat("x", 12) + "\n",
					// not a Notify setting
					"REDIS_KEY=" + key("cache") + "\n",
				},
			}
		},
		"junction-vital-api-key": func(g *fake.Gen) Cases {
			us := fake.Join("sk", "_us_")
			eu := fake.Join("sk", "_eu_")
			body := func() string { return g.MixedAlnum(20) + g.Pick("-", "_", "") + g.MixedAlnum(23) }
			return Cases{
				Positives: []string{
					"VITAL_API_KEY=" + us + g.MixedAlnum(43) + "\n",
					"headers: { \"x-vital-api-key\": \"" + eu + g.MixedAlnum(43) + "\" },\n",
					"client = Vital(api_key=\"" + us + g.MixedAlnum(21) + "-" + g.MixedAlnum(21) + "\", environment=\"sandbox\")\n",
					"JUNCTION_API_KEY='" + eu + g.MixedAlnum(21) + "_" + g.MixedAlnum(21) + "'\n",
				},
				Negatives: []string{
					"VITAL_API_KEY=" + us + "...\n",
					"VITAL_API_KEY=" + us + "test_123\n",
					"VITAL_API_KEY=" + us + strings.Repeat("x", 43) + "\n",
					// wrong length
					"VITAL_API_KEY=" + eu + body()[:30] + "\n",
					// another region code is not one of Junction's
					"API_KEY=" + fake.Join("sk", "_uk_") + g.MixedAlnum(43) + "\n",
				},
			}
		},
		"noaa-cdo-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NOAA_TOKEN=" + g.MixedLetters(32) + "\n",
					"r = requests.get(\"https://www.ncdc.noaa.gov/cdo-web/api/v2/datasets\", headers={\"token\": \"" + g.MixedLetters(32) + "\"})\n",
					"options(noaakey = \"" + g.MixedLetters(32) + "\")\n",
					"ncdc:\n  token: " + g.MixedLetters(32) + "\n",
				},
				Negatives: []string{
					"NOAA_TOKEN=your_noaa_token_here\n",
					// wrong length and alphabet
					"NOAA_TOKEN=" + g.MixedLetters(24) + "\n",
					"NOAA_TOKEN=" + g.MixedAlnum(32) + "\n",
					// one case only
					"NOAA_TOKEN=" + strings.ToLower(g.MixedLetters(32)) + "\n",
					"NOAA_STATION=GHCND:USW00094846\n",
				},
			}
		},
		"tfl-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TFL_APP_KEY=" + g.Hex(32) + "\n",
					"val url = \"https://api.tfl.gov.uk/Line/victoria/Arrivals?app_id=" + g.Hex(32) + "&app_key=" + g.Hex(32) + "\"\n",
					"tfl:\n  app_key: \"" + g.Hex(32) + "\"\n",
					"{\"tfl\": \"" + g.Hex(32) + "\"}\n",
				},
				Negatives: []string{
					"TFL_APP_KEY=your_app_key\n",
					"TFL_APP_KEY=" + g.Hex(24) + "\n",
					"TFL_APP_KEY=" + g.MixedAlnum(32) + "\n",
					// the name inside another word
					"NETFLIX_KEY=" + g.Hex(32) + "\n",
					"TFL_LINE_ID=victoria\n",
				},
			}
		},
		"trafikverket-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TRAFIKVERKET_API_KEY=" + g.Hex(32) + "\n",
					"const body = `<REQUEST><LOGIN authenticationkey=\"" + g.Hex(32) + "\" /><QUERY objecttype=\"TrainAnnouncement\" schemaversion=\"1.9\"></QUERY></REQUEST>`;\n",
					"    \"<LOGIN authenticationkey='" + g.Hex(32) + "' />\" +\n",
					"trafikverket:\n  api_key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"TRAFIKVERKET_API_KEY=your_key_here\n",
					"<LOGIN authenticationkey=\"${TRAFIKVERKET_API_KEY}\"/>\n",
					"TRAFIKVERKET_API_KEY=" + g.Hex(24) + "\n",
					"TRAFIKVERKET_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"openchargemap-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENCHARGEMAP_API_KEY=" + g.UUID() + "\n",
					"const OCM_API_KEY = \"" + g.UUID() + "\";\n",
					"url = 'https://api.openchargemap.io/v3/poi/?output=json&countrycode=NL&maxresults=3000&key=" + g.UUID() + "'\n",
					"{\"openchargemap\": \"" + g.UUID() + "\"}\n",
				},
				Negatives: []string{
					"OPENCHARGEMAP_API_KEY=your-api-key\n",
					"OPENCHARGEMAP_API_KEY=00000000-0000-0000-0000-000000000000\n",
					"OPENCHARGEMAP_API_KEY=" + g.Hex(32) + "\n",
					"OCM_POI_ID=" + g.UUID() + "\n",
				},
			}
		},
		"companies-house-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"COMPANIES_HOUSE_API_KEY=" + g.UUID() + "\n",
					"companies_house:\n  api_key: \"" + g.UUID() + "\"\n",
					"CompaniesHouseApiKey: \"" + g.UUID() + "\"\n",
					"{\"companieshouse\": \"" + g.UUID() + "\"}\n",
				},
				Negatives: []string{
					"COMPANIES_HOUSE_API_KEY=your_api_key\n",
					"COMPANIES_HOUSE_API_KEY=" + g.Hex(32) + "\n",
					"COMPANIES_HOUSE_NUMBER=00000006\n",
					"companies_house_app_id: " + g.UUID() + "\n",
				},
			}
		},
		"national-rail-darwin-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DARWIN_WEBSERVICE_API_KEY=" + g.UUID() + "\n",
					"os.environ[\"DARWIN_WEBSERVICE_API_KEY\"] = \"" + g.UUID() + "\"\n",
					"<soap:Header><typ:AccessToken><typ:TokenValue>" + g.UUID() + "</typ:TokenValue></typ:AccessToken></soap:Header>\n",
					"NATIONAL_RAIL_TOKEN=" + g.UUID() + "\n",
					"ldbws:\n  token: " + g.UUID() + "\n",
				},
				Negatives: []string{
					"DARWIN_WEBSERVICE_API_KEY=FAKE-API-KEY\n",
					"DARWIN_WEBSERVICE_API_KEY=" + g.Hex(32) + "\n",
					// Darwin is a common word: the name alone is no label
					"darwin = \"" + g.UUID() + "\"\n",
					"DARWIN_SESSION_ID=" + g.UUID() + "\n",
				},
			}
		},
		"ns-api-subscription-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NS_API_KEY=" + g.Hex(32) + "\n",
					"  \"ns_app_key_primary\": \"" + g.Hex(32) + "\",\n",
					"NS_APP_KEY = '" + g.Hex(32) + "'\n",
				},
				Negatives: []string{
					"NS_API_KEY=your_subscription_key\n",
					"NS_API_KEY=" + g.Hex(24) + "\n",
					// the name inside another word
					"DNS_API_KEY=" + g.Hex(32) + "\n",
					"NS_API_URL=https://gateway.apiportal.ns.nl/reisinformatie-api/api/v2\n",
				},
			}
		},
		"abr-abn-lookup-guid": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ABR_GUID=" + g.UUID() + "\n",
					"const url = `https://abr.business.gov.au/json/AbnDetails.aspx?abn=${abn}&callback=callback&guid=" + g.UUID() + "`;\n",
					"abn_lookup:\n  api_key: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					"ABR_GUID=your-guid-here\n",
					"ABR_GUID=" + g.Hex(32) + "\n",
					// the name inside another word
					"ABROAD_API_KEY=" + g.UUID() + "\n",
					"ABR_REQUEST_ID=" + g.UUID() + "\n",
				},
			}
		},
		"socrata-app-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SOCRATA_APP_TOKEN=" + g.MixedAlnum(25) + "\n",
					"url = \"https://data.cityofnewyork.us/resource/erm2-nwe9.json?$$app_token=" + g.MixedAlnum(25) + "\"\n",
					"client = Socrata(\"data.cityofchicago.org\", \"" + g.MixedAlnum(25) + "\")\n",
					"headers = {\"X-App-Token\": \"" + g.MixedAlnum(25) + "\"}\n",
				},
				Negatives: []string{
					"SOCRATA_APP_TOKEN=YOURAPPTOKENHERE\n",
					"SOCRATA_APP_TOKEN=" + g.MixedAlnum(32) + "\n",
					"headers = {\"X-App-Token\": \"" + g.UUID() + "\"}\n",
					"SOCRATA_DOMAIN=data.cityofnewyork.us\n",
				},
			}
		},
	}
}
