package rulecases

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/ssh"

	"github.com/keysieve/keysieve/internal/fake"
)

// vcsCases are the generated test cases of the vcs and crypto rules.
func vcsCases() map[string]Builder {
	cases := map[string]Builder{}
	for _, group := range []map[string]Builder{
		githubCases(), gitlabCases(), gitlabRoutableCases(), atlassianCases(), registryCases(),
		ciCases(), secretStoreCases(), credentialFileCases(), keyCases(),
	} {
		for id, b := range group {
			cases[id] = b
		}
	}
	return cases
}

// Prefixes spelled in pieces so that no token shape is in the source.
var (
	vcsGHP      = fake.Join("gh", "p")
	vcsGHS      = fake.Join("gh", "s")
	vcsGHO      = fake.Join("gh", "o")
	vcsGHR      = fake.Join("gh", "r_")
	vcsFineGH   = fake.Join("github", "_pat_")
	vcsGLPAT    = fake.Join("gl", "pat-")
	vcsNPM      = fake.Join("np", "m")
	vcsATATT    = fake.Join("ATA", "TT3xFfGF0")
	vcsATCTT    = fake.Join("ATC", "TT3xFfGN0")
	vcsATBB     = fake.Join("AT", "BB")
	vcsPyPI     = fake.Join("py", "pi.org")
	vcsTestPyPI = fake.Join("test.py", "pi.org")
)

// vcsLine puts name = value in one of several config or code syntaxes.
func vcsLine(g *fake.Gen, name, value string) string {
	formats := []string{
		"%s=%s\n",
		"export %s=\"%s\"\n",
		"env:\n  %s: %s\n",
		"{\n  \"%s\": \"%s\"\n}\n",
		"%s = \"%s\"  # set by ops\n",
		"const %s = '%s';\n",
	}
	return fmt.Sprintf(formats[g.IntN(len(formats))], name, value)
}

// vcsCorrupt changes one character in the middle of s, keeping its alphabet.
func vcsCorrupt(s string) string {
	i := len(s) / 2
	c := s[i]
	switch {
	case c >= '0' && c <= '8', c >= 'a' && c <= 'y', c >= 'A' && c <= 'Y':
		c++
	default:
		c = 'b'
	}
	return s[:i] + string(c) + s[i+1:]
}

// vcsLastCorrupt changes the last character of s to another letter or digit.
func vcsLastCorrupt(s string) string {
	last := s[len(s)-1]
	repl := byte('7')
	if last == '7' {
		repl = '3'
	}
	return s[:len(s)-1] + string(repl)
}

// vcsPrefixed builds the positive and negative cases of a rule matching a
// fixed prefix followed by n characters of charset.
func vcsPrefixed(prefix, charset string, n int, name string) Builder {
	return func(g *fake.Gen) Cases {
		return Cases{
			Positives: []string{
				vcsLine(g, name, prefix+g.String(charset, n)),
				fmt.Sprintf("curl -H \"Authorization: Bearer %s\" https://api.internal.test/v1\n", prefix+g.String(charset, n)),
			},
			Negatives: []string{
				vcsLine(g, name, prefix+g.String(charset, n-3)),
				vcsLine(g, name, prefix+strings.Repeat("x", n)),
				fmt.Sprintf("%s: <%s%s>\n", name, prefix, "your-token-here"),
			},
		}
	}
}

// vcsVariable builds the cases of a rule matching a prefix followed by a
// variable-length body: n characters match, short ones do not.
func vcsVariable(prefix, charset string, n, short int, name string) Builder {
	return func(g *fake.Gen) Cases {
		return Cases{
			Positives: []string{
				vcsLine(g, name, prefix+g.String(charset, n)),
				fmt.Sprintf("curl -H \"X-Vault-Token: %s\" https://vault.internal.test/v1/sys/health\n", prefix+g.String(charset, n+7)),
			},
			Negatives: []string{
				vcsLine(g, name, prefix+g.String(charset, short)),
				vcsLine(g, name, prefix+strings.Repeat("x", n)),
				fmt.Sprintf("%s: <%s%s>\n", name, prefix, "your-token-here"),
			},
		}
	}
}

func githubCases() map[string]Builder {
	return map[string]Builder{
		"github-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					vcsLine(g, "GITHUB_TOKEN", g.GitHubToken(vcsGHP)),
					fmt.Sprintf("git clone https://x-access-token:%s@github.com/acme/api.git\n", g.GitHubToken(vcsGHS)),
					fmt.Sprintf("    oauth_token: %s\n", g.GitHubToken(vcsGHO)),
				},
				Negatives: []string{
					vcsLine(g, "GITHUB_TOKEN", vcsCorrupt(g.GitHubToken(vcsGHP))),
					vcsLine(g, "GH_TOKEN", vcsGHP+"_"+strings.Repeat("x", 36)),
					"token: ${{ secrets.GITHUB_TOKEN }}\n",
				},
			}
		},
		"github-fine-grained-pat": func(g *fake.Gen) Cases {
			pat := func(n int) string { return vcsFineGH + "11" + g.Alnum(20) + "_" + g.Alnum(n) }
			return Cases{
				Positives: []string{
					vcsLine(g, "GH_PAT", pat(59)),
					fmt.Sprintf("gh auth login --with-token <<< %s\n", pat(59)),
				},
				Negatives: []string{
					vcsLine(g, "GH_PAT", pat(40)),
					fmt.Sprintf("token = \"%s%s\"\n", vcsFineGH, strings.Repeat("X", 82)),
				},
			}
		},
		"github-app-refresh-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("{\n  \"refresh_token\": \"%s\",\n  \"expires_in\": 28800\n}\n", vcsGHR+g.Alnum(76)),
					vcsLine(g, "GITHUB_REFRESH_TOKEN", vcsGHR+g.Alnum(76)),
				},
				Negatives: []string{
					vcsLine(g, "GITHUB_REFRESH_TOKEN", vcsGHR+g.Alnum(70)),
					vcsLine(g, "GITHUB_REFRESH_TOKEN", vcsGHR+strings.Repeat("a", 76)),
				},
			}
		},
		"github-oauth-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("GITHUB_CLIENT_ID=Iv1.%s\nGITHUB_CLIENT_SECRET=%s\n", g.Hex(16), g.Hex(40)),
					fmt.Sprintf("github_secret: \"%s\"\n", g.Hex(40)),
				},
				Negatives: []string{
					// a commit SHA next to a GitHub name is not a secret
					fmt.Sprintf("GITHUB_SHA=%s\n", g.Hex(40)),
					"GITHUB_CLIENT_SECRET=${{ secrets.OAUTH_SECRET }}\n",
					fmt.Sprintf("github_client_secret = \"%s\"\n", g.Hex(39)),
				},
			}
		},
	}
}

