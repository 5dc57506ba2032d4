package rulecases

import (
	"github.com/keysieve/keysieve/internal/fake"
)

// s28genericCases are the cases of the device and client configuration
// rules of session 28: SNMP community strings and v3 passphrases, and
// OpenVPN's inline credentials.
func s28genericCases() map[string]Builder {
	return map[string]Builder{
		"snmp-community-string": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"hostname edge-1\n!\nsnmp-server community " + g.MixedAlnum(16) + " RO 10\nsnmp-server location dc1\n",
					"snmp-server community " + g.MixedAlnum(12) + " view all RW\n",
					"# /etc/snmp/snmpd.conf\nrocommunity " + g.MixedAlnum(14) + " 10.0.0.0/8\n",
					"rwcommunity6 " + g.MixedAlnum(18) + " fd00::/8\n",
				},
				Negatives: []string{
					"snmp-server community public RO\n",
					"rocommunity private 127.0.0.1\n",
					"rocommunity ${SNMP_COMMUNITY} default\n",
					"# set rocommunity to your community string\n",
					"snmp-server community-map acme context acme\n",
				},
			}
		},
		"snmpv3-user-passphrase": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"createUser acme SHA \"" + g.MixedAlnum(16) + "\" AES \"" + g.MixedAlnum(16) + "\"\nrouser acme priv\n",
					"createUser -e 0x8000000001020304 monitor SHA-256 " + g.MixedAlnum(20) + " AES " + g.MixedAlnum(20) + "\n",
					"snmp-server user nms NMSGROUP v3 auth sha " + g.MixedAlnum(14) + " priv aes 128 " + g.MixedAlnum(14) + "\n",
				},
				Negatives: []string{
					"createUser acme SHA \"${SNMP_AUTH_PASS}\" AES \"${SNMP_PRIV_PASS}\"\n",
					"snmp-server user nms NMSGROUP v3\n",
					"createUser acme SHA \"<authpass>\" AES \"<privpass>\"\n",
					"# createUser username (MD5|SHA) authpassphrase [DES|AES]\n",
				},
			}
		},
		"openvpn-inline-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"client\ndev tun\nremote vpn.acme.test 1194\n<auth-user-pass>\nacme-deploy\n" + g.MixedAlnum(16) + "\n</auth-user-pass>\n",
					"<auth-user-pass>\r\nops@acme.test\r\n" + g.MixedAlnum(12) + "#" + g.MixedAlnum(4) + "\r\n</auth-user-pass>\r\n",
					"  <auth-user-pass>\n  backup\n  " + g.MixedAlnum(20) + "\n  </auth-user-pass>\n",
				},
				Negatives: []string{
					"auth-user-pass credentials.txt\n",
					"<auth-user-pass>\nUSERNAME\nPASSWORD\n</auth-user-pass>\n",
					"<auth-user-pass>\nacme\n${VPN_PASSWORD}\n</auth-user-pass>\n",
					"<auth-user-pass>\n</auth-user-pass>\n",
				},
			}
		},
	}
}
