// Cases of the rules added in the 2026-11-27 provider pass (crm): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// Alphabets of the generators the providers' sources use.
const (
	// crmBase58 is Ruby's SecureRandom.base58 (Rails has_secure_token).
	crmBase58 = "123456789" + "ABCDEFGHJKLMNPQRSTUVWXYZ" + "abcdefghijkmnopqrstuvwxyz"
	// crmSyncthing is Syncthing's lib/rand alphabet.
	crmSyncthing = "2345679" + "abcdefghijkmnopqrstuvwxyz" + "ACDEFGHJKLMNPQRSTUVWXYZ"
	// crmHuman is Nextcloud's ISecureRandom::CHAR_HUMAN_READABLE.
	crmHuman = "abcdefgijkmnopqrstwxyz" + "ABCDEFGHJKLMNPQRSTWXYZ" + "23456789"
	// crmBase57 is shortuuid's alphabet.
	crmBase57 = "23456789" + "ABCDEFGHJKLMNPQRSTUVWXYZ" + "abcdefghijkmnopqrstuvwxyz"
)

// crmOf is n characters of alphabet.
func crmOf(alphabet string, n int) cfVal {
	return func(g *fake.Gen) string { return g.String(alphabet, n) }
}

// crmDevice is a Nextcloud app password: five groups of five.
func crmDevice(g *fake.Gen) string {
	s := g.String(crmHuman, 5)
	for range 4 {
		s += "-" + g.String(crmHuman, 5)
	}
	return s
}

