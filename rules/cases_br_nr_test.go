package rules_test

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// brValue makes one value of a rule's format, or a near miss of it.
type brValue func(g *fake.Gen) string

// brKebab turns SNAKE_CASE into kebab-case for CLI flags.
func brKebab(env string) string { return strings.ReplaceAll(strings.ToLower(env), "_", "-") }

// brAnchored builds the cases of a keyword-anchored rule: the value assigned
// to the provider's setting in several file formats, as a CLI flag and in
// JSON; negatives with a near-miss value, the value under an unrelated
// name, and a placeholder.
func brAnchored(env string, good, bad brValue) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		v := good(g)
		return ruleCases{
			Positives: []string{
				saasAssign(g, env, v),
				"./deploy.sh --" + brKebab(env) + "=" + good(g) + " --verbose\n",
				"{\n  \"" + saasCamel(env) + "\": \"" + good(g) + "\"\n}\n",
			},
			Negatives: []string{
				saasAssign(g, env, bad(g)),
				"SERVICE_TOKEN=" + v + "\n",
				saasAssign(g, env, "your-"+brKebab(env)+"-here"),
			},
		}
	}
}

// brPrefixed builds the cases of a rule whose token carries a prefix: the
// token in a settings file and in an HTTP header; negatives with a
// near-miss token and a placeholder.
func brPrefixed(env string, good, bad brValue) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		return ruleCases{
			Positives: []string{
				saasAssign(g, env, good(g)),
				"curl -s -H \"Authorization: Bearer " + good(g) + "\" \"$API_URL/v1/me\"\n",
			},
			Negatives: []string{
				saasAssign(g, env, bad(g)),
				env + "=your-" + brKebab(env) + "-here\n",
			},
		}
	}
}

