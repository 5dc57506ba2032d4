// Cases of the C–F provider rules (the providers: C to F section of rules.toml): a few builders for
// the two rule shapes (provider name next to a value, prefixed token) and
// one table line per rule.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// cfVal generates one value: a secret of a rule or a wrong-shaped one.
type cfVal func(g *fake.Gen) string

// cfMix is n letters of both cases and digits.
func cfMix(n int) cfVal { return func(g *fake.Gen) string { return g.MixedAlnum(n) } }

// cfHex is n lower-case hex digits.
func cfHex(n int) cfVal { return func(g *fake.Gen) string { return g.Hex(n) } }

// cfHexU is n upper-case hex digits.
func cfHexU(n int) cfVal { return func(g *fake.Gen) string { return strings.ToUpper(g.Hex(n)) } }

// cfLow is n lower-case letters and digits.
func cfLow(n int) cfVal { return func(g *fake.Gen) string { return g.LowerAlnum(n) } }

// cfUp is n upper-case letters and digits.
func cfUp(n int) cfVal { return func(g *fake.Gen) string { return upperAlnum(g, n) } }

// cfDig is n digits, the first non-zero.
func cfDig(n int) cfVal { return func(g *fake.Gen) string { return saasDigits(g, n) } }

// cfURL is n base64url characters.
func cfURL(n int) cfVal { return func(g *fake.Gen) string { return saasURL(g, n) } }

// cfB64 is n standard base64 characters (no padding).
func cfB64(n int) cfVal { return func(g *fake.Gen) string { return g.String(fake.Base64, n) } }

// cfLetters is n lower-case letters from outside the hex alphabet.
func cfLetters(n int) cfVal { return func(g *fake.Gen) string { return notHex(g, n) } }

// cfLower is n lower-case letters.
func cfLower(n int) cfVal { return func(g *fake.Gen) string { return g.String(fake.Lower, n) } }

// cfUUID is a lower-case UUID.
func cfUUID() cfVal { return func(g *fake.Gen) string { return saasUUID(g) } }

// cfUUIDU is an upper-case UUID.
func cfUUIDU() cfVal { return func(g *fake.Gen) string { return strings.ToUpper(saasUUID(g)) } }

// cfLit is a fixed string.
func cfLit(s string) cfVal { return func(*fake.Gen) string { return s } }

// cfCat concatenates the values of parts.
func cfCat(parts ...cfVal) cfVal {
	return func(g *fake.Gen) string {
		var b strings.Builder
		for _, p := range parts {
			b.WriteString(p(g))
		}
		return b.String()
	}
}

// cfJWT is a JWT-shaped value (header, claims, signature).
func cfJWT() cfVal {
	return func(g *fake.Gen) string {
		return fake.Join("ey", "J", saasURL(g, 34), ".", "ey", "J", saasURL(g, 150), ".", saasURL(g, 43))
	}
}

// cfKebab turns SNAKE_CASE into kebab-case.
func cfKebab(env string) string { return strings.ReplaceAll(strings.ToLower(env), "_", "-") }

// cfDotted turns SNAKE_CASE into a dotted .properties key.
func cfDotted(env string) string { return strings.ReplaceAll(strings.ToLower(env), "_", ".") }

// cfNamed builds the cases of a rule that needs the provider's name next
// to the value: positives in a random file format, JSON, a CLI flag, a
// .properties line and a Kubernetes env entry; negatives without the name, with half the value, a
// placeholder and the wrong-shaped values given.
func cfNamed(env string, value cfVal, bad ...cfVal) Builder {
	return func(g *fake.Gen) Cases {
		v := value(g)
		c := Cases{
			Positives: []string{
				saasAssign(g, env, v),
				"{\n  \"" + saasCamel(env) + "\": \"" + value(g) + "\"\n}\n",
				"run --" + cfKebab(env) + "=" + value(g) + " --verbose\n",
				cfDotted(env) + " = " + value(g) + "\n",
				"env:\n  - name: " + env + "\n    value: \"" + value(g) + "\"\n",
			},
			Negatives: []string{
				"SERVICE_API_KEY=" + v + "\n",
				env + "=" + v[:len(v)/2] + "\n",
				env + "=your-" + cfKebab(env) + "-here\n",
			},
		}
		for _, b := range bad {
			c.Negatives = append(c.Negatives, env+"="+b(g)+"\n")
		}
		return c
	}
}

// cfPrefixed builds the cases of a rule whose token is prefix + body:
// positives in a random file format, YAML and code; negatives with half
// the body, a placeholder body and the wrong-shaped tokens given.
func cfPrefixed(env, prefix string, body cfVal, bad ...cfVal) Builder {
	return func(g *fake.Gen) Cases {
		b := body(g)
		c := Cases{
			Positives: []string{
				saasAssign(g, env, prefix+b),
				"settings:\n  token: \"" + prefix + body(g) + "\"\n",
				"client = Client(\n    api_key=\"" + prefix + body(g) + "\",\n)\n",
			},
			Negatives: []string{
				env + "=" + prefix + b[:len(b)/2] + "\n",
				env + "=\"" + prefix + strings.Repeat("x", len(b)) + "\"\n",
			},
		}
		for _, bd := range bad {
			c.Negatives = append(c.Negatives, env+"="+bd(g)+"\n")
		}
		return c
	}
}

