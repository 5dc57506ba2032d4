package rules_test

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/rulecases"
	"github.com/keysieve/keysieve/rules"
)

// genericFormatCases are values found by the name they are assigned to,
// in every format and credential file the generic detector claims: each
// text must yield a finding whose secret is exactly want. The values are
// human passwords (low entropy, punctuation, spaces) and random keys.
func genericFormatCases(g *fake.Gen) []struct{ name, text, want string } {
	pw, phrase, key := rulecases.HumanPassword(g), rulecases.Passphrase(g), g.MixedAlnum(32)
	hex64, hex40 := g.Hex(64), g.Hex(40)
	upw := rulecases.URLPassword(g) // no shell metacharacter
	// spaced is a password with a space and the punctuation an older value
	// class refused.
	spaced := g.Pick(rulecases.HumanWords()...) + g.String(fake.Digits, 2) + " & (" + strings.ToLower(g.Pick(rulecases.HumanWords()...)) + ")?"
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	return []struct{ name, text, want string }{
		{"env", "DB_PASSWORD=" + pw + "\n", pw},
		{"env quoted", "export API_TOKEN=\"" + key + "\"\n", key},
		{"yaml", "database:\n  password: \"" + phrase + "\"\n", phrase},
		{"yaml single-quoted spaces", "smtp:\n  password: '" + spaced + "'\n", spaced},
		{"json", "{\"user\": \"app\", \"password\": \"" + phrase + "\"}\n", phrase},
		{"json escaped in a string", "{\"env\": \"PASSWORD=\\\"" + pw + "\\\"\"}\n", pw},
		{"toml", "[database]\npassword = \"" + phrase + "\"\n", phrase},
		{"ini", "[client]\npassword = \"" + phrase + "\"\n", phrase},
		{"ini unquoted", "[client]\npassword = " + pw + "\n", pw},
		{"properties", "spring.datasource.password=\"" + phrase + "\"\n", phrase},
		{"properties unquoted", "signing.password=" + pw + "\n", pw},
		{"xml attribute", "<add key=\"SmtpPassword\" value=\"" + spaced + "\" />\n", spaced},
		{"xml element", "<server><id>nexus</id><password>" + pw + "</password></server>\n", pw},
		{"go", "const dbPassword = \"" + phrase + "\"\n", phrase},
		{"python", "PASSWORD = '" + spaced + "'\n", spaced},
		{"js", "const apiKey = `" + key + "`;\n", key},
		{"ts object", "export const cfg = { password: \"" + pw + "\" };\n", pw},
		{"java", "private static final String PASSWORD = \"" + phrase + "\";\n", phrase},
		{"csharp", "var secret = \"" + key + "\";\n", key},
		// a generated token a word that names things in code prefixes
		{"env, token with a code word's prefix", "SERVICE_API_KEY=\"auth_" + key + "\"\n", "auth_" + key},
		{"yaml, token with a code word's prefix", "password: client-" + key + "\n", "client-" + key},
		// a provider's hex key behind a code word (key_…, test_…)
		{"python, hex key with a code word's prefix", "client = Acme(api_key=\"key_" + hex64 + "\")\n", "key_" + hex64},
		{"terraform, hex test key", "provider \"acme\" {\n  api_key = \"test_" + hex40 + "\"\n}\n", "test_" + hex40},
		{"php array", "$config['db_password'] => '" + phrase + "';\n", phrase},
		{"php define", "define('DB_PASSWORD', '" + pw + "');\n", pw},
		{"ruby", "config.password = \"" + phrase + "\"\n", phrase},
		{"cli --password=", "psql --password=" + upw + " -h db\n", upw},
		{"cli --password x", "vault login --password " + upw + "\n", upw},
		{"cli --api-key", "acme deploy --api-key " + key + "\n", key},
		{"mysql -p", "mysql -u root -p" + upw + " shop\n", upw},
		{"curl -u", "curl -u deploy:" + pw + " https://ci.acme.test\n", pw},
		{"curl -H basic", "curl -H 'Authorization: Basic " + b64("deploy:"+pw) + "' https://ci.acme.test\n", b64("deploy:" + pw)},
		{"bearer", "Authorization: Bearer " + key + "\n", key},
		{"x-api-key", "curl -H \"X-Api-Key: " + key + "\" https://api.acme.test\n", key},
		{"api-key header", "api-key: " + key + "\n", key},
		{"url userinfo", "amqp_url = \"smtp://mailer:" + rulecases.URLPassword(g) + "@mail.acme.test:587\"\n", ""},
		{".pgpass", "db.acme.test:5432:shop:app:" + pw + "\n", pw},
		{".git-credentials", "https://deploy:" + key + "@git.acme.test\n", key},
		{".netrc", "machine api.acme.test login ci password " + key + "\n", key},
		{".my.cnf", "[client]\nuser=backup\npassword=" + pw + "\n", pw},
		{".pypirc", "[pypi]\nusername = deploy\npassword = " + pw + "\n", pw},
		{".gem/credentials", "---\n:rubygems_api_key: " + g.Hex(32) + "\n", ""},
		{"gradle.properties", "ossrhPassword=" + pw + "\n", pw},
		{"kubeconfig token", "users:\n- name: ci\n  user:\n    token: " + key + "\n", key},
		{".s3cfg", "[default]\naccess_key = AK" + g.String(fake.Upper, 10) + "\nsecret_key = " + g.String(fake.Base64, 40) + "\n", ""},
		{".terraformrc", "credentials \"app.terraform.io\" {\n  token = \"" + key + "\"\n}\n", key},
		{"WinSCP.ini", "[Sessions\\deploy@files]\nHostName=files.acme.test\nUserName=deploy\nPassword=" + strings.ToUpper(g.Hex(40)) + "\n", ""},
		{"sftp-config.json", "{\n  \"type\": \"sftp\",\n  \"user\": \"deploy\",\n  \"password\": \"" + pw + "\"\n}\n", pw},
		{".ftpconfig", "{\"protocol\": \"ftp\", \"user\": \"deploy\", \"pass\": \"" + pw + "\"}\n", pw},
		{"DBeaver data-sources.json", "\"auth-model\": \"native\",\n\"user\": \"app\",\n\"password\": \"" + pw + "\"\n", pw},
		{"DataGrip / JetBrains XML property", "<data-source name=\"prod\">\n  <property name=\"password\" value=\"" + pw + "\" />\n</data-source>\n", pw},
		{"Robo 3T", "\"userName\": \"admin\", \"userPassword\": \"" + pw + "\"\n", pw},
		{".esmtprc", "identity ops@acme.test\n  hostname smtp.acme.test:587\n  password = \"" + pw + "\"\n", pw},
		{".msmtprc", "account work\nhost smtp.acme.test\npassword " + pw + "\n", pw},
		{".fetchmailrc", "poll mail.acme.test user \"ops\" password \"" + pw + "\"\n", pw},
		{"wp-config.php", "define( 'DB_PASSWORD', '" + phrase + "' );\n", phrase},
		{"SQL dump", "CREATE USER 'shop'@'%' IDENTIFIED BY '" + pw + "';\n", pw},
		{"Spring jwt.secret", "jwt.secret=" + key + "\n", key},
		{"JWT_SECRET", "JWT_SECRET=" + pw + "\n", pw},
		{"NEXTAUTH_SECRET", "NEXTAUTH_SECRET=" + base64.StdEncoding.EncodeToString(g.Bytes(32)) + "\n", ""},
		{"jvm -D property", "java -Dacme.api.key=" + key + " -jar app.jar\n", key},
		{"gradle -P property", "./gradlew publish -Pgpr.key=" + key + "\n", key},
		{"axios header", "axios.defaults.headers.common['Authorization'] = 'Bearer " + key + "';\n", key},
		{"objective-c @\"…\"", "static NSString *const kAcmeClientSecret = @\"" + key + "\";\n", key},
		{"c# verbatim @\"…\"", "private const string ApiKey = @\"" + key + "\";\n", key},
		{"objective-c message", "[Acme startWithApiKey:@\"" + key + "\"];\n", key},
		{"c #define", "#define ACME_API_TOKEN \"" + key + "\"\n", key},
		{"android manifest", "<meta-data\n    android:name=\"io.acme.sdk.ApiKey\"\n    android:value=\"" + key + "\" />\n", key},
		{"markdown table", "| Name | Value |\n|------|-------|\n| `ACME_API_KEY` | `" + key + "` |\n", key},
	}
}

