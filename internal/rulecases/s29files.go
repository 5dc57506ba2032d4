package rulecases

import "github.com/keysieve/keysieve/internal/fake"

// s29filesCases are the cases of the credential files and scripts read in
// session 29: cloud-init's chpasswd list, pppd's chap-secrets, davfs2's
// secrets, passwords piped into sudo -S and ftp here-documents.
func s29filesCases() map[string]Builder {
	return map[string]Builder{
		"cloud-init-chpasswd-list": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"#cloud-config\nchpasswd:\n  list: |\n    root:" + HumanPassword(g) + "\n  expire: False\n",
					"chpasswd:\n  expire: false\n  list: |\n    ubuntu:" + g.MixedAlnum(14) + "\n",
					"#cloud-config\nssh_pwauth: true\nchpasswd:\n  list: |\n    root:RANDOM\n    deploy:" + Passphrase(g) + "\n",
				},
				Negatives: []string{
					// cloud-init makes the password
					"chpasswd:\n  list: |\n    root:RANDOM\n    ubuntu:R\n",
					// a hash, set with chpasswd -e
					"chpasswd:\n  encrypted: true\n  list: |\n    root:$6$" + g.Alnum(8) + "$" + g.Alnum(43) + "\n",
					// the newer users: form names its password field, read by the generic rules
					"chpasswd:\n  users:\n    - name: root\n      type: RANDOM\n",
				},
			}
		},
		"ppp-chap-pap-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n\"bob\"\t*\t\"" + HumanPassword(g) + "\"\t*\n",
					"# Secrets for authentication using PAP\n# client\tserver\tsecret\t\t\tIP addresses\nvpnuser pptpd " + g.MixedAlnum(12) + " *\n",
					"# client        server  secret                  IP addresses\nalice * " + Passphrase(g) + " 10.0.0.2\n",
				},
				Negatives: []string{
					// the header alone, as Debian ships it
					"# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\n",
					// a secret that is a placeholder
					"# Secrets for authentication using CHAP\n# client\tserver\tsecret\t\t\tIP addresses\nusername * password *\n",
					// the same columns with no pppd header
					"bob * " + g.MixedAlnum(12) + " *\n",
					// an assignment below the header's words is not a line of the file
					"# Secrets for authentication using CHAP\nsecret = '" + g.MixedAlnum(12) + "'\n",
				},
			}
		},
		"davfs2-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"# davfs2 secrets file\nhttps://cloud.acme.test/remote.php/webdav alice " + HumanPassword(g) + "\n",
					"/mnt/webdav bob \"" + Passphrase(g) + "\"\n",
					"https://dav.acme.test/dav/ deploy " + g.MixedAlnum(16) + "\n",
				},
				Negatives: []string{
					"# davfs2 secrets file\n# https://webdav.example.com/ user password\n",
					"https://cloud.acme.test/remote.php/webdav alice changeme\n",
					"mount -t davfs https://cloud.acme.test/webdav /mnt/dav\n",
				},
			}
		},
		"cli-sudo-stdin-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"echo \"" + HumanPassword(g) + "\" | sudo -S apt-get update\n",
					"echo '" + Passphrase(g) + "' | sudo -k -S systemctl restart nginx\n",
					"printf '%s\\n' " + g.MixedAlnum(12) + " | sudo -S -u postgres psql\n",
				},
				Negatives: []string{
					"echo $SUDO_PASSWORD | sudo -S apt-get update\n",
					"echo \"" + HumanPassword(g) + "\" | sudo tee /etc/motd\n",
					"echo password | sudo -S whoami\n",
				},
			}
		},
		"generic-env-tagged-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"const client = new Widget({ region: \"eu\", value: \"" + fake.Join("zqx", "_live_") + g.MixedAlnum(32) + "\" });\n",
					"curl -H \"X-Widget: " + fake.Join("wdg", "_pat_") + g.MixedAlnum(40) + "\" https://api.widget.test/v1\n",
					"WIDGET=" + fake.Join("wdg_sk", "_test_") + g.MixedAlnum(28) + "\n",
					"  token: " + fake.Join("acmeio", "_sandbox_") + g.MixedAlnum(36) + "\n",
				},
				Negatives: []string{
					// identifiers, hex ids and placeholders of the same shape
					"def " + fake.Join("run", "_test_") + "handles_missing_configuration_values():\n",
					"id: " + fake.Join("evt", "_test_") + g.Hex(32) + "\n",
					"KEY=" + fake.Join("zqx", "_live_") + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"url: https://cdn.widget.test/" + fake.Join("img", "_prod_") + g.MixedAlnum(32) + ".png\n",
				},
			}
		},
		"generic-sk-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"client = OpenAI(base_url=\"https://llm.widget.test/v1\", api_key=\"" + fake.Join("s", "k-") + g.Hex(32) + "\")\n",
					"curl https://llm.widget.test/v1/chat -H \"X-Widget: " + fake.Join("s", "k-wdg-") + g.MixedAlnum(40) + "\"\n",
					"  value: " + fake.Join("s", "k-") + g.MixedAlnum(48) + "\n",
				},
				Negatives: []string{
					// CSS, file names, placeholders and words
					".icon { mask-image: url(" + fake.Join("dis", "k-") + g.Hex(32) + ".svg); }\n",
					"OPENAI_API_KEY=" + fake.Join("s", "k-") + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n",
					"path: /tmp/" + fake.Join("s", "k-") + g.Hex(32) + ".log\n",
					"id: " + fake.Join("s", "k-") + g.String(fake.Lower, 36) + "\n",
				},
			}
		},
		"ftp-script-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"ftp -n ftp.acme.test <<END\nuser deploy " + HumanPassword(g) + "\nbinary\nput site.tgz\nquit\nEND\n",
					"ftp -inv $HOST << EOF\nuser backup " + g.MixedAlnum(12) + "\ncd /in\nmput *.csv\nbye\nEOF\n",
					"ftp -n 10.0.0.5 <<'SCRIPT'\nquote USER deploy\nquote PASS " + Passphrase(g) + "\nput a.txt\nSCRIPT\n",
				},
				Negatives: []string{
					"ftp -n ftp.acme.test <<END\nuser deploy $FTP_PASSWORD\nput site.tgz\nEND\n",
					"ftp -n ftp.acme.test <<END\nuser anonymous guest@\nget README\nEND\n",
					"user deploy " + HumanPassword(g) + "\n",
				},
			}
		},
	}
}

// s29filesWidenedCases are more cases of generic-secret: the cells of a
// table whose header names a credential column.
func s29filesWidenedCases() map[string]Builder {
	return map[string]Builder{
		"generic-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"username,email,password\nadmin,admin@acme.test," + g.MixedAlnum(14) + "\n",
					"INSERT INTO users (name, email, password) VALUES ('admin', 'admin@acme.test', '" + g.MixedAlnum(10) + "#" + g.MixedAlnum(4) + "');\n",
					"INSERT INTO `service_accounts` (`id`, `api_token`) VALUES\n  (1, '" + g.MixedAlnum(32) + "');\n",
				},
				Negatives: []string{
					"username,password_hash\nadmin," + g.MixedAlnum(14) + "\n",
					"INSERT INTO users (name, password) VALUES ('admin', '$2y$10$" + g.String(fake.Base64URL, 53) + "');\n",
					"username,password\nadmin," + g.Hex(32) + "\n",
				},
			}
		},
	}
}
