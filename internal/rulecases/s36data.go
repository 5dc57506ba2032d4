// Cases for the data and backend platform rules of the s36-data change:
// NATS NKEY seeds (a new rule, with their CRC-16 built here), Convex
// preview deploy keys and deploy keys written with no name near them, and
// Appwrite standard_ keys found alone. Every value is built at run time.

package rulecases

import (
	"encoding/base32"
	"strings"

	"github.com/keysieve/keysieve/internal/crc16"
	"github.com/keysieve/keysieve/internal/fake"
)

// nkeySeed builds a NATS NKEY seed of one role byte (nats-io/nkeys): the
// unpadded base32 of the seed marker and role, 32 random bytes and the
// little-endian CRC-16/XMODEM of what precedes it. bad spoils the checksum.
func nkeySeed(g *fake.Gen, role byte, bad bool) string {
	raw := append([]byte{18<<3 | role>>5, (role & 31) << 3}, g.Bytes(32)...)
	crc := crc16.XModem(raw)
	if bad {
		crc ^= 0x5a5a
	}
	raw = append(raw, byte(crc), byte(crc>>8))
	return base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw)
}

// nkeyUserSeed is a user seed that does not open with SUAL, which the rule
// leaves out of its keywords (it is in "usual").
func nkeyUserSeed(g *fake.Gen) string {
	for {
		if s := nkeySeed(g, 20<<3, false); !strings.HasPrefix(s, "SUAL") {
			return s
		}
	}
}

// s36dataCases are the cases of the rules this change adds.
func s36dataCases() map[string]Builder {
	return map[string]Builder{
		"nats-nkey-seed": func(g *fake.Gen) Cases {
			jwt := fake.Join("eyJ0eXAiOiJKV1QiLCJhbGciOiJlZDI1NTE5LW5rZXkifQ", ".") + g.MixedAlnum(120) + "." + g.MixedAlnum(86)
			return Cases{
				Positives: []string{
					"-----BEGIN NATS USER JWT-----\n" + jwt + "\n------END NATS USER JWT------\n\n" +
						"************************* IMPORTANT *************************\n" +
						"NKEY Seed printed below can be used to sign and prove identity.\n\n" +
						"-----BEGIN USER NKEY SEED-----\n" + nkeyUserSeed(g) + "\n------END USER NKEY SEED------\n",
					nkeyUserSeed(g) + "\n",
					"kp, err := nkeys.FromSeed([]byte(\"" + nkeySeed(g, 0, false) + "\"))\n",
					"NATS_OPERATOR_SEED=" + nkeySeed(g, 14<<3, false) + "\n",
					"nats:\n  server_seed: \"" + nkeySeed(g, 13<<3, false) + "\"\n",
					"{\"xkey_seed\": \"" + nkeySeed(g, 23<<3, false) + "\"}\n",
				},
				Negatives: []string{
					// a seed whose checksum fails
					nkeySeed(g, 20<<3, true) + "\n",
					"NATS_NKEY_SEED=" + nkeySeed(g, 0, true) + "\n",
					// a public user key is no secret
					"NATS_USER_PUBLIC_KEY=U" + g.String(fake.Base32, 55) + "\n",
					// a placeholder and a short value
					"NATS_NKEY_SEED=SUA" + strings.Repeat("X", 55) + "\n",
					"seed: SUA" + g.String(fake.Base32, 40) + "\n",
					// glued to a longer run of base32
					"token=X" + nkeyUserSeed(g) + "\n",
				},
			}
		},
		"convex-deploy-key-v2": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"Deployment key available: `" + convexKey(g, "prod", "formal-sardine-916") + "`\n",
					"const DEPLOY_KEY = \"" + convexKey(g, "dev", "flexible-bloodhound-758") + "\";\n",
					"- **Preview Deploy Key**: `" + convexKey(g, "preview", "acme-team:web-app") + "`\n",
					"run: npx convex deploy\nenv:\n  DEPLOY_KEY: " + convexKey(g, "prod", "tidy-lemur-42") + "\n",
					convexKey(g, "dev", "hidden-kudu-495") + "\n",
				},
				Negatives: []string{
					"CONVEX_DEPLOYMENT=dev:energetic-spider-825\n",
					"deploy: prod:my-app|latest\n",
					// the payload cut short, and glued to a word
					"key = \"prod:tidy-lemur-42|" + fake.Join("eyJ2", "MiI6I") + g.String(fake.Base64, 20) + "\"\n",
					"key = \"xprod:tidy-lemur-42|" + fake.Join("eyJ2", "MiI6I") + g.String(fake.Base64, 47) + "=\"\n",
					// upper-case deployment names are not Convex's
					"key = \"prod:Tidy_Lemur|" + fake.Join("eyJ2", "MiI6I") + g.String(fake.Base64, 47) + "=\"\n",
				},
			}
		},
		"appwrite-standard-api-key": func(g *fake.Gen) Cases {
			key := func() string { return fake.Join("stand", "ard_", g.Hex(256)) }
			return Cases{
				Positives: []string{
					key() + "\n",
					"client.setKey('" + key() + "');\n",
					"API_KEY=" + key() + "\n",
					"| server key | `" + key() + "` |\n",
				},
				Negatives: []string{
					"const key = '" + fake.Join("stand", "ard_", g.Hex(255)) + "';\n",
					"standard_deviation = " + g.String(fake.Digits, 8) + "\n",
					"API_KEY=" + fake.Join("stand", "ard_", strings.ToUpper(g.Hex(256))) + "\n",
					"API_KEY=" + fake.Join("stand", "ard_", strings.Repeat("0", 256)) + "\n",
					"API_KEY=my" + fake.Join("stand", "ard_", g.Hex(256)) + "\n",
				},
			}
		},
	}
}

// convexKey is a Convex v2 deploy key: kind:deployment| and the base64 of
// {"v2":"<32 hex>"}.
func convexKey(g *fake.Gen, kind, name string) string {
	return kind + ":" + name + "|" + fake.Join("eyJ2", "MiI6I") + g.String(fake.Base64, 47) + "="
}

// s36dataWidenedCases are more cases of rules this change widens.
func s36dataWidenedCases() map[string]Builder {
	return map[string]Builder{
		"convex-deploy-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// preview keys name the team and the project
					"CONVEX_DEPLOY_KEY=" + convexKey(g, "preview", "acme-team:web-app") + "\n",
					"CONVEX_DEPLOY_KEY=preview:acme-team:web-app|" + g.String(fake.Base64, 60) + "\n",
				},
				Negatives: []string{
					"CONVEX_DEPLOYMENT=preview:acme-team:web-app\n",
				},
			}
		},
	}
}
