// Cases for the document generation and translation rules added in the s33
// docgen change: DocRaptor, DocSpring, PDFMonkey, PDF.co, Pdfcrowd, iLovePDF,
// PostGrid, PrintNode, Loco and Unbabel, and the
// Lob rule widened to the Node SDK's require('lob')(key) and new Lob({...})
// forms. Every key shape is built at run time from parts, so that this file
// holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s33docgenCases are the cases of the rules this change adds.
func s33docgenCases() map[string]Builder {
	return map[string]Builder{
		"docraptor-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(12) + g.Pick("_", "-", "Q") + g.MixedAlnum(7) }
			return Cases{
				Positives: []string{
					"DOCRAPTOR_API_KEY=" + key() + "\n",
					"DocRaptor.configure do |config|\n  config.username = \"" + key() + "\"\n  # config.debugging = true\nend\n",
					"doc_api = docraptor.DocApi()\ndoc_api.api_client.configuration.username = '" + key() + "'\n",
					"curl -X POST https://api.docraptor.com/docs?user_credentials=" + key() + " -d @doc.json\n",
					"axios.post(\"https://api.docraptor.com/docs\", {\n  user_credentials: \"" + key() + "\",\n  doc: { test: true }\n});\n",
					// an older account's key of 19 characters
					"export DOC_RAPTOR_API_KEY=\"" + g.MixedAlnum(19) + "\"\n",
					"docraptor:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					// the public test key of DocRaptor's examples
					"DocRaptor.configure do |config|\n  config.username = \"YOUR_API_KEY_HERE\" # this key works in test mode!\nend\n",
					"DOCRAPTOR_API_KEY=" + strings.Repeat("x", 20) + "\n",
					// too long for a DocRaptor key
					"DOCRAPTOR_API_KEY=" + g.MixedAlnum(32) + "\n",
					// one case of letters only
					"DOCRAPTOR_API_KEY=" + g.String("abcdefghijklmnopqrstuvwxyz0123456789", 20) + "\n",
					// the name glued to another word
					"MYDOCRAPTOR_API_KEY=" + key() + "\n",
				},
			}
		},
		"pdfmonkey-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(10) + g.Pick("-", "_", "x") + g.MixedAlnum(9) }
			return Cases{
				Positives: []string{
					"PDFMONKEY_PRIVATE_KEY=" + key() + "\n",
					"Pdfmonkey.configure do |config|\n  config.private_key = '" + key() + "'\nend\n",
					"curl https://api.pdfmonkey.io/api/v1/documents \\\n  -H \"Authorization: Bearer " + key() + "\" \\\n  -H 'Content-Type: application/json'\n",
					"private static final String PDFMONKEY_TOKEN = \"" + key() + "\";\n",
					"header = {'Authorization': 'Bearer ' + config.pdf_monkey_key}\nconfig.pdf_monkey_key = \"" + key() + "\"\n",
					"pdfmonkey:\n  secret_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					// the Ruby gem's README
					"PDFMONKEY_PRIVATE_KEY=j39ckj4…\n",
					"PDFMONKEY_API_KEY=your-secret-key\n",
					// too short
					"PDFMONKEY_API_KEY=" + g.MixedAlnum(12) + "\n",
					// a template id is not the key
					"PDFMONKEY_TEMPLATE_ID=" + strings.ToUpper(g.UUID()) + "\n",
					// the name glued to another word
					"NOTPDFMONKEY_KEY=" + key() + "\n",
				},
			}
		},
		"pdfco-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.LowerAlnum(9) + g.Pick(".", "", "_") + g.String("abcdefghijklmnopqrstuvwxyz", 4) + "@" + g.Pick("gmail.com", "outlook.com", "acmecorp.co.uk") + "_" + g.MixedAlnum(64)
			}
			return Cases{
				Positives: []string{
					"PDFCO_API_KEY=" + key() + "\n",
					"supabase secrets set PDF_CO_API_KEY=" + key() + "\n",
					"const pdfCoApiKey = '" + key() + "';\n",
					"PDFCO_API_KEY: str = \"" + key() + "\"\n",
					"pdf_co:\n  api_key: \"" + key() + "\"\n",
				},
				Negatives: []string{
					"PDFCO_API_KEY=your_pdfco_api_key\n",
					"request.addHeader(\"x-api-key\", \"__Replace_With_Your_PDFco_API_Key__\");\n",
					// the account e-mail alone
					"PDFCO_API_KEY=jane.doe@outlook.com\n",
					// too short after the e-mail
					"PDFCO_API_KEY=jane.doe@outlook.com_" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"pdf_config_secret = \"" + key() + "\"\n",
					"HTMLTOPDFCO_API_KEY=" + key() + "\n",
				},
			}
		},
		"postgrid-api-key": func(g *fake.Gen) Cases {
			test := fake.Join("te", "st_", "sk_")
			live := fake.Join("li", "ve_", "sk_")
			key := func() string { return g.Pick(test, live) + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"POSTGRID_API_KEY=" + key() + "\n",
					"import postgrid\npostgrid.pm_key = '" + key() + "'\n",
					"curl -X GET 'https://api.postgrid.com/print-mail/v1/postcards' \\\n  -H 'x-api-key: " + key() + "'\n",
					"const requestOptions = { method: 'GET', headers: { \"x-api-key\": \"" + key() + "\" } };\n",
					"CURLOPT_HTTPHEADER => array(\n    'x-api-key: " + test + g.MixedLetters(22) + "',\n),\n",
				},
				Negatives: []string{
					"POSTGRID_API_KEY=" + test + "...\n",
					"POSTGRID_API_KEY=" + test + "your_key_here\n",
					// too short for a PostGrid key
					"POSTGRID_API_KEY=" + test + g.MixedAlnum(16) + "\n",
					// longer than PostGrid's and shorter than Toss Payments' keys
					"POSTGRID_API_KEY=" + live + g.MixedAlnum(25) + "\n",
					// glued to another product's prefix
					"const apiKey = 'nexachat_" + live + g.MixedAlnum(22) + "';\n",
					// one case only
					"POSTGRID_API_KEY=" + test + strings.ToLower(g.MixedAlnum(22)) + "\n",
				},
			}
		},
		"unbabel-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"UNBABEL_USERNAME=acme-translations\nUNBABEL_API_KEY=" + g.Hex(40) + "\n",
					"unbabel_username = 'acme-translations'\nunbabel_api_key = '" + g.Hex(40) + "'\n",
					"UNBABEL_API_KEY: '" + g.Hex(40) + "'\n",
					"{\n  \"unbabel\": {\n    \"username\": \"acme\",\n    \"api_key\": \"" + g.Hex(40) + "\"\n  }\n}\n",
				},
				Negatives: []string{
					"UNBABEL_API_KEY: 'secret-unbabel-api-key'\n",
					"os.environ['UNBABEL_API_KEY'] = 'does not matter for unit tests'\n",
					// too short
					"UNBABEL_API_KEY=" + g.Hex(32) + "\n",
					// not hex
					"UNBABEL_API_KEY=" + g.MixedAlnum(40) + "\n",
					// the name glued to another word
					"UNBABELFISH_API_KEY=" + g.Hex(40) + "\n",
				},
			}
		},
		"printnode-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(20) + g.Pick("_", "-", "Q") + g.MixedAlnum(22) }
			return Cases{
				Positives: []string{
					"PRINTNODE_API_KEY=" + key() + "\nPRINTNODE_PRINTER_ID=73118250\n",
					"$credentials = new PrintNode\\Credentials\\ApiKey('" + key() + "');\n$client = new PrintNode\\Client($credentials);\n",
					"const printNodeApiKey = process.env.PRINTNODE_API_KEY || '" + key() + "';\n",
					"printnode:\n  api_key: \"" + key() + "\"\n  printer_id: 73118250\n",
					"supabase secrets set PRINTNODE_API_KEY=" + key() + "\n",
				},
				Negatives: []string{
					"PRINTNODE_API_KEY=" + strings.Repeat("x", 32) + "\n",
					"PRINTNODE_API_KEY=your-printnode-api-key\n",
					// a printer id is not the key
					"PRINTNODE_PRINTER_ID=" + g.String("0123456789", 8) + "\n",
					// too short
					"PRINTNODE_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"BLUEPRINTNODE_TOKEN=" + key() + "\n",
				},
			}
		},
		"pdfcrowd-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"client = pdfcrowd.HtmlToPdfClient('eduard25', '" + g.Hex(32) + "')\n",
					"var client = new pdfcrowd.HtmlToPdfClient(\"acme-reports\", \"" + g.Hex(32) + "\");\n",
					"$client = new \\Pdfcrowd\\HtmlToImageClient(\"acme\", \"" + g.Hex(32) + "\");\n",
					"client = Pdfcrowd::HtmlToPdfClient.new(\"acme\", \"" + g.Hex(32) + "\")\n",
					"client := pdfcrowd.NewHtmlToImageClient(\"acme\", \"" + g.Hex(32) + "\")\n",
					"PDFCROWD_USERNAME=acme\nPDFCROWD_API_KEY=" + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the published demo account
					"client = pdfcrowd.HtmlToPdfClient(\"demo\", \"" + fake.Join("ce544b6ea52a5621", "fb9d55f8b542d14d") + "\")\n",
					"var client = new pdfcrowd.HtmlToPdfClient(\"<USER_ID>\", \"<API_KEY>\");\n",
					"client = pdfcrowd.HtmlToPdfClient(username, api_key)\n",
					// too short
					"PDFCROWD_API_KEY=" + g.Hex(24) + "\n",
					// not hex
					"PDFCROWD_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"ilovepdf-secret-key": func(g *fake.Gen) Cases {
			secret := fake.Join("secret", "_key_")
			public := fake.Join("project", "_public_")
			mid := func() string { return g.String("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-", 5) }
			key := func() string { return secret + g.Hex(32) + "_" + mid() + g.Hex(32) }
			return Cases{
				Positives: []string{
					"ILOVEPDF_PUBLIC_KEY=" + public + g.Hex(32) + "_" + mid() + g.Hex(32) + "\nILOVEPDF_SECRET_KEY=" + key() + "\n",
					"$ilovepdf = new Ilovepdf('" + public + g.Hex(32) + "_" + mid() + g.Hex(32) + "','" + key() + "');\n",
					"$ilovepdfSecretKey = \"" + key() + "\";\n",
					"const instance = new ILovePDFApi(process.env.ILOVEPDF_PUBLIC_KEY, '" + key() + "');\n",
				},
				Negatives: []string{
					"ILOVEPDF_SECRET_KEY=your_secret_key_here\n",
					"app.secret_key = 'your_secret_key_here'\n",
					// the public key is the project's identifier
					"ILOVEPDF_PUBLIC_KEY=" + public + g.Hex(32) + "_" + mid() + g.Hex(32) + "\n",
					// cut short
					"ILOVEPDF_SECRET_KEY=" + secret + g.Hex(32) + "_" + mid() + g.Hex(20) + "\n",
					// glued to another word
					"FLASK_SECRET_KEY=my" + key() + "\n",
				},
			}
		},
		"loco-api-key": func(g *fake.Gen) Cases {
			key := func() string {
				return g.Pick(g.MixedAlnum(32), g.Pick("A", "B", "x")+g.Pick("-", "_")+g.MixedAlnum(31))
			}
			return Cases{
				Positives: []string{
					"LOCO_API_KEY=" + key() + "\n",
					"curl -X POST \"https://localise.biz/api/import/json?locale=fr-FR\" -H \"Authorization: Loco " + key() + "\" --data-binary @fr.json\n",
					"const loco = new LocoClient('" + key() + "');\n",
					"headers: {\n  Authorization: `Loco " + key() + "`\n}\n",
					"loco:\n  api_key: " + key() + "\n",
				},
				Negatives: []string{
					"Authorization: Loco $LOCO_API_KEY\n",
					"LOCO_API_KEY=your_loco_api_key_here\n",
					// a word that starts with the name
					"LOCOMOTIVE_API_KEY=" + key() + "\n",
					// a name that ends with it
					"MOLOCO_API_KEY=" + key() + "\n",
					// too short
					"LOCO_API_KEY=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"docspring-api-token-secret": func(g *fake.Gen) Cases {
			secret := func() string { return g.MixedAlnum(16) + g.Pick("_", "-", "Z") + g.MixedAlnum(26) }
			return Cases{
				Positives: []string{
					"DOCSPRING_TOKEN_ID=" + g.MixedAlnum(16) + "\nDOCSPRING_TOKEN_SECRET=" + secret() + "\n",
					"ENV['DOCSPRING_TOKEN_SECRET'] = '" + secret() + "'\n",
					"docspring:\n  api_token_id: " + g.MixedAlnum(16) + "\n  api_token_secret: " + secret() + "\n",
					"const docspringTokenSecret = process.env.DOCSPRING_TOKEN_SECRET || \"" + secret() + "\";\n",
				},
				Negatives: []string{
					// the test token of DocSpring's docs
					"ENV['DOCSPRING_TOKEN_SECRET'] = '" + fake.Join("IB3TRkSdm4f2BdtU", "_D3YgxjdMB7l-r2fOgvxD1Yzwec") + "'\n",
					"ENV['DOCSPRING_TOKEN_SECRET'] = \"YOUR_API_TOKEN_SECRET\"\n",
					// the token's id is not its secret
					"DOCSPRING_TOKEN_ID=" + g.MixedAlnum(16) + "\n",
					// one case only
					"DOCSPRING_TOKEN_SECRET=" + strings.ToLower(secret()) + "\n",
				},
			}
		},
	}
}

// s33docgenWidenedCases are more cases of rules this change widens.
func s33docgenWidenedCases() map[string]Builder {
	return map[string]Builder{
		"lob-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.Pick("live_", "test_") + g.Hex(35) }
			return Cases{
				Positives: []string{
					"const Lob = require('lob')('" + key() + "');\n",
					"var lob = require(\"lob\")(\"" + key() + "\");\n",
					"const lobClient = new Lob({ apiKey: '" + key() + "' });\n",
				},
				Negatives: []string{
					"const Lob = require('lob')('YOUR_API_KEY');\n",
					"const Lob = require('lob')(process.env.LOB_API_KEY);\n",
					"const blob = new Blob(['" + key() + "']);\n",
				},
			}
		},
	}
}
