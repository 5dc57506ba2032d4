package rulecases

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// cloudCases are the generated test cases of the cloud and database rules.
func cloudCases() map[string]Builder {
	cases := map[string]Builder{}
	for _, group := range []map[string]Builder{
		awsCases(), googleCases(), azureCases(), otherCloudCases(), moreCloudCases(),
		dbURICases(), dbStringCases(), dbPlatformCases(),
	} {
		for id, b := range group {
			cases[id] = b
		}
	}
	return cases
}

// Prefixes spelled in pieces so that no token shape is in the source.
var (
	akia       = fake.Join("AK", "IA")
	asia       = fake.Join("AS", "IA")
	aiza       = fake.Join("AI", "za")
	hrku       = fake.Join("HR", "KU-")
	ltai       = fake.Join("LT", "AI")
	pscalePw   = fake.Join("pscale", "_pw_")
	pscaleTkn  = fake.Join("pscale", "_tkn_")
	pscaleOA   = fake.Join("pscale", "_oauth_")
	sbSecret   = fake.Join("sb", "_secret_")
	doPrefix   = fake.Join("do", "p_v1_")
	dooPrefix  = fake.Join("do", "o_v1_")
	stsPrefix  = fake.Join("IQoJb3Jp", "Z2luX2Vj")
	urlSafe    = fake.Alnum + "-._~"
	pwChars    = fake.Alnum + "!_-.~^"
	maxAccount = uint64(1)<<40 - 1
)

// password returns a random database password that starts with a letter.
func password(g *fake.Gen) string {
	return g.String(fake.Upper, 1) + g.String(fake.Lower, 1) + g.String(fake.Digits, 1) + g.String(pwChars, 15)
}

// jsonString returns s as a JSON string literal.
func jsonString(s string) string {
	b, err := json.Marshal(s)
	if err != nil {
		panic(err)
	}
	return string(b)
}

// awsSecret returns a 40-character secret access key shape.
func awsSecret(g *fake.Gen) string {
	return g.String(fake.Upper, 1) + g.String(fake.Lower, 1) + g.String(fake.Digits, 1) + g.String(fake.Base64, 37)
}

func awsCases() map[string]Builder {
	return map[string]Builder{
		"aws-access-key-id": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("AWS_ACCESS_KEY_ID=%s\nAWS_DEFAULT_REGION=eu-west-1\n", g.AWSKeyID(akia, g.AWSAccountID())),
					fmt.Sprintf("[default]\naws_access_key_id = %s\nregion = us-east-1\n", g.AWSKeyID(asia, g.AWSAccountID())),
				},
				Negatives: []string{
					// decodes to an account id of thirteen digits: not a real key
					fmt.Sprintf("AWS_ACCESS_KEY_ID=%s\n", g.AWSKeyID(akia, maxAccount)),
					fmt.Sprintf("aws_access_key_id = %sIOSFODNN7EXAMPLE\n", akia),
					fmt.Sprintf("key: %s%s\n", akia, g.String(fake.Upper+"0189", 15)+"9"),
				},
			}
		},
		"aws-secret-access-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("[prod]\naws_access_key_id = %s\naws_secret_access_key = %s\n", g.AWSKeyID(akia, g.AWSAccountID()), awsSecret(g)),
					fmt.Sprintf("{\n  \"Credentials\": {\n    \"SecretAccessKey\": \"%s\",\n    \"Expiration\": \"2026-01-01T00:00:00Z\"\n  }\n}\n", awsSecret(g)),
					// the SDKs' static credential constructors take the id and the secret side by side
					fmt.Sprintf("AWSCredentials creds = new BasicAWSCredentials(\"%s\", \"%s\");\n", g.AWSKeyID(akia, g.AWSAccountID()), awsSecret(g)),
					fmt.Sprintf("creds := credentials.NewStaticCredentialsProvider(\"%s\", \"%s\", \"\")\n", g.AWSKeyID(akia, g.AWSAccountID()), awsSecret(g)),
					fmt.Sprintf("AWSCredentials creds = new BasicSessionCredentials(\n    \"%s\",\n    \"%s\",\n    token);\n", g.AWSKeyID(asia, g.AWSAccountID()), awsSecret(g)),
				},
				Negatives: []string{
					fmt.Sprintf("creds := credentials.NewStaticCredentialsProvider(\"%s\", \"%s\", \"\")\n", g.AWSKeyID(akia, g.AWSAccountID()), g.Hex(40)),
					fmt.Sprintf("creds := credentials.NewStaticCredentialsProvider(\"%s\", \"%s\", \"\")\n", g.AWSKeyID(akia, g.AWSAccountID()), awsSecret(g)[:39]),
					// a git commit hash has the length but not the alphabet
					fmt.Sprintf("export AWS_SECRET_ACCESS_KEY=%s\n", g.Hex(40)),
					"aws_secret_access_key = ${AWS_SECRET_ACCESS_KEY}\n",
					fmt.Sprintf("aws_secret_access_key: %s\n", awsSecret(g)+"Q"),
				},
			}
		},
		"aws-session-token": func(g *fake.Gen) Cases {
			token := func() string { return stsPrefix + g.String(fake.Base64, 340) + "=" }
			return Cases{
				Positives: []string{
					fmt.Sprintf("export AWS_ACCESS_KEY_ID=%s\nexport AWS_SESSION_TOKEN=%s\n", g.AWSKeyID(asia, g.AWSAccountID()), token()),
					fmt.Sprintf("{\"Credentials\": {\"SessionToken\": \"%s\"}}\n", token()),
					// a presigned URL carries the token percent-encoded
					"https://bucket.s3.us-west-2.amazonaws.com/report.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Security-Token=" +
						stsPrefix + "EB8a%2F%2F%2F" + url.QueryEscape(g.String(fake.Base64, 500)) + "&X-Amz-Signature=" + g.Hex(64) + "\n",
				},
				Negatives: []string{
					"export AWS_SESSION_TOKEN=${AWS_SESSION_TOKEN}\n",
					fmt.Sprintf("aws_session_token = %s\n", g.Alnum(60)),
				},
			}
		},
		"aws-appsync-api-key": func(g *fake.Gen) Cases {
			da2 := fake.Join("da", "2-")
			key := func() string { return da2 + g.String(fake.Lower+fake.Digits, 26) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("const awsconfig = {\n  aws_appsync_graphqlEndpoint: 'https://abc.appsync-api.us-east-1.amazonaws.com/graphql',\n  aws_appsync_apiKey: '%s',\n};\n", key()),
					fmt.Sprintf("APPSYNC_API_KEY=%s\n", key()),
				},
				Negatives: []string{
					fmt.Sprintf("APPSYNC_API_KEY=%s\n", da2+g.String(fake.Lower+fake.Digits, 25)),
					fmt.Sprintf("APPSYNC_API_KEY=%s\n", da2+strings.ToUpper(g.String(fake.Lower, 26))),
				},
			}
		},
		"aws-mws-auth-token": func(g *fake.Gen) Cases {
			mws := fake.Join("amzn", ".mws.")
			return Cases{
				Positives: []string{
					fmt.Sprintf("MWS_AUTH_TOKEN=%s%s\n", mws, g.UUID()),
					fmt.Sprintf("mws:\n  seller_id: A%s\n  auth_token: \"%s%s\"\n", strings.ToUpper(g.Alnum(12)), mws, g.UUID()),
				},
				Negatives: []string{
					fmt.Sprintf("MWS_AUTH_TOKEN=%s<your-token>\n", mws),
					fmt.Sprintf("token = \"%s%s\"\n", mws, g.Hex(32)),
				},
			}
		},
	}
}

