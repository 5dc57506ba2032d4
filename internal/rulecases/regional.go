// Cases of the rules added for regional (Asia, India, Latin America, Africa, Eastern Europe) provider formats that no other
// scanner's list named. Values are built at run time from split parts,
// never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// regionalURL builds the cases of a rule that takes a credential from a
// URL: positives in a .env line, YAML and code; negatives with half the
// value, a placeholder, another host and the wrong-shaped values given.
func regionalURL(env, prefix, suffix string, value cfVal, bad ...cfVal) Builder {
	return func(g *fake.Gen) Cases {
		v := value(g)
		c := Cases{
			Positives: []string{
				env + "=https://" + prefix + v + suffix + "\n",
				"notify:\n  url: \"https://" + prefix + value(g) + suffix + "\"\n",
				"requests.post(\"https://" + prefix + value(g) + suffix + "\", json=payload)\n",
			},
			Negatives: []string{
				env + "=https://" + prefix + v[:len(v)/2] + suffix + "\n",
				env + "=https://" + prefix + strings.Repeat("x", len(v)) + suffix + "\n",
				env + "=https://hooks.example.com/notify/" + v + suffix + "\n",
			},
		}
		for _, b := range bad {
			c.Negatives = append(c.Negatives, env+"=https://"+prefix+b(g)+suffix+"\n")
		}
		return c
	}
}

