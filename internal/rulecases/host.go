// Cases of the rules added in the 2026-11-27 provider pass (host): providers
// no other scanner's list named. Values are built at run time from split
// parts, never stored whole.

package rulecases

import (
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// hostLine is one generated case line.
type hostLine = func(g *fake.Gen) string

// hostNamed builds the cases of a rule that needs the provider's name next
// to the value: an assignment in a random file format, a JSON entry and a
// Kubernetes env entry; negatives without the name, with half the value, a
// placeholder and the wrong-shaped values given.
func hostNamed(env string, value cfVal, bad ...cfVal) Builder {
	return func(g *fake.Gen) Cases {
		v := value(g)
		c := Cases{
			Positives: []string{
				saasAssign(g, env, v),
				"{\n  \"" + saasCamel(env) + "\": \"" + value(g) + "\"\n}\n",
				"env:\n  - name: " + env + "\n    value: \"" + value(g) + "\"\n",
			},
			Negatives: []string{
				"SERVICE_API_KEY=" + v + "\n",
				env + "=" + v[:len(v)/2] + "\n",
				env + "=your-" + cfKebab(env) + "-here\n",
			},
		}
		for _, b := range bad {
			c.Negatives = append(c.Negatives, env+"="+b(g)+"\n")
		}
		return c
	}
}

// hostMore adds whole-line positives and negatives to a builder.
func hostMore(base Builder, pos []hostLine, neg ...hostLine) Builder {
	return withCases(base, nrCustom(pos, neg))
}

// hostCases returns the cases of this pass's host rules.
func hostCases() map[string]Builder {
	duck := fake.Join("https://www.duck", "dns.org/update")
	dream := fake.Join("https://api.dream", "host.com/")
	aklt := fake.Join("AK", "LT")
	cloudns := fake.Join("https://api.clou", "dns.net/dns/")
	dynadot := fake.Join("https://api.dyna", "dot.com/api3.")
	heDyn := fake.Join("https://dyn.dns.", "he.net/nic/update")
	silo := fake.Join("https://www.name", "silo.com/api/")
	rclub := fake.Join("https://http", "api.com/api/")
	enom := fake.Join("https://reseller.", "enom.com/interface.asp")
	ibs := fake.Join("https://api.inter", "net.bs/")
	cways := fake.Join("https://api.cloud", "ways.com/api/v1/oauth/access_token")
	afraid := fake.Join("https://freedns.af", "raid.org/dynamic/update.php?")
	ncDDNS := fake.Join("https://dynamicdns.park-your-", "domain.com/update?")
	return map[string]Builder{
		"duckdns-token": hostMore(hostNamed("DUCKDNS_TOKEN", cfUUID(), cfHex(32)),
			[]hostLine{
				func(g *fake.Gen) string {
					return "*/5 * * * * curl -k -o ~/duck.log \"" + duck + "?domains=myhome&token=" + saasUUID(g) + "&ip=\"\n"
				},
				func(g *fake.Gen) string { return "url: " + duck + "/myhome/" + saasUUID(g) + "\n" },
			},
			func(*fake.Gen) string { return "curl \"" + duck + "?domains=myhome&token=your-token-here\"\n" },
			func(g *fake.Gen) string { return "curl \"https://example.com/update?token=" + saasUUID(g) + "\"\n" },
		),
		"desec-token": hostMore(hostNamed("DESEC_TOKEN", cfURL(28), cfURL(20), cfURL(40)),
			[]hostLine{func(g *fake.Gen) string { return "desec:\n  token: " + saasURL(g, 28) + "\n" }}),
		"dreamhost-api-key": hostMore(hostNamed("DREAMHOST_API_KEY", cfUp(16), cfLow(16), cfUp(12)),
			[]hostLine{func(g *fake.Gen) string {
				return "curl \"" + dream + "?key=" + upperAlnum(g, 16) + "&cmd=dns-list_records&format=json\"\n"
			}},
			func(*fake.Gen) string {
				return "curl \"" + dream + "?key=" + strings.Repeat("A", 16) + "&cmd=dns-list_records\"\n"
			},
		),
		"ns1-api-key": hostMore(hostNamed("NS1_APIKEY", cfMix(20), cfLower(20), cfMix(32)),
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl -X GET -H \"X-NSONE-Key: " + g.MixedAlnum(20) + "\" https://api.nsone.net/v1/zones\n"
				},
				func(g *fake.Gen) string { return "api = NS1(apiKey='" + g.MixedAlnum(20) + "')\n" },
			},
			func(*fake.Gen) string { return "ns1 IN A 192.0.2.53\nns1.example.com. 3600 IN NS ns2.example.com.\n" },
		),
		"rackspace-api-key": hostMore(hostNamed("RACKSPACE_API_KEY", cfHex(32), cfHexU(32), cfHex(40)),
			[]hostLine{func(g *fake.Gen) string {
				return "curl -s https://identity.api.rackspacecloud.com/v2.0/tokens -X POST \\\n  -d '{\"auth\":{\"RAX-KSKEY:apiKeyCredentials\":{\"username\":\"ops\", \"apiKey\":\"" + g.Hex(32) + "\"}}}'\n"
			}},
			func(*fake.Gen) string {
				return "-d '{\"auth\":{\"RAX-KSKEY:apiKeyCredentials\":{\"username\":\"ops\", \"apiKey\":\"" + strings.Repeat("0", 32) + "\"}}}'\n"
			},
		),
		"imperva-api-key": hostMore(hostNamed("IMPERVA_API_KEY", cfUUID(), cfUUIDU()),
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl -X POST \"https://my.imperva.com/api/prov/v1/sites/list?api_id=" + saasDigits(g, 5) + "&api_key=" + saasUUID(g) + "\"\n"
				},
				func(g *fake.Gen) string {
					return "curl https://api.imperva.com/policies/v2/policies \\\n  -H 'x-API-Id: " + saasDigits(g, 5) + "' \\\n  -H 'x-API-Key: " + saasUUID(g) + "'\n"
				},
			},
			func(g *fake.Gen) string { return "curl \"https://example.com/v1/list?api_key=" + saasUUID(g) + "\"\n" },
			func(g *fake.Gen) string {
				return "-H 'x-API-Id: " + saasDigits(g, 5) + "' -H 'x-API-Key: your-api-key'\n"
			},
		),
		"openstack-application-credential-secret": hostMore(hostNamed("OS_APPLICATION_CREDENTIAL_SECRET", cfURL(86), cfURL(40)),
			[]hostLine{
				func(g *fake.Gen) string {
					return "clouds:\n  ovh:\n    auth_type: v3applicationcredential\n    auth:\n      auth_url: https://auth.cloud.ovh.net/v3\n      application_credential_id: " + g.Hex(32) + "\n      application_credential_secret: " + saasURL(g, 86) + "\n"
				},
				func(g *fake.Gen) string {
					return "openstack --os-application-credential-secret " + saasURL(g, 86) + " server list\n"
				},
			}),
		"plesk-secret-key": hostMore(hostNamed("PLESK_API_KEY", cfUUID(), cfUUIDU(), cfHex(24)),
			[]hostLine{
				func(g *fake.Gen) string { return "plesk bin secret_key --delete -key " + g.Hex(32) + "\n" },
			}),
		"arvancloud-api-key": hostMore(hostNamed("ARVAN_API_KEY", cfUUID(), cfUUIDU()),
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl --location --request GET 'https://napi.arvan" + "cloud.ir/cdn/4.0/domains' \\\n--header 'Accept: application/json' \\\n--header 'Authorization: Apikey " + saasUUID(g) + "'\n"
				},
			},
			func(g *fake.Gen) string {
				return "curl https://example.com/v1/domains --header 'Authorization: Apikey " + saasUUID(g) + "'\n"
			},
		),
		"cloudns-api-password": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + cloudns + "records.json?auth-id=" + saasDigits(g, 4) + "&auth-password=" + g.MixedAlnum(16) + "&domain-name=example.com\"\n"
				},
				func(g *fake.Gen) string {
					return "curl -X POST \"" + cloudns + "update-record.json\" \\\n  -d \"auth-id=" + saasDigits(g, 4) + "\" \\\n  -d \"auth-password=" + g.MixedAlnum(20) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string {
					return "curl \"" + cloudns + "records.json?auth-id=$CLOUDNS_AUTH_ID&auth-password=$CLOUDNS_AUTH_PASSWORD\"\n"
				},
				func(g *fake.Gen) string {
					return "curl \"https://example.com/dns/records.json?auth-id=1&auth-password=" + g.MixedAlnum(16) + "\"\n"
				},
			},
		),
		"dynadot-api-key": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + dynadot + "xml?key=" + g.MixedAlnum(31) + "&command=domain_info&domain=example.com\"\n"
				},
				func(g *fake.Gen) string {
					return "url = \"" + dynadot + "json?command=set_dns2&key=" + g.MixedAlnum(24) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string { return "curl \"" + dynadot + "xml?key=mykey&command=search\"\n" },
				func(g *fake.Gen) string {
					return "curl \"https://api.example.com/api3.xml?key=" + g.MixedAlnum(31) + "&command=search\"\n"
				},
			},
		),
		"hurricane-electric-ddns-key": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + heDyn + "?hostname=home.example.com&password=" + g.MixedAlnum(16) + "&myip=192.0.2.7\"\n"
				},
				func(g *fake.Gen) string {
					return "curl \"" + heDyn + "\" -d \"hostname=dyn.example.com\" -d \"password=" + g.MixedAlnum(16) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string { return "curl \"" + heDyn + "?hostname=$HOST&password=$KEY\"\n" },
				func(g *fake.Gen) string {
					return "curl \"https://example.com/nic/update?hostname=h&password=" + g.MixedAlnum(16) + "\"\n"
				},
			},
		),
		"huaweicloud-access-key-id": hostMore(hostNamed("HUAWEICLOUD_SDK_AK", cfUp(20), cfLow(20), cfUp(16)),
			[]hostLine{func(g *fake.Gen) string {
				return "export CLOUD_SDK_AK=" + upperAlnum(g, 20) + "\nexport CLOUD_SDK_SK=\"$(vault read -field=sk secret/hw)\"\n"
			}}),
		"huaweicloud-secret-access-key": hostMore(hostNamed("HUAWEICLOUD_SDK_SK", cfMix(40), cfLower(40), cfMix(32)),
			[]hostLine{func(g *fake.Gen) string {
				return "provider \"huaweicloud\" {\n  region     = \"cn-north-4\"\n  access_key = \"" + upperAlnum(g, 20) + "\"\n  secret_key = \"" + g.MixedAlnum(40) + "\"\n}\n"
			}, func(g *fake.Gen) string {
				// the Java and Go SDKs' credential builders
				return "BasicCredentials auth = new BasicCredentials()\n        .withAk(\"" + upperAlnum(g, 20) + "\")\n        .withSk(\"" + g.MixedAlnum(40) + "\")\n        .withProjectId(\"" + g.Hex(32) + "\");\n"
			}, func(g *fake.Gen) string {
				return "credentials = BasicCredentials(\"" + upperAlnum(g, 20) + "\", \"" + g.MixedAlnum(40) + "\", project_id)\n"
			}},
			func(g *fake.Gen) string {
				return "new BasicCredentials().withAk(\"ak\").withSk(\"sk\").withProjectId(\"projectId\");\n"
			}, func(g *fake.Gen) string {
				// a DynamoDB item's sort key is no Huawei secret
				return "item.withSk(\"" + g.String(fake.Lower, 40) + "\")\n"
			}),
		"namesilo-api-key": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl -s \"" + silo + "dnsListRecords?version=1&type=xml&key=" + g.Hex(22) + "&domain=example.com\"\n"
				},
				func(g *fake.Gen) string {
					return "URL = \"" + silo + "registerDomain?version=1&type=xml&key=" + g.MixedAlnum(24) + "&domain=example.com&years=1\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string {
					return "curl \"" + silo + "dnsListRecords?version=1&type=xml&key=${KEY}&domain=x\"\n"
				},
				func(g *fake.Gen) string { return "curl \"https://example.com/api/list?key=" + g.Hex(22) + "\"\n" },
			},
		),
		"resellerclub-api-key": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + rclub + "domains/available.json?auth-userid=" + saasDigits(g, 6) + "&api-key=" + g.MixedAlnum(32) + "&domain-name=example\"\n"
				},
				func(g *fake.Gen) string {
					return "resp = requests.get(\"" + rclub + "customers/details-by-id.json\", params={\n    \"auth-userid\": \"" + saasDigits(g, 6) + "\",\n    \"api-key\": \"" + g.MixedAlnum(32) + "\",\n})\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string {
					return "http \"" + rclub + "dns/manage/search-records.json?auth-userid=$RC_USERID&api-key=$RC_APIKEY\"\n"
				},
				func(g *fake.Gen) string {
					return "curl \"https://example.com/api/x.json?auth-userid=1&api-key=" + g.MixedAlnum(32) + "\"\n"
				},
			},
		),
		"clever-cloud-token": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "export CLEVER_TOKEN=" + g.Hex(32) + "\nexport CLEVER_SECRET=" + g.Hex(32) + "\n"
				},
				func(g *fake.Gen) string {
					return "- uses: CleverCloud/clever-cloud-action@v2\n  env:\n    CLEVER_SECRET: \"" + g.Hex(32) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string { return "CLEVER_TOKEN=${{ secrets.CLEVER_TOKEN }}\n" },
				func(g *fake.Gen) string { return "CLEVER_TOKEN=" + strings.ToUpper(g.Hex(32)) + "\n" },
				func(g *fake.Gen) string { return "SESSION_TOKEN=" + g.Hex(32) + "\n" },
			},
		),
		"enom-api-password": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + enom + "?command=check&uid=acme&pw=" + upperAlnum(g, 40) + "&sld=example&tld=com&responsetype=xml\"\n"
				},
				func(g *fake.Gen) string {
					return "url = \"" + enom + "?command=GetDomains&responsetype=xml&uid=acme&pw=" + g.MixedAlnum(14) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string { return "url = \"" + enom + "?command=check&uid=\" . $id . \"&pw=\" . $pw;\n" },
				func(g *fake.Gen) string {
					return "curl \"https://example.com/interface.asp?command=check&uid=acme&pw=" + upperAlnum(g, 40) + "\"\n"
				},
			},
		),
		"koyeb-api-token": hostNamed("KOYEB_TOKEN", cfLow(64), cfMix(64), cfLow(40)),
		"internetbs-api-password": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + ibs + "Domain/Check?ApiKey=" + upperAlnum(g, 20) + "&Password=" + g.MixedAlnum(16) + "&Domain=example.com\"\n"
				},
				func(g *fake.Gen) string {
					return "url = \"" + ibs + "Domain/Info?ResponseFormat=JSON&apiKey=" + upperAlnum(g, 20) + "&password=" + g.MixedAlnum(12) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string {
					return "curl \"" + fake.Join("https://testapi.inter", "net.bs/") + "Domain/Check?ApiKey=testapi&Password=" + fake.Join("test", "pass") + "\"\n"
				},
				func(*fake.Gen) string { return "curl \"" + ibs + "Domain/Check?ApiKey=$KEY&Password=$PASS\"\n" },
			},
		),
		"cloudways-api-key": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl -X POST \"" + cways + "\" \\\n  -H \"Content-Type: application/x-www-form-urlencoded\" \\\n  -d \"email=ops@example.com&api_key=" + g.MixedAlnum(30) + "\"\n"
				},
				func(g *fake.Gen) string {
					return "requests.post(\"" + cways + "\", json={\"email\": \"ops@example.com\", \"api_key\": \"" + g.MixedAlnum(30) + "\"})\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string { return "curl -X POST \"" + cways + "\" -d \"email=$EMAIL&api_key=$API_KEY\"\n" },
				func(g *fake.Gen) string {
					return "curl -X POST \"https://example.com/oauth/access_token\" -d \"email=a@b.c&api_key=" + g.MixedAlnum(30) + "\"\n"
				},
			},
		),
		"freedns-afraid-update-token": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "*/5 * * * * wget -qO- " + afraid + g.String(fake.Base64, 44) + " >/dev/null\n"
				},
				func(g *fake.Gen) string { return "url=\"" + afraid + g.String(fake.Base64, 40) + "==\"\n" },
			},
			[]hostLine{
				func(*fake.Gen) string { return "DIRURL=\"" + afraid + "$APIKEY\"\n" },
				func(g *fake.Gen) string {
					return "wget https://example.com/dynamic/update.php?" + g.String(fake.Base64, 44) + "\n"
				},
			},
		),
		"namecheap-ddns-password": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string {
					return "curl \"" + ncDDNS + "host=@&domain=example.com&password=" + g.Hex(32) + "&ip=192.0.2.4\"\n"
				},
				func(g *fake.Gen) string {
					return "updateURL = \"" + ncDDNS + "host=pi&domain=example.com&password=" + strings.ToUpper(g.Hex(32)) + "\"\n"
				},
			},
			[]hostLine{
				func(*fake.Gen) string {
					return "curl \"" + ncDDNS + "host=${HOST}&domain=${DOMAIN}&password=${PASS}\"\n"
				},
				func(g *fake.Gen) string {
					return "curl \"" + ncDDNS + "host=@&domain=example.com&password=" + g.Hex(20) + "\"\n"
				},
			},
		),
		"kingsoft-cloud-access-key-id": nrCustom(
			[]hostLine{
				func(g *fake.Gen) string { return "KSYUN_ACCESS_KEY_ID=" + aklt + g.MixedAlnum(22) + "\n" },
				func(g *fake.Gen) string {
					return "vodService.setAccessKey(\"" + aklt + g.String(fake.Base64URL, 43) + "\");\n"
				},
				func(g *fake.Gen) string { return "access_key: " + aklt + g.MixedAlnum(40) + "\n" },
			},
			[]hostLine{
				func(g *fake.Gen) string { return "KSYUN_ACCESS_KEY_ID=" + aklt + g.MixedAlnum(10) + "\n" },
				func(g *fake.Gen) string {
					return "data: " + g.MixedAlnum(40) + "/" + aklt + g.MixedAlnum(30) + "+" + g.MixedAlnum(20) + "\n"
				},
				func(*fake.Gen) string { return "KSYUN_ACCESS_KEY_ID=" + aklt + strings.Repeat("x", 22) + "\n" },
			},
		),
	}
}