func googleCases() map[string]Builder {
	return map[string]Builder{
		"gcp-service-account-key": func(g *fake.Gen) Cases {
			project := "proj-" + g.String(fake.Lower, 8)
			compact := strings.ReplaceAll(g.GCPServiceAccountJSON(project, ""), "\n  ", " ")
			broken := "-----BEGIN PRIVATE KEY-----\n" + g.Base64Bytes(600) + "\n-----END PRIVATE KEY-----\n"
			user := strings.Replace(g.GCPServiceAccountJSON(project, ""), "service_account", "authorized_user", 1)
			return Cases{
				Positives: []string{
					g.GCPServiceAccountJSON(project, ""),
					"GOOGLE_CREDENTIALS='" + strings.TrimSpace(compact) + "'\n",
					// the key file as a JSON string inside another JSON document
					"{\"env\": {\"GOOGLE_CREDENTIALS\": " + jsonString(compact) + "}}\n",
				},
				Negatives: []string{
					g.GCPServiceAccountJSON(project, broken),
					user,
					`{"type": "service_account", "project_id": "demo", "private_key": "<paste key here>"}` + "\n",
				},
			}
		},
		"gcp-oauth-client-secret": func(g *fake.Gen) Cases {
			gocspx := fake.Join("GOC", "SPX-")
			return Cases{
				Positives: []string{
					fmt.Sprintf("{\"web\": {\"client_id\": \"%s.apps.googleusercontent.com\", \"client_secret\": \"%s%s\"}}\n", g.String(fake.Digits, 12)+"-"+g.String(fake.Lower+fake.Digits, 32), gocspx, g.String(fake.Base64URL, 28)),
					fmt.Sprintf("GOOGLE_CLIENT_SECRET=%s%s\n", gocspx, g.String(fake.Base64URL, 28)),
				},
				Negatives: []string{
					fmt.Sprintf("GOOGLE_CLIENT_SECRET=%s%s\n", gocspx, g.String(fake.Base64URL, 27)),
					fmt.Sprintf("GOOGLE_CLIENT_SECRET=%s<your-client-secret>\n", gocspx),
				},
			}
		},
		"gcp-oauth-access-token": func(g *fake.Gen) Cases {
			ya29 := fake.Join("ya", "29.")
			return Cases{
				Positives: []string{
					fmt.Sprintf("curl -H \"Authorization: Bearer %s%s\" https://www.googleapis.com/drive/v3/files\n", ya29, g.String(fake.Base64URL, 150)),
					fmt.Sprintf("{\"access_token\": \"%s%s\", \"expires_in\": 3599}\n", ya29, g.String(fake.Base64URL, 200)),
					// service-account and metadata-server tokens carry a "c." mark
					fmt.Sprintf("const accessToken = \"%sc.c0%s\";\n", ya29, g.String(fake.Base64URL, 180)),
					fmt.Sprintf("%sc.b0%s\n", ya29, g.String(fake.Base64URL, 120)),
				},
				Negatives: []string{
					fmt.Sprintf("token = \"%s%s\"\n", ya29, g.String(fake.Base64URL, 20)),
					fmt.Sprintf("version: 1%s%s\n", ya29, g.String(fake.Base64URL, 40)),
					fmt.Sprintf("token = \"%sc.%s\"\n", ya29, g.String(fake.Base64URL, 20)),
				},
			}
		},
		"google-api-key": func(g *fake.Gen) Cases {
			key := func() string { return aiza + "Sy" + g.String(fake.Base64URL, 33) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("const firebaseConfig = {\n  apiKey: \"%s\",\n  authDomain: \"demo.firebaseapp.com\",\n};\n", key()),
					fmt.Sprintf("<string name=\"google_maps_key\" translatable=\"false\">%s</string>\n", key()),
				},
				Negatives: []string{
					fmt.Sprintf("apiKey: \"%s\"\n", aiza+"Sy"+g.String(fake.Base64URL, 31)),
					fmt.Sprintf("apiKey: \"%s\"\n", key()+g.Alnum(3)),
					fmt.Sprintf("GOOGLE_API_KEY=%sSyYOUR_API_KEY_HERE_xxxxxxxxxxxxxxx\n", aiza),
				},
			}
		},
	}
}

