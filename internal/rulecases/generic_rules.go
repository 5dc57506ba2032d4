package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/rules"
)

// humanWords are words people build passwords from; none is a code word
// the generic validator would take for an identifier.
var humanWords = []string{"Maple", "Harbor", "Violet", "Copper", "Falcon", "Tundra", "Meadow", "Orchid", "Walrus", "Pepper"}

// twoHumanWords returns two different words of humanWords run together,
// the second in lower case, never "Copper" then "pepper": rhymed, their
// letters repeat too much for a secret.
func twoHumanWords(g *fake.Gen) string {
	i := g.IntN(len(humanWords))
	j := (i + 1 + g.IntN(4)) % len(humanWords)
	return humanWords[i] + strings.ToLower(humanWords[j])
}

// HumanPassword returns a low-entropy password of 8 to 11 characters as a
// person would pick it: a word, two to four digits and a symbol. At that
// length its entropy stays under generic-secret's floor, so only the
// password rules report it.
func HumanPassword(g *fake.Gen) string {
	return g.Pick(humanWords...) + g.String(fake.Digits, 2+g.IntN(3)) + g.Pick("!", "#", "&", "?", "*", "@")
}

// URLPassword is a HumanPassword that needs no percent-encoding in a URL.
func URLPassword(g *fake.Gen) string {
	return g.Pick(humanWords...) + g.String(fake.Digits, 2+g.IntN(3)) + g.Pick("!", "*", "~", "-")
}

// Passphrase returns a long human password with punctuation that an older
// value class refused: Word&digit-word-Word.
func Passphrase(g *fake.Gen) string {
	return g.Pick(humanWords...) + g.String(fake.Digits, 1) + g.Pick("&", "(", "?", "'") +
		g.String(fake.Digits, 1) + "-" + strings.ToLower(g.Pick(humanWords...)) + "-" + g.Pick(humanWords...)
}

// b64WithDigit returns base64 of a human password, drawn until the base64
// holds a digit: the generic validator does not report a value of letters
// only, and FileZilla stores passwords as base64.
func b64WithDigit(g *fake.Gen) string {
	for {
		s := base64.StdEncoding.EncodeToString([]byte(HumanPassword(g)))
		if strings.ContainsAny(s, fake.Digits) {
			return s
		}
	}
}

// basicAuth returns base64 of user:password.
func basicAuth(user, pass string) string {
	return base64.StdEncoding.EncodeToString([]byte(user + ":" + pass))
}

// djangoKey returns a key as Django's get_random_secret_key makes it.
func djangoKey(g *fake.Gen) string {
	for {
		k := g.String(fake.Lower+fake.Digits+"!@#$%^&*(-_=+)", 50)
		if !strings.Contains(k, "xxxx") {
			return k
		}
	}
}

// genericRuleCases are the cases of the generic section of rules.toml.
func genericRuleCases() map[string]Builder {
	all := map[string]Builder{}
	for _, group := range []map[string]Builder{genericDetectorCases(), frameworkCases(), credentialToolCases(), breadthCases()} {
		for id, b := range group {
			all[id] = b
		}
	}
	return all
}

