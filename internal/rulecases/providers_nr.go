package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// nrValue makes one value of a rule's format, or a near miss of it.
type nrValue func(g *fake.Gen) string

// nrKebab turns SNAKE_CASE into kebab-case for CLI flags.
func nrKebab(env string) string { return strings.ReplaceAll(strings.ToLower(env), "_", "-") }

// nrAnchored builds the cases of a keyword-anchored rule: the value assigned
// to the provider's setting in several file formats, as a CLI flag and in
// JSON; negatives with a near-miss value, the value under an unrelated
// name, and a placeholder.
func nrAnchored(env string, good, bad nrValue) Builder {
	return func(g *fake.Gen) Cases {
		v := good(g)
		return Cases{
			Positives: []string{
				saasAssign(g, env, v),
				"./deploy.sh --" + nrKebab(env) + "=" + good(g) + " --verbose\n",
				"{\n  \"" + saasCamel(env) + "\": \"" + good(g) + "\"\n}\n",
			},
			Negatives: []string{
				saasAssign(g, env, bad(g)),
				"SERVICE_TOKEN=" + v + "\n",
				saasAssign(g, env, "your-"+nrKebab(env)+"-here"),
			},
		}
	}
}

// nrPrefixed builds the cases of a rule whose token carries a prefix: the
// token in a settings file and in an HTTP header; negatives with a
// near-miss token and a placeholder.
func nrPrefixed(env string, good, bad nrValue) Builder {
	return func(g *fake.Gen) Cases {
		return Cases{
			Positives: []string{
				saasAssign(g, env, good(g)),
				"curl -s -H \"Authorization: Bearer " + good(g) + "\" \"$API_URL/v1/me\"\n",
			},
			Negatives: []string{
				saasAssign(g, env, bad(g)),
				env + "=your-" + nrKebab(env) + "-here\n",
			},
		}
	}
}

// nrLine builds the cases of a rule whose token must share a line with the
// provider's name: the token in a settings file and in JSON; negatives
// with a near-miss token and the token with no provider on its line.
func nrLine(env string, good, bad nrValue) Builder {
	return func(g *fake.Gen) Cases {
		return Cases{
			Positives: []string{
				saasAssign(g, env, good(g)),
				"{\"" + strings.ToLower(env) + "\": \"" + good(g) + "\"}\n",
			},
			Negatives: []string{
				saasAssign(g, env, bad(g)),
				"token = \"" + good(g) + "\"\n",
			},
		}
	}
}

// nrJWTHead is the encoded header of an HS256 JWT and its dot, spelled in
// pieces so that this file holds no token shape.
func nrJWTHead() string { return fake.Join("eyJhbGciOiJIUzI1NiIs", "InR5cCI6IkpXVCJ9.") }

// nrCustom builds cases from fixed positive and negative templates.
func nrCustom(pos, neg []func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		var c Cases
		for _, p := range pos {
			c.Positives = append(c.Positives, p(g))
		}
		for _, n := range neg {
			c.Negatives = append(c.Negatives, n(g))
		}
		return c
	}
}

