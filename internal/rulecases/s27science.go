// Cases for the research, scientific-data and notebook rules added in the
// s27science change: Jupyter, Zenodo, Zotero, NCBI, Springer Nature,
// Elsevier, Materials Project, Semantic Scholar, OpenTopography, Label
// Studio, the Copernicus data stores and Dataverse. Every key shape is built
// at run time from parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s27scienceCases are the cases of the rules this change adds.
func s27scienceCases() map[string]Builder {
	return map[string]Builder{
		"jupyter-server-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JUPYTER_TOKEN=" + g.Hex(48) + "\n",
					"[I 2024-05-02 10:11:12.345 ServerApp] Jupyter Server 2.14.0 is running at:\n" +
						"[I 2024-05-02 10:11:12.345 ServerApp] http://localhost:8888/lab?token=" + g.Hex(48) + "\n",
					"c.ServerApp.token = '" + g.Hex(48) + "'\n",
					"jupyter notebook --no-browser --port=8889 --NotebookApp.token=" + g.Hex(48) + "\n",
					"Currently running servers:\nhttp://127.0.0.1:8888/?token=" + g.Hex(48) + " :: /home/ana/notebooks\n",
				},
				Negatives: []string{
					// placeholders and a token the user chose
					"c.ServerApp.token = ''\n",
					"JUPYTER_TOKEN=" + strings.Repeat("x", 48) + "\n",
					"c.NotebookApp.token = 'my-secret-token'\n",
					// too short, and upper-case hex is not Jupyter's
					"JUPYTER_TOKEN=" + g.Hex(32) + "\n",
					"JUPYTER_TOKEN=" + strings.ToUpper(g.Hex(48)) + "\n",
					// a URL without a port, and a name glued to another word
					"https://example.org/download?token=" + g.Hex(48) + "\n",
					"JUPYTERHUB_IMAGE_DIGEST=" + g.Hex(48) + "\n",
				},
			}
		},
		"zenodo-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZENODO_TOKEN=" + g.MixedAlnum(60) + "\n",
					"r = requests.post('https://zenodo.org/api/deposit/depositions?access_token=" + g.MixedAlnum(60) + "', json={})\n",
					"zenodo:\n  access_token: \"" + g.MixedAlnum(60) + "\"\n  sandbox: false\n",
					"zeno = zenodopy.Client(token=\"" + g.MixedAlnum(60) + "\", sandbox=True)\n",
				},
				Negatives: []string{
					// placeholders
					"ZENODO_TOKEN=ChangeMe\n",
					"ZENODO_TOKEN=" + strings.Repeat("X", 60) + "\n",
					// wrong length and alphabet
					"ZENODO_TOKEN=" + g.MixedAlnum(40) + "\n",
					"ZENODO_TOKEN=" + g.MixedAlnum(30) + "-" + g.MixedAlnum(29) + "\n",
					// a record id and a name glued to another word
					"ZENODO_RECORD=" + g.MixedAlnum(60) + "\n",
				},
			}
		},
		"zotero-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ZOTERO_API_KEY=" + g.MixedAlnum(24) + "\n",
					"zot = zotero.Zotero('" + g.String(fake.Digits, 7) + "', 'user', '" + g.MixedAlnum(24) + "')\n",
					"curl -H 'Zotero-API-Key: " + g.MixedAlnum(24) + "' https://api.zotero.org/users/475425/items/top\n",
					"fetch(`https://api.zotero.org/groups/169947/items?format=json&key=" + g.MixedAlnum(24) + "`)\n",
				},
				Negatives: []string{
					// placeholders
					"ZOTERO_API_KEY=your_api_key\n",
					"ZOTERO_API_KEY=" + strings.Repeat("a", 24) + "\n",
					// too long, and an item key (eight characters)
					"ZOTERO_API_KEY=" + g.MixedAlnum(32) + "\n",
					"ZOTERO_ITEM_KEY=" + g.String("ABCDEFGHIJKMNPQRSTUVWXZ23456789", 8) + "\n",
					// the library id, not the key
					"ZOTERO_LIBRARY_ID=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"ncbi-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"from Bio import Entrez\nEntrez.email = \"ana@example.org\"\nEntrez.api_key = \"" + g.Hex(36) + "\"\n",
					"NCBI_API_KEY=" + g.Hex(36) + "\n",
					"Sys.setenv(ENTREZ_KEY = \"" + g.Hex(36) + "\")\n",
					"url = \"https://eutils.ncbi.nlm.nih.gov/entrez/eutils/esearch.fcgi?db=pubmed&term=asthma&api_key=" + g.Hex(36) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"Entrez.api_key = \"YOUR_NCBI_API_KEY\"\n",
					"NCBI_API_KEY=" + strings.Repeat("0", 36) + "\n",
					// wrong length and alphabet
					"NCBI_API_KEY=" + g.Hex(32) + "\n",
					"NCBI_API_KEY=" + g.MixedAlnum(36) + "\n",
					// a name glued to another word
					"NCBIGENE_CHECKSUM=" + g.Hex(36) + "\n",
				},
			}
		},
		"springer-nature-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SPRINGER_API_KEY=" + g.Hex(32) + "\n",
					"url = 'http://api.springernature.com/meta/v2/json?q=doi:10.1007/s11276-008-0131-4&p=10&api_key=" + g.Hex(32) + "'\n",
					"{\"springer_nature\": {\"api_key\": \"" + g.Hex(32) + "\"}}\n",
				},
				Negatives: []string{
					// placeholders
					"SPRINGER_API_KEY=your_springer_key_here\n",
					"SPRINGER_API_KEY=" + strings.Repeat("f", 32) + "\n",
					// wrong length and alphabet
					"SPRINGER_API_KEY=" + g.Hex(24) + "\n",
					"SPRINGER_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a name glued to another word
					"SPRINGERLINK_ISSN_HASH=" + g.Hex(32) + "\n",
				},
			}
		},
		"elsevier-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ELSEVIER_API_KEY=" + g.Hex(32) + "\n",
					"headers = {'X-ELS-APIKey': '" + g.Hex(32) + "', 'Accept': 'application/json'}\n",
					"options(\"elsevier_api_key\" = \"" + g.Hex(32) + "\")\n",
					"scopus:\n  apikey: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"ELSEVIER_API_KEY=your_elsevier_api_key_here\n",
					"ELSEVIER_API_KEY=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"ELSEVIER_API_KEY=" + g.Hex(40) + "\n",
					"ELSEVIER_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a Scopus author id, not a key
					"SCOPUS_AUTHOR_ID=" + g.String(fake.Digits, 11) + "\n",
				},
			}
		},
		"materials-project-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MP_API_KEY=" + g.MixedAlnum(32) + "\n",
					"from mp_api.client import MPRester\n\nwith MPRester(\"" + g.MixedAlnum(32) + "\") as mpr:\n    docs = mpr.materials.summary.search(material_ids=[\"mp-149\"])\n",
					"PMG_MAPI_KEY: " + g.MixedAlnum(32) + "\n",
					"with MPRester(api_key='" + g.MixedAlnum(16) + "') as m:\n",
				},
				Negatives: []string{
					// placeholders
					"with MPRester(\"your_api_key_here\") as mpr:\n",
					"MP_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// wrong length
					"MP_API_KEY=" + g.MixedAlnum(24) + "\n",
					// another provider's key whose name ends in mp_api
					"TEMP_API_KEY=" + g.MixedAlnum(32) + "\n",
					"AMP_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"semantic-scholar-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SEMANTIC_SCHOLAR_API_KEY=" + g.MixedAlnum(40) + "\n",
					"S2_API_KEY=" + g.MixedAlnum(40) + "\n",
					"sch = SemanticScholar(api_key='" + g.MixedAlnum(40) + "')\n",
					"semantic_scholar:\n  api_key: \"" + g.MixedAlnum(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"SEMANTIC_SCHOLAR_API_KEY=<your_s2_api_key>\n",
					"SEMANTIC_SCHOLAR_API_KEY=" + strings.Repeat("k", 40) + "\n",
					// wrong length
					"SEMANTIC_SCHOLAR_API_KEY=" + g.MixedAlnum(32) + "\n",
					// another name ending in s2_api
					"AWS2_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a paper id, not a key
					"SEMANTIC_SCHOLAR_PAPER_ID=" + g.Hex(40) + "\n",
				},
			}
		},
		"opentopography-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"OPENTOPOGRAPHY_API_KEY=" + g.Hex(32) + "\n",
					"url = f\"https://portal.opentopography.org/API/globaldem?demtype=SRTMGL1&south={s}&north={n}&west={w}&east={e}&outputFormat=GTiff&API_Key=" + g.Hex(32) + "\"\n",
					"api_key = st.secrets.get(\"OPENTOPO_API_KEY\", \"" + g.Hex(32) + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"OPENTOPOGRAPHY_API_KEY=demoapikeyot2022\n",
					"OPENTOPOGRAPHY_API_KEY=" + strings.Repeat("a", 32) + "\n",
					// wrong length and alphabet
					"OPENTOPOGRAPHY_API_KEY=" + g.Hex(40) + "\n",
					"OPENTOPOGRAPHY_API_KEY=" + g.MixedAlnum(32) + "\n",
					// a dataset id glued to the name
					"OPENTOPOGRAPHY_DATASET=" + g.Hex(32) + "\n",
				},
			}
		},
		"label-studio-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LABEL_STUDIO_API_KEY=" + g.Hex(40) + "\n",
					"label_studio:\n  url: http://localhost:8080\n  api_key: " + g.Hex(40) + "\n",
					"export LABEL_STUDIO_USER_TOKEN=\"" + g.Hex(40) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"LABEL_STUDIO_API_KEY=your-api-key\n",
					"LABEL_STUDIO_API_KEY=" + strings.Repeat("0", 40) + "\n",
					// wrong length and alphabet
					"LABEL_STUDIO_API_KEY=" + g.Hex(32) + "\n",
					"LABEL_STUDIO_API_KEY=" + g.MixedAlnum(40) + "\n",
					// a project's commit, not a key
					"LABEL_STUDIO_COMMIT=" + g.Hex(40) + "\n",
				},
			}
		},
		"copernicus-cds-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"url: https://cds.climate.copernicus.eu/api\nkey: " + g.UUID() + "\n",
					"url: https://cds.climate.copernicus.eu/api/v2\nkey: " + g.String(fake.Digits, 6) + ":" + g.UUID() + "\n",
					"CDSAPI_KEY=" + g.UUID() + "\n",
					"c = cdsapi.Client(url=\"https://ads.atmosphere.copernicus.eu/api\", key=\"" + g.UUID() + "\")\n",
				},
				Negatives: []string{
					// placeholders
					"url: https://cds.climate.copernicus.eu/api\nkey: <PERSONAL-ACCESS-TOKEN>\n",
					"CDSAPI_KEY=" + "00000000-0000-0000-0000-000000000000" + "\n",
					// not a UUID
					"CDSAPI_KEY=" + g.Hex(32) + "\n",
					// a request id, not the key
					"COPERNICUS_REQUEST_ID=" + g.UUID() + "\n",
				},
			}
		},
		"dataverse-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DATAVERSE_API_TOKEN=" + g.UUID() + "\n",
					"curl -H \"X-Dataverse-key:" + g.UUID() + "\" https://demo.dataverse.org/api/dataverses/root\n",
					"{\"dataverse_token\": \"" + g.UUID() + "\", \"base_url\": \"https://dataverse.nl\"}\n",
					"dataverse:\n  url: https://dataverse.harvard.edu\n  token: " + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"DATAVERSE_API_TOKEN=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"DATAVERSE_API_TOKEN=$API_TOKEN\n",
					// not a UUID
					"DATAVERSE_API_TOKEN=" + g.Hex(32) + "\n",
					// a dataset id and an environment id, not the token
					"DATAVERSE_ENV_ID=" + g.UUID() + "\n",
				},
			}
		},
		"sevenbridges-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SB_AUTH_TOKEN=" + g.Hex(32) + "\n",
					"GET /v2/user HTTP/1.1\nHost: api.sbgenomics.com\nX-SBG-Auth-Token: " + g.Hex(32) + "\n",
					"[default]\napi_endpoint = https://cgc-api.sbgenomics.com/v2\nauth_token = " + g.Hex(32) + "\n",
					"api = sbg.Api(url=API_URL, token='" + g.Hex(32) + "')\n",
				},
				Negatives: []string{
					// placeholders
					"X-SBG-Auth-Token: <token>\n",
					"SB_AUTH_TOKEN=" + strings.Repeat("0", 32) + "\n",
					// wrong length and alphabet
					"SB_AUTH_TOKEN=" + g.Hex(40) + "\n",
					"SB_AUTH_TOKEN=" + g.MixedAlnum(32) + "\n",
					// another name ending in sb_auth, and a project id
					"USB_AUTH_TOKEN=" + g.Hex(32) + "\n",
					"SEVENBRIDGES_PROJECT=" + g.Hex(32) + "\n",
				},
			}
		},
		"orcid-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ORCID_CLIENT_SECRET=" + g.UUID() + "\n",
					"app.config['ORCID_CLIENT_SECRET'] = '" + g.UUID() + "'\n",
					"orcid:\n  client_id: APP-" + g.String(fake.Upper+fake.Digits, 16) + "\n  client_secret: " + g.UUID() + "\n",
					"ORCID_ACCESS_TOKEN=" + g.UUID() + "\n",
				},
				Negatives: []string{
					// placeholders
					"ORCID_CLIENT_SECRET=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"ORCID_CLIENT_SECRET=changeme\n",
					// not a UUID
					"ORCID_CLIENT_SECRET=" + g.Hex(32) + "\n",
					// an ORCID iD and a record id, not secrets
					"ORCID=0000-0002-1825-0097\n",
					"ORCID_PUT_CODE=" + g.UUID() + "\n",
				},
			}
		},
		"ckan-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CKAN_API_KEY=" + g.UUID() + "\n",
					"demo = ckanapi.RemoteCKAN('https://demo.ckan.org', apikey='" + g.UUID() + "')\n",
					"curl -H \"X-CKAN-API-Key: " + g.UUID() + "\" https://data.example.org/api/3/action/package_create\n",
				},
				Negatives: []string{
					// placeholders
					"CKAN_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"CKAN_API_KEY=${CKAN_API_KEY}\n",
					// not a UUID
					"CKAN_API_KEY=" + g.Hex(32) + "\n",
					// a dataset id, not a key
					"CKAN_PACKAGE_ID=" + g.UUID() + "\n",
				},
			}
		},
	}
}