func gitlabCases() map[string]Builder {
	b64 := fake.Alnum + "-_"
	return map[string]Builder{
		"gitlab-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					vcsLine(g, "GITLAB_TOKEN", vcsGLPAT+g.String(b64, 20)),
					fmt.Sprintf("--build-arg 'GO_REPO_TOKEN=%s' \\\n", vcsGLPAT+g.String(b64, 20)),
				},
				Negatives: []string{
					vcsLine(g, "GITLAB_TOKEN", vcsGLPAT+g.String(b64, 19)),
					vcsLine(g, "GITLAB_TOKEN", vcsGLPAT+"xxxxxxxxxxxxxxxxxxxx"),
					"Personal access tokens look like glpat-<20 characters>.\n",
				},
			}
		},
		"gitlab-deploy-token":               vcsPrefixed(fake.Join("gl", "dt-"), b64, 20, "CI_DEPLOY_PASSWORD"),
		"gitlab-runner-token":               vcsPrefixed(fake.Join("gl", "rt-"), b64, 20, "RUNNER_TOKEN"),
		"gitlab-runner-registration-token":  vcsPrefixed(fake.Join("GR134", "8941"), b64, 20, "REGISTRATION_TOKEN"),
		"gitlab-ci-job-token":               vcsPrefixed(fake.Join("gl", "cbt-64_"), b64, 20, "CI_JOB_TOKEN"),
		"gitlab-pipeline-trigger-token":     vcsPrefixed(fake.Join("gl", "ptt-"), fake.HexLower, 40, "TRIGGER_TOKEN"),
		"gitlab-feed-token":                 vcsPrefixed(fake.Join("gl", "ft-"), b64, 20, "FEED_TOKEN"),
		"gitlab-incoming-email-token":       vcsPrefixed(fake.Join("gl", "imt-"), b64, 25, "INCOMING_EMAIL_TOKEN"),
		"gitlab-agent-token":                vcsPrefixed(fake.Join("gl", "agent-"), b64, 50, "AGENT_TOKEN"),
		"gitlab-oauth-app-secret":           vcsPrefixed(fake.Join("gl", "oas-"), b64, 64, "OAUTH_SECRET"),
		"gitlab-scim-token":                 vcsPrefixed(fake.Join("gl", "soat-"), b64, 20, "SCIM_TOKEN"),
		"gitlab-feature-flags-client-token": vcsPrefixed(fake.Join("gl", "ffct-"), b64, 20, "UNLEASH_INSTANCE_ID"),
		"gitlab-session-cookie": func(g *fake.Gen) Cases {
			cookie := fake.Join("_gitlab", "_session=")
			return Cases{
				Positives: []string{
					fmt.Sprintf("curl -H 'Cookie: %s%s' https://gitlab.internal.test/api/v4/user\n", cookie, g.Hex(32)),
					fmt.Sprintf("headers = {\"Cookie\": \"%s%s; path=/\"}\n", cookie, g.Hex(32)),
				},
				Negatives: []string{
					fmt.Sprintf("Cookie: %s%s\n", cookie, g.Hex(31)),
					fmt.Sprintf("Cookie: %s<session id>\n", cookie),
				},
			}
		},
	}
}

func gitlabRoutableCases() map[string]Builder {
	return map[string]Builder{
		"gitlab-routable-token": func(g *fake.Gen) Cases {
			user := fake.Base36(uint64(1e6+g.IntN(9e6)), 0)
			pat := g.GitLabRoutable(vcsGLPAT, "o:1\nu:"+user)
			runner := g.GitLabRoutable(fake.Join("gl", "rt-t1_"), "c:1\ng:"+user+"\no:1")
			return Cases{
				Positives: []string{
					vcsLine(g, "GITLAB_TOKEN", pat),
					fmt.Sprintf("[[runners]]\n  url = \"https://gitlab.com\"\n  token = \"%s\"\n", runner),
				},
				Negatives: []string{
					vcsLine(g, "GITLAB_TOKEN", vcsCorrupt(pat)),
					vcsLine(g, "GITLAB_TOKEN", vcsLastCorrupt(runner)),
				},
			}
		},
	}
}

