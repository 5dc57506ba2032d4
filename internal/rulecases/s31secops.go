// Cases for the security-operations rules added in the s31 secops change:
// Cortex XDR / XSIAM / XSOAR, Intezer, Orca Security and Tenable. Every key
// shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31secopsCases are the cases of the rules this change adds.
func s31secopsCases() map[string]Builder {
	return map[string]Builder{
		"cortex-xdr-api-key": func(g *fake.Gen) Cases {
			host := "https://api-acme.xdr.us.paloaltonetworks.com"
			return Cases{
				Positives: []string{
					"DEMISTO_BASE_URL=" + host + "\nDEMISTO_API_KEY=" + g.MixedAlnum(128) + "\nXSIAM_AUTH_ID=" + g.Pick("7", "12", "41") + "\n",
					"curl -X POST " + host + "/public_api/v1/incidents/get_incidents/ \\\n  -H \"x-xdr-auth-id: " + g.Pick("3", "17") + "\" \\\n  -H \"Authorization: " + g.MixedAlnum(128) + "\" \\\n  -H \"Content-Type: application/json\" -d '{}'\n",
					"headers = {\n    \"x-xdr-auth-id\": \"" + g.Pick("5", "23") + "\",\n    \"Authorization\": \"" + g.MixedAlnum(128) + "\",\n    \"Content-Type\": \"application/json\",\n}\n",
					"export XSIAM_API_KEY_ID=\"9\"\nexport XSIAM_API_KEY=\"" + g.MixedAlnum(128) + "\"\n",
					"cortex_xdr:\n  fqdn: acme.xdr.eu.paloaltonetworks.com\n  api_key_id: 4\n  api_key: " + g.MixedAlnum(128) + "\n",
					"XSOAR_API_KEY=" + g.MixedAlnum(128) + "\n",
				},
				Negatives: []string{
					// the key's id is a small number, not the key
					"XSIAM_AUTH_ID=" + g.Pick("7", "12") + "\nDEMISTO_API_KEY_ID=31\n",
					// placeholders
					"export DEMISTO_API_KEY=" + strings.Repeat("X", 128) + "\n",
					"export DEMISTO_API_KEY=<YOUR_DEMISTO_API_KEY>\n",
					// too short for a Cortex key
					"XSOAR_API_KEY=" + g.MixedAlnum(64) + "\n",
					// a bearer JWT beside the header is another API's credential
					"-H \"x-xdr-auth-id: 3\" -H \"Authorization: Bearer " + g.MixedAlnum(40) + "." + g.MixedAlnum(60) + "\"\n",
					// the name glued to another word
					"MYXSOARISH_NOTE=" + g.MixedAlnum(128) + "\n",
				},
			}
		},
		"intezer-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"INTEZER_API_KEY=" + g.UUID() + "\n",
					"intezer:\n  api_key: " + g.UUID() + "\n  base_url: https://analyze.intezer.com/api/\n",
					"class Osint:\n    INTEZER_API_key = '" + g.UUID() + "'\n",
					"environment:\n  - OPENCTI_URL=http://opencti:8080\n  - INTEZER_API_KEY=" + g.UUID() + "\n",
					"{\"intezer_api_key\": \"" + g.UUID() + "\", \"timeout\": 30}\n",
				},
				Negatives: []string{
					// placeholders
					"INTEZER_API_KEY=your_intezer_key\n",
					"export INTEZER_API_KEY=<your key>\n",
					"INTEZER_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// an analysis id is an identifier, not the key
					"INTEZER_ANALYSIS_ID=" + g.UUID() + "\n",
					// not a UUID
					"INTEZER_API_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"orca-security-api-token": func(g *fake.Gen) Cases {
			domain := fake.Join("orca", "security", ".io||")
			token := func(region string) string {
				return base64.StdEncoding.EncodeToString([]byte("https://app." + region + domain + g.MixedAlnum(32)))
			}
			return Cases{
				Positives: []string{
					"export ORCA_SECURITY_API_TOKEN=" + token("us.") + "\n",
					"provider \"orcasecurity\" {\n  api_endpoint = \"https://api.orcasecurity.io\"\n  api_token    = \"" + token("eu.") + "\"\n}\n",
					"            orca-cli -p ${PROJECT_KEY} image scan ${IMAGE_NAME} --api-token " + token("") + "\n",
					"      - name: Run Orca IaC Scan\n        uses: orcasecurity/shiftleft-iac-action@v1\n        with:\n          api_token: " + token("au.") + "\n",
				},
				Negatives: []string{
					// placeholders
					"ORCA_SECURITY_API_TOKEN=<token>\n",
					"provider \"orcasecurity\" {\n  api_token = \"myorcatoken\"\n}\n",
					// a key part of placeholder letters
					"ORCA_SECURITY_API_TOKEN=" + base64.StdEncoding.EncodeToString([]byte("https://app.us."+domain+strings.Repeat("x", 32))) + "\n",
					// too short a key part
					"ORCA_SECURITY_API_TOKEN=" + base64.StdEncoding.EncodeToString([]byte("https://app.us."+domain+g.MixedAlnum(20))) + "\n",
					// another host's URL
					"TOKEN=" + base64.StdEncoding.EncodeToString([]byte("https://app.us.example.io||"+g.MixedAlnum(32))) + "\n",
				},
			}
		},
		"tenable-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TIO_ACCESS_KEY=" + g.Hex(64) + "\nTIO_SECRET_KEY=" + g.Hex(64) + "\n",
					"from tenable.io import TenableIO\ntio = TenableIO('" + g.Hex(64) + "', '" + g.Hex(64) + "')\n",
					"tenable:\n  url: https://cloud.tenable.com\n  access_key: " + g.Hex(64) + "\n  secret_key: " + g.Hex(64) + "\n",
					"export TENABLEIO_SECRET_KEY=\"" + g.Hex(64) + "\"\n",
					"TSC_SECRET_KEY=" + g.Hex(64) + "\n",
					"sc = TenableSC(url='https://sc.example.com', access_key='" + g.Hex(64) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"TIO_ACCESS_KEY=your-access-key\nTIO_SECRET_KEY=your-secret-key\n",
					"tio = TenableIO('TIO_ACCESS_KEY', 'TIO_SECRET_KEY')\n",
					// a name that only ends like Tenable's
					"RATIO_SECRET_KEY=" + g.Hex(64) + "\n",
					"UNTENABLE_SECRET_KEY=" + g.Hex(64) + "\n",
					// too short
					"TIO_SECRET_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
	}
}
