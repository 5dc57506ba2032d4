package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// s24callsCases are the cases of the rules added for credentials written
// into API calls and commands: positional passwords of database drivers,
// mail and FTP logins, credentials objects, LDAP binds, chpasswd, and the
// Go MySQL DSN.
func s24callsCases() map[string]Builder {
	return map[string]Builder{
		"db-client-call-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"Connection conn = DriverManager.getConnection(\"jdbc:mysql://db.acme.test:3306/shop\", \"app\", \"" + HumanPassword(g) + "\");\n",
					"Connection c = DriverManager.getConnection(\n    url,\n    \"report\",\n    \"" + g.MixedAlnum(14) + "\");\n",
					"<?php\n$pdo = new PDO('mysql:host=db;dbname=shop', 'shop', '" + HumanPassword(g) + "');\n",
					"<?php\n$link = mysqli_connect(DB_HOST, \"app\", \"" + Passphrase(g) + "\", \"shop\");\n",
					"<?php\n$db = new mysqli(\"localhost\", \"shop\", \"" + g.MixedAlnum(12) + "\", \"shop\");\n",
					"mysqli_real_connect($link, 'db.acme.test', 'app', '" + HumanPassword(g) + "', 'shop');\n",
					"const sequelize = new Sequelize('shop', 'app', '" + HumanPassword(g) + "', { host: 'db', dialect: 'mysql' });\n",
					"conn = cx_Oracle.connect(\"hr\", \"" + HumanPassword(g) + "\", \"db01.acme.test/ORCLPDB1\")\n",
					"conn = oracledb.connect(user=\"hr\", password=\"" + g.MixedAlnum(14) + "\", dsn=dsn)\n",
				},
				Negatives: []string{
					"Connection c = DriverManager.getConnection(url, user, password);\n",
					"Connection c = DriverManager.getConnection(url, \"app\", System.getenv(\"DB_PASSWORD\"));\n",
					"$pdo = new PDO($dsn, 'shop', getenv('DB_PASS'));\n",
					"$link = mysqli_connect('localhost', 'root', 'password', 'shop');\n",
					"$link = mysqli_connect('localhost', 'root', '$DB_PASSWORD', 'shop');\n",
					"const sequelize = new Sequelize('shop', 'app', '<password>', { dialect: 'mysql' });\n",
					"conn = cx_Oracle.connect(\"hr/" + g.MixedAlnum(12) + "@db01\")\n",
				},
			}
		},
		"client-login-call-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"import smtplib\n\nserver = smtplib.SMTP_SSL('smtp.acme.test', 465)\nserver.login(\"alerts@acme.test\", \"" + HumanPassword(g) + "\")\n",
					"m = imaplib.IMAP4_SSL('imap.acme.test')\nm.login('reports@acme.test', '" + g.MixedAlnum(16) + "')\n",
					"ftp = FTP('ftp.acme.test')\nftp.login(user=\"deploy\", passwd=\"" + Passphrase(g) + "\")\n",
					"auth := smtp.PlainAuth(\"\", \"alerts@acme.test\", \"" + HumanPassword(g) + "\", \"smtp.acme.test\")\n",
					"const transporter = nodemailer.createTransport({\n  host: 'smtp.acme.test',\n  auth: {\n    user: 'alerts@acme.test',\n    pass: '" + HumanPassword(g) + "'\n  }\n});\n",
				},
				Negatives: []string{
					"server = smtplib.SMTP('smtp.acme.test', 587)\nserver.login(SMTP_USER, SMTP_PASSWORD)\n",
					"server = smtplib.SMTP('smtp.acme.test', 587)\nserver.login('alerts@acme.test', os.environ['SMTP_PASSWORD'])\n",
					"auth := smtp.PlainAuth(\"\", \"alerts@acme.test\", \"password\", \"smtp.acme.test\")\n",
					"transporter = nodemailer.createTransport({ auth: { user: 'alerts@acme.test', pass: process.env.SMTP_PASS } });\n",
					"client.login('admin', '" + HumanPassword(g) + "')\n",
				},
			}
		},
		"credentials-object-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"credentials = pika.PlainCredentials('app', '" + HumanPassword(g) + "')\n",
					"        return new PasswordAuthentication(\"alerts@acme.test\", \"" + g.MixedAlnum(16) + "\");\n",
					"return new PasswordAuthentication(\"proxyuser\", \"" + HumanPassword(g) + "\".toCharArray());\n",
					"provider.setCredentials(AuthScope.ANY, new UsernamePasswordCredentials(\"deploy\", \"" + Passphrase(g) + "\"));\n",
				},
				Negatives: []string{
					"credentials = pika.PlainCredentials('guest', 'guest')\n",
					"credentials = pika.PlainCredentials(user, os.environ['RABBIT_PASSWORD'])\n",
					"return new PasswordAuthentication(username, password.toCharArray());\n",
					"new UsernamePasswordCredentials(\"deploy\", \"${NEXUS_PASSWORD}\")\n",
				},
			}
		},
		"ldap-bind-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"conn = ldap.initialize('ldap://dc01')\nconn.simple_bind_s('cn=admin,dc=acme,dc=test', '" + HumanPassword(g) + "')\n",
					"if err := l.Bind(\"uid=svc,ou=apps,dc=acme,dc=test\", \"" + g.MixedAlnum(16) + "\"); err != nil {\n",
					"<?php\n$ok = ldap_bind($ds, \"svc_web@acme.test\", \"" + HumanPassword(g) + "\");\n",
					"env.put(Context.SECURITY_CREDENTIALS, \"" + Passphrase(g) + "\");\n",
					"env.put(\"java.naming.security.credentials\", \"" + HumanPassword(g) + "\");\n",
				},
				Negatives: []string{
					"const handler = this.onClick.bind(this, \"" + g.MixedAlnum(12) + "\");\n",
					"conn.simple_bind_s(bind_dn, bind_password)\n",
					"l.Bind(\"cn=admin,dc=acme,dc=test\", os.Getenv(\"LDAP_PASSWORD\"))\n",
					"env.put(Context.SECURITY_CREDENTIALS, \"secret\");\n",
				},
			}
		},
		"cli-chpasswd-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"echo \"deploy:" + HumanPassword(g) + "\" | chpasswd\n",
					"RUN echo 'root:" + g.MixedAlnum(14) + "' | chpasswd\n",
					"echo " + g.MixedAlnum(12) + " | passwd --stdin deploy\n",
					"echo -e \"" + URLPassword(g) + "\\n" + URLPassword(g) + "\" | sudo passwd ubuntu\n",
				},
				Negatives: []string{
					"echo \"deploy:$DEPLOY_PASSWORD\" | chpasswd\n",
					"echo \"root:root\" | chpasswd\n",
					"echo 'deploy:<password>' | chpasswd\n",
					"cat users.txt | chpasswd\n",
				},
			}
		},
		"cli-remote-tool-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"rdesktop -u Administrator -p " + g.MixedAlnum(14) + " 10.0.0.8\n",
					"plink -ssh deploy@app01 -pw " + g.MixedAlnum(12) + " \"uptime\"\r\n",
					"pscp -pw \"" + HumanPassword(g) + "\" build.zip deploy@app01:/opt/\r\n",
					"lftp -u deploy," + g.MixedAlnum(13) + " sftp://files.acme.test -e \"mirror -R dist /www; quit\"\n",
					"lftp -e 'put site.tgz; bye' -u deploy,'" + HumanPassword(g) + "' ftp.acme.test\n",
					"ipmitool -I lanplus -H 10.0.0.20 -U ADMIN -P " + g.MixedAlnum(12) + " chassis power status\n",
					"cqlsh cass01 9042 -u cassandra -p '" + HumanPassword(g) + "'\n",
					"snmpwalk -v3 -l authPriv -u monitor -a SHA -A " + g.MixedAlnum(14) + " -x AES -X " + g.MixedAlnum(14) + " 10.0.0.1\n",
					"java -jar jenkins-cli.jar -s https://ci.acme.test/ -auth admin:" + g.MixedAlnum(14) + " build deploy\n",
					"mc alias set backup https://minio.acme.test backupuser " + g.MixedAlnum(20) + "\n",
					"C:\\tools> mc.exe alias set backup https://minio.acme.test backupuser " + g.MixedAlnum(20) + "\r\n",
					"isql -v PRODDSN app " + g.MixedAlnum(12) + "\n",
				},
				Negatives: []string{
					"rdesktop -u Administrator -p - 10.0.0.8 < pw.txt\n",
					"java -jar jenkins-cli.jar -s https://ci.acme.test/ -auth @/run/secrets/jenkins build deploy\n",
					"lftp -u deploy,$FTP_PASSWORD ftp.acme.test\n",
					"ipmitool -I lanplus -H 10.0.0.20 -U ADMIN -E chassis power status\n",
					"mc alias set backup https://minio.acme.test $MINIO_USER $MINIO_PASSWORD\n",
					"plink -ssh deploy@app01 -pw %DEPLOY_PW% uptime\r\n",
					"snmpwalk -v2c -c public 10.0.0.1 system\n",
					"isql -v PRODDSN\n",
				},
			}
		},
		"mysql-go-dsn-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"db, err := sql.Open(\"mysql\", \"app:" + URLPassword(g) + "@tcp(db.acme.test:3306)/shop?parseTime=true\")\n",
					"MYSQL_DSN=report:" + g.MixedAlnum(16) + "@tcp(127.0.0.1:3306)/analytics\n",
					"dsn: \"backup:" + g.MixedAlnum(14) + "@unix(/var/run/mysqld/mysqld.sock)/app\"\n",
				},
				Negatives: []string{
					"db, err := sql.Open(\"mysql\", \"app@tcp(db.acme.test:3306)/shop\")\n",
					"dsn := fmt.Sprintf(\"%s:%s@tcp(%s)/%s\", user, pass, host, name)\n",
					"MYSQL_DSN=app:${MYSQL_PASSWORD}@tcp(db:3306)/shop\n",
					"MYSQL_DSN=root:password@tcp(localhost:3306)/test\n",
				},
			}
		},
	}
}