func azureCases() map[string]Builder {
	return map[string]Builder{
		"azure-storage-account-key": func(g *fake.Gen) Cases {
			acct := "st" + g.String(fake.Lower+fake.Digits, 10)
			return Cases{
				Positives: []string{
					fmt.Sprintf("AzureWebJobsStorage=DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net\n", acct, g.Base64Bytes(64)),
					fmt.Sprintf("{\n  \"Storage\": {\n    \"AccountName\": \"%s\",\n    \"AccountKey\": \"%s\"\n  }\n}\n", acct, g.Base64Bytes(64)),
					"{\"settings\": " + jsonString(fmt.Sprintf("{\"AccountKey\": \"%s\"}", g.Base64Bytes(64))) + "}\n",
				},
				Negatives: []string{
					"DefaultEndpointsProtocol=https;AccountName=<YOUR_ACCOUNT_NAME>;AccountKey=<YOUR_ACCOUNT_KEY>;\n",
					fmt.Sprintf("AccountName=%s;AccountKey=%s;\n", acct, g.Base64Bytes(32)),
					fmt.Sprintf("AccountKey=%s\n", g.Base64Bytes(64)[:80]),
					// an identifiable key is reported by azure-identifiable-key instead
					fmt.Sprintf("AccountKey=%s\n", g.AzureIdentifiableKey(64, fake.Join("+A", "St"), 0x44656661756c7430)),
				},
			}
		},
		"azure-shared-access-key": func(g *fake.Gen) Cases {
			ns := "sb-" + g.String(fake.Lower, 8)
			return Cases{
				Positives: []string{
					fmt.Sprintf("ServiceBusConnection=Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=%s\n", ns, g.Base64Bytes(32)),
					fmt.Sprintf("\"IOTHUB_CONNECTION_STRING\": \"HostName=%s.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=%s\"\n", ns, g.Base64Bytes(32)),
				},
				Negatives: []string{
					"SharedAccessKeyName=[Shared Access Key Name goes here];SharedAccessKey=[Shared Access key goes here];\n",
					fmt.Sprintf("Endpoint=sb://%s.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=%s\n", ns, g.Hex(40)),
				},
			}
		},
		"azure-app-configuration-connection-string": func(g *fake.Gen) Cases {
			id := func() string { return g.Alnum(4) + "-l" + g.String(fake.Digits, 1) + "-s0:" + g.Alnum(20) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("APP_CONFIG=Endpoint=https://appcs-%s.azconfig.io;Id=%s;Secret=%s\n", g.String(fake.Lower, 6), id(), g.Base64Bytes(32)),
					fmt.Sprintf("private const string Conn = \"Endpoint=https://cfg-%s.azconfig.io;Id=%s;Secret=%s\";\n", g.String(fake.Lower, 6), id(), g.Base64Bytes(32)),
					// the 84-character access key format, a short Id, a sovereign cloud
					fmt.Sprintf("AZURE_APPCONFIG=Endpoint=https://cfg-%s.azconfig.io;Id=%s;Secret=%s\n", g.String(fake.Lower, 6), g.Alnum(4), g.MixedAlnum(52)+"JQQJ99"+g.MixedAlnum(26)),
					fmt.Sprintf("Endpoint=https://cfg-%s.azconfig.azure.cn;Id=%s;Secret=%s\n", g.String(fake.Lower, 6), id(), g.Base64Bytes(32)),
				},
				Negatives: []string{
					"az appconfig kv list --connection-string \"Endpoint=https://contoso.azconfig.io;Id=xxx;Secret=xxx\"\n",
					fmt.Sprintf("Endpoint=https://cfg.azconfig.io;Id=%s;Secret=${APP_CONFIG_SECRET}\n", id()),
					// a secret one character longer than either format
					fmt.Sprintf("Endpoint=https://cfg.azconfig.io;Id=%s;Secret=%s\n", id(), g.MixedAlnum(85)),
				},
			}
		},
		"azure-cache-redis-connection-string": func(g *fake.Gen) Cases {
			host := "cache-" + g.String(fake.Lower, 8) + ".redis.cache.windows.net"
			return Cases{
				Positives: []string{
					fmt.Sprintf("\"Redis\": \"%s:6380,password=%s,ssl=True,abortConnect=False\"\n", host, g.Base64Bytes(32)),
					fmt.Sprintf("REDIS_CONNECTION=%s:6380,ssl=True,password=%s\n", host, g.Base64Bytes(32)),
				},
				Negatives: []string{
					fmt.Sprintf("\"Redis\": \"%s:6380,password=<access-key>,ssl=True\"\n", host),
					fmt.Sprintf("\"Redis\": \"localhost:6379,password=%s\"\n", g.Base64Bytes(32)),
				},
			}
		},
		"azure-function-key": func(g *fake.Gen) Cases {
			app := "func-" + g.String(fake.Lower, 8)
			code := func() string { return g.String(fake.Base64URL, 54) + "==" }
			return Cases{
				Positives: []string{
					fmt.Sprintf("WEBHOOK_URL=https://%s.azurewebsites.net/api/HttpTrigger1?code=%s\n", app, code()),
					fmt.Sprintf("fetch(\"https://%s.azurewebsites.net/api/orders?clientId=web&code=%s\")\n", app, code()),
				},
				Negatives: []string{
					fmt.Sprintf("WEBHOOK_URL=https://%s.azurewebsites.net/api/HttpTrigger1\n", app),
					fmt.Sprintf("WEBHOOK_URL=https://%s.azurewebsites.net/api/HttpTrigger1?code=<function-key>\n", app),
				},
			}
		},
		"azure-sas-token": func(g *fake.Gen) Cases {
			sig := func() string { return url.QueryEscape(g.Base64Bytes(32)) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("BLOB_URL=https://st%s.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig=%s\n", g.String(fake.Lower, 8), sig()),
					fmt.Sprintf("sas_token = \"?sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupx&se=2027-01-01T00:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=%s\"\n", sig()),
					// a storage connection string that carries a SAS, and a bare SAS value
					fmt.Sprintf("AZURE_STORAGE_CONNECTION_STRING=\"BlobEndpoint=https://st%s.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=2026-01-12T21:52:28Z&st=2025-01-12T13:52:28Z&spr=https&sig=%s\"\n", g.String(fake.Lower, 8), sig()),
					fmt.Sprintf("AZURE_SAS_TOKEN='sv=2022-11-02&ss=b&srt=co&sp=rl&se=2026-12-31T00:00:00Z&spr=https&sig=%s'\n", sig()),
				},
				Negatives: []string{
					// 33 bytes is no HMAC-SHA256
					fmt.Sprintf("url = \"https://st.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=%s\"\n", g.Alnum(44)),
					"url = \"https://st.blob.core.windows.net/c/f?sv=2022-11-02&sp=r&sig=<signature>\"\n",
					fmt.Sprintf("https://api.vendor.com/v1/hook?ts=1700000000&sig=%s\n", url.QueryEscape(g.Base64Bytes(32))),
					// "sv=" glued to a longer word is no SAS version
					fmt.Sprintf("csv=2022-11-02&sp=r&sig=%s\n", url.QueryEscape(g.Base64Bytes(32))),
				},
			}
		},
		"azure-ad-client-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("{\n  \"AzureAd\": {\n    \"ClientId\": \"%s\",\n    \"ClientSecret\": \"%s\"\n  }\n}\n", g.UUID(), g.EntraClientSecret(true)),
					fmt.Sprintf("AZURE_CLIENT_SECRET=%s\n", g.EntraClientSecret(true)),
				},
				Negatives: []string{
					// right shape, wrong checksum
					fmt.Sprintf("AZURE_CLIENT_SECRET=%s\n", g.EntraClientSecret(false)),
					fmt.Sprintf("AZURE_CLIENT_SECRET=%s\n", g.EntraClientSecret(true)[:39]),
					fmt.Sprintf("\"ClientSecret\": \"%s\"\n", g.UUID()),
				},
			}
		},
		"azure-ad-client-secret-legacy": func(g *fake.Gen) Cases {
			q7 := fake.Join("7", "Q~")
			return Cases{
				Positives: []string{
					fmt.Sprintf("AZURE_CLIENT_SECRET=%s%s%s\n", g.String(urlSafe, 3), q7, g.String(urlSafe, 31)),
					fmt.Sprintf("client_secret: '%s%s%s'\n", g.String(urlSafe, 3), q7, g.String(urlSafe, 31)),
				},
				Negatives: []string{
					fmt.Sprintf("AZURE_CLIENT_SECRET=%s%s%s\n", g.String(urlSafe, 3), q7, g.String(urlSafe, 34)),
					fmt.Sprintf("AZURE_CLIENT_SECRET=xxx%sxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n", q7),
				},
			}
		},
		"azure-identifiable-key": func(g *fake.Gen) Cases {
			const storageSeed, listenSeed, iotSeed = 0x44656661756c7430, 0x4c697374656e3030, 0x496f544875623030
			st, sb, iot := fake.Join("+A", "St"), fake.Join("+A", "Sb"), fake.Join("AI", "oT")
			return Cases{
				Positives: []string{
					fmt.Sprintf("DefaultEndpointsProtocol=https;AccountName=stprod;AccountKey=%s;EndpointSuffix=core.windows.net\n", g.AzureIdentifiableKey(64, st, storageSeed)),
					fmt.Sprintf("Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=%s\n", g.AzureIdentifiableKey(32, sb, listenSeed)),
					fmt.Sprintf("{\"keys\": {\"primaryKey\": \"%s\"}}\n", g.AzureIdentifiableKey(32, iot, iotSeed)),
				},
				Negatives: []string{
					// the signature without the checksum
					fmt.Sprintf("AccountKey=%s\n", g.AzureIdentifiableKey(64, st, storageSeed+1)),
					fmt.Sprintf("SharedAccessKey=%s\n", g.AzureIdentifiableKey(32, sb, storageSeed)),
					fmt.Sprintf("AccountKey=%s\n", g.Base64Bytes(64)),
				},
			}
		},
	}
}

