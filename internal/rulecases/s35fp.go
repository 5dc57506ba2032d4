// Cases of the generic rules' values that are not secrets, seen in public
// repositories in the s35 false-alarm scans: version pins, file names and
// paths, framework resource locations and option names.

package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// s35fpWidenedCases are the cases added to the generic rules by the s35fp
// change.
func s35fpWidenedCases() map[string]Builder {
	return map[string]Builder{
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					// a pinned-looking password is still a password when its
					// version part is not a version
					"db_password = \"openai==" + g.MixedAlnum(12) + "\"\n",
					// a hex secret that starts like a binary literal
					"ACME_SIGNING_SECRET = \"" + fake.Join("0", "b") + g.Hex(30) + "\"\n",
				},
				Negatives: []string{
					// tox's factor-conditional deps: tiktoken holds "token"
					"[testenv]\ndeps =\n    openai-notiktoken-v1.0.1: openai==1.0.1\n    py3.8-openai-notiktoken-v1.0.1: httpx==0.27.2\n",
					"    openai-notiktoken-latest: pydantic_core>=2.27.2,<3.0\n",
					"\t@PemKeyStore(certificate = \"classpath:ssl/test-client.crt\", privateKey = \"classpath:ssl/test-client.key\")\n",
					"server:\n  ssl:\n    private_key: file:/etc/app/tls/server.key\n",
					"    content_path = app_path(\"config\", \"credentials\", \"KnAM4a_development.yml.enc\")\n    secret_file = \"config/credentials/production_v2.yml.enc\"\n",
				},
			}
		},
		"generic-key-assignment": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"\"Key\": \"" + g.String(fake.Lower, 6) + "_" + g.Hex(24) + "\"\n",
				},
				Negatives: []string{
					// an S3 object's key is its path
					"        {\n            \"Key\": \"s3-folder/service.zip\",\n            \"Size\": 1024\n        },\n",
					"                              compare_key='another_directory/text2.txt',\n",
					"                \"key\": \"WordPress_App_2-0.zip\",\n",
					// an option's name under an attribute list's Key
					"            {\n                \"Value\": \"false\",\n                \"Key\": \"proxy_protocol_v2.enabled\"\n            },\n",
					"            - {key: use_rsa_sha2_algorithms, section: paramiko_connection}\n",
				},
			}
		},
	}
}
