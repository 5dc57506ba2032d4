// Cases for the content, publishing and translation rules added in the
// s28content change: Api2Pdf, Pocket, POEditor and Transifex. Every key shape
// is built at run time from parts, so that this file holds no token-shaped
// literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s28contentCases are the cases of the rules this change adds.
func s28contentCases() map[string]Builder {
	return map[string]Builder{
		"api2pdf-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"API2PDF_API_KEY=" + g.UUID() + "\n",
					"from api2pdf import Api2Pdf\na2p_client = Api2Pdf('" + g.UUID() + "')\n",
					"$apiClient = new Api2Pdf(\"" + g.UUID() + "\");\n",
					"pdf:\n  provider: api2pdf\n  api2pdf_key: \"" + g.UUID() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"a2p = Api2Pdf('YOUR-API-KEY')\n",
					"API2PDF_API_KEY=00000000-0000-0000-0000-000000000000\n",
					// wrong alphabet and a truncated key
					"API2PDF_API_KEY=" + strings.ToUpper(g.UUID()) + "\n",
					"API2PDF_API_KEY=" + g.UUID()[:30] + "\n",
					// a request id, not the key
					"api2pdf_response_id: " + g.UUID() + "\n",
				},
			}
		},
		"pocket-consumer-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String("123456789", 1) + g.String("0123456789", 4) + "-" + g.Hex(24) }
			return Cases{
				Positives: []string{
					"POCKET_CONSUMER_KEY=" + key() + "\n",
					"curl https://getpocket.com/v3/oauth/request -X POST -H \"Content-Type: application/json\" -d '{\"consumer_key\":\"" + key() + "\",\"redirect_uri\":\"http://localhost\"}'\n",
					"from pocket import Pocket\np = Pocket(consumer_key='" + key() + "', access_token=token)\n",
					"pocket:\n  consumer_key: " + key() + "\n",
				},
				Negatives: []string{
					// the documented example and placeholders
					"POCKET_CONSUMER_KEY=" + fake.Join("1234-", strings.Repeat("abcd1234", 3)) + "\n",
					"POCKET_CONSUMER_KEY=your_consumer_key\n",
					// wrong length and alphabet
					"POCKET_CONSUMER_KEY=" + g.String("123456789", 5) + "-" + g.Hex(20) + "\n",
					"POCKET_CONSUMER_KEY=" + g.String("123456789", 5) + "-" + g.MixedAlnum(24) + "\n",
					// the name inside a longer word
					"PICKPOCKETS=" + key() + "\n",
				},
			}
		},
		"poeditor-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export POEDITOR_API_TOKEN=\"" + g.Hex(32) + "\"\n",
					">>> client = POEditorAPI(api_token='" + g.Hex(32) + "')\n",
					"i18n:\n  poeditor:\n    api_token: " + g.Hex(32) + "\n    project_id: 654073\n",
					"curl -X POST https://api.poeditor.com/v2/projects/list -d api_token=\"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"export POEDITOR_API_TOKEN=[YOUR_API_TOKEN]\n",
					"POEDITOR_API_TOKEN=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"POEDITOR_API_TOKEN=" + g.Hex(24) + "\n",
					"POEDITOR_API_TOKEN=" + g.MixedAlnum(32) + "\n",
					// the project id, a number
					"POEDITOR_PROJECT_ID=" + g.String("0123456789", 6) + "\n",
				},
			}
		},
		"transifex-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return fake.Join("1", "/") + g.Hex(40) }
			return Cases{
				Positives: []string{
					"export TX_TOKEN=" + tok() + "\n",
					"[https://app.transifex.com]\nrest_hostname = https://rest.api.transifex.com\ntoken = " + tok() + "\n",
					"TRANSIFEX_TOKEN=" + tok() + "\nTRANSIFEX_SECRET=" + tok() + "\n",
					"headers = {\"Authorization\": \"Bearer " + tok() + "\", \"Content-Type\": \"application/vnd.api+json\"}\n",
					"transifex:\n  api_token: '" + tok() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"export TX_TOKEN=" + fake.Join("1", "/") + strings.Repeat("x", 40) + "\n",
					"TRANSIFEX_TOKEN=your_api_token\n",
					// wrong length and alphabet
					"TRANSIFEX_TOKEN=" + fake.Join("1", "/") + g.Hex(32) + "\n",
					"TRANSIFEX_TOKEN=" + fake.Join("1", "/") + g.MixedAlnum(40) + "\n",
					// the same hex without the version prefix
					"TRANSIFEX_TOKEN=" + g.Hex(40) + "\n",
					// the name inside a longer word
					"TRANSIFEXED=" + fake.Join("1", "/") + g.Hex(40) + "\n",
				},
			}
		},
	}
}