func otherCloudCases() map[string]Builder {
	return map[string]Builder{
		"digitalocean-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("access-token: %s%s\ncontext: default\n", doPrefix, g.Hex(64)),
					fmt.Sprintf("provider \"digitalocean\" {\n  token = \"%s%s\"\n}\n", dooPrefix, g.Hex(64)),
				},
				Negatives: []string{
					fmt.Sprintf("DIGITALOCEAN_TOKEN=%s%s\n", doPrefix, g.Hex(63)),
					fmt.Sprintf("DIGITALOCEAN_TOKEN=%s%s\n", doPrefix, strings.ToUpper(g.Hex(64))),
				},
			}
		},
		"cloudflare-api-token": func(g *fake.Gen) Cases {
			tok := func() string { return g.String(fake.Base64URL, 40) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("CLOUDFLARE_API_TOKEN=%s\n", tok()),
					fmt.Sprintf("env:\n  CF_API_TOKEN: \"%s\"\n", tok()),
				},
				Negatives: []string{
					"env:\n  CLOUDFLARE_API_TOKEN: ${{ secrets.CLOUDFLARE_API_TOKEN }}\n",
					fmt.Sprintf("api_token = \"%s\"\n", tok()),
					fmt.Sprintf("CLOUDFLARE_API_TOKEN=%s\n", g.String(fake.Base64URL, 39)),
				},
			}
		},
		"cloudflare-global-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("CLOUDFLARE_EMAIL=ops@corp.test\nCLOUDFLARE_API_KEY=%s\n", g.Hex(37)),
					fmt.Sprintf("dns_cloudflare_api_key = %s\n", g.Hex(37)),
				},
				Negatives: []string{
					fmt.Sprintf("CLOUDFLARE_API_KEY=%s\n", g.Hex(32)),
					fmt.Sprintf("CLOUDFLARE_API_KEY=%s\n", g.Hex(40)),
				},
			}
		},
		"cloudflare-origin-ca-key": func(g *fake.Gen) Cases {
			v := fake.Join("v1", ".0-")
			return Cases{
				Positives: []string{
					fmt.Sprintf("CF_ORIGIN_CA_KEY=%s%s-%s\n", v, g.Hex(24), g.Hex(146)),
					fmt.Sprintf("api_user_service_key = \"%s%s-%s\"\n", v, g.Hex(24), g.Hex(146)),
				},
				Negatives: []string{
					fmt.Sprintf("CF_ORIGIN_CA_KEY=%s%s-%s\n", v, g.Hex(24), g.Hex(145)),
					"image: registry.internal/app:v1.0-rc1\n",
				},
			}
		},
		"heroku-api-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("HEROKU_API_KEY=%sAA%s\n", hrku, g.String(fake.Base64URL, 58)),
					fmt.Sprintf("const token = '%s%s';\n", hrku, g.UUID()),
				},
				Negatives: []string{
					fmt.Sprintf("HEROKU_API_KEY=%sAA%s\n", hrku, g.String(fake.Base64URL, 57)),
					fmt.Sprintf("HEROKU_API_KEY=%s<your-api-key>\n", hrku),
				},
			}
		},
		"heroku-api-key-legacy": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("env:\n  HEROKU_API_KEY: %s\n", g.UUID()),
					fmt.Sprintf("heroku.auth_token = \"%s\"\n", g.UUID()),
				},
				Negatives: []string{
					fmt.Sprintf("curl https://api.heroku.com/apps/%s/builds\n", g.UUID()),
					fmt.Sprintf("HEROKU_APP_ID=%s\n", g.UUID()),
				},
			}
		},
		"tencent-cloud-secret-id": func(g *fake.Gen) Cases {
			akid := fake.Join("AK", "ID")
			return Cases{
				Positives: []string{
					fmt.Sprintf("TENCENTCLOUD_SECRET_ID=%s%s\n", akid, g.Alnum(32)),
					fmt.Sprintf("cred = credential.Credential(\"%s%s\", os.environ[\"TENCENTCLOUD_SECRET_KEY\"])\n", akid, g.Alnum(32)),
				},
				Negatives: []string{
					fmt.Sprintf("TENCENTCLOUD_SECRET_ID=%s%s\n", akid, g.Alnum(31)),
					fmt.Sprintf("TENCENTCLOUD_SECRET_ID=%s%s\n", akid, strings.Repeat("x", 32)),
				},
			}
		},
		"alibaba-access-key-id": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("ALIBABA_CLOUD_ACCESS_KEY_ID=%s5t%s\n", ltai, g.Alnum(18)),
					fmt.Sprintf("oss:\n  access_key_id: %s%s\n", ltai, g.Alnum(12)),
				},
				Negatives: []string{
					fmt.Sprintf("ALIBABA_CLOUD_ACCESS_KEY_ID=%s%s\n", ltai, g.Alnum(8)),
					fmt.Sprintf("ALIBABA_CLOUD_ACCESS_KEY_ID=%sxxxxxxxxxxxxxxxx\n", ltai),
					fmt.Sprintf("sensor: VOLTAIC%s\n", g.Alnum(14)),
				},
			}
		},
		"alibaba-access-key-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("ALIBABA_CLOUD_ACCESS_KEY_SECRET=%s\n", g.Alnum(30)),
					fmt.Sprintf("aliyun_access_key_secret = \"%s\"\n", g.Alnum(30)),
					// the SDK clients take the id and the secret side by side
					fmt.Sprintf("client = AcsClient('%s%s', '%s', 'cn-hangzhou')\n", ltai, g.MixedAlnum(12), g.MixedAlnum(30)),
					fmt.Sprintf("auth = oss2.Auth(\"%s5t%s\",\n                 \"%s\")\n", ltai, g.MixedAlnum(18), g.MixedAlnum(30)),
				},
				Negatives: []string{
					"ALIBABA_CLOUD_ACCESS_KEY_SECRET=${ALIBABA_CLOUD_ACCESS_KEY_SECRET}\n",
					fmt.Sprintf("client = AcsClient('%s%s', '%s', 'cn-hangzhou')\n", ltai, g.MixedAlnum(12), g.MixedAlnum(29)),
					fmt.Sprintf("client = AcsClient('X%s%s', '%s', 'cn-hangzhou')\n", ltai, g.MixedAlnum(12), g.MixedAlnum(30)),
					fmt.Sprintf("ALIBABA_CLOUD_ACCESS_KEY_SECRET=%s\n", g.Alnum(31)),
				},
			}
		},
	}
}

