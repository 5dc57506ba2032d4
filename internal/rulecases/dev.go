// Cases of the rules added for well-known developer platforms, package registries, CI/CD and code tools
// that no other scanner's list named. Values are built at run time from
// split parts, never stored whole.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// devPackagist is a Private Packagist token of the given kind (ort, out,
// uut); broken gets a checksum that does not match.
func devPackagist(kind string, broken bool) cfVal {
	return func(g *fake.Gen) string {
		head := fake.Join("packa", "gist_", kind, "_") + g.Hex(60)
		sum := crc32.ChecksumIEEE([]byte(head))
		if broken {
			sum++
		}
		return head + fmt.Sprintf("%08x", sum)
	}
}

// devSynapse is a Synapse access (syt) or refresh (syr) token for a random
// localpart; broken gets a checksum that does not match.
func devSynapse(kind string, broken bool) cfVal {
	return func(g *fake.Gen) string {
		local := base64.RawStdEncoding.EncodeToString([]byte(g.String(fake.Lower, 3+g.IntN(8))))
		head := fake.Join("sy", kind, "_") + local + "_" + g.String(fake.Lower+fake.Upper, 20)
		sum := fake.Base62CRC32(head)
		if broken {
			sum = sum[1:] + sum[:1]
		}
		return head + "_" + sum
	}
}

// devBase32 is n characters of lower-case base32 (a-z, 2-7).
func devBase32(n int) cfVal {
	return func(g *fake.Gen) string { return strings.ToLower(g.String(fake.Base32, n)) }
}

