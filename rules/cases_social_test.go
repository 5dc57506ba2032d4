// Cases of the rules added in the second 2026-11-27 provider pass
// (social). Values are built at run time from split parts, never stored
// whole.

package rules_test

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// socialCases returns the cases of this pass's social rules.
func socialCases() map[string]caseBuilder {
	return map[string]caseBuilder{
		"roblox-security-cookie": robloxCookieCases,
		"hypixel-api-key":        cfNamed("HYPIXEL_API_KEY", cfUUID(), cfUUIDU()),
	}
}

// robloxLabel is the warning label every .ROBLOSECURITY value starts with.
func robloxLabel() string {
	return fake.Join("_|WARNING:-DO-NOT-SHARE-THIS.--Sharing-this-will-allow-someone-to-log-in-as-you-and-to-steal-your-", "ROBUX-and-items.|_")
}

// robloxCookieCases: the cookie in a .env line, a cookie header and a JSON
// cookie export; negatives with a placeholder body, a short body and a
// toy body.
func robloxCookieCases(g *fake.Gen) ruleCases {
	l := robloxLabel()
	return ruleCases{
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
