package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// ltSpec names a long-tail provider's setting: the environment variable,
// the provider's key in nested YAML and the word of the nested setting
// (api_key, token, password), and whether a client constructor taking the
// value is a context worth a positive.
type ltSpec struct {
	env, yaml, word string
	call            bool
}

// ltTitle upper-cases the first letter of each part of a snake_case word.
func ltTitle(s string, sep string) string {
	parts := strings.Split(s, "_")
	for i, p := range parts {
		if p != "" {
			parts[i] = strings.ToUpper(p[:1]) + p[1:]
		}
	}
	return strings.Join(parts, sep)
}

// ltAnchored builds the cases of a rule anchored on the provider's name:
// positives in an env file, nested YAML, JSON, a client constructor and a
// curl header; negatives with a near-miss value, the value under an
// unrelated name, a placeholder and the setting with no value.
func ltAnchored(s ltSpec, good, bad func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		v := good(g)
		c := Cases{
			Positives: []string{
				"# deploy settings\n" + s.env + "=" + v + "\n",
				"integrations:\n  " + s.yaml + ":\n    " + s.word + ": " + good(g) + "\n    timeout: 30\n",
				"{\n  \"" + strings.ToLower(s.env) + "\": \"" + good(g) + "\",\n  \"debug\": false\n}\n",
				"curl -s -H \"X-" + ltTitle(s.yaml, "") + "-" + ltTitle(s.word, "-") + ": " + good(g) + "\" \"$API_URL/v1/status\"\n",
				s.yaml + ": { " + s.word + ": \"" + good(g) + "\", retries: 3 }\n",
			},
			Negatives: []string{
				s.env + "=" + bad(g) + "\n",
				"SERVICE_TOKEN=" + v + "\n",
				s.env + "=your-" + strings.ReplaceAll(strings.ToLower(s.env), "_", "-") + "-here\n",
				s.yaml + ":\n  " + s.word + ":\n  region: eu-west-1\n",
			},
		}
		if s.word != "password" {
			if s.word != "secret_id" {
				c.Positives = append(c.Positives, "Note: the "+ltTitle(s.yaml, "")+" key is "+good(g)+" (rotate it monthly)\n")
				c.Positives = append(c.Positives, "curl -s -H \"Authorization: Bearer "+good(g)+"\" https://api."+strings.ReplaceAll(s.yaml, "_", "")+".com/v1/me\n")
			}
			// a token of another provider's format under this provider's name
			c.Negatives = append(c.Negatives, s.env+"="+g.GitHubToken(fake.Join("gh", "p"))+"\n")
		}
		if s.call {
			c.Positives = append(c.Positives,
				"client = "+ltTitle(s.yaml, "")+".Client(\""+good(g)+"\")\n",
				"client = "+ltTitle(s.yaml, "")+"("+s.word+"=\""+good(g)+"\", timeout=10)\n",
				"const client = require(\""+s.yaml+"\")(\""+good(g)+"\");\n",
				ltTitle(s.yaml, "")+".configure do |config|\n  config."+s.word+" = '"+good(g)+"'\nend\n")
		}
		return c
	}
}

// ltWith adds positives to a rule's cases.
func ltWith(b Builder, more ...func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		c := b(g)
		for _, m := range more {
			c.Positives = append(c.Positives, m(g))
		}
		return c
	}
}

// ltWithNeg adds negatives to a rule's cases.
func ltWithNeg(b Builder, more ...func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		c := b(g)
		for _, m := range more {
			c.Negatives = append(c.Negatives, m(g))
		}
		return c
	}
}

// ltJWT returns a JWT-shaped token (an HS256 header, n characters of
// claims, a signature) whose claims do not decode, so only the provider's
// rule, not the jwt rule, takes it.
func ltJWT(g *fake.Gen, n int) string {
	return nrJWTHead() + "eyJ" + saasURL(g, n) + "." + saasURL(g, 43)
}

