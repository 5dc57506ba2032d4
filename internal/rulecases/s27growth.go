// Cases for the marketing, sales and support rules added in the s27growth
// change: Kit v4 API keys, EmailOctopus API v2 keys, Lusha, Smartlead,
// Findymail and Instantly API keys, and Gong access key pairs. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// gongSecret builds a Gong access key secret: an HS256 JWT whose claims name
// the access key it belongs to.
func gongSecret(g *fake.Gen, accessKey string) string {
	enc := base64.RawURLEncoding
	header := enc.EncodeToString([]byte(`{"alg":"HS256"}`))
	claims := enc.EncodeToString([]byte(fmt.Sprintf(`{"exp":%d,"accessKey":"%s"}`, 2000000000+g.IntN(90000000), accessKey)))
	return header + "." + claims + "." + g.String(fake.Base64URL, 43)
}

// s27growthCases are the cases of the rules this change adds.
func s27growthCases() map[string]Builder {
	return map[string]Builder{
		"kit-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("ki", "t_")
			key := func() string { return prefix + g.Hex(32) }
			return Cases{
				Positives: []string{
					"KIT_API_KEY=" + key() + "\n",
					"curl -H \"X-Kit-Api-Key: " + key() + "\" https://api.kit.com/v4/subscribers\n",
					"newsletter:\n  provider: kit\n  api_key: \"" + key() + "\"\n",
					"const res = await fetch(url, { headers: { 'X-Kit-Api-Key': '" + key() + "' } });\n",
				},
				Negatives: []string{
					// placeholders
					"KIT_API_KEY=" + prefix + "xxx\n",
					"KIT_API_KEY=" + prefix + strings.Repeat("x", 32) + "\n",
					// too short, and not lower-case hex
					"KIT_API_KEY=" + prefix + g.Hex(31) + "\n",
					"KIT_API_KEY=" + prefix + g.MixedLetters(32) + "\n",
					// the prefix glued to a longer identifier
					"toolkit_" + g.Hex(32) + " = 1\n",
				},
			}
		},
		"emailoctopus-api-key": func(g *fake.Gen) Cases {
			prefix := fake.Join("e", "o_")
			key := func() string { return prefix + g.Hex(64) }
			return Cases{
				Positives: []string{
					"EMAILOCTOPUS_API_KEY=" + key() + "\n",
					"curl https://api.emailoctopus.com/lists -H \"Authorization: Bearer " + key() + "\"\n",
					"headers = {\"Authorization\": f\"Bearer " + key() + "\", \"Accept\": \"application/json\"}\n",
					"[vars]\nEMAILOCTOPUS_API_KEY = \"" + key() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"EMAILOCTOPUS_API_KEY=" + prefix + "your_api_key_here\n",
					"EMAILOCTOPUS_API_KEY=" + prefix + strings.Repeat("0", 64) + "\n",
					// too short
					"EMAILOCTOPUS_API_KEY=" + prefix + g.Hex(60) + "\n",
					// other products' eo_ tokens are not hex after the prefix
					"Authorization: Bearer " + prefix + "pat_" + g.LowerAlnum(40) + "\n",
					// the prefix at the end of a longer name
					"video_" + g.Hex(64) + "\n",
				},
			}
		},
		"findymail-api-key": func(g *fake.Gen) Cases {
			// a Laravel Sanctum token without its id: 40 characters and
			// the hex CRC32 of them
			key := func() string {
				body := g.MixedAlnum(40)
				return body + fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body)))
			}
			return Cases{
				Positives: []string{
					"FINDYMAIL_API_KEY=" + key() + "\n",
					"railway variables set FINDYMAIL_API_KEY=\"" + key() + "\"\n",
					"findymail:\n  api_key: " + key() + "\n",
					"const findymailKey = '" + key() + "';\n",
				},
				Negatives: []string{
					// placeholders
					"FINDYMAIL_API_KEY=your_findymail_api_key\n",
					"FINDYMAIL_API_KEY=" + strings.Repeat("x", 48) + "\n",
					// no checksum, and a tail that is not hex
					"FINDYMAIL_API_KEY=" + g.MixedAlnum(40) + "\n",
					"FINDYMAIL_API_KEY=" + g.MixedAlnum(40) + "GHIJKLMN\n",
				},
			}
		},
		"instantly-api-key": func(g *fake.Gen) Cases {
			enc := base64.StdEncoding
			key := func() string { return enc.EncodeToString([]byte(g.UUID() + ":" + g.MixedLetters(12))) }
			return Cases{
				Positives: []string{
					"INSTANTLY_API_KEY=" + key() + "\n",
					"export INSTANTLY_API_KEY=\"" + key() + "\"\n",
					"instantly:\n  api_key: '" + key() + "'\n",
					"const instantlyToken = \"" + key() + "\";\n",
				},
				Negatives: []string{
					// placeholders
					"INSTANTLY_API_KEY=your_instantly_api_key\n",
					"INSTANTLY_API_KEY=" + strings.Repeat("A", 66) + "==\n",
					// base64 of bytes that are no id:secret pair
					"INSTANTLY_API_KEY=" + enc.EncodeToString(g.Bytes(49)) + "\n",
					// "instantly" as an English word, no credential named
					"instantly = \"" + key() + "\"\n",
				},
			}
		},
		"lusha-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LUSHA_API_KEY=" + g.UUID() + "\n",
					"export LUSHA_API_KEY=\"" + g.UUID() + "\"\n",
					"lusha:\n  api_key: " + g.UUID() + "\n",
					"{\"lusha\": \"" + g.UUID() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"LUSHA_API_KEY=your_lusha_api_key_here\n",
					"LUSHA_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// a Lusha id that is not a credential
					"LUSHA_LIST_ID=" + g.UUID() + "\n",
					// not a UUID
					"LUSHA_API_KEY=" + g.Hex(32) + "\n",
					// the name glued to a longer word
					"plusha_key = \"" + g.UUID() + "\"\n",
				},
			}
		},
		"smartlead-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.UUID() + "_" + g.LowerAlnum(7) }
			return Cases{
				Positives: []string{
					"SMARTLEAD_API_KEY=" + key() + "\n",
					"railway variables set SMARTLEAD_API_KEY=\"" + key() + "\"\n",
					"curl \"https://server.smartlead.ai/api/v1/campaigns?api_key=" + key() + "\"\n",
					"smartlead:\n  api_key: '" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"SMARTLEAD_API_KEY=your_smartlead_api_key\n",
					"SMARTLEAD_API_KEY=" + g.UUID() + "_xxxxxxx\n",
					// a bare UUID is a campaign or lead id, not the key
					"SMARTLEAD_CAMPAIGN_ID=" + g.UUID() + "\n",
					// a suffix of the wrong length
					"SMARTLEAD_API_KEY=" + g.UUID() + "_" + g.LowerAlnum(12) + "\n",
				},
			}
		},
		"gong-access-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Base32, 32) }
			return Cases{
				Positives: []string{
					"GONG_ACCESS_KEY=" + key() + "\n",
					"export GONG_ACCESS_KEY='" + key() + "'\n",
					"gong:\n  access_key: " + key() + "\n",
					"client = GongClient(gong_access_key=\"" + key() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"GONG_ACCESS_KEY=your_gong_access_key\n",
					"GONG_ACCESS_KEY=" + strings.Repeat("X", 32) + "\n",
					// wrong length and lower case
					"GONG_ACCESS_KEY=" + g.String(fake.Base32, 28) + "\n",
					"GONG_ACCESS_KEY=" + strings.ToLower(g.String(fake.Base32, 32)) + "\n",
					// "gong" inside longer words
					"CHITTAGONG_API_KEY=" + key() + "\n",
					"gongs_key = \"" + key() + "\"\n",
				},
			}
		},
		"gong-access-key-secret": func(g *fake.Gen) Cases {
			ak := func() string { return g.String(fake.Base32, 32) }
			return Cases{
				Positives: []string{
					"GONG_ACCESS_KEY_SECRET=" + gongSecret(g, ak()) + "\n",
					"gong:\n  access_key_secret: \"" + gongSecret(g, ak()) + "\"\n",
					"{\"gongAccessKeySecret\": \"" + gongSecret(g, ak()) + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"GONG_ACCESS_KEY_SECRET=your_gong_secret\n",
					"GONG_ACCESS_KEY_SECRET=eyJ...\n",
					// a JWT that is not labelled as Gong's
					"WOLLONGONG_SESSION_TOKEN=" + gongSecret(g, ak()) + "\n",
					// not a JWT
					"GONG_ACCESS_KEY_SECRET=" + g.MixedAlnum(48) + "\n",
				},
			}
		},
	}
}
