// Cases for the regional cloud, hosting and DNS rules added in the
// s26regional change: Leaseweb, DNS Made Easy, Constellix, 3DS OUTSCALE,
// QingCloud, Timeweb Cloud, Hostinger, Kamatera, Njalla and DNSPod. Every key shape is built at run time from
// parts, so that this file holds no token-shaped literal.

package rulecases

import (
	"encoding/base64"
	"fmt"
	"hash/crc32"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// timewebToken returns a token shaped like a Timeweb Cloud API token: the
// fixed RS512 header with Timeweb's key id, api_key claims and a signature
// of sig base64url characters (512 in a real token).
func timewebToken(g *fake.Gen, kid string, sig int) string {
	enc := base64.RawURLEncoding
	header := `{"alg":"RS512","typ":"JWT","kid":"` + kid + `"}`
	claims := `{"user":"` + g.Pick("ab", "cd", "pt", "zq") + g.String(fake.Digits, 6) +
		`","type":"api_key","api_key_id":"` + g.UUID() + `","iat":17` + g.String(fake.Digits, 8) + `}`
	return enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(claims)) + "." + g.String(fake.Base64URL, sig)
}

// hostingerToken returns a token shaped like a Hostinger API token: 40
// letters and digits and the lower-case hex CRC32 of them.
func hostingerToken(g *fake.Gen) string {
	body := g.MixedAlnum(40)
	return body + fmt.Sprintf("%08x", crc32.ChecksumIEEE([]byte(body)))
}