// ltPrefixed builds the cases of a rule whose value has a prefix of its
// own: the value in an env file, JSON and a log line; negatives with a
// near-miss value and a placeholder.
func ltPrefixed(env string, good, bad func(g *fake.Gen) string) Builder {
	return func(g *fake.Gen) Cases {
		return Cases{
			Positives: []string{
				env + "=" + good(g) + "\n",
				"{\"config\": {\"value\": \"" + good(g) + "\"}}\n",
				"2024-05-01T10:00:00Z INFO created " + good(g) + " for order 1182\n",
			},
			Negatives: []string{
				env + "=" + bad(g) + "\n",
				env + "=your-" + strings.ReplaceAll(strings.ToLower(env), "_", "-") + "-here\n",
			},
		}
	}
}

// ltMix returns n characters of charset holding at least one upper-case
// letter, one lower-case letter and one digit.
func ltMix(g *fake.Gen, charset string, n int) string {
	for {
		s := g.String(charset, n)
		if strings.ContainsAny(s, fake.Upper) && strings.ContainsAny(s, fake.Lower) && strings.ContainsAny(s, fake.Digits) {
			return s
		}
	}
}

// ltUpperDigits returns n upper-case letters and digits, with both present.
func ltUpperDigits(g *fake.Gen, n int) string {
	for {
		s := upperAlnum(g, n)
		if strings.ContainsAny(s, fake.Upper) && strings.ContainsAny(s, fake.Digits) {
			return s
		}
	}
}

// ltPassword returns a password a person might choose for an API user.
func ltPassword(g *fake.Gen) string {
	return g.MixedAlnum(9) + g.Pick("!", "#", "%", "@") + g.MixedAlnum(4)
}

// ltDCToken returns a Jira or Confluence Data Center personal access
// token: base64 of a numeric id, a colon and random bytes.
func ltDCToken(g *fake.Gen) string {
	return b64(saasDigits(g, 12) + ":" + string(g.Bytes(20)))
}