func TestGenericDetectorFormats(t *testing.T) {
	rs := loadDefault(t)
	m := rs.NewMatcher()
	for seed := uint64(1); seed <= 3; seed++ {
		for _, c := range genericFormatCases(fake.New(seed)) {
			ms := m.Find([]byte(c.text))
			if len(ms) == 0 {
				t.Errorf("%s: nothing found in:\n%s", c.name, rulecases.Indent(c.text))
				continue
			}
			if c.want != "" && !hasSecret(ms, c.want) {
				t.Errorf("%s: found %v, not the secret %q, in:\n%s", c.name, secrets(ms), c.want, rulecases.Indent(c.text))
			}
		}
	}
}

// genericNegatives are assignments to secret-like names that are code,
// references, placeholders, labels or types: the generic detector must
// stay silent on them.
var genericNegatives = []string{
	"password = os.getenv(\"DB_PASSWORD\")\n",
	"password = process.env.DB_PASSWORD\n",
	"password: ${DB_PASSWORD}\n",
	"password: \"%(db_password)s\"\n",
	"password: \"{{ db_password }}\"\n",
	"password: <password>\n",
	"password = $DB_PASSWORD\n",
	"password = true\n",
	"token: sha256_9f2c41e07b3d85a6c1e4f09d2b7a63c5e8d1f4a2\n", // a digest named as one
	"password: null\n",
	"pin_password = 12345678\n",
	"password_file = /run/secrets/db_password\n",
	"password_url = \"https://acme.test/reset\"\n",
	"password: string;\n",
	"password: str = Field(...)\n",
	"password = \"\"\n",
	"<input type=\"password\" name=\"password\" placeholder=\"Enter your password\">\n",
	"password: \"Password\"\n",
	"password_label: \"Enter your password\"\n",
	"\"password\": \"Mot de passe oublié ?\"\n",
	"password = getPassword(user);\n",
	"password = self.password_hasher.hash(raw)\n",
	"token = request.headers.get(\"X-Token\")\n",
	"secret = cfg.ClientSecret2\n",
	"password: changeme\n",
	"password: xxxxxxxxxxxx\n",
	"Authorization: Bearer <token>\n",
	"curl -u \"$USER:$PASS\" https://api.acme.test\n",
	"proxy = http://user:password@proxy.acme.test\n",
	"mysql -u root -p shop\n",
	"bypass = \"Maple12!\"\n",
	"secret_key = random_string(50)\n",
	"api_key = api_keys[0]\n",
	"token = \"\" + prefix + suffix\n",
	// code: Swift's implicitly unwrapped optional and forced unwraps, a
	// path built from a variable
	"var passwordField: UITextField!\n",
	"let password = alertController.textFields![1].text!\n",
	"let token = session.currentUser!.accessToken\n",
	"$file_pwd = \"/$file_pwd\";\n",
	// public parts of a request: a SigV4 credential scope
	"Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=host\n",
	"&X-Goog-Credential=svc%40acme.iam.gserviceaccount.com%2F20240101%2Fauto%2Fstorage%2Fgoog4_request\n",
	// an Interface Builder file's keys: names, not secrets
	"<string key=\"112.IBPluginDependency\">com.apple.InterfaceBuilder.CocoaPlugin</string>\n",
	// translations of a password field's label
	"\"Password\": \"Contraseña\",\n",
	"<string name=\"bolt_password_input_label\">Salasõna</string>\n",
	"\"screen_reset_password_placeholder\": \"Introdueix…\"\n",
	"<string name=\"firebase_token_success\">\"Токен Firebase: %1$s.\"</string>\n",
	"\"thread.save_credential.fail.continue.button\" = \"Pokračovat\";\n",
	// types, validation rules, package versions, durations, code
	"public var notificationsPrivateKeyIfPresent: P256.KeyAgreement.PrivateKey? {\n",
	"  serviceTokenCiphertext: Uint8Array | null;\n",
	"'password' => 'required|alpha_dash|string|max:255',\n",
	"    js-tokens: \"npm:^4.0.0\"\n",
	"lock = os.environ.get(\"RESET_PASSWORD_LOCK_TIME\", \"15 minutes\")\n",
	"  hasValidToken: !!result,\n",
	// a language model's special tokens
	"eos_token = \"<|im_end|>\"\n",
	"tokenizer.pad_token = \"<|endoftext|>\"\n",
	// stand-ins
	"STATIC_CRON_TOKEN=PLEASE_REPLACE_WITH_32_CHAR_CODE\n",
	"headers: { Authorization: 'Bearer invalid_token_here' },\n",
	"\"token\": \"abc123xyz\",\n",
	"-d '{\"email\":\"ops@acme.test\",\"password\":\"<8+ char pwd>\"}'\n",
	"CREATE USER 'importer'@'localhost' IDENTIFIED BY 'YourPwdShouldBeLongAndSecure!';\n",
	"DATABASE_URL=postgres://user:FAKE_secret@db.acme.test/prod\n",
	"PrivateKey = \"privatekey1\",\n",
	// a ConfigMap item's key and a label key
	"      - key: k8s-coredns.json\n",
	"      - key: kubernetes.io/e2e-az-name\n",
	// labels in English and another script, with digits
	"\"telnyxApiKey\": \"API Key (V2)\",\n",
	"\"OAuth2: Client Credentials\": \"OAuth2：客户端凭据\",\n",
	// code between two literals, minified or optional-chained members
	"(t=\"Input new password: \"),E=n.limitMessage;!S;)n.limit=h,\n",
	"sb.Append(\"  Credentials: \").Append(Credentials).Append(\"\\n\");\n",
	"apiKey = settings?.providers?.openweathermap;\n",
	"t.authorizePassword=t.preAuthorizeImplicit=void 0\n",
	// a JSX element's key, a placeholder tail
	"<path key=\"svg-clock-circle-svg-0\" d=\"M0 0\" />\n",
	"token2 := \"memos_pat_xyz789\"\n",
	// a long identifier holding a code word, its capitals a name's
	"api_key = \"testRSA2048KeyGeneratorForCases\"\n",
}

