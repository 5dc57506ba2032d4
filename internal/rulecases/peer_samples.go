package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// withCases adds more cases to a rule's builder: forms a shared helper
// does not write, such as the camelCase names gitleaks' and betterleaks'
// samples use (cursorToken, lobToken).
func withCases(base Builder, more Builder) Builder {
	return func(g *fake.Gen) Cases {
		c, m := base(g), more(g)
		c.Positives = append(c.Positives, m.Positives...)
		c.Negatives = append(c.Negatives, m.Negatives...)
		return c
	}
}

// twitterBearerTail is the part of an app-only bearer token after its run
// of A's: letters, digits and URL escapes of + / = (%2B, %2F, %3D).
func twitterBearerTail(g *fake.Gen) string {
	return g.String(fake.Digits, 19) + g.Pick("%2B", "%2F", "%3D") + g.MixedAlnum(30) + g.Pick("%3D", "%2F") + g.MixedAlnum(50)
}

// peerSampleCases are the cases of the rules added for formats that
// gitleaks' and betterleaks' rule samples hold and keysieve missed.
func peerSampleCases() map[string]Builder {
	as := strings.Repeat("A", 22)
	return map[string]Builder{
		"twitter-bearer-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TWITTER_BEARER_TOKEN=" + as + twitterBearerTail(g) + "\n",
					"twitter:\n  bearer_token: \"" + as + twitterBearerTail(g) + "\"\n",
					"{\"twitter\": {\"bearer_token\": \"" + as + twitterBearerTail(g) + "\"}}\n",
					"X_BEARER_TOKEN='" + as + twitterBearerTail(g) + "'\n",
				},
				Negatives: []string{
					// the run of A's alone, a short tail, no name
					"TWITTER_BEARER_TOKEN=" + strings.Repeat("A", 90) + "\n",
					"TWITTER_BEARER_TOKEN=" + as + g.MixedAlnum(30) + "\n",
					"BEARER_TOKEN=" + as + twitterBearerTail(g) + "\n",
					"TWITTER_BEARER_TOKEN=${TWITTER_BEARER_TOKEN}\n",
				},
			}
		},
		"docker-swarm-unlock-key": func(g *fake.Gen) Cases {
			swm := fake.Join("SWM", "KEY-1-")
			return Cases{
				Positives: []string{
					"docker swarm unlock --key " + swm + g.String(fake.Base64, 43) + "\n",
					"SWARM_UNLOCK_KEY=" + swm + g.MixedAlnum(43) + "\n",
					"To unlock a swarm manager after it restarts, run `docker swarm unlock`\nand provide the following key:\n\n    " + swm + g.String(fake.Base64, 43) + "\n",
				},
				Negatives: []string{
					// too short, or the prefix alone
					"docker swarm unlock --key " + swm + g.MixedAlnum(12) + "\n",
					"docker swarm unlock-key --rotate  # prints " + swm + "...\n",
					"SWARM_UNLOCK_KEY=" + swm + strings.Repeat("x", 43) + "\n",
				},
			}
		},
		"devin-service-user-token": func(g *fake.Gen) Cases {
			cog := fake.Join("co", "g_")
			return Cases{
				Positives: []string{
					"DEVIN_API_KEY=" + cog + g.String(fake.Lower+"234567", 52) + "\n",
					"curl -H \"Authorization: Bearer " + cog + g.String(fake.Lower+"234567", 52) + "\" https://api.devin.ai/v3/organizations\n",
				},
				Negatives: []string{
					// the docs' placeholder, digits outside base32, too short
					"curl -H \"Authorization: Bearer " + cog + "your_token_here\"\n",
					"DEVIN_API_KEY=" + cog + g.String(fake.Lower, 50) + "01\n",
					"DEVIN_API_KEY=" + cog + g.String(fake.Lower+"234567", 30) + "\n",
				},
			}
		},
		"flutterwave-encryption-key": func(g *fake.Gen) Cases {
			test := fake.Join("FLW", "SECK_TEST")
			return Cases{
				Positives: []string{
					"FLW_ENCRYPTION_KEY=" + test + g.Hex(12) + "\n",
					"flutterwave:\n  encryption_key: \"" + test + "-" + g.Hex(12) + "\"\n",
					"const flw = new Flutterwave(publicKey, secretKey, '" + fake.Join("FLW", "SECK") + g.Hex(12) + "');\n",
				},
				Negatives: []string{
					// the secret key (its own rule), too short, not hex
					"FLW_ENCRYPTION_KEY=" + test + g.Hex(8) + "\n",
					"FLW_ENCRYPTION_KEY=" + test + "-" + g.String("ghijklmnopqrstuvwxyz", 12) + "\n",
					"FLW_ENCRYPTION_KEY=" + test + "-" + g.Hex(20) + "\n",
				},
			}
		},
	}
}