// providersNRCases are the generated cases of the provider rules for names N-R
// (the providers: N to R section of rules.toml).
func providersNRCases() map[string]Builder {
	return map[string]Builder{
		"neptune-api-token": nrPrefixed("NEPTUNE_API_TOKEN", func(g *fake.Gen) string {
			return b64(`{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"` + g.UUID() + `"}`)
		}, func(g *fake.Gen) string { return b64(`{"api_address":"x"}`) }),
		"runway-api-key":            nrLine("RUNWAYML_API_SECRET", func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(128)) }, func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(100)) }),
		"openpipe-api-key":          nrPrefixed("OPENPIPE_API_KEY", func(g *fake.Gen) string { return fake.Join("op", "k_", g.MixedAlnum(40)) }, func(g *fake.Gen) string { return fake.Join("op", "k_", g.MixedAlnum(20)) }),
		"promptlayer-api-key":       nrLine("PROMPTLAYER_API_KEY", func(g *fake.Gen) string { return fake.Join("p", "l_", g.Hex(32)) }, func(g *fake.Gen) string { return fake.Join("p", "l_", g.Hex(24)) }),
		"nomic-api-key":             nrPrefixed("NOMIC_API_KEY", func(g *fake.Gen) string { return fake.Join("n", "k-", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return fake.Join("n", "k-", g.MixedAlnum(30)) }),
		"retell-api-key":            nrLine("RETELL_API_KEY", func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(28)) }, func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(16)) }),
		"nightfall-api-key":         nrLine("NIGHTFALL_API_KEY", func(g *fake.Gen) string { return fake.Join("N", "F-", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("N", "F-", g.MixedAlnum(20)) }),
		"runpod-api-key":            nrPrefixed("RUNPOD_API_KEY", func(g *fake.Gen) string { return fake.Join("rp", "a_", upperAlnum(g, 40), g.MixedAlnum(6)) }, func(g *fake.Gen) string { return fake.Join("rp", "a_", upperAlnum(g, 36)) }),
		"photoroom-api-key":         nrPrefixed("PHOTOROOM_API_KEY", func(g *fake.Gen) string { return fake.Join("sk", "_pr_", g.LowerAlnum(8), "_", g.Hex(40)) }, func(g *fake.Gen) string { return fake.Join("sk", "_pr_", g.LowerAlnum(8), "_", g.Hex(30)) }),
		"ollama-api-key":            nrAnchored("OLLAMA_API_KEY", func(g *fake.Gen) string { return g.Hex(32) + "." + g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.Hex(32) + "." + g.MixedAlnum(12) }),
		"ngc-api-key":               nrAnchored("NGC_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(84) }, func(g *fake.Gen) string { return g.MixedAlnum(60) }),
		"novita-api-key":            nrAnchored("NOVITA_API_KEY", func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"nebius-api-key":            nrAnchored("NEBIUS_API_KEY", func(g *fake.Gen) string { return nrJWTHead() + saasURL(g, 120) + "." + saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 40) }),
		"portkey-api-key":           nrAnchored("PORTKEY_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"playht-api-key":            nrAnchored("PLAYHT_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"revai-access-token":        nrAnchored("REVAI_ACCESS_TOKEN", func(g *fake.Gen) string { return saasURL(g, 60) }, func(g *fake.Gen) string { return saasURL(g, 24) }),
		"opik-api-key":              nrAnchored("OPIK_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(30) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"predibase-api-key":         nrAnchored("PREDIBASE_API_TOKEN", func(g *fake.Gen) string { return fake.Join("p", "b_", saasURL(g, 22)) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"roboflow-api-key":          nrAnchored("ROBOFLOW_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(15) }),
		"resemble-api-key":          nrAnchored("RESEMBLE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"recraft-api-key":           nrAnchored("RECRAFT_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(55) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"reka-api-key":              nrAnchored("REKA_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(28) }),
		"privateai-api-key":         nrAnchored("PRIVATE_AI_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"ragie-api-key":             nrAnchored("RAGIE_API_KEY", func(g *fake.Gen) string { return fake.Join("tn", "t_", g.MixedAlnum(11), "_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"neon-api-key":              nrPrefixed("NEON_API_KEY", func(g *fake.Gen) string { return fake.Join("na", "pi_", g.MixedAlnum(64)) }, func(g *fake.Gen) string { return fake.Join("na", "pi_", g.MixedAlnum(40)) }),
		"newrelic-browser-key":      nrPrefixed("NEW_RELIC_BROWSER_KEY", func(g *fake.Gen) string { return fake.Join("NR", "BR-", g.Hex(19)) }, func(g *fake.Gen) string { return fake.Join("NR", "BR-", g.Hex(12)) }),
		"newrelic-mobile-app-token": nrPrefixed("NEW_RELIC_MOBILE_TOKEN", func(g *fake.Gen) string { return fake.Join("A", "A", g.Hex(40), "-NR", "MA") }, func(g *fake.Gen) string { return fake.Join("A", "A", g.Hex(30), "-NR", "MA") }),
		"ngrok-authtoken":           nrLine("NGROK_AUTHTOKEN", func(g *fake.Gen) string { return fake.Join("2", g.MixedAlnum(26), "_", g.MixedAlnum(21)) }, func(g *fake.Gen) string { return fake.Join("2", g.MixedAlnum(26), "_", g.MixedAlnum(9)) }),
		"onesignal-api-key": nrPrefixed("ONESIGNAL_REST_API_KEY", func(g *fake.Gen) string {
			return fake.Join("os", "_v2_", "app_", strings.ToLower(g.String(fake.Base32, 103)))
		}, func(g *fake.Gen) string {
			return fake.Join("os", "_v2_", "app_", strings.ToLower(g.String(fake.Base32, 60)))
		}),
		"onesignal-legacy-api-key": nrAnchored("ONESIGNAL_REST_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"onfido-api-token":         nrPrefixed("ONFIDO_API_TOKEN", func(g *fake.Gen) string { return fake.Join("api", "_live.", saasURL(g, 11), ".", saasURL(g, 32)) }, func(g *fake.Gen) string { return fake.Join("api", "_live.", saasURL(g, 11)) }),
		"openshift-user-token":     nrPrefixed("OPENSHIFT_TOKEN", func(g *fake.Gen) string { return fake.Join("sha", "256~", saasURL(g, 43)) }, func(g *fake.Gen) string { return fake.Join("sha", "256~", saasURL(g, 30)) }),
		"octopus-deploy-api-key":   nrLine("OCTOPUS_API_KEY", func(g *fake.Gen) string { return fake.Join("AP", "I-", upperAlnum(g, 30)) }, func(g *fake.Gen) string { return fake.Join("AP", "I-", upperAlnum(g, 16)) }),
		"paddle-api-key": nrPrefixed("PADDLE_API_KEY", func(g *fake.Gen) string {
			return fake.Join("pdl", "_live_", "apikey_", g.LowerAlnum(26), "_", g.MixedAlnum(22), "_", g.MixedAlnum(3))
		}, func(g *fake.Gen) string { return fake.Join("pdl", "_live_", "apikey_", g.LowerAlnum(26)) }),
		"pagarme-api-key":           nrPrefixed("PAGARME_API_KEY", func(g *fake.Gen) string { return fake.Join("ak", "_live_", g.MixedAlnum(30)) }, func(g *fake.Gen) string { return fake.Join("ak", "_live_", g.MixedAlnum(20)) }),
		"paystack-secret-key":       nrPrefixed("PAYSTACK_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.Hex(40)) }, func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.Hex(30)) }),
		"persona-api-key":           nrPrefixed("PERSONA_API_KEY", func(g *fake.Gen) string { return fake.Join("persona", "_production_", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("persona", "_production_", g.Hex(8)) }),
		"pinterest-access-token":    nrPrefixed("PINTEREST_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("pi", "na_", upperAlnum(g, 120)) }, func(g *fake.Gen) string { return fake.Join("pi", "na_", upperAlnum(g, 20)) }),
		"plaid-access-token":        nrPrefixed("PLAID_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("access", "-production-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("access", "-production-", g.Hex(8)) }),
		"plaid-secret":              nrAnchored("PLAID_SECRET", func(g *fake.Gen) string { return g.Hex(30) }, func(g *fake.Gen) string { return g.Hex(24) }),
		"polar-access-token":        nrPrefixed("POLAR_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("polar", "_oat_", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return fake.Join("polar", "_oat_", g.MixedAlnum(12)) }),
		"posthog-personal-api-key":  nrPrefixed("POSTHOG_PERSONAL_API_KEY", func(g *fake.Gen) string { return fake.Join("ph", "x_", g.MixedAlnum(47)) }, func(g *fake.Gen) string { return fake.Join("ph", "x_", g.MixedAlnum(30)) }),
		"posthog-project-api-key":   nrPrefixed("POSTHOG_PROJECT_API_KEY", func(g *fake.Gen) string { return fake.Join("ph", "c_", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return fake.Join("ph", "c_", g.MixedAlnum(30)) }),
		"prefect-api-key":           nrPrefixed("PREFECT_API_KEY", func(g *fake.Gen) string { return fake.Join("pn", "u_", g.MixedAlnum(36)) }, func(g *fake.Gen) string { return fake.Join("pn", "u_", g.MixedAlnum(26)) }),
		"pubnub-secret-key":         nrPrefixed("PUBNUB_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("se", "c-c-", b64(g.UUID())) }, func(g *fake.Gen) string { return fake.Join("se", "c-c-", g.MixedAlnum(20)) }),
		"pubnub-publish-key":        nrPrefixed("PUBNUB_PUBLISH_KEY", func(g *fake.Gen) string { return fake.Join("pu", "b-c-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("pu", "b-c-", g.Hex(8)) }),
		"pganalyze-api-key":         nrPrefixed("PGA_API_KEY", func(g *fake.Gen) string { return fake.Join("pg", "ar_", g.MixedAlnum(27)) }, func(g *fake.Gen) string { return fake.Join("pg", "ar_", g.MixedAlnum(20)) }),
		"portainer-access-token":    nrPrefixed("PORTAINER_API_TOKEN", func(g *fake.Gen) string { return fake.Join("pt", "r_", b64(string(g.Bytes(32)))) }, func(g *fake.Gen) string { return fake.Join("pt", "r_", b64(string(g.Bytes(20)))) }),
		"rootly-api-key":            nrPrefixed("ROOTLY_API_TOKEN", func(g *fake.Gen) string { return fake.Join("roo", "tly_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("roo", "tly_", g.Hex(40)) }),
		"ramp-client-secret":        nrPrefixed("RAMP_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("ramp", "_sec_", g.MixedAlnum(48)) }, func(g *fake.Gen) string { return fake.Join("ramp", "_sec_", g.MixedAlnum(30)) }),
		"readme-api-key":            nrPrefixed("README_API_KEY", func(g *fake.Gen) string { return fake.Join("rd", "me_", g.LowerAlnum(70)) }, func(g *fake.Gen) string { return fake.Join("rd", "me_", g.LowerAlnum(40)) }),
		"redirect-pizza-api-token":  nrPrefixed("REDIRECT_PIZZA_TOKEN", func(g *fake.Gen) string { return fake.Join("rp", "a_", g.MixedAlnum(30)) }, func(g *fake.Gen) string { return fake.Join("rp", "a_", g.MixedAlnum(20)) }),
		"render-api-key":            nrPrefixed("RENDER_API_KEY", func(g *fake.Gen) string { return fake.Join("rn", "d_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("rn", "d_", g.MixedAlnum(20)) }),
		"robinhood-crypto-api-key":  nrPrefixed("ROBINHOOD_API_KEY", func(g *fake.Gen) string { return fake.Join("rh", "-api-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("rh", "-api-", g.Hex(8)) }),
		"recharge-api-key":          nrPrefixed("RECHARGE_API_TOKEN", func(g *fake.Gen) string { return fake.Join("sk", "_2x", "2_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("sk", "_2x", "2_", g.Hex(40)) }),
		"riot-games-api-key":        nrPrefixed("RIOT_API_KEY", func(g *fake.Gen) string { return fake.Join("RG", "API-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("RG", "API-", g.Hex(8)) }),
		"nylas-api-key":             nrPrefixed("NYLAS_API_KEY", func(g *fake.Gen) string { return fake.Join("ny", "k_v0_", g.MixedAlnum(48)) }, func(g *fake.Gen) string { return fake.Join("ny", "k_v0_", g.MixedAlnum(20)) }),
		"nasdaq-data-link-api-key":  nrAnchored("NASDAQ_DATA_LINK_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(14) }),
		"netsuite-token-secret":     nrAnchored("NETSUITE_TOKEN_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(59) }),
		"neutrinoapi-api-key":       nrAnchored("NEUTRINO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(43) }),
		"newsapi-api-key":           nrAnchored("NEWS_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"newscatcher-api-key":       nrAnchored("NEWSCATCHER_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"nexmo-api-secret":          nrAnchored("NEXMO_API_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(16) }, func(g *fake.Gen) string { return g.MixedAlnum(11) }),
		"nftport-api-key":           nrAnchored("NFTPORT_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"nicereply-api-key":         nrAnchored("NICEREPLY_API_KEY", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"nimble-api-token":          nrAnchored("NIMBLE_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(30) }, func(g *fake.Gen) string { return g.MixedAlnum(25) }),
		"noticeable-api-key":        nrAnchored("NOTICEABLE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(15) }),
		"numverify-api-key":         nrAnchored("NUMVERIFY_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"nutritionix-api-key":       nrAnchored("NUTRITIONIX_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"nylas-legacy-token":        nrAnchored("NYLAS_ACCESS_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(30) }, func(g *fake.Gen) string { return g.MixedAlnum(25) }),
		"nytimes-api-key":           nrAnchored("NYTIMES_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"nasa-api-key":              nrAnchored("NASA_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"oanda-api-token":           nrAnchored("OANDA_API_TOKEN", func(g *fake.Gen) string { return g.Hex(32) + "-" + g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(32) }),
		"omnisend-api-key":          nrAnchored("OMNISEND_API_KEY", func(g *fake.Gen) string { return g.Hex(24) + "-" + g.MixedAlnum(50) }, func(g *fake.Gen) string { return g.Hex(24) + "-" + g.MixedAlnum(20) }),
		"onelogin-client-secret":    nrAnchored("ONELOGIN_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"onepagecrm-api-key":        nrAnchored("ONEPAGECRM_API_KEY", func(g *fake.Gen) string { return b64(string(g.Bytes(32))) }, func(g *fake.Gen) string { return b64(string(g.Bytes(20))) }),
		"onfleet-api-key":           nrAnchored("ONFLEET_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"oopspam-api-key":           nrAnchored("OOPSPAM_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"opencage-api-key":          nrAnchored("OPENCAGE_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"openuv-api-key":            nrAnchored("OPENUV_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"openweather-api-key":       nrAnchored("OPENWEATHER_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"opsgenie-api-key":          nrAnchored("OPSGENIE_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"optimizely-api-token":      nrAnchored("OPTIMIZELY_API_TOKEN", func(g *fake.Gen) string { return "2:" + saasURL(g, 52) }, func(g *fake.Gen) string { return "2:" + saasURL(g, 20) }),
		"overloop-api-key":          nrAnchored("OVERLOOP_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(50) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"owlbot-api-token":          nrAnchored("OWLBOT_API_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"ovh-api-secret":            nrAnchored("OVH_APPLICATION_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"packagecloud-api-token":    nrAnchored("PACKAGECLOUD_TOKEN", func(g *fake.Gen) string { return g.Hex(48) }, func(g *fake.Gen) string { return g.Hex(42) }),
		"pandadoc-api-key":          nrAnchored("PANDADOC_API_KEY", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"pandascore-api-token":      nrAnchored("PANDASCORE_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(51) }, func(g *fake.Gen) string { return g.MixedAlnum(45) }),
		"paralleldots-api-key":      nrAnchored("PARALLELDOTS_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(43) }, func(g *fake.Gen) string { return g.MixedAlnum(38) }),
		"parseur-api-key":           nrAnchored("PARSEUR_API_KEY", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"partnerstack-api-key":      nrAnchored("PARTNERSTACK_SECRET_KEY", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(59) }),
		"pastebin-api-key":          nrAnchored("PASTEBIN_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"paymongo-secret-key":       nrAnchored("PAYMONGO_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("s", "k_live_", g.MixedAlnum(24)) }, func(g *fake.Gen) string { return fake.Join("s", "k_live_", g.MixedAlnum(14)) }),
		"paymo-api-key":             nrAnchored("PAYMO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(44) }, func(g *fake.Gen) string { return g.MixedAlnum(39) }),
		"pdfshift-api-key":          nrAnchored("PDFSHIFT_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(24) }),
		"peopledatalabs-api-key":    nrAnchored("PEOPLEDATALABS_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"pepipost-api-key":          nrAnchored("PEPIPOST_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"percy-token":               nrAnchored("PERCY_TOKEN", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(40) }),
		"phrase-access-token":       nrAnchored("PHRASE_ACCESS_TOKEN", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"pinata-api-secret":         nrAnchored("PINATA_SECRET_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"pipedream-api-key":         nrAnchored("PIPEDREAM_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"pipedrive-api-token":       nrAnchored("PIPEDRIVE_API_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"pivotaltracker-api-token":  nrAnchored("PIVOTAL_TRACKER_API_TOKEN", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"pixabay-api-key":           nrAnchored("PIXABAY_API_KEY", func(g *fake.Gen) string { return saasDigits(g, 8) + "-" + g.Hex(25) }, func(g *fake.Gen) string { return saasDigits(g, 8) + "-" + g.Hex(12) }),
		"plivo-auth-token":          nrAnchored("PLIVO_AUTH_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(34) }),
		"podio-client-secret":       nrAnchored("PODIO_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"polygon-api-key":           nrAnchored("POLYGON_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"polymarket-api-secret":     nrAnchored("POLYMARKET_API_SECRET", func(g *fake.Gen) string { return b64(string(g.Bytes(32))) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"positionstack-api-key":     nrAnchored("POSITIONSTACK_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"postageapp-api-key":        nrAnchored("POSTAGEAPP_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"powrbot-api-key":           nrAnchored("POWRBOT_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"privacy-api-key":           nrAnchored("PRIVACY_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"prodpad-api-key":           nrAnchored("PRODPAD_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"proxycrawl-api-token":      nrAnchored("PROXYCRAWL_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"pushbullet-access-token":   nrAnchored("PUSHBULLET_ACCESS_TOKEN", func(g *fake.Gen) string { return "o." + g.MixedAlnum(32) }, func(g *fake.Gen) string { return "o." + g.MixedAlnum(20) }),
		"pusher-app-secret":         nrAnchored("PUSHER_APP_SECRET", func(g *fake.Gen) string { return g.Hex(20) }, func(g *fake.Gen) string { return g.Hex(14) }),
		"pushover-api-token":        nrAnchored("PUSHOVER_API_TOKEN", func(g *fake.Gen) string { return g.LowerAlnum(30) }, func(g *fake.Gen) string { return g.LowerAlnum(24) }),
		"purestake-api-key":         nrAnchored("PURESTAKE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"papertrail-api-token":      nrAnchored("PAPERTRAIL_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(15) }),
		"patreon-access-token":      nrAnchored("PATREON_ACCESS_TOKEN", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"particle-access-token":     nrAnchored("PARTICLE_ACCESS_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"qase-api-token":            nrAnchored("QASE_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(30) }),
		"qualaroo-api-key":          nrAnchored("QUALAROO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(40) }),
		"qubole-api-token":          nrAnchored("QUBOLE_API_TOKEN", func(g *fake.Gen) string { return g.LowerAlnum(64) }, func(g *fake.Gen) string { return g.LowerAlnum(58) }),
		"quickbooks-client-secret":  nrAnchored("QUICKBOOKS_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"qiniu-secret-key":          nrAnchored("QINIU_SECRET_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(34) }),
		"railway-api-token":         nrAnchored("RAILWAY_API_TOKEN", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"rainforest-pay-api-key":    nrAnchored("RAINFOREST_API_KEY", func(g *fake.Gen) string { return fake.Join("api", "key_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("api", "key_", g.Hex(40)) }),
		"rapidapi-key":              nrAnchored("X_RAPIDAPI_KEY", func(g *fake.Gen) string { return g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) }, func(g *fake.Gen) string { return g.Hex(30) }),
		"rawg-api-key":              nrAnchored("RAWG_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"razorpay-key-secret":       nrAnchored("RAZORPAY_KEY_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"rebrandly-api-key":         nrAnchored("REBRANDLY_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(24) }),
		"reddit-client-secret":      nrAnchored("REDDIT_CLIENT_SECRET", func(g *fake.Gen) string { return saasURL(g, 30) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"ringcentral-client-secret": nrAnchored("RINGCENTRAL_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"ritekit-client-secret":     nrAnchored("RITEKIT_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(44) }, func(g *fake.Gen) string { return g.Hex(38) }),
		"rocketreach-api-key":       nrAnchored("ROCKETREACH_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(39) }, func(g *fake.Gen) string { return g.LowerAlnum(30) }),
		"rollbar-access-token":      nrAnchored("ROLLBAR_ACCESS_TOKEN", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"route4me-api-key":          nrAnchored("ROUTE4ME_API_KEY", func(g *fake.Gen) string { return upperAlnum(g, 32) }, func(g *fake.Gen) string { return upperAlnum(g, 26) }),
		"rownd-app-secret":          nrAnchored("ROWND_APP_SECRET", func(g *fake.Gen) string { return g.LowerAlnum(48) }, func(g *fake.Gen) string { return g.LowerAlnum(42) }),
		"rapidapi-application-key": nrCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "headers = {\n    \"X-Market-Key\": \"" + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "\",\n}\n"
			},
			func(g *fake.Gen) string {
				return "const options = { key: '" + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "' };\n"
			},
			// the structure alone names RapidAPI (beside a RapidAPI name,
			// rapidapi-key reports it: it supersedes this rule)
			func(g *fake.Gen) string {
				return "MARKET_KEY=" + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "\n"
			},
			func(g *fake.Gen) string {
				return "curl -H 'x-api-host: weather.p.example.com' -H 'x-api-key: " + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "' https://weather.p.example.com/v1\n"
			},
			func(g *fake.Gen) string {
				return "sources:\n  lyrics:\n    token: " + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "key = \"" + g.Hex(10) + "msh" + g.Hex(15) + "jsn" + g.Hex(12) + "\"\n"
			},
			func(g *fake.Gen) string {
				return "id: " + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(20) + "\n"
			},
		}),
		"phpmailer-password": nrCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "<?php\n$mail->isSMTP();\n$mail->Host = 'smtp.example.org';\n$mail->Username = 'noreply@example.org';\n$mail->Password = '" + password(g) + "';\n"
			},
			func(g *fake.Gen) string {
				return "    $mailer->SMTPAuth = true;\n    $mailer->Password   = \"" + g.MixedAlnum(16) + "\";   // SMTP password\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string { return "$mail->Password = getenv('SMTP_PASSWORD');\n" },
			func(g *fake.Gen) string { return "$mail->Password = '$smtpPass';\n" },
			func(g *fake.Gen) string { return "$mail->Password = 'abc';\n" },
		}),
		"psexec-credentials": nrCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "psexec \\\\10.0.3.17 -u CORP\\svc_deploy -p " + password(g) + " cmd /c ipconfig\n"
			},
			func(g *fake.Gen) string {
				return "system(\"PsExec64.exe \\\\\\\\fileserver -u Administrator -p " + g.MixedAlnum(14) + " shutdown -r\");\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string { return "psexec \\\\10.0.3.17 -u CORP\\svc_deploy cmd /c ipconfig\n" },
			func(g *fake.Gen) string { return "psexec \\\\host -u admin -p %ADMIN_PASSWORD% cmd\n" },
		}),
		"react-app-password": nrCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "REACT_APP_API_URL=https://api.example.org\nREACT_APP_ADMIN_PASSWORD=" + password(g) + "\n"
			},
			func(g *fake.Gen) string { return "env:\n  REACT_APP_DB_PASS: \"" + g.MixedAlnum(18) + "\"\n" },
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string { return "REACT_APP_ADMIN_PASSWORD=$ADMIN_PASSWORD\n" },
			func(g *fake.Gen) string { return "REACT_APP_ADMIN_USER=" + g.MixedAlnum(12) + "\n" },
		}),
		"prisma-accelerate-api-key": nrCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "DATABASE_URL=\"" + fake.Join("pri", "sma://") + "accelerate.prisma-data.net/?api_key=" + nrJWTHead() + saasURL(g, 90) + "." + saasURL(g, 43) + "\"\n"
			},
			func(g *fake.Gen) string {
				return "datasource:\n  url: " + fake.Join("pri", "sma+postgres://") + "accelerate.prisma-data.net/?api_key=" + nrJWTHead() + saasURL(g, 120) + "." + saasURL(g, 43) + "\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "DATABASE_URL=" + fake.Join("pri", "sma://") + "accelerate.prisma-data.net/?api_key=__API_KEY__\n"
			},
			func(g *fake.Gen) string {
				return "DATABASE_URL=" + fake.Join("pri", "sma://") + "accelerate.prisma-data.net/?api_key=" + g.MixedAlnum(20) + "\n"
			},
		}),
		"ory-api-key": nrPrefixed("ORY_API_KEY", func(g *fake.Gen) string { return fake.Join("or", "y_pat_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("or", "y_pat_", g.MixedAlnum(12)) }),
		"quicknode-endpoint-token": nrCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "RPC_URL=https://" + g.LowerAlnum(10) + "-" + g.LowerAlnum(8) + ".solana-mainnet" + fake.Join(".quik", "node.pro/") + g.Hex(40) + "/\n"
			},
			func(g *fake.Gen) string {
				return "const provider = new JsonRpcProvider(\"https://" + g.LowerAlnum(12) + fake.Join(".quik", "node.pro/") + g.Hex(40) + "\");\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "RPC_URL=https://docs" + fake.Join(".quik", "node.pro/") + "guides/\n"
			},
			func(g *fake.Gen) string {
				return "RPC_URL=https://" + g.LowerAlnum(12) + fake.Join(".quik", "node.pro/") + g.Hex(20) + "/\n"
			},
		}),
		"resend-api-key":             nrLine("RESEND_API_KEY", func(g *fake.Gen) string { return fake.Join("r", "e_", g.MixedAlnum(8), "_", g.MixedAlnum(24)) }, func(g *fake.Gen) string { return fake.Join("r", "e_", g.MixedAlnum(8)) }),
		"rancher-api-token":          nrAnchored("RANCHER_TOKEN", func(g *fake.Gen) string { return fake.Join("tok", "en-", g.LowerAlnum(5), ":", g.LowerAlnum(54)) }, func(g *fake.Gen) string { return g.LowerAlnum(40) }),
		"quay-robot-token":           nrAnchored("QUAY_ROBOT_TOKEN", func(g *fake.Gen) string { return upperAlnum(g, 64) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"qualtrics-api-token":        nrAnchored("QUALTRICS_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"recurly-api-key":            nrAnchored("RECURLY_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"nango-secret-key":           nrAnchored("NANGO_SECRET_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"pendo-integration-key":      nrAnchored("PENDO_INTEGRATION_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(12) }),
		"pangea-token":               nrPrefixed("PANGEA_TOKEN", func(g *fake.Gen) string { return fake.Join("pt", "s_", strings.ToLower(g.String(fake.Base32, 32))) }, func(g *fake.Gen) string { return fake.Join("pt", "s_", strings.ToLower(g.String(fake.Base32, 20))) }),
		"paperspace-api-key":         nrAnchored("PAPERSPACE_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(20) }),
		"prime-intellect-api-key":    nrAnchored("PRIME_INTELLECT_API_KEY", func(g *fake.Gen) string { return saasURL(g, 48) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"northflank-api-token":       nrAnchored("NORTHFLANK_API_TOKEN", func(g *fake.Gen) string { return nrJWTHead() + saasURL(g, 100) + "." + saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"qovery-api-token":           nrAnchored("QOVERY_API_TOKEN", func(g *fake.Gen) string { return fake.Join("qo", "v_", saasURL(g, 64)) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"nlpcloud-api-token":         nrAnchored("NLPCLOUD_API_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"runware-api-key":            nrAnchored("RUNWARE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"removebg-api-key":           nrAnchored("REMOVEBG_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"raygun-api-key":             nrAnchored("RAYGUN_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(14) }),
		"pdflayer-api-key":           nrAnchored("PDFLAYER_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"poloniex-api-secret":        nrAnchored("POLONIEX_API_SECRET", func(g *fake.Gen) string { return g.Hex(128) }, func(g *fake.Gen) string { return g.Hex(122) }),
		"planyo-api-key":             nrAnchored("PLANYO_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(62) }, func(g *fake.Gen) string { return g.LowerAlnum(56) }),
		"reachmail-api-token":        nrAnchored("REACHMAIL_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(58) }),
		"replyio-api-key":            nrAnchored("REPLYIO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"restpack-api-token":         nrAnchored("RESTPACK_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(43) }),
		"runrunit-app-key":           nrAnchored("RUNRUNIT_APP_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"planview-leankit-api-token": nrAnchored("LEANKIT_API_TOKEN", func(g *fake.Gen) string { return g.Hex(128) }, func(g *fake.Gen) string { return g.Hex(122) }),
		"pollsapi-api-key":           nrAnchored("POLLSAPI_API_KEY", func(g *fake.Gen) string { return upperAlnum(g, 28) }, func(g *fake.Gen) string { return upperAlnum(g, 22) }),
		"paydirt-api-key":            nrAnchored("PAYDIRT_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"nethunt-api-key":            nrAnchored("NETHUNT_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(20) }),
		"revampcrm-api-key":          nrAnchored("REVAMPCRM_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"roaring-client-secret":      nrAnchored("ROARING_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(28) }, func(g *fake.Gen) string { return g.MixedAlnum(22) }),
		"requestfinance-api-key": nrAnchored("REQUESTFINANCE_API_KEY", func(g *fake.Gen) string {
			return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7)
		}, func(g *fake.Gen) string { return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) }),
		"redhat-pyxis-api-key":  nrAnchored("PYXIS_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"refiner-api-key":       nrAnchored("REFINER_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"postbacks-api-key":     nrAnchored("POSTBACKS_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"openvpn-client-secret": nrAnchored("OPENVPN_CLIENT_SECRET", func(g *fake.Gen) string { return saasURL(g, 64) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"patronus-api-key":      nrAnchored("PATRONUS_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"poe-api-key":           nrAnchored("POE_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"pika-api-key":          nrAnchored("PIKA_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"pixverse-api-key":      nrAnchored("PIXVERSE_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"openlayer-api-key":     nrAnchored("OPENLAYER_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"orq-api-key":           nrAnchored("ORQ_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"requesty-api-key":      nrAnchored("REQUESTY_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"relevanceai-api-key":   nrAnchored("RELEVANCE_AI_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"reducto-api-key":       nrAnchored("REDUCTO_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"rime-api-key":          nrAnchored("RIME_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"oxylabs-password":      nrAnchored("OXYLABS_PASSWORD", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"outscraper-api-key":    nrAnchored("OUTSCRAPER_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"parallel-api-key":      nrAnchored("PARALLEL_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"perigon-api-key":       nrAnchored("PERIGON_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"parea-api-key":         nrAnchored("PAREA_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"pezzo-api-key":         nrAnchored("PEZZO_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"openwebui-api-key":     nrAnchored("OPENWEBUI_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"retool-api-token":      nrAnchored("RETOOL_API_TOKEN", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"readwise-access-token": nrAnchored("READWISE_ACCESS_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(50) }, func(g *fake.Gen) string { return g.MixedAlnum(45) }),
		"opslevel-api-token":    nrAnchored("OPSLEVEL_API_TOKEN", func(g *fake.Gen) string { return saasURL(g, 40) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"porkbun-api-key":       nrPrefixed("PORKBUN_SECRET_API_KEY", func(g *fake.Gen) string { return fake.Join("s", "k1_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("s", "k1_", g.Hex(40)) }),
		"revenuecat-secret-key": nrAnchored("REVENUECAT_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(16)) }),
		"namecheap-api-key":     nrAnchored("NAMECHEAP_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"nowpayments-api-key": nrAnchored("NOWPAYMENTS_API_KEY", func(g *fake.Gen) string {
			return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7)
		}, func(g *fake.Gen) string { return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) }),
		"openexchangerates-app-id": nrAnchored("OPEN_EXCHANGE_RATES_APP_ID", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"opensea-api-key":          nrAnchored("OPENSEA_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"okx-api-secret":           nrAnchored("OKX_SECRET_KEY", func(g *fake.Gen) string { return strings.ToUpper(g.Hex(32)) }, func(g *fake.Gen) string { return strings.ToUpper(g.Hex(20)) }),
		"pantheon-machine-token":   nrAnchored("TERMINUS_MACHINE_TOKEN", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"platformsh-api-token":     nrAnchored("PLATFORMSH_CLI_TOKEN", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"printful-api-token":       nrAnchored("PRINTFUL_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"productboard-api-token":   nrAnchored("PRODUCTBOARD_API_TOKEN", func(g *fake.Gen) string { return nrJWTHead() + saasURL(g, 100) + "." + saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 40) }),
	}
}