func genericDetectorCases() map[string]Builder {
	return map[string]Builder{
		"xml-secret-element": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<settings>\n  <servers>\n    <server>\n      <id>nexus</id>\n      <username>deploy</username>\n      <password>" + HumanPassword(g) + "</password>\n    </server>\n  </servers>\n</settings>\n",
					"<Server>\n  <Host>ftp.acme.test</Host>\n  <User>deploy</User>\n  <Pass encoding=\"base64\">" + b64WithDigit(g) + "</Pass>\n</Server>\n",
					// the value on a line of its own, as formatters indent it
					"<password>\n    " + HumanPassword(g) + "\n</password>\n",
					"<apiToken>\n\t" + g.MixedAlnum(32) + "\n</apiToken>\n",
				},
				Negatives: []string{
					"<server>\n  <id>nexus</id>\n  <password>${env.NEXUS_PASSWORD}</password>\n</server>\n",
					"<password>\n    ${env.NEXUS_PASSWORD}\n</password>\n",
					"<apiToken>\n    <value>" + g.MixedAlnum(32) + "\n</apiToken>\n",
					"<password>{" + g.String(fake.Base64, 44) + "}</password>\n",
					"<label for=\"pw\">Password</label><secret>true</secret>\n",
				},
			}
		},
		"http-basic-auth": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"GET /api/v1/status HTTP/1.1\nHost: ci.acme.test\nAuthorization: Basic " + basicAuth("deploy", HumanPassword(g)) + "\n",
					"curl -s -H \"Authorization: Basic " + basicAuth("jenkins", g.MixedAlnum(16)) + "\" https://ci.acme.test/api/json\n",
					"headers = {\"Authorization\": \"Basic " + basicAuth("svc-report", Passphrase(g)) + "\"}\n",
				},
				Negatives: []string{
					"Authorization: Basic " + basicAuth("username", "password") + "\n",
					"Authorization: Basic $(echo -n \"$USER:$PASS\" | base64)\n",
					"Authorization: Basic " + basicAuth("user", "${PASSWORD}") + "\n",
				},
			}
		},
		"http-bearer-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl https://api.acme.test/v2/items -H \"Authorization: Bearer " + g.MixedAlnum(40) + "\"\n",
					"GET /v2/items HTTP/1.1\nAuthorization: Bearer " + g.String(fake.Base64URL, 48) + "9\n",
					// a JavaScript template literal
					"const headers = { Authorization: `Bearer " + g.MixedAlnum(40) + "` };\n",
				},
				Negatives: []string{
					"curl -H \"Authorization: Bearer $API_TOKEN\" https://api.acme.test\n",
					"Authorization: Bearer <token>\n",
					"Authorization: Bearer YOUR_ACCESS_TOKEN_HERE\n",
					"const headers = { Authorization: `Bearer ${token}` };\n",
				},
			}
		},
		"cli-secret-flag": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"vault login -method=userpass username=ops --password " + URLPassword(g) + "\n",
					"keytool -importkeystore -srckeystore app.p12 -storepass " + URLPassword(g) + " -alias app\n",
					"ansible-vault view --token '" + g.MixedAlnum(9) + "!' secrets.yml\n",
					// a PowerShell parameter
					"Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password \"" + HumanPassword(g) + "\" -Query \"SELECT 1\"\n",
					// a compound flag name, one dash or two
					"deploy --api-token " + g.MixedAlnum(32) + " --env prod\n",
					"AzureStorageCleanup.exe -storagekey " + g.String(fake.Base64, 86) + "== -container backup\n",
					// a credential flag that names its provider
					"gh-release --github-token " + g.MixedAlnum(36) + " --draft\n",
					// a client's secret is a credential; only a client token is an idempotency key
					"oauth2-proxy --client-id app --client-secret " + g.MixedAlnum(32) + " --provider oidc\n",
				},
				Negatives: []string{
					"mytool --password \"$DB_PASSWORD\" --host db\n",
					"  --token string   API token used to authenticate\n",
					"mytool --password-file /run/secrets/db --user app\n",
					"Invoke-Sqlcmd -ServerInstance db01 -Username sa -Password $env:SQL_PASSWORD\n",
					"deploy --api-token \"$API_TOKEN\" --env prod\n",
					"AzureStorageCleanup.exe -storagekey %STORAGE_KEY% -container backup\n",
					// the AWS CLI's idempotency keys, lock tokens and page cursors
					"aws ec2 run-instances --image-id ami-" + g.Hex(17) + " --client-token " + g.MixedAlnum(24) + "\n",
					"aws autoscaling complete-lifecycle-action --lifecycle-hook-name drain --lifecycle-action-token " + g.UUID() + " --lifecycle-action-result CONTINUE\n",
					"aws servicecatalog provision-product --idempotency-token " + g.MixedAlnum(20) + " --product-id prod-" + g.String(fake.Lower+fake.Digits, 13) + "\n",
					"aws wafv2 update-web-acl --name acl --scope REGIONAL --lock-token " + g.UUID() + " --default-action Allow={}\n",
					"aws dynamodb scan --table-name items --starting-token " + g.String(fake.Base64, 40) + "\n",
				},
			}
		},
		"curl-user-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl https://api.acme.test/v1/charges -u " + g.MixedAlnum(32) + ":\n",
					"curl -s --user \"" + g.MixedAlnum(24) + ":\" https://search.acme.test:9200/_cat/indices\n",
					// the command as a JSON value: the closing quote ends the key
					"{\"script\": \"curl https://api.acme.test/v1/charges -u " + g.MixedAlnum(32) + ":\",\n",
				},
				Negatives: []string{
					"curl -u \"$ACME_KEY:\" https://api.acme.test/v1/charges\n",
					"curl -u admin: https://localhost:9200\n",
					"curl -u " + g.MixedAlnum(24) + ":" + g.MixedAlnum(12) + " https://api.acme.test\n",
				},
			}
		},
		"cli-auth-option-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"http -a deploy:" + g.MixedAlnum(20) + " https://api.acme.test/v1/items\n",
					"https --auth=ops:" + g.MixedAlnum(16) + "! POST api.acme.test/hooks name=x\n",
					"http --auth-type=bearer --auth " + g.MixedAlnum(40) + " api.acme.test/me\n",
					"docker-compose exec app wget-sync --auth \"svc:" + g.String(fake.Digits, 3) + g.MixedAlnum(24) + "\" --target /data\n",
				},
				Negatives: []string{
					"http -a deploy:$ACME_PASSWORD https://api.acme.test/v1/items\n",
					"mongod --auth --port 27017 --dbpath /data/db\n",
					"http --auth deploy https://api.acme.test/v1/items\n",
					"rsync -a deploy@backup.acme.test:/srv/data ./data\n",
				},
			}
		},
		"secret-store-cli-value": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"aws ssm put-parameter --name /acme/prod/api-key --value " + g.MixedAlnum(32) + " --type SecureString --overwrite\n",
					"aws ssm put-parameter \\\n  --name /acme/db/password \\\n  --value '" + g.MixedAlnum(12) + "#" + g.MixedAlnum(6) + "' \\\n  --type SecureString\n",
					"az keyvault secret set --vault-name kv-prod --name acme-key --value \"" + g.MixedAlnum(40) + "\"\n",
					"vercel env add ACME_TOKEN production <<< \"" + g.MixedAlnum(36) + "\"\n",
					"npx wrangler secret put ACME_TOKEN <<< '" + g.MixedAlnum(40) + "'\n",
				},
				Negatives: []string{
					"aws ssm put-parameter --name /acme/key --value \"$ACME_KEY\" --type SecureString\n",
					"aws ssm put-parameter --name /acme/key --value file://acme-key.txt --type SecureString\n",
					"az keyvault secret set --vault-name kv-prod --name acme-key --file ./acme.key\n",
					"npx wrangler secret put ACME_TOKEN\n",
				},
			}
		},
		"url-query-auth-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl \"https://acme-prod.firebaseio.test/users.json?auth=" + g.MixedAlnum(40) + "\"\n",
					"GET /feed.xml?user=ops&auth=" + g.MixedAlnum(32) + " HTTP/1.1\n",
					"<a href=\"https://hooks.acme.test/notify?x=1&amp;auth=" + g.MixedAlnum(24) + "\">notify</a>\n",
				},
				Negatives: []string{
					"https://hooks.acme.test/notify?auth=true&x=1\n",
					"https://hooks.acme.test/notify?auth=${ACME_TOKEN}\n",
					"https://hooks.acme.test/notify?auth=" + g.LowerAlnum(8) + "\n",
					"https://hooks.acme.test/notify?oauth=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"config-directive-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"vrrp_instance VI_1 {\n  authentication {\n    auth_type PASS\n    auth_pass " + g.MixedAlnum(12) + "\n  }\n}\n",
					"AuthLDAPBindDN \"cn=svc,dc=acme,dc=test\"\nAuthLDAPBindPassword " + g.MixedAlnum(20) + "\n",
					"BINDDN cn=svc,dc=acme,dc=test\nBINDPW " + g.MixedAlnum(16) + "\n",
					"connection cloud\nremote_username acme\nbridge_password \"" + g.MixedAlnum(24) + "\"\n",
					"[domain/acme]\nldap_default_authtok = " + g.MixedAlnum(18) + "\n",
				},
				Negatives: []string{
					"password    required    pam_unix.so sha512 shadow\n",
					"HashedControlPassword 16:" + strings.ToUpper(g.Hex(58)) + "\n",
					"    mkpasswd --method=sha-512\n",
					"AuthLDAPBindPassword exec:/usr/local/bin/ldap-password\n",
					"bridge_password ${MQTT_BRIDGE_PASSWORD}\n",
					"Password reset\n",
				},
			}
		},
		"config-directive-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"[service]\nEndpoint https://api.acme.test\nApiKey " + g.MixedAlnum(32) + "\nLogLevel info\n",
					"acme_key " + g.MixedAlnum(32) + "\n",
					"<Plugin write_acme>\n  SecretKey " + g.MixedAlnum(40) + "\n</Plugin>\n",
					"auth_token\t" + g.MixedAlnum(24) + "\n",
					"  upstream_secret " + g.Base64Bytes(32) + ";\n",
				},
				Negatives: []string{
					"HostKey /etc/ssh/ssh_host_ed25519_key\n",
					"PublicKey " + g.MixedAlnum(32) + "\n",
					"\tPublicKey   crypto.PublicKeyWrapper\n",
					"ApiKey ${ACME_API_KEY}\n",
					"The api key " + g.MixedAlnum(32) + " was revoked\n",
					"primary_key user_account_reference\n",
					"token_accessor " + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"tool-config-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"listen stats\n  bind :8404\n  stats auth admin:" + g.MixedAlnum(16) + "\n",
					"cache_peer proxy.acme.test parent 3128 0 no-query login=acme:" + g.MixedAlnum(14) + "\n",
					"rootpw --plaintext " + g.MixedAlnum(14) + "\n",
					"d-i passwd/root-password password " + g.MixedAlnum(12) + "\nd-i passwd/root-password-again password " + g.MixedAlnum(12) + "\n",
					"poetry config http-basic.acme deploy " + g.MixedAlnum(20) + "\n",
					"<AdministratorPassword>\n  <Value>" + g.MixedAlnum(16) + "</Value>\n  <PlainText>true</PlainText>\n</AdministratorPassword>\n",
				},
				Negatives: []string{
					"rootpw --iscrypted $6$" + g.MixedAlnum(8) + "$" + g.MixedAlnum(40) + "\n",
					"  stats auth admin:${HAPROXY_STATS_PASSWORD}\n",
					"poetry config http-basic.acme deploy $POETRY_PASSWORD\n",
					"d-i passwd/root-password-crypted password $6$" + g.MixedAlnum(8) + "$" + g.MixedAlnum(40) + "\n",
				},
			}
		},
		"generic-client-constructor": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"client = AcmeClient(\"" + g.MixedAlnum(32) + "\", timeout=30)\n",
					"const globex = new GlobexApi('" + g.MixedAlnum(40) + "');\n",
					"client = Initech::Client.new(\"" + g.MixedAlnum(24) + "\")\n",
					"api := hooli.NewClient(\"" + g.MixedAlnum(20) + "_" + g.MixedAlnum(12) + "\")\n",
					"client = umbrella.SDK('" + g.MixedAlnum(28) + "', region='eu')\n",
					// a host or an account id first, the key second
					"const acme = new AcmeClient(\"https://api.acme.test\", \"" + g.MixedAlnum(32) + "\");\n",
					"client = Initech::Client.new('acct-" + g.String(fake.Digits, 6) + "', '" + g.MixedAlnum(36) + "')\n",
				},
				Negatives: []string{
					"client = HttpClient(\"https://api.acme.test/v1\")\n",
					"client = RedisClient(\"cache-primary-eu-west\")\n",
					"client = AcmeClient(os.environ[\"ACME_KEY\"])\n",
					"const api = new GlobexApi('YOUR_GLOBEX_API_KEY_HERE');\n",
					"client = AcmeClient(\"abcdefghijklmnopqrstuvwxyz012345\")\n",
					"client = PublicApiClient(\"" + g.MixedAlnum(32) + "\")\n",
					"client = HttpClient(\"https://api.acme.test/v1\", \"application-json-content\")\n",
					"client = AcmeClient(\"https://api.acme.test\", os.environ[\"ACME_KEY\"])\n",
				},
			}
		},
		"generic-cli-setter": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"set -gx ACME_API_TOKEN " + g.MixedAlnum(32) + "\n",
					"setx GLOBEX_SECRET_KEY " + g.MixedAlnum(24) + "\n",
					"aws configure set aws_secret_access_key " + g.MixedAlnum(40) + "\n",
					"npm config set //registry.acme.test/:_authToken " + g.MixedAlnum(36) + "\n",
					"gh secret set ACME_TOKEN --body \"" + g.MixedAlnum(32) + "\"\n",
					"dotnet user-secrets set \"Acme:ApiKey\" \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					"git config --global user.signingkey " + strings.ToUpper(g.Hex(16)) + "\n",
					"git config --global credential.helper 'cache --timeout=3600'\n",
					"set -x ACME_API_TOKEN $ACME_TOKEN_FROM_VAULT\n",
					"gh secret set ACME_TOKEN --body \"$ACME_TOKEN\"\n",
					"set -euo pipefail\n",
				},
			}
		},
		"quoted-bearer-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ACME_AUTH_HEADER=\"Bearer " + g.MixedAlnum(40) + "\"\n",
					"client.defaults.headers.common['X-Acme-Auth'] = 'Bearer " + g.MixedAlnum(32) + "';\n",
					"const auth = `Bearer " + g.String(fake.Base64URL, 43) + "`;\n",
				},
				Negatives: []string{
					"const auth = \"Bearer \" + token;\n",
					"const auth = `Bearer ${token}`;\n",
					"headers = {\"Authorization\": \"Bearer YOUR_ACCESS_TOKEN_HERE\"}\n",
					"auth = f\"Bearer {self.token}\"\n",
				},
			}
		},
		"cli-admin-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"cmdkey /add:fileserver /user:ACME\\svc /pass:\"" + HumanPassword(g) + "\"\n",
					"schtasks /create /tn nightly /tr backup.bat /ru ACME\\svc /rp \"" + HumanPassword(g) + "\"\n",
					"net user deploy " + g.MixedAlnum(14) + " /add\n",
					"mosquitto_pub -h broker.acme.test -u sensor -P " + g.MixedAlnum(20) + " -t temp -m 21\n",
					"rabbitmqctl add_user app '" + HumanPassword(g) + "'\n",
					"dotnet nuget add source https://nuget.pkg.github.com/acme/index.json -n github -u acme -p " + g.MixedAlnum(40) + " --store-password-in-clear-text\n",
				},
				Negatives: []string{
					"net user deploy /delete\n",
					"cmdkey /list\n",
					"schtasks /create /tn nightly /tr backup.bat /ru ACME\\svc /rp *\n",
					"net user deploy * /domain\n",
					"rabbitmqctl add_user app \"$RABBITMQ_PASSWORD\"\n",
				},
			}
		},
		"json-named-entry-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"{\n  \"name\": \"prod\",\n  \"values\": [\n    {\n      \"key\": \"api_key\",\n      \"value\": \"" + g.MixedAlnum(32) + "\",\n      \"enabled\": true\n    }\n  ]\n}\n",
					"\"variable\": [\n\t{\n\t\t\"key\": \"accessToken\",\n\t\t\"value\": \"" + g.MixedAlnum(40) + "\",\n\t\t\"type\": \"secret\"\n\t}\n]\n",
					"{\"key\": \"db_password\",\n \"value\": \"" + HumanPassword(g) + "\"}\n",
					"\"environment\": [\n  {\n    \"name\": \"DB_PASSWORD\",\n    \"value\": \"" + HumanPassword(g) + "\"\n  }\n]\n",
				},
				Negatives: []string{
					"{\"key\": \"api_key\", \"value\": \"{{api_key}}\"}\n",
					"{\"key\": \"token_url\", \"value\": \"https://auth.acme.test/oauth/token\"}\n",
					"{\"key\": \"baseUrl\", \"value\": \"" + g.MixedAlnum(32) + "\"}\n",
					"{\"key\": \"api_key_header\", \"value\": \"X-Api-Key\"}\n",
				},
			}
		},
		"network-psk": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"network={\n    ssid=\"office\"\n    psk=\"" + HumanPassword(g) + "\"\n}\n",
					"interface=wlan0\nssid=lab\nwpa=2\nwpa_passphrase=" + g.MixedAlnum(16) + "\n",
					"[wifi-security]\nkey-mgmt=wpa-psk\npsk=" + g.MixedAlnum(20) + "\n",
					"203.0.113.5 198.51.100.7 : PSK \"" + g.MixedAlnum(32) + "\"\n",
				},
				Negatives: []string{
					"network={\n    ssid=\"office\"\n    psk=\"changeme\"\n}\n",
					"network={\n    ssid=\"office\"\n    key_mgmt=NONE\n}\n",
					"wpa_passphrase=${WIFI_PASSPHRASE}\n",
					": PSK \"<your-pre-shared-key>\"\n",
				},
			}
		},
		"oracle-connect-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"sqlplus -s app/" + g.MixedAlnum(14) + "@db.acme.test:1521/ORCL @migrate.sql\n",
					"expdp system/" + g.MixedAlnum(12) + "@PROD schemas=APP directory=DP dumpfile=app.dmp\n",
					"conn = cx_Oracle.connect(\"app/" + g.MixedAlnum(16) + "@db.acme.test:1521/ORCL\")\n",
				},
				Negatives: []string{
					"sqlplus -s app/$ORACLE_PASSWORD@db.acme.test:1521/ORCL\n",
					"sqlplus / as sysdba\n",
					"conn = cx_Oracle.connect(user, password, dsn)\n",
					"sqlplus app@db.acme.test:1521/ORCL\n",
				},
			}
		},
		"http-client-token-user": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"r = requests.get(url, auth=(\"" + g.MixedAlnum(32) + "\", \"\"))\n",
					"session.auth = ('" + g.MixedAlnum(40) + "', '')\n",
					"auth = HTTPBasicAuth(\"" + g.MixedAlnum(24) + "\", None)\n",
				},
				Negatives: []string{
					"r = requests.get(url, auth=(API_TOKEN, \"\"))\n",
					"r = requests.get(url, auth=(\"your-api-key-goes-here\", \"\"))\n",
					"r = requests.get(url, auth=(\"deploy\", \"\"))\n",
					"r = requests.get(url, auth=(\"${ACME_API_TOKEN_VALUE}\", \"\"))\n",
				},
			}
		},
		"android-manifest-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<meta-data android:name=\"io.acme.ApiKey\" android:value=\"" + g.Hex(40) + "\" />\n",
					"        <meta-data\n            android:name=\"com.globex.sdk.CLIENT_SECRET\"\n            android:value=\"" + g.MixedAlnum(32) + "\" />\n",
					"<meta-data android:name=\"acme_app_key\" android:value='" + g.MixedAlnum(24) + "'/>\n",
				},
				Negatives: []string{
					"<meta-data android:name=\"io.acme.ApiKey\" android:value=\"@string/acme_api_key\" />\n",
					"<meta-data android:name=\"com.globex.sdk.CLIENT_SECRET\" android:value=\"${GLOBEX_CLIENT_SECRET}\" />\n",
					"<meta-data android:name=\"io.acme.ApplicationId\" android:value=\"" + g.MixedAlnum(32) + "\" />\n",
					"<meta-data android:name=\"io.acme.ApiKey\" android:resource=\"@xml/acme_config\" />\n",
				},
			}
		},
		"c-define-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"#define ACME_API_KEY \"" + g.MixedAlnum(32) + "\"\n",
					"#define kGlobexClientSecret @\"" + g.MixedAlnum(40) + "\"\n",
					"#  define DB_PASSWORD \"" + HumanPassword(g) + "\"\n",
				},
				Negatives: []string{
					"#define ACME_API_KEY_HEADER \"X-Acme-Api-Key\"\n",
					"#define TOKEN_URL \"https://auth.acme.test/oauth/token\"\n",
					"#define ACME_API_KEY ACME_API_KEY_FROM_BUILD\n",
					"#define PASSWORD_PROMPT \"Enter your password: \"\n",
				},
			}
		},
		"markdown-table-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"| Variable | Value |\n|---|---|\n| ACME_API_KEY | " + g.MixedAlnum(32) + " |\n",
					"| `GLOBEX_TOKEN` | `" + g.MixedAlnum(40) + "` | the deploy token |\n",
					"| **db_password** | " + HumanPassword(g) + " |\n",
				},
				Negatives: []string{
					"| ACME_API_KEY | Your API key from the dashboard |\n",
					"| `GLOBEX_TOKEN` | `string` | required |\n",
					"| ACME_API_KEY | `<your-api-key>` |\n",
					"| ACME_API_KEY | ******** |\n",
					"| token_url | https://auth.acme.test/oauth/token |\n",
				},
			}
		},
		"xml-named-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<resources>\n    <string name=\"acme_api_key\">" + g.MixedAlnum(32) + "</string>\n</resources>\n",
					"<data name=\"GlobexClientSecret\" xml:space=\"preserve\">\n    <value>" + g.MixedAlnum(24) + "</value>\n  </data>\n",
					"\t<key>AcmeAccessToken</key>\n\t<string>" + g.MixedAlnum(40) + "</string>\n",
					"<string name=\"db_password\">" + g.MixedAlnum(10) + "#" + g.MixedAlnum(4) + "</string>\n",
					// a Java properties file in XML
					"<properties>\n  <entry key=\"acme.api.key\">" + g.MixedAlnum(32) + "</entry>\n</properties>\n",
				},
				Negatives: []string{
					"<string name=\"api_key_hint\">Enter your API key</string>\n",
					"<string name=\"acme_api_key\">@string/acme_api_key_release</string>\n",
					"<key>AcmeAccessToken</key>\n<string>$(ACME_ACCESS_TOKEN)</string>\n",
					"<string name=\"google_maps_key\">" + g.MixedAlnum(32) + "</string>\n",
					"<string name=\"password_too_short\">Password must be at least 8 characters</string>\n",
					"<entry key=\"acme.api.key\">${ACME_API_KEY}</entry>\n",
				},
			}
		},
		"terraform-variable-default-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"variable \"db_password\" {\n  type      = string\n  default   = \"" + HumanPassword(g) + "\"\n  sensitive = true\n}\n",
					"variable \"acme_api_key\" { default = \"" + g.MixedAlnum(32) + "\" }\n",
					"variable \"github-token\" {\n  description = \"Token the runner registers with\"\n  default     = \"" + g.MixedAlnum(40) + "\"\n}\n",
				},
				Negatives: []string{
					"variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n",
					"variable \"token_url\" {\n  default = \"https://auth.acme.test/oauth/token\"\n}\n",
					"variable \"secret_name\" {\n  default = \"prod/acme/api-key\"\n}\n",
					"variable \"region\" {\n  default = \"" + g.MixedAlnum(32) + "\"\n}\n",
					// a name that says the value is about the secret: its id, its version
					"variable \"api_key_id\" {\n  default = \"" + g.UUID() + "\"\n}\n",
					"variable \"secret_version\" {\n  default = \"" + g.Hex(40) + "\"\n}\n",
				},
			}
		},
		"web-server-header-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"location /api/ {\n    proxy_set_header X-Api-Key " + g.MixedAlnum(32) + ";\n}\n",
					"RequestHeader set Authorization \"Bearer " + g.MixedAlnum(40) + "\"\n",
					"    http-request set-header X-Auth-Token " + g.MixedAlnum(36) + "\n",
					"proxy_set_header Authorization \"Basic " + g.String(fake.Base64, 40) + "\";\n",
				},
				Negatives: []string{
					"proxy_set_header X-Api-Key $http_x_api_key;\n",
					"proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n",
					"RequestHeader set Authorization \"Bearer %{ACME_TOKEN}e\"\n",
					"add_header X-Frame-Options SAMEORIGIN;\n",
				},
			}
		},
		"http-authorization-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl --header 'Authorization: " + g.UUID() + "' https://api.acme.test/v1/me\n",
					"curl -H \"Authorization: Api-Token " + g.Hex(40) + "\" https://api.acme.test\n",
					"headers = {\"Authorization\": \"" + g.MixedAlnum(40) + "\"}\n",
					// a provider's own scheme name ending in key or token
					"curl -H \"Authorization: Acme-API-Key " + g.MixedAlnum(32) + "\" https://api.acme.test\n",
					"req.Header.Set(\"Authorization\", \"GlobexToken " + g.MixedAlnum(36) + "\")\n",
					// the OAuth scheme (Yandex and older APIs)
					"curl -H 'Authorization: OAuth " + g.MixedAlnum(39) + "' https://api.acme.test/v1/disk\n",
					// a HAR or Postman header entry
					"{\"name\": \"Authorization\", \"value\": \"" + g.MixedAlnum(40) + "\"}\n",
				},
				Negatives: []string{
					"curl -H \"Authorization: $API_TOKEN\" https://api.acme.test\n",
					"curl -H \"Authorization: Acme-API-Key ${ACME_KEY}\" https://api.acme.test\n",
					// an AWS Signature Version 4 header names its scheme, then key=value parts
					"{\"key\": \"Authorization\", \"value\": \"AWS4-HMAC-SHA256 Credent" + "ial=AKID/20240101/us-east-1/sts/aws4_request\"}\n",
					"{\"key\": \"Authorization\", \"value\": \"AWS4-HMAC-SHA256+Credential=$credential,+SignedHeaders=host\"}\n",
					"headers = {\"Authorization\": authorizationHeaderValue}\n",
					"grant_type=authorization_code&code=" + g.MixedAlnum(20) + "\n",
					"Authorization: Digest username=\"admin\", realm=\"acme\"\n",
					"Authorization: OAuth oauth_consumer_key=\"acme\", oauth_signature_method=\"HMAC-SHA1\"\n",
				},
			}
		},
		"curl-user-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -u admin:" + URLPassword(g) + " https://jenkins.acme.test/api/json\n",
					// the password part quoted, and made of letters only
					"curl --user kevin:'" + g.MixedAlnum(16) + "' -X PATCH https://api.acme.test/v1/items\n",
					"curl -k -X POST https://cache.acme.test/rest \\\n  -d 'world' \\\n  -u developer:" + GeneratedLetters(g) + "\n",
					"curl --user \"deploy:" + g.MixedAlnum(10) + "\" -X POST https://nexus.acme.test/service/rest\n",
					// options on continuation lines; an OAuth client id:secret pair
					"curl -X POST https://auth.acme.test/oauth2/token?grant_type=client_credentials \\\n  -u oa2-client-id_" + g.MixedAlnum(32) + ":" + g.MixedAlnum(40) + "\n",
					"curl -s \\\r\n  -H 'Accept: application/json' \\\r\n  --user ci:" + URLPassword(g) + " \\\r\n  https://nexus.acme.test/service/rest\r\n",
					// a token as the password of an empty user (Azure DevOps)
					"curl -u :" + g.String(fake.Lower+"234567", 52) + " https://dev.azure.com/acme/_apis/projects\n",
				},
				Negatives: []string{
					"curl -u \"$USER:$PASS\" https://api.acme.test\n",
					"curl -X POST https://auth.acme.test/oauth2/token \\\n  -u \"$CLIENT_ID:$CLIENT_SECRET\"\n",
					"curl -u :$AZURE_DEVOPS_PAT https://dev.azure.com/acme/_apis/projects\n",
					// the next command is not a continuation of curl
					"curl -s https://api.acme.test/health\nmytool -u ops:" + URLPassword(g) + "\n",
					"curl -u elastic:changeme http://localhost:9200\n",
					"curl -u user:password https://api.acme.test\n",
				},
			}
		},
		"url-userinfo-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"proxy = http://ops:" + URLPassword(g) + "@proxy.acme.test:3128\n",
					"SFTP_URL=sftp://deploy:" + g.MixedAlnum(10) + "@files.acme.test/upload\n",
					"SFTP_URL: sftp://deploy:" + URLPassword(g) + "@files.acme.test/upload\n",
				},
				Negatives: []string{
					"proxy = http://user:password@proxy.acme.test:3128\n",
					"SFTP_URL=sftp://${SFTP_USER}:${SFTP_PASSWORD}@files.acme.test\n",
					"see https://docs.acme.test/a:b@c for the syntax\n",
				},
			}
		},
		"mysql-cli-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"mysqldump -u root -p" + URLPassword(g) + " shop > shop.sql\n",
					"mysql -h db.acme.test -u app -p'" + Passphrase(g) + "' app\n",
					"sshpass -p" + URLPassword(g) + " ssh deploy@10.0.0.5\n",
				},
				Negatives: []string{
					"mysql -u root -p shop\n",
					"mysql -u root -p\"$MYSQL_ROOT_PASSWORD\" shop\n",
					"mysqldump -u root -ppassword shop\n",
				},
			}
		},
	}
}