func atlassianCases() map[string]Builder {
	return map[string]Builder{
		"atlassian-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("JIRA_USER=ops@acme.test\nJIRA_API_TOKEN=%s\n", g.AtlassianToken(vcsATATT, 171)),
					fmt.Sprintf("confluence:\n  token: '%s'\n", g.AtlassianToken(vcsATATT, 171)),
				},
				Negatives: []string{
					vcsLine(g, "JIRA_API_TOKEN", vcsCorrupt(g.AtlassianToken(vcsATATT, 171))),
					vcsLine(g, "JIRA_API_TOKEN", vcsATATT+g.String(fake.Base64URL, 171)+"="+strings.ToUpper(g.Hex(8))),
				},
			}
		},
		"bitbucket-access-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("AUTH = \"Bearer %s\"\n", g.AtlassianToken(vcsATCTT, 171)),
					fmt.Sprintf("git clone https://x-token-auth:%s@bitbucket.org/acme/api.git\n", g.AtlassianToken(vcsATCTT, 171)),
				},
				Negatives: []string{
					vcsLine(g, "BITBUCKET_TOKEN", vcsCorrupt(g.AtlassianToken(vcsATCTT, 171))),
					vcsLine(g, "BITBUCKET_TOKEN", vcsLastCorrupt(g.AtlassianToken(vcsATCTT, 171))),
				},
			}
		},
		"bitbucket-app-password": func(g *fake.Gen) Cases {
			pw := func() string { return vcsATBB + g.Alnum(24) + strings.ToUpper(g.Hex(8)) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("git ls-remote https://alice:%s@bitbucket.org/acme/api\n", pw()),
					vcsLine(g, "BITBUCKET_APP_PASSWORD", pw()),
				},
				Negatives: []string{
					vcsLine(g, "BITBUCKET_APP_PASSWORD", vcsATBB+g.Alnum(24)+g.String(fake.Lower, 8)),
					vcsLine(g, "BITBUCKET_APP_PASSWORD", vcsATBB+strings.Repeat("X", 32)),
				},
			}
		},
	}
}

func registryCases() map[string]Builder {
	cases := map[string]Builder{
		"npm-token": func(g *fake.Gen) Cases {
			tok := func() string { p := g.Alnum(30); return vcsNPM + "_" + p + fake.Base62CRC32(p) }
			return Cases{
				Positives: []string{
					vcsLine(g, "NPM_TOKEN", tok()),
					fmt.Sprintf("//registry.npmjs.org/:_authToken=%s\n", tok()),
				},
				Negatives: []string{
					vcsLine(g, "NPM_TOKEN", vcsCorrupt(tok())),
					"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n",
				},
			}
		},
		"npmrc-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("registry=https://registry.npmjs.org/\n//registry.npmjs.org/:_authToken=%s\n", g.UUID()),
					fmt.Sprintf("@acme:registry=https://npm.acme.test/\n//npm.acme.test/:_authToken=\"%s\"\n", g.Alnum(40)),
				},
				Negatives: []string{
					"//registry.npmjs.org/:_authToken=${NPM_TOKEN}\n",
					fmt.Sprintf("//registry.npmjs.org/:_authToken=%s\n", strings.Repeat("0", 36)),
				},
			}
		},
		"npmrc-basic-auth": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("always-auth=true\n_auth=%s\n", fake.VCSBase64("ci-bot:"+g.Alnum(18))),
					fmt.Sprintf("//npm.acme.test/:username=ci\n//npm.acme.test/:_password=%s\n", fake.VCSBase64(g.Alnum(20))),
				},
				Negatives: []string{
					"_auth=${NPM_AUTH}\n",
					fmt.Sprintf("_password=%s\n", fake.VCSBase64(string(g.Bytes(24)))),
				},
			}
		},
		"pypi-upload-token": func(g *fake.Gen) Cases {
			scoped := `{"permissions": {"projects": ["acme-tools"]}, "version": 1}`
			return Cases{
				Positives: []string{
					fmt.Sprintf("[pypi]\nusername = __token__\npassword = %s\n", g.PyPIToken(vcsPyPI, scoped)),
					vcsLine(g, "TWINE_PASSWORD", g.PyPIToken(vcsTestPyPI, `{"permissions": "user", "version": 1}`)),
					// pasted into a workflow expression where a secret's name belongs
					"- uses: pypa/gh-action-pypi-publish@release/v1\n  with:\n    password: ${{ secrets." + g.PyPIToken(vcsPyPI, scoped) + "}}\n",
				},
				Negatives: []string{
					vcsLine(g, "TWINE_PASSWORD", g.PyPIToken(vcsPyPI, scoped)[:120]),
					vcsLine(g, "TWINE_PASSWORD", fake.Join("pypi-AgEI", "cHlwaS5vcmc")+g.String(fake.Base64URL, 150)),
				},
			}
		},
		"pypirc-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("[distutils]\nindex-servers =\n    pypi\n\n[pypi]\nusername = alice\npassword = %s\n", g.Alnum(12)+"7!"),
					fmt.Sprintf("[testpypi]\nrepository = https://test.pypi.org/legacy/\nusername: bob\npassword: %s\n", g.Alnum(16)+"3"),
				},
				Negatives: []string{
					"[pypi]\nusername = alice\npassword = ${PYPI_PASSWORD}\n",
					"[pypi]\nusername = alice\npassword = secretpassword\n",
					"[pypi]\nusername = __token__\n\n[tool.black]\npassword = " + g.Alnum(12) + "9\n",
				},
			}
		},
		"docker-config-auth": func(g *fake.Gen) Cases {
			doc := func(auth string) string {
				return fmt.Sprintf("{\n  \"auths\": {\n    \"registry.acme.test\": {\n      \"auth\": \"%s\"\n    }\n  }\n}\n", auth)
			}
			return Cases{
				Positives: []string{
					doc(fake.VCSBase64("deploy:" + g.Alnum(20))),
					doc(fake.VCSBase64("_json_key:" + g.Alnum(30) + "+/")),
				},
				Negatives: []string{
					doc(fake.VCSBase64("deploy")),
					doc(fake.VCSBase64(string(g.Bytes(30)))),
					doc(""),
				},
			}
		},
	}
	cases["rubygems-api-key"] = vcsPrefixed(fake.Join("ruby", "gems_"), fake.HexLower, 48, "GEM_HOST_API_KEY")
	cases["nuget-api-key"] = vcsPrefixed(fake.Join("oy", "2"), fake.Lower+fake.Digits, 43, "NUGET_API_KEY")
	cases["crates-io-token"] = vcsPrefixed(fake.Join("ci", "o"), fake.Alnum, 32, "CARGO_REGISTRY_TOKEN")
	cases["dockerhub-token"] = vcsPrefixed(fake.Join("dckr", "_pat_"), fake.Base64URL, 27, "DOCKERHUB_TOKEN")
	return cases
}

