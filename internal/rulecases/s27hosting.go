// Cases for the hosting, DNS, storage and e-mail delivery rules added in the
// s27-hosting change: Amazon SES SMTP passwords, Acquia Cloud Platform API
// secrets, ACME EAB HMAC keys, Brightcove client secrets, DNSimple tokens,
// Filebase secret keys, Hetzner DNS tokens, MailPace tokens, SendPulse API
// credentials, Sucuri firewall API credentials and Tigris secret access keys.
// Every key shape is built at run time from parts, so that this file holds no
// token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// sesSMTPPassword returns an Amazon SES SMTP password: base64 of the
// version byte and a 32-byte HMAC-SHA256, 44 characters without padding.
// It draws until the password mixes cases and digits, as the rule asks.
func sesSMTPPassword(g *fake.Gen, version byte) string {
	for {
		pw := base64.StdEncoding.EncodeToString(append([]byte{version}, g.Bytes(32)...))
		if strings.ContainsAny(pw, fake.Digits) && strings.ContainsAny(pw, fake.Lower) && strings.ContainsAny(pw, fake.Upper) {
			return pw
		}
	}
}

// s27hostingCases are the cases of the rules this change adds.
func s27hostingCases() map[string]Builder {
	return map[string]Builder{
		"aws-ses-smtp-password": func(g *fake.Gen) Cases {
			akid := func() string { return g.AWSKeyID(fake.Join("AK", "IA"), g.AWSAccountID()) }
			host := fake.Join("email-smtp.", g.Pick("us-east-1", "eu-west-1", "ap-southeast-2"), ".amazonaws.com")
			return Cases{
				Positives: []string{
					// Laravel .env
					"MAIL_MAILER=smtp\nMAIL_HOST=" + host + "\nMAIL_PORT=587\nMAIL_USERNAME=" + akid() + "\nMAIL_PASSWORD=" + sesSMTPPassword(g, 4) + "\nMAIL_ENCRYPTION=tls\n",
					// Django settings
					"EMAIL_BACKEND = 'django.core.mail.backends.smtp.EmailBackend'\nEMAIL_HOST = '" + host + "'\nEMAIL_HOST_USER = '" + akid() + "'\nEMAIL_HOST_PASSWORD = '" + sesSMTPPassword(g, 4) + "'\n",
					// a JSON config of a mailer
					"{\n  \"smtpHost\": \"" + host + "\",\n  \"smtpUser\": \"" + akid() + "\",\n  \"smtpPassword\": \"" + sesSMTPPassword(g, 4) + "\"\n}\n",
					// a legacy (version 2) password in a YAML config
					"ses:\n  region: us-east-1\n  smtp_username: " + akid() + "\n  smtp_password: " + sesSMTPPassword(g, 2) + "\n",
					// a Terraform / shell variable
					"export SES_SMTP_PASSWORD=\"" + sesSMTPPassword(g, 4) + "\"\n",
					// nodemailer's auth object
					"const transport = nodemailer.createTransport({\n  host: '" + host + "',\n  auth: { user: '" + akid() + "', pass: '" + sesSMTPPassword(g, 4) + "' },\n});\n",
					// an SMTP URL (a password without + or / needs no escaping)
					"EMAIL_URL=smtp://" + akid() + ":" + fake.Join("B", g.Pick("A", "F", "K")) + g.MixedAlnum(42) + "@" + host + ":587\n",
				},
				Negatives: []string{
					// an IAM secret access key (40 characters) is not an SMTP password
					"MAIL_PASSWORD=" + g.Base64Bytes(30) + "\n",
					// 32 bytes of padded base64 (no version byte)
					"SMTP_PASSWORD=" + g.Base64Bytes(32) + "\n",
					// a version byte SES does not use
					"SMTP_PASSWORD=" + base64.StdEncoding.EncodeToString(append([]byte{7}, g.Bytes(32)...)) + "\n",
					// placeholders
					"MAIL_PASSWORD=your_ses_smtp_password\n",
					"SMTP_PASSWORD=" + strings.Repeat("A", 44) + "\n",
					// not an e-mail setting
					"DB_PASSWORD=" + sesSMTPPassword(g, 4) + "\n",
				},
			}
		},
		"acme-eab-hmac-key": func(g *fake.Gen) Cases {
			mac := func() string { return g.MixedAlnum(20) + g.Pick("-", "_") + g.MixedAlnum(33) }
			kid := func() string { return g.MixedAlnum(10) + "-" + g.MixedAlnum(11) }
			return Cases{
				Positives: []string{
					"certbot register --server https://acme.zerossl.com/v2/DV90 --eab-kid " + kid() + " --eab-hmac-key " + mac() + " -m ops@example.com\n",
					"ZEROSSL_EAB_KID=" + kid() + "\nZEROSSL_EAB_HMAC_KEY=" + mac() + "\n",
					"[certificatesResolvers.gts.acme.eab]\n  kid = \"" + kid() + "\"\n  hmacEncoded = \"" + mac() + "\"\n",
					"{\n  \"keyId\": \"" + g.Hex(32) + "\",\n  \"b64MacKey\": \"" + mac() + "\"\n}\n",
				},
				Negatives: []string{
					// variables and placeholders
					"--eab-kid \"${EAB_KID}\" --eab-hmac-key \"${EAB_HMAC}\"\n",
					"ZEROSSL_EAB_HMAC_KEY=YOUR_HMAC_KEY\n",
					"ZEROSSL_EAB_HMAC_KEY=" + strings.Repeat("x", 54) + "\n",
					// too short for an HMAC key
					"ZEROSSL_EAB_HMAC_KEY=" + g.MixedAlnum(24) + "\n",
				},
			}
		},
		"mailpace-server-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"MAILPACE_API_TOKEN=" + g.UUID() + "\n",
					"curl \"https://app.mailpace.com/api/v1/send\" -X POST -H \"MailPace-Server-Token: " + g.UUID() + "\" -d @mail.json\n",
					"# config/credentials.yml\nmailpace:\n  api_token: '" + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"MAILPACE_API_TOKEN=API_TOKEN_GOES_HERE\n",
					"MAILPACE_API_TOKEN=00000000-0000-0000-0000-000000000000\n",
					// a message id, not a token
					"mailpace_message_id=" + g.UUID() + "\n",
					// not a UUID
					"MAILPACE_API_TOKEN=" + g.Hex(32) + "\n",
				},
			}
		},
		"filebase-secret-key": func(g *fake.Gen) Cases {
			access := func() string { return g.String(fake.Digits+"ABCDEF", 20) }
			return Cases{
				Positives: []string{
					"FILEBASE_ACCESS_KEY=" + access() + "\nFILEBASE_SECRET_KEY=" + g.MixedAlnum(40) + "\n",
					"secret_key = os.getenv('FILEBASE_SECRET_KEY', '" + g.MixedAlnum(40) + "')\n",
					"filebase:\n  bucket: my-ipfs-bucket\n  access_key: " + access() + "\n  secret_key: \"" + g.MixedAlnum(40) + "\"\n",
				},
				Negatives: []string{
					// the access key is not the secret
					"FILEBASE_ACCESS_KEY=" + access() + "\n",
					// placeholders
					"FILEBASE_SECRET_KEY=your_secret\n",
					"FILEBASE_SECRET_KEY=" + strings.Repeat("X", 40) + "\n",
					// wrong length
					"FILEBASE_SECRET_KEY=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"acquia-cloud-api-secret": func(g *fake.Gen) Cases {
			secret := func() string {
				for {
					s := g.Base64Bytes(32)
					if strings.ContainsAny(s, fake.Digits) && strings.ContainsAny(s, fake.Lower) && strings.ContainsAny(s, fake.Upper) {
						return s
					}
				}
			}
			return Cases{
				Positives: []string{
					"ACQUIA_CLI_KEY=" + g.UUID() + "\nACQUIA_CLI_SECRET=" + secret() + "\n",
					"fin config set --global SECRET_ACQUIA_CLI_SECRET=\"" + secret() + "\"\n",
					"- uses: acquia/setup-runner@v1\n  with:\n    acli_key: " + g.UUID() + "\n    acli_secret: '" + secret() + "'\n",
					"$config['acquia_api_secret'] = '" + secret() + "';\n",
				},
				Negatives: []string{
					// the API key is a UUID, not the secret
					"ACQUIA_CLI_KEY=" + g.UUID() + "\n",
					// placeholders
					"ACQUIA_CLI_SECRET=\"[API Secret]\"\n",
					"ACQUIA_CLI_SECRET=" + strings.Repeat("x", 43) + "=\n",
					// wrong length
					"ACQUIA_CLI_SECRET=" + g.Base64Bytes(24) + "\n",
				},
			}
		},
		"brightcove-client-secret": func(g *fake.Gen) Cases {
			secret := func() string {
				return g.MixedAlnum(14) + g.Pick("-", "_") + g.MixedAlnum(40) + g.Pick("_", "-") + g.MixedAlnum(30)
			}
			return Cases{
				Positives: []string{
					"BRIGHTCOVE_ACCOUNT_ID=" + g.String(fake.Digits, 13) + "\nBRIGHTCOVE_CLIENT_ID=" + g.UUID() + "\nBRIGHTCOVE_CLIENT_SECRET=" + secret() + "\n",
					"brightcove:\n  client_id: " + g.UUID() + "\n  client_secret: \"" + secret() + "\"\n",
					"$brightcove = new Brightcove('" + secret() + "');\n",
				},
				Negatives: []string{
					// the client id is a UUID, not the secret
					"BRIGHTCOVE_CLIENT_ID=" + g.UUID() + "\n",
					// placeholders
					"BRIGHTCOVE_CLIENT_SECRET=your_client_secret\n",
					"BRIGHTCOVE_CLIENT_SECRET=" + strings.Repeat("x", 86) + "\n",
					// wrong length
					"BRIGHTCOVE_CLIENT_SECRET=" + g.MixedAlnum(64) + "\n",
				},
			}
		},
		"dnsimple-api-token": func(g *fake.Gen) Cases {
			account := fake.Join("dnsim", "ple_a_")
			user := fake.Join("dnsim", "ple_u_")
			body := func() string { return g.MixedAlnum(28) + g.String(fake.Digits, 2) + g.Alnum(2) }
			return Cases{
				Positives: []string{
					"DNSIMPLE_TOKEN=" + account + body() + "\nDNSIMPLE_ACCOUNT=" + g.String(fake.Digits, 6) + "\n",
					"curl -H \"Authorization: Bearer " + user + body() + "\" https://api.dnsimple.com/v2/whoami\n",
					"provider \"dnsimple\" {\n  token   = \"" + account + body() + "\"\n  account = \"123456\"\n}\n",
					"client = Dnsimple::Client.new(access_token: '" + user + body() + "')\n",
				},
				Negatives: []string{
					// placeholders and a truncated token
					"DNSIMPLE_TOKEN=" + user + "...\n",
					"DNSIMPLE_TOKEN=" + account + "your_token_here\n",
					"DNSIMPLE_TOKEN=" + account + g.MixedAlnum(20) + "\n",
					// a kind DNSimple does not issue
					"DNSIMPLE_TOKEN=" + fake.Join("dnsim", "ple_x_") + body() + "\n",
					// glued to a longer token
					"DNSIMPLE_TOKEN=" + account + body() + g.MixedAlnum(8) + "\n",
				},
			}
		},
		"hetzner-dns-api-token": func(g *fake.Gen) Cases {
			tok := func() string {
				return g.MixedAlnum(14) + g.String(fake.Digits, 2) + g.String(fake.Upper, 1) + g.String(fake.Lower, 1) + g.MixedAlnum(14)
			}
			return Cases{
				Positives: []string{
					"HETZNER_DNS_API_TOKEN=" + tok() + "\n",
					"curl -H \"Auth-API-Token: " + tok() + "\" \"https://dns.hetzner.com/api/v1/zones\"\n",
					"provider \"hetznerdns\" {\n  apitoken = \"" + tok() + "\"\n}\n",
					"- community.dns.hetzner_dns_record:\n    hetzner_token: '" + tok() + "'\n    zone_name: example.com\n",
					"export HETZNER_Token=\"" + tok() + "\"\n",
				},
				Negatives: []string{
					// wrong length (a Cloud token is 64 characters, its own rule)
					"HETZNER_DNS_TOKEN=" + g.MixedAlnum(40) + "\n",
					// placeholders
					"HETZNER_DNS_API_TOKEN=\"<token>\"\n",
					"HETZNER_DNS_API_TOKEN=" + strings.Repeat("x", 32) + "\n",
					// another vendor's header of the same name ending
					"X-CH-Auth-API-Token: " + tok() + "\n",
					// an identifier of 32 lower-case letters
					"HETZNER_DNS_ZONE=" + g.String(fake.Lower, 32) + "\n",
				},
			}
		},
		"sendpulse-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SENDPULSE_API_USER_ID=" + g.Hex(32) + "\nSENDPULSE_API_SECRET=" + g.Hex(32) + "\n",
					"sendpulse:\n  client_id: " + g.Hex(32) + "\n  client_secret: \"" + g.Hex(32) + "\"\n",
					"define('SENDPULSE_SECRET', '" + g.Hex(32) + "');\n",
				},
				Negatives: []string{
					// placeholders
					"SENDPULSE_API_SECRET=USER_SECRET\n",
					"SENDPULSE_API_SECRET=" + strings.Repeat("0", 32) + "\n",
					// wrong length and wrong alphabet
					"SENDPULSE_API_SECRET=" + g.Hex(24) + "\n",
					"SENDPULSE_API_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"sucuri-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SUCURI_API_KEY=" + g.Hex(32) + "\nSUCURI_API_SECRET=" + g.Hex(32) + "\n",
					"CONFIG = {\n    \"sucuri_api_key\":    \"" + g.Hex(32) + "\",\n    \"sucuri_api_secret\": \"" + g.Hex(32) + "\",\n}\n",
					"curl 'https://waf.sucuri.net/api?v2&k=" + g.Hex(32) + "&a=show_settings'\n",
				},
				Negatives: []string{
					// placeholders
					"SUCURI_API_SECRET=your-api-secret\n",
					"SUCURI_API_KEY=" + strings.Repeat("f", 32) + "\n",
					// wrong length and wrong alphabet
					"SUCURI_API_KEY=" + g.Hex(40) + "\n",
					"SUCURI_API_SECRET=" + g.MixedAlnum(32) + "\n",
				},
			}
		},
		"tigris-secret-access-key": func(g *fake.Gen) Cases {
			tid := fake.Join("ti", "d_")
			tsec := fake.Join("ts", "ec_")
			id := func() string { return tid + g.MixedLetters(20) + "_" + g.MixedLetters(29) }
			secret := func() string {
				return tsec + g.MixedAlnum(6) + g.Pick("+", "-", "_") + g.MixedAlnum(30) + g.String(fake.Digits, 2) + g.Pick("+", "_", "-") + g.MixedAlnum(30)
			}
			return Cases{
				Positives: []string{
					"AWS_ACCESS_KEY_ID=" + id() + "\nAWS_SECRET_ACCESS_KEY=" + secret() + "\nAWS_ENDPOINT_URL_S3=https://fly.storage.tigris.dev\n",
					"const s3 = new S3Client({\n  endpoint: 'https://t3.storage.dev',\n  credentials: {\n    accessKeyId: \"" + id() + "\",\n    secretAccessKey: \"" + secret() + "\",\n  },\n});\n",
					"access-key-id: " + id() + "\nsecret-access-key: " + secret() + "\n",
				},
				Negatives: []string{
					// placeholders
					"AWS_SECRET_ACCESS_KEY=" + tsec + "xxxxxx\n",
					"AWS_SECRET_ACCESS_KEY=" + tsec + "your_secret_key_here\n",
					"AWS_SECRET_ACCESS_KEY=" + tsec + strings.Repeat("x", 70) + "\n",
					// too short, and too long
					"AWS_SECRET_ACCESS_KEY=" + tsec + g.MixedAlnum(40) + "\n",
					"AWS_SECRET_ACCESS_KEY=" + tsec + g.MixedAlnum(80) + "\n",
				},
			}
		},
	}
}