func frameworkCases() map[string]Builder {
	return map[string]Builder{
		"django-secret-key-setting": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"# SECURITY WARNING: keep the secret key used in production secret!\nSECRET_KEY = '" + djangoKey(g) + "'\n",
					"DJANGO_SECRET_KEY=\"" + djangoKey(g) + "\"\n",
				},
				Negatives: []string{
					"SECRET_KEY = os.environ['DJANGO_SECRET_KEY']\n",
					"SECRET_KEY = '" + g.String(fake.Lower, 20) + "'\n",
				},
			}
		},
		"flask-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"app = Flask(__name__)\napp.secret_key = '" + g.Hex(32) + "'\n",
					"app.config['SECRET_KEY'] = \"" + g.MixedAlnum(24) + "\"\n",
				},
				Negatives: []string{
					"app.secret_key = os.environ['SECRET_KEY']\n",
					"app.config['SECRET_KEY'] = 'dev'\n",
				},
			}
		},
		"rails-secret-key-base": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"production:\n  secret_key_base: " + g.Hex(128) + "\n",
					"SECRET_KEY_BASE=" + g.Hex(128) + "\n",
				},
				Negatives: []string{
					"production:\n  secret_key_base: <%= ENV[\"SECRET_KEY_BASE\"] %>\n",
					"SECRET_KEY_BASE=" + g.Hex(20) + "\n",
				},
			}
		},
		"rails-master-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"RAILS_MASTER_KEY=" + g.Hex(32) + "\n",
					"kind: Secret\nstringData:\n  master.key: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					"RAILS_MASTER_KEY=${RAILS_MASTER_KEY}\n",
					"cp /run/secrets/master.key config/master.key\n",
				},
			}
		},
		"laravel-app-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"APP_NAME=Shop\nAPP_ENV=production\nAPP_KEY=base64:" + base64.StdEncoding.EncodeToString(g.Bytes(32)) + "\n",
					"'key' => env('APP_KEY', 'base64:" + base64.StdEncoding.EncodeToString(g.Bytes(32)) + "'),\n",
				},
				Negatives: []string{
					"APP_KEY=\n",
					"APP_KEY=base64:" + base64.StdEncoding.EncodeToString(g.Bytes(12)) + "\n",
				},
			}
		},
		"symfony-app-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"###> symfony/framework-bundle ###\nAPP_ENV=prod\nAPP_SECRET=" + g.Hex(32) + "\n",
					"APP_SECRET: \"" + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					"APP_SECRET=%env(APP_SECRET)%\n",
					"APP_SECRET=" + g.Hex(12) + "\n",
				},
			}
		},
		"aspnet-machine-key": func(g *fake.Gen) Cases {
			hexUp := func(n int) string { return strings.ToUpper(g.Hex(n)) }
			return Cases{
				Positives: []string{
					"<system.web>\n  <machineKey validationKey=\"" + hexUp(128) + "\" decryptionKey=\"" + hexUp(48) + "\" validation=\"HMACSHA256\" decryption=\"AES\" />\n</system.web>\n",
					"<machineKey decryptionKey=\"" + hexUp(64) + "\" />\n",
				},
				Negatives: []string{
					"<machineKey validationKey=\"AutoGenerate,IsolateApps\" decryptionKey=\"AutoGenerate,IsolateApps\" />\n",
					"<machineKey validationKey=\"" + hexUp(12) + "\" />\n",
				},
			}
		},
		"nextauth-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NEXTAUTH_URL=https://app.acme.test\nNEXTAUTH_SECRET=" + base64.StdEncoding.EncodeToString(g.Bytes(32)) + "\n",
					"AUTH_SECRET=\"" + base64.StdEncoding.EncodeToString(g.Bytes(32)) + "\"\n",
				},
				Negatives: []string{
					"NEXTAUTH_SECRET=${NEXTAUTH_SECRET}\n",
					"AUTH_SECRET=\"changeme\"\n",
				},
			}
		},
		"jwt-signing-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JWT_SECRET=" + HumanPassword(g) + "\n",
					"jwt:\n  secret: x\njwt.secret=" + g.MixedAlnum(32) + "\n",
					"const jwtSecret = \"" + Passphrase(g) + "\";\n",
					// the secret of a section named after JWT (YAML, TOML)
					"JWT:\n  secret: \"" + HumanPassword(g) + "\"\n",
					"[jwt]\nsigning_key = \"" + g.MixedAlnum(32) + "\"\n",
					// a literal key given to the library's sign, verify, encode or decode
					"const token = jwt.sign({ id: user.id, role: 'admin' }, '" + HumanPassword(g) + "', { expiresIn: '1h' });\n",
					"token = jwt.encode(payload, \"" + g.MixedAlnum(24) + "\", algorithm=\"HS256\")\n",
				},
				Negatives: []string{
					"JWT_SECRET=${JWT_SECRET}\n",
					"const jwtSecret = process.env.JWT_SECRET;\n",
					"jwt.secret=your-256-bit-secret\n",
					"const token = jwt.sign({ id: user.id }, process.env.JWT_SECRET);\n",
					"claims = jwt.decode(token, SECRET_KEY, algorithms=[\"HS256\"])\n",
				},
			}
		},
		"express-session-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"app.use(session({\n  secret: '" + HumanPassword(g) + "',\n  resave: false,\n}));\n",
					"app.use(cookieSession({ name: 'sid', secret: \"" + g.MixedAlnum(24) + "\" }))\n",
				},
				Negatives: []string{
					"app.use(session({ secret: 'keyboard cat', resave: false }))\n",
					"app.use(session({ secret: process.env.SESSION_SECRET }))\n",
				},
			}
		},
		"spring-oauth2-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"spring.security.oauth2.client.registration.google.client-id=" + g.String(fake.Digits, 12) + ".apps\nspring.security.oauth2.client.registration.google.client-secret=" + g.MixedAlnum(24) + "\n",
					"spring.security.oauth2.client.registration.okta.client-secret: " + g.String(fake.Base64URL, 40) + "7\n",
				},
				Negatives: []string{
					"spring.security.oauth2.client.registration.google.client-secret=${GOOGLE_CLIENT_SECRET}\n",
					"spring.security.oauth2.client.registration.okta.client-secret=<client-secret>\n",
				},
			}
		},
	}
}