func moreCloudCases() map[string]Builder {
	return map[string]Builder{
		"ibm-cloud-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Base64URL, 44) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("IBMCLOUD_API_KEY=%s\n", key()),
					fmt.Sprintf("variable \"region\" {}\nibmcloud_api_key = \"%s\"\n", key()),
					// the IBM Cloud SDKs' IAM authenticator (Python, Node, Java)
					fmt.Sprintf("authenticator = IAMAuthenticator('%s')\n", key()),
					fmt.Sprintf("const authenticator = new IamAuthenticator({ apikey: '%s' });\n", key()),
					fmt.Sprintf("cos = ibm_boto3.client('s3', ibm_api_key_id='%s', ibm_service_instance_id=crn, config=Config(signature_version='oauth'))\n", key()),
					fmt.Sprintf("IamAuthenticator authenticator = new IamAuthenticator.Builder()\n        .apikey(\"%s\")\n        .build();\n", key()),
				},
				Negatives: []string{
					"ibmcloud_api_key = var.ibmcloud_api_key\n",
					"authenticator = IAMAuthenticator('{apikey}')\n",
					"IamAuthenticator authenticator = new IamAuthenticator.Builder().apikey(API_KEY).build();\n",
					fmt.Sprintf("authenticator = IAMAuthenticator('%s')\n", g.String(fake.Base64URL, 43)),
					fmt.Sprintf("IBMCLOUD_API_KEY=%s\n", g.String(fake.Base64URL, 43)),
				},
			}
		},
		"linode-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("LINODE_TOKEN=%s\n", g.Hex(64)),
					fmt.Sprintf("provider:\n  linode_api_key: \"%s\"\n", g.Hex(64)),
				},
				Negatives: []string{
					fmt.Sprintf("LINODE_TOKEN=%s\n", g.Hex(63)),
					fmt.Sprintf("sha256: %s  linode-cli.tar.gz\n", g.Hex(64)),
				},
			}
		},
		"vultr-api-key": func(g *fake.Gen) Cases {
			key := func() string { return g.String(fake.Upper+fake.Digits, 36) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("VULTR_API_KEY=%s\n", key()),
					fmt.Sprintf("provider \"vultr\" {}\nvultr_api_key: \"%s\"\n", key()),
				},
				Negatives: []string{
					fmt.Sprintf("VULTR_API_KEY=%s\n", strings.ToLower(key())),
					fmt.Sprintf("VULTR_API_KEY=%s\n", g.String(fake.Upper+fake.Digits, 35)),
				},
			}
		},
		"scaleway-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("SCW_ACCESS_KEY=SCW%s\nSCW_SECRET_KEY=%s\n", g.String(fake.Upper+fake.Digits, 17), g.UUID()),
					fmt.Sprintf("scaleway:\n  scaleway_secret_key: \"%s\"\n", g.UUID()),
					// the Terraform provider's block names the provider
					fmt.Sprintf("provider \"scaleway\" {\n  access_key = \"SCW%s\"\n  secret_key = \"%s\"\n  zone       = \"fr-par-1\"\n}\n", g.String(fake.Upper+fake.Digits, 17), g.UUID()),
				},
				Negatives: []string{
					fmt.Sprintf("SCW_DEFAULT_PROJECT_ID=%s\n", g.UUID()),
					"SCW_SECRET_KEY=xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx\n",
				},
			}
		},
		"fastly-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("FASTLY_API_TOKEN=%s\n", g.String(fake.Base64URL, 32)),
					fmt.Sprintf("fastly_api_key: '%s'\n", g.String(fake.Base64URL, 32)),
				},
				Negatives: []string{
					fmt.Sprintf("FASTLY_SERVICE_ID=%s\n", g.Alnum(22)),
					"FASTLY_API_TOKEN: ${{ secrets.FASTLY_API_TOKEN }}\n",
				},
			}
		},
	}
}