// longtailCases are the generated cases of the long-tail provider rules
// (the long-tail providers section of rules.toml).
func longtailCases() map[string]Builder {
	return map[string]Builder{
		"adobe-io-api-key": ltWith(ltAnchored(ltSpec{env: "ADOBE_IO_API_KEY", yaml: "adobe", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return g.LowerAlnum(26) }), func(g *fake.Gen) string { return "ADOBE_CLIENT_ID=" + g.LowerAlnum(32) + "\n" }),
		"aeroworkflow-api-key": ltAnchored(ltSpec{env: "AEROWORKFLOW_API_KEY", yaml: "aeroworkflow", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(20) },
			func(g *fake.Gen) string { return g.MixedAlnum(14) }),
		"alegra-api-token": ltAnchored(ltSpec{env: "ALEGRA_API_TOKEN", yaml: "alegra", word: "token", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(20) },
			func(g *fake.Gen) string { return g.LowerAlnum(14) }),
		"apacta-api-key": ltAnchored(ltSpec{env: "APACTA_API_KEY", yaml: "apacta", word: "api_key", call: true},
			func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(4) }),
		"api2cart-api-key": ltAnchored(ltSpec{env: "API2CART_API_KEY", yaml: "api2cart", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return g.Hex(24) }),
		"apimatic-api-key": ltAnchored(ltSpec{env: "APIMATIC_API_KEY", yaml: "apimatic", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(64) },
			func(g *fake.Gen) string { return g.MixedAlnum(56) }),
		"appointedd-api-key": ltAnchored(ltSpec{env: "APPOINTEDD_API_KEY", yaml: "appointedd", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(66) },
			func(g *fake.Gen) string { return g.Base64Bytes(50) }),
		"autoklose-api-key": ltAnchored(ltSpec{env: "AUTOKLOSE_API_KEY", yaml: "autoklose", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"azure-batch-account-key": ltWith(ltAnchored(ltSpec{env: "AZURE_BATCH_ACCOUNT_KEY", yaml: "azure_batch", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(64) },
			func(g *fake.Gen) string { return g.Base64Bytes(55) }), func(g *fake.Gen) string {
			return "{\"accountUrl\": \"https://acme.westeurope.batch.azure.com\", \"accountKey\": \"" + g.Base64Bytes(64) + "\"}\n"
		}),
		"azure-apim-direct-management-key": ltWith(ltAnchored(ltSpec{env: "APIM_MANAGEMENT_KEY", yaml: "apim_management", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(64) },
			func(g *fake.Gen) string { return g.Base64Bytes(55) }), func(g *fake.Gen) string {
			return "{\"endpoint\": \"https://contoso.management.azure-api.net\", \"key\": \"" + g.Base64Bytes(64) + "\"}\n"
		}),
		"azure-apim-subscription-key-setting": ltAnchored(ltSpec{env: "APIM_SUBSCRIPTION_KEY", yaml: "apim_subscription", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return g.Hex(24) }),
		"braintree-private-key": ltAnchored(ltSpec{env: "BRAINTREE_PRIVATE_KEY", yaml: "braintree", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Hex(32) },
			func(g *fake.Gen) string { return g.Hex(24) }),
		"bulksms-api-token": ltAnchored(ltSpec{env: "BULKSMS_TOKEN_SECRET", yaml: "bulksms", word: "token", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(29) },
			func(g *fake.Gen) string { return g.MixedAlnum(20) }),
		"clickhelp-api-key": ltAnchored(ltSpec{env: "CLICKHELP_API_KEY", yaml: "clickhelp", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(24) },
			func(g *fake.Gen) string { return g.MixedAlnum(16) }),
		"currencycloud-api-key": ltAnchored(ltSpec{env: "CURRENCYCLOUD_API_KEY", yaml: "currencycloud", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(64) },
			func(g *fake.Gen) string { return g.LowerAlnum(58) }),
		"d7-networks-api-token": ltAnchored(ltSpec{env: "D7NETWORKS_API_TOKEN", yaml: "d7networks", word: "token", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(17) },
			func(g *fake.Gen) string { return g.Base64Bytes(11) }),
		"databox-api-token": ltAnchored(ltSpec{env: "DATABOX_API_TOKEN", yaml: "databox", word: "token", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(21) },
			func(g *fake.Gen) string { return g.LowerAlnum(15) }),
		"dotdigital-api-password": ltWith(ltAnchored(ltSpec{env: "DOTDIGITAL_API_PASSWORD", yaml: "dotdigital", word: "password", call: false},
			func(g *fake.Gen) string { return ltPassword(g) },
			func(g *fake.Gen) string { return g.MixedAlnum(5) }), func(g *fake.Gen) string {
			return "{\"username\": \"apiuser-" + g.LowerAlnum(12) + "@apiconnector.com\", \"password\": \"" + ltPassword(g) + "\"}\n"
		}),
		"eightxeight-api-key": ltAnchored(ltSpec{env: "EIGHTXEIGHT_API_KEY", yaml: "8x8", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(43) },
			func(g *fake.Gen) string { return g.MixedAlnum(35) }),
		"envoy-api-key": ltAnchored(ltSpec{env: "ENVOY_API_KEY", yaml: "envoy", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(220) },
			func(g *fake.Gen) string { return g.MixedAlnum(150) }),
		"fileio-api-key": ltAnchored(ltSpec{env: "FILEIO_API_KEY", yaml: "fileio", word: "api_key", call: true},
			func(g *fake.Gen) string { return ltUpperDigits(g, 8) + "." + ltUpperDigits(g, 30) },
			func(g *fake.Gen) string { return ltUpperDigits(g, 8) + "." + ltUpperDigits(g, 20) }),
		"geocode-xyz-api-key": ltAnchored(ltSpec{env: "GEOCODE_XYZ_API_KEY", yaml: "geocode", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(28) },
			func(g *fake.Gen) string { return g.LowerAlnum(22) }),
		"gengo-api-key": ltAnchored(ltSpec{env: "GENGO_PRIVATE_KEY", yaml: "gengo", word: "api_key", call: true},
			func(g *fake.Gen) string { return ltMix(g, fake.Alnum+"_^|~@", 64) },
			func(g *fake.Gen) string { return ltMix(g, fake.Alnum+"_^|~@", 40) }),
		"getemail-api-key": ltAnchored(ltSpec{env: "GETEMAIL_API_KEY", yaml: "getemail", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(20) },
			func(g *fake.Gen) string { return g.MixedAlnum(12) }),
		"getemails-api-key": ltAnchored(ltSpec{env: "GETEMAILS_API_KEY", yaml: "getemails", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(26) },
			func(g *fake.Gen) string { return g.LowerAlnum(20) }),
		"getgist-api-key": ltAnchored(ltSpec{env: "GETGIST_API_KEY", yaml: "getgist", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(68) },
			func(g *fake.Gen) string { return g.MixedAlnum(50) }),
		"getsandbox-api-key": ltAnchored(ltSpec{env: "GETSANDBOX_API_KEY", yaml: "getsandbox", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(40) },
			func(g *fake.Gen) string { return g.LowerAlnum(34) }),
		"gocanvas-api-key": ltAnchored(ltSpec{env: "GOCANVAS_API_KEY", yaml: "gocanvas", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(32) },
			func(g *fake.Gen) string { return g.Base64Bytes(23) }),
		"guardian-api-key": ltWithNeg(ltAnchored(ltSpec{env: "GUARDIAN_API_KEY", yaml: "guardian", word: "api_key", call: true},
			func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(4) }), func(g *fake.Gen) string {
			return "config :app, App.Guardian, issuer: \"app\", secret_key: \"" + g.Base64Bytes(48) + "\"\n"
		}),
		"helpcrunch-api-key": ltAnchored(ltSpec{env: "HELPCRUNCH_API_KEY", yaml: "helpcrunch", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(246) },
			func(g *fake.Gen) string { return g.Base64Bytes(180) }),
		"hiveage-api-key": ltAnchored(ltSpec{env: "HIVEAGE_API_KEY", yaml: "hiveage", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(20) },
			func(g *fake.Gen) string { return g.MixedAlnum(12) }),
		"impala-api-key": ltAnchored(ltSpec{env: "IMPALA_API_KEY", yaml: "impala", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(46) },
			func(g *fake.Gen) string { return g.MixedAlnum(38) }),
		"instabot-api-key": ltAnchored(ltSpec{env: "INSTABOT_API_KEY", yaml: "instabot", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.Base64Bytes(32) },
			func(g *fake.Gen) string { return g.Base64Bytes(23) }),
		"invoiceocean-api-token": ltAnchored(ltSpec{env: "INVOICEOCEAN_API_TOKEN", yaml: "invoiceocean", word: "token", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(20) },
			func(g *fake.Gen) string { return g.MixedAlnum(12) }),
		"kanbantool-api-token": ltAnchored(ltSpec{env: "KANBANTOOL_API_TOKEN", yaml: "kanbantool", word: "token", call: true},
			func(g *fake.Gen) string { return ltUpperDigits(g, 12) },
			func(g *fake.Gen) string { return ltUpperDigits(g, 8) }),
		"karmacrm-api-key": ltAnchored(ltSpec{env: "KARMACRM_API_KEY", yaml: "karmacrm", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(20) },
			func(g *fake.Gen) string { return g.MixedAlnum(12) }),
		"languagelayer-api-key": ltAnchored(ltSpec{env: "LANGUAGELAYER_API_KEY", yaml: "languagelayer", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"lark-access-token": ltAnchored(ltSpec{env: "LARK_TENANT_ACCESS_TOKEN", yaml: "lark", word: "token", call: true},
			func(g *fake.Gen) string { return "t-" + g.MixedAlnum(40) },
			func(g *fake.Gen) string { return "t-" + g.MixedAlnum(8) }),
		"lexigram-api-key": ltAnchored(ltSpec{env: "LEXIGRAM_API_KEY", yaml: "lexigram", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(301) },
			func(g *fake.Gen) string { return g.MixedAlnum(200) }),
		"magnetic-api-key": ltAnchored(ltSpec{env: "MAGNETIC_API_KEY", yaml: "magnetic", word: "api_key", call: true},
			func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(4) }),
		"mailjet-basic-auth": ltAnchored(ltSpec{env: "MAILJET_BASIC_AUTH", yaml: "mailjet", word: "auth", call: true},
			func(g *fake.Gen) string { return b64(g.Hex(32) + ":" + g.Hex(32)) },
			func(g *fake.Gen) string { return b64(g.Hex(32)) }),
		"mailjet-sms-token": ltAnchored(ltSpec{env: "MAILJET_SMS_TOKEN", yaml: "mailjet", word: "token", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"metrilo-api-key": ltAnchored(ltSpec{env: "METRILO_API_KEY", yaml: "metrilo", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(16) },
			func(g *fake.Gen) string { return g.LowerAlnum(10) }),
		"miro-access-token": ltAnchored(ltSpec{env: "MIRO_ACCESS_TOKEN", yaml: "miro", word: "token", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(27) },
			func(g *fake.Gen) string { return g.MixedAlnum(19) }),
		"mite-api-key": ltWith(ltAnchored(ltSpec{env: "MITE_API_KEY", yaml: "mite", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(16) },
			func(g *fake.Gen) string { return g.LowerAlnum(10) }), func(g *fake.Gen) string {
			return "curl \"https://acme.mite.yo.lk/projects.json?api_key=" + g.LowerAlnum(16) + "\"\n"
		}),
		"mixmax-api-token": ltAnchored(ltSpec{env: "MIXMAX_API_TOKEN", yaml: "mixmax", word: "token", call: true},
			func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return g.Hex(20) }),
		"mockaroo-api-key": ltAnchored(ltSpec{env: "MOCKAROO_API_KEY", yaml: "mockaroo", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(8) },
			func(g *fake.Gen) string { return g.LowerAlnum(5) }),
		"mrticktock-password": ltAnchored(ltSpec{env: "MRTICKTOCK_PASSWORD", yaml: "mrticktock", word: "password", call: false},
			func(g *fake.Gen) string { return ltPassword(g) },
			func(g *fake.Gen) string { return g.MixedAlnum(5) }),
		"myfreshworks-api-key": ltAnchored(ltSpec{env: "FRESHWORKS_API_KEY", yaml: "freshworks", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(22) },
			func(g *fake.Gen) string { return g.MixedAlnum(14) }),
		"myintervals-api-token": ltAnchored(ltSpec{env: "MYINTERVALS_API_TOKEN", yaml: "myintervals", word: "token", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(11) },
			func(g *fake.Gen) string { return g.LowerAlnum(5) }),
		"newrelic-personal-api-key-legacy": ltAnchored(ltSpec{env: "NEW_RELIC_PERSONAL_API_KEY", yaml: "newrelic", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(4) + "-" + g.MixedAlnum(42) },
			func(g *fake.Gen) string { return g.MixedAlnum(4) + "-" + g.MixedAlnum(30) }),
		"nozbe-api-token": ltAnchored(ltSpec{env: "NOZBE_API_TOKEN", yaml: "nozbe", word: "token", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(16) + "_" + g.MixedAlnum(64) },
			func(g *fake.Gen) string { return g.MixedAlnum(16) + "_" + g.MixedAlnum(30) }),
		"onedesk-password": ltAnchored(ltSpec{env: "ONEDESK_PASSWORD", yaml: "onedesk", word: "password", call: false},
			func(g *fake.Gen) string { return ltPassword(g) },
			func(g *fake.Gen) string { return g.MixedAlnum(5) }),
		"paperform-api-key": ltAnchored(ltSpec{env: "PAPERFORM_API_KEY", yaml: "paperform", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(900) },
			func(g *fake.Gen) string { return g.MixedAlnum(600) }),
		"parsehub-api-key": ltAnchored(ltSpec{env: "PARSEHUB_API_KEY", yaml: "parsehub", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(12) },
			func(g *fake.Gen) string { return g.MixedAlnum(4) }),
		"prospectcrm-api-key": ltAnchored(ltSpec{env: "PROSPECTCRM_API_KEY", yaml: "prospectcrm", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"protocolsio-access-token": ltAnchored(ltSpec{env: "PROTOCOLSIO_ACCESS_TOKEN", yaml: "protocolsio", word: "token", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(64) },
			func(g *fake.Gen) string { return g.LowerAlnum(58) }),
		"raven-tools-api-key": ltWithNeg(ltAnchored(ltSpec{env: "RAVEN_API_KEY", yaml: "raven", word: "api_key", call: true},
			func(g *fake.Gen) string { return ltUpperDigits(g, 16) },
			func(g *fake.Gen) string { return ltUpperDigits(g, 12) }), func(g *fake.Gen) string {
			return "RAVEN_DSN=https://" + g.Hex(32) + "@sentry.io/" + saasDigits(g, 6) + "\n"
		}),
		"repairshopr-api-key": ltAnchored(ltSpec{env: "REPAIRSHOPR_API_KEY", yaml: "repairshopr", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(51) },
			func(g *fake.Gen) string { return g.MixedAlnum(43) }),
		"semaphore-sms-api-key": ltAnchored(ltSpec{env: "SEMAPHORE_API_KEY", yaml: "semaphore", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.LowerAlnum(32) },
			func(g *fake.Gen) string { return g.LowerAlnum(26) }),
		"simplynoted-api-key": ltAnchored(ltSpec{env: "SIMPLYNOTED_API_KEY", yaml: "simplynoted", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(350) },
			func(g *fake.Gen) string { return g.MixedAlnum(200) }),
		"storychief-api-key": ltAnchored(ltSpec{env: "STORYCHIEF_API_KEY", yaml: "storychief", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(960) },
			func(g *fake.Gen) string { return g.MixedAlnum(600) }),
		"surveyanyplace-api-key": ltAnchored(ltSpec{env: "SURVEYANYPLACE_API_KEY", yaml: "surveyanyplace", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(32) },
			func(g *fake.Gen) string { return g.MixedAlnum(24) }),
		"tallyfy-api-key": ltAnchored(ltSpec{env: "TALLYFY_API_KEY", yaml: "tallyfy", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(36) + "." + g.MixedAlnum(264) + "." + saasURL(g, 683) },
			func(g *fake.Gen) string { return g.MixedAlnum(36) + "." + g.MixedAlnum(100) }),
		"twitter-consumer-key": ltWithNeg(ltWith(ltAnchored(ltSpec{env: "TWITTER_CONSUMER_KEY", yaml: "twitter", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(25) },
			func(g *fake.Gen) string { return g.MixedAlnum(12) }), func(g *fake.Gen) string { return "social:\n  TWITTER_ID: \"" + g.MixedAlnum(20) + "\",\n" }), func(g *fake.Gen) string { return "TWITTER_USER_ID=" + saasDigits(g, 19) + "\n" }),
		"uclassify-api-key": ltAnchored(ltSpec{env: "UCLASSIFY_API_KEY", yaml: "uclassify", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(12) },
			func(g *fake.Gen) string { return g.MixedAlnum(4) }),
		"viewneo-api-key": ltAnchored(ltSpec{env: "VIEWNEO_API_KEY", yaml: "viewneo", word: "api_key", call: true},
			func(g *fake.Gen) string { return g.MixedAlnum(150) + "." + g.MixedAlnum(200) + "." + saasURL(g, 700) },
			func(g *fake.Gen) string { return g.MixedAlnum(150) + "." + g.MixedAlnum(60) }),
		"zipbooks-password": ltAnchored(ltSpec{env: "ZIPBOOKS_PASSWORD", yaml: "zipbooks", word: "password", call: false},
			func(g *fake.Gen) string { return ltPassword(g) },
			func(g *fake.Gen) string { return g.MixedAlnum(5) }),
		"atlassian-datacenter-pat": ltAnchored(ltSpec{env: "JIRA_API_TOKEN", yaml: "jira", word: "token", call: true},
			func(g *fake.Gen) string { return ltDCToken(g) },
			func(g *fake.Gen) string { return ltDCToken(g)[:30] }),
		"hashicorp-vault-approle-secret-id": ltWith(ltAnchored(ltSpec{env: "VAULT_SECRET_ID", yaml: "approle", word: "secret_id", call: false},
			func(g *fake.Gen) string { return saasUUID(g) },
			func(g *fake.Gen) string { return g.Hex(8) + "-" + g.Hex(4) + "-" + g.Hex(4) }), func(g *fake.Gen) string {
			return "auth_login {\n  path = \"auth/approle/login\"\n  parameters = {\n    role_id   = \"" + saasUUID(g) + "\"\n    secret_id = \"" + saasUUID(g) + "\"\n  }\n}\n"
		}),
		"auth0-management-api-token": ltAnchored(ltSpec{env: "AUTH0_MANAGEMENT_API_TOKEN", yaml: "auth0_management", word: "token", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"flightlabs-api-key": ltAnchored(ltSpec{env: "FLIGHTLABS_API_KEY", yaml: "flightlabs", word: "api_key", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"formbucket-api-token": ltAnchored(ltSpec{env: "FORMBUCKET_API_TOKEN", yaml: "formbucket", word: "token", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"formio-api-token": ltAnchored(ltSpec{env: "FORMIO_API_TOKEN", yaml: "formio", word: "token", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"lendflow-api-token": ltAnchored(ltSpec{env: "LENDFLOW_API_TOKEN", yaml: "lendflow", word: "token", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"reallysimplesystems-api-key": ltAnchored(ltSpec{env: "REALLYSIMPLESYSTEMS_API_KEY", yaml: "reallysimplesystems", word: "api_key", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"rentman-api-token": ltAnchored(ltSpec{env: "RENTMAN_API_TOKEN", yaml: "rentman", word: "token", call: true},
			func(g *fake.Gen) string { return ltJWT(g, 200) },
			func(g *fake.Gen) string { return ltJWT(g, 200)[:40] }),
		"azure-entra-refresh-token": ltPrefixed("AZURE_REFRESH_TOKEN",
			func(g *fake.Gen) string { return fake.Join("0", ".A", saasURL(g, 60), ".Ag", "AB", saasURL(g, 300)) },
			func(g *fake.Gen) string { return fake.Join("0", ".A", saasURL(g, 60), ".Ag", "AB", saasURL(g, 80)) }),
		"newrelic-insights-query-key": ltPrefixed("NEW_RELIC_QUERY_KEY",
			func(g *fake.Gen) string { return fake.Join("NR", "IQ-", g.MixedAlnum(25)) },
			func(g *fake.Gen) string { return fake.Join("NR", "IQ-", g.MixedAlnum(16)) }),
		"pubnub-subscribe-key": ltPrefixed("PUBNUB_SUBSCRIBE_KEY",
			func(g *fake.Gen) string { return fake.Join("su", "b-c-", saasUUID(g)) },
			func(g *fake.Gen) string { return fake.Join("su", "b-c-", g.Hex(8)) }),
		"stripe-payment-intent-client-secret": ltPrefixed("STRIPE_CLIENT_SECRET",
			func(g *fake.Gen) string {
				return fake.Join("p", "i_", g.MixedAlnum(24), "_sec", "ret_", g.MixedAlnum(25))
			},
			func(g *fake.Gen) string {
				return fake.Join("p", "i_", g.MixedAlnum(24), "_sec", "ret_", g.MixedAlnum(12))
			}),
	}
}
