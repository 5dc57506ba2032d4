// Cases of the rules narrowed after scanning 30 more public repositories
// (integration collections, notification and monitoring projects, data
// connectors, notebooks, dotfiles) with this round's rules: connection
// strings whose password repeats the user (ProxySQL's stats:stats, netdata's
// and dlt's local test databases) and the SENTINEL-n markers of netdata's
// redaction tests. They are added to the cases of each rule's own table.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// s24fp2WidenedCases are the extra cases of the rules narrowed in this
// round, by rule id.
func s24fp2WidenedCases() map[string]Builder {
	return map[string]Builder{
		// VirusTotal looks files up by hash: a report cites a file's SHA-256
		// next to the service's name, so only a key word labels its key
		"virustotal-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Negatives: []string{
					"| sample | VirusTotal: " + g.Hex(64) + " |\n",
					"virustotal: " + g.Hex(64) + "\n",
				},
			}
		},
		"mysql-go-dsn-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// a password that merely starts like its user is still one
					"    dsn: \"stats:stats" + g.MixedAlnum(10) + "@tcp(db01.acme.test:6032)/\"\n",
					"jobs:\n  - name: local\n    dsn: \"netdata:" + URLPassword(g) + "@tcp(127.0.0.1:3306)/netdata\"\n",
				},
				Negatives: []string{
					// ProxySQL's default stats account, as netdata's collector ships it
					"\t\t\tDSN:     \"stats:stats@tcp(127.0.0.1:6032)/\",\n",
					"jobs:\n  - name: local\n    dsn: \"netdata:netdata@tcp(127.0.0.1:3306)/netdata\"\n",
					// a redaction test's marker
					"dsn: user:SENTINEL-6@tcp(10.1.2.3:3306)/db\n",
				},
			}
		},
		"postgres-uri": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DESTINATION__POSTGRES__CREDENTIALS=postgresql://loader:" + URLPassword(g) + "@db01.acme.test:5432/dlt_data\n",
				},
				Negatives: []string{
					// dlt's local test database and Meltano's docs
					"DESTINATION__POSTGRES__CREDENTIALS=postgresql://loader:loader@localhost:5432/dlt_data\n",
					"      sqlalchemy_url: postgresql://warehouse:warehouse@localhost:5432/warehouse\n",
				},
			}
		},
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"password: sentinel" + g.MixedAlnum(12) + "\n",
				},
				Negatives: []string{
					// netdata's support-bundle redaction test plants these
					"password: SENTINEL-3\n",
					"\"claim_token\": \"SENTINEL-4\"\n",
				},
			}
		},
	}
}