// uriCases builds the cases of a connection-URI rule from URI templates
// holding one %s for the password.
func uriCases(positives, negatives []string) Builder {
	return func(g *fake.Gen) Cases {
		var c Cases
		for _, p := range positives {
			c.Positives = append(c.Positives, fmt.Sprintf(p, password(g)))
		}
		c.Negatives = negatives
		return c
	}
}

func dbURICases() map[string]Builder {
	return map[string]Builder{
		"postgres-uri": uriCases(
			[]string{
				"DATABASE_URL=postgres://app:%s@db.internal:5432/app?sslmode=require\n",
				"engine = create_engine(\"postgresql+psycopg2://etl:%s@warehouse.corp.net/analytics\")\n",
			},
			[]string{
				"DATABASE_URL=postgres://user:password@localhost:5432/app\n",
				"DATABASE_URL=postgres://app:${DB_PASSWORD}@db:5432/app\n",
				"DATABASE_URL=postgres://localhost:5432/app\n",
			}),
		"mysql-uri": uriCases(
			[]string{
				"spring.datasource.url: mysql://shop:%s@10.0.3.7:3306/shop\n",
				"SQLALCHEMY_DATABASE_URI = 'mysql+pymysql://web:%s@mysql.prod.internal/web'\n",
			},
			[]string{
				"DB_URL=mysql://user:pass@localhost/test\n",
				"DB_URL=mysql://root@localhost:3306/app\n",
			}),
		"mongodb-uri": uriCases(
			[]string{
				"MONGO_URI=mongodb+srv://svc:%s@cluster0.ab1cd.mongodb.net/?retryWrites=true&w=majority\n",
				"  uri: \"mongodb://admin2:%s@mongo-0.mongo:27017,mongo-1.mongo:27017/?replicaSet=rs0\"\n",
			},
			[]string{
				"MONGO_URI=mongodb+srv://<username>:<password>@cluster0.mongodb.net/\n",
				"MONGO_URI=mongodb://localhost:27017/app\n",
			}),
		"redis-uri": uriCases(
			[]string{
				"REDIS_URL=redis://:%s@redis.internal:6379/0\n",
				"cache:\n  url: rediss://default:%s@eu1-fine-fox-31337.upstash.io:6379\n",
			},
			[]string{
				"REDIS_URL=redis://localhost:6379/0\n",
				"REDIS_URL=redis://:${REDIS_PASSWORD}@redis:6379/0\n",
			}),
		"amqp-uri": uriCases(
			[]string{
				"CELERY_BROKER_URL=amqp://worker:%s@rabbit.internal:5672/jobs\n",
				"broker: \"amqps://svc:%s@b-1234.mq.us-east-1.amazonaws.com:5671\"\n",
			},
			[]string{
				"CELERY_BROKER_URL=amqp://guest:guest@localhost:5672//\n",
				"CELERY_BROKER_URL=amqp://localhost\n",
			}),
		"mssql-uri": uriCases(
			[]string{
				"dsn := \"sqlserver://svc:%s@sql.corp.net:1433?database=orders\"\n",
				"DB_URL=mssql+pyodbc://report:%s@sqlprod01/reports?driver=ODBC+Driver+18+for+SQL+Server\n",
			},
			[]string{
				"dsn := \"sqlserver://sa:{password}@localhost:1433?database=app\"\n",
				"dsn := \"sqlserver://localhost:1433?database=app\"\n",
			}),
		"snowflake-uri": uriCases(
			[]string{
				"SNOWFLAKE_URL=snowflake://etl:%s@xy12345.eu-west-1/analytics/public?warehouse=wh\n",
				"engine = create_engine('snowflake://loader:%s@acme-prod/raw')\n",
			},
			[]string{
				"SNOWFLAKE_URL=snowflake://etl@xy12345/analytics\n",
				"SNOWFLAKE_URL=snowflake://etl:{password}@xy12345/analytics\n",
			}),
		"clickhouse-uri": uriCases(
			[]string{
				"CLICKHOUSE_URL=clickhouse://default:%s@ch.internal:9000/default\n",
				"dsn = \"clickhouse+native://reader:%s@ch-0.analytics.svc/events\"\n",
			},
			[]string{
				"CLICKHOUSE_URL=clickhouse://localhost:9000\n",
				"CLICKHOUSE_URL=clickhouse://default:@localhost:9000\n",
			}),
		"cockroachdb-uri": uriCases(
			[]string{
				"DATABASE_URL=cockroachdb://app:%s@free-tier.gcp-us-central1.cockroachlabs.cloud:26257/defaultdb?sslmode=verify-full\n",
				"engine = create_engine(\"cockroachdb+psycopg2://svc:%s@crdb.internal:26257/bank\")\n",
			},
			[]string{
				"DATABASE_URL=cockroachdb://root@localhost:26257/defaultdb?sslmode=disable\n",
				"DATABASE_URL=cockroachdb://app:${CRDB_PASSWORD}@crdb:26257/app\n",
			}),
		"neo4j-uri": uriCases(
			[]string{
				"NEO4J_URI=neo4j+s://graph:%s@a1b2c3d4.databases.neo4j.io\n",
				"driver = GraphDatabase.driver(\"bolt://app:%s@graph.internal:7687\")\n",
			},
			[]string{
				"NEO4J_URI=neo4j://localhost:7687\n",
				"NEO4J_URI=bolt://neo4j:neo4j@localhost:7687\n",
			}),
		"elasticsearch-uri": uriCases(
			[]string{
				"ELASTICSEARCH_URL=https://elastic:%s@prod-search.es.us-east-1.aws.found.io:9243\n",
				"es = Elasticsearch(\"http://ingest:%s@10.0.0.12:9200\")\n",
			},
			[]string{
				"ELASTICSEARCH_URL=http://elastic:changeme@localhost:9200\n",
				"elastic_backup_url: https://svc:Str0ngPassw0rd@backup.internal.net/snapshots\n",
				"ELASTICSEARCH_URL=http://localhost:9200\n",
			}),
	}
}

