// Cases of the rules added for well-known cloud, hosting, storage, CDN, database and CMS providers
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// infraCases are the generated cases of the cloud, hosting, storage, CDN, database and CMS providers rules.
func infraCases() map[string]Builder {
	mzp := fake.Join("mz", "p_")
	prismic := cfCat(cfLit(fake.Join("MC", "5")), cfURL(21), cfLit("."), cfURL(70))
	return map[string]Builder{
		"coolify-api-token": cfNamed("COOLIFY_TOKEN", cfCat(cfDig(2), cfLit("|"), cfMix(40)),
			cfCat(cfDig(2), cfLit("|"), cfMix(30)), cfCat(cfDig(2), cfLit(":"), cfMix(40))),
		"bonsai-url": func(g *fake.Gen) Cases {
			host := "@my-cluster-" + g.LowerAlnum(6) + ".us-east-1." + fake.Join("bonsai", "search.net")
			creds := func() string { return "https://" + g.LowerAlnum(10) + ":" + g.LowerAlnum(10) }
			return Cases{
				Positives: []string{
					"BONSAI_URL=" + creds() + host + ":443\n",
					"elasticsearch:\n  url: \"" + creds() + host + "/\"\n",
					"es = Elasticsearch([\"" + creds() + "@cluster-slug-123.eu-west-1." + fake.Join("bonsai", ".io") + "\"])\n",
				},
				Negatives: []string{
					"BONSAI_URL=https://" + g.LowerAlnum(10) + ":" + g.LowerAlnum(6) + host + "\n",
					"BONSAI_URL=https://user:" + strings.Repeat("x", 10) + host + "\n",
					"ES_URL=" + creds() + "@search.example.com:9200\n",
				},
			}
		},
		"cloudflare-r2-secret-access-key": cfNamed("R2_SECRET_ACCESS_KEY", cfHex(64), cfHexU(64), cfHex(40)),
		"gcore-api-token": withCases(cfNamed("GCORE_API_KEY", cfCat(cfDig(5), cfLit("$"), cfHex(32)),
			cfCat(cfDig(5), cfHex(32))), func(g *fake.Gen) Cases {
			tok := cfCat(cfDig(4), cfLit("$"), cfHex(48))(g)
			return Cases{
				Positives: []string{
					"curl -H 'Authorization: APIKey " + tok + "' https://api.gcore.com/iam/users/me\n",
					"export GCORE_API_KEY=\"" + strings.Replace(tok, "$", "\\$", 1) + "\"\n",
				},
				Negatives: []string{
					"curl -H 'Authorization: Bearer " + tok + "' https://api.example.com/\n",
					"Authorization: APIKey $GCORE_API_KEY\n",
				},
			}
		}),
		"ibm-cos-hmac-secret-key": withCases(cfNamed("COS_HMAC_SECRET_ACCESS_KEY", cfMix(48), cfMix(40), cfCat(cfMix(40), cfLit("-"), cfMix(7))),
			func(g *fake.Gen) Cases {
				id := g.Hex(32)
				return Cases{
					Positives: []string{
						"{\n  \"cos_hmac_keys\": {\n    \"access_key_id\": \"" + id + "\",\n    \"secret_access_key\": \"" + g.MixedAlnum(48) + "\"\n  },\n  \"endpoints\": \"https://control.cloud-object-storage.cloud.ibm.com/v2/endpoints\"\n}\n",
						"cos_hmac_keys:\n  access_key_id: " + id + "\n  secret_access_key: " + g.MixedAlnum(48) + "\n",
					},
					Negatives: []string{
						"{\n  \"cos_hmac_keys\": {\n    \"access_key_id\": \"" + id + "\"\n  }\n}\n",
						"aws:\n  access_key_id: " + id + "\n  secret_access_key: " + g.MixedAlnum(48) + "\n",
					},
				}
			}),
		"materialize-app-password": plusPositives(
			cfPrefixed("MZ_PASSWORD", mzp, cfURL(43), cfCat(cfLit(mzp), cfURL(50)), cfCat(cfLit(mzp), cfHex(40))),
			func(g *fake.Gen) []string {
				return []string{"psql \"postgres://svc%40example.com:" + mzp + g.Hex(64) + "@abc.us-east-1.aws.materialize.cloud:6875/materialize\"\n"}
			}),
		"motherduck-token": plusPositives(cfNamed("MOTHERDUCK_TOKEN", cfJWT(), cfCat(cfLit("ey"), cfLit("J"), cfURL(120))),
			func(g *fake.Gen) []string {
				return []string{"con = duckdb.connect(\"md:analytics?motherduck_token=" + cfJWT()(g) + "\")\n"}
			}),
		"payload-cms-api-key": func(g *fake.Gen) Cases {
			key := saasUUID(g)
			return Cases{
				Positives: []string{
					"const res = await fetch(`${cms}/api/posts`, {\n  headers: { Authorization: 'users API-Key " + key + "' },\n})\n",
					"curl -H \"Authorization: api-users API-Key " + saasUUID(g) + "\" https://cms.example.com/api/pages\n",
				},
				Negatives: []string{
					"headers: { Authorization: `users API-Key ${process.env.PAYLOAD_API_KEY}` }\n",
					"curl -H \"X-API-Key: " + key + "\" https://api.example.com/\n",
					"Authorization: users API-Key " + key[:18] + "\n",
					"Authorization: users API-Key " + strings.Repeat("a", 36) + "\n",
				},
			}
		},
		"prismic-access-token": cfPrefixed("PRISMIC_ACCESS_TOKEN", "", prismic,
			cfCat(cfLit(fake.Join("MC", "5")), cfURL(30), cfLit("."), cfURL(70)),
			cfCat(cfLit(fake.Join("MC", "4")), cfURL(21), cfLit("."), cfURL(70))),
		"cpanel-api-token": withCases(cfNamed("CPANEL_API_TOKEN", cfUp(32), cfLow(32), cfUp(24)), func(g *fake.Gen) Cases {
			tok := cfUp(32)(g)
			return Cases{
				Positives: []string{
					"curl -H'Authorization: cpanel deploy:" + tok + "' 'https://example.com:2083/execute/Email/list_pops'\n",
					"curl -H 'Authorization: whm root:" + cfUp(32)(g) + "' https://example.com:2087/json-api/listaccts\n",
				},
				Negatives: []string{
					"curl -H'Authorization: Basic " + tok + "' https://example.com/\n",
					"curl -H'Authorization: cpanel deploy:" + strings.ToLower(tok) + "' https://example.com:2083/\n",
				},
			}
		}),
		"proxmox-api-token": withCases(cfNamed("PROXMOX_TOKEN_SECRET", cfUUID(), cfUUIDU(), cfHex(32)), func(g *fake.Gen) Cases {
			id, header := saasUUID(g), fake.Join("PVEAPI", "Token=")
			return Cases{
				Positives: []string{
					"curl -H 'Authorization: " + header + "root@pam!monitoring=" + id + "' https://pve.example.com:8006/api2/json/nodes\n",
					"export PVE_TOKEN=\"automation@pve!ci=" + saasUUID(g) + "\"\n",
				},
				Negatives: []string{
					"curl -H 'Authorization: " + header + "root@pam!monitoring=$SECRET' https://pve.example.com:8006/\n",
					"api_token_id: root@pam!monitoring\nrequest_id: " + id + "\n",
				},
			}
		}),
		"storj-access-grant": plusPositives(cfNamed("STORJ_ACCESS_GRANT", cfCat(cfLit("1"), infraBase58(180)),
			cfCat(cfLit("1"), infraBase58(60)), cfCat(cfLit("1"), cfMix(180))),
			func(g *fake.Gen) []string {
				return []string{"curl --data '{\"access_grant\": \"1" + infraBase58(220)(g) + "\", \"public\": true}' https://auth.storjshare.io/v1/access\n"}
			}),
		"turso-auth-token": plusPositives(cfNamed("TURSO_AUTH_TOKEN", cfJWT(), cfCat(cfLit("ey"), cfLit("J"), cfURL(120))),
			func(g *fake.Gen) []string {
				return []string{"LIBSQL_AUTH_TOKEN=" + cfJWT()(g) + "\nLIBSQL_URL=libsql://db-org.turso.io\n"}
			}),
	}
}

// infraBase58 is n characters of the Bitcoin base58 alphabet.
func infraBase58(n int) cfVal {
	return func(g *fake.Gen) string {
		return g.String("123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz", n)
	}
}
