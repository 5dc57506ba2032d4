// Cases of the rules added or widened for what users of gitleaks,
// betterleaks, trufflehog and Nosey Parker asked for in their issue
// trackers (providers and key forms those tools missed). Values are built
// at run time from split parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// asksACR is an Azure Container Registry password: 42 base64 characters,
// the +ACR signature and 6 letters or digits.
func asksACR(g *fake.Gen) string {
	return g.String(fake.Base64, 42) + fake.Join("+A", "CR") + g.MixedAlnum(6)
}

// asksStaticKeyBody is the body of an OpenVPN static key: lines hex lines
// of 32 digits, each followed by sep.
func asksStaticKeyBody(g *fake.Gen, lines int, sep string) string {
	var b strings.Builder
	for range lines {
		b.WriteString(g.Hex(32) + sep)
	}
	return b.String()
}

// asksOpenVPNStatic is a whole static key block whose lines end in sep.
func asksOpenVPNStatic(g *fake.Gen, lines int, sep string) string {
	kind := fake.Join("OpenVPN Static ", "key V1-----")
	return "-----BEGIN " + kind + sep + asksStaticKeyBody(g, lines, sep) + "-----END " + kind
}

// asksBase64Lines is n lines of 64 base64 characters and a short last one.
func asksBase64Lines(g *fake.Gen, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(g.String(fake.Base64, 64) + "\n")
	}
	return b.String() + g.String(fake.Base64, 23) + "=\n"
}

// asksTLSCryptV2 is a tls-crypt-v2 key block of the given kind (client or
// server) with n full base64 lines.
func asksTLSCryptV2(g *fake.Gen, kind string, n int) string {
	head := fake.Join("OpenVPN tls-crypt-v2 ", kind, " key-----")
	return "-----BEGIN " + head + "\n" + asksBase64Lines(g, n) + "-----END " + head + "\n"
}

// asksSSH2Key is an ssh.com private key block whose base64 blob starts
// with start (the magic number is "P2/56").
func asksSSH2Key(g *fake.Gen, start, header string) string {
	tag := fake.Join("---- BEGIN SSH2 ", "ENCRYPTED PRIVATE KEY ----")
	end := fake.Join("---- END SSH2 ", "ENCRYPTED PRIVATE KEY ----")
	return tag + "\n" + header + start + g.String(fake.Base64, 66) + "\n" + asksBase64Lines(g, 8) + end + "\n"
}

// asksCases are the generated cases of the rules added from the issue
// trackers' requests.
func asksCases() map[string]Builder {
	return map[string]Builder{
		"azure-container-registry-password": func(g *fake.Gen) Cases {
			v := asksACR(g)
			return Cases{
				Positives: []string{
					"ACR_PASSWORD=" + asksACR(g) + "\n",
					"docker login myregistry.azurecr.io -u myregistry -p " + asksACR(g) + "\n",
					"{\n  \"username\": \"myregistry\",\n  \"password\": \"" + v + "\"\n}\n",
				},
				Negatives: []string{
					// one character short: the signature is not at offset 42
					"ACR_PASSWORD=" + v[1:] + "\n",
					// another Azure signature
					"ACR_PASSWORD=" + strings.Replace(v, fake.Join("+A", "CR"), fake.Join("+A", "CS"), 1) + "\n",
					// a placeholder
					"ACR_PASSWORD=" + strings.Repeat("x", 42) + fake.Join("+A", "CR") + "xxxxxx\n",
					// part of a longer base64 run
					"blob: " + g.String(fake.Base64, 20) + v + g.String(fake.Base64, 20) + "\n",
				},
			}
		},
		"openvpn-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"#\n# 2048 bit OpenVPN static key\n#\n" + asksOpenVPNStatic(g, 16, "\n") + "\n",
					"client\nremote vpn.example.com 1194\nkey-direction 1\n<tls-auth>\n" + asksOpenVPNStatic(g, 16, "\n") + "\n</tls-auth>\n",
					"{\"ta_key\": \"" + asksOpenVPNStatic(g, 16, "\\n") + "\\n\"}\n",
					"<tls-crypt-v2>\n" + asksTLSCryptV2(g, "client", 10) + "</tls-crypt-v2>\n",
					asksTLSCryptV2(g, "server", 2),
				},
				Negatives: []string{
					// a line missing
					asksOpenVPNStatic(g, 15, "\n") + "\n",
					// a zeroed template
					"-----BEGIN " + fake.Join("OpenVPN Static ", "key V1-----") + "\n" + strings.Repeat(strings.Repeat("0", 32)+"\n", 16) + "-----END " + fake.Join("OpenVPN Static ", "key V1-----") + "\n",
					// documentation elides the body
					"-----BEGIN " + fake.Join("OpenVPN Static ", "key V1-----") + "\n...\n-----END " + fake.Join("OpenVPN Static ", "key V1-----") + "\n",
					// a tls-crypt-v2 key cut off before its end line
					strings.SplitAfter(asksTLSCryptV2(g, "client", 10), "\n")[0] + g.String(fake.Base64, 64) + "\n",
				},
			}
		},
		"ssh2-private-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					asksSSH2Key(g, "P2/56w", "Comment: \"rsa-key-20240101\"\n"),
					asksSSH2Key(g, "P2/56w", "Subject: deploy\nComment: \"2048-bit rsa, deploy@build\"\n"),
					asksSSH2Key(g, "P2/56w", ""),
				},
				Negatives: []string{
					// not an ssh.com key blob (no magic number)
					asksSSH2Key(g, "AAAAB3", "Comment: \"rsa-key-20240101\"\n"),
					// a placeholder body
					fake.Join("---- BEGIN SSH2 ", "ENCRYPTED PRIVATE KEY ----") + "\nP2/56" + strings.Repeat("A", 200) + "\n" + fake.Join("---- END SSH2 ", "ENCRYPTED PRIVATE KEY ----") + "\n",
					// a public key in the same format
					fake.Join("---- BEGIN SSH2 ", "PUBLIC KEY ----") + "\nComment: \"rsa-key\"\n" + asksBase64Lines(g, 4) + fake.Join("---- END SSH2 ", "PUBLIC KEY ----") + "\n",
				},
			}
		},
	}
}