// brLine builds the cases of a rule whose token must share a line with the
// provider's name: the token in a settings file and in JSON; negatives
// with a near-miss token and the token with no provider on its line.
func brLine(env string, good, bad brValue) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		return ruleCases{
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

// brJWTHead is the encoded header of an HS256 JWT and its dot, spelled in
// pieces so that this file holds no token shape.
func brJWTHead() string { return fake.Join("eyJhbGciOiJIUzI1NiIs", "InR5cCI6IkpXVCJ9.") }

// brCustom builds cases from fixed positive and negative templates.
func brCustom(pos, neg []func(g *fake.Gen) string) caseBuilder {
	return func(g *fake.Gen) ruleCases {
		var c ruleCases
		for _, p := range pos {
			c.Positives = append(c.Positives, p(g))
		}
		for _, n := range neg {
			c.Negatives = append(c.Negatives, n(g))
		}
		return c
	}
}

// brNRCases are the generated cases of the provider rules for names N-R
// (rules.d/br-nr.toml).
func brNRCases() map[string]caseBuilder {
	return map[string]caseBuilder{
		"neptune-api-token": brPrefixed("NEPTUNE_API_TOKEN", func(g *fake.Gen) string {
			return b64(`{"api_address":"https://app.neptune.ai","api_url":"https://app.neptune.ai","api_key":"` + g.UUID() + `"}`)
		}, func(g *fake.Gen) string { return b64(`{"api_address":"x"}`) }),
		"runway-api-key":            brLine("RUNWAYML_API_SECRET", func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(128)) }, func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(100)) }),
		"openpipe-api-key":          brPrefixed("OPENPIPE_API_KEY", func(g *fake.Gen) string { return fake.Join("op", "k_", g.MixedAlnum(40)) }, func(g *fake.Gen) string { return fake.Join("op", "k_", g.MixedAlnum(20)) }),
		"promptlayer-api-key":       brLine("PROMPTLAYER_API_KEY", func(g *fake.Gen) string { return fake.Join("p", "l_", g.Hex(32)) }, func(g *fake.Gen) string { return fake.Join("p", "l_", g.Hex(24)) }),
		"nomic-api-key":             brLine("NOMIC_API_KEY", func(g *fake.Gen) string { return fake.Join("n", "k-", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return fake.Join("n", "k-", g.MixedAlnum(30)) }),
		"retell-api-key":            brLine("RETELL_API_KEY", func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(28)) }, func(g *fake.Gen) string { return fake.Join("ke", "y_", g.Hex(16)) }),
		"nightfall-api-key":         brLine("NIGHTFALL_API_KEY", func(g *fake.Gen) string { return fake.Join("N", "F-", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("N", "F-", g.MixedAlnum(20)) }),
		"runpod-api-key":            brPrefixed("RUNPOD_API_KEY", func(g *fake.Gen) string { return fake.Join("rp", "a_", upperAlnum(g, 40), g.MixedAlnum(6)) }, func(g *fake.Gen) string { return fake.Join("rp", "a_", upperAlnum(g, 36)) }),
		"photoroom-api-key":         brPrefixed("PHOTOROOM_API_KEY", func(g *fake.Gen) string { return fake.Join("sk", "_pr_", g.LowerAlnum(8), "_", g.Hex(40)) }, func(g *fake.Gen) string { return fake.Join("sk", "_pr_", g.LowerAlnum(8), "_", g.Hex(30)) }),
		"ollama-api-key":            brAnchored("OLLAMA_API_KEY", func(g *fake.Gen) string { return g.Hex(32) + "." + g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.Hex(32) + "." + g.MixedAlnum(12) }),
		"ngc-api-key":               brAnchored("NGC_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(84) }, func(g *fake.Gen) string { return g.MixedAlnum(60) }),
		"novita-api-key":            brAnchored("NOVITA_API_KEY", func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"nebius-api-key":            brAnchored("NEBIUS_API_KEY", func(g *fake.Gen) string { return brJWTHead() + saasURL(g, 120) + "." + saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 40) }),
		"portkey-api-key":           brAnchored("PORTKEY_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"playht-api-key":            brAnchored("PLAYHT_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"revai-access-token":        brAnchored("REVAI_ACCESS_TOKEN", func(g *fake.Gen) string { return saasURL(g, 60) }, func(g *fake.Gen) string { return saasURL(g, 24) }),
		"opik-api-key":              brAnchored("OPIK_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(30) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"predibase-api-key":         brAnchored("PREDIBASE_API_TOKEN", func(g *fake.Gen) string { return fake.Join("p", "b_", saasURL(g, 22)) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"roboflow-api-key":          brAnchored("ROBOFLOW_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(15) }),
		"resemble-api-key":          brAnchored("RESEMBLE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"recraft-api-key":           brAnchored("RECRAFT_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(55) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"reka-api-key":              brAnchored("REKA_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(28) }),
		"privateai-api-key":         brAnchored("PRIVATE_AI_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"ragie-api-key":             brAnchored("RAGIE_API_KEY", func(g *fake.Gen) string { return fake.Join("tn", "t_", g.MixedAlnum(11), "_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"neon-api-key":              brPrefixed("NEON_API_KEY", func(g *fake.Gen) string { return fake.Join("na", "pi_", g.MixedAlnum(64)) }, func(g *fake.Gen) string { return fake.Join("na", "pi_", g.MixedAlnum(40)) }),
		"newrelic-browser-key":      brPrefixed("NEW_RELIC_BROWSER_KEY", func(g *fake.Gen) string { return fake.Join("NR", "BR-", g.Hex(19)) }, func(g *fake.Gen) string { return fake.Join("NR", "BR-", g.Hex(12)) }),
		"newrelic-mobile-app-token": brPrefixed("NEW_RELIC_MOBILE_TOKEN", func(g *fake.Gen) string { return fake.Join("A", "A", g.Hex(40), "-NR", "MA") }, func(g *fake.Gen) string { return fake.Join("A", "A", g.Hex(30), "-NR", "MA") }),
		"ngrok-authtoken":           brLine("NGROK_AUTHTOKEN", func(g *fake.Gen) string { return fake.Join("2", g.MixedAlnum(26), "_", g.MixedAlnum(21)) }, func(g *fake.Gen) string { return fake.Join("2", g.MixedAlnum(26), "_", g.MixedAlnum(9)) }),
		"onesignal-api-key": brPrefixed("ONESIGNAL_REST_API_KEY", func(g *fake.Gen) string {
			return fake.Join("os", "_v2_", "app_", strings.ToLower(g.String(fake.Base32, 103)))
		}, func(g *fake.Gen) string {
			return fake.Join("os", "_v2_", "app_", strings.ToLower(g.String(fake.Base32, 60)))
		}),
		"onesignal-legacy-api-key": brAnchored("ONESIGNAL_REST_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(36) }),
		"onfido-api-token":         brPrefixed("ONFIDO_API_TOKEN", func(g *fake.Gen) string { return fake.Join("api", "_live.", saasURL(g, 11), ".", saasURL(g, 32)) }, func(g *fake.Gen) string { return fake.Join("api", "_live.", saasURL(g, 11)) }),
		"openshift-user-token":     brPrefixed("OPENSHIFT_TOKEN", func(g *fake.Gen) string { return fake.Join("sha", "256~", saasURL(g, 43)) }, func(g *fake.Gen) string { return fake.Join("sha", "256~", saasURL(g, 30)) }),
		"octopus-deploy-api-key":   brLine("OCTOPUS_API_KEY", func(g *fake.Gen) string { return fake.Join("AP", "I-", upperAlnum(g, 30)) }, func(g *fake.Gen) string { return fake.Join("AP", "I-", upperAlnum(g, 16)) }),
		"paddle-api-key": brPrefixed("PADDLE_API_KEY", func(g *fake.Gen) string {
			return fake.Join("pdl", "_live_", "apikey_", g.LowerAlnum(26), "_", g.MixedAlnum(22), "_", g.MixedAlnum(3))
		}, func(g *fake.Gen) string { return fake.Join("pdl", "_live_", "apikey_", g.LowerAlnum(26)) }),
		"pagarme-api-key":           brPrefixed("PAGARME_API_KEY", func(g *fake.Gen) string { return fake.Join("ak", "_live_", g.MixedAlnum(30)) }, func(g *fake.Gen) string { return fake.Join("ak", "_live_", g.MixedAlnum(20)) }),
		"paystack-secret-key":       brPrefixed("PAYSTACK_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.Hex(40)) }, func(g *fake.Gen) string { return fake.Join("sk", "_live_", g.Hex(30)) }),
		"persona-api-key":           brPrefixed("PERSONA_API_KEY", func(g *fake.Gen) string { return fake.Join("persona", "_production_", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("persona", "_production_", g.Hex(8)) }),
		"pinterest-access-token":    brPrefixed("PINTEREST_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("pi", "na_", upperAlnum(g, 120)) }, func(g *fake.Gen) string { return fake.Join("pi", "na_", upperAlnum(g, 20)) }),
		"plaid-access-token":        brPrefixed("PLAID_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("access", "-production-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("access", "-production-", g.Hex(8)) }),
		"plaid-secret":              brAnchored("PLAID_SECRET", func(g *fake.Gen) string { return g.Hex(30) }, func(g *fake.Gen) string { return g.Hex(24) }),
		"polar-access-token":        brPrefixed("POLAR_ACCESS_TOKEN", func(g *fake.Gen) string { return fake.Join("polar", "_oat_", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return fake.Join("polar", "_oat_", g.MixedAlnum(12)) }),
		"posthog-personal-api-key":  brPrefixed("POSTHOG_PERSONAL_API_KEY", func(g *fake.Gen) string { return fake.Join("ph", "x_", g.MixedAlnum(47)) }, func(g *fake.Gen) string { return fake.Join("ph", "x_", g.MixedAlnum(30)) }),
		"posthog-project-api-key":   brPrefixed("POSTHOG_PROJECT_API_KEY", func(g *fake.Gen) string { return fake.Join("ph", "c_", g.MixedAlnum(43)) }, func(g *fake.Gen) string { return fake.Join("ph", "c_", g.MixedAlnum(30)) }),
		"prefect-api-key":           brPrefixed("PREFECT_API_KEY", func(g *fake.Gen) string { return fake.Join("pn", "u_", g.MixedAlnum(36)) }, func(g *fake.Gen) string { return fake.Join("pn", "u_", g.MixedAlnum(26)) }),
		"pubnub-secret-key":         brPrefixed("PUBNUB_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("se", "c-c-", b64(g.UUID())) }, func(g *fake.Gen) string { return fake.Join("se", "c-c-", g.MixedAlnum(20)) }),
		"pubnub-publish-key":        brPrefixed("PUBNUB_PUBLISH_KEY", func(g *fake.Gen) string { return fake.Join("pu", "b-c-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("pu", "b-c-", g.Hex(8)) }),
		"pganalyze-api-key":         brPrefixed("PGA_API_KEY", func(g *fake.Gen) string { return fake.Join("pg", "ar_", g.MixedAlnum(27)) }, func(g *fake.Gen) string { return fake.Join("pg", "ar_", g.MixedAlnum(20)) }),
		"portainer-access-token":    brPrefixed("PORTAINER_API_TOKEN", func(g *fake.Gen) string { return fake.Join("pt", "r_", b64(string(g.Bytes(32)))) }, func(g *fake.Gen) string { return fake.Join("pt", "r_", b64(string(g.Bytes(20)))) }),
		"rootly-api-key":            brPrefixed("ROOTLY_API_TOKEN", func(g *fake.Gen) string { return fake.Join("roo", "tly_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("roo", "tly_", g.Hex(40)) }),
		"ramp-client-secret":        brPrefixed("RAMP_CLIENT_SECRET", func(g *fake.Gen) string { return fake.Join("ramp", "_sec_", g.MixedAlnum(48)) }, func(g *fake.Gen) string { return fake.Join("ramp", "_sec_", g.MixedAlnum(30)) }),
		"readme-api-key":            brPrefixed("README_API_KEY", func(g *fake.Gen) string { return fake.Join("rd", "me_", g.LowerAlnum(70)) }, func(g *fake.Gen) string { return fake.Join("rd", "me_", g.LowerAlnum(40)) }),
		"redirect-pizza-api-token":  brPrefixed("REDIRECT_PIZZA_TOKEN", func(g *fake.Gen) string { return fake.Join("rp", "a_", g.MixedAlnum(30)) }, func(g *fake.Gen) string { return fake.Join("rp", "a_", g.MixedAlnum(20)) }),
		"render-api-key":            brPrefixed("RENDER_API_KEY", func(g *fake.Gen) string { return fake.Join("rn", "d_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("rn", "d_", g.MixedAlnum(20)) }),
		"robinhood-crypto-api-key":  brPrefixed("ROBINHOOD_API_KEY", func(g *fake.Gen) string { return fake.Join("rh", "-api-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("rh", "-api-", g.Hex(8)) }),
		"recharge-api-key":          brPrefixed("RECHARGE_API_TOKEN", func(g *fake.Gen) string { return fake.Join("sk", "_2x", "2_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("sk", "_2x", "2_", g.Hex(40)) }),
		"riot-games-api-key":        brPrefixed("RIOT_API_KEY", func(g *fake.Gen) string { return fake.Join("RG", "API-", g.UUID()) }, func(g *fake.Gen) string { return fake.Join("RG", "API-", g.Hex(8)) }),
		"nylas-api-key":             brPrefixed("NYLAS_API_KEY", func(g *fake.Gen) string { return fake.Join("ny", "k_v0_", g.MixedAlnum(48)) }, func(g *fake.Gen) string { return fake.Join("ny", "k_v0_", g.MixedAlnum(20)) }),
		"nasdaq-data-link-api-key":  brAnchored("NASDAQ_DATA_LINK_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(14) }),
		"netsuite-token-secret":     brAnchored("NETSUITE_TOKEN_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(59) }),
		"neutrinoapi-api-key":       brAnchored("NEUTRINO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(43) }),
		"newsapi-api-key":           brAnchored("NEWS_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"newscatcher-api-key":       brAnchored("NEWSCATCHER_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"nexmo-api-secret":          brAnchored("NEXMO_API_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(16) }, func(g *fake.Gen) string { return g.MixedAlnum(11) }),
		"nftport-api-key":           brAnchored("NFTPORT_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"nicereply-api-key":         brAnchored("NICEREPLY_API_KEY", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"nimble-api-token":          brAnchored("NIMBLE_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(30) }, func(g *fake.Gen) string { return g.MixedAlnum(25) }),
		"noticeable-api-key":        brAnchored("NOTICEABLE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(15) }),
		"numverify-api-key":         brAnchored("NUMVERIFY_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"nutritionix-api-key":       brAnchored("NUTRITIONIX_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"nylas-legacy-token":        brAnchored("NYLAS_ACCESS_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(30) }, func(g *fake.Gen) string { return g.MixedAlnum(25) }),
		"nytimes-api-key":           brAnchored("NYTIMES_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"nasa-api-key":              brAnchored("NASA_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"oanda-api-token":           brAnchored("OANDA_API_TOKEN", func(g *fake.Gen) string { return g.Hex(32) + "-" + g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(32) }),
		"omnisend-api-key":          brAnchored("OMNISEND_API_KEY", func(g *fake.Gen) string { return g.Hex(24) + "-" + g.MixedAlnum(50) }, func(g *fake.Gen) string { return g.Hex(24) + "-" + g.MixedAlnum(20) }),
		"onelogin-client-secret":    brAnchored("ONELOGIN_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"onepagecrm-api-key":        brAnchored("ONEPAGECRM_API_KEY", func(g *fake.Gen) string { return b64(string(g.Bytes(32))) }, func(g *fake.Gen) string { return b64(string(g.Bytes(20))) }),
		"onfleet-api-key":           brAnchored("ONFLEET_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"oopspam-api-key":           brAnchored("OOPSPAM_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"opencage-api-key":          brAnchored("OPENCAGE_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"openuv-api-key":            brAnchored("OPENUV_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"openweather-api-key":       brAnchored("OPENWEATHER_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"opsgenie-api-key":          brAnchored("OPSGENIE_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"optimizely-api-token":      brAnchored("OPTIMIZELY_API_TOKEN", func(g *fake.Gen) string { return "2:" + saasURL(g, 52) }, func(g *fake.Gen) string { return "2:" + saasURL(g, 20) }),
		"overloop-api-key":          brAnchored("OVERLOOP_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(50) }, func(g *fake.Gen) string { return g.MixedAlnum(44) }),
		"owlbot-api-token":          brAnchored("OWLBOT_API_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"ovh-api-secret":            brAnchored("OVH_APPLICATION_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"packagecloud-api-token":    brAnchored("PACKAGECLOUD_TOKEN", func(g *fake.Gen) string { return g.Hex(48) }, func(g *fake.Gen) string { return g.Hex(42) }),
		"pandadoc-api-key":          brAnchored("PANDADOC_API_KEY", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"pandascore-api-token":      brAnchored("PANDASCORE_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(51) }, func(g *fake.Gen) string { return g.MixedAlnum(45) }),
		"paralleldots-api-key":      brAnchored("PARALLELDOTS_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(43) }, func(g *fake.Gen) string { return g.MixedAlnum(38) }),
		"parseur-api-key":           brAnchored("PARSEUR_API_KEY", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"partnerstack-api-key":      brAnchored("PARTNERSTACK_SECRET_KEY", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(59) }),
		"pastebin-api-key":          brAnchored("PASTEBIN_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"paymongo-secret-key":       brAnchored("PAYMONGO_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("s", "k_live_", g.MixedAlnum(24)) }, func(g *fake.Gen) string { return fake.Join("s", "k_live_", g.MixedAlnum(14)) }),
		"paymo-api-key":             brAnchored("PAYMO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(44) }, func(g *fake.Gen) string { return g.MixedAlnum(39) }),
		"pdfshift-api-key":          brAnchored("PDFSHIFT_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(24) }),
		"peopledatalabs-api-key":    brAnchored("PEOPLEDATALABS_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"pepipost-api-key":          brAnchored("PEPIPOST_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"percy-token":               brAnchored("PERCY_TOKEN", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(40) }),
		"phrase-access-token":       brAnchored("PHRASE_ACCESS_TOKEN", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"pinata-api-secret":         brAnchored("PINATA_SECRET_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"pipedream-api-key":         brAnchored("PIPEDREAM_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"pipedrive-api-token":       brAnchored("PIPEDRIVE_API_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"pivotaltracker-api-token":  brAnchored("PIVOTAL_TRACKER_API_TOKEN", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"pixabay-api-key":           brAnchored("PIXABAY_API_KEY", func(g *fake.Gen) string { return saasDigits(g, 8) + "-" + g.Hex(25) }, func(g *fake.Gen) string { return saasDigits(g, 8) + "-" + g.Hex(12) }),
		"plivo-auth-token":          brAnchored("PLIVO_AUTH_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(34) }),
		"podio-client-secret":       brAnchored("PODIO_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"polygon-api-key":           brAnchored("POLYGON_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"polymarket-api-secret":     brAnchored("POLYMARKET_API_SECRET", func(g *fake.Gen) string { return b64(string(g.Bytes(32))) }, func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"positionstack-api-key":     brAnchored("POSITIONSTACK_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"postageapp-api-key":        brAnchored("POSTAGEAPP_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"powrbot-api-key":           brAnchored("POWRBOT_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"privacy-api-key":           brAnchored("PRIVACY_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"prodpad-api-key":           brAnchored("PRODPAD_API_KEY", func(g *fake.Gen) string { return g.Hex(64) }, func(g *fake.Gen) string { return g.Hex(58) }),
		"proxycrawl-api-token":      brAnchored("PROXYCRAWL_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"pushbullet-access-token":   brAnchored("PUSHBULLET_ACCESS_TOKEN", func(g *fake.Gen) string { return "o." + g.MixedAlnum(32) }, func(g *fake.Gen) string { return "o." + g.MixedAlnum(20) }),
		"pusher-app-secret":         brAnchored("PUSHER_APP_SECRET", func(g *fake.Gen) string { return g.Hex(20) }, func(g *fake.Gen) string { return g.Hex(14) }),
		"pushover-api-token":        brAnchored("PUSHOVER_API_TOKEN", func(g *fake.Gen) string { return g.LowerAlnum(30) }, func(g *fake.Gen) string { return g.LowerAlnum(24) }),
		"purestake-api-key":         brAnchored("PURESTAKE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"papertrail-api-token":      brAnchored("PAPERTRAIL_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(20) }, func(g *fake.Gen) string { return g.MixedAlnum(15) }),
		"patreon-access-token":      brAnchored("PATREON_ACCESS_TOKEN", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"particle-access-token":     brAnchored("PARTICLE_ACCESS_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"qase-api-token":            brAnchored("QASE_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(30) }),
		"qualaroo-api-key":          brAnchored("QUALAROO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(40) }),
		"qubole-api-token":          brAnchored("QUBOLE_API_TOKEN", func(g *fake.Gen) string { return g.LowerAlnum(64) }, func(g *fake.Gen) string { return g.LowerAlnum(58) }),
		"quickbooks-client-secret":  brAnchored("QUICKBOOKS_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"qiniu-secret-key":          brAnchored("QINIU_SECRET_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(34) }),
		"railway-api-token":         brAnchored("RAILWAY_API_TOKEN", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"rainforest-pay-api-key":    brAnchored("RAINFOREST_API_KEY", func(g *fake.Gen) string { return fake.Join("api", "key_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("api", "key_", g.Hex(40)) }),
		"rapidapi-key":              brAnchored("X_RAPIDAPI_KEY", func(g *fake.Gen) string { return g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) }, func(g *fake.Gen) string { return g.Hex(30) }),
		"rawg-api-key":              brAnchored("RAWG_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"razorpay-key-secret":       brAnchored("RAZORPAY_KEY_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"rebrandly-api-key":         brAnchored("REBRANDLY_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(24) }),
		"reddit-client-secret":      brAnchored("REDDIT_CLIENT_SECRET", func(g *fake.Gen) string { return saasURL(g, 30) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"ringcentral-client-secret": brAnchored("RINGCENTRAL_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"ritekit-client-secret":     brAnchored("RITEKIT_CLIENT_SECRET", func(g *fake.Gen) string { return g.Hex(44) }, func(g *fake.Gen) string { return g.Hex(38) }),
		"rocketreach-api-key":       brAnchored("ROCKETREACH_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(39) }, func(g *fake.Gen) string { return g.LowerAlnum(30) }),
		"rollbar-access-token":      brAnchored("ROLLBAR_ACCESS_TOKEN", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"route4me-api-key":          brAnchored("ROUTE4ME_API_KEY", func(g *fake.Gen) string { return upperAlnum(g, 32) }, func(g *fake.Gen) string { return upperAlnum(g, 26) }),
		"rownd-app-secret":          brAnchored("ROWND_APP_SECRET", func(g *fake.Gen) string { return g.LowerAlnum(48) }, func(g *fake.Gen) string { return g.LowerAlnum(42) }),
		"rapidapi-application-key": brCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "headers = {\n    \"X-RapidAPI-Key\": \"" + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "\",\n}\n"
			},
			func(g *fake.Gen) string {
				return "const options = { key: '" + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(12) + "' };\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "key = \"" + g.Hex(10) + "msh" + g.Hex(15) + "jsn" + g.Hex(12) + "\"\n"
			},
			func(g *fake.Gen) string {
				return "id: " + g.Hex(10) + "msh" + g.Hex(15) + "p" + g.Hex(6) + "jsn" + g.Hex(20) + "\n"
			},
		}),
		"phpmailer-password": brCustom([]func(g *fake.Gen) string{
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
		"psexec-credentials": brCustom([]func(g *fake.Gen) string{
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
		"react-app-password": brCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "REACT_APP_API_URL=https://api.example.org\nREACT_APP_ADMIN_PASSWORD=" + password(g) + "\n"
			},
			func(g *fake.Gen) string { return "env:\n  REACT_APP_DB_PASS: \"" + g.MixedAlnum(18) + "\"\n" },
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string { return "REACT_APP_ADMIN_PASSWORD=$ADMIN_PASSWORD\n" },
			func(g *fake.Gen) string { return "REACT_APP_ADMIN_USER=" + g.MixedAlnum(12) + "\n" },
		}),
		"prisma-accelerate-api-key": brCustom([]func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "DATABASE_URL=\"" + fake.Join("pri", "sma://") + "accelerate.prisma-data.net/?api_key=" + brJWTHead() + saasURL(g, 90) + "." + saasURL(g, 43) + "\"\n"
			},
			func(g *fake.Gen) string {
				return "datasource:\n  url: " + fake.Join("pri", "sma+postgres://") + "accelerate.prisma-data.net/?api_key=" + brJWTHead() + saasURL(g, 120) + "." + saasURL(g, 43) + "\n"
			},
		}, []func(g *fake.Gen) string{
			func(g *fake.Gen) string {
				return "DATABASE_URL=" + fake.Join("pri", "sma://") + "accelerate.prisma-data.net/?api_key=__API_KEY__\n"
			},
			func(g *fake.Gen) string {
				return "DATABASE_URL=" + fake.Join("pri", "sma://") + "accelerate.prisma-data.net/?api_key=" + g.MixedAlnum(20) + "\n"
			},
		}),
		"ory-api-key": brPrefixed("ORY_API_KEY", func(g *fake.Gen) string { return fake.Join("or", "y_pat_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("or", "y_pat_", g.MixedAlnum(12)) }),
		"quicknode-endpoint-token": brCustom([]func(g *fake.Gen) string{
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
		"resend-api-key":             brLine("RESEND_API_KEY", func(g *fake.Gen) string { return fake.Join("r", "e_", g.MixedAlnum(8), "_", g.MixedAlnum(24)) }, func(g *fake.Gen) string { return fake.Join("r", "e_", g.MixedAlnum(8)) }),
		"rancher-api-token":          brAnchored("RANCHER_TOKEN", func(g *fake.Gen) string { return fake.Join("tok", "en-", g.LowerAlnum(5), ":", g.LowerAlnum(54)) }, func(g *fake.Gen) string { return g.LowerAlnum(40) }),
		"quay-robot-token":           brAnchored("QUAY_ROBOT_TOKEN", func(g *fake.Gen) string { return upperAlnum(g, 64) }, func(g *fake.Gen) string { return upperAlnum(g, 30) }),
		"qualtrics-api-token":        brAnchored("QUALTRICS_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"recurly-api-key":            brAnchored("RECURLY_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"nango-secret-key":           brAnchored("NANGO_SECRET_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"pendo-integration-key":      brAnchored("PENDO_INTEGRATION_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(12) }),
		"pangea-token":               brPrefixed("PANGEA_TOKEN", func(g *fake.Gen) string { return fake.Join("pt", "s_", strings.ToLower(g.String(fake.Base32, 32))) }, func(g *fake.Gen) string { return fake.Join("pt", "s_", strings.ToLower(g.String(fake.Base32, 20))) }),
		"paperspace-api-key":         brAnchored("PAPERSPACE_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(20) }),
		"prime-intellect-api-key":    brAnchored("PRIME_INTELLECT_API_KEY", func(g *fake.Gen) string { return saasURL(g, 48) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"northflank-api-token":       brAnchored("NORTHFLANK_API_TOKEN", func(g *fake.Gen) string { return brJWTHead() + saasURL(g, 100) + "." + saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"qovery-api-token":           brAnchored("QOVERY_API_TOKEN", func(g *fake.Gen) string { return fake.Join("qo", "v_", saasURL(g, 64)) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"nlpcloud-api-token":         brAnchored("NLPCLOUD_API_TOKEN", func(g *fake.Gen) string { return g.Hex(40) }, func(g *fake.Gen) string { return g.Hex(34) }),
		"runware-api-key":            brAnchored("RUNWARE_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(32) }, func(g *fake.Gen) string { return g.MixedAlnum(27) }),
		"removebg-api-key":           brAnchored("REMOVEBG_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"raygun-api-key":             brAnchored("RAYGUN_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(22) }, func(g *fake.Gen) string { return g.MixedAlnum(14) }),
		"pdflayer-api-key":           brAnchored("PDFLAYER_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"poloniex-api-secret":        brAnchored("POLONIEX_API_SECRET", func(g *fake.Gen) string { return g.Hex(128) }, func(g *fake.Gen) string { return g.Hex(122) }),
		"planyo-api-key":             brAnchored("PLANYO_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(62) }, func(g *fake.Gen) string { return g.LowerAlnum(56) }),
		"reachmail-api-token":        brAnchored("REACHMAIL_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(64) }, func(g *fake.Gen) string { return g.MixedAlnum(58) }),
		"replyio-api-key":            brAnchored("REPLYIO_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(24) }, func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"restpack-api-token":         brAnchored("RESTPACK_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(48) }, func(g *fake.Gen) string { return g.MixedAlnum(43) }),
		"runrunit-app-key":           brAnchored("RUNRUNIT_APP_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"planview-leankit-api-token": brAnchored("LEANKIT_API_TOKEN", func(g *fake.Gen) string { return g.Hex(128) }, func(g *fake.Gen) string { return g.Hex(122) }),
		"pollsapi-api-key":           brAnchored("POLLSAPI_API_KEY", func(g *fake.Gen) string { return upperAlnum(g, 28) }, func(g *fake.Gen) string { return upperAlnum(g, 22) }),
		"paydirt-api-key":            brAnchored("PAYDIRT_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"nethunt-api-key":            brAnchored("NETHUNT_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(20) }),
		"revampcrm-api-key":          brAnchored("REVAMPCRM_API_KEY", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"roaring-client-secret":      brAnchored("ROARING_CLIENT_SECRET", func(g *fake.Gen) string { return g.MixedAlnum(28) }, func(g *fake.Gen) string { return g.MixedAlnum(22) }),
		"requestfinance-api-key": brAnchored("REQUESTFINANCE_API_KEY", func(g *fake.Gen) string {
			return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7)
		}, func(g *fake.Gen) string { return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) }),
		"redhat-pyxis-api-key":  brAnchored("PYXIS_API_KEY", func(g *fake.Gen) string { return g.LowerAlnum(32) }, func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"refiner-api-key":       brAnchored("REFINER_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"postbacks-api-key":     brAnchored("POSTBACKS_API_KEY", func(g *fake.Gen) string { return g.UUID() }, func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(12) }),
		"openvpn-client-secret": brAnchored("OPENVPN_CLIENT_SECRET", func(g *fake.Gen) string { return saasURL(g, 64) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"patronus-api-key":      brAnchored("PATRONUS_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"poe-api-key":           brAnchored("POE_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"pika-api-key":          brAnchored("PIKA_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"pixverse-api-key":      brAnchored("PIXVERSE_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"openlayer-api-key":     brAnchored("OPENLAYER_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"orq-api-key":           brAnchored("ORQ_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"requesty-api-key":      brAnchored("REQUESTY_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"relevanceai-api-key":   brAnchored("RELEVANCE_AI_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"reducto-api-key":       brAnchored("REDUCTO_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"rime-api-key":          brAnchored("RIME_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"oxylabs-password":      brAnchored("OXYLABS_PASSWORD", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"outscraper-api-key":    brAnchored("OUTSCRAPER_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"parallel-api-key":      brAnchored("PARALLEL_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"perigon-api-key":       brAnchored("PERIGON_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"parea-api-key":         brAnchored("PAREA_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"pezzo-api-key":         brAnchored("PEZZO_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"openwebui-api-key":     brAnchored("OPENWEBUI_API_KEY", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"retool-api-token":      brAnchored("RETOOL_API_TOKEN", func(g *fake.Gen) string { return g.Alnum(1) + saasURL(g, 47) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"readwise-access-token": brAnchored("READWISE_ACCESS_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(50) }, func(g *fake.Gen) string { return g.MixedAlnum(45) }),
		"opslevel-api-token":    brAnchored("OPSLEVEL_API_TOKEN", func(g *fake.Gen) string { return saasURL(g, 40) }, func(g *fake.Gen) string { return saasURL(g, 20) }),
		"porkbun-api-key":       brPrefixed("PORKBUN_SECRET_API_KEY", func(g *fake.Gen) string { return fake.Join("s", "k1_", g.Hex(64)) }, func(g *fake.Gen) string { return fake.Join("s", "k1_", g.Hex(40)) }),
		"revenuecat-secret-key": brAnchored("REVENUECAT_SECRET_KEY", func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(32)) }, func(g *fake.Gen) string { return fake.Join("s", "k_", g.MixedAlnum(16)) }),
		"namecheap-api-key":     brAnchored("NAMECHEAP_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"nowpayments-api-key": brAnchored("NOWPAYMENTS_API_KEY", func(g *fake.Gen) string {
			return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7) + "-" + upperAlnum(g, 7)
		}, func(g *fake.Gen) string { return upperAlnum(g, 7) + "-" + upperAlnum(g, 7) }),
		"openexchangerates-app-id": brAnchored("OPEN_EXCHANGE_RATES_APP_ID", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"opensea-api-key":          brAnchored("OPENSEA_API_KEY", func(g *fake.Gen) string { return g.Hex(32) }, func(g *fake.Gen) string { return g.Hex(26) }),
		"okx-api-secret":           brAnchored("OKX_SECRET_KEY", func(g *fake.Gen) string { return strings.ToUpper(g.Hex(32)) }, func(g *fake.Gen) string { return strings.ToUpper(g.Hex(20)) }),
		"pantheon-machine-token":   brAnchored("TERMINUS_MACHINE_TOKEN", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"platformsh-api-token":     brAnchored("PLATFORMSH_CLI_TOKEN", func(g *fake.Gen) string { return saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 30) }),
		"printful-api-token":       brAnchored("PRINTFUL_API_TOKEN", func(g *fake.Gen) string { return g.MixedAlnum(40) }, func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"productboard-api-token":   brAnchored("PRODUCTBOARD_API_TOKEN", func(g *fake.Gen) string { return brJWTHead() + saasURL(g, 100) + "." + saasURL(g, 43) }, func(g *fake.Gen) string { return saasURL(g, 40) }),
	}
}