func dbStringCases() map[string]Builder {
	return map[string]Builder{
		"jdbc-url-password": uriCases(
			[]string{
				"spring.datasource.url=jdbc:mysql://db.internal:3306/app?user=app&password=%s&useSSL=true\n",
				"url = \"jdbc:oracle:thin:scott/%s@//ora.corp.net:1521/ORCL\"\n",
				"jdbc:sqlserver://sql01:1433;databaseName=erp;user=erp;password=%s;encrypt=true\n",
			},
			[]string{
				"spring.datasource.url=jdbc:postgresql://localhost:5432/app\n",
				"spring.datasource.url=jdbc:mysql://db/app?user=app&password=${DB_PASSWORD}\n",
			}),
		"adonet-connection-string": uriCases(
			[]string{
				"{\n  \"ConnectionStrings\": {\n    \"Default\": \"Server=tcp:app-%[1]s.database.windows.net,1433;Initial Catalog=app;User ID=app;Password=%[1]s;Encrypt=True;\"\n  }\n}\n",
				"<add name=\"Main\" connectionString=\"Data Source=sql01;Initial Catalog=Orders;User Id=orders;Password=%s;\" providerName=\"System.Data.SqlClient\" />\n",
			},
			[]string{
				"\"Default\": \"Server=db;Database=app;Trusted_Connection=True;\"\n",
				"var cs = string.Format(\"Server=db;User Id=sa;Password={0};\", pw);\n",
				"mysqldump --user=backup --password=$BACKUP_PASSWORD app > app.sql\n",
			}),
		"libpq-connection-string": uriCases(
			[]string{
				"db, err := sql.Open(\"postgres\", \"host=db.internal port=5432 user=app password=%s dbname=app sslmode=require\")\n",
				"conn = psycopg2.connect(\"dbname=orders user=orders password=%s host=pg.corp.net\")\n",
			},
			[]string{
				"conn = psycopg2.connect(\"dbname=app user=app password=password host=localhost\")\n",
				"dsn := fmt.Sprintf(\"host=%s user=%s password=%s dbname=%s\", h, u, p, d)\n",
				"psql \"host=db user=app password=$PGPASSWORD dbname=app\"\n",
			}),
		"neo4j-auth": uriCases(
			[]string{
				"services:\n  neo4j:\n    environment:\n      - NEO4J_AUTH=neo4j/%s\n",
				"    environment:\n      NEO4J_AUTH: \"neo4j/%s\"\n",
			},
			[]string{
				"      - NEO4J_AUTH=none\n",
				"      - NEO4J_AUTH=neo4j/password\n",
			}),
	}
}