func ciCases() map[string]Builder {
	return map[string]Builder{
		"circleci-token": func(g *fake.Gen) Cases {
			tok := func(n int) string { return fake.Join("CCI", "PAT_") + g.Alnum(22) + "_" + g.Hex(n) }
			return Cases{
				Positives: []string{
					vcsLine(g, "CIRCLECI_TOKEN", tok(40)),
					fmt.Sprintf("headers: { 'Circle-Token': '%s' }\n", tok(40)),
				},
				Negatives: []string{
					vcsLine(g, "CIRCLECI_TOKEN", tok(39)),
					"export CIRCLECI_TOKEN=CCIPAT_...\n",
				},
			}
		},
		"jenkins-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("export JENKINS_USER=ci\nexport JENKINS_TOKEN=11%s\n", g.Hex(32)),
					fmt.Sprintf("jenkins_passwd = '11%s'   # dev token\n", g.Hex(32)),
				},
				Negatives: []string{
					fmt.Sprintf("JENKINS_TOKEN=%s\n", "12"+g.Hex(32)),
					fmt.Sprintf("JENKINS_TOKEN=11%s\n", g.Hex(31)),
					fmt.Sprintf("commit 11%s\n", g.Hex(32)),
				},
			}
		},
		"jenkins-initial-admin-password": func(g *fake.Gen) Cases {
			banner := "Jenkins initial setup is required. An admin user has been created and a password generated.\n" +
				"Please use the following password to proceed to installation:\n\n%s\n\n" +
				"This may also be found at: /var/jenkins_home/secrets/initialAdminPassword\n"
			return Cases{
				Positives: []string{
					fmt.Sprintf(banner, g.Hex(32)),
					fmt.Sprintf("$ sudo cat /var/lib/jenkins/secrets/initialAdminPassword\n%s\n", g.Hex(32)),
				},
				Negatives: []string{
					fmt.Sprintf(banner, "<password printed in the log>"),
					"$ sudo cat /var/lib/jenkins/secrets/initialAdminPassword\ncat: permission denied\n",
				},
			}
		},
		"teamcity-access-token": func(g *fake.Gen) Cases {
			head := fake.Join("eyJ0eXAiOiAi", "VENWMiJ9.")
			return Cases{
				Positives: []string{
					fmt.Sprintf("<add key=\"ClearTextPassword\" value=\"%s\" />\n", head+g.String(fake.Base64URL, 36)+"."+g.String(fake.Base64URL, 48)),
					vcsLine(g, "TEAMCITY_TOKEN", head+g.String(fake.Base64URL, 36)+"."+g.String(fake.Base64URL, 48)),
				},
				Negatives: []string{
					vcsLine(g, "TEAMCITY_TOKEN", head+g.String(fake.Base64URL, 8)+"."+g.String(fake.Base64URL, 8)),
					vcsLine(g, "TEAMCITY_TOKEN", head+strings.Repeat("x", 36)+"."+strings.Repeat("x", 48)),
				},
			}
		},
		"sourcegraph-access-token": func(g *fake.Gen) Cases {
			sgp := fake.Join("sg", "p_")
			return Cases{
				Positives: []string{
					vcsLine(g, "SRC_ACCESS_TOKEN", sgp+g.Hex(16)+"_"+g.Hex(40)),
					fmt.Sprintf("src login --token %s\n", sgp+g.Hex(40)),
				},
				Negatives: []string{
					vcsLine(g, "SRC_ACCESS_TOKEN", sgp+g.Hex(16)+"_"+g.Hex(30)),
					vcsLine(g, "SRC_ACCESS_TOKEN", sgp+"<token>"),
				},
			}
		},
		"artifactory-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("jfrog rt dl --url=https://acme.jfrog.io/artifactory --apikey=%s generic-local/app.tgz\n", fake.Join("AK", "Cp")+g.Alnum(69)),
					vcsLine(g, "ARTIFACTORY_ACCESS_TOKEN", fake.Join("cmVmdGtu", "OjAxOj")+g.Alnum(50)),
				},
				Negatives: []string{
					vcsLine(g, "ARTIFACTORY_API_KEY", fake.Join("AK", "Cp")+g.Alnum(40)),
					vcsLine(g, "ARTIFACTORY_API_KEY", fake.Join("AK", "Cp")+strings.Repeat("X", 69)),
				},
			}
		},
		"sonarqube-token":       vcsPrefixed(fake.Join("sq", "p_"), fake.HexLower, 40, "SONAR_TOKEN"),
		"buildkite-token":       vcsPrefixed(fake.Join("bk", "ua_"), fake.HexLower, 40, "BUILDKITE_API_TOKEN"),
		"pulumi-access-token":   vcsPrefixed(fake.Join("pu", "l-"), fake.HexLower, 40, "PULUMI_ACCESS_TOKEN"),
		"terraform-cloud-token": vcsVariable(fake.Join("Xq3Lm9", "Tz2Kp7Wd", ".atlas", "v1."), fake.Alnum, 62, 40, "TFE_TOKEN"),
	}
}