// TestGenericDetectorPublicTokens: a WebSocket handshake's nonce, the
// token of a Firebase Storage download URL or of a coverage badge are
// random, under a secret-like name, and public by design; a Bitwarden
// encrypted string is ciphertext; a sample key's repeated tail and a
// documented TOTP seed are stand-ins.
func TestGenericDetectorPublicTokens(t *testing.T) {
	m := loadDefault(t).NewMatcher()
	g := fake.New(11)
	for _, text := range []string{
		"GET /chat HTTP/1.1\nUpgrade: websocket\nSec-WebSocket-Key: " + base64.StdEncoding.EncodeToString(g.Bytes(16)) + "\n",
		"\"imageUrl\": \"https://firebasestorage.googleapis.com/v0/b/acme.appspot.com/o/img%2Flogo.png?alt=media&token=" + g.UUID() + "\"\n",
	} {
		if ms := m.Find([]byte(text)); len(ms) > 0 {
			t.Errorf("found %v (%s) in:\n%s", secrets(ms), ms[0].Rule.ID, rulecases.Indent(text))
		}
	}
	b64 := func(n int) string { return base64.StdEncoding.EncodeToString(g.Bytes(n)) }
	for _, text := range []string{
		// a coverage badge's read-only token
		"[![codecov](https://codecov.io/gh/acme/app/graph/badge.svg?token=" + g.MixedAlnum(10) + ")](https://codecov.io/gh/acme/app)\n",
		// a Bitwarden encrypted string: ciphertext
		"EncryptedPrivateKey = \"2." + b64(16) + "|" + b64(48) + "|" + b64(32) + "\",\n",
		"Key = \"2." + b64(16) + "|" + b64(64) + "|" + b64(32) + "\",\n",
		// a sample key's template tail, and the TOTP seed of the docs
		"deepl_api_key: \"" + strings.ToUpper(g.UUID()[:24]) + "1A1A1A1A1A1A\"\n",
		"AuthenticatorKey = \"" + fake.Join("JBSWY3DP", "EHPK3PXP") + "\";\n",
		// an ACF field group's uniqid key, a Relay id, base64 of a sentence
		// and of a PEM key with no body
		"\"key\": \"group_" + g.Hex(13) + "\",\n",
		"\"key\": \"" + base64.StdEncoding.EncodeToString([]byte("nav_menu_item:629")) + "\",\n",
		"jwtSecretKey: \"" + base64.StdEncoding.EncodeToString([]byte("My-secret-key-which-should-be-changed-in-production\n")) + "\"\n",
		"tls.key: " + base64.StdEncoding.EncodeToString([]byte("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----")) + "\n",
	} {
		if ms := m.Find([]byte(text)); len(ms) > 0 {
			t.Errorf("found %v (%s) in:\n%s", secrets(ms), ms[0].Rule.ID, rulecases.Indent(text))
		}
	}
	// the same token elsewhere in a URL is the caller's; a token with a
	// one-letter type and a dot is not a minified member
	for _, text := range []string{
		"https://api.acme.test/v1/export?format=csv&token=" + g.UUID() + "\n",
		"token: s." + g.MixedAlnum(24) + "\n",
	} {
		if ms := m.Find([]byte(text)); len(ms) == 0 {
			t.Errorf("nothing found in:\n%s", rulecases.Indent(text))
		}
	}
}