// regionalCases are the generated cases of the regional (Asia, India, Latin America, Africa, Eastern Europe) provider rules.
func regionalCases() map[string]Builder {
	tossTest := fake.Join("test", "_sk_")
	tossLive := fake.Join("live", "_sk_")
	wompiPrv := fake.Join("prv", "_prod_")
	wompiEvents := fake.Join("prod", "_events_")
	return map[string]Builder{
		"dingtalk-webhook": regionalURL("DINGTALK_WEBHOOK", "oapi.dingtalk.com/robot/send?access_token=", "", cfHex(64),
			cfHexU(64), cfLetters(64)),
		"dingtalk-robot-secret": cfPrefixed("DINGTALK_SECRET", "SEC", cfHex(64), cfCat(cfLit("SEC"), cfHexU(64)), cfCat(cfLit("SEC"), cfHex(40))),
		"wecom-webhook": regionalURL("WECOM_WEBHOOK_URL", "qyapi.weixin.qq.com/cgi-bin/webhook/send?key=", "", cfUUID(),
			cfUUIDU(), cfHex(32)),
		"feishu-webhook": regionalURL("FEISHU_WEBHOOK_URL", "open.feishu.cn/open-apis/bot/v2/hook/", "", cfUUID(),
			cfUUIDU(), cfHex(32)),
		"serverchan-sendkey": plusPositives(regionalURL("SERVERCHAN_URL", "sctapi.ftqq.com/", ".send", cfCat(cfLit("SCT"), cfDig(6), cfLit("T"), cfMix(32)),
			cfCat(cfLit("SCT"), cfMix(32)), cfCat(cfLit("SCT"), cfDig(6), cfLit("T"), cfMix(8))),
			func(g *fake.Gen) []string {
				uid := saasDigits(g, 5)
				return []string{"curl -X POST https://" + uid + ".push.ft07.com/send/sctp" + uid + "t" + g.LowerAlnum(32) + ".send -d title=hi\n"}
			}),
		"bark-device-key": regionalURL("BARK_URL", "api.day.app/", "/Build%20done", cfMix(22),
			cfMix(40), cfMix(12)),
		"tosspayments-secret-key": plusPositives(cfPrefixed("TOSS_SECRET_KEY", tossTest, cfMix(28),
			cfCat(cfLit(tossTest), cfMix(40)), cfCat(cfLit(fake.Join("prj_", tossLive)), cfMix(28))),
			func(g *fake.Gen) []string {
				return []string{"echo -n '" + tossLive + g.MixedAlnum(28) + ":' | base64\n"}
			}),
		"wompi-private-key": cfPrefixed("WOMPI_PRIVATE_KEY", wompiPrv, cfMix(32),
			cfCat(cfLit(fake.Join("pub", "_prod_")), cfMix(32)), cfCat(cfLit(wompiPrv), cfMix(48))),
		"wompi-integration-secret": plusPositives(cfPrefixed("WOMPI_EVENTS_SECRET", wompiEvents, cfMix(32),
			cfCat(cfLit(wompiEvents), cfMix(48)), cfCat(cfLit(fake.Join("prod", "_other_")), cfMix(32))),
			func(g *fake.Gen) []string {
				return []string{"WOMPI_INTEGRITY_SECRET=" + fake.Join("test", "_integrity_") + g.MixedAlnum(32) + "\n"}
			}),
		"yookassa-secret-key": withCases(cfNamed("YOOKASSA_SECRET_KEY", cfCat(cfLit("live_"), cfURL(43)),
			cfCat(cfLit("live_"), cfURL(20)), cfCat(cfLit("prod_"), cfURL(43))), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"yookassa:\n  shop_id: 123456\n  secret_key: test_" + saasURL(g, 43) + "\n"},
				Negatives: []string{"PAYMENT_SECRET_KEY=live_" + saasURL(g, 43) + "\n"},
			}
		}),
		"chatwork-api-token": withCases(cfNamed("CHATWORK_API_TOKEN", cfHex(32), cfLetters(32), cfHex(40)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"req.headers['X-ChatWorkToken'] = '" + g.Hex(32) + "'\n"},
				Negatives: []string{"req.headers['X-Request-Id'] = '" + g.Hex(32) + "'\n"},
			}
		}),
		"omise-secret-key": plusPositives(cfPrefixed("OMISE_SECRET_KEY", fake.Join("skey", "_test_"), cfLow(19),
			cfCat(cfLit(fake.Join("pkey", "_test_")), cfLow(19)), cfCat(cfLit(fake.Join("skey", "_test_")), cfLow(40))),
			func(g *fake.Gen) []string {
				return []string{"curl https://api.omise.co/charges -u " + fake.Join("skey", "_") + g.LowerAlnum(19) + ": -d amount=100\n"}
			}),
		"kintone-api-token": withCases(cfNamed("KINTONE_API_TOKEN", cfMix(40), cfMix(50), cfMix(24)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"curl -H \"X-Cybozu-API-Token: " + g.MixedAlnum(40) + "\" \"https://example.cybozu.com/k/v1/records.json?app=1\"\n"},
				Negatives: []string{"curl -H \"X-Request-Token: " + g.MixedAlnum(40) + "\" \"https://example.com/k/v1/records.json?app=1\"\n"},
			}
		}),
		"backlog-api-key": withCases(cfNamed("BACKLOG_API_KEY", cfMix(64), cfMix(80), cfMix(40)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"client = BacklogKit::Client.new(space_id: 'team', api_key: '" + g.MixedAlnum(64) + "')\n"},
				Negatives: []string{"# backlog grooming notes, ticket " + saasDigits(g, 4) + "\nchecksum: " + g.Hex(64) + "\n"},
			}
		}),
		"pushplus-token": withCases(cfNamed("PUSHPLUS_TOKEN", cfHex(32), cfLetters(32), cfHex(24)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"curl \"https://www.pushplus.plus/send?token=" + g.Hex(32) + "&title=done&content=ok\"\n"},
				Negatives: []string{"curl \"https://www.pushplus.plus/send?title=done&content=" + g.Hex(32) + "\"\n"},
			}
		}),
		"openpay-private-key": withCases(cfNamed("OPENPAY_PRIVATE_KEY", cfCat(cfLit("sk_"), cfHex(32)),
			cfCat(cfLit("pk_"), cfHex(32)), cfCat(cfLit("sk_"), cfLetters(32))), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"openpay.setPrivateKey('sk_" + g.Hex(32) + "');\n"},
				Negatives: []string{"STRIPE_SECRET_KEY=sk_" + g.Hex(32) + "\n"},
			}
		}),
		"phonepe-salt-key": withCases(cfNamed("PHONEPE_SALT_KEY", cfUUID(), cfHex(32)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"phonepe:\n  merchant_id: M" + upperAlnum(g, 12) + "\n  salt_key: " + saasUUID(g) + "\n  salt_index: 1\n"},
				Negatives: []string{"phonepe:\n  merchant_id: M" + upperAlnum(g, 12) + "\n  request_id: " + saasUUID(g) + "\n"},
			}
		}),
		"iamport-api-secret": withCases(cfNamed("IAMPORT_API_SECRET", cfMix(80), cfMix(100), cfMix(40)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"data: {\n  imp_key: \"" + saasDigits(g, 16) + "\",\n  imp_secret: \"" + g.MixedAlnum(80) + "\"\n}\n"},
				Negatives: []string{"data: {\n  imp_key: \"" + saasDigits(g, 16) + "\",\n  nonce: \"" + g.MixedAlnum(80) + "\"\n}\n"},
			}
		}),
		"vnpay-hash-secret": withCases(cfNamed("VNPAY_HASH_SECRET", cfUp(32), cfLower(32), cfUp(40)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"$vnp_TmnCode = \"" + upperAlnum(g, 8) + "\";\n$vnp_HashSecret = \"" + upperAlnum(g, 32) + "\"; // secret\n"},
				Negatives: []string{"$vnp_TmnCode = \"" + upperAlnum(g, 8) + "\";\n$vnp_TxnRef = \"" + upperAlnum(g, 32) + "\";\n"},
			}
		}),
		"mpesa-passkey": withCases(cfNamed("MPESA_PASSKEY", cfHex(64), cfLetters(64), cfHex(40)), func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{"DARAJA_SHORTCODE=174379\nDARAJA_PASSKEY=" + g.Hex(64) + "\n"},
				Negatives: []string{"MPESA_SHORTCODE=174379\nBUILD_SHA256=" + g.Hex(64) + "\n"},
			}
		}),
	}
}