func secretStoreCases() map[string]Builder {
	b64 := fake.Alnum + "-_"
	return map[string]Builder{
		"vault-service-token": vcsVariable(fake.Join("hv", "s."), b64, 90, 12, "VAULT_TOKEN"),
		"vault-batch-token":   vcsVariable(fake.Join("hv", "b."), b64, 138, 60, "VAULT_TOKEN"),
		"vault-legacy-token": func(g *fake.Gen) Cases {
			tok := func() string { return "s." + g.Alnum(20) + "4k" + g.Alnum(2) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("VAULT_CLIENT_TOKEN=\"%s\"\n", tok()),
					fmt.Sprintf("vault_token: %s\n", tok()),
				},
				Negatives: []string{
					"this.vaultToken = s.getClientTokenFromRegistry()\n",
					fmt.Sprintf("VAULT_TOKEN=s.%s\n", g.Alnum(12)),
				},
			}
		},
		"vault-unseal-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("Unseal Key 1: %s\nUnseal Key 2: %s\n\nInitial Root Token: %s\n",
						fake.VCSBase64(string(g.Bytes(33))), fake.VCSBase64(string(g.Bytes(33))), "hvs."+g.Alnum(24)),
					fmt.Sprintf("kubectl -n vault exec -ti vault-0 -- vault operator unseal %s\n", fake.VCSBase64(string(g.Bytes(33)))),
				},
				Negatives: []string{
					"vault operator unseal <unseal-key-1>\n",
					fmt.Sprintf("Unseal Key 1: %s\n", fake.VCSBase64(string(g.Bytes(20)))),
				},
			}
		},
		"doppler-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					vcsLine(g, "DOPPLER_TOKEN", fake.Join("dp.", "st.prd.")+g.Alnum(43)),
					vcsLine(g, "DOPPLER_TOKEN", fake.Join("dp.", "pt.")+g.Alnum(43)),
				},
				Negatives: []string{
					vcsLine(g, "DOPPLER_TOKEN", fake.Join("dp.", "st.")+g.Alnum(20)),
					vcsLine(g, "DOPPLER_TOKEN", fake.Join("dp.", "pt.")+strings.Repeat("x", 43)),
				},
			}
		},
		"onepassword-service-account-token": func(g *fake.Gen) Cases {
			tok := g.OnePasswordToken("svc-"+g.Hex(6)+"@1passwordserviceaccounts.com", "my.1password.com")
			return Cases{
				Positives: []string{
					vcsLine(g, "OP_SERVICE_ACCOUNT_TOKEN", tok),
					fmt.Sprintf("OP_SERVICE_ACCOUNT_TOKEN=%s\n", g.OnePasswordToken("ci@1passwordserviceaccounts.com", "acme.1password.eu")),
				},
				Negatives: []string{
					vcsLine(g, "OP_SERVICE_ACCOUNT_TOKEN", fake.Join("ops", "_ey")+g.String(fake.Base64URL, 300)),
					vcsLine(g, "OP_SERVICE_ACCOUNT_TOKEN", tok[:200]),
				},
			}
		},
	}
}