func TestGenericDetectorNegatives(t *testing.T) {
	rs := loadDefault(t)
	m := rs.NewMatcher()
	for _, text := range genericNegatives {
		if ms := m.Find([]byte(text)); len(ms) > 0 {
			t.Errorf("found %v (%s) in:\n%s", secrets(ms), ms[0].Rule.ID, rulecases.Indent(text))
		}
	}
}

// TestKnownShapeFailedCheckShadowsGeneric: a GitHub or npm token whose
// checksum is wrong is a known shape that is not a token, so no rule may
// report it, generic-secret included.
func TestKnownShapeFailedCheckShadowsGeneric(t *testing.T) {
	rs := loadDefault(t)
	m := rs.NewMatcher()
	g := fake.New(7)
	for _, prefix := range []string{fake.Join("gh", "p_"), fake.Join("np", "m_")} {
		good := g.GitHubToken(strings.TrimSuffix(prefix, "_"))
		bad := good[:len(good)-1] + flipLast(good)
		for _, line := range []string{"GITHUB_TOKEN=" + bad + "\n", "token: \"" + bad + "\"\n"} {
			if ms := m.Find([]byte(line)); len(ms) > 0 {
				t.Errorf("bad checksum reported as %s in %q", ms[0].Rule.ID, line)
			}
		}
		if ms := m.Find([]byte("token: \"" + good + "\"\n")); len(ms) != 1 || ms[0].Rule.Category == "generic" {
			t.Errorf("good token: got %v, want one provider finding", rulecases.RuleIDs(ms))
		}
	}
}

