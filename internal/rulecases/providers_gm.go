package rulecases

import (
	"strings"

	"maps"

	"github.com/keysieve/keysieve/internal/fake"
)

// providersGMCases are the generated test cases of the provider rules for names
// G to M (the providers: G to M section of rules.toml), one map per initial letter.
func providersGMCases() map[string]Builder {
	cases := map[string]Builder{}
	for _, group := range []map[string]Builder{
		gmGMGCases(), gmGMHCases(), gmGMICases(), gmGMKCases(), gmGMLCases(), gmGMMCases(),
	} {
		maps.Copy(cases, group)
	}
	return cases
}

// gmGMGCases are the cases of the rules whose provider starts with G.
func gmGMGCases() map[string]Builder {
	return map[string]Builder{
		"gladia-api-key": assigned("GLADIA_API_KEY", "{\"gladiaApiKey\": \"VALUE\"}\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "GLADIA_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"greptile-api-key": assigned("GREPTILE_API_KEY", "\"greptileApiKey\": \"VALUE\",\n", func(g *fake.Gen) string { return g.String(fake.Base64, 48) },
			func(g *fake.Gen) string { return "GREPTILE_API_KEY=your-greptile-key-here\n" }),
		"gcnotify-api-key": prefixedCase("NOTIFY_API_KEY", fake.Join("gcn", "tfy-", "myservice-"), func(g *fake.Gen) string { return saasUUID(g) + "-" + saasUUID(g) },
			func(g *fake.Gen) string {
				return "NOTIFY_API_KEY=" + fake.Join("gcn", "tfy-", "svc-", saasUUID(g)) + "\n"
			}),
		"gocardless-api-token": assigned("GOCARDLESS_ACCESS_TOKEN", "gocardless_access_token: VALUE\n", func(g *fake.Gen) string { return fake.Join("li", "ve_", saasURL(g, 40)) },
			func(g *fake.Gen) string {
				return "GOCARDLESS_ACCESS_TOKEN=" + fake.Join("li", "ve_", saasURL(g, 30)) + "\n"
			}),
		"gitter-access-token": assigned("GITTER_TOKEN", "gitter_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "GITTER_TOKEN=" + notHex(g, 40) + "\n" }),
		"gitea-access-token": assigned("GITEA_TOKEN", "gitea:\n  gitea_token: VALUE\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "GITEA_TOKEN=" + notHex(g, 40) + "\n" }),
		"gitee-access-token": assigned("GITEE_TOKEN", "gitee_access_token: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "GITEE_TOKEN=" + notHex(g, 32) + "\n" }),
		"gumroad-access-token": assigned("GUMROAD_ACCESS_TOKEN", "gumroad_access_token = \"VALUE\"\n", func(g *fake.Gen) string { return saasURL(g, 43) },
			func(g *fake.Gen) string { return "GUMROAD_ACCESS_TOKEN=your-gumroad-token-here\n" }),
		"getresponse-api-key": assigned("GETRESPONSE_API_KEY", "getresponse_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "GETRESPONSE_API_KEY=" + notHex(g, 32) + "\n" }),
		"geoapify-api-key": assigned("GEOAPIFY_API_KEY", "const geoapifyKey = \"VALUE\";\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "GEOAPIFY_API_KEY=" + notHex(g, 32) + "\n" }),
		"geocodio-api-key": assigned("GEOCODIO_API_KEY", "geocodio_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(39) },
			func(g *fake.Gen) string { return "GEOCODIO_API_KEY=" + notHex(g, 39) + "\n" }),
		"gtmetrix-api-key": assigned("GTMETRIX_API_KEY", "gtmetrix_api_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "GTMETRIX_API_KEY=" + notHex(g, 32) + "\n" }),
		"graphhopper-api-key": assigned("GRAPHHOPPER_API_KEY", "graphhopper_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "GRAPHHOPPER_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"godaddy-api-secret": assigned("GODADDY_API_SECRET", "godaddy_api_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(22) },
			func(g *fake.Gen) string { return "GODADDY_API_SECRET=" + g.String(fake.Lower, 22) + "\n" }),
		"glassnode-api-key": assigned("GLASSNODE_API_KEY", "glassnode_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(27) },
			func(g *fake.Gen) string { return "GLASSNODE_API_KEY=" + g.String(fake.Lower, 27) + "\n" }),
		"google-oauth-refresh-token": prefixedCase("GOOGLE_REFRESH_TOKEN", fake.Join("1/", "/0"), func(g *fake.Gen) string { return saasURL(g, 99) },
			func(g *fake.Gen) string { return "see https://example.test/1//0" + g.String(fake.Lower, 10) + "\n" }),
		"gitbook-api-token": prefixedCase("GITBOOK_API_TOKEN", fake.Join("g", "b_api_"), func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string {
				return "GITBOOK_API_TOKEN=" + fake.Join("g", "b_api_", g.String(fake.Lower, 40)) + "\n"
			}),
		"ghost-admin-api-key": assigned("GHOST_ADMIN_API_KEY", "ghost_admin_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(24) + ":" + g.Hex(64) },
			func(g *fake.Gen) string { return "GHOST_CONTENT_API_KEY=" + g.Hex(26) + "\n" }),
		"gradle-plugin-portal-secret": assigned("GRADLE_PUBLISH_SECRET", "gradle.publish.key=Kx\ngradle.publish.secret=VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "gradle.publish.secret=" + g.String(fake.Lower, 32) + "\n" }),
		"geckoboard-api-key": assigned("GECKOBOARD_API_KEY", "geckoboard_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(44) },
			func(g *fake.Gen) string { return "GECKOBOARD_API_KEY=" + g.String(fake.Lower, 44) + "\n" }),
		"gyazo-access-token": assigned("GYAZO_ACCESS_TOKEN", "gyazo_access_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(20) + "-" + saasURL(g, 22) },
			func(g *fake.Gen) string { return "GYAZO_ACCESS_TOKEN=" + g.String(fake.Lower, 43) + "\n" }),
		"geocodify-api-key": assigned("GEOCODIFY_API_KEY", "geocodify_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.LowerAlnum(40) },
			func(g *fake.Gen) string { return "GEOCODIFY_API_KEY=" + g.String(fake.Lower, 40) + "\n" }),
		"goodday-api-token": assigned("GOODDAY_API_TOKEN", "goodday_api_token: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "GOODDAY_API_TOKEN=" + notHex(g, 32) + "\n" }),
		"groovehq-api-token": assigned("GROOVEHQ_API_TOKEN", "groovehq_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "GROOVEHQ_API_TOKEN=" + g.String(fake.Lower, 64) + "\n" }),
		"gitalk-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const gitalk = new Gitalk({\n  clientID: '" + g.Hex(20) + "',\n  clientSecret: '" + g.Hex(40) + "',\n  repo: 'blog-comments',\n})\n",
					"gitalk:\n  enable: true\n  clientID: " + g.Hex(20) + "\n  client_secret: \"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					"const gitalk = new Gitalk({\n  clientID: '" + g.Hex(20) + "',\n  clientSecret: '" + g.Hex(30) + "',\n})\n",
					"const oauth = {\n  clientSecret: '" + g.Hex(40) + "',\n}\n",
				},
			}
		},
		"getgeoapi-key": assigned("GETGEOAPI_KEY", "getgeoapi_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.LowerAlnum(40) },
			func(g *fake.Gen) string { return "GETGEOAPI_KEY=" + g.String(fake.Lower, 40) + "\n" }),
		"google-chat-webhook": func(g *fake.Gen) Cases {
			hook := func(tok string) string {
				return fake.Join("https://chat.goo", "gleapis.com/v1/spaces/AAAA", g.MixedAlnum(7), "/messages?key=", fake.Join("AI", "za", "Sy"), g.MixedAlnum(33), "&token=", tok)
			}
			return Cases{
				Positives: []string{
					"GOOGLE_CHAT_WEBHOOK=" + hook(saasURL(g, 43)+"%3D") + "\n",
					"notify:\n  google_chat:\n    url: \"" + hook(saasURL(g, 43)+"%3D") + "\"\n",
				},
				Negatives: []string{
					"GOOGLE_CHAT_WEBHOOK=" + hook(g.MixedAlnum(10)) + "\n",
					"GOOGLE_CHAT_WEBHOOK=" + fake.Join("https://chat.goo", "gleapis.com/v1/spaces/AAAA", g.MixedAlnum(7), "/messages") + "\n",
				},
			}
		},
		"greenhouse-api-key": assigned("GREENHOUSE_API_KEY", "greenhouse_harvest_api_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "GREENHOUSE_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"gorgias-api-key": assigned("GORGIAS_API_KEY", "gorgias_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "GORGIAS_API_KEY=" + g.String(fake.Lower, 64) + "\n" }),
		"gandi-api-key": assigned("GANDI_PAT", "gandi_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "GANDI_PAT=" + g.String(fake.Lower, 40) + "\n" }),
	}
}

// gmGMHCases are the cases of the rules whose provider starts with H.
func gmGMHCases() map[string]Builder {
	return map[string]Builder{
		"humanloop-api-key": prefixedCase("HUMANLOOP_API_KEY", fake.Join("hl", "_sk_"), func(g *fake.Gen) string { return g.Hex(48) },
			func(g *fake.Gen) string { return "HUMANLOOP_API_KEY=" + fake.Join("hl", "_sk_", notHex(g, 48)) + "\n" }),
		"hyperbolic-api-key": assigned("HYPERBOLIC_API_KEY", "providers:\n  hyperbolic_api_key: VALUE\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "HYPERBOLIC_API_KEY=your-hyperbolic-key-here\n" }),
		"heygen-api-key": assigned("HEYGEN_API_KEY", "HEYGEN_API_KEY: \"VALUE\"\n", func(g *fake.Gen) string { return g.Base64Bytes(45) },
			func(g *fake.Gen) string { return "HEYGEN_API_KEY=your-heygen-key-here\n" }),
		"hume-api-key": assigned("HUME_API_KEY", "hume_secret_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(48) },
			func(g *fake.Gen) string { return "HUME_API_KEY=" + g.String(fake.Lower, 48) + "\n" }),
		"honeyhive-api-key": assigned("HONEYHIVE_API_KEY", "honeyhive_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "HONEYHIVE_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"harness-api-token": prefixedCase("HARNESS_PLATFORM_API_KEY", fake.Join("pa", "t."), func(g *fake.Gen) string { return saasURL(g, 22) + "." + g.Hex(24) + "." + g.MixedAlnum(20) },
			func(g *fake.Gen) string {
				return "HARNESS_PLATFORM_API_KEY=" + fake.Join("pa", "t.", saasURL(g, 22), ".", g.Hex(24)) + "\n"
			}),
		"harvest-access-token": prefixedCase("HARVEST_ACCESS_TOKEN", fake.Join(), func(g *fake.Gen) string { return saasDigits(g, 7) + fake.Join(".p", "t.") + saasURL(g, 86) },
			func(g *fake.Gen) string { return "model_path = checkpoints/" + saasDigits(g, 7) + ".pt.bak\n" }),
		"honeybadger-personal-token": prefixedCase("HONEYBADGER_API_KEY", fake.Join("hb", "p_"), func(g *fake.Gen) string { return g.MixedAlnum(36) },
			func(g *fake.Gen) string {
				return "HONEYBADGER_API_KEY=" + fake.Join("hb", "p_", g.String(fake.Lower, 36)) + "\n"
			}),
		"honeycomb-api-key": assigned("HONEYCOMB_API_KEY", "beeline:\n  honeycomb_writekey: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(22) },
			func(g *fake.Gen) string { return "HONEYCOMB_API_KEY=" + g.String(fake.Lower, 22) + "\n" }),
		"hubspot-legacy-api-key": assigned("HUBSPOT_API_KEY", "GET https://api.hubapi.com/contacts/v1/lists/all/contacts/all?hapikey=VALUE\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "HUBSPOT_PORTAL_ID=" + saasDigits(g, 8) + "\n" }),
		"hygraph-token": assigned("HYGRAPH_TOKEN", "hygraph_token: \"VALUE\"\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "HYGRAPH_TOKEN=your-hygraph-token-here\n" }),
		"hetzner-cloud-token": assigned("HCLOUD_TOKEN", "hetzner_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "HCLOUD_TOKEN=" + g.String(fake.Lower, 64) + "\n" }),
		"hasura-admin-secret": assigned("HASURA_GRAPHQL_ADMIN_SECRET", "      HASURA_GRAPHQL_ADMIN_SECRET: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "HASURA_GRAPHQL_ADMIN_SECRET=" + g.String(fake.Lower, 64) + "\n" }),
		"hellosign-api-key": assigned("HELLOSIGN_API_KEY", "hellosign_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "HELLOSIGN_API_KEY=" + notHex(g, 64) + "\n" }),
		"helpscout-app-secret": assigned("HELPSCOUT_APP_SECRET", "helpscout_app_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "HELPSCOUT_APP_SECRET=" + g.String(fake.Lower, 32) + "\n" }),
		"here-api-key": assigned("HERE_API_KEY", "here_maps_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(20) + "_" + saasURL(g, 22) },
			func(g *fake.Gen) string { return "HERE_API_KEY=" + g.String(fake.Lower, 43) + "\n" }),
		"hunter-api-key": assigned("HUNTER_API_KEY", "hunter_io_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "HUNTER_API_KEY=" + notHex(g, 40) + "\n" }),
		"hcp-client-secret": assigned("HCP_CLIENT_SECRET", "hcp_client_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) + "-" + saasURL(g, 23) },
			func(g *fake.Gen) string { return "HCP_CLIENT_ID=" + g.MixedAlnum(32) + "\n" }),
		"happyscribe-api-key": assigned("HAPPYSCRIBE_API_KEY", "happyscribe_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(24) },
			func(g *fake.Gen) string { return "HAPPYSCRIBE_API_KEY=" + g.String(fake.Lower, 24) + "\n" }),
		"honeycomb-ingest-key": prefixedCase("HONEYCOMB_API_KEY", fake.Join("hc", "aik_"), func(g *fake.Gen) string { return fake.Join("01", g.LowerAlnum(56)) },
			func(g *fake.Gen) string {
				return "HONEYCOMB_API_KEY=" + fake.Join("hc", "aik_", "01j", strings.Repeat("0", 49)) + "\n"
			}),
		"hyperbrowser-api-key": assigned("HYPERBROWSER_API_KEY", "hyperbrowser_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("h", "b_", g.MixedAlnum(40)) },
			func(g *fake.Gen) string {
				return "HYPERBROWSER_API_KEY=" + fake.Join("h", "b_", g.MixedAlnum(15)) + "\n"
			}),
		"holidayapi-key": assigned("HOLIDAYAPI_KEY", "holiday_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "HOLIDAYAPI_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"html2pdf-api-key": assigned("HTML2PDF_API_KEY", "html2pdf_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "HTML2PDF_API_KEY=" + g.String(fake.Lower, 64) + "\n" }),
		"humanity-api-token": assigned("HUMANITY_API_TOKEN", "humanity_access_token: VALUE\n", func(g *fake.Gen) string { return g.LowerAlnum(40) },
			func(g *fake.Gen) string { return "HUMANITY_API_TOKEN=" + g.String(fake.Lower, 40) + "\n" }),
		"hybiscus-api-key": assigned("HYBISCUS_API_KEY", "hybiscus_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(43) },
			func(g *fake.Gen) string { return "HYBISCUS_API_KEY=" + g.String(fake.Lower, 43) + "\n" }),
		"holistic-api-key": assigned("HOLISTIC_API_KEY", "holistic_api_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "HOLISTIC_API_KEY=" + notHex(g, 64) + "\n" }),
		"hypertrack-secret-key": assigned("HYPERTRACK_SECRET_KEY", "hypertrack_secret_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(30) + "_" + saasURL(g, 23) },
			func(g *fake.Gen) string { return "HYPERTRACK_ACCOUNT_ID=" + saasURL(g, 27) + "\n" }),
		"harbor-robot-secret": assigned("HARBOR_ROBOT_SECRET", "harbor_robot_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "HARBOR_ROBOT_SECRET=" + g.String(fake.Lower, 32) + "\n" }),
		"hackerone-api-token": assigned("HACKERONE_API_TOKEN", "hackerone_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.String(fake.Base64, 43) + "=" },
			func(g *fake.Gen) string { return "HACKERONE_API_USERNAME=" + g.String(fake.Lower, 12) + "\n" }),
	}
}

// gmGMICases are the cases of the rules whose provider starts with I or J.
func gmGMICases() map[string]Builder {
	return map[string]Builder{
		"jina-api-key": prefixedCase("JINA_API_KEY", fake.Join("ji", "na_"), func(g *fake.Gen) string { return g.MixedAlnum(60) },
			func(g *fake.Gen) string { return "JINA_API_KEY=" + fake.Join("ji", "na_", g.MixedAlnum(59)) + "-\n" }),
		"ideogram-api-key": assigned("IDEOGRAM_API_KEY", "const ideogramApiKey = \"VALUE\";\n", func(g *fake.Gen) string { return g.MixedAlnum(20) + "_" + saasURL(g, 43) },
			func(g *fake.Gen) string { return "IDEOGRAM_API_KEY=your-ideogram-key-here\n" }),
		"infracost-api-token": prefixedCase("INFRACOST_API_KEY", fake.Join("ic", "o-"), func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "icon: mdi-" + fake.Join("ic", "o-", g.MixedAlnum(31)) + "\n" }),
		"intra42-client-secret": prefixedCase("FT_CLIENT_SECRET", fake.Join("s-s4", "t2ud-"), func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "FT_CLIENT_ID=" + fake.Join("u-s4", "t2ud-", g.Hex(64)) + "\n" }),
		"instagram-access-token": prefixedCase("INSTAGRAM_ACCESS_TOKEN", fake.Join("IG", "QV"), func(g *fake.Gen) string { return saasURL(g, 160) },
			func(g *fake.Gen) string {
				return "INSTAGRAM_ACCESS_TOKEN=" + fake.Join("IG", "QX", saasURL(g, 160)) + "\n"
			}),
		"influxdb-token": assigned("INFLUXDB_TOKEN", "influxdb:\n  influx_token: \"VALUE\"\n", func(g *fake.Gen) string { return saasURL(g, 86) + "==" },
			func(g *fake.Gen) string { return "INFLUXDB_TOKEN=" + saasURL(g, 86) + "\n" }),
		"infomaniak-api-token": assigned("INFOMANIAK_TOKEN", "infomaniak_api_token: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(70) },
			func(g *fake.Gen) string { return "INFOMANIAK_TOKEN=your-infomaniak-token-here\n" }),
		"ionic-personal-access-token": assigned("IONIC_TOKEN", "ionic_token: VALUE\n", func(g *fake.Gen) string { return fake.Join("io", "n_", g.MixedAlnum(42)) },
			func(g *fake.Gen) string { return "IONIC_TOKEN=" + fake.Join("io", "n_", g.MixedAlnum(20)) + "-\n" }),
		"jumpcloud-api-key": assigned("JUMPCLOUD_API_KEY", "jumpcloud_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "JUMPCLOUD_ORG_ID=" + g.Hex(24) + "\n" }),
		"ionos-token": assigned("IONOS_TOKEN", "ionos_token: VALUE\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "IONOS_TOKEN=your-ionos-token-here\n" }),
		"iex-cloud-secret-token": assigned("IEX_CLOUD_SECRET_TOKEN", "iex_cloud_token: \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("s", "k_", g.Hex(32)) },
			func(g *fake.Gen) string {
				return "IEX_CLOUD_PUBLISHABLE_TOKEN=" + fake.Join("p", "k_", g.Hex(32)) + "\n"
			}),
		"imagekit-private-key": assigned("IMAGEKIT_PRIVATE_KEY", "imagekit_private_key: \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("priv", "ate_", g.String(fake.Base64, 27), "=") },
			func(g *fake.Gen) string {
				return "IMAGEKIT_PUBLIC_KEY=" + fake.Join("pub", "lic_", g.String(fake.Base64, 27), "=") + "\n"
			}),
		"infura-api-secret": assigned("INFURA_API_SECRET", "infura_project_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "INFURA_API_SECRET=" + notHex(g, 32) + "\n" }),
		"ip2location-api-key": assigned("IP2LOCATION_API_KEY", "ip2location_api_key: VALUE\n", func(g *fake.Gen) string { return upperAlnum(g, 32) },
			func(g *fake.Gen) string { return "IP2LOCATION_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"ipinfo-token": assigned("IPINFO_TOKEN", "ipinfo_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(14) },
			func(g *fake.Gen) string { return "IPINFO_TOKEN=" + notHex(g, 14) + "\n" }),
		"ipstack-api-key": assigned("IPSTACK_ACCESS_KEY", "ipstack_access_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "IPSTACK_ACCESS_KEY=" + notHex(g, 32) + "\n" }),
		"ipgeolocation-api-key": assigned("IPGEOLOCATION_API_KEY", "ipgeolocation_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "IPGEOLOCATION_API_KEY=" + notHex(g, 32) + "\n" }),
		"ipqualityscore-api-key": assigned("IPQS_API_KEY", "ipqualityscore_api_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "IPQS_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"jotform-api-key": assigned("JOTFORM_API_KEY", "jotform_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "JOTFORM_API_KEY=" + notHex(g, 32) + "\n" }),
		"jupiterone-api-key": assigned("JUPITERONE_API_KEY", "jupiterone_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(76) },
			func(g *fake.Gen) string { return "JUPITERONE_API_KEY=" + g.String(fake.Lower, 76) + "\n" }),
		"insightly-api-key": assigned("INSIGHTLY_API_KEY", "insightly_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "INSIGHTLY_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"infobip-api-key": assigned("INFOBIP_API_KEY", "infobip_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) + "-" + saasUUID(g) },
			func(g *fake.Gen) string { return "INFOBIP_BASE_URL=" + g.String(fake.Lower, 6) + ".api.infobip.com\n" }),
		"iterable-api-key": assigned("ITERABLE_API_KEY", "iterable_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "ITERABLE_API_KEY=" + notHex(g, 32) + "\n" }),
		"inngest-signing-key": prefixedCase("INNGEST_SIGNING_KEY", fake.Join("sign", "key-prod-"), func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string {
				return "INNGEST_SIGNING_KEY=" + fake.Join("sign", "key-prod-", notHex(g, 64)) + "\n"
			}),
		"imagga-api-secret": assigned("IMAGGA_API_SECRET", "imagga_api_secret: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "IMAGGA_API_SECRET=your-imagga-secret-here\n" }),
		"jetbrains-permanent-token": prefixedCase("YOUTRACK_TOKEN", fake.Join("per", "m:"), func(g *fake.Gen) string { return b64("admin") + "." + b64("ci-token") + "." + g.MixedAlnum(30) },
			func(g *fake.Gen) string { return "YOUTRACK_TOKEN=" + fake.Join("per", "m:", b64("admin")) + "\n" }),
		"iconfinder-api-key": assigned("ICONFINDER_API_KEY", "iconfinder_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "ICONFINDER_API_KEY=" + g.String(fake.Lower, 64) + "\n" }),
		"intrinio-api-key": assigned("INTRINIO_API_KEY", "intrinio_api_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(44) },
			func(g *fake.Gen) string { return "INTRINIO_API_KEY=" + g.String(fake.Lower, 44) + "\n" }),
		"inworld-api-key": assigned("INWORLD_API_KEY", "inworld_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return b64(g.MixedAlnum(32) + ":" + g.MixedAlnum(64)) },
			func(g *fake.Gen) string { return "INWORLD_API_KEY=your-inworld-key-here\n" }),
		"instamojo-auth-token": assigned("INSTAMOJO_AUTH_TOKEN", "instamojo_auth_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "INSTAMOJO_AUTH_TOKEN=" + g.String(fake.Lower, 40) + "\n" }),
		"interseller-api-key": assigned("INTERSELLER_API_KEY", "interseller_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "INTERSELLER_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"ipapi-access-key": assigned("IPAPI_ACCESS_KEY", "ipapi_access_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "IPAPI_ACCESS_KEY=" + notHex(g, 32) + "\n" }),
		"ipinfodb-api-key": assigned("IPINFODB_API_KEY", "ipinfodb_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "IPINFODB_API_KEY=" + notHex(g, 64) + "\n" }),
		"juro-api-key": assigned("JURO_API_KEY", "juro_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "JURO_API_KEY=" + g.String(fake.Lower, 40) + "\n" }),
		"ifttt-webhook-key": func(g *fake.Gen) Cases {
			url := func(key string) string {
				return fake.Join("https://maker.if", "ttt.com/trigger/door_open/with/key/", key)
			}
			return Cases{
				Positives: []string{
					"IFTTT_URL=" + url(saasURL(g, 22)) + "\n",
					"requests.post(\"" + url(saasURL(g, 43)) + "\", json=data)\n",
				},
				Negatives: []string{
					"IFTTT_URL=" + url("{your_key}") + "\n",
					"IFTTT_URL=" + url(g.MixedAlnum(10)) + "\n",
				},
			}
		},
		"imgur-client-secret": assigned("IMGUR_CLIENT_SECRET", "imgur_client_secret: VALUE\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "IMGUR_CLIENT_SECRET=" + notHex(g, 40) + "\n" }),
	}
}

// gmGMKCases are the cases of the rules whose provider starts with K.
func gmGMKCases() map[string]Builder {
	return map[string]Builder{
		"kagi-api-key": assigned("KAGI_API_KEY", "kagi_api_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(11) + "." + saasURL(g, 43) },
			func(g *fake.Gen) string { return "KAGI_API_KEY=" + g.MixedAlnum(11) + "-" + saasURL(g, 43) + "\n" }),
		"kling-ai-secret-key": assigned("KLING_SECRET_KEY", "kling:\n  kling_secret_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "KLING_SECRET_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"kluster-api-key": assigned("KLUSTER_API_KEY", "kluster_api_key: VALUE\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "KLUSTER_API_KEY=your-kluster-key-here\n" }),
		"klaviyo-private-key": assigned("KLAVIYO_PRIVATE_KEY", "klaviyo_api_key: VALUE\n", func(g *fake.Gen) string { return fake.Join("p", "k_", g.Hex(34)) },
			func(g *fake.Gen) string { return "KLAVIYO_PUBLIC_KEY=" + g.MixedAlnum(6) + "\n" }),
		"kraken-api-secret": assigned("KRAKEN_PRIVATE_KEY", "kraken_api_secret: \"VALUE\"\n", func(g *fake.Gen) string { return g.Base64Bytes(64) },
			func(g *fake.Gen) string { return "KRAKEN_PRIVATE_KEY=your-kraken-secret-here\n" }),
		"kucoin-api-secret": assigned("KUCOIN_API_SECRET", "kucoin_secret_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "KUCOIN_API_KEY=" + g.Hex(24) + "\n" }),
		"keen-io-key": assigned("KEEN_MASTER_KEY", "keen_write_key = \"VALUE\"\n", func(g *fake.Gen) string { return strings.ToUpper(g.Hex(64)) },
			func(g *fake.Gen) string { return "KEEN_PROJECT_ID=" + g.Hex(24) + "\n" }),
		"knapsack-pro-token": assigned("KNAPSACK_PRO_TEST_SUITE_TOKEN_RSPEC", "knapsack_pro_test_suite_token: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "KNAPSACK_PRO_TEST_SUITE_TOKEN_RSPEC=" + notHex(g, 32) + "\n" }),
		"keycloak-client-secret": plusPositives(assigned("KEYCLOAK_CLIENT_SECRET", "keycloak_client_secret: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "KEYCLOAK_CLIENT_SECRET=" + g.String(fake.Lower, 32) + "\n" }),
			// the OIDC adapter's keycloak.json names the client secret under credentials
			func(g *fake.Gen) []string {
				return []string{"const kcConfig = {\n  \"realm\": \"demo\",\n  \"auth-server-url\": \"https://sso.example.org/\",\n  \"resource\": \"web\",\n  \"credentials\": {\n    \"secret\": \"" + g.MixedAlnum(32) + "\"\n  }\n};\n"}
			}),
		"keygen-token": assigned("KEYGEN_TOKEN", "keygen_token: \"VALUE\"\n", func(g *fake.Gen) string { return g.Pick("admin-", "prod-") + g.Hex(64) + "v3" },
			func(g *fake.Gen) string { return "KEYGEN_ACCOUNT_ID=" + saasUUID(g) + "\n" }),
		"klipfolio-api-key": assigned("KLIPFOLIO_API_KEY", "klipfolio_api_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "KLIPFOLIO_API_KEY=" + notHex(g, 40) + "\n" }),
		"kylas-api-key": assigned("KYLAS_API_KEY", "kylas_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "KYLAS_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"kubernetes-bootstrap-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.LowerAlnum(6) + "." + g.LowerAlnum(16) }
			return Cases{
				Positives: []string{
					"kubeadm join 10.0.0.10:6443 --token " + tok() + " --discovery-token-ca-cert-hash sha256:" + g.Hex(64) + "\n",
					"apiVersion: kubeadm.k8s.io/v1beta3\nkind: InitConfiguration\nbootstrapTokens:\n  - groups:\n      - system:bootstrappers:kubeadm:default-node-token\n    token: \"" + tok() + "\"\n    ttl: 24h0m0s\n",
					"K8S_BOOTSTRAP_TOKEN=" + tok() + "\n",
					// a flag whose value follows a space
					"kubeadm join 10.0.0.10:6443 \\\n  --tls-bootstrap-token " + tok() + " \\\n  --discovery-token-unsafe-skip-ca-verification\n",
				},
				Negatives: []string{
					"kubeadm join 10.0.0.10:6443 --token " + g.LowerAlnum(6) + "." + g.LowerAlnum(8) + "\n",
					"bootstrap_token: " + fake.Join("abc", "def.0123456789abcdef") + "\n",
					"version = " + g.LowerAlnum(6) + "." + g.LowerAlnum(16) + "\n",
					"--tls-bootstrap-token " + fake.Join("abc", "def.1234567890abcdef") + "\n",
				},
			}
		},
		"kontent-management-api-key": assigned("KONTENT_MANAGEMENT_API_KEY", "kontent_management_api_key: \"VALUE\"\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "KONTENT_MANAGEMENT_API_KEY=your-kontent-key-here\n" }),
		"klarna-api-key": prefixedCase("KLARNA_API_KEY", fake.Join("klar", "na_live_", "api_"), func(g *fake.Gen) string { return saasURL(g, 64) },
			func(g *fake.Gen) string {
				return "KLARNA_CLIENT_ID=" + fake.Join("klar", "na_live_", "client_", g.MixedAlnum(10)) + "\n"
			}),
		"kong-konnect-token": prefixedCase("KONNECT_TOKEN", fake.Join("kp", "at_"), func(g *fake.Gen) string { return g.MixedAlnum(49) },
			func(g *fake.Gen) string {
				return "KONNECT_TOKEN=" + fake.Join("kp", "at_", g.String(fake.Lower, 49)) + "\n"
			}),
		"kickbox-api-key": assigned("KICKBOX_API_KEY", "kickbox_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.Pick("live_", "test_") + g.Hex(64) },
			func(g *fake.Gen) string { return "KICKBOX_API_KEY=" + fake.Join("live_", notHex(g, 64)) + "\n" }),
	}
}

// gmGMLCases are the cases of the rules whose provider starts with L.
func gmGMLCases() map[string]Builder {
	return map[string]Builder{
		"logfire-write-token": prefixedCase("LOGFIRE_TOKEN", fake.Join("py", "lf_v1_", "us_"), func(g *fake.Gen) string { return g.MixedAlnum(44) },
			func(g *fake.Gen) string {
				return "LOGFIRE_TOKEN=" + fake.Join("py", "lf_v1_", "ap_", g.MixedAlnum(44)) + "\n"
			}),
		"luma-api-key": prefixedCase("LUMAAI_API_KEY", fake.Join("lu", "ma-"), func(g *fake.Gen) string { return saasUUID(g) + "-" + saasUUID(g) },
			func(g *fake.Gen) string { return "LUMAAI_API_KEY=" + fake.Join("lu", "ma-", saasUUID(g)) + "\n" }),
		"letta-api-key": prefixedCase("LETTA_API_KEY", fake.Join("s", "k-let-"), func(g *fake.Gen) string { return g.Base64Bytes(48) },
			func(g *fake.Gen) string { return "LETTA_API_KEY=" + fake.Join("s", "k-let-", g.MixedAlnum(20)) + "\n" }),
		"langwatch-api-key": prefixedCase("LANGWATCH_API_KEY", fake.Join("s", "k-lw-"), func(g *fake.Gen) string { return g.MixedAlnum(48) },
			func(g *fake.Gen) string {
				return "LANGWATCH_API_KEY=" + fake.Join("s", "k-lw-", "local-development-key") + "\n"
			}),
		"llama-api-key": prefixedCase("LLAMA_API_KEY", fake.Join("LL", "M|"), func(g *fake.Gen) string { return saasDigits(g, 16) + "|" + saasURL(g, 27) },
			func(g *fake.Gen) string { return "LLAMA_API_KEY=" + fake.Join("LL", "M|", "<app-id>|<secret>") + "\n" }),
		"leonardo-api-key": assigned("LEONARDO_API_KEY", "leonardo_ai_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "LEONARDO_MODEL_ID=" + saasUUID(g) + "\n" }),
		"litellm-master-key": assigned("LITELLM_MASTER_KEY", "general_settings:\n  litellm_master_key: VALUE\n", func(g *fake.Gen) string { return fake.Join("s", "k-", saasURL(g, 22)) },
			func(g *fake.Gen) string { return "LITELLM_MASTER_KEY=" + fake.Join("s", "k-", "1234") + "\n" }),
		"lambda-cloud-api-key": assigned("LAMBDA_API_KEY", "lambda_cloud_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("sec", "ret_", "train_", g.Hex(32), ".", g.MixedAlnum(32)) },
			func(g *fake.Gen) string { return "LAMBDA_API_KEY=" + fake.Join("sec", "ret_", "xxx") + "\n" }),
		"lighton-api-key": assigned("LIGHTON_API_KEY", "lighton_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) + "-" + g.MixedAlnum(8) },
			func(g *fake.Gen) string { return "LIGHTON_API_KEY=your-lighton-key-here\n" }),
		"linkup-api-key": assigned("LINKUP_API_KEY", "linkup_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "LINKUP_API_KEY=your-linkup-key-here\n" }),
		"lichess-api-token": prefixedCase("LICHESS_TOKEN", fake.Join("li", "p_"), func(g *fake.Gen) string { return g.MixedAlnum(20) },
			func(g *fake.Gen) string { return "clip_" + g.MixedAlnum(20) + " = load()\n" }),
		"lark-app-secret": assigned("LARK_APP_SECRET", "feishu_app_secret: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "LARK_APP_ID=" + fake.Join("cl", "i_", g.MixedAlnum(16)) + "\n" }),
		"launchdarkly-access-token": assigned("LAUNCHDARKLY_ACCESS_TOKEN", "launchdarkly:\n  launchdarkly_sdk_key: VALUE\n", func(g *fake.Gen) string { return g.Pick("api-", "sdk-") + saasUUID(g) },
			func(g *fake.Gen) string { return "LAUNCHDARKLY_CLIENT_SIDE_ID=" + g.Hex(24) + "\n" }),
		"linkedin-client-secret": assigned("LINKEDIN_CLIENT_SECRET", "linkedin_client_secret: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(16) },
			func(g *fake.Gen) string { return "LINKEDIN_CLIENT_ID=" + g.String(fake.Lower+fake.Digits, 14) + "\n" }),
		"lob-api-key": withCases(assigned("LOB_API_KEY", "lob_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Pick("live_", "test_") + g.Hex(35) },
			func(g *fake.Gen) string { return "LOB_API_KEY=" + fake.Join("live_pub_", g.Hex(31)) + "\n" }), func(g *fake.Gen) Cases {
			// camelCase names: lobToken, lobKey; a blob's key is not one
			return Cases{
				Positives: []string{"lobToken = \"" + fake.Join("live", "_") + g.Hex(35) + "\"\n", "private static final String lobKey = \"" + fake.Join("test", "_") + g.Hex(35) + "\";\n"},
				Negatives: []string{"blobKey = \"" + fake.Join("test", "_") + g.Hex(35) + "\"\n", "lobToken = \"" + fake.Join("live", "_") + g.Hex(20) + "\"\n"},
			}
		}),
		"looker-client-secret": assigned("LOOKERSDK_CLIENT_SECRET", "[Looker]\nlooker_client_secret=VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(24) },
			func(g *fake.Gen) string { return "LOOKERSDK_CLIENT_SECRET=" + g.String(fake.Lower, 24) + "\n" }),
		"lemlist-api-key": assigned("LEMLIST_API_KEY", "lemlist_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "LEMLIST_API_KEY=" + notHex(g, 32) + "\n" }),
		"lemonsqueezy-api-key": assigned("LEMONSQUEEZY_API_KEY", "lemonsqueezy_api_key: \"VALUE\"\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "LEMONSQUEEZY_API_KEY=your-lemonsqueezy-key-here\n" }),
		"line-channel-access-token": assigned("LINE_CHANNEL_ACCESS_TOKEN", "line_channel_access_token: \"VALUE\"\n", func(g *fake.Gen) string { return g.String(fake.Base64, 171) + "=" },
			func(g *fake.Gen) string { return "LINE_CHANNEL_ACCESS_TOKEN=your-channel-token-here\n" }),
		"line-notify-token": assigned("LINE_NOTIFY_TOKEN", "line_notify_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(43) },
			func(g *fake.Gen) string { return "LINE_NOTIFY_TOKEN=" + g.String(fake.Lower, 43) + "\n" }),
		"loggly-token": assigned("LOGGLY_TOKEN", "loggly_token: \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "LOGGLY_TOKEN=00000000-0000-0000-0000-000000000000\n" }),
		"loginradius-api-secret": assigned("LOGINRADIUS_API_SECRET", "loginradius_api_secret = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "LOGINRADIUS_API_SECRET=00000000-0000-0000-0000-000000000000\n" }),
		"logzio-api-token": assigned("LOGZIO_API_TOKEN", "logzio_api_token: VALUE\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "LOGZIO_API_TOKEN=00000000-0000-0000-0000-000000000000\n" }),
		"lokalise-api-token": assigned("LOKALISE_API_TOKEN", "lokalise_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "LOKALISE_API_TOKEN=" + notHex(g, 40) + "\n" }),
		"lunchmoney-api-key": assigned("LUNCHMONEY_ACCESS_TOKEN", "lunchmoney_access_token: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(50) },
			func(g *fake.Gen) string { return "LUNCHMONEY_ACCESS_TOKEN=" + notHex(g, 50) + "\n" }),
		"liveblocks-secret-key": prefixedCase("LIVEBLOCKS_SECRET_KEY", fake.Join("s", "k_dev_"), func(g *fake.Gen) string { return saasURL(g, 64) },
			func(g *fake.Gen) string {
				return "NEXT_PUBLIC_LIVEBLOCKS_PUBLIC_KEY=" + fake.Join("p", "k_dev_", saasURL(g, 64)) + "\n"
			}),
		"livekit-api-secret": assigned("LIVEKIT_API_SECRET", "livekit:\n  livekit_api_secret: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(43) },
			func(g *fake.Gen) string { return "LIVEKIT_API_KEY=" + fake.Join("AP", "I", g.MixedAlnum(12)) + "\n" }),
		"lepton-api-token": assigned("LEPTON_API_TOKEN", "lepton_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return "LEPTON_API_TOKEN=" + g.String(fake.Lower, 32) + "\n" }),
		"livestorm-api-token": assigned("LIVESTORM_API_TOKEN", "livestorm_api_token: \"VALUE\"\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "LIVESTORM_API_TOKEN=your-livestorm-token-here\n" }),
		"literal-ai-api-key": assigned("LITERAL_API_KEY", "literal_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("ls", "k_", g.MixedAlnum(40)) },
			func(g *fake.Gen) string { return "LITERAL_API_KEY=" + fake.Join("ls", "k_", g.MixedAlnum(15)) + "\n" }),
		"locationiq-access-token": prefixedCase("LOCATIONIQ_TOKEN", fake.Join("p", "k."), func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "LOCATIONIQ_TOKEN=" + fake.Join("p", "k.", notHex(g, 32)) + "\n" }),
		"leadfeeder-api-token": assigned("LEADFEEDER_API_TOKEN", "leadfeeder_api_token: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(20) + "-" + saasURL(g, 22) },
			func(g *fake.Gen) string { return "LEADFEEDER_API_TOKEN=" + g.String(fake.Lower, 43) + "\n" }),
		"linkpreview-api-key": assigned("LINKPREVIEW_API_KEY", "linkpreview_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "LINKPREVIEW_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"liveagent-api-key": assigned("LIVEAGENT_API_KEY", "liveagent_api_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "LIVEAGENT_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"loadmill-api-token": assigned("LOADMILL_API_TOKEN", "loadmill_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "LOADMILL_API_TOKEN=" + g.String(fake.Lower, 40) + "\n" }),
		"loyverse-access-token": assigned("LOYVERSE_ACCESS_TOKEN", "loyverse_access_token: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "LOYVERSE_ACCESS_TOKEN=" + notHex(g, 32) + "\n" }),
		"luno-api-secret": assigned("LUNO_API_SECRET", "luno_api_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(20) + "_" + saasURL(g, 22) },
			func(g *fake.Gen) string { return "LUNO_API_KEY_ID=" + g.String(fake.Lower+fake.Digits, 13) + "\n" }),
		"lessannoyingcrm-api-key": assigned("LESSANNOYINGCRM_API_KEY", "lessannoyingcrm_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(57) },
			func(g *fake.Gen) string { return "LESSANNOYINGCRM_API_KEY=" + g.String(fake.Lower, 57) + "\n" }),
		"ldap-uri-credentials": func(g *fake.Gen) Cases {
			pw := func() string { return g.MixedAlnum(14) }
			return Cases{
				Positives: []string{
					"LDAP_URL=ldaps://cn=admin,dc=corp,dc=test:" + pw() + "@ldap.corp.test:636\n",
					"auth:\n  ldap:\n    url: \"ldap://svc-bind:" + pw() + "@dc01.corp.test/dc=corp,dc=test\"\n",
				},
				Negatives: []string{
					"LDAP_URL=ldaps://ldap.corp.test:636/dc=corp,dc=test\n",
					"LDAP_URL=ldap://admin:${LDAP_PASSWORD}@ldap.corp.test\n",
					"LDAP_URL=ldap://cn=admin:password@localhost:389\n",
				},
			}
		},
		"loops-api-key": assigned("LOOPS_API_KEY", "loops_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "LOOPS_API_KEY=" + notHex(g, 32) + "\n" }),
	}
}

// gmGMMCases are the cases of the rules whose provider starts with M.
func gmGMMCases() map[string]Builder {
	return map[string]Builder{
		"mem0-api-key": prefixedCase("MEM0_API_KEY", fake.Join("m", "0-"), func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string {
				return "model: llama-3-" + fake.Join("m", "0-", g.MixedAlnum(40)) + "-instruct\n"
			}),
		"minimax-api-key": prefixedCase("MINIMAX_API_KEY", fake.Join("s", "k-api-"), func(g *fake.Gen) string { return saasURL(g, 119) },
			func(g *fake.Gen) string { return "MINIMAX_API_KEY=" + fake.Join("s", "k-api-", saasURL(g, 120)) + "\n" }),
		"mongodb-atlas-service-account-secret": prefixedCase("ATLAS_CLIENT_SECRET", fake.Join("mdb", "_sa_", "sk_"), func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string {
				return "ATLAS_CLIENT_ID=" + fake.Join("mdb", "_sa_", "id_", g.Hex(24)) + "\n"
			}),
		"moonshot-api-key": assigned("MOONSHOT_API_KEY", "kimi:\n  kimi_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("s", "k-", g.MixedAlnum(48)) },
			func(g *fake.Gen) string {
				return "MOONSHOT_API_KEY=" + fake.Join("s", "k-", g.String(fake.Lower, 48)) + "\n"
			}),
		"metaphor-api-key": assigned("METAPHOR_API_KEY", "metaphor_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "METAPHOR_API_KEY=your-metaphor-key-here\n" }),
		"meilisearch-api-key": assigned("MEILI_MASTER_KEY", "meilisearch_api_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "MEILI_MASTER_KEY=" + g.String(fake.Lower, 40) + "\n" },
			func(g *fake.Gen) string { return "MEILI_MASTER_KEY=your-master-key-here\n" }),
		"marqo-api-key": assigned("MARQO_API_KEY", "marqo_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(44) },
			func(g *fake.Gen) string { return "MARQO_API_KEY=your-marqo-key-here\n" }),
		"mailersend-api-token": prefixedCase("MAILERSEND_API_KEY", fake.Join("ml", "sn."), func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "MAILERSEND_API_KEY=" + fake.Join("ml", "sn.", g.Hex(20)) + "\n" }),
		"maxmind-license-key": prefixedCase("MAXMIND_LICENSE_KEY", fake.Join(), func(g *fake.Gen) string { return g.MixedAlnum(6) + "_" + g.MixedAlnum(29) + fake.Join("_mm", "k") },
			func(g *fake.Gen) string {
				return "MAXMIND_LICENSE_KEY=" + g.MixedAlnum(6) + "_" + g.MixedAlnum(29) + "_mmx\n"
			}),
		"mercury-api-token": prefixedCase("MERCURY_API_TOKEN", fake.Join("secret-token:mer", "cury_production_", "wma_"), func(g *fake.Gen) string { return g.MixedAlnum(44) + fake.Join("_yru", "crem") },
			func(g *fake.Gen) string {
				return "MERCURY_API_TOKEN=" + fake.Join("mer", "cury_production_", "wma_", g.MixedAlnum(44)) + "\n"
			}),
		"mergify-application-key": prefixedCase("MERGIFY_TOKEN", fake.Join("mergify", "_application_key_"), func(g *fake.Gen) string { return saasURL(g, 48) },
			func(g *fake.Gen) string {
				return "MERGIFY_TOKEN=" + fake.Join("mergify", "_application_key_", g.MixedAlnum(20)) + "\n"
			}),
		"midtrans-server-key": prefixedCase("MIDTRANS_SERVER_KEY", fake.Join("Mid", "-server-"), func(g *fake.Gen) string { return g.MixedAlnum(24) },
			func(g *fake.Gen) string {
				return "MIDTRANS_CLIENT_KEY=" + fake.Join("Mid", "-client-", g.MixedAlnum(16)) + "\n"
			}),
		"mattermost-access-token": assigned("MATTERMOST_TOKEN", "mattermost_bot_token: VALUE\n", func(g *fake.Gen) string { return g.LowerAlnum(26) },
			func(g *fake.Gen) string { return "MATTERMOST_TOKEN=" + g.String(fake.Upper, 26) + "\n" }),
		"meraki-api-key": assigned("MERAKI_DASHBOARD_API_KEY", "meraki_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "MERAKI_DASHBOARD_API_KEY=" + notHex(g, 40) + "\n" }),
		"messagebird-api-key": assigned("MESSAGEBIRD_API_KEY", "messagebird_access_key: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(25) },
			func(g *fake.Gen) string { return "MESSAGEBIRD_API_KEY=" + g.String(fake.Lower, 25) + "\n" }),
		"mailtrap-api-token": assigned("MAILTRAP_API_TOKEN", "mailtrap_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MAILTRAP_API_TOKEN=" + notHex(g, 32) + "\n" }),
		"mailerlite-api-key": assigned("MAILERLITE_API_KEY", "mailerlite_api_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MAILERLITE_API_KEY=" + notHex(g, 32) + "\n" }),
		"mandrill-api-key": assigned("MANDRILL_API_KEY", "mandrill_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("m", "d-", g.MixedAlnum(22)) },
			func(g *fake.Gen) string { return "MANDRILL_API_KEY=your-mandrill-key-here\n" }),
		"mailsac-api-key": assigned("MAILSAC_API_KEY", "mailsac_key: VALUE\n", func(g *fake.Gen) string { return fake.Join("k", "_", g.MixedAlnum(40)) },
			func(g *fake.Gen) string { return "MAILSAC_API_KEY=" + fake.Join("k", "_", g.MixedAlnum(20)) + "\n" }),
		"mixpanel-secret": assigned("MIXPANEL_API_SECRET", "mixpanel_secret: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MIXPANEL_API_SECRET=" + g.String(fake.Lower, 32) + "\n" }),
		"monday-api-token": assigned("MONDAY_API_TOKEN", "monday_api_token: \"VALUE\"\n", func(g *fake.Gen) string {
			return fake.Join("ey", "JhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.", "ey", "J", saasURL(g, 60), ".", saasURL(g, 43))
		},
			func(g *fake.Gen) string { return "MONDAY_API_TOKEN=your-monday-token-here\n" }),
		"moralis-api-key": assigned("MORALIS_API_KEY", "moralis_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "MORALIS_API_KEY=" + g.String(fake.Lower, 64) + "\n" }),
		"mongodb-atlas-private-key": assigned("MONGODB_ATLAS_PRIVATE_KEY", "atlas_private_key = \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "MONGODB_ATLAS_PUBLIC_KEY=" + g.String(fake.Lower, 8) + "\n" }),
		"mux-token-secret": assigned("MUX_TOKEN_SECRET", "mux_token_secret: \"VALUE\"\n", func(g *fake.Gen) string { return g.String(fake.Base64, 75) },
			func(g *fake.Gen) string { return "MUX_TOKEN_ID=" + saasUUID(g) + "\n" }),
		"metabase-api-key": assigned("METABASE_API_KEY", "metabase_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("m", "b_", g.String(fake.Base64, 44)) },
			func(g *fake.Gen) string { return "METABASE_API_KEY=your-metabase-key-here\n" }),
		"mapquest-api-key": assigned("MAPQUEST_API_KEY", "mapquest_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "MAPQUEST_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"marketstack-api-key": assigned("MARKETSTACK_ACCESS_KEY", "marketstack_access_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MARKETSTACK_ACCESS_KEY=" + notHex(g, 32) + "\n" }),
		"mediastack-api-key": assigned("MEDIASTACK_ACCESS_KEY", "mediastack_access_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MEDIASTACK_ACCESS_KEY=" + notHex(g, 32) + "\n" }),
		"moosend-api-key": assigned("MOOSEND_API_KEY", "moosend_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return "MOOSEND_API_KEY=00000000-0000-0000-0000-000000000000\n" }),
		"mollie-api-key": assigned("MOLLIE_API_KEY", "mollie_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Pick("live_", "test_") + g.MixedAlnum(30) },
			func(g *fake.Gen) string { return "MOLLIE_PROFILE_ID=" + fake.Join("pf", "l_", g.MixedAlnum(10)) + "\n" }),
		"mercadopago-access-token": prefixedCase("MERCADOPAGO_ACCESS_TOKEN", fake.Join("APP", "_USR-"), func(g *fake.Gen) string {
			return saasDigits(g, 16) + "-" + saasDigits(g, 6) + "-" + g.Hex(32) + "-" + saasDigits(g, 9)
		},
			func(g *fake.Gen) string {
				return "MERCADOPAGO_PUBLIC_KEY=" + fake.Join("APP", "_USR-", saasUUID(g)) + "\n"
			}),
		"mixedbread-api-key": assigned("MXBAI_API_KEY", "mixedbread_api_key: \"VALUE\"\n", func(g *fake.Gen) string { return fake.Join("mx", "b_", g.MixedAlnum(48)) },
			func(g *fake.Gen) string { return "MXBAI_API_KEY=" + fake.Join("mx", "b_", g.MixedAlnum(10)) + "\n" }),
		"meaningcloud-api-key": assigned("MEANINGCLOUD_LICENSE_KEY", "meaningcloud_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MEANINGCLOUD_LICENSE_KEY=" + notHex(g, 32) + "\n" }),
		"monkeylearn-api-key": assigned("MONKEYLEARN_API_KEY", "monkeylearn_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(40) },
			func(g *fake.Gen) string { return "MONKEYLEARN_API_KEY=" + notHex(g, 40) + "\n" }),
		"mailmodo-api-key": assigned("MAILMODO_API_KEY", "mailmodo_api_key = \"VALUE\"\n", func(g *fake.Gen) string {
			return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7)
		},
			func(g *fake.Gen) string {
				return "MAILMODO_API_KEY=" + g.String(fake.Lower, 7) + "-" + g.String(fake.Lower, 7) + "\n"
			}),
		"marketo-client-secret": assigned("MARKETO_CLIENT_SECRET", "marketo_client_secret: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return "MARKETO_CLIENT_SECRET=" + g.String(fake.Lower, 32) + "\n" }),
		"matomo-token-auth": assigned("MATOMO_TOKEN_AUTH", "matomo_token_auth = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MATOMO_TOKEN_AUTH=" + notHex(g, 32) + "\n" }),
		"magento-access-token": assigned("MAGENTO_ACCESS_TOKEN", "magento_access_token: VALUE\n", func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return "MAGENTO_ACCESS_TOKEN=" + g.String(fake.Lower, 32) + "\n" }),
		"mindmeister-api-key": assigned("MINDMEISTER_TOKEN", "mindmeister_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(43) },
			func(g *fake.Gen) string { return "MINDMEISTER_TOKEN=" + g.String(fake.Lower, 43) + "\n" }),
		"meistertask-api-token": assigned("MEISTERTASK_TOKEN", "meistertask_api_token: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(43) },
			func(g *fake.Gen) string { return "MEISTERTASK_TOKEN=" + g.String(fake.Lower, 43) + "\n" }),
		"meshy-api-key": prefixedCase("MESHY_API_KEY", fake.Join("ms", "y_"), func(g *fake.Gen) string { return g.MixedAlnum(36) },
			func(g *fake.Gen) string {
				return "MESHY_API_KEY=" + fake.Join("ms", "y_", "dummy_api_key_for_test_mode_", saasDigits(g, 8)) + "\n"
			}),
		"m3o-api-token": assigned("M3O_API_TOKEN", "m3o_api_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(48) },
			func(g *fake.Gen) string { return "M3O_API_TOKEN=" + g.String(fake.Lower, 48) + "\n" }),
		"madkudu-api-key": assigned("MADKUDU_API_KEY", "madkudu_api_key: VALUE\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MADKUDU_API_KEY=" + notHex(g, 32) + "\n" }),
		"magicbell-api-secret": assigned("MAGICBELL_API_SECRET", "magicbell_api_secret = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "MAGICBELL_API_SECRET=" + g.String(fake.Lower, 40) + "\n" }),
		"mailboxlayer-api-key": assigned("MAILBOXLAYER_ACCESS_KEY", "mailboxlayer_access_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return "MAILBOXLAYER_ACCESS_KEY=" + notHex(g, 32) + "\n" }),
		"mavenlink-api-token": assigned("MAVENLINK_API_TOKEN", "mavenlink_token: VALUE\n", func(g *fake.Gen) string { return g.LowerAlnum(64) },
			func(g *fake.Gen) string { return "MAVENLINK_API_TOKEN=" + g.String(fake.Lower, 64) + "\n" }),
		"mesibo-app-token": assigned("MESIBO_APP_TOKEN", "mesibo_app_token = \"VALUE\"\n", func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return "MESIBO_APP_TOKEN=" + g.String(fake.Lower, 64) + "\n" }),
		"metaapi-token": assigned("METAAPI_TOKEN", "metaapi_token: \"VALUE\"\n", func(g *fake.Gen) string { return g.Hex(64) },
			func(g *fake.Gen) string { return "METAAPI_TOKEN=" + notHex(g, 64) + "\n" }),
		"moonclerk-api-key": assigned("MOONCLERK_API_KEY", "moonclerk_api_key = \"VALUE\"\n", func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return "MOONCLERK_API_KEY=" + g.String(fake.Lower, 32) + "\n" }),
		"minio-secret-key": assigned("MINIO_SECRET_KEY", "      MINIO_ROOT_PASSWORD: VALUE\n", func(g *fake.Gen) string { return g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "MINIO_ROOT_PASSWORD=minioadmin\n" },
			func(g *fake.Gen) string { return "MINIO_SECRET_KEY=" + g.String(fake.Lower, 40) + "\n" }),
		"make-webhook-url": func(g *fake.Gen) Cases {
			hook := func(n int) string { return fake.Join("https://hook.eu1.ma", "ke.com/", g.LowerAlnum(n)) }
			return Cases{
				Positives: []string{
					"MAKE_WEBHOOK_URL=" + hook(32) + "\n",
					"await fetch(\"" + hook(32) + "\", { method: \"POST\", body });\n",
				},
				Negatives: []string{
					"MAKE_WEBHOOK_URL=" + hook(20) + "\n",
					"docs: https://www.make.com/en/help/tools/webhooks\n",
				},
			}
		},
	}
}