// s24callsWidenedCases are more cases of existing rules widened for the
// same contexts: more command-line tools, net use with the password
// first, Wi-Fi commands, vault login, Hibernate <property>, and the
// placeholders three older rules used to report.
func s24callsWidenedCases() map[string]Builder {
	return map[string]Builder{
		"cli-tool-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export SSHPASS='" + HumanPassword(g) + "'\nsshpass -e ssh deploy@10.0.0.5\n",
					"smbclient //fs01.acme.test/data -U 'ACME\\svc_backup%" + HumanPassword(g) + "' -c 'ls'\n",
					"smbclient //fs01/data --user=backup%" + g.MixedAlnum(14) + " -c 'ls'\n",
					"ssh-keygen -t ed25519 -N '" + HumanPassword(g) + "' -f ~/.ssh/deploy_key\n",
					"openssl enc -aes-256-cbc -salt -in backup.tar -out backup.tar.enc -k " + g.MixedAlnum(16) + "\n",
				},
				Negatives: []string{
					"export SSHPASS=\"$DEPLOY_PASSWORD\"\n",
					"ssh-keygen -t ed25519 -N '' -f ~/.ssh/id_ed25519\n",
					"ssh-keygen -t rsa -b 4096 -N \"\" -C ci@acme.test\n",
					"openssl enc -aes-256-cbc -in backup.tar -out backup.tar.enc -kfile /run/secrets/backup\n",
				},
			}
		},
		"cli-admin-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"winrs -r:srv01 -u:ACME\\admin -p:" + HumanPassword(g) + " ipconfig /all\r\n",
					"winrs /r:https://srv01:5986 /u:deploy /p:\"" + g.MixedAlnum(14) + "\" hostname\r\n",
				},
				Negatives: []string{
					"winrs -r:srv01 -u:ACME\\admin -p:%ADMIN_PASSWORD% ipconfig\r\n",
					"winrs -r:srv01 ipconfig /all\r\n",
				},
			}
		},
		"net-use-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"net use \\\\fs01\\share " + HumanPassword(g) + " /user:ACME\\svc_backup /persistent:no\r\n",
					"NET USE Z: \"\\\\fs01\\team data\" " + g.MixedAlnum(14) + " /USER:ACME\\svc\r\n",
				},
				Negatives: []string{
					"net use \\\\fs01\\share * /user:ACME\\svc_backup\r\n",
					"net use \\\\fs01\\share %SHARE_PASSWORD% /user:ACME\\svc_backup\r\n",
					"net use Z: \\\\fs01\\share /delete /y\r\n",
				},
			}
		},
		"network-psk": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"wpa_passphrase \"Office-5G\" " + g.MixedAlnum(16) + " >> /etc/wpa_supplicant/wpa_supplicant.conf\n",
					"nmcli dev wifi connect \"Office-5G\" password \"" + Passphrase(g) + "\"\n",
					"nmcli con modify Office wifi-sec.key-mgmt wpa-psk wifi-sec.psk " + g.MixedAlnum(14) + "\n",
					"iwconfig wlan0 essid Office key s:" + g.MixedAlnum(13) + "\n",
				},
				Negatives: []string{
					"wpa_passphrase \"Office-5G\" \"$WIFI_PSK\"\n",
					"nmcli dev wifi connect \"Office-5G\" password <password>\n",
					"nmcli --ask dev wifi connect \"Office-5G\"\n",
					"iwconfig wlan0 key off\n",
				},
			}
		},
		"vault-legacy-token": func(g *fake.Gen) Cases {
			tok := func() string { return "s." + g.Alnum(20) + "7q" + g.Alnum(2) }
			return Cases{
				Positives: []string{
					"vault login " + tok() + "\n",
					"vault login -address=https://vault.acme.test:8200 " + tok() + "\n",
				},
				Negatives: []string{
					"vault login -method=userpass username=deploy\n",
					"vault login s." + g.Alnum(10) + "\n",
				},
			}
		},
		"xml-named-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<session-factory>\n  <property name=\"hibernate.connection.password\">" + HumanPassword(g) + "</property>\n</session-factory>\n",
					"<bean id=\"ds\" class=\"org.apache.commons.dbcp2.BasicDataSource\">\n  <property name=\"password\"><value>" + g.MixedAlnum(14) + "</value></property>\n</bean>\n",
				},
				Negatives: []string{
					"<property name=\"hibernate.connection.password\">${db.password}</property>\n",
					"<property name=\"hibernate.connection.username\">" + g.MixedAlnum(12) + "</property>\n",
				},
			}
		},
		"vmware-viserver-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"Connect-VIServer -Server vc01 -User root -Password " + HumanPassword(g) + "\n",
					// the flag says what the value is: one word is a password too
					"Connect-VIServer -Server vc01 -User root -Password " + g.String(fake.Lower, 9) + "\n",
				},
				Negatives: []string{
					"Connect-VIServer -Server vc01.corp.local -User administrator@vsphere.local -Password password\n",
					"Connect-VIServer -Server vc01 -User root -Password %VC_PASSWORD%\n",
				},
			}
		},
		"psexec-credentials": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"psexec \\\\srv01 -u ACME\\admin -p " + HumanPassword(g) + " cmd /c ipconfig\n",
					"system(\"psexec \\\\\\\\10.0.3.7 -u Administrator -p " + g.String(fake.Lower, 8) + " shutdown -r\");\n",
				},
				Negatives: []string{
					"psexec \\\\srv01 -u ACME\\admin -p password cmd /c ipconfig\n",
					"psexec \\\\srv01 -u ACME\\admin -p changeme cmd\n",
					"psexec \\\\srv01 -u ACME\\admin -p $Password -i calc.exe\n",
				},
			}
		},
		"phpmailer-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<?php\n$mail->Password = '" + HumanPassword(g) + "';\n",
					"<?php\n$mail->Password = '" + g.String(fake.Lower, 10) + "';\n",
				},
				Negatives: []string{
					"<?php\n$mail->Password = 'password';\n",
					"<?php\n$mail->Password = 'changeme';\n",
				},
			}
		},
	}
}