func dbPlatformCases() map[string]Builder {
	return map[string]Builder{
		"planetscale-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("DATABASE_HOST=aws.connect.psdb.cloud\nDATABASE_PASSWORD=%s%s\n", pscalePw, g.Alnum(43)),
					fmt.Sprintf("$pass = \"%s%s\";\n", pscalePw, g.Alnum(43)),
				},
				Negatives: []string{
					fmt.Sprintf("DATABASE_PASSWORD=%s%s\n", pscalePw, g.Alnum(42)),
					fmt.Sprintf("DATABASE_PASSWORD=%s<password>\n", pscalePw),
				},
			}
		},
		"planetscale-api-token": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("PLANETSCALE_SERVICE_TOKEN=%s%s\n", pscaleTkn, g.Alnum(43)),
					fmt.Sprintf("token: %s%s\n", pscaleOA, g.Alnum(43)),
				},
				Negatives: []string{
					fmt.Sprintf("PLANETSCALE_SERVICE_TOKEN=%s%s\n", pscaleTkn, g.Alnum(20)),
					fmt.Sprintf("PLANETSCALE_SERVICE_TOKEN_ID=%s\n", g.String(fake.Lower+fake.Digits, 12)),
				},
			}
		},
		"supabase-secret-key": func(g *fake.Gen) Cases {
			key := func(prefix string) string { return prefix + g.String(fake.Base64URL, 22) + "_" + g.Alnum(8) }
			return Cases{
				Positives: []string{
					fmt.Sprintf("SUPABASE_URL=https://%s.supabase.co\nSUPABASE_SECRET_KEY=%s\n", g.String(fake.Lower, 20), key(sbSecret)),
					fmt.Sprintf("const admin = createClient(url, '%s');\n", key(sbSecret)),
				},
				Negatives: []string{
					fmt.Sprintf("SUPABASE_PUBLISHABLE_KEY=%s\n", key(fake.Join("sb", "_publishable_"))),
					fmt.Sprintf("SUPABASE_SECRET_KEY=%s%s\n", sbSecret, g.Alnum(10)),
				},
			}
		},
		"firebase-database-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					fmt.Sprintf("curl 'https://%s.firebaseio.com/users.json?auth=%s'\n", g.String(fake.Lower, 10), g.Alnum(40)),
					fmt.Sprintf("FIREBASE_DATABASE_SECRET=%s\n", g.Alnum(40)),
				},
				Negatives: []string{
					fmt.Sprintf("curl 'https://app.firebaseio.com/users.json?auth=%s'\n", g.Alnum(120)),
					fmt.Sprintf("FIREBASE_SECRET=%s\n", g.Alnum(39)),
				},
			}
		},
	}
}
