// Cases of the rules added for well-known identity, secrets managers, network access and security tools
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// secNetBird is a NetBird personal access token: nbp_, 30 base62
// characters and their base62 CRC32; broken flips the checksum.
func secNetBird(broken bool) cfVal {
	return func(g *fake.Gen) string {
		body := g.MixedAlnum(30)
		sum := fake.Base62CRC32(body)
		if broken {
			sum = fake.Base62CRC32(body + "x")
		}
		return fake.Join("nb", "p_", body, sum)
	}
}

// secTunnel is a cloudflared tunnel token: base64 of {"a","t","s"} JSON;
// tag sets the account tag (the validator wants 32 hex digits).
func secTunnel(tag func(g *fake.Gen) string) cfVal {
	return func(g *fake.Gen) string {
		id := strings.Join([]string{g.Hex(8), g.Hex(4), g.Hex(4), g.Hex(4), g.Hex(12)}, "-")
		secret := base64.StdEncoding.EncodeToString([]byte(g.MixedAlnum(32)))
		return base64.StdEncoding.EncodeToString([]byte(`{"a":"` + tag(g) + `","t":"` + id + `","s":"` + secret + `"}`))
	}
}

// secInfisical is an Infisical service token with the given id part.
func secInfisical(id cfVal, tail int) cfVal {
	return func(g *fake.Gen) string {
		t := fake.Join("s", "t.", id(g), ".", g.Hex(32))
		if tail > 0 {
			t += "." + g.Hex(tail)
		}
		return t
	}
}

// secTenable is the X-ApiKeys header value Tenable documents.
func secTenable(n int) cfVal {
	return func(g *fake.Gen) string {
		return fake.Join("access", "Key=", g.Hex(n), "; secret", "Key=", g.Hex(n), ";")
	}
}

// secCrockford is n characters of lower-case Crockford base32, the
// alphabet of Conjur's API keys.
func secCrockford(n int) cfVal {
	return func(g *fake.Gen) string { return g.String("0123456789abcdefghjkmnpqrstvwxyz", n) }
}

