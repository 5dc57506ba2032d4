// Cases of the rules added in the second 2026-11-27 provider pass
// (social). Values are built at run time from split parts, never stored
// whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// socialCases returns the cases of this pass's social rules.
func socialCases() map[string]Builder {
	return map[string]Builder{
		"roblox-security-cookie":       robloxCookieCases,
		"xbox-live-xsts-authorization": xboxAuthCases,
		"unity-ccd-api-key": withCases(cfNamed("UNITY_CCD_API_KEY", cfHex(32), cfHexU(32), cfLetters(32)), func(g *fake.Gen) Cases {
			// a Unity asset's guid and a project id are not keys
			return Cases{
				Positives: []string{"ugs config set ccd-api-key " + g.Hex(32) + "\n"},
				Negatives: []string{"%TAG !u! tag:unity3d.com,2011:\nguid: " + g.Hex(32) + "\n", "UNITY_PROJECT_ID=" + g.Hex(32) + "\n"},
			}
		}),
		"hypixel-api-key": cfNamed("HYPIXEL_API_KEY", cfUUID(), cfUUIDU()),
		"modrinth-personal-access-token": cfPrefixed("MODRINTH_TOKEN", fake.Join("mr", "p_"), cfMix(60),
			cfCat(cfLit(fake.Join("mr", "o_")), cfMix(60)), cfCat(cfLit(fake.Join("mr", "p_")), cfMix(40))),
		"curseforge-api-key": cfNamed("CURSEFORGE_API_KEY", cfCat(cfLit(bcryptHead()), socialBcrypt(53)),
			cfCat(cfLit(bcryptHead()), cfMix(40)), cfCat(cfLit("$2b$12$"), socialBcrypt(53))),
	}
}

// robloxLabel is the warning label every .ROBLOSECURITY value starts with.
func robloxLabel() string {
	return fake.Join("_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-", "ROBUX-and-items.|_")
}

// robloxCookieCases: the cookie in a .env line, a cookie header and a JSON
// cookie export; negatives with a placeholder body, a short body and a
// toy body.
func robloxCookieCases(g *fake.Gen) Cases {
	l := robloxLabel()
	return Cases{
		Positives: []string{
			"ROBLOX_COOKIE=" + l + strings.ToUpper(g.Hex(608)) + "\n",
			"curl -H 'Cookie: .ROBLOSECURITY=" + l + strings.ToUpper(g.Hex(400)) + "' https://users.roblox.com/v1/users/authenticated\n",
			"[{\"name\": \".ROBLOSECURITY\", \"value\": \"" + l + g.String(fake.Base64, 700) + "\"}]\n",
		},
		Negatives: []string{
			"{\"value\": \"" + l + "YOUR_ACTUAL_COOKIE_VALUE\"}\n",
			"ROBLOX_COOKIE=" + l + strings.ToUpper(g.Hex(60)) + "\n",
			"ROBLOX_COOKIE=" + l + strings.Repeat("A", 600) + "\n",
		},
	}
}

// bcryptHead is the "$2a$10$" head of a bcrypt-shaped CurseForge key.
func bcryptHead() string { return fake.Join("$2a", "$10$") }

// socialBcrypt returns n characters of the bcrypt alphabet [./A-Za-z0-9].
func socialBcrypt(n int) cfVal {
	return func(g *fake.Gen) string { return g.String(fake.Alnum+"./", n) }
}

// xboxAuthCases: the XBL3.0 header in curl, code and an HTTP dump;
// negatives with the docs' placeholders, a non-numeric user hash and a
// token that is not a JWT.
func xboxAuthCases(g *fake.Gen) Cases {
	h := func() string { return saasDigits(g, 19) }
	return Cases{
		Positives: []string{
			"curl -H 'Authorization: XBL3.0 x=" + h() + ";" + cfJWT()(g) + "' -H 'x-xbl-contract-version: 2' https://profile.xboxlive.com/users/me/profile/settings\n",
			"headers = {\"Authorization\": f\"XBL3.0 x=" + h() + ";" + cfJWT()(g) + "\"}\n",
			"GET /users/me HTTP/1.1\nAuthorization: XBL3.0 x=" + h() + ";" + cfJWT()(g) + "\n",
		},
		Negatives: []string{
			"curl -H 'Authorization: XBL3.0 x={userHash};{XSTSToken}'\n",
			"auth = f\"XBL3.0 x={uhs};{xsts_token}\"  # " + h() + "\n",
			"Authorization: XBL3.0 x=" + h() + ";" + g.Alnum(200) + "\n",
		},
	}
}
