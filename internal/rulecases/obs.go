// Cases of the rules added for well-known observability, analytics and feature-flag services
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// obsLines builds the cases of a rule whose secret sits in a URL or a
// header: each positive and negative is generated whole.
func obsLines(positives []func(g *fake.Gen) string, negatives ...func(g *fake.Gen) string) Builder {
	return nrCustom(positives, negatives)
}

// obsCases are the generated cases of the observability, analytics and feature-flag services rules.
func obsCases() map[string]Builder {
	hcPing := fake.Join("https://hc", "-ping.com/")
	snitch := fake.Join("https://nos", "nch.in/")
	uptrace := fake.Join("@api.up", "trace.dev")
	return map[string]Builder{
		"dash0-auth-token": plusPositives(cfNamed("DASH0_AUTH_TOKEN", cfCat(cfLit("auth_"), cfMix(32)), cfMix(32), cfCat(cfLit("auth_"), cfMix(12))),
			func(g *fake.Gen) []string {
				return []string{"provider \"dash0\" {\n  auth_token = \"auth_" + g.MixedAlnum(32) + "\"\n}\n"}
			}),
		"deadmanssnitch-checkin-url": obsLines(
			[]func(*fake.Gen) string{
				func(g *fake.Gen) string {
					return "0 3 * * * /usr/local/bin/backup && curl -fsS " + snitch + g.Hex(10) + "\n"
				},
				func(g *fake.Gen) string {
					return "requests.get(\"" + snitch + g.Hex(10) + "\", params={\"m\": \"done\"})\n"
				},
			},
			func(*fake.Gen) string { return "curl " + snitch + "xxxxxxxxxx\n" },
			func(g *fake.Gen) string { return "curl " + snitch + g.Hex(6) + "\n" },
			func(g *fake.Gen) string { return "curl https://example.com/" + g.Hex(10) + "\n" },
		),
		"growthbook-secret-key": cfPrefixed("GROWTHBOOK_API_KEY", fake.Join("secret", "_admin_"), cfMix(41),
			cfCat(cfLit(fake.Join("secret", "_owner_")), cfMix(41)), cfCat(cfLit(fake.Join("secret", "_readonly_")), cfMix(60))),
		"growthbook-legacy-secret-key": cfNamed("GROWTHBOOK_SECRET_KEY", cfCat(cfLit("secret_"), cfMix(41)), cfMix(41), cfCat(cfLit("secret_"), cfMix(20))),
		"growthbook-sdk-key":           cfNamed("GROWTHBOOK_CLIENT_KEY", cfCat(cfLit("sdk-"), cfMix(16)), cfMix(16), cfCat(cfLit("sdk-"), cfMix(30))),
		"healthchecks-ping-url": obsLines(
			[]func(*fake.Gen) string{
				func(g *fake.Gen) string {
					return "curl -fsS -m 10 --retry 5 -o /dev/null " + hcPing + saasUUID(g) + "\n"
				},
				func(g *fake.Gen) string { return "HC_PING_URL=\"" + hcPing + saasUUID(g) + "/start\"\n" },
				func(g *fake.Gen) string { return "url: " + hcPing + g.LowerAlnum(22) + "/nightly-backup\n" },
			},
			func(*fake.Gen) string { return "curl " + hcPing + "your-uuid-here\n" },
			func(g *fake.Gen) string { return "curl https://example.com/" + saasUUID(g) + "\n" },
			func(g *fake.Gen) string { return "curl " + hcPing + g.LowerAlnum(22) + "\n" },
		),
		"healthchecks-api-key": cfNamed("HEALTHCHECKS_API_KEY", cfURL(32), cfURL(48), cfLit("00000000000000000000000000000000")),
		"hyperdx-api-key":      cfNamed("HYPERDX_API_KEY", cfUUID(), cfUUIDU()),
		"lumigo-tracer-token": plusPositives(cfNamed("LUMIGO_TRACER_TOKEN", cfCat(cfLit("t_"), cfHex(21)), cfHex(21), cfCat(cfLit("t_"), cfLetters(21))),
			func(g *fake.Gen) []string {
				return []string{"curl -H \"Authorization: LumigoToken t_" + g.Hex(21) + "\" https://ga-otlp.lumigo-tracer-edge.golumigo.com\n"}
			}),
		"uptrace-dsn": obsLines(
			[]func(*fake.Gen) string{
				func(g *fake.Gen) string { return "UPTRACE_DSN=https://" + saasURL(g, 22) + uptrace + "?grpc=4317\n" },
				func(g *fake.Gen) string {
					return "OTEL_EXPORTER_OTLP_HEADERS=uptrace-dsn=https://" + saasURL(g, 22) + uptrace + "?grpc=4317\n"
				},
				func(g *fake.Gen) string {
					return "uptrace.configureOpentelemetry({ dsn: 'https://" + saasURL(g, 22) + uptrace + "' })\n"
				},
			},
			func(*fake.Gen) string { return "UPTRACE_DSN=https://FIXME1" + uptrace + "?grpc=4317\n" },
			func(*fake.Gen) string { return "UPTRACE_DSN=http://project1_secret_token@localhost:14318?grpc=14317\n" },
			func(g *fake.Gen) string { return "SENTRY_DSN=https://" + g.Hex(32) + "@o1.ingest.sentry.io/1\n" },
		),
		"uptime-kuma-api-key": cfPrefixed("UPTIME_KUMA_API_KEY", "uk1"+"2_", cfURL(40), cfCat(cfLit("uk0_"), cfURL(40)), cfCat(cfLit("uk3_"), cfURL(60))),
		"plausible-api-key":   cfNamed("PLAUSIBLE_API_KEY", cfURL(64), cfURL(80), cfLit(strings.Repeat("0", 64))),
		"reflag-secret-key":   cfNamed("REFLAG_SECRET_KEY", cfCat(cfLit("sec_"), cfMix(32)), cfMix(32), cfCat(cfLit("pub_"), cfMix(32))),
		"eppo-sdk-key": cfPrefixed("EPPO_SDK_KEY", "", cfCat(cfURL(24), cfLit("."+"ZWg9"), cfURL(40)),
			cfCat(cfURL(24), cfLit(".eyJ"), cfURL(40)), cfCat(cfURL(6), cfLit("."+"ZWg9"), cfURL(40))),
		"sematext-app-token": plusPositives(cfNamed("LOGSENE_TOKEN", cfUUID(), cfUUIDU()),
			func(g *fake.Gen) []string {
				return []string{"docker run -d -e SPM_TOKEN=" + saasUUID(g) + " sematext/agent\n"}
			}),
		"moesif-application-id": withCases(cfPrefixed("MOESIF_APPLICATION_ID", fake.Join("eyJhcHAi", "OiI"), cfCat(cfURL(100), cfLit("."), cfURL(43)),
			cfCat(cfLit(fake.Join("eyJhcHAi", "OiI")), cfURL(100), cfLit("."), cfURL(20))),
			func(g *fake.Gen) Cases {
				// the claims of a JWT may start the same way; the header before them tells it apart
				jwt := fake.Join("ey", "JhbGciOiJIUzI1NiJ9.", "eyJhcHAi", "OiI") + saasURL(g, 100) + "." + saasURL(g, 43)
				return Cases{
					Positives: []string{"moesif({ applicationId: '" + fake.Join("eyJhcHAi", "OiI") + saasURL(g, 100) + "." + saasURL(g, 43) + "' })\n"},
					Negatives: []string{"Authorization: Bearer " + jwt + "\n"},
				}
			}),
		"statsig-console-api-key": plusPositives(cfNamed("STATSIG_CONSOLE_API_KEY", cfCat(cfLit("console-"), cfMix(43)), cfMix(43), cfCat(cfLit("client-"), cfMix(43))),
			func(g *fake.Gen) []string {
				return []string{"curl https://statsigapi.net/console/v1/gates --header 'STATSIG-API-KEY: console-" + g.MixedAlnum(43) + "'\n"}
			}),
	}
}
