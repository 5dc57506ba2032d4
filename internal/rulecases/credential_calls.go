package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// credentialCallCases are the cases of the rules for credentials passed to
// well-known API calls (.NET, PowerShell) and for crackable or reversible
// password hashes (Kerberos, Cisco IOS).
func credentialCallCases() map[string]Builder {
	return map[string]Builder{
		"dotnet-network-credential": func(g *fake.Gen) Cases {
			pw := HumanPassword(g)
			return Cases{
				Positives: []string{
					"var client = new SmtpClient(\"smtp.acme.test\");\nclient.Credentials = new NetworkCredential(\"ops@acme.test\", \"" + pw + "\");\n",
					"$wc = New-Object System.Net.WebClient\n$wc.Credentials = New-Object System.Net.NetworkCredential('ci', '" + Passphrase(g) + "')\n",
					"handler.Credentials = new NetworkCredential(@\"ACME\\svc\", @\"" + g.MixedAlnum(20) + "\", \"ACME\");\n",
					// arguments on following lines; a user held in a variable; an
					// app password of lower-case letters only
					"client.Credentials = new NetworkCredential(\n    \"ops@acme.test\",\n    \"" + pw + "\");\n",
					"smtp.Credentials = new NetworkCredential(settings.User, \"" + g.String(fake.Lower, 16) + "\");\n",
					"$cred = New-Object System.Net.NetworkCredential -ArgumentList 'ci', '" + HumanPassword(g) + "'\n",
					"$cred = [System.Net.NetworkCredential]::new(\"ci\", \"" + HumanPassword(g) + "\")\n",
				},
				Negatives: []string{
					"client.Credentials = new NetworkCredential(user, password);\n",
					"client.Credentials = new NetworkCredential(\"ops\", Environment.GetEnvironmentVariable(\"SMTP_PASSWORD\"));\n",
					"client.Credentials = new NetworkCredential(\"ops\", \"${SMTP_PASSWORD}\");\n",
					"client.Credentials = new NetworkCredential(\"ops\", \"password\");\n",
					"$cred = New-Object System.Net.NetworkCredential('ci', $env:CI_PASSWORD)\n",
					"ICredentials creds = CredentialCache.DefaultNetworkCredentials;\n",
				},
			}
		},
		"dotnet-directory-entry-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"var root = new DirectoryEntry(\"LDAP://dc01.acme.test/DC=acme,DC=test\", \"ACME\\\\svc-ldap\", \"" + HumanPassword(g) + "\");\n",
					"using var entry = new DirectoryEntry(@\"LDAP://OU=Users,DC=acme,DC=test\", @\"svc\", @\"" + Passphrase(g) + "\", AuthenticationTypes.Secure);\n",
					// PowerShell, arguments on following lines, a path held in a variable
					"$domain = New-Object DirectoryServices.DirectoryEntry(\"LDAP://10.0.0.10\",\"acme\\svc\", \"" + HumanPassword(g) + "\")\n",
					"var entry = new DirectoryEntry(\"LDAP://ACME.TEST\",\n          \"svc-hr@ACME.TEST\",\n          \"" + HumanPassword(g) + "\");\n",
					"var entry = new DirectoryEntry(ldapPath, \"svc\", \"" + HumanPassword(g) + "\");\n",
					"$root = New-Object System.DirectoryServices.DirectoryEntry -ArgumentList 'LDAP://dc01', 'svc', '" + HumanPassword(g) + "'\n",
				},
				Negatives: []string{
					"var root = new DirectoryEntry(\"LDAP://dc01.acme.test\", user, password);\n",
					"var root = new DirectoryEntry(\"LDAP://dc01.acme.test\", \"svc\", \"<password>\");\n",
					"$domain = New-Object DirectoryServices.DirectoryEntry(\"LDAP://10.0.0.10\",\"acme\\user\", \"secret\")\n",
					"$root = New-Object DirectoryServices.DirectoryEntry($path, $user, $password)\n",
				},
			}
		},
		"powershell-plaintext-securestring": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"$secure = ConvertTo-SecureString \"" + HumanPassword(g) + "\" -AsPlainText -Force\n$cred = New-Object PSCredential('ACME\\svc', $secure)\n",
					"$pw = ConvertTo-SecureString -String '" + Passphrase(g) + "' -AsPlainText -Force\n",
				},
				Negatives: []string{
					"$secure = ConvertTo-SecureString $env:SVC_PASSWORD -AsPlainText -Force\n",
					"$secure = ConvertTo-SecureString \"$Password\" -AsPlainText -Force\n",
					"$secure = Read-Host -AsSecureString\n",
				},
			}
		},
		"kerberos-roastable-hash": func(g *fake.Gen) Cases {
			asrep := fake.Join("$krb5", "asrep$23$svc-backup@ACME.TEST:", g.Hex(32), "$", g.Hex(232))
			tgs := fake.Join("$krb5", "tgs$23$*sqlsvc$ACME.TEST$MSSQLSvc/db01.acme.test:1433*$", g.Hex(32), "$", g.Hex(600))
			return Cases{
				Positives: []string{
					"# GetNPUsers output\n" + asrep + "\n",
					"hashes:\n  - user: sqlsvc\n    hash: \"" + tgs + "\"\n",
				},
				Negatives: []string{
					"hashcat -m 18200 asrep.txt rockyou.txt  # mode for $krb5asrep$23$ hashes\n",
					fake.Join("$krb5", "asrep$23$user@ACME.TEST:", g.Hex(32), "$", g.Hex(20)) + "\n",
				},
			}
		},
		"cisco-type7-password": func(g *fake.Gen) Cases {
			enc := "0" + g.String("23456789", 1) + strings.ToUpper(g.Hex(20))
			return Cases{
				Positives: []string{
					"hostname edge-01\n!\nusername admin privilege 15 password 7 " + enc + "\n!\n",
					"line vty 0 4\n password 7 " + enc + "\n login\n",
				},
				Negatives: []string{
					"username admin privilege 15 password 0 \n",
					"The password 7 characters long is too short.\n",
					"username admin password 7 " + strings.ToUpper(g.Hex(2)) + "\n",
				},
			}
		},
		"cisco-password-hash": func(g *fake.Gen) Cases {
			crypt := "./" + fake.Digits + fake.Upper + fake.Lower
			return Cases{
				Positives: []string{
					"enable secret 9 " + fake.Join("$9", "$", g.String(crypt, 14), "$", g.String(crypt, 43)) + "\n",
					"username netops privilege 15 secret 8 " + fake.Join("$8", "$", g.String(crypt, 14), "$", g.String(crypt, 43)) + "\n",
					"enable secret 5 " + fake.Join("$1", "$", g.String(crypt, 4), "$", g.String(crypt, 22)) + "\n",
				},
				Negatives: []string{
					"enable secret 9 " + fake.Join("$9", "$", g.String(crypt, 14), "$", g.String(crypt, 20)) + "\n",
					"enable algorithm-type scrypt secret <password>\n",
				},
			}
		},
	}
}