// crmCases returns the cases of this pass's crm rules.
func crmCases() map[string]Builder {
	missive := fake.Join("missive", "_pat-")
	bpPat := fake.Join("bp", "_pat_")
	return map[string]Builder{
		"botpress-personal-access-token": cfPrefixed("BOTPRESS_TOKEN", bpPat, cfMix(36), cfCat(cfLit(fake.Join("bp", "_bat_")), cfMix(36)), cfCat(cfLit(bpPat), cfMix(20))),
		"chatwoot-api-token": withCases(cfNamed("CHATWOOT_API_ACCESS_TOKEN", crmOf(crmBase58, 24), cfCat(crmOf(crmBase58, 23), cfLit("0"))), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"api_access_token: " + g.String(crmBase58, 24) + "\" https://app.chatwoot.com/api/v1/profile\n"
			}},
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				// the widget's website token is public
				return "NEXT_PUBLIC_CHATWOOT_WEBSITE_TOKEN=" + g.String(crmBase58, 24) + "\n"
			}})),
		"dolibarr-api-key": withCases(cfNamed("DOLIBARR_API_KEY", cfMix(32), cfMix(40), cfCat(cfMix(16), cfLit("-"), cfMix(16))), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"DOLAPIKEY: " + g.MixedAlnum(32) + "\" https://erp.example.com/api/index.php/thirdparties\n"
			}}, nil)),
		"documenso-api-token": cfNamed("DOCUMENSO_API_KEY", cfCat(cfLit("api_"), cfLow(16)), cfCat(cfLit("api_"), cfUp(16)), cfCat(cfLit("api_"), cfLow(24))),
		"docuseal-api-key": withCases(cfNamed("DOCUSEAL_API_KEY", crmOf(crmBase58, 43), cfCat(crmOf(crmBase58, 42), cfLit("0"))), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"X-Auth-Token: " + g.String(crmBase58, 43) + "\" https://api.docuseal.com/templates\n"
			}}, nil)),
		"immich-api-key": withCases(cfNamed("IMMICH_API_KEY", cfMix(43), cfMix(50), cfCat(cfMix(20), cfLit("+"), cfMix(22))), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"x-api-key: " + g.MixedAlnum(41) + "\" https://photos.example.com/api/server/about  # immich\n"
			}}, nil)),
		"missive-api-token": cfPrefixed("MISSIVE_API_TOKEN", missive, cfURL(40), cfCat(cfLit(fake.Join("missive", "_pak-")), cfURL(40))),
		"nextcloud-app-password": withCases(cfNamed("NEXTCLOUD_APP_PASSWORD", crmDevice, crmOf(crmHuman, 25), cfMix(40)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "nextcloud:\n  user: backup\n  app_password: " + g.MixedAlnum(72) + "\n"
			}, func(g *fake.Gen) string {
				// ownCloud and Nextcloud 11: four groups of five upper-case letters
				return "OWNCLOUD_APP_PASSWORD=" + g.String(fake.Upper, 5) + "-" + g.String(fake.Upper, 5) + "-" + g.String(fake.Upper, 5) + "-" + g.String(fake.Upper, 5) + "\n"
			}}, nil)),
		"odoo-api-key": withCases(cfNamed("ODOO_API_KEY", cfHex(40), cfLetters(40), cfHexU(40)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "ODOO_PASSWORD=" + g.Hex(40) + "\n"
			}},
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				// a pinned commit in a git-aggregator file
				return "odoo: " + g.Hex(40) + "\n"
			}})),
		"osticket-api-key": withCases(cfNamed("OSTICKET_API_KEY", cfHexU(32), cfHex(32), cfHexU(40)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "# osTicket\ncurl -H \"X-API-Key: " + strings.ToUpper(g.Hex(32)) + "\" https://support.example.com/api/tickets.json\n"
			}}, nil)),
		"paperless-ngx-api-token": withCases(cfNamed("PAPERLESS_API_TOKEN", cfHex(40), cfLetters(40), cfHexU(40)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"Authorization: Token " + g.Hex(40) + "\" https://paperless.example.com/api/documents/\n"
			}}, nil)),
		"photoprism-app-password": cfNamed("PHOTOPRISM_APP_PASSWORD", cfCat(cfMix(6), cfLit("-"), cfMix(6), cfLit("-"), cfMix(6), cfLit("-"), cfMix(6)), cfCat(cfMix(6), cfLit("-"), cfMix(6), cfLit("-"), cfMix(6)), cfCat(cfMix(8), cfLit("-"), cfMix(8), cfLit("-"), cfMix(8), cfLit("-"), cfMix(8))),
		"rocketchat-personal-access-token": withCases(cfNamed("ROCKETCHAT_AUTH_TOKEN", cfURL(43), cfURL(50)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"X-Auth-Token: " + saasURL(g, 43) + "\" -H \"X-User-Id: " + g.Alnum(17) + "\" https://open.rocket.chat/api/v1/me\n"
			}}, nil)),
		"syncthing-api-key": withCases(cfNamed("SYNCTHING_API_KEY", crmOf(crmSyncthing, 32), cfCat(crmOf(crmSyncthing, 31), cfLit("l"))), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "syncthing_apikey: " + g.String(crmSyncthing, 32) + "\n"
			}}, nil)),
		"frappe-api-token": withCases(cfNamed("ERPNEXT_API_SECRET", cfHex(15), cfLetters(15), cfHex(20)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"Authorization: token " + g.Hex(15) + ":" + g.Hex(15) + "\" https://erp.example.com/api/resource/Customer  # frappe\n"
			}, func(g *fake.Gen) string {
				return "FRAPPE_API_TOKEN=" + g.Hex(15) + ":" + g.Hex(15) + "\n"
			}}, nil)),
		"seafile-api-token": withCases(cfNamed("SEAFILE_API_TOKEN", cfHex(40), cfLetters(40), cfHexU(40)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H 'Authorization: Token " + g.Hex(40) + "' https://cloud.seafile.com/api2/auth/ping/\n"
			}}, nil)),
		"sftpgo-api-key": withCases(cfNamed("SFTPGO_API_KEY", cfCat(crmOf(crmBase57, 22), cfLit("."), crmOf(crmBase57, 22)), crmOf(crmBase57, 22), cfCat(crmOf(crmBase57, 22), cfLit("."), crmOf(crmBase57, 21), cfLit("0"))), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"X-SFTPGO-API-KEY: " + g.String(crmBase57, 22) + "." + g.String(crmBase57, 22) + "\" http://localhost:8080/api/v2/folders\n"
			}}, nil)),
		"tidio-openapi-client-secret": withCases(cfNamed("TIDIO_CLIENT_SECRET", cfCat(cfLit("cs_"), cfMix(32)), cfCat(cfLit("ci_"), cfMix(32)), cfMix(32)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"X-Tidio-Openapi-Client-Id: ci_" + g.MixedAlnum(32) + "\" -H \"X-Tidio-Openapi-Client-Secret: cs_" + g.MixedAlnum(32) + "\" https://api.tidio.com/operators\n"
			}}, nil)),
		"vtiger-access-key": cfNamed("VTIGER_ACCESS_KEY", cfMix(16), cfMix(24), cfCat(cfMix(8), cfLit("-"), cfMix(8))),
		"zammad-api-token": withCases(cfNamed("ZAMMAD_HTTP_TOKEN", cfURL(64), cfURL(80)), nrCustom(
			[]func(g *fake.Gen) string{func(g *fake.Gen) string {
				return "curl -H \"Authorization: Token token=" + saasURL(g, 64) + "\" https://zammad.example.com/api/v1/users/me\n"
			}}, nil)),
	}
}