func credentialFileCases() map[string]Builder {
	return map[string]Builder{
		"git-credentials-url": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("https://alice:%s@github.com\nhttps://bob:%s@gitlab.com\n", g.Alnum(20)+"9", g.Alnum(16)+"2"),
					fmt.Sprintf("[remote \"origin\"]\n\turl = https://deploy:%s@bitbucket.org/acme/api.git\n", g.Alnum(23)+"5"),
				},
				Negatives: []string{
					"git clone https://x-access-token:${GITHUB_TOKEN}@github.com/acme/api.git\n",
					"git clone https://oauth2:$CI_JOB_TOKEN@gitlab.com/acme/api.git\n",
					fmt.Sprintf("url = https://%s:x-oauth-basic@github.com/acme/api.git\n", g.Alnum(40)),
					"git clone https://username:password123@github.com/acme/api.git\n",
				},
			}
		},
		"git-url-user-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("git clone https://%s@github.com/acme/api.git\n", g.Hex(40)),
					fmt.Sprintf("[remote \"origin\"]\n\turl = https://%s:x-oauth-basic@github.com/acme/api.git\n", g.Hex(40)),
					fmt.Sprintf("git remote add origin https://%s@gitlab.com/acme/api.git\n", g.MixedAlnum(20)+"7"),
				},
				Negatives: []string{
					// user names and organizations, a variable, a prefixed token
					"git clone https://octocat@github.com/octocat/Hello-World.git\n",
					"git clone https://contoso-platform-team@dev.azure.com/contoso-platform-team/web/_git/web\n",
					"git clone https://${GITHUB_TOKEN}@github.com/acme/api.git\n",
					fmt.Sprintf("git clone https://%s@github.com/acme/api.git\n", fake.Join("gh", "p_", g.MixedAlnum(36))),
				},
			}
		},
		"netrc-credentials": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("machine api.acme.test login ci password %s\n", g.Alnum(20)+"8"),
					fmt.Sprintf("machine artifacts.acme.test\n  login deploy\n  password %s\n", g.Hex(40)),
					// the default entry, for any other host
					fmt.Sprintf("machine api.acme.test login ci password %s\ndefault login ops password %s\n", "${CI_TOKEN}", HumanPassword(g)),
				},
				Negatives: []string{
					"machine api.acme.test login ci password ${NETRC_PASSWORD}\n",
					"machine api.acme.test login ci password anonymous\n",
					"default login anonymous password ${NETRC_PASSWORD}\n",
					"machine api.acme.test login ci password mypassword1\n",
					fmt.Sprintf("the machine learning password %s\n", g.Alnum(20)+"8"),
				},
			}
		},
		"crypt-password-hash": func(g *fake.Gen) Cases {
			crypt := fake.Alnum + "./"
			return Cases{
				Positives: []string{
					fmt.Sprintf("INSERT INTO users (email, password) VALUES ('ops@acme.test', '$2b$12$%s');\n", g.String(crypt, 53)),
					fmt.Sprintf("users:\n  - name: deploy\n    passwd: \"$6$%s$%s\"\n", g.String(crypt, 16), g.String(crypt, 86)),
					// Cisco IOS type 8 (PBKDF2-SHA256) and type 9 (scrypt), bare
					fmt.Sprintf("enable_secret: \"$8$%s$%s\"\n", g.String(crypt, 14), g.String(crypt, 43)),
					fmt.Sprintf("$9$%s$%s\n", g.String(crypt, 14), g.String(crypt, 43)),
					// yescrypt (Debian, Fedora shadow default) and Argon2 (PHC string)
					fmt.Sprintf("  password: '$y$j9T$%s$%s'\n", g.String(crypt, 22), g.String(crypt, 43)),
					fmt.Sprintf("ADMIN_HASH=$argon2id$v=19$m=65536,t=3,p=4$%s$%s\n", g.String(fake.Alnum+"+/", 22), g.String(fake.Alnum+"+/", 43)),
				},
				Negatives: []string{
					fmt.Sprintf("hash = \"$2b$12$%s\"\n", g.String(crypt, 40)),
					// type 8 with a cut hash; a Juniper $9$ secret has no second '$'
					fmt.Sprintf("$8$%s$%s\n", g.String(crypt, 14), g.String(crypt, 20)),
					"echo \"$9$1$8\"\n",
					"const re = /\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}/;\n",
					"sed -e 's/\\(.*\\)/$1$2/' input.txt\n",
				},
			}
		},
		"htpasswd-hash": func(g *fake.Gen) Cases {
			crypt := fake.Alnum + "./"
			return Cases{
				Positives: []string{
					fmt.Sprintf("admin:$apr1$%s$%s\nops:$apr1$%s$%s\n", g.String(crypt, 8), g.String(crypt, 22), g.String(crypt, 8), g.String(crypt, 22)),
					fmt.Sprintf("deploy:$2y$10$%s\n", g.String(crypt, 53)),
					fmt.Sprintf("root:$6$%s$%s:19000:0:99999:7:::\n", g.String(crypt, 16), g.String(crypt, 86)),
					fmt.Sprintf("deploy:$y$j9T$%s$%s:19800:0:99999:7:::\n", g.String(crypt, 22), g.String(crypt, 43)),
				},
				Negatives: []string{
					fmt.Sprintf("hash = \"$2y$10$%s\"\n", g.String(crypt, 53)),
					fmt.Sprintf("admin:$apr1$%s$%s\n", g.String(crypt, 8), g.String(crypt, 12)),
					"nobody:*:19000:0:99999:7:::\n",
				},
			}
		},
	}
}

func keyCases() map[string]Builder {
	return map[string]Builder{
		"private-key":          privateKeyCases,
		"private-key-embedded": embeddedKeyCases,
		"base64-private-key":   base64KeyCases,
		"pgp-private-key":      pgpKeyCases,
		"putty-private-key":    puttyKeyCases,
		"age-secret-key": func(g *fake.Gen) Cases {
			key := g.AgeSecretKey()
			return Cases{
				Positives: []string{
					fmt.Sprintf("# created: 2026-01-02T03:04:05Z\n# public key: age1%s\n%s\n", g.String("qpzry9x8gf2tvdw0s3jn54khce6mua7l", 58), key),
					vcsLine(g, "SOPS_AGE_KEY", g.AgeSecretKey()),
				},
				Negatives: []string{
					vcsLine(g, "SOPS_AGE_KEY", vcsCorrupt(key)),
					vcsLine(g, "SOPS_AGE_KEY", fake.Join("AGE-SECRET", "-KEY-1")+strings.Repeat("Q", 58)),
				},
			}
		},
		"jwt": func(g *fake.Gen) Cases {
			header := `{"alg":"HS256","typ":"JWT"}`
			claims := `{"sub":"` + g.Hex(8) + `","iss":"https://auth.acme.test","iat":1700000000}`
			return Cases{
				Positives: []string{
					vcsLine(g, "SESSION_JWT", g.JWTWithClaims(header, claims)),
					fmt.Sprintf("Authorization: Bearer %s\n", g.JWTWithClaims(`{"alg":"RS256","kid":"`+g.Hex(8)+`"}`, `{"exp":1500000000,"role":"anon"}`)),
				},
				Negatives: []string{
					// a TeamCity token: JWT-shaped, but its header names no algorithm
					vcsLine(g, "password", g.JWTWithClaims(`{"typ": "TCV2"}`, claims)),
					vcsLine(g, "SESSION_JWT", g.JWTWithClaims(header, "{\"sub\":"+g.Hex(30))),
				},
			}
		},
	}
}