// TestSampleJWTIsPlaceholder: the jwt.io sample claims mark a token as
// documentation whatever its signature.
func TestSampleJWTIsPlaceholder(t *testing.T) {
	seg := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	g := fake.New(9)
	sig := base64.RawURLEncoding.EncodeToString(g.Bytes(32))
	sample := seg(`{"alg":"HS256","typ":"JWT"}`) + "." + seg(`{"sub":"1234567890","name":"John Doe","iat":1516239022}`) + "." + sig
	other := seg(`{"alg":"HS256","typ":"JWT"}`) + "." + seg(`{"sub":"`+g.String(fake.Digits, 8)+`","name":"svc"}`) + "." + sig
	if !rules.IsPlaceholder([]byte(sample)) {
		t.Error("jwt.io sample not taken for a placeholder")
	}
	if rules.IsPlaceholder([]byte(other)) {
		t.Error("a JWT with other claims taken for a placeholder")
	}
	rs := loadDefault(t)
	for _, text := range []string{"Authorization: Bearer " + sample + "\n", "token = \"" + sample + "\"\n"} {
		if ms := rs.NewMatcher().Find([]byte(text)); len(ms) > 0 {
			t.Errorf("sample JWT reported as %s", ms[0].Rule.ID)
		}
	}
}

func flipLast(s string) string {
	if s[len(s)-1] == 'A' {
		return "B"
	}
	return "A"
}

func hasSecret(ms []rules.Match, want string) bool {
	for _, m := range ms {
		if string(m.Secret) == want {
			return true
		}
	}
	return false
}

func secrets(ms []rules.Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, m.Rule.ID+":"+string(m.Secret))
	}
	return out
}
