// Cases for the developer-tool and CI rules added in the s31devci change:
// AppVeyor, CodeRabbit, Develocity (Gradle Enterprise), env zero, Timescale
// Cloud and Warp. Every key shape is built at run time from parts, so that
// this file holds no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s31devciCases are the cases of the rules this change adds.
func s31devciCases() map[string]Builder {
	return map[string]Builder{
		"appveyor-api-token": func(g *fake.Gen) Cases {
			v2 := fake.Join("v", "2.")
			return Cases{
				Positives: []string{
					"APPVEYOR_API_TOKEN=" + g.LowerAlnum(20) + "\n",
					"export APPVEYOR_TOKEN=\"" + v2 + g.LowerAlnum(20) + "\"\n",
					"$env:APPVEYOR_API_KEY = '" + v2 + g.LowerAlnum(20) + "'\n",
					"appveyor:\n  api_token: " + g.LowerAlnum(20) + "\n",
					"[[providers.appveyor]]\nname = \"appveyor\"\ntoken = \"" + v2 + g.LowerAlnum(20) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"APPVEYOR_API_TOKEN=<your-api-token>\n",
					"export APPVEYOR_TOKEN=\"" + v2 + "qwertyuiop\"\n",
					// a commit hash under an AppVeyor variable is no token
					"APPVEYOR_REPO_COMMIT=" + g.Hex(40) + "\n",
					// wrong length and wrong alphabet
					"APPVEYOR_API_TOKEN=" + g.LowerAlnum(16) + "\n",
					"APPVEYOR_API_TOKEN=" + g.MixedAlnum(20) + "\n",
					// the name glued into another word
					"MYAPPVEYORISH_TOKEN=" + g.LowerAlnum(20) + "\n",
				},
			}
		},
		"coderabbit-api-key": func(g *fake.Gen) Cases {
			cr := fake.Join("c", "r-")
			return Cases{
				Positives: []string{
					"CODERABBIT_API_KEY=" + cr + g.Hex(58) + "\n",
					"headers = {\"x-coderabbitai-api-key\": \"" + cr + g.Hex(58) + "\", \"accept\": \"application/json\"}\n",
					"curl -H 'x-coderabbitai-api-key: " + cr + g.Hex(58) + "' https://api.coderabbit.ai/api/v1/report.generate\n",
					"env:\n  CODERABBIT_API_KEY: " + cr + g.Hex(58) + "\n",
				},
				Negatives: []string{
					// placeholders
					"CODERABBIT_API_KEY=" + cr + "your-api-key-here\n",
					"CODERABBIT_API_KEY=" + cr + "...\n",
					// wrong length and wrong alphabet
					"CODERABBIT_API_KEY=" + cr + g.Hex(40) + "\n",
					"CODERABBIT_API_KEY=" + cr + strings.ToUpper(g.Hex(58)) + "\n",
					// glued to a longer word
					"id = \"scr-" + g.Hex(58) + "\"\n",
				},
			}
		},
		"develocity-access-key": func(g *fake.Gen) Cases {
			b32 := func() string { return g.String(fake.Lower+"234567", 52) }
			return Cases{
				Positives: []string{
					"export DEVELOCITY_ACCESS_KEY=develocity.example.com=" + b32() + "\n",
					"GRADLE_ENTERPRISE_ACCESS_KEY=ge.example.org=" + b32() + "\n",
					"env:\n  DEVELOCITY_ACCESS_KEY: \"scans.acme.io=" + b32() + ";other.acme.io=" + b32() + "\"\n",
					"systemProp.develocity.accessKey=dv.corp.internal:8443=" + g.MixedAlnum(40) + "\n",
				},
				Negatives: []string{
					// placeholders from the docs
					"export DEVELOCITY_ACCESS_KEY=develocity.example.com=<access-key>\n",
					"export DEVELOCITY_ACCESS_KEY=ge.quarkus.io=a_secret_key\n",
					"export DEVELOCITY_ACCESS_KEY=develocity.example.com=access-key-id:secret\n",
					// a variable reference, not a key
					"export GRADLE_ENTERPRISE_ACCESS_KEY=${DEVELOCITY_ACCESS_KEY}\n",
					// no host before the key
					"DEVELOCITY_ACCESS_KEY=" + b32() + "\n",
					// too short to be a key
					"DEVELOCITY_ACCESS_KEY=dev=" + g.LowerAlnum(8) + "\n",
				},
			}
		},
		"env0-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export ENV0_API_KEY=" + g.LowerAlnum(15) + "\nexport ENV0_API_SECRET=" + g.MixedAlnum(32) + "\n",
					"provider \"env0\" {\n  api_key    = \"" + g.LowerAlnum(15) + "\"\n  api_secret = \"" + g.MixedAlnum(32) + "\"\n}\n",
					"connection \"env0\" {\n  plugin = \"env0\"\n  env0_api_secret = \"" + g.MixedAlnum(32) + "\"\n}\n",
					"      - name: ENV0_API_SECRET\n        value: " + g.MixedAlnum(32) + "\n",
				},
				Negatives: []string{
					// placeholders
					"export ENV0_API_SECRET=your-api-key-secret\n",
					"ENV0_API_SECRET=\"...\"\n",
					// the key ID alone is not the secret
					"ENV0_API_KEY=" + g.LowerAlnum(15) + "\n",
					// a variable named env0 is no env zero setting
					"env0 = \"" + g.MixedAlnum(32) + "\"\n",
					// wrong length
					"ENV0_API_SECRET=" + g.MixedAlnum(24) + "\n",
					// env0 inside a longer name
					"RENV0_API_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"timescale-cloud-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ts_project_id=\"" + g.LowerAlnum(10) + "\"\nts_access_key=\"" + g.MixedAlnum(26) + "\"\nts_secret_key=\"" + g.MixedAlnum(64) + "\"\n",
					"export TF_VAR_ts_secret_key=" + g.MixedAlnum(64) + "\n",
					"TIMESCALE_SECRET_KEY=" + g.MixedAlnum(64) + "\n",
					"provider \"timescale\" {\n  project_id = \"" + g.LowerAlnum(10) + "\"\n  access_key = \"" + g.MixedAlnum(26) + "\"\n  secret_key = \"" + g.MixedAlnum(64) + "\"\n}\n",
				},
				Negatives: []string{
					// the docs' placeholder
					"ts_secret_key=\"" + strings.Repeat("Y", 64) + "\"\n",
					// a variable reference
					"secret_key = var.timescale_secret_key\n",
					// wrong length
					"TIMESCALE_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					// another product's TS_SECRET_KEY (upper case is not the provider's form)
					"TS_SECRET_KEY=" + g.MixedAlnum(64) + "\n",
					// the name glued into a longer word
					"PARTS_SECRET_KEY=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"warp-api-key": func(g *fake.Gen) Cases {
			wk := fake.Join("w", "k-1.")
			return Cases{
				Positives: []string{
					"WARP_API_KEY=" + wk + g.Hex(64) + "\n",
					"export WARP_API_KEY=\"" + wk + g.Hex(64) + "\"\n",
					"curl -H \"Authorization: Bearer " + wk + g.Hex(64) + "\" https://app.warp.dev/api/v1/agent/runs\n",
					"docker run -e WARP_API_KEY=" + wk + g.Hex(64) + " warpdotdev/oz-agent-worker\n",
				},
				Negatives: []string{
					// placeholders
					"export WARP_API_KEY=\"" + wk + "your-key-here\"\n",
					"WARP_API_KEY=" + wk + "abcdef123456\n",
					// wrong length and wrong alphabet
					"WARP_API_KEY=" + wk + g.Hex(40) + "\n",
					"WARP_API_KEY=" + wk + g.MixedAlnum(64) + "\n",
					// a Modal proxy token id shares the wk- start
					"Modal-Key: " + fake.Join("w", "k-") + g.MixedAlnum(22) + "\n",
				},
			}
		},
	}
}
