// Cases for the self-hosted operations rules added in the s35selfhostops
// change: notification service URLs of shoutrrr (Watchtower) and Apprise
// for Discord, Slack, Pushover and Gotify, Telegraf's InfluxDB output,
// Garage's S3 keys and RPC secret, Icinga 2 API users, PRTG passhashes,
// Netdata Cloud claiming tokens and rclone's obscured passwords.
// Every key shape is built at run time from parts, so that this file holds
// no token-shaped literal.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// s35selfhostopsCases are the cases of the rules this change adds.
func s35selfhostopsCases() map[string]Builder {
	return map[string]Builder{
		"discord-webhook-service-url": func(g *fake.Gen) Cases {
			tok := func() string { return g.String(fake.Base64URL, 68) }
			id := func() string { return "1" + g.String(fake.Digits, 18) }
			return Cases{
				Positives: []string{
					"WATCHTOWER_NOTIFICATION_URL=discord://" + tok() + "@" + id() + "\n",
					"    environment:\n      - WATCHTOWER_NOTIFICATIONS=shoutrrr\n      - WATCHTOWER_NOTIFICATION_URL=discord://" + tok() + "@" + id() + "?color=0x00ff00&title=Watchtower\n",
					"urls:\n  - discord://" + id() + "/" + tok() + "/?avatar=No\n",
					"apprise -vv -t 'Backup done' -b 'restic finished' \"discord://borgbot@" + id() + "/" + tok() + "\"\n",
					"apobj = apprise.Apprise()\napobj.add('discord://" + id() + "/" + tok() + "')\n",
				},
				Negatives: []string{
					// placeholders
					"WATCHTOWER_NOTIFICATION_URL=discord://token@webhookid\n",
					"WATCHTOWER_NOTIFICATION_URL=discord://${DISCORD_WEBHOOK_TOKEN}@${DISCORD_WEBHOOK_ID}\n",
					"- WATCHTOWER_NOTIFICATION_URL=discord://webhook_id/webhook_token\n",
					// a token too short and an id too short
					"WATCHTOWER_NOTIFICATION_URL=\"discord://" + g.Alnum(32) + "@" + id() + "\"\n",
					"WATCHTOWER_NOTIFICATION_URL=discord://" + tok() + "@" + g.String(fake.Digits, 9) + "\n",
					// another scheme glued before it
					"url = xdiscord://" + tok() + "@" + id() + "\n",
				},
			}
		},
		"slack-webhook-service-url": func(g *fake.Gen) Cases {
			team := func() string { return "T" + g.String(fake.Upper+fake.Digits, 10) }
			hook := func() string { return "B" + g.String(fake.Upper+fake.Digits, 10) }
			sec := func() string { return g.MixedAlnum(24) }
			return Cases{
				Positives: []string{
					"WATCHTOWER_NOTIFICATION_URL=slack://hook:" + team() + "-" + hook() + "-" + sec() + "@webhook?botname=watchtower\n",
					"      - WATCHTOWER_NOTIFICATION_URL=slack://watchtower@" + team() + "/" + hook() + "/" + sec() + "\n",
					"APPRISE_URLS=slack://" + team() + "/" + hook() + "/" + sec() + "/#alerts\n",
					"notify:\n  url: \"slack://" + fake.Join("xo", "xb") + ":" + g.String(fake.Digits, 12) + "-" + g.String(fake.Digits, 13) + "-" + sec() + "@C0123ABCD\"\n",
					"shoutrrr send --url 'slack://hook:" + team() + "-" + hook() + "-" + sec() + "@webhook' --message 'deploy done'\n",
				},
				Negatives: []string{
					// placeholders
					"WATCHTOWER_NOTIFICATION_URL=slack://hook:tokenA-tokenB-tokenC@webhook\n",
					"url: \"slack://hook:TOKEN-A/TOKEN-B/TOKEN-C@webhook\"\n",
					"APPRISE_URLS=slack://T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX\n",
					// a secret part too short
					"WATCHTOWER_NOTIFICATION_URL=slack://hook:" + team() + "-" + hook() + "-" + sec()[:12] + "@webhook\n",
					// lower-case ids are not Slack's
					"APPRISE_URLS=slack://" + strings.ToLower(team()) + "/" + strings.ToLower(hook()) + "/" + sec() + "\n",
				},
			}
		},
		"pushover-service-url": func(g *fake.Gen) Cases {
			key := func() string { return g.MixedAlnum(30) }
			return Cases{
				Positives: []string{
					"WATCHTOWER_NOTIFICATION_URL=pushover://shoutrrr:" + key() + "@" + key() + "/?devices=phone\n",
					"      - WATCHTOWER_NOTIFICATION_URL=pushover://shoutrrr:" + key() + "@" + key() + "/\n",
					"APPRISE_URLS=pover://" + key() + "@" + key() + "\n",
					"urls:\n  - pover://" + key() + "@" + key() + "/iphone?priority=high\n",
					"apprise -b 'disk full' 'pover://" + key() + "@" + key() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"WATCHTOWER_NOTIFICATION_URL=pushover://shoutrrr:apiToken@userKey/?devices=device1\n",
					"APPRISE_URLS=pover://user_key@token\n",
					"pushover://shoutrrr:" + strings.Repeat("x", 30) + "@" + strings.Repeat("y", 30) + "/\n",
					// wrong length
					"APPRISE_URLS=pover://" + g.MixedAlnum(24) + "@" + key() + "\n",
					// another scheme glued before it
					"url = xpover://" + key() + "@" + key() + "\n",
				},
			}
		},
		"gotify-service-url": func(g *fake.Gen) Cases {
			tok := func() string { return "A" + g.MixedAlnum(10) + g.String(fake.Alnum+"._-", 4) }
			return Cases{
				Positives: []string{
					"WATCHTOWER_NOTIFICATION_URL=gotify://gotify.example.org/" + tok() + "\n",
					"      - WATCHTOWER_NOTIFICATION_URL=gotify://push.home.lan:8080/gotify/" + tok() + "?title=Watchtower&priority=5\n",
					"APPRISE_URLS=gotifys://gotify.example.net/" + tok() + "\n",
					"urls:\n  - \"gotify://10.0.0.5/" + tok() + "\"\n",
					"apprise -b 'backup failed' gotifys://notify.example.com/" + "A" + g.MixedAlnum(22) + "\n",
				},
				Negatives: []string{
					// placeholders
					"WATCHTOWER_NOTIFICATION_URL=gotify://gotify-host/token\n",
					"gotify://test.tld/Aaa.bbb.ccc.ddd\n",
					"APPRISE_URLS=gotify://gotify.example.com/" + strings.Repeat("A", 15) + "\n",
					// a token of another kind and a wrong length
					"WATCHTOWER_NOTIFICATION_URL=gotify://gotify.example.org/" + "C" + g.MixedAlnum(14) + "\n",
					"WATCHTOWER_NOTIFICATION_URL=gotify://gotify.example.org/" + "A" + g.MixedAlnum(18) + "\n",
				},
			}
		},
		"telegraf-influxdb-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.String(fake.Base64URL, 86) + "==" }
			return Cases{
				Positives: []string{
					"[[outputs.influxdb_v2]]\n  urls = [\"http://influxdb:8086\"]\n  token = \"" + tok() + "\"\n  organization = \"home\"\n  bucket = \"telegraf\"\n",
					"[agent]\n  interval = \"10s\"\n\n[[outputs.influxdb_v2]]\n  ## The URLs of the InfluxDB cluster nodes.\n  urls = [\"https://eu-central-1-1.aws.cloud2.influxdata.com\"]\n\n  ## Token for authentication.\n  token = \"" + tok() + "\"\n\n  ## Organization is the name of the organization you wish to write to.\n  organization = \"ops\"\n",
					"cat > /etc/telegraf/telegraf.conf <<EOF\n[[outputs.influxdb_v2]]\n  urls = [\"http://127.0.0.1:8086\"]\n  token = '" + tok() + "'\n  bucket = \"metrics\"\nEOF\n",
					"config:\n  outputs:\n    - influxdb_v2:\n        urls:\n          - \"http://influxdb2.monitoring:8086\"\n        token: \"" + tok() + "\"\n        organization: \"influxdata\"\n        bucket: \"k8s\"\n",
				},
				Negatives: []string{
					// placeholders and environment references
					"[[outputs.influxdb_v2]]\n  urls = [\"http://influxdb:8086\"]\n  token = \"$INFLUX_TOKEN\"\n",
					"[[outputs.influxdb_v2]]\n  token = \"${INFLUX_TOKEN}\"\n  organization = \"my-org\"\n",
					"[[outputs.influxdb_v2]]\n  urls = [\"http://localhost:8086\"]\n  token = \"" + strings.Repeat("x", 86) + "==\"\n",
					// a shorter token
					"[[outputs.influxdb_v2]]\n  urls = [\"http://localhost:8086\"]\n  token = \"" + g.String(fake.Base64URL, 40) + "==\"\n",
					// the token of another section
					"[[outputs.influxdb_v2]]\n  urls = [\"http://localhost:8086\"]\n\n[[inputs.http]]\n  urls = [\"http://app/metrics\"]\n  token = \"" + tok() + "\"\n",
				},
			}
		},
		"garage-s3-secret-key": func(g *fake.Gen) Cases {
			kid := func() string { return fake.Join("G", "K", g.Hex(24)) }
			sec := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"AWS_ACCESS_KEY_ID=" + kid() + "\nAWS_SECRET_ACCESS_KEY=" + sec() + "\nAWS_ENDPOINT_URL=http://localhost:3900\n",
					"$ garage key create app-key\nKey name: app-key\nKey ID: " + kid() + "\nSecret key: " + sec() + "\nCan create buckets: false\n",
					"docker run --rm \\\n  -e AWS_ACCESS_KEY_ID=" + kid() + " \\\n  -e AWS_SECRET_ACCESS_KEY=" + sec() + " \\\n  amazon/aws-cli s3 ls --endpoint-url http://garage:3900\n",
					"storage:\n  s3:\n    accessKeyId: " + kid() + "\n    secretAccessKey: \"" + sec() + "\"\n",
					"{\"accessKeyId\": \"" + kid() + "\", \"secretAccessKey\": \"" + sec() + "\"}\n",
				},
				Negatives: []string{
					// placeholders
					"AWS_ACCESS_KEY_ID=GKxxxxxxxxxxxxxxxxxxxxxxxx\nAWS_SECRET_ACCESS_KEY=xxxxxxxxxxxxxxxxxxxx\n",
					"Key ID: " + kid() + "\nSecret key: " + strings.Repeat("0", 64) + "\n",
					// a secret of the wrong length
					"AWS_ACCESS_KEY_ID=" + kid() + "\nAWS_SECRET_ACCESS_KEY=" + g.Hex(40) + "\n",
					// a key id glued to a word, and a hash that is no secret
					"AWS_ACCESS_KEY_ID=X" + kid() + "\nAWS_SECRET_ACCESS_KEY=" + sec() + "\n",
					"key_id: " + kid() + "\nsha256: " + sec() + "\n",
				},
			}
		},
		"garage-rpc-secret": func(g *fake.Gen) Cases {
			sec := func() string { return g.Hex(64) }
			return Cases{
				Positives: []string{
					"metadata_dir = \"/var/lib/garage/meta\"\ndata_dir = \"/var/lib/garage/data\"\nreplication_factor = 1\nrpc_secret = \"" + sec() + "\"\nrpc_bind_addr = \"[::]:3901\"\n",
					"GARAGE_RPC_SECRET=" + sec() + "\n",
					"services.garage.settings = {\n  replication_factor = 1;\n  rpc_secret = \"" + sec() + "\";\n};\n",
					"    environment:\n      - GARAGE_RPC_SECRET=" + sec() + "\n      - GARAGE_ADMIN_TOKEN=" + sec() + "\n",
					"garage_rpc_secret: \"" + sec() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"rpc_secret = \"REPLACE_WITH_SECRET\"\n",
					"rpc_secret = \"$(openssl rand -hex 32)\"\n",
					"GARAGE_RPC_SECRET=" + strings.Repeat("0", 64) + "\n",
					// wrong length
					"rpc_secret = \"" + g.Hex(32) + "\"\n",
					// the name glued to another word
					"aria2_rpc_secret = \"" + sec() + "\"\n",
					// a node id in bootstrap_peers is public
					"bootstrap_peers = [\n  \"" + sec() + "@[fc00:1::1]:3901\",\n]\n",
				},
			}
		},
		"icinga2-api-user-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"/**\n * The ApiUser objects are used for authentication against the API.\n */\nobject ApiUser \"root\" {\n  password = \"" + g.Hex(16) + "\"\n  // client_cn = \"\"\n\n  permissions = [ \"*\" ]\n}\n",
					"object ApiUser \"icingaweb2\" {\n  password = \"" + g.MixedAlnum(20) + "\"\n  permissions = [ \"status/query\", \"actions/*\", \"objects/modify/*\", \"objects/query/*\" ]\n}\n",
					"cat > /etc/icinga2/conf.d/api-users.conf <<EOF\nobject ApiUser \"director\" {\n  password = \"" + g.MixedAlnum(24) + "\"\n  permissions = [ \"*\" ]\n}\nEOF\n",
					"object ApiUser \"dashing\" { password = \"" + g.MixedAlnum(16) + "\", permissions = [ \"*\" ] }\n",
				},
				Negatives: []string{
					// the docs' passwords and placeholders
					"object ApiUser \"root\" {\n  password = \"icinga\"\n  permissions = [ \"*\" ]\n}\n",
					"object ApiUser \"root\" {\n  password = \"mysecretapipassword\"\n  permissions = [ \"*\" ]\n}\n",
					"object ApiUser \"root\" {\n  password = \"${ICINGA_ROOT_PASSWORD}\"\n  permissions = [\"*\"]\n}\n",
					// a client certificate user has no password
					"object ApiUser \"client\" {\n  client_cn = \"icinga-agent\"\n  permissions = [ \"*\" ]\n}\n",
					// a password outside an ApiUser object
					"object User \"admin\" {\n  display_name = \"Admin\"\n}\npassword = \"" + g.MixedAlnum(20) + "\"\n",
				},
			}
		},
		"netdata-claim-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.String(fake.Base64URL, 135) }
			room := func() string { return g.UUID() }
			return Cases{
				Positives: []string{
					"wget -O /tmp/netdata-kickstart.sh https://get.netdata.cloud/kickstart.sh && sh /tmp/netdata-kickstart.sh --stable-channel --claim-token " + tok() + " --claim-rooms " + room() + " --claim-url https://app.netdata.cloud\n",
					"docker run -d --name=netdata \\\n  -e NETDATA_CLAIM_TOKEN=" + tok() + " \\\n  -e NETDATA_CLAIM_URL=https://app.netdata.cloud \\\n  -e NETDATA_CLAIM_ROOMS=" + room() + " \\\n  netdata/netdata:stable\n",
					"CLAIM_TOKEN=" + tok() + "\nROOM_ID=" + room() + "\n",
					"[global]\n  url = https://app.netdata.cloud\n  token = " + tok() + "\n  rooms = " + room() + "\n",
					"netdata:\n  claim_token: \"" + tok() + "\"\n  claim_rooms: \"" + room() + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"      - NETDATA_CLAIM_TOKEN=${NETDATA_CLAIM_TOKEN}\n",
					"sh ./kickstart.sh --claim-token xxxxxxxxxxxxxxxx --claim-rooms xxxxxxxxxxxxxx\n",
					"sh /tmp/netdata-kickstart.sh --claim-token " + strings.Repeat("x", 135) + "\n",
					// wrong length
					"NETDATA_CLAIM_TOKEN=" + g.String(fake.Base64URL, 100) + "\n",
					// the room id is no secret
					"NETDATA_CLAIM_ROOMS=" + room() + "\n",
				},
			}
		},
		"rclone-obscured-password": func(g *fake.Gen) Cases {
			obs := func() string { return g.MixedAlnum(20) + g.String(fake.Base64URL, 18) }
			return Cases{
				Positives: []string{
					"[offsite]\ntype = sftp\nhost = backup.example.internal\nuser = svc-backup\npass = " + obs() + "\nshell_type = unix\n",
					"[nas]\ntype = smb\nhost = 192.168.1.100\nuser = backup_admin\npass = " + obs() + "\n",
					"[b2-crypt]\ntype = crypt\nremote = b2:my-bucket/encrypted\nfilename_encryption = standard\ndirectory_name_encryption = true\npassword = " + obs() + "\npassword2 = " + obs() + "\n",
					"[nextcloud]\ntype = webdav\nurl = https://cloud.example.com/remote.php/dav/files/alice/\nvendor = nextcloud\nuser = alice\npass = " + obs() + "\n",
					"export RCLONE_CONFIG_MYSFTP_TYPE=sftp\nexport RCLONE_CONFIG_MYSFTP_PASS=" + obs() + "\n",
					"env:\n  RCLONE_CRYPT_PASSWORD: \"" + obs() + "\"\n",
				},
				Negatives: []string{
					// placeholders and templates
					"[sftp-backup]\ntype = sftp\nhost = 192.168.1.110\nuser = backup_user\npass = xxxxxENCRYPTEDxxxxx\n",
					"[hub]\ntype = sftp\nhost = ${RCLONE_HOST}\nuser = ${RCLONE_USER}\npass = ${RCLONE_PASSWORD}\n",
					"[crypt]\ntype = crypt\nremote = pcloud:backup\npassword = your_obscured_password_goes_here\n",
					// too short
					"[ftp]\ntype = ftp\nhost = ftp.example.com\npass = " + g.MixedAlnum(16) + "\n",
					// an S3 remote holds no obscured password
					"[minio]\ntype = s3\nprovider = Minio\naccess_key_id = minio\nsecret_access_key = " + g.MixedAlnum(40) + "\n",
					// a pass of the next section
					"[ftp]\ntype = ftp\nhost = ftp.example.com\n\n[other]\ntype = local\npass = " + obs() + "\n",
				},
			}
		},
		"prtg-passhash": func(g *fake.Gen) Cases {
			ph := func() string { return g.String("123456789", 1) + g.String(fake.Digits, 9) }
			return Cases{
				Positives: []string{
					"https://prtg.example.com/api/table.json?content=sensors&columns=objid,sensor,status&username=prtgapi&passhash=" + ph() + "\n",
					"PRTG_BASE_URL=http://prtg.example.net:8080\nPRTG_USERNAME=noc\nPRTG_PASSHASH=" + ph() + "\n",
					"$url = \"https://prtg/api/getobjectstatus.htm?id=2001&name=status&show=text&username=ufadmin&passhash=" + ph() + "\"\n",
					"prtg = PrtgClient(url='https://prtg.local', username='api', passhash='" + ph() + "')\n",
				},
				Negatives: []string{
					// placeholders
					"PRTG_PASSHASH=your_passhash\n",
					"https://prtg/api/table.json?username=admin&passhash=1234567890\n",
					"url += \"&passhash=\" + passhash\n",
					// too short and too long
					"https://prtg/api/table.json?username=admin&passhash=" + g.String(fake.Digits, 6) + "\n",
					"https://prtg/api/table.json?username=admin&passhash=" + g.String(fake.Digits, 16) + "\n",
					// a hex password hash is no passhash
					"passhash = \"" + g.Hex(32) + "\"\n",
				},
			}
		},
	}
}