// vcsKeys holds key material generated at test time for the PEM cases.
type vcsKeys struct {
	rsa     *rsa.PrivateKey
	ec      *ecdsa.PrivateKey
	ed      ed25519.PrivateKey
	edPub   ed25519.PublicKey
	certPEM string
}

// newVCSKeys returns the test binary's key material (see generateVCSKeys).
// The builders of four rules call it for every seed, in every test that
// builds cases: generating it once per process keeps key generation out
// of the suite's time.
func newVCSKeys() vcsKeys { return sharedVCSKeys() }

var sharedVCSKeys = sync.OnceValue(generateVCSKeys)

// generateVCSKeys generates an RSA-1024, a P-256 and an Ed25519 key and a
// self-signed certificate for the P-256 key.
func generateVCSKeys() vcsKeys {
	var k vcsKeys
	var err error
	k.rsa, err = rsa.GenerateKey(rand.Reader, 1024)
	vcsMust(err)
	k.ec, err = ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	vcsMust(err)
	k.edPub, k.ed, err = ed25519.GenerateKey(rand.Reader)
	vcsMust(err)
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), NotBefore: time.Now(), NotAfter: time.Now().Add(time.Hour)}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &k.ec.PublicKey, k.ec)
	vcsMust(err)
	k.certPEM = string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}))
	return k
}

func vcsMust(err error) {
	if err != nil {
		panic(fmt.Errorf("generating test key material: %w", err))
	}
}

// vcsPEM encodes der as a PEM block of the given kind ("RSA", "EC", "" ...).
func vcsPEM(kind string, der []byte) string {
	typ := strings.TrimSpace(kind + " " + fake.Join("PRIVATE", " KEY"))
	return string(pem.EncodeToMemory(&pem.Block{Type: typ, Bytes: der}))
}

func (k vcsKeys) pkcs1() string { return vcsPEM("RSA", x509.MarshalPKCS1PrivateKey(k.rsa)) }

func (k vcsKeys) sec1() string {
	der, err := x509.MarshalECPrivateKey(k.ec)
	vcsMust(err)
	return vcsPEM("EC", der)
}

func (k vcsKeys) pkcs8() string {
	der, err := x509.MarshalPKCS8PrivateKey(k.ec)
	vcsMust(err)
	return vcsPEM("", der)
}

// vcsEncryptedSSH memoizes openSSH by key and passphrase: encrypting
// runs bcrypt_pbkdf (16 rounds, about 0.1 s), and a seed's builder asks
// for the same passphrase in every test.
var vcsEncryptedSSH sync.Map // vcsSSHKey -> string

type vcsSSHKey struct {
	ed         string
	passphrase string
}

func (k vcsKeys) openSSH(passphrase string) string {
	key := vcsSSHKey{string(k.ed), passphrase}
	if s, ok := vcsEncryptedSSH.Load(key); ok {
		return s.(string)
	}
	s := k.marshalOpenSSH(passphrase)
	vcsEncryptedSSH.Store(key, s)
	return s
}

func (k vcsKeys) marshalOpenSSH(passphrase string) string {
	var block *pem.Block
	var err error
	if passphrase == "" {
		block, err = ssh.MarshalPrivateKey(k.ed, "deploy@ci")
	} else {
		block, err = ssh.MarshalPrivateKeyWithPassphrase(k.ed, "deploy@ci", []byte(passphrase))
	}
	vcsMust(err)
	return string(pem.EncodeToMemory(block))
}

// vcsTruncatePEM keeps the armor of a PEM block but drops half its body.
func vcsTruncatePEM(block string) string {
	lines := strings.Split(strings.TrimSpace(block), "\n")
	body := lines[1 : len(lines)-1]
	kept := append([]string{lines[0]}, body[:len(body)/2]...)
	return strings.Join(append(kept, lines[len(lines)-1]), "\n") + "\n"
}

// vcsCutBase64 cuts base64 text two thirds of the way in, one character
// past a 4-character boundary, as a value truncated in a paste.
func vcsCutBase64(s string) string {
	n := len(s) * 2 / 3
	return s[:n-n%4+1]
}

// vcsMangleByte changes one byte in the middle of a PEM block's body to one
// base64 does not use, as a bad copy (or a bit flipped in its base64) does.
func vcsMangleByte(block string) string {
	b := []byte(block)
	b[len(b)/2] = 0xa1
	return string(b)
}

// vcsJavaString quotes a PEM block as concatenated Java string literals.
func vcsJavaString(block string) string {
	var b strings.Builder
	b.WriteString("String key =\n")
	for _, line := range strings.Split(strings.TrimSpace(block), "\n") {
		fmt.Fprintf(&b, "    \"%s\\n\" +\n", line)
	}
	b.WriteString("    \"\";\n")
	return b.String()
}

// vcsIndent indents every line of s by prefix, as a YAML block scalar does.
func vcsIndent(s, prefix string) string {
	return prefix + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n"+prefix) + "\n"
}

