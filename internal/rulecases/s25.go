// Cases of the rules the s25 session wrote itself (the helpers' are in
// cases_s25*_test.go by source). Every value is generated here; prefixes
// are joined from parts so that the tree holds no token-shaped text.

package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// s25ScalewayAccessKey returns a Scaleway access key: SCW and 17
// upper-case letters and digits.
func s25ScalewayAccessKey(g *fake.Gen) string { return fake.Join("SC", "W") + upperAlnum(g, 17) }

// s25Cases are the generated cases of the rules the session wrote.
func s25Cases() map[string]Builder {
	return map[string]Builder{
		"scaleway-key-pair": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// the CLI's ~/.config/scw/config.yaml
					"access_key: " + s25ScalewayAccessKey(g) + "\nsecret_key: " + g.UUID() + "\ndefault_organization_id: " + g.UUID() + "\ndefault_region: fr-par\n",
					// a Compose service's environment
					"    environment:\n      - ACCESS_KEY=" + s25ScalewayAccessKey(g) + "\n      - SECRET_KEY=" + g.UUID() + "\n",
					// a profile of the CLI's config, the region between
					"profiles:\n  prod:\n    access_key: " + s25ScalewayAccessKey(g) + "\n    default_region: nl-ams\n    secret_key: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// the access key alone, an id after it
					"access_key: " + s25ScalewayAccessKey(g) + "\ndefault_organization_id: " + g.UUID() + "\n",
					// a secret key that is a placeholder
					"access_key: " + s25ScalewayAccessKey(g) + "\nsecret_key: 00000000-0000-0000-0000-000000000000\n",
					// too far from the access key
					"access_key: " + s25ScalewayAccessKey(g) + "\na: 1\nb: 2\nc: 3\nd: 4\nsecret_key: " + g.UUID() + "\n",
					// an access key of the wrong length
					"access_key: " + fake.Join("SC", "W") + upperAlnum(g, 12) + "\nsecret_key: " + g.UUID() + "\n",
				},
			}
		},
	}
}
