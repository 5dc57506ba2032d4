package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// breadthKey is a random API key of an unnamed provider: letters of both
// cases with digits, 36 characters.
func breadthKey(g *fake.Gen) string {
	return g.MixedAlnum(20) + g.String(fake.Digits, 4) + g.MixedAlnum(12)
}

// breadthCases are the cases of the rules that widen detection to names,
// command lines and client calls no provider rule covers.
func breadthCases() map[string]Builder {
	return map[string]Builder{
		"generic-key-assignment": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ACME_KEY=" + breadthKey(g) + "\n",
					"export WIDGETLY_ACCESS_KEY=\"" + g.UUID() + "\"\n",
					"{\n  \"orbitMasterKey\": \"" + g.Hex(40) + "\"\n}\n",
					"<add key=\"SmtpRelayKey\" value=\"" + breadthKey(g) + "\" />\n",
					"<add key=\"ACME_SIGNING_KEY\" value=\"" + g.Hex(40) + "\" />\n",
					"$this->licenseKey = '" + breadthKey(g) + "';\n",
					"acme:\n  signing-key: " + g.String(fake.Base64, 43) + "7=\n",
					"[DEBUG] connecting with Key=" + breadthKey(g) + "\n",
					// a plural name: a list of keys, the first of them
					"ACME_ACCESS_KEYS=" + breadthKey(g) + "," + breadthKey(g) + "\n",
					"{\"signingKeys\": \"" + breadthKey(g) + "\"}\n",
					// a URL's key parameter, hex or not
					"curl \"https://api.acme.test/v2/data?q=london&key=" + g.Hex(32) + "&format=json\"\n",
					"azure_function_key  = " + breadthKey(g) + "\n",
					// a name/value pair of a C# dictionary, a tuple, an assertion
					"{ \"AccountKey\", \"" + g.String(fake.Base64, 86) + "==\" },\n",
					"assert.equal(parsed['AccountKey'], '" + breadthKey(g) + "');\n",
					// a type between the name and the value; a lower-case compound name
					"const fastlyKey string = \"" + breadthKey(g) + "\"\n",
					"let signingKey: String = \"" + breadthKey(g) + "\"\n",
					"azureFunctionkey: " + breadthKey(g) + "\n",
					// a Kubernetes env entry, a JSON name/value pair
					"env:\n  - name: STRIPE_KEY\n    value: \"" + breadthKey(g) + "\"\n",
					"{\"name\": \"ACME_KEY\", \"value\": \"" + breadthKey(g) + "\"}\n",
					// a key kept for rotation, a fallback, an ARM parameter
					"sumoKey2 = '" + breadthKey(g) + "'\n",
					"Acme.setLicenseKey(\"" + breadthKey(g) + "\");\n",
					// (a value of an Azure account key's shape there is azure-storage-account-key's)
					"export const key = process.env.ACCOUNT_KEY || \"" + breadthKey(g) + "\";\n",
					"\"storageAccountKey\": {\n  \"value\": \"" + breadthKey(g) + "\"\n},\n",
					// a PHP array entry with the name quoted
					"'account_key' => '" + g.String(fake.Base64, 86) + "==',\n",
					"\"signingKey\" => \"" + breadthKey(g) + "\",\n",
					// a PHP append, Make's ::= assignment
					"$signingKey .= \"" + breadthKey(g) + "\";\n",
					"ACME_KEY ::= " + breadthKey(g) + "\n",
				},
				Negatives: []string{
					// a bare plural: the keys of a map
					"keys = \"" + breadthKey(g) + "\"\n",
					// a bare key of hex outside a URL: a test vector or an id
					"key = \"" + g.Hex(32) + "\"\n", "{\"key\": \"" + g.Hex(40) + "\"}\n",
					// Public by design, or keys of a cache or a table.
					"VAPID_PUBLIC_KEY=" + breadthKey(g) + "\n",
					"VAPID_PUBLIC_KEY ::= " + breadthKey(g) + "\n",
					"ACME_KEY ::= $(shell cat .secrets/acme_key_" + g.LowerAlnum(6) + ")\n",
					"<add key=\"VapidPublicKey\" value=\"" + breadthKey(g) + "\" />\n",
					"NEXT_PUBLIC_MAPS_KEY=" + breadthKey(g) + "\n",
					"cachePrimaryKey: \"" + breadthKey(g) + "\"\n",
					"InstrumentationKey=" + g.UUID() + ";IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/\n",
					// A key id, not the key; words and paths, not tokens.
					"ACME_KEY_ID=" + breadthKey(g) + "\n",
					"SORT_KEY=created_at_descending_order\n",
					"ACME_KEY=/etc/acme/keys/" + g.LowerAlnum(8) + ".pem\n",
					"ACME_KEY=" + strings.ToLower(g.MixedLetters(32)) + "\n",
					// Too short, counting, or a reference.
					"ACME_KEY=" + g.MixedAlnum(10) + "\n",
					"ACME_KEY=a1b2c3d4e5f6g7h8i9j0k1l2m3n4\n",
					"ACME_KEY=${ACME_KEY_FROM_VAULT_" + g.String(fake.Digits, 4) + "}\n",
					// a pair whose value is a label or a variable; a map key
					"{ \"AccountKey\", accountKeyFromVault" + g.String(fake.Digits, 4) + " },\n",
					"t(\"apiKey\", \"API key for the " + g.String(fake.Lower, 8) + " service\")\n",
					"monkey: " + breadthKey(g) + "\n",
					// a one-letter prefix: vkey, a verifier (public) key
					"vkey := \"" + breadthKey(g) + "\"\n",
					"env:\n  - name: STRIPE_PUBLISHABLE_KEY\n    value: \"" + breadthKey(g) + "\"\n",
					// a did:key identifier is a public key
					"  \"signingKey\": \"did:key:z6Mk" + g.MixedAlnum(44) + "\",\n",
				},
			}
		},
		"xml-key-element": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<azure>\n  <account_name>" + g.LowerAlnum(12) + "</account_name>\n  <account_key>" + g.String(fake.Base64, 86) + "==</account_key>\n</azure>\n",
					"<Service>\n  <AccessKey>" + breadthKey(g) + "</AccessKey>\n</Service>\n",
					"<storage-key type=\"shared\">" + breadthKey(g) + "</storage-key>\n",
					// the value on a line of its own
					"<AccessKey>\n    " + breadthKey(g) + "\n</AccessKey>\n",
					"<signing_key>\n\t" + g.Hex(40) + "\n</signing_key>\n",
				},
				Negatives: []string{
					"<PublicKey>\n    " + breadthKey(g) + "\n</PublicKey>\n",
					"<account_key>\n    ${AZURE_ACCOUNT_KEY}\n</account_key>\n",
					// public keys, map keys and references
					"<PublicKey>" + breadthKey(g) + "</PublicKey>\n",
					"<cacheKey>" + breadthKey(g) + "</cacheKey>\n",
					"<account_key>${AZURE_ACCOUNT_KEY}</account_key>\n",
					"<api_key>" + strings.ToLower(g.MixedLetters(24)) + "</api_key>\n",
					"<monkey>" + breadthKey(g) + "</monkey>\n",
				},
			}
		},
		"generic-credential-assignment": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"FIGMA_PAT=" + breadthKey(g) + "\n",
					"export NPM_AUTH=\"" + breadthKey(g) + "\"\n",
					"{\n  \"dockerAuth\": \"" + breadthKey(g) + "\"\n}\n",
					"apiCreds = '" + breadthKey(g) + "'\n",
					"$dockerAuth .= \"" + breadthKey(g) + "\";\n",
					"NPM_AUTH :::= " + breadthKey(g) + "\n",
					"<add key=\"AcmeLicense\" value=\"" + breadthKey(g) + "\" />\n",
					"env:\n  - name: ACME_ACCESS\n    value: \"" + breadthKey(g) + "\"\n",
				},
				Negatives: []string{
					// words, references, public or test values
					"ACME_ACCESS=read-only\n",
					"PUBLIC_ACCESS ::= " + breadthKey(g) + "\n",
					"NPM_AUTH ::= $(shell cat .npm_auth_" + g.LowerAlnum(6) + ")\n",
					"GITHUB_PAT=${{ secrets.GITHUB_PAT }}\n",
					"PUBLIC_ACCESS=" + breadthKey(g) + "\n",
					"TEST_AUTH=" + breadthKey(g) + "\n",
					"ACME_PAT=" + g.MixedAlnum(10) + "\n",
					"oauth: " + breadthKey(g) + "\n",
					"REQUEST_ID_SALT=" + g.UUID() + "\n",
				},
			}
		},
		"generic-signing-secret-assignment": func(g *fake.Gen) Cases {
			return Cases{
				// credentials named for what they do: signing, seeding a
				// one-time-password generator, refreshing a session
				Positives: []string{
					"ACME_HMAC=" + breadthKey(g) + "\n",
					"acme:\n  signing: \"" + breadthKey(g) + "\"\n",
					"export ACME_TOTP_SEED=" + breadthKey(g) + "\n",
					"webhookJwt: '" + breadthKey(g) + "'\n",
					"ACME_REFRESH=" + breadthKey(g) + "\n",
					"acme.encryption = " + breadthKey(g) + "\n",
					"ACME_CRED=" + breadthKey(g) + "\n",
				},
				Negatives: []string{
					"RANDOM_SEED=" + g.String(fake.Digits, 20) + "\n",
					"master: refs/heads/release-" + g.LowerAlnum(10) + "\n",
					"ENCRYPTION=AES-256-GCM-SHA384\n",
					"ACME_SIGNING=" + g.MixedAlnum(10) + "\n",
					"ACME_HMAC=${{ secrets.ACME_HMAC }}\n",
				},
			}
		},
		"cli-tool-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"sshpass -p '" + HumanPassword(g) + "' ssh deploy@10.0.0.5\n",
					"docker login -u ci-bot -p " + HumanPassword(g) + " registry.acme.test\n",
					"az login -u ops@acme.test -p '" + HumanPassword(g) + "'\n",
					"redis-cli -h cache.acme.test -a " + HumanPassword(g) + " ping\n",
					"ldapsearch -x -D 'cn=admin,dc=acme,dc=test' -w '" + HumanPassword(g) + "' -b dc=acme,dc=test\n",
					"sqlcmd -S db01 -U sa -P " + HumanPassword(g) + " -Q \"SELECT 1\"\n",
					"zip -r -P " + HumanPassword(g) + " backup.zip data/\n",
					"smbclient //fs01/share -U deploy%" + HumanPassword(g) + "\n",
				},
				Negatives: []string{
					"sshpass -p \"$SSH_PASSWORD\" ssh deploy@10.0.0.5\n",
					"docker login -u ci-bot --password-stdin registry.acme.test\n",
					"redis-cli -h cache.acme.test -a <password> ping\n",
					"ldapsearch -x -D 'cn=admin,dc=acme' -W -b dc=acme\n",
					"mongosh --host db -u admin -p\n",
				},
			}
		},
		"cli-stdin-login-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"echo " + g.MixedAlnum(32) + " | docker login -u ci-bot --password-stdin registry.acme.test\n",
					"echo '" + HumanPassword(g) + "' | sudo podman login --username deploy --password-stdin quay.acme.test\n",
					"echo -n \"" + g.MixedAlnum(40) + "\" | gh auth login --with-token\n",
					"printf '%s' " + g.MixedAlnum(36) + " | helm registry login registry.acme.test -u ci --password-stdin\n",
					// a secret store's command reading the value from standard input
					"echo \"" + g.MixedAlnum(40) + "\" | npx wrangler secret put ACME_TOKEN\n",
					"echo -n '" + g.MixedAlnum(32) + "' | gh secret set ACME_TOKEN --repo acme/app\n",
					"printf '%s' \"" + g.MixedAlnum(36) + "\" | gcloud secrets versions add acme-key --data-file=-\n",
					"echo " + g.MixedAlnum(24) + " | docker secret create acme_key -\n",
				},
				Negatives: []string{
					"echo \"$REGISTRY_PASSWORD\" | docker login -u ci-bot --password-stdin registry.acme.test\n",
					"echo ${{ secrets.GITHUB_TOKEN }} | docker login ghcr.io -u ${{ github.actor }} --password-stdin\n",
					"cat ~/.secrets/registry.txt | docker login -u ci-bot --password-stdin registry.acme.test\n",
					"echo <token> | gh auth login --with-token\n",
					"echo \"$ACME_TOKEN\" | npx wrangler secret put ACME_TOKEN\n",
					"op read op://vault/acme/token | wrangler secret put ACME_TOKEN\n",
					"echo \"" + g.MixedAlnum(40) + "\" | tee build.log\n",
				},
			}
		},
		"net-use-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"net use \\\\fs01\\builds /user:ACME\\svc-build " + HumanPassword(g) + "\n",
					"NET USE Z: \\\\10.1.2.3\\share /USER:backup \"" + HumanPassword(g) + "\" /persistent:no\n",
				},
				Negatives: []string{
					"net use \\\\fs01\\builds /user:ACME\\svc-build *\n",
					"net use \\\\fs01\\builds /user:ACME\\svc-build %BUILD_PASSWORD%\n",
					"net use Z: \\\\fs01\\builds /persistent:yes\n",
				},
			}
		},
		"htpasswd-cli-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"htpasswd -b /etc/nginx/.htpasswd admin " + HumanPassword(g) + "\n",
					"RUN htpasswd -cbB /etc/apache2/.htpasswd monitor '" + HumanPassword(g) + "'\n",
					"htpasswd -nb deploy " + HumanPassword(g) + " >> users\n",
				},
				Negatives: []string{
					"htpasswd -c /etc/nginx/.htpasswd admin\n",
					"htpasswd -b /etc/nginx/.htpasswd admin \"$ADMIN_PASSWORD\"\n",
					"htpasswd -nb deploy <password>\n",
				},
			}
		},
		"openssl-pass-argument": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"openssl pkcs12 -export -in cert.pem -inkey key.pem -out bundle.p12 -passout pass:" + HumanPassword(g) + "\n",
					"openssl rsa -in server.key -passin 'pass:" + HumanPassword(g) + "' -out plain.key\n",
				},
				Negatives: []string{
					"openssl rsa -in server.key -passin env:KEY_PASSPHRASE -out plain.key\n",
					"openssl pkcs12 -export -in cert.pem -out bundle.p12 -passout pass:$P12_PASSWORD\n",
					"openssl rsa -in server.key -passin file:/run/secrets/key_pass\n",
				},
			}
		},
		"http-client-basic-auth": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"r = requests.get(url, auth=('svc-report', '" + HumanPassword(g) + "'))\n",
					"client = httpx.Client(auth=HTTPBasicAuth(\"deploy\", \"" + HumanPassword(g) + "\"))\n",
					"async with aiohttp.ClientSession(auth=aiohttp.BasicAuth('bot', '" + HumanPassword(g) + "')) as s:\n",
				},
				Negatives: []string{
					"r = requests.get(url, auth=(user, password))\n",
					"r = requests.get(url, auth=('svc-report', os.environ['REPORT_PASSWORD']))\n",
					"auth = HTTPBasicAuth('user', 'password')\n",
				},
			}
		},
		"dsl-quoted-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"maven {\n    url \"https://nexus.acme.test/repository/releases\"\n    credentials {\n        username 'deploy'\n        password '" + HumanPassword(g) + "'\n    }\n}\n",
					"credentials {\n  username 'ci'\n  password '" + HumanPassword(g) + "'\n}\n",
					"Acme.configure do |c|\n  c.region 'eu'\n  token \"" + breadthKey(g) + "\"  # prod\nend\n",
				},
				Negatives: []string{
					"credentials {\n  username 'user'\n  password 'password'\n}\n",
					"credentials {\n  username nexusUser\n  password nexusPassword\n}\n",
					"credentials {\n  password \"${System.getenv('NEXUS_PASSWORD')}\"\n}\n",
					"Enter the password \"" + HumanPassword(g) + "\" when asked.\n",
				},
			}
		},
		"redis-conf-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"bind 127.0.0.1\nport 6379\nrequirepass " + HumanPassword(g) + "\n",
					"replicaof 10.0.0.5 6379\nmasterauth \"" + HumanPassword(g) + "\"\n",
				},
				Negatives: []string{
					"# requirepass foobared\n",
					"requirepass ${REDIS_PASSWORD}\n",
					"masterauth <master-password>\n",
				},
			}
		},
		"google-app-password": func(g *fake.Gen) Cases {
			app := func() string { return g.String(fake.Lower, 16) }
			grouped := func() string {
				v := app()
				return v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:]
			}
			return Cases{
				Positives: []string{
					"const transporter = nodemailer.createTransport({\n  service: 'gmail',\n  auth: { user: 'alerts@acme.test', pass: '" + app() + "' },\n});\n",
					"EMAIL_HOST = 'smtp.gmail.com'\nEMAIL_HOST_USER = 'alerts@acme.test'\nEMAIL_HOST_PASSWORD = \"" + grouped() + "\"\n",
				},
				Negatives: []string{
					"service: 'gmail',\nauth: { user: 'alerts@acme.test', pass: 'mygmailpassword' },\n",
					"service: 'gmail',\nauth: { user: 'alerts@acme.test', pass: process.env.GMAIL_APP_PASSWORD },\n",
					"service: 'gmail',\nauth: { user: 'alerts@acme.test', pass: '" + app()[:12] + "' },\n",
					"host: 'smtp.office365.com',\nauth: { user: 'alerts@acme.test', pass: '" + app() + "' },\n",
				},
			}
		},
		"azure-devops-pat-annotated": func(g *fake.Gen) Cases {
			pat := func(sig, tag string) string {
				return g.MixedAlnum(52) + sig + g.MixedAlnum(18) + tag + g.MixedAlnum(4)
			}
			return Cases{
				Positives: []string{
					pat("JQQJ99", "AZDO") + "\n",
					"git remote add origin https://build:" + pat("JQQJ99", "AZDO") + "@dev.azure.com/acme/app/_git/app\n",
					"  token: " + pat("JQQJ99", "AZDO") + "\n",
					// The character after JQQJ9 varies between tokens.
					pat("JQQJ98", "AZDO") + "\n",
				},
				Negatives: []string{
					// Another provider's tag.
					pat("JQQJ99", "AZSE") + "\n",
					// One character short, or one too many: AZDO is not at 76.
					pat("JQQJ99", "AZDO")[1:] + "\n",
					"Q" + pat("JQQJ99", "AZDO") + "\n",
				},
			}
		},
		"azure-apim-subscription-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"curl -H \"Ocp-Apim-Subscription-Key: " + g.Hex(32) + "\" https://acme.azure-api.net/orders\n",
					"headers = {'Ocp-Apim-Subscription-Key': '" + g.Hex(32) + "'}\n",
					"GET https://acme.azure-api.net/orders?subscription-key=" + g.Hex(32) + " HTTP/1.1\n",
				},
				Negatives: []string{
					"curl -H \"Ocp-Apim-Subscription-Key: $APIM_KEY\" https://acme.azure-api.net/orders\n",
					"curl -H \"Ocp-Apim-Subscription-Key: " + g.Hex(24) + "\" https://acme.azure-api.net/orders\n",
					"curl -H \"Ocp-Apim-Subscription-Key: " + strings.Repeat("0", 32) + "\" https://acme.azure-api.net/orders\n",
				},
			}
		},
	}
}