// devCases are the generated cases of the developer platforms, package registries, CI/CD and code tools rules.
func devCases() map[string]Builder {
	return map[string]Builder{
		"packagist-token": withCases(
			cfPrefixed("PACKAGIST_TOKEN", "", devPackagist("ort", false), devPackagist("out", true)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"{\n  \"http-basic\": {\n    \"repo.packagist.com\": {\n      \"username\": \"token\",\n      \"password\": \"" + devPackagist("uut", false)(g) + "\"\n    }\n  }\n}\n",
						"composer config --global --auth http-basic.repo.packagist.com token " + devPackagist("out", false)(g) + "\n",
					},
					Negatives: []string{
						"COMPOSER_AUTH_TOKEN=" + devPackagist("uut", true)(g) + "\n",
						"packagist token: " + fake.Join("packa", "gist_uut_") + g.Hex(60) + "\n",
					},
				}
			}),
		"matrix-synapse-access-token": withCases(
			cfPrefixed("MATRIX_ACCESS_TOKEN", "", devSynapse("t", false), devSynapse("t", true)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"curl -H \"Authorization: Bearer " + devSynapse("t", false)(g) + "\" https://matrix.example.org/_matrix/client/v3/sync\n",
						"{\"access_token\": \"" + devSynapse("t", false)(g) + "\", \"refresh_token\": \"" + devSynapse("r", false)(g) + "\"}\n",
					},
					Negatives: []string{
						"access_token: " + devSynapse("r", true)(g) + "\n",
						"token = \"" + fake.Join("sy", "t_") + g.Alnum(40) + "\"\n",
					},
				}
			}),
		"phabricator-conduit-token": withCases(
			cfNamed("PHABRICATOR_API_TOKEN", cfCat(cfLit("api-"), devBase32(28)), cfCat(cfLit("api-"), cfMix(28)), cfCat(cfLit("api-"), devBase32(40))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"{\n  \"hosts\": {\n    \"https://phab.example.com/api/\": {\n      \"token\": \"cli-" + devBase32(28)(g) + "\"\n    }\n  }\n}\n",
						"phab = Phabricator(host=\"https://phabricator.example.com/api/\", token=\"api-" + devBase32(28)(g) + "\")\n",
					},
					Negatives: []string{
						"GITEA_TOKEN=api-" + devBase32(28)(g) + "\n",
						"conduit_token = \"api-" + strings.Repeat("a", 28) + "\"\n",
					},
				}
			}),
		"weblate-api-token": plusPositives(
			cfPrefixed("WEBLATE_API_KEY", fake.Join("wl", "u_"), cfMix(36), cfCat(cfLit(fake.Join("wl", "x_")), cfMix(36)), cfCat(cfLit(fake.Join("wl", "u_")), cfLower(36))),
			func(g *fake.Gen) []string {
				return []string{
					"[keys]\nhttps://hosted.weblate.org/api/ = " + fake.Join("wl", "p_") + g.MixedAlnum(36) + "\n",
					"curl -H \"Authorization: Token " + fake.Join("wl", "u_") + g.MixedAlnum(36) + "\" https://hosted.weblate.org/api/\n",
				}
			}),
		"coder-session-token": withCases(
			cfNamed("CODER_SESSION_TOKEN", cfCat(cfMix(10), cfLit("-"), cfMix(22)), cfCat(cfMix(10), cfLit("-"), cfMix(30)), cfCat(cfLetters(10), cfLit("-"), cfLetters(22))),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"curl -H \"Coder-Session-Token: " + g.MixedAlnum(10) + "-" + g.MixedAlnum(22) + "\" https://coder.example.com/api/v2/users/me\n",
						"provider \"coder\" {\n  token = \"" + g.MixedAlnum(10) + "-" + g.MixedAlnum(22) + "\"\n}\n",
					},
					Negatives: []string{
						"SESSION_TOKEN=" + g.MixedAlnum(10) + "-" + g.MixedAlnum(22) + "\n",
						"encoder_token = \"" + g.MixedAlnum(10) + "-" + g.MixedAlnum(22) + "\"\n",
					},
				}
			}),
		"maven-settings-security-master": func(g *fake.Gen) Cases {
			master := func() string { return "{" + g.String(fake.Base64, 43) + "=}" }
			return Cases{
				Positives: []string{
					"<settingsSecurity>\n  <master>" + master() + "</master>\n</settingsSecurity>\n",
					"<?xml version=\"1.0\"?>\n<settingsSecurity>\n    <master>\n        " + master() + "\n    </master>\n</settingsSecurity>\n",
				},
				Negatives: []string{
					"<settingsSecurity>\n  <master>{xxxxx}</master>\n</settingsSecurity>\n",
					"<settingsSecurity>\n  <relocation>" + master() + "</relocation>\n</settingsSecurity>\n",
					"<master>" + g.String(fake.Base64, 44) + "</master>\n",
				},
			}
		},
		"tolgee-project-api-key": cfPrefixed("TOLGEE_API_KEY", fake.Join("tg", "pak_"), devBase32(45), cfCat(cfLit(fake.Join("tg", "pak_")), cfMix(45)), cfCat(cfLit(fake.Join("tg", "pax_")), devBase32(45))),
		"hexpm-api-key": withCases(
			cfNamed("HEX_API_KEY", cfHex(32), cfLetters(32), cfHexU(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"mix hex.config api_key " + g.Hex(32) + "\n",
						"- name: Publish\n  env:\n    HEX_API_KEY: ${{ secrets.HEX_API_KEY }}\n    HEX_ORGANIZATION_KEY: " + g.Hex(32) + "\n",
					},
					Negatives: []string{
						"hex_digest = \"" + g.Hex(32) + "\"\n",
						"checksum: " + g.Hex(32) + " # from hex.pm\n",
					},
				}
			}),
		"cocoapods-trunk-token": withCases(
			cfNamed("COCOAPODS_TRUNK_TOKEN", cfHex(32), cfLetters(32), cfHexU(32)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"COCOAPODS_TRUNK_TOKEN=" + g.Hex(32) + " bundle exec pod trunk push App.podspec\n",
						"- name: Publish pod\n  env:\n    COCOAPODS_TRUNK_TOKEN: \"" + g.Hex(32) + "\"\n",
					},
					Negatives: []string{
						"TRUNK_TOKEN=" + g.Hex(32) + "\n",
						"cocoapods_checksum: " + g.Hex(40) + "\n",
					},
				}
			}),
		"gitpod-personal-access-token": cfPrefixed("GITPOD_TOKEN", fake.Join("gitpod", "_pat_"), cfCat(cfURL(43), cfLit("."), cfMix(40)),
			cfCat(cfLit(fake.Join("gitpod", "_pat_")), cfURL(43)), cfCat(cfLit(fake.Join("gitpod", "_pat_")), cfURL(43), cfLit("."), cfMix(20))),
		"forgejo-access-token": withCases(
			cfNamed("FORGEJO_TOKEN", cfHex(40), cfLetters(40), cfHexU(40)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"- uses: actions/checkout@v4\n  with:\n    token: ${{ secrets.X }}\nenv:\n  CODEBERG_TOKEN: " + g.Hex(40) + "\n",
						"tea login add --name codeberg --url https://codeberg.org --token " + g.Hex(40) + "\n",
					},
					Negatives: []string{
						"GIT_COMMIT=" + g.Hex(40) + "\n",
						"forgejo_version_sha: " + g.Hex(64) + "\n",
					},
				}
			}),
		"gogs-access-token": withCases(
			cfNamed("GOGS_TOKEN", cfHex(40), cfLetters(40), cfHexU(40)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"api = GogsApi(\"https://gogs.example.com\", token=\"" + g.Hex(40) + "\")\n",
						"[gogs]\nurl = https://git.example.com\ntoken = " + g.Hex(40) + "\n",
					},
					Negatives: []string{
						"GIT_SHA=" + g.Hex(40) + "\n",
						"gogs_release_sha256: " + g.Hex(64) + "\n",
					},
				}
			}),
		"gerrit-http-password": withCases(
			cfNamed("GERRIT_HTTP_PASSWORD", cfMix(42), cfLower(42), cfMix(60)),
			func(g *fake.Gen) Cases {
				return Cases{
					Positives: []string{
						"gerrit:\n  url: https://review.example.org\n  user: ci-bot\n  password: " + g.String(fake.Base64, 40) + "Aa\n",
						"GERRIT_PASSWORD=\"" + g.MixedAlnum(42) + "\"\n",
					},
					Negatives: []string{
						"HTTP_PASSWORD=" + g.MixedAlnum(42) + "\n",
						"gerrit_password: " + g.MixedAlnum(42) + "==\n",
					},
				}
			}),
	}
}