// s26regionalCases are the cases of the rules this change adds.
func s26regionalCases() map[string]Builder {
	return map[string]Builder{
		"leaseweb-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"LEASEWEB_API_KEY=" + g.UUID() + "\n",
					"curl --request GET --url https://api.leaseweb.com/bareMetals/v2/servers \\\n  --header 'X-LSW-Auth: " + g.UUID() + "'\n",
					"leaseweb:\n  api_key: \"" + g.UUID() + "\"\n  location: AMS-01\n",
					"$ch = curl_init();\ncurl_setopt($ch, CURLOPT_HTTPHEADER, array(\"X-Lsw-Auth: " + g.UUID() + "\"));\n",
				},
				Negatives: []string{
					// the docs' placeholder and a truncated key
					"LEASEWEB_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					"LEASEWEB_API_KEY=" + g.UUID()[:30] + "\n",
					// a server id next to the name is no key
					"LEASEWEB_SERVER_ID=" + g.UUID() + "\n",
					// a variable, not a value
					"--header \"X-LSW-Auth: ${LEASEWEB_API_KEY}\"\n",
				},
			}
		},
		"dnsmadeeasy-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"DNSMADEEASY_API_KEY=" + g.UUID() + "\nDNSMADEEASY_API_SECRET=" + g.UUID() + "\n",
					"provider \"dme\" {\n  api_key    = \"" + g.UUID() + "\"\n  secret_key = var.dme_secret_key # dme\n}\nDME_SECRET_KEY=\"" + g.UUID() + "\"\n",
					"curl -s -H \"x-dnsme-apiKey: " + g.UUID() + "\" -H \"x-dnsme-hmac: " + g.Hex(40) + "\" https://api.dnsmadeeasy.com/V2.0/dns/managed\n",
					"dnsmadeeasy:\n  secret_key: '" + g.UUID() + "'\n",
				},
				Negatives: []string{
					// placeholders
					"DNSMADEEASY_API_KEY=xxxxxx\nDNSMADEEASY_API_SECRET=yyyyy\n",
					"DNSMADEEASY_API_KEY=your-api-key\n",
					// a domain id is no key
					"DNSMADEEASY_DOMAIN_ID=" + g.UUID() + "\n",
					// the HMAC of the request date is not the secret
					"-H \"x-dnsme-hmac: " + g.Hex(40) + "\"\n",
				},
			}
		},
		"constellix-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"CONSTELLIX_API_KEY=" + g.UUID() + "\nCONSTELLIX_SECRET_KEY=" + g.UUID() + "\n",
					"self.session.headers.update({'x-cnsdns-apiKey': '" + g.UUID() + "'})\n",
					"provider \"constellix\" {\n  apikey    = \"" + g.UUID() + "\"\n}\n",
					"{\"constellix\": {\"secret_key\": \"" + g.UUID() + "\"}}\n",
				},
				Negatives: []string{
					// the docs' placeholder
					"CONSTELLIX_API_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
					// a domain id and a pool id are no keys
					"CONSTELLIX_DOMAIN_ID=" + g.UUID() + "\n",
					// not a UUID
					"CONSTELLIX_SECRET_KEY=" + g.Hex(32) + "\n",
					// the header's HMAC
					"'x-cnsdns-hmac': '" + g.Base64Bytes(20) + "'\n",
				},
			}
		},
		"outscale-secret-key": func(g *fake.Gen) Cases {
			ak := func() string { return g.String(fake.Upper+fake.Digits, 20) }
			sk := func() string { return g.String(fake.Upper+fake.Digits, 40) }
			return Cases{
				Positives: []string{
					"outscale_secret_key = \"" + sk() + "\"\n",
					"export OSC_ACCESS_KEY=" + ak() + "\nexport OSC_SECRET_KEY=" + sk() + "\nexport OSC_REGION=eu-west-2\n",
					"outscale:\n  access_key: " + ak() + "\n  secret_key: " + sk() + "\n",
					"services:\n  osc-cost:\n    environment:\n      - OSC_ACCESS_KEY=" + ak() + "\n      - OSC_SECRET_KEY=" + sk() + "\n",
				},
				Negatives: []string{
					// the access key ID alone
					"OSC_ACCESS_KEY=" + ak() + "\n",
					// placeholders
					"export OSC_SECRET_KEY=<SECRET_KEY>\n",
					"OSC_SECRET_KEY=" + strings.Repeat("X", 40) + "\n",
					// too short
					"OSC_SECRET_KEY=" + g.String(fake.Upper+fake.Digits, 32) + "\n",
				},
			}
		},
		"qingcloud-secret-access-key": func(g *fake.Gen) Cases {
			ak := func() string { return g.String(fake.Upper, 20) }
			return Cases{
				Positives: []string{
					"QINGCLOUD_SECRET_ACCESS_KEY=" + g.MixedAlnum(40) + "\n",
					"qy_access_key_id: '" + ak() + "'\nqy_secret_access_key: '" + g.MixedAlnum(40) + "'\nzone: 'pek3a'\n",
					"stringData:\n  config.yaml: |-\n    qy_access_key_id: '" + ak() + "'\n    qy_secret_access_key: '" + g.MixedAlnum(40) + "'\n",
				},
				Negatives: []string{
					// the SDK README's placeholders
					"qy_secret_access_key: 'SECRET_ACCESS_KEY'\n",
					"qy_secret_access_key: 'xxxxx'\n",
					// the access key ID
					"qy_access_key_id: '" + ak() + "'\n",
					// too short
					"qy_secret_access_key: '" + g.MixedAlnum(32) + "'\n",
				},
			}
		},
		"timeweb-cloud-api-token": func(g *fake.Gen) Cases {
			kid := fake.Join("1kbxZpRM", "@bR#", "KRlMqKYj")
			return Cases{
				Positives: []string{
					"TIMEWEB_CLOUD_TOKEN=" + timewebToken(g, kid, 512) + "\n",
					"headers = {\"Authorization\": \"Bearer " + timewebToken(g, kid, 512) + "\"}\n",
					"export TWC_TOKEN=\"" + timewebToken(g, kid, 512) + "\"\n",
					"kubectl create secret docker-registry twc --docker-server=cr.timeweb.cloud --docker-password=" + timewebToken(g, kid, 512) + "\n",
				},
				Negatives: []string{
					// the header and claims without their signature
					"TIMEWEB_CLOUD_TOKEN=" + strings.TrimSuffix(timewebToken(g, kid, 0), ".") + "\n",
					// placeholders
					"TIMEWEB_CLOUD_TOKEN=<your-token>\n",
					"TIMEWEB_CLOUD_TOKEN=" + strings.Repeat("x", 40) + "\n",
				},
			}
		},
		"hostinger-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"HOSTINGER_API_TOKEN=" + hostingerToken(g) + "\n",
					"import hostinger_api\nconfiguration = hostinger_api.Configuration(access_token=\"" + hostingerToken(g) + "\")\n",
					"hostinger:\n  api_token: \"" + hostingerToken(g) + "\"\n",
					"{\"mcpServers\": {\"hostinger-mcp\": {\"env\": {\"HOSTINGER_API_TOKEN\": \"" + hostingerToken(g) + "\"}}}}\n",
				},
				Negatives: []string{
					// a wrong checksum
					"HOSTINGER_API_TOKEN=" + g.MixedAlnum(40) + "0badc0de\n",
					// placeholders
					"HOSTINGER_API_TOKEN=your_api_token_here\n",
					"HOSTINGER_API_TOKEN=seu_token_hostinger\n",
					// a VPS id next to the name
					"HOSTINGER_VPS_ID=" + g.String(fake.Digits, 7) + "\n",
				},
			}
		},
		"kamatera-api-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"export KAMATERA_API_CLIENT_ID=" + g.Hex(32) + "\nexport KAMATERA_API_SECRET=" + g.Hex(32) + "\n",
					"$env:KAMATERA_API_SECRET = \"" + g.Hex(32) + "\"\n",
					"kamatera:\n  api_secret: " + g.Hex(32) + "\n",
				},
				Negatives: []string{
					// the client id is no secret
					"KAMATERA_API_CLIENT_ID=" + g.Hex(32) + "\n",
					// placeholders
					"export KAMATERA_API_SECRET=\"your_api_secret\"\n",
					// upper case and a wrong length
					"KAMATERA_API_SECRET=" + strings.ToUpper(g.Hex(32)) + "X\n",
					"KAMATERA_API_SECRET=" + g.Hex(24) + "\n",
				},
			}
		},
		"njalla-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"NJALLA_TOKEN=\"" + g.Hex(40) + "\"\n",
					"headers = {\"Authorization\": \"Njalla " + g.Hex(40) + "\"}\n",
					"# njalla.ini\ndns_njalla_token=" + g.Hex(40) + "\n",
				},
				Negatives: []string{
					// certbot-dns-njalla's placeholder
					"dns_njalla_token=" + strings.Repeat("0", 40) + "\n",
					"dns_njalla_token=<token>\n",
					// a wrong length
					"NJALLA_TOKEN=" + g.Hex(32) + "\n",
					// a domain next to the name
					"NJALLA_DOMAIN=" + g.LowerAlnum(12) + ".se\n",
				},
			}
		},
		"dnspod-api-token": func(g *fake.Gen) Cases {
			id := func() string { return g.String(fake.Digits, 5+g.IntN(3)) }
			return Cases{
				Positives: []string{
					"DNSPOD_API_KEY=" + id() + "," + g.Hex(32) + "\n",
					"export DP_Id=\"" + id() + "\"\nexport DP_Key=\"" + g.Hex(32) + "\"\n",
					"curl -X POST https://dnsapi.cn/Record.List -d 'login_token=" + id() + "," + g.Hex(32) + "&format=json&domain=example.cn'\n",
					"dnspod:\n  token: \"" + id() + "," + g.Hex(32) + "\"\n",
				},
				Negatives: []string{
					// placeholders
					"export DP_Key='xxxxxxxxxxxxxxx'\n",
					"DNSPOD_API_KEY=<id>,<token>\n",
					// a login_token without DNSPod's ID
					"login_token=" + g.Hex(32) + "\n",
					// the ID alone
					"export DP_Id=\"" + id() + "\"\n",
				},
			}
		},
	}
}