func privateKeyCases(g *fake.Gen) Cases {
	k := newVCSKeys()
	escaped := strings.ReplaceAll(k.pkcs8(), "\n", `\n`)
	begin, end := "-----BEGIN "+fake.Join("RSA PRIVATE", " KEY-----"), "-----END "+fake.Join("RSA PRIVATE", " KEY-----")
	return Cases{
		Positives: []string{
			k.pkcs1(),
			k.sec1(),
			fmt.Sprintf("{\"type\": \"ssh\", \"private_key\": \"%s\", \"user\": \"ci\"}\n", escaped),
			k.openSSH(""),
			// encrypted: reported, at medium severity
			k.openSSH(g.Alnum(12)),
			// damaged (half the body lost): still a leaked key, reported as pem-unparsed
			vcsTruncatePEM(k.pkcs1()),
			// base64 of a key cut off mid-way (not on a 4-character boundary),
			// and of a key with one byte mangled: found by decoding
			"PRIVATE_KEY_B64=" + vcsCutBase64(fake.VCSBase64(k.pkcs1())) + "\n",
			"PRIVATE_KEY_B64=" + fake.VCSBase64(vcsMangleByte(k.sec1())) + "\n",
		},
		Negatives: []string{
			begin + "\nMIIEpAIBAAKCAQEA...\n... (your key here) ...\n...................................................\n" + end + "\n",
			"PRIVATE_KEY_B64=" + fake.VCSBase64(begin+"\nMIIEpAIBAAKCAQEA...\n<paste your key here>\n"+end+"\n") + "\n",
			k.certPEM,
		},
	}
}

func embeddedKeyCases(g *fake.Gen) Cases {
	k := newVCSKeys()
	return Cases{
		Positives: []string{
			"tls:\n  key: |\n" + vcsIndent(k.sec1(), "    "),
			vcsJavaString(k.pkcs1()),
			"ssh:\n  deploy_key: |\n" + vcsIndent(k.openSSH(""), "    "),
			// damaged: reported as pem-unparsed
			"tls:\n  key: |\n" + vcsIndent(vcsTruncatePEM(k.sec1()), "    "),
		},
		Negatives: []string{
			"tls:\n  key: |\n" + vcsIndent("-----BEGIN "+fake.Join("EC PRIVATE", " KEY-----")+"\nREDACTED\n-----END "+fake.Join("EC PRIVATE", " KEY-----"), "    "),
			"tls:\n  key: |\n" + vcsIndent("-----BEGIN "+fake.Join("EC PRIVATE", " KEY-----")+"\n...\n<paste the key here>\n...\n-----END "+fake.Join("EC PRIVATE", " KEY-----"), "    "),
		},
	}
}

func base64KeyCases(g *fake.Gen) Cases {
	k := newVCSKeys()
	secret := func(field, value string) string {
		return fmt.Sprintf("apiVersion: v1\nkind: Secret\ntype: kubernetes.io/tls\ndata:\n  %s: %s\n", field, value)
	}
	return Cases{
		Positives: []string{
			secret("tls.key", fake.VCSBase64(k.pkcs8())),
			fmt.Sprintf("PRIVATE_KEY_B64=%s\n", fake.VCSBase64(k.pkcs1())),
		},
		Negatives: []string{
			secret("tls.crt", fake.VCSBase64(k.certPEM)),
			secret("tls.key", fake.VCSBase64(vcsTruncatePEM(k.sec1()))),
		},
	}
}

func pgpKeyCases(g *fake.Gen) Cases {
	plain := fake.PGPArmor(g.PGPSecretKeyPacket(false))
	public := g.PGPSecretKeyPacket(false)
	public[0] = 0x99 // tag 6: a public key packet under a private key header
	sum := strings.LastIndex(plain, "\n=")
	badSum := plain[:sum+2] + "AAAA" + plain[sum+6:]
	if badSum == plain {
		badSum = plain[:sum+2] + "BBBB" + plain[sum+6:]
	}
	return Cases{
		Positives: []string{
			plain,
			strings.Replace(fake.PGPArmor(g.PGPSecretKeyPacket(true)), "-----\n\n", "-----\nComment: exported for CI\n\n", 1),
			// damaged: a wrong armor checksum, a truncated body (pgp-unparsed)
			badSum,
			"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + g.String(fake.Base64, 64) + "\n=" + g.String(fake.Base64, 4) + "\n-----END PGP PRIVATE KEY BLOCK-----\n",
		},
		Negatives: []string{
			fake.PGPArmor(public),
			"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n<your private key here>\n-----END PGP PRIVATE KEY BLOCK-----\n",
			"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + strings.Repeat("A", 64) + "\n-----END PGP PRIVATE KEY BLOCK-----\n",
		},
	}
}

func puttyKeyCases(g *fake.Gen) Cases {
	k := newVCSKeys()
	pub, err := ssh.NewPublicKey(k.edPub)
	vcsMust(err)
	blob, private := pub.Marshal(), g.Bytes(36)
	v3 := fake.PuTTYKey(3, "ssh-ed25519", "deploy@ci", blob, private)
	v2 := fake.PuTTYKey(2, "ssh-ed25519", "build-agent", blob, private)
	return Cases{
		Positives: []string{
			v3,
			v2,
			// encrypted: the MAC cannot be checked without the passphrase
			strings.Replace(v2, "Encryption: none", "Encryption: aes256-cbc", 1),
			// damaged (MAC or header wrong): reported as putty-unparsed
			strings.Replace(v3, "Comment: deploy@ci", "Comment: deploy@cj", 1),
			fake.PuTTYKey(3, "ssh-rsa", "deploy@ci", blob, private),
		},
		Negatives: []string{
			"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@ci\nPublic-Lines: 1\n<public key>\nPrivate-Lines: 1\n<private key here>\nPrivate-MAC: " + g.Hex(64) + "\n",
			"PuTTY-User-Key-File-2: ssh-ed25519\nEncryption: none\nComment: build-agent\nPublic-Lines: 1\nREDACTED\nPrivate-Lines: 1\nREDACTED\nPrivate-MAC: " + g.Hex(40) + "\n",
		},
	}
}