// asksWidenedCases are more cases for rules widened from the requests:
// Composio's organisation (oak_) and user (uak_) keys
// (gitleaks/gitleaks#2276), Supabase's sbp_v0_ access tokens and the
// Dynatrace token types the keywords missed.
func asksWidenedCases() map[string]Builder {
	oak, uak := fake.Join("oa", "k_"), fake.Join("ua", "k_")
	return map[string]Builder{
		"composio-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"COMPOSIO_API_KEY=" + oak + saasURL(g, 20) + "\n",
					"composio:\n  api_key: \"" + uak + saasURL(g, 43) + "\"\n",
				},
				Negatives: []string{
					"COMPOSIO_API_KEY=" + fake.Join("xa", "k_") + saasURL(g, 20) + "\n",
					"COMPOSIO_API_KEY=" + uak + saasURL(g, 60) + "\n",
				},
			}
		},
		// every prefix of Dynatrace's token table (OAuth clients dt0s03 and
		// dt0s08, refresh tokens dt0s06...), asked in betterleaks/betterleaks#223
		"dynatrace-token": func(g *fake.Gen) Cases {
			tok := func(kind string, pub, sec int) string {
				return fake.Join("dt0", kind, ".") + upperAlnum(g, pub) + "." + upperAlnum(g, sec)
			}
			return Cases{
				Positives: []string{
					"DT_CLIENT_SECRET=" + tok("s08", 24, 64) + "\n",
					"oauth:\n  client_secret: \"" + tok("s03", 24, 64) + "\"\n",
					"refresh_token=" + tok("s06", 24, 64) + "\n",
					// OAuth client secrets and platform tokens carry an
					// 8-character public part (dt0s02.XXXXXXXX.<64>, dt0s16.…)
					"DT_CLIENT_SECRET=" + tok("s02", 8, 64) + "\n",
					"curl -H \"Authorization: Bearer " + tok("s16", 8, 64) + "\" https://abc12345.apps.dynatrace.com/platform/\n",
					tok("s16", 8, 64) + "\n",
				},
				Negatives: []string{
					"DT_CLIENT_SECRET=" + tok("s08", 23, 64) + "\n",
					"DT_CLIENT_SECRET=" + tok("s02", 9, 64) + "\n",
					// the OAuth client id alone is public
					"DT_CLIENT_ID=" + fake.Join("dt0", "s02.") + upperAlnum(g, 8) + "\n",
					"DT_CLIENT_SECRET=" + fake.Join("dt0", "s08.") + upperAlnum(g, 24) + "." + strings.ToLower(upperAlnum(g, 64)) + "\n",
				},
			}
		},
		// tokens the dashboard issues as sbp_v0_ (supabase/cli#4968; the
		// 40 hex digits after it sampled in gitleaks/gitleaks#2226)
		"supabase-access-token": func(g *fake.Gen) Cases {
			v0 := fake.Join("sb", "p_v0_")
			return Cases{
				Positives: []string{
					"SUPABASE_ACCESS_TOKEN=" + v0 + g.Hex(40) + "\n",
					"npx supabase login --token " + v0 + g.Hex(40) + "\n",
				},
				Negatives: []string{
					"SUPABASE_ACCESS_TOKEN=" + v0 + g.Hex(20) + "\n",
					"SUPABASE_ACCESS_TOKEN=" + fake.Join("sb", "p_v9_") + g.Hex(40) + "\n",
				},
			}
		},
	}
}
