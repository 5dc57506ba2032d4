// Cases for the marketing automation and push rules added in the s32 mktg
// change: Batch (REST API key), Bloomreach Engagement (Exponea), MoEngage,
// Pushwoosh and Sendy, and more cases for the GetResponse rule it widened
// (the X-Auth-Token header and keys of lower-case letters and digits).
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s32mktgCases are the cases of the rules this change adds.
func s32mktgCases() map[string]Builder {
	return map[string]Builder{
		"batch-rest-api-key": func(g *fake.Gen) Cases {
			appKey := func() string { return g.String(fake.HexUpper, 30) }
			xauth := fake.Join("X-Author", "ization")
			return Cases{
				Positives: []string{
					"BATCH_REST_API_KEY=" + g.Hex(32) + "\nBATCH_PROJECT_KEY=project_" + g.Hex(16) + "\n",
					"AndroidNetworking.post(\"https://api.batch.com/1.1/" + appKey() + "/campaigns/create\")\n        .addHeaders(\"" + xauth + "\", \"" + g.Hex(32) + "\")\n        .addHeaders(\"Content-Type\", \"application/json\")\n",
					"$.ajax({\n    type: 'GET',\n    url: 'https://api.batch.com/1.1/' + app.id + '/campaigns/list?limit=20',\n    headers: {\"" + xauth + "\": \"" + g.Hex(32) + "\"},\n});\n",
					"var BATCH_REST_API_KEY = \"" + g.Hex(32) + "\";\nvar batch_url = \"https://api.batch.com/1.1/\" + BATCH_API_KEY + \"/transactional/send\";\n",
					"$client->post(\"https://api.batch.com/1.1/{$apiKey}/transactional/send\", [\n    'headers' => [\n        '" + xauth + "' => '" + g.Hex(32) + "',\n    ],\n]);\n",
					"curl -X POST https://api.batch.com/2.1/profiles/update \\\n  -H \"" + xauth + ": " + g.Hex(32) + "\" \\\n  -H \"X-Batch-Project: " + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"BATCH_REST_API_KEY=your_rest_api_key\n",
					"BATCH_REST_API_KEY=" + strings.Repeat("x", 32) + "\n",
					// the SDK key is a public identifier, not the REST key
					"BATCH_API_KEY=" + appKey() + "\n",
					// the header of another API
					"curl -H \"" + xauth + ": " + g.Hex(32) + "\" https://api.example.com/v1/items\n",
					// wrong length
					"BATCH_REST_API_KEY=" + g.Hex(40) + "\n",
					// another word that starts like the name
					"BATCH_RESTORE_KEY=" + g.Hex(32) + "\n",
				},
			}
		},
		"bloomreach-engagement-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"BLOOMREACH_PROJECT_TOKEN=" + g.UUID() + "\nBLOOMREACH_API_KEY_ID=" + g.LowerAlnum(64) + "\nBLOOMREACH_API_SECRET=" + g.LowerAlnum(64) + "\n",
					"if ( ! defined( 'KITCES_EXPONEA_API_SECRET' ) ) {\n\tdefine( 'KITCES_EXPONEA_API_SECRET', '" + g.LowerAlnum(64) + "' );\n}\n",
					"export const config = {\n  bloomreach: {\n    projectToken: '" + g.UUID() + "',\n    apiKeyId: '" + g.LowerAlnum(64) + "',\n  },\n};\n",
					"exponea:\n  base_url: https://api.exponea.com\n  api_secret: " + g.LowerAlnum(64) + "\n",
					"const apiSecret = process.env.EXPONEA_API_SECRET || '" + g.LowerAlnum(64) + "';\n",
				},
				Negatives: []string{
					// placeholders
					"BLOOMREACH_API_SECRET=your-api-secret\n",
					"BLOOMREACH_API_KEY_ID=" + strings.Repeat("x", 64) + "\n",
					// the project token is an identifier
					"BLOOMREACH_PROJECT_TOKEN=" + g.UUID() + "\n",
					// wrong alphabet and length
					"BLOOMREACH_API_SECRET=" + g.MixedAlnum(64) + "\n",
					"EXPONEA_API_SECRET=" + g.LowerAlnum(48) + "\n",
					// the name glued to another word
					"BLOOMREACHER_NAME=" + g.LowerAlnum(64) + "\n",
				},
			}
		},
		"moengage-data-api-key": func(g *fake.Gen) Cases {
			workspace := func() string { return g.String(fake.Upper+fake.Digits, 24) }
			key := func() string { return g.MixedAlnum(10) + g.Pick("_", "+", "@", "-", "Q") + g.MixedAlnum(13) }
			return Cases{
				Positives: []string{
					"MOENGAGE_WORKSPACE_ID=" + workspace() + "\nMOENGAGE_DATA_API_KEY=" + key() + "\nMOENGAGE_DC=01\n",
					"CONFIG = {\n    'workspace_id': os.environ.get('MOENGAGE_WORKSPACE_ID', '" + workspace() + "'),\n    'data_api_key': os.environ.get('MOENGAGE_DATA_API_KEY', '" + key() + "'),\n}\n",
					"const moengage = new MoEngage('" + workspace() + "', '" + key() + "', '01');\n",
					"moengage:\n  workspace_id: " + workspace() + "\n  data_api_key: \"" + key() + "\"\n",
					"MOENGAGE_API_SECRET = \"" + key() + "\"\n",
				},
				Negatives: []string{
					// the workspace id is an identifier, not the key
					"MOENGAGE_APP_ID=" + workspace() + "\n",
					"MOENGAGE_DATA_API_KEY=" + workspace() + "\n",
					// placeholders
					"MOENGAGE_DATA_API_KEY=<your-moengage-data-api-key>\n",
					"MOENGAGE_DATA_API_KEY=your_data_api_key\n",
					// wrong length
					"MOENGAGE_DATA_API_KEY=" + g.MixedAlnum(32) + "\n",
					// the name glued to another word
					"MOENGAGEMENT_NAME=" + key() + "\n",
				},
			}
		},
		"pushwoosh-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.MixedAlnum(41) + g.Pick("/", "+", "Q") + g.MixedAlnum(42) }
			app := func() string { return g.String(fake.HexUpper, 5) + "-" + g.String(fake.HexUpper, 5) }
			pwAuth := fake.Join("PW_", "AUTH")
			return Cases{
				Positives: []string{
					"<?php\ndefine('" + pwAuth + "', '" + tok() + "');\ndefine('PW_APPLICATION', '" + app() + "');\n",
					"PUSHWOOSH_APPLICATION_CODE=" + app() + "\nPUSHWOOSH_API_TOKEN=" + tok() + "\n",
					"this.client = new Pushwoosh('" + app() + "', '" + tok() + "');\n",
					"pushwoosh:\n  application: " + app() + "\n  api_token: " + tok() + "\n",
					"const apiToken = process.env.PUSHWOOSH_API_TOKEN || '" + tok() + "';\n",
					"const PushOptions = {\n    api: \"https://cp.pushwoosh.com/json/1.3/createMessage\",\n    application: \"" + app() + "\",\n    pushwooshAuth: \"" + tok() + "\",\n};\n",
				},
				Negatives: []string{
					// placeholders
					"PUSHWOOSH_API_TOKEN=your_pushwoosh_api_token\n",
					"PUSHWOOSH_API_TOKEN=" + strings.Repeat("X", 84) + "\n",
					// wrong length
					"define('" + pwAuth + "', '" + g.MixedAlnum(64) + "');\n",
					// the name glued to another word
					"define('MY" + pwAuth + "', '" + tok() + "');\n",
					// no credential word: a device id, not the token
					"PUSHWOOSH_DEVICE_HWID=" + tok() + "\n",
				},
			}
		},
		"sendy-api-key": func(g *fake.Gen) Cases {
			listID := func() string { return g.MixedAlnum(8) + "763" + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"SENDY_URL=https://newsletter.example.com\nSENDY_API_KEY=" + g.MixedAlnum(20) + "\nSENDY_LIST_ID=" + listID() + "\n",
					"define('Sendy_URL', 'https://mail.example.com/sendy');\ndefine('Sendy_apikey', '" + g.MixedAlnum(20) + "');\n",
					"return [\n    'api_key' => env('SENDY_API_KEY', '" + g.MixedAlnum(20) + "'),\n    'list_id' => env('SENDY_LIST_ID', ''),\n];\n",
					"module.exports = {\n  sendy: {\n    apiKey: '" + g.MixedAlnum(20) + "',\n    listId: '" + listID() + "',\n  },\n};\n",
					"payload = { api_key: ENV.fetch('SENDY_API_KEY') { '" + g.MixedAlnum(20) + "' }, list: ENV.fetch('SENDY_LIST_ID') }\n",
				},
				Negatives: []string{
					// another provider whose name starts like Sendy's
					"sendyit_api_key = \"" + g.MixedAlnum(20) + "\"\n",
					"SENDYIT_API_KEY=" + g.MixedAlnum(20) + "\n",
					// placeholders
					"SENDY_API_KEY=your_sendy_api_key\n",
					"SENDY_API_KEY=XXXXXXXXXXXXXXXXXXXX\n",
					// the list id is not the key
					"SENDY_LIST_ID=" + listID() + "\n",
					// wrong length
					"SENDY_API_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
	}
}

// s32mktgWidenedCases are more cases for the GetResponse rule, for the
// X-Auth-Token header of its API v3 and keys of lower-case letters and
// digits beyond hex.
func s32mktgWidenedCases() map[string]Builder {
	return map[string]Builder{
		"getresponse-api-key": func(g *fake.Gen) Cases {
			hdr := fake.Join("X-Auth-", "Token: api-key ")
			return Cases{
				Positives: []string{
					"$headers = array(\n    'Content-Type: application/json',\n    '" + hdr + g.LowerAlnum(32) + "'\n);\n",
					"CURLOPT_HTTPHEADER => array(\n    \"" + hdr + g.Hex(32) + "\",\n),\n",
					"GETRESPONSE_API_KEY=" + g.LowerAlnum(32) + "\n",
					"headers = {\"X-Auth-Token\": \"api-key " + g.LowerAlnum(32) + "\"}\n",
				},
				Negatives: []string{
					"'" + hdr + "' . $this->apiKey,\n",
					"'" + hdr + "{your-api-key}'\n",
					"X-Auth-Token: " + g.LowerAlnum(32) + "\n",
				},
			}
		},
	}
}