// secCases are the generated cases of the identity, secrets managers, network access and security tools rules.
func secCases() map[string]Builder {
	return map[string]Builder{
		"netbird-personal-access-token": cfPrefixed("NETBIRD_TOKEN", "", secNetBird(false), secNetBird(true),
			cfCat(cfLit(fake.Join("nb", "p_")), cfMix(30))),
		"cloudflare-tunnel-token": withCases(cfPrefixed("TUNNEL_TOKEN", "", secTunnel(func(g *fake.Gen) string { return g.Hex(32) }),
			secTunnel(func(g *fake.Gen) string { return g.Hex(20) }), cfCat(cfLit(fake.Join("eyJh", "Ijoi")), cfB64(180))),
			func(g *fake.Gen) Cases {
				tok := secTunnel(func(g *fake.Gen) string { return g.Hex(32) })
				return Cases{
					Positives: []string{
						"services:\n  cloudflared:\n    image: cloudflare/cloudflared\n    command: tunnel --no-autoupdate run --token " + tok(g) + "\n",
						"cloudflared service install " + tok(g) + "\n",
					},
					Negatives: []string{"TUNNEL_TOKEN=" + base64.StdEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT","kid":"`+g.Hex(40)+`","iss":"`+g.Hex(40)+`"}`)) + "\n"},
				}
			}),
		"infisical-service-token": plusPositives(cfPrefixed("INFISICAL_TOKEN", "", secInfisical(cfUUID(), 32),
			cfCat(cfLit(fake.Join("s", "t.")), cfHex(20), cfLit("."), cfHex(32)),
			cfCat(cfLit(fake.Join("s", "t.")), cfUUID(), cfLit("."), cfLetters(32))),
			func(g *fake.Gen) []string {
				return []string{
					"infisical export --token=" + secInfisical(cfUUID(), 0)(g) + " --env=prod\n",
					"INFISICAL_TOKEN=" + secInfisical(cfHex(24), 32)(g) + "\n",
					"# service token\n" + secInfisical(cfUUID(), 32)(g) + "\n",
				}
			}),
		"hibp-api-key": withCases(cfNamed("HIBP_API_KEY", cfHex(32), cfLetters(32), cfHexU(32), cfHex(40)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"curl -H \"hibp-api-key: " + g.Hex(32) + "\" https://haveibeenpwned.com/api/v3/breachedaccount/test@example.com\n",
						"headers = {'hibp-api-key': '" + g.Hex(32) + "', 'user-agent': 'demo'}\n",
					},
					Negatives: []string{"hibp-api-key: 00000000000000000000000000000000\n"},
				}
			}),
		"keeper-secrets-manager-token": withCases(cfNamed("KSM_TOKEN", cfCat(cfLit("US:"), cfURL(43)),
			cfCat(cfLit("XX:"), cfURL(43)), cfCat(cfLit("US:"), cfURL(30)), cfCat(cfLit("US:"), cfURL(60))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"ksm profile init --token " + g.Pick("EU", "AU", "GOV", "JP", "CA") + ":" + saasURL(g, 43) + "\n",
						"KEEPER_ONE_TIME_TOKEN: \"US:" + saasURL(g, 43) + "\"\n",
					},
					Negatives: []string{"BACKUP_TOKEN=US:" + saasURL(g, 43) + "\n"},
				}
			}),
		"lacework-api-secret": withCases(cfNamed("LW_API_SECRET", cfCat(cfLit("_"), cfHex(32)), cfHex(32), cfCat(cfLit("_"), cfLetters(32))),
			func(g *fake.Gen) Cases {
				key := "ACME_" + strings.ToUpper(g.Hex(47))
				return Cases{
					Positives: []string{
						"[default]\n  account = \"acme\"\n  api_key = \"" + key + "\"\n  lacework_api_secret = \"_" + g.Hex(32) + "\"\n",
						"env:\n  LACEWORK_API_KEY: " + key + "\n  LACEWORK_API_SECRET: _" + g.Hex(32) + "\n",
					},
					Negatives: []string{"lacework api_secret = \"_" + strings.Repeat("0", 32) + "\"\n"},
				}
			}),
		"tenable-api-keys": withCases(cfPrefixed("TENABLE_HEADER", "X-ApiKeys: ", secTenable(64), cfLit(fake.Join("access", "Key=ACCESS_KEY; secret", "Key=SECRET_KEY;")), secTenable(20)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"curl -H 'X-ApiKeys: " + secTenable(64)(g) + "' https://cloud.tenable.com/scans\n",
						"curl -k --header \"x-apikey: " + fake.Join("access", "key=") + g.Hex(32) + "; " + fake.Join("secret", "key=") + g.Hex(32) + ";\" https://sc.example.lan/rest/currentUser\n",
					},
					Negatives: []string{"X-ApiKeys: " + fake.Join("access", "Key={access}; secret", "Key={secret};") + "\n"},
				}
			}),
		"cloudflare-access-service-token": withCases(cfNamed("CF_ACCESS_CLIENT_SECRET", cfHex(64), cfLetters(64), cfHex(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"curl -H \"CF-Access-Client-Id: " + g.Hex(32) + ".access\" -H \"CF-Access-Client-Secret: " + g.Hex(64) + "\" https://app.example.com\n",
						"headers:\n  CF-Access-Client-Secret: " + g.Hex(64) + "\n",
					},
					Negatives: []string{"CF-Access-Client-Id: " + g.Hex(32) + ".access\nCF-Access-Client-Secret: ${CF_SECRET}\n"},
				}
			}),
		"splunk-soar-auth-token": withCases(cfNamed("SOAR_AUTH_TOKEN", cfCat(cfB64(43), cfLit("=")), cfCat(cfLower(43), cfLit("=")), cfCat(cfB64(60), cfLit("="))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"auth = {\n  \"ph-auth-token\": \"" + g.String(fake.Base64, 43) + "=\",\n  \"server\": \"https://soar.example.lan\"\n}\n",
						"curl -H 'ph-auth-token: " + g.String(fake.Base64, 43) + "=' https://soar.example.lan/rest/container/1\n",
					},
					Negatives: []string{"headers = {\"ph-auth-token\": \"YOUR_SOAR_AUTH_TOKEN\"}\n", "password = \"" + g.String(fake.Base64, 43) + "=\"\n"},
				}
			}),
		"cyberark-conjur-api-key": withCases(cfNamed("CONJUR_AUTHN_API_KEY", secCrockford(55), cfUp(55), cfCat(cfLit("il"), secCrockford(53))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"conjur:\n  account: myorg\n  authn_login: host/myapp\n  api_key: " + secCrockford(54)(g) + "\n",
						"docker run -e CONJUR_AUTHN_LOGIN=admin -e CONJUR_AUTHN_API_KEY=" + secCrockford(56)(g) + " cyberark/conjur-cli:8\n",
					},
					Negatives: []string{"CONJUR_AUTHN_API_KEY=$(conjurctl role retrieve-key myorg:user:admin)\n"},
				}
			}),
		"netbird-setup-key": withCases(cfNamed("NB_SETUP_KEY", cfUUIDU(), cfUUID(), cfHexU(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"sudo netbird up --setup-key " + strings.ToUpper(saasUUID(g)) + "\n",
						"docker run -d --cap-add=NET_ADMIN -e NB_SETUP_KEY=" + strings.ToUpper(saasUUID(g)) + " netbirdio/netbird:latest\n",
					},
					Negatives: []string{"netbird up --setup-key <SETUP KEY>\n", "SETUP_ID=" + strings.ToUpper(saasUUID(g)) + "\n"},
				}
			}),
		"teleport-join-token": withCases(cfNamed("TELEPORT_JOIN_TOKEN", cfHex(32), cfLetters(32), cfHex(40)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"sudo teleport start --token=" + g.Hex(32) + " --auth-server=teleport.example.lan:3025\n",
						"teleport:\n  auth_token: " + g.Hex(32) + "\n",
						// teleport.yaml v3: the join token under join_params
						"version: v3\nssh_service:\n  enabled: true\njoin_params:\n  token_name: " + g.Hex(32) + "\n  method: token\n",
						"join_params:\n  method: token\n  token_name: \"" + g.Hex(32) + "\"\n",
					},
					Negatives: []string{"teleport start --token=/var/lib/teleport/token\n", "BUILD_ID=" + g.Hex(32) + "\n",
						// delegated joining names a provision token, no secret
						"join_params:\n  method: iam\n  token_name: iam-token\n",
						"join_params:\n  token_name: " + g.Hex(31) + "\n"},
				}
			}),
		"infisical-universal-auth-client-secret": withCases(cfNamed("INFISICAL_CLIENT_SECRET", cfHex(64), cfLetters(64), cfHexU(64)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"env:\n  INFISICAL_UNIVERSAL_AUTH_CLIENT_ID: " + saasUUID(g) + "\n  INFISICAL_UNIVERSAL_AUTH_CLIENT_SECRET: " + g.Hex(64) + "\n",
						"export INFISICAL_MACHINE_CLIENT_SECRET=\"" + g.Hex(64) + "\"\n",
					},
					Negatives: []string{"INFISICAL_CLIENT_SECRET=${{ secrets.INFISICAL_CLIENT_SECRET }}\n"},
				}
			}),
	}
}