// providersCFCases are the generated cases of the rules in the providers: C to F section of rules.toml.
func providersCFCases() map[string]Builder {
	return map[string]Builder{
		"cartesia-api-key": cfPrefixed("CARTESIA_API_KEY", fake.Join("sk", "_car_"), cfMix(22), cfCat(cfLit(fake.Join("sk", "_car_")), cfMix(60))),
		"e2b-api-key":      cfPrefixed("E2B_API_KEY", fake.Join("e2", "b_"), cfHex(40), cfCat(cfLit(fake.Join("e2", "b_")), cfHexU(40))),
		"context7-api-key": cfPrefixed("CONTEXT7_API_KEY", fake.Join("ctx7", "sk-"), cfUUID(), cfCat(cfLit(fake.Join("ctx7", "sk-")), cfHex(32))),
		"daytona-api-key":  cfPrefixed("DAYTONA_API_KEY", fake.Join("dt", "n_"), cfHex(64), cfCat(cfLit(fake.Join("dt", "n_")), cfHexU(64))),
		"devin-api-key":    cfPrefixed("DEVIN_API_KEY", fake.Join("ap", "k_user_"), cfB64(120), cfCat(cfLit(fake.Join("ap", "k_")), cfLower(120))),
		"cursor-api-key": withCases(cfNamed("CURSOR_API_KEY", cfCat(cfLit("key_"), cfHex(64)), cfCat(cfLit("key_"), cfLetters(64))), func(g *fake.Gen) Cases {
			// camelCase names: cursorToken, cursorKey; a database cursor is not one
			return Cases{
				Positives: []string{"cursorToken := \"key_" + g.Hex(64) + "\"\n", "const cursorKey = 'key_" + g.Hex(64) + "';\n"},
				Negatives: []string{"cursorKey := \"" + g.Hex(64) + "\"\n", "cursor_token = cursor.fetchone()[0]  # key_" + g.Hex(16) + "\n"},
			}
		}),
		"fal-api-key":                 cfNamed("FAL_KEY", cfCat(cfUUID(), cfLit(":"), cfHex(32)), cfUUID(), cfCat(cfUUID(), cfLit(":"), cfLetters(32))),
		"exa-api-key":                 cfNamed("EXA_API_KEY", cfUUID(), cfUUIDU()),
		"dashscope-api-key":           cfNamed("DASHSCOPE_API_KEY", cfCat(cfLit("sk-"), cfHex(32)), cfCat(cfLit("sk-"), cfHexU(32)), cfCat(cfLit("sk-"), cfHex(48))),
		"deepinfra-api-key":           cfNamed("DEEPINFRA_API_KEY", cfMix(32), cfLower(32)),
		"clarifai-pat":                cfNamed("CLARIFAI_PAT", cfHex(32), cfLetters(32)),
		"chroma-api-key":              cfNamed("CHROMA_API_KEY", cfCat(cfLit("ck-"), cfMix(44)), cfMix(44)),
		"composio-api-key":            cfNamed("COMPOSIO_API_KEY", cfCat(cfLit("ak_"), cfURL(20)), cfCat(cfLit("ak_"), cfMix(60))),
		"codestral-api-key":           cfNamed("CODESTRAL_API_KEY", cfMix(32), cfLower(32)),
		"coze-token":                  cfNamed("COZE_API_TOKEN", cfCat(cfLit("pat_"), cfMix(64)), cfCat(cfLit("pak_"), cfMix(64))),
		"dify-api-key":                cfNamed("DIFY_API_KEY", cfCat(cfLit("app-"), cfMix(24)), cfCat(cfLit("tool-"), cfMix(24))),
		"deepl-api-key":               cfNamed("DEEPL_AUTH_KEY", cfCat(cfUUID(), cfLit(":fx")), cfUUIDU()),
		"edenai-api-key":              cfNamed("EDENAI_API_KEY", cfJWT(), cfMix(60)),
		"fish-audio-api-key":          cfNamed("FISH_AUDIO_API_KEY", cfHex(32), cfLetters(32)),
		"daily-api-key":               cfNamed("DAILY_API_KEY", cfHex(64), cfLetters(64)),
		"datastax-astra-token":        cfPrefixed("ASTRA_DB_APPLICATION_TOKEN", "Astra"+"CS:", cfCat(cfMix(24), cfLit(":"), cfHex(64)), cfCat(cfLit("Astra"+"CS:"), cfMix(24), cfLit(":"), cfLetters(64))),
		"databricks-token":            cfPrefixed("DATABRICKS_TOKEN", fake.Join("da", "pi"), cfHex(32), cfCat(cfLit(fake.Join("da", "pi")), cfHexU(32))),
		"cockroachlabs-api-key":       cfPrefixed("COCKROACH_API_KEY", fake.Join("CC", "DB1_"), cfCat(cfMix(22), cfLit("_"), cfMix(40)), cfCat(cfLit(fake.Join("CC", "DB1_")), cfMix(22), cfLit("_"), cfMix(20))),
		"canva-client-secret":         cfPrefixed("CANVA_CLIENT_SECRET", fake.Join("cnv", "ca"), cfURL(51), cfCat(cfLit(fake.Join("cnv", "ca")), cfURL(70))),
		"cfxre-server-key":            cfPrefixed("SV_LICENSEKEY", fake.Join("cf", "xk_"), cfCat(cfMix(20), cfLit("_"), cfMix(6)), cfCat(cfLit(fake.Join("cf", "xk_")), cfLit("abcdefgh"))),
		"clojars-api-token":           cfPrefixed("CLOJARS_PASSWORD", fake.Join("CLO", "JARS_"), cfLow(60), cfCat(cfLit(fake.Join("CLO", "JARS_")), cfLow(80))),
		"configcat-sdk-key":           cfPrefixed("CONFIGCAT_SDK_KEY", fake.Join("configcat", "-sdk-1/"), cfCat(cfURL(22), cfLit("/"), cfURL(22)), cfCat(cfLit(fake.Join("configcat", "-sdk-1/")), cfURL(22))),
		"definednetworking-api-token": cfPrefixed("DN_API_KEY", fake.Join("dn", "key-"), cfCat(cfMix(26), cfLit("-"), cfMix(52)), cfCat(cfLit(fake.Join("dn", "key-")), cfMix(26))),
		"deno-deploy-token":           cfPrefixed("DENO_DEPLOY_TOKEN", fake.Join("dd", "p_"), cfMix(36), cfCat(cfLit(fake.Join("dd", "x_")), cfMix(36))),
		"elastic-cloud-api-key": withCases(cfPrefixed("EC_API_KEY", fake.Join("es", "su_"), cfURL(84), cfCat(cfLit(fake.Join("es", "su_")), cfURL(30))),
			nrCustom([]func(g *fake.Gen) string{func(g *fake.Gen) string {
				// the key is standard base64 (of the base64 "id:key"), so + and / occur
				return "ELASTIC_API_KEY=" + fake.Join("es", "su_") + g.String(fake.Base64, 40) + "+/" + g.String(fake.Base64, 38) + "==\n"
			}}, nil)),
		"endorlabs-api-key": cfPrefixed("ENDOR_API_CREDENTIALS_KEY", fake.Join("en", "dr+"), cfMix(16), cfCat(cfLit(fake.Join("en", "dr+")), cfMix(24))),
		"flyio-access-token": plusPositives(cfPrefixed("FLY_API_TOKEN", fake.Join("Fly", "V1 fm2_"), cfB64(180), cfCat(cfLit(fake.Join("Fly", "V1 ")), cfB64(180))),
			func(g *fake.Gen) []string {
				return []string{
					"Fly access token: " + fake.Join("fo", "1_") + g.String(fake.Alnum+"_-", 43) + "\n",
					"FLY_API_TOKEN=" + fake.Join("fm", "2_") + g.String(fake.Base64, 180) + "==\n",
				}
			}),
		"frameio-api-token":            cfPrefixed("FRAMEIO_TOKEN", fake.Join("fio", "-u-"), cfURL(64), cfCat(cfLit(fake.Join("fio", "-u-")), cfURL(90))),
		"fleetbase-api-key":            cfPrefixed("FLEETBASE_API_KEY", fake.Join("fl", "b_live_"), cfMix(20), cfCat(cfLit(fake.Join("fl", "b_live_")), cfMix(30))),
		"flexport-api-key":             cfPrefixed("FLEXPORT_API_KEY", fake.Join("shl", "tm_"), cfURL(40), cfCat(cfLit(fake.Join("shl", "tm_")), cfURL(50))),
		"flutterwave-secret-key":       cfPrefixed("FLW_SECRET_KEY", fake.Join("FLW", "SECK_TEST-"), cfCat(cfHex(32), cfLit("-X")), cfCat(cfLit(fake.Join("FLW", "PUBK_TEST-")), cfHex(32), cfLit("-X")), cfCat(cfLit(fake.Join("FLW", "SECK_TEST-")), cfHexU(32), cfLit("-X"))),
		"easypost-api-key":             cfPrefixed("EASYPOST_API_KEY", fake.Join("EZ", "AK"), cfMix(54), cfCat(cfLit(fake.Join("EZ", "AK")), cfMix(70))),
		"duffel-api-token":             cfPrefixed("DUFFEL_ACCESS_TOKEN", fake.Join("duffel", "_live_"), cfURL(43), cfCat(cfLit(fake.Join("duffel", "_prod_")), cfURL(43))),
		"ebay-client-secret":           cfPrefixed("EBAY_CERT_ID", "PRD-", cfCat(cfHex(12), cfLit("-"), cfHex(4), cfLit("-"), cfHex(4), cfLit("-"), cfHex(4), cfLit("-"), cfHex(4)), cfCat(cfLit("DEV-"), cfHex(12), cfLit("-"), cfHex(4), cfLit("-"), cfHex(4), cfLit("-"), cfHex(4), cfLit("-"), cfHex(4))),
		"cloudinary-url":               cfPrefixed("CLOUDINARY_URL", fake.Join("cloud", "inary://"), cfCat(cfDig(15), cfLit(":"), cfURL(27), cfLit("@demo-cloud")), cfCat(cfLit(fake.Join("cloud", "inary://")), cfDig(15), cfLit("@demo-cloud"))),
		"clickup-api-token":            cfPrefixed("CLICKUP_API_TOKEN", "pk_", cfCat(cfDig(8), cfLit("_"), cfUp(32)), cfCat(cfLit("pk_"), cfDig(8), cfLit("_"), cfLow(32))),
		"facebook-access-token":        cfPrefixed("FACEBOOK_ACCESS_TOKEN", fake.Join("EA", "AB"), cfMix(160), cfCat(cfLit(fake.Join("EA", "AB")), cfHex(160))),
		"civo-api-key":                 cfNamed("CIVO_TOKEN", cfMix(50), cfLower(50)),
		"exoscale-api-secret":          cfNamed("EXOSCALE_API_SECRET", cfURL(43), cfLower(43)),
		"equinix-metal-token":          cfNamed("EQUINIX_METAL_AUTH_TOKEN", cfMix(32), cfLower(32)),
		"contabo-client-secret":        cfNamed("CONTABO_CLIENT_SECRET", cfMix(32), cfLower(32)),
		"cloudinary-api-secret":        cfNamed("CLOUDINARY_API_SECRET", cfMix(27), cfLower(27)),
		"cloudsmith-api-key":           cfNamed("CLOUDSMITH_API_KEY", cfHex(40), cfLetters(40)),
		"fauna-secret":                 cfNamed("FAUNA_SECRET", cfCat(cfLit("fnAE"), cfURL(36)), cfCat(cfLit("fk"), cfURL(38))),
		"convex-deploy-key":            cfNamed("CONVEX_DEPLOY_KEY", cfCat(cfLit("prod:happy-otter-123|"), cfURL(90)), cfCat(cfLit("prod:happy-otter-123"), cfURL(90))),
		"couchbase-capella-api-secret": cfNamed("CAPELLA_API_SECRET", cfB64(64), cfLower(64)),
		"codecov-token":                cfNamed("CODECOV_TOKEN", cfUUID(), cfUUIDU()),
		"coveralls-repo-token":         cfNamed("COVERALLS_REPO_TOKEN", cfMix(33), cfLower(33)),
		"codeclimate-reporter-id":      cfNamed("CC_TEST_REPORTER_ID", cfHex(64), cfLetters(64)),
		"codacy-api-token":             cfNamed("CODACY_PROJECT_TOKEN", cfHex(32), cfLetters(32)),
		"codefresh-api-key":            cfNamed("CODEFRESH_API_KEY", cfCat(cfHex(24), cfLit("."), cfHex(32)), cfCat(cfHex(24), cfLit("."), cfLetters(32))),
		"codemagic-api-token":          cfNamed("CODEMAGIC_API_TOKEN", cfMix(43), cfLower(43)),
		"crowdin-token":                cfNamed("CROWDIN_PERSONAL_TOKEN", cfHex(80), cfLetters(80)),
		"droneci-token":                cfNamed("DRONE_TOKEN", cfMix(32), cfLower(32)),
		"expo-access-token":            cfNamed("EXPO_TOKEN", cfMix(40), cfLower(40)),
		"flagsmith-server-key":         cfNamed("FLAGSMITH_ENVIRONMENT_KEY", cfCat(cfLit("ser."), cfMix(22)), cfMix(22)),
		"checkly-api-key":              cfNamed("CHECKLY_API_KEY", cfCat(cfLit("cu_"), cfHex(32)), cfCat(cfLit("cu_"), cfLetters(32))),
		"coralogix-api-key":            cfNamed("CORALOGIX_API_KEY", cfCat(cfLit("cxtp_"), cfMix(30)), cfCat(cfLit("cxtp_"), cfMix(12))),
		"cronitor-api-key":             cfNamed("CRONITOR_API_KEY", cfHex(32), cfLetters(32)),
		"discourse-api-key":            cfNamed("DISCOURSE_API_KEY", cfHex(64), cfLetters(64)),
		"crowdstrike-client-secret":    cfNamed("FALCON_CLIENT_SECRET", cfMix(40), cfLower(40)),
		"contentstack-token":           cfNamed("CONTENTSTACK_MANAGEMENT_TOKEN", cfCat(cfLit("cs"), cfHex(32)), cfHex(34)),
		"docusign-client-secret":       cfNamed("DOCUSIGN_CLIENT_SECRET", cfUUID(), cfUUIDU()),
		"duo-secret-key": withCases(cfNamed("DUO_SECRET_KEY", cfMix(40), cfLower(40)),
			func(g *fake.Gen) Cases {
				// The integration key (DI and 18 upper-case letters and digits) names the
				// secret key next to it: duo_client calls, the Authentication Proxy's
				// authproxy.cfg sections and the positional Web SDK v4 client.
				ikey := func() string { return fake.Join("D", "I") + g.String(fake.Upper+fake.Digits, 18) }
				return Cases{
					Positives: []string{
						"admin_api = duo_client.Admin(ikey='" + ikey() + "', skey='" + g.MixedAlnum(40) + "', host='api-" + g.Hex(8) + ".duosecurity.com')\n",
						"[radius_server_auto]\nikey=" + ikey() + "\nskey=" + g.MixedAlnum(40) + "\napi_host=api-" + g.Hex(8) + ".duosecurity.com\n",
						"[ad_client]\nhost=10.0.0.5\n\n[cloud]\nikey=" + ikey() + "\nsecret_key=" + g.MixedAlnum(40) + "\n",
						"Client client = new Client.Builder(\"" + ikey() + "\", \"" + g.MixedAlnum(40) + "\", \"api-" + g.Hex(8) + ".duosecurity.com\", redirectUri).build();\n",
					},
					Negatives: []string{
						// a placeholder, a short value and an integration key of another shape
						"[radius_server_auto]\nikey=" + ikey() + "\nskey=YOUR_SECRET_KEY_HERE\n",
						"ikey=" + ikey() + "\nskey=" + g.MixedAlnum(30) + "\n",
						"ikey=" + g.String(fake.Upper+fake.Digits, 20) + "\nskey=" + g.MixedAlnum(40) + "\n",
						// the integration key alone is no secret
						"DUO_INTEGRATION_KEY=" + ikey() + "\n",
					},
				}
			}),
		"dwolla-secret":                 cfNamed("DWOLLA_SECRET", cfMix(50), cfLower(50)),
		"featherless-api-key":           cfPrefixed("FEATHERLESS_API_KEY", "rc_", cfHex(64), cfCat(cfLit("rc_"), cfLetters(64)), cfCat(cfLit("src_"), cfHex(64))),
		"friendli-token":                cfNamed("FRIENDLI_TOKEN", cfCat(cfLit("flp_"), cfMix(40)), cfCat(cfLit("flx_"), cfMix(40))),
		"evervault-api-key":             cfPrefixed("EV_API_KEY", "ev:"+"key:1:", cfCat(cfMix(64), cfLit(":"), cfMix(6), cfLit(":"), cfMix(6)), cfCat(cfLit("ev:"+"key:1:"), cfMix(20))),
		"chromatic-project-token":       cfPrefixed("CHROMATIC_PROJECT_TOKEN", fake.Join("ch", "pt_"), cfHex(15), cfCat(cfLit(fake.Join("ch", "pt_")), cfLetters(15))),
		"dbt-cloud-token":               cfPrefixed("DBT_CLOUD_API_KEY", fake.Join("db", "tc_"), cfURL(48), cfCat(cfLit(fake.Join("db", "tc_")), cfURL(12))),
		"databento-api-key":             cfNamed("DATABENTO_API_KEY", cfCat(cfLit("db-"), cfMix(29)), cfMix(32)),
		"cypress-record-key":            cfNamed("CYPRESS_RECORD_KEY", cfUUID(), cfUUIDU()),
		"contentful-delivery-token":     cfNamed("CONTENTFUL_ACCESS_TOKEN", cfURL(43), cfLower(43)),
		"dropbox-long-lived-token":      cfNamed("DROPBOX_ACCESS_TOKEN", cfCat(cfURL(11), cfLit("AAAAAAAAAA"), cfURL(43)), cfCat(cfURL(11), cfLit("AAAAAAAA"), cfURL(45))),
		"digitalocean-spaces-secret":    cfNamed("SPACES_SECRET", cfB64(43), cfLower(43)),
		"ftp-uri":                       cfPrefixed("FTP_URL", "ftp://deploy:", cfCat(cfMix(16), cfLit("@ftp.lan")), cfLit("ftp://deploy@files.internal.lan/upload"), cfLit("ftp://anonymous:password@files.internal.lan")),
		"checkout-secret-key":           cfNamed("CHECKOUT_SECRET_KEY", cfCat(cfLit("sk_sbox_"), cfUUID()), cfCat(cfLit("pk_sbox_"), cfUUID())),
		"clerk-secret-key":              cfNamed("CLERK_SECRET_KEY", cfCat(cfLit("sk_live_"), cfMix(42)), cfCat(cfLit("pk_live_"), cfMix(42))),
		"chargebee-api-key":             cfNamed("CHARGEBEE_API_KEY", cfCat(cfLit("live_"), cfMix(32)), cfCat(cfLit("prod_"), cfMix(32))),
		"coinbase-api-secret":           cfNamed("COINBASE_API_SECRET", cfCat(cfB64(86), cfLit("==")), cfCat(cfLower(86), cfLit("=="))),
		"coinmarketcap-api-key":         cfNamed("COINMARKETCAP_API_KEY", cfUUID(), cfUUIDU()),
		"coingecko-api-key":             cfNamed("COINGECKO_API_KEY", cfCat(cfLit("CG-"), cfMix(24)), cfCat(cfLit("GC-"), cfMix(24))),
		"coinapi-api-key":               cfNamed("COINAPI_KEY", cfUUIDU(), cfUUID()),
		"cryptocompare-api-key":         cfNamed("CRYPTOCOMPARE_API_KEY", cfHex(64), cfLetters(64), cfUp(64)),
		"etherscan-api-key":             cfNamed("ETHERSCAN_API_KEY", cfUp(34), cfLow(34)),
		"finnhub-api-key":               cfNamed("FINNHUB_API_KEY", cfLow(20), cfUp(20)),
		"financialmodelingprep-api-key": cfNamed("FMP_API_KEY", cfMix(32), cfLower(32)),
		"fixer-api-key":                 cfNamed("FIXER_API_KEY", cfHex(32), cfLetters(32)),
		"exchangerate-api-key":          cfNamed("EXCHANGERATE_API_KEY", cfHex(24), cfLetters(24)),
		"currencylayer-api-key":         cfNamed("CURRENCYLAYER_ACCESS_KEY", cfHex(32), cfLetters(32), cfUp(32)),
		"coinlayer-api-key":             cfNamed("COINLAYER_ACCESS_KEY", cfHex(32), cfLetters(32), cfUp(32)),
		"finicity-client-secret":        cfNamed("FINICITY_PARTNER_SECRET", cfMix(20), cfLower(20)),
		"facebook-app-secret":           cfNamed("FACEBOOK_APP_SECRET", cfHex(32), cfLetters(32)),
		"facebook-app-access-token":     facebookAppTokenCases,
		"flickr-api-key":                cfNamed("FLICKR_API_KEY", cfHex(32), cfUp(32), cfLetters(32)),
		"cloze-api-key":                 cfNamed("CLOZE_API_KEY", cfHex(32), cfLetters(32)),
		"detectify-api-key":             cfNamed("DETECTIFY_API_KEY", cfHex(32), cfUp(32), cfLetters(32)),
		"diffbot-token":                 cfNamed("DIFFBOT_TOKEN", cfHex(32), cfUp(32), cfLetters(32)),
		"docparser-api-key":             cfNamed("DOCPARSER_API_KEY", cfHex(40), cfLetters(40)),
		"dribbble-token":                cfNamed("DRIBBBLE_ACCESS_TOKEN", cfHex(64), cfLetters(64)),
		"deputy-token":                  cfNamed("DEPUTY_ACCESS_TOKEN", cfHex(32), cfUp(32), cfLetters(32)),
		"chartmogul-api-key":            cfNamed("CHARTMOGUL_API_KEY", cfHex(32), cfUp(32), cfLetters(32)),
		"countrylayer-api-key":          cfNamed("COUNTRYLAYER_ACCESS_KEY", cfHex(32), cfUp(32), cfLetters(32)),
		"censys-api-secret":             cfNamed("CENSYS_API_SECRET", cfMix(32), cfLower(32)),
		"calendly-token":                cfNamed("CALENDLY_API_TOKEN", cfJWT(), cfMix(60)),
		"clockify-api-key":              cfNamed("CLOCKIFY_API_KEY", cfMix(48), cfLower(48)),
		"clearbit-api-key":              cfNamed("CLEARBIT_API_KEY", cfCat(cfLit("sk_"), cfHex(32)), cfCat(cfLit("pk_"), cfHex(32))),
		"close-api-key":                 cfNamed("CLOSE_API_KEY", cfCat(cfLit("api_"), cfMix(22), cfLit("."), cfMix(22)), cfCat(cfLit("api_"), cfMix(22))),
		"coda-api-token":                cfNamed("CODA_API_TOKEN", cfUUID(), cfUUIDU()),
		"courier-auth-token":            cfNamed("COURIER_AUTH_TOKEN", cfCat(cfLit("pk_prod_"), cfUp(28)), cfCat(cfLit("pk_prod_"), cfLow(12))),
		"delighted-api-key":             cfNamed("DELIGHTED_API_KEY", cfMix(32), cfLower(32)),
		"disqus-api-secret":             cfNamed("DISQUS_API_SECRET", cfMix(64), cfLower(64)),
		"discogs-token":                 cfNamed("DISCOGS_TOKEN", cfMix(40), cfLower(40)),
		"dyspatch-api-key":              cfNamed("DYSPATCH_API_KEY", cfUp(52), cfLow(52)),
		"elasticemail-api-key":          cfNamed("ELASTICEMAIL_API_KEY", cfHexU(96), cfLetters(96)),
		"etsy-api-key":                  cfNamed("ETSY_API_KEY", cfLow(24), cfUp(24)),
		"eventbrite-token":              cfNamed("EVENTBRITE_TOKEN", cfUp(20), cfLow(20)),
		"foursquare-api-key":            cfNamed("FOURSQUARE_CLIENT_SECRET", cfUp(48), cfLow(48)),
		"freshbooks-token":              cfNamed("FRESHBOOKS_ACCESS_TOKEN", cfHex(64), cfLetters(64)),
		"freshdesk-api-key":             cfNamed("FRESHDESK_API_KEY", cfMix(20), cfLower(20)),
		"front-api-token":               cfNamed("FRONT_API_TOKEN", cfJWT(), cfMix(60)),
		"fullstory-api-key":             cfNamed("FULLSTORY_API_KEY", cfCat(cfLit("na1."), cfB64(80)), cfCat(cfLit("us1."), cfB64(80))),
		"covalent-api-key":              cfNamed("COVALENT_API_KEY", cfCat(cfLit("cqt_"), cfMix(26)), cfCat(cfLit("ckey_"), cfMix(26))),
		"calendarific-api-key":          cfNamed("CALENDARIFIC_API_KEY", cfMix(32), cfLower(32)),
		"calorieninjas-api-key":         cfNamed("CALORIENINJAS_API_KEY", cfMix(40), cfLower(40)),
		"campayn-api-key":               cfNamed("CAMPAYN_API_KEY", cfLow(64), cfUp(64)),
		"canny-api-key":                 cfNamed("CANNY_API_KEY", cfUUID(), cfUUIDU()),
		"captaindata-api-key":           cfNamed("CAPTAINDATA_API_KEY", cfHex(64), cfLetters(64)),
		"carboninterface-api-key":       cfNamed("CARBONINTERFACE_API_KEY", cfMix(21), cfLower(21)),
		"caspio-client-secret":          cfNamed("CASPIO_CLIENT_SECRET", cfLow(50), cfUp(50)),
		"centralstationcrm-api-key":     cfNamed("CENTRALSTATION_API_KEY", cfLow(30), cfUp(30)),
		"chatfuel-api-key":              cfNamed("CHATFUEL_TOKEN", cfMix(128), cfLower(128)),
		"cicero-api-key":                cfNamed("CICERO_API_KEY", cfLow(40), cfUp(40)),
		"cliengo-api-key":               cfNamed("CLIENGO_API_KEY", cfUUID(), cfUUIDU()),
		"clinchpad-api-key":             cfNamed("CLINCHPAD_API_KEY", cfLow(32), cfUp(32)),
		"cloudelements-secret":          cfNamed("CLOUDELEMENTS_USER_SECRET", cfMix(43), cfLower(43)),
		"cloudmersive-api-key":          cfNamed("CLOUDMERSIVE_API_KEY", cfUUID(), cfUUIDU()),
		"clustdoc-api-key":              cfNamed("CLUSTDOC_API_TOKEN", cfMix(60), cfLower(60)),
		"codequiry-api-key":             cfNamed("CODEQUIRY_API_KEY", cfMix(64), cfLower(64)),
		"coinlib-api-key":               cfNamed("COINLIB_API_KEY", cfLow(16), cfUp(16)),
		"commercejs-secret-key":         cfNamed("COMMERCEJS_SECRET_KEY", cfLow(48), cfUp(48)),
		"commodities-api-key":           cfNamed("COMMODITIES_API_KEY", cfMix(60), cfLower(60)),
		"craftmypdf-api-key":            cfNamed("CRAFTMYPDF_API_KEY", cfMix(35), cfLower(35)),
		"currencyfreaks-api-key":        cfNamed("CURRENCYFREAKS_API_KEY", cfLow(32), cfUp(32)),
		"currencyscoop-api-key":         cfNamed("CURRENCYSCOOP_API_KEY", cfLow(32), cfUp(32)),
		"customerguru-api-key":          cfNamed("CUSTOMERGURU_API_KEY", cfMix(30), cfLower(30)),
		"dandelion-api-key":             cfNamed("DANDELION_TOKEN", cfLow(32), cfUp(32)),
		"dareboost-api-key":             cfNamed("DAREBOOST_API_TOKEN", cfMix(60), cfLower(60)),
		"datagov-api-key":               cfNamed("DATA_GOV_API_KEY", cfMix(40), cfLower(40)),
		"deepai-api-key":                cfNamed("DEEPAI_API_KEY", cfUUID(), cfUUIDU()),
		"demio-api-key":                 cfNamed("DEMIO_API_KEY", cfMix(32), cfLower(32)),
		"detectlanguage-api-key":        cfNamed("DETECTLANGUAGE_API_KEY", cfLow(32), cfUp(32)),
		"diggernaut-api-key":            cfNamed("DIGGERNAUT_API_KEY", cfLow(40), cfUp(40)),
		"dnscheck-api-key":              cfNamed("DNSCHECK_API_KEY", cfMix(32), cfLower(32)),
		"dronahq-api-key":               cfNamed("DRONAHQ_TOKEN", cfLow(50), cfUp(50)),
		"edamam-api-key":                cfNamed("EDAMAM_APP_KEY", cfLow(32), cfUp(32)),
		"enablex-api-key":               cfNamed("ENABLEX_APP_KEY", cfMix(36), cfLower(36)),
		"enigma-api-key":                cfNamed("ENIGMA_API_KEY", cfMix(40), cfLower(40)),
		"everhour-api-key":              cfNamed("EVERHOUR_API_KEY", cfCat(cfHex(4), cfLit("-"), cfHex(4), cfLit("-"), cfHex(6), cfLit("-"), cfHex(6), cfLit("-"), cfHex(8)), cfCat(cfHexU(4), cfLit("-"), cfHexU(4), cfLit("-"), cfHexU(6), cfLit("-"), cfHexU(6), cfLit("-"), cfHexU(8))),
		"extractorapi-api-key":          cfNamed("EXTRACTORAPI_KEY", cfMix(40), cfLetters(40)),
		"faceplusplus-api-secret":       cfNamed("FACEPP_API_SECRET", cfMix(32), cfLower(32)),
		"feedier-api-key":               cfNamed("FEEDIER_API_KEY", cfMix(32), cfLower(32)),
		"flightapi-api-key":             cfNamed("FLIGHTAPI_KEY", cfLow(24), cfUp(24)),
		"flightstats-api-key":           cfNamed("FLIGHTSTATS_APP_KEY", cfLow(32), cfUp(32)),
		"flowflu-api-key":               cfNamed("FLOWFLU_API_KEY", cfMix(51), cfLower(51)),
		"formcraft-api-key":             cfNamed("FORMCRAFT_API_KEY", cfLow(16), cfUp(16)),
		"formsite-api-key":              cfNamed("FORMSITE_API_TOKEN", cfMix(32), cfLower(32)),
		"fulcrum-api-key":               cfNamed("FULCRUM_API_TOKEN", cfLow(80), cfUp(80)),
		"clockworksms-api-key":          cfNamed("CLOCKWORKSMS_API_TOKEN", cfMix(24), cfLower(24)),
		"copper-api-key":                cfNamed("COPPER_API_KEY", cfLow(32), cfUp(32)),
		"float-api-key":                 cfNamed("FLOAT_API_TOKEN", cfCat(cfHex(16), cfB64(43), cfLit("=")), cfCat(cfHex(16), cfB64(20), cfLit("="))),
		"fibery-api-token":              cfNamed("FIBERY_API_TOKEN", cfCat(cfHex(8), cfLit("."), cfHex(35)), cfCat(cfHex(8), cfLit("."), cfLetters(35))),
		"ditto-api-key":                 cfNamed("DITTO_API_KEY", cfCat(cfUUID(), cfLit("."), cfHex(40)), cfCat(cfUUID(), cfLit("."), cfHexU(40))),
		"dfuse-api-key":                 cfNamed("DFUSE_API_KEY", cfCat(cfLit("server_"), cfHex(32)), cfCat(cfLit("admin_"), cfHex(32)), cfCat(cfLit("web_"), cfHexU(32))),
		"convertapi-secret":             cfNamed("CONVERTAPI_SECRET", cfCat(cfLit("secret_"), cfMix(16)), cfCat(cfLit("secret_"), cfLower(16))),
		"convertkit-api-secret":         cfNamed("CONVERTKIT_API_SECRET", cfMix(43), cfLower(43)),
		"cloudconvert-api-key":          cfNamed("CLOUDCONVERT_API_KEY", cfJWT(), cfMix(60)),
		"column-api-key":                cfNamed("COLUMN_API_KEY", cfCat(cfLit("live_"), cfMix(27)), cfCat(cfLit("prod_"), cfMix(27))),
		"ecostruxureit-api-key":         cfNamed("ECOSTRUXUREIT_API_KEY", cfCat(cfLit("AK1"), cfMix(52)), cfCat(cfLit("AK2"), cfMix(52))),
		"civitai-api-key":               cfNamed("CIVITAI_API_KEY", cfHex(32), cfLetters(32)),
		"cometapi-api-key":              cfNamed("COMETAPI_KEY", cfCat(cfLit("sk-"), cfMix(48)), cfCat(cfLit("sk-"), cfMix(20))),
		"dependency-track-api-key":      cfPrefixed("DEPENDENCY_TRACK_API_KEY", fake.Join("od", "t_"), cfMix(32), cfCat(cfLit(fake.Join("od", "t_")), cfLower(32))),
		"dub-api-key":                   cfPrefixed("DUB_API_KEY", fake.Join("du", "b_"), cfMix(24), cfCat(cfLit(fake.Join("du", "b_")), cfLower(24))),
		"calcom-api-key":                cfPrefixed("CALCOM_API_KEY", fake.Join("cal", "_live_"), cfHex(32), cfCat(cfLit(fake.Join("cal", "_live_")), cfLetters(32))),
		"dust-api-key":                  cfNamed("DUST_API_KEY", cfCat(cfLit("sk-"), cfHex(32)), cfCat(cfLit("sk-"), cfLetters(32))),
		"fireflies-api-key":             cfNamed("FIREFLIES_API_KEY", cfUUID(), cfUUIDU()),
		"elasticsearch-api-key":         cfNamed("ELASTICSEARCH_API_KEY", cfCat(cfB64(58), cfLit("==")), cfLower(60)),
		"drift-api-token":               cfNamed("DRIFT_API_TOKEN", cfMix(32), cfLower(32)),
		"coinbase-commerce-api-key":     cfNamed("COINBASE_COMMERCE_API_KEY", cfUUID(), cfUUIDU()),
		"cashboard-api-key":             cfNamed("CASHBOARD_API_KEY", cfCat(cfUp(3), cfLit("-"), cfUp(3), cfLit("-"), cfUp(3), cfLit("-"), cfUp(3)), cfCat(cfLow(3), cfLit("-"), cfLow(3), cfLit("-"), cfLow(3), cfLit("-"), cfLow(3))),
		"cexio-api-secret":              cfNamed("CEXIO_API_SECRET", cfMix(26), cfLower(26)),
		"checkvist-api-key":             cfNamed("CHECKVIST_API_KEY", cfMix(14), cfLower(14)),
		"clicksend-api-key":             cfNamed("CLICKSEND_API_KEY", cfUUIDU(), cfUUID()),
		"clientary-api-key":             cfNamed("CLIENTARY_API_KEY", cfMix(24), cfLower(24)),
		"cloudimage-api-key":            cfNamed("CLOUDIMAGE_API_KEY", cfLow(30), cfUp(30)),
		"cloudplan-api-key":             cfNamed("CLOUDPLAN_API_KEY", cfUp(32), cfLow(32)),
		"cloverly-api-key":              cfNamed("CLOVERLY_API_KEY", cfCat(cfLit("private_key:"), cfLow(16)), cfUp(28)),
		"collect2-api-key":              cfNamed("COLLECT2_API_KEY", cfUUID(), cfUUIDU()),
		"companyhub-api-key":            cfNamed("COMPANYHUB_API_KEY", cfMix(20), cfLower(20)),
		"conversiontools-api-key":       cfNamed("CONVERSIONTOOLS_API_TOKEN", cfJWT(), cfMix(60)),
		"convier-api-key":               cfNamed("CONVIER_API_KEY", cfCat(cfDig(2), cfLit("|"), cfMix(40)), cfCat(cfDig(2), cfLit("|"), cfMix(20))),
		"currentsapi-api-key":           cfNamed("CURRENTSAPI_KEY", cfMix(48), cfLower(48)),
		"debounce-api-key":              cfNamed("DEBOUNCE_API_KEY", cfMix(13), cfLower(13)),
		"dovico-api-key":                cfNamed("DOVICO_API_TOKEN", cfCat(cfLow(32), cfLit("."), cfLow(10)), cfCat(cfUp(32), cfLit("."), cfLow(10))),
		"duply-api-key":                 cfNamed("DUPLY_API_KEY", cfUUID(), cfUUIDU()),
		"dynalist-api-token":            cfNamed("DYNALIST_TOKEN", cfMix(128), cfLower(128)),
		"eagleeyenetworks-api-key":      cfNamed("EAGLEEYENETWORKS_API_KEY", cfMix(15), cfLower(15)),
		"easyinsight-api-key":           cfNamed("EASYINSIGHT_API_KEY", cfMix(20), cfLower(20)),
		"eraser-api-token":              cfNamed("ERASER_API_TOKEN", cfMix(20), cfLower(20)),
		"ethplorer-api-key":             cfNamed("ETHPLORER_API_KEY", cfMix(22), cfLower(22)),
		"exportsdk-api-key":             cfNamed("EXPORTSDK_API_KEY", cfCat(cfLow(8), cfLit("_"), cfUUID()), cfCat(cfLow(8), cfLit("_"), cfUUIDU())),
		"fastforex-api-key":             cfNamed("FASTFOREX_API_KEY", cfCat(cfHex(10), cfLit("-"), cfHex(17)), cfUp(28)),
		"fetchrss-api-key":              cfNamed("FETCHRSS_API_KEY", cfMix(40), cfLower(40)),
		"finage-api-key": plusPositives(cfPrefixed("FINAGE_API_KEY", "API_KEY", cfUp(32), cfCat(cfLit("API_KEY"), cfLow(32)), cfCat(cfLit("API_KEY_"), cfUp(32))),
			// the prefix alone says what it is
			func(g *fake.Gen) []string {
				return []string{"{\"test_secrets\": {\"secret\": \"" + cfCat(cfLit("API_KEY"), cfUp(32))(g) + "\"}}\n"}
			}),
		"findl-api-key":            cfNamed("FINDL_API_KEY", cfUUID(), cfUUIDU()),
		"flatio-api-key":           cfNamed("FLATIO_API_TOKEN", cfLow(128), cfUp(128)),
		"fmfw-api-key":             cfNamed("FMFW_API_KEY", cfMix(32), cfLower(32)),
		"fxmarket-api-key":         cfNamed("FXMARKET_API_KEY", cfMix(20), cfLower(20)),
		"caflou-api-key":           cfNamed("CAFLOU_API_TOKEN", cfCat(cfLit(fake.Join("eyJhbGciOiJ", "IUzI1NiJ9")), cfURL(135)), cfCat(cfLit(fake.Join("eyJhbGciOiJ", "IUzI1NiJ9")), cfURL(60))),
		"capsulecrm-api-token":     cfNamed("CAPSULECRM_API_TOKEN", cfMix(64), cfLower(64)),
		"checio-api-key":           cfNamed("CHECIO_API_KEY", cfCat(cfLit("pk_"), cfLow(45)), cfCat(cfLit("pk_"), cfUp(45))),
		"documo-api-key":           cfNamed("DOCUMO_API_KEY", cfJWT(), cfMix(60)),
		"cleanlab-api-key":         cfNamed("CLEANLAB_API_KEY", cfHex(32), cfLetters(32)),
		"customerio-api-key":       cfNamed("CUSTOMERIO_API_KEY", cfHex(32), cfLetters(32)),
		"deviantart-client-secret": cfNamed("DEVIANTART_CLIENT_SECRET", cfHex(32), cfLetters(32)),
		"dropbox-app-secret":       cfNamed("DROPBOX_APP_SECRET", cfLow(15), cfUp(15)),
		"envato-api-token":         cfNamed("ENVATO_TOKEN", cfMix(32), cfLower(32)),
		"fitbit-client-secret":     cfNamed("FITBIT_CLIENT_SECRET", cfHex(32), cfLetters(32)),
		"crisp-api-key":            cfNamed("CRISP_TOKEN_KEY", cfHex(64), cfLetters(64)),
		"evernote-developer-token": cfPrefixed("EVERNOTE_DEV_TOKEN", "S=s1:U=", cfCat(cfHex(5), cfLit(":E="), cfHex(11), cfLit(":C="), cfHex(11), cfLit(":P=1cd:A=en-devtoken:V=2:H="), cfHex(32))),
		"chutes-api-key":           cfPrefixed("CHUTES_API_KEY", fake.Join("cp", "k_"), cfCat(cfHex(32), cfLit("."), cfHex(32), cfLit("."), cfMix(32)), cfCat(cfLit(fake.Join("cp", "k_")), cfHex(32), cfLit("."), cfMix(32))),
		"freepik-api-key":          cfPrefixed("FREEPIK_API_KEY", fake.Join("FP", "SX"), cfHex(32), cfCat(cfLit(fake.Join("FP", "SX")), cfHexU(32))),
		"cerebrium-api-key":        cfNamed("CEREBRIUM_API_KEY", cfJWT(), cfMix(60)),
	}
}

// facebookAppTokenCases are the cases of facebook-app-access-token: an app
// id, a pipe (or %7C) and the app secret or a 27-character hash.
func facebookAppTokenCases(g *fake.Gen) Cases {
	appID := func() string { return "1" + g.String(fake.Digits, 15) }
	return Cases{
		Positives: []string{
			"FACEBOOK_APP_TOKEN=" + appID() + "|" + g.Hex(32) + "\n",
			"curl \"https://graph.facebook.com/debug_token?input_token=x&access_token=" + appID() + "%7C" + g.MixedAlnum(27) + "\"\n",
			"fb_access_token: '" + appID() + "|" + g.String(fake.Alnum+"_-", 26) + "x'\n",
			"GET /v19.0/me/accounts?access_token=" + appID() + "|" + g.MixedAlnum(27) + " HTTP/1.1\n",
		},
		Negatives: []string{
			"FACEBOOK_APP_ID=" + appID() + "\n",
			"FACEBOOK_APP_TOKEN=" + appID() + "|{app-secret}\n",
			"facebook: " + g.String(fake.Digits, 12) + "|" + g.Hex(32) + "\n",
		},
	}
}