func credentialToolCases() map[string]Builder {
	return map[string]Builder{
		"pgpass-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"db.acme.test:5432:shop:app:" + HumanPassword(g) + "\n",
					"# ~/.pgpass\n*:*:*:replicator:" + g.MixedAlnum(20) + "\nlocalhost:6432:*:pgbouncer:" + g.MixedAlnum(12) + "\n",
					// a .pgpass line kept as a JSON or YAML string
					"  \"pgpass\": \"db.acme.test:5432:shop:app:" + HumanPassword(g) + "\",\n",
				},
				Negatives: []string{
					"localhost:5432:*:postgres:postgres\n",
					"db.acme.test:5432:shop:app:password\n",
				},
			}
		},
		"kubeconfig-client-key": func(g *fake.Gen) Cases {
			pemKey := func() string {
				body := base64.StdEncoding.EncodeToString(g.Bytes(120))
				return base64.StdEncoding.EncodeToString([]byte(fake.Join("-----BEGIN ", "EC PRIVATE KEY-----\n", body, "\n-----END ", "EC PRIVATE KEY-----\n")))
			}
			return Cases{
				Positives: []string{
					"users:\n- name: admin\n  user:\n    client-certificate-data: " + base64.StdEncoding.EncodeToString(g.Bytes(60)) + "\n    client-key-data: " + pemKey() + "\n",
					"    client-key-data: \"" + pemKey() + "\"\n",
				},
				Negatives: []string{
					"    client-key-data: REDACTED\n",
					"    client-key: /home/ops/.minikube/profiles/minikube/client.key\n",
				},
			}
		},
		"mail-client-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"account work\nhost smtp.acme.test\nport 587\nuser ops@acme.test\npassword " + HumanPassword(g) + "\n",
					"poll mail.acme.test protocol imap user \"ops\" password \"" + HumanPassword(g) + "\" ssl\n",
				},
				Negatives: []string{
					"account work\nhost smtp.acme.test\npasswordeval \"pass show mail/work\"\n",
					"password protected archives are skipped\n",
				},
			}
		},
		"wordpress-auth-salt": func(g *fake.Gen) Cases {
			salt := func() string {
				for {
					s := g.String(fake.Alnum+"!@#$%^&*()-_=+[]{}<>~|;:,.?/ ", 64)
					if !rules.IsPlaceholder([]byte(s)) {
						return s
					}
				}
			}
			return Cases{
				Positives: []string{
					"define( 'AUTH_KEY',         '" + salt() + "' );\ndefine( 'SECURE_AUTH_KEY',  '" + salt() + "' );\n",
					"define('NONCE_SALT', '" + salt() + "');\n",
				},
				Negatives: []string{
					"define( 'AUTH_KEY',         'put your unique phrase here' );\n",
					"define( 'NONCE_SALT', getenv('WP_NONCE_SALT') );\n",
				},
			}
		},
		"sql-user-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CREATE USER 'shop'@'%' IDENTIFIED BY '" + HumanPassword(g) + "';\nGRANT ALL ON shop.* TO 'shop'@'%';\n",
					"CREATE ROLE reporting WITH LOGIN PASSWORD '" + g.MixedAlnum(16) + "';\n",
					"ALTER USER app WITH ENCRYPTED PASSWORD '" + Passphrase(g) + "';\n",
				},
				Negatives: []string{
					"CREATE USER 'shop'@'%' IDENTIFIED BY 'password';\n",
					"ALTER ROLE app WITH PASSWORD NULL;\n",
					"CREATE USER reporting WITH PASSWORD :'pw';\n",
				},
			}
		},
	}
}

// GeneratedLetters is a letters-only password as generators make them,
// with capitals in runs and lone lower-case letters between them.
func GeneratedLetters(g *fake.Gen) string {
	return g.String(fake.Lower, 2) + g.String(fake.Upper, 2) + g.String(fake.Lower, 3) + g.String(fake.Upper, 3) +
		g.String(fake.Lower, 1) + g.String(fake.Upper, 2) + g.String(fake.Lower, 3)
}
