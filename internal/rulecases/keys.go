// Cases of the rules added for private-key files, signing configs and tool credential formats that no other
// scanner's list named. Values are built at run time from split parts,
// never stored whole.

package rulecases

import (
	"encoding/asn1"
	"encoding/base64"
	"encoding/binary"
	"strings"

	"github.com/keysieve/keysieve/internal/fake"
)

// keysB64URL is n random bytes in unpadded base64url, as JWK members are.
func keysB64URL(g *fake.Gen, n int) string {
	return base64.RawURLEncoding.EncodeToString(g.Bytes(n))
}

// keysB64 is the padded standard base64 of b.
func keysB64(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// keysPassword is a password mixing letters and digits.
func keysPassword(g *fake.Gen) string { return g.MixedAlnum(10) + g.Pick("7", "42", "9x") }

// keysCat concatenates byte slices.
func keysCat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

// keysJenkins is a hudson.util.Secret payload in braces: version, IV
// length, the declared data length, IV and data of n bytes.
func keysJenkins(g *fake.Gen, version byte, declared, n int) string {
	head := make([]byte, 9)
	head[0] = version
	binary.BigEndian.PutUint32(head[1:5], 16)
	binary.BigEndian.PutUint32(head[5:9], uint32(declared))
	return "{" + keysB64(keysCat(head, g.Bytes(16), g.Bytes(n))) + "}"
}

// keysMinisign is a minisign secret key line with the given KDF bytes.
func keysMinisign(g *fake.Gen, kdf string) string {
	return keysB64(keysCat([]byte("Ed"+kdf+"B2"), g.Bytes(152)))
}

// keysSignify is a signify secret key line with the given length.
func keysSignify(g *fake.Gen, n int) string {
	return keysB64(keysCat([]byte("EdBK"), []byte{0, 0, 0, 42}, g.Bytes(n-8)))
}

// keysTor is a base64 Tor v3 onion service secret key with a key of n bytes.
func keysTor(key []byte) string {
	tag := append([]byte("== ed25519v1-"+"secret: type0 =="), 0, 0, 0)
	return keysB64(keysCat(tag, key))
}

// keysPFX is base64 of a PKCS#12 PFX whose one bag has bag type arc bag
// (2: pkcs8ShroudedKeyBag, 3: certBag) and n bytes of random content.
func keysPFX(g *fake.Gen, bag, n int) string {
	must := func(b []byte, err error) []byte {
		if err != nil {
			panic(err)
		}
		return b
	}
	type item struct {
		ID    asn1.ObjectIdentifier
		Value asn1.RawValue
	}
	// wrap is [0] EXPLICIT OCTET STRING b
	wrap := func(b []byte) asn1.RawValue {
		return asn1.RawValue{Class: asn1.ClassContextSpecific, Tag: 0, IsCompound: true, Bytes: must(asn1.Marshal(b))}
	}
	data := asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 7, 1}
	bags := must(asn1.Marshal([]item{{asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 12, 10, 1, bag}, wrap(g.Bytes(n))}}))
	safe := must(asn1.Marshal([]item{{data, wrap(bags)}}))
	return keysB64(must(asn1.Marshal(struct {
		Version  int
		AuthSafe item
		Mac      struct{ Salt []byte }
	}{3, item{data, wrap(safe)}, struct{ Salt []byte }{g.Bytes(20)}})))
}

// keysKeytab is base64 of a one-entry keytab of encryption type etype.
func keysKeytab(etype uint16, key []byte) string {
	counted := func(b []byte) []byte { return append(binary.BigEndian.AppendUint16(nil, uint16(len(b))), b...) }
	e := binary.BigEndian.AppendUint16(nil, 2)
	for _, part := range []string{"CORP.EXAMPLE", "HTTP", "intranet.corp.example"} {
		e = append(e, counted([]byte(part))...)
	}
	e = binary.BigEndian.AppendUint32(binary.BigEndian.AppendUint32(e, 1), 1700000000)
	e = binary.BigEndian.AppendUint16(append(e, 2), etype)
	e = append(e, counted(key)...)
	return keysB64(append(binary.BigEndian.AppendUint32([]byte{5, 2}, uint32(len(e))), e...))
}

// keysCases are the generated cases of the private-key files, signing configs and tool credential rules.
func keysCases() map[string]Builder {
	return map[string]Builder{
		"jwk-private-key": func(g *fake.Gen) Cases {
			rsa := `{"kty":"RSA","n":"` + keysB64URL(g, 256) + `","e":"AQAB","d":"` + keysB64URL(g, 256) +
				`","p":"` + keysB64URL(g, 128) + `","q":"` + keysB64URL(g, 128) + `","dp":"` + keysB64URL(g, 128) +
				`","dq":"` + keysB64URL(g, 128) + `","qi":"` + keysB64URL(g, 128) + `"}`
			ec := func(d int) string {
				return "{\n  \"kty\": \"EC\",\n  \"crv\": \"P-256\",\n  \"x\": \"" + keysB64URL(g, 32) + "\",\n  \"y\": \"" +
					keysB64URL(g, 32) + "\",\n  \"d\": \"" + keysB64URL(g, d) + "\",\n  \"use\": \"sig\"\n}\n"
			}
			return Cases{
				Positives: []string{
					rsa + "\n",
					ec(32),
					`{"keys":[{"kty":"OKP","crv":"Ed25519","x":"` + keysB64URL(g, 32) + `","d":"` + keysB64URL(g, 32) + `","kid":"k1"}]}` + "\n",
					`JWT_SIGNING_KEY="{\"kty\":\"oct\",\"k\":\"` + keysB64URL(g, 32) + `\",\"alg\":\"HS256\"}"` + "\n",
					"const key = { kty: 'EC', crv: 'P-384', x: '" + keysB64URL(g, 48) + "', y: '" + keysB64URL(g, 48) + "', d: '" + keysB64URL(g, 48) + "' };\n",
					// "d" above "kty", as sorted-key JSON writes it.
					"{\n  \"crv\": \"P-256\",\n  \"d\": \"" + keysB64URL(g, 32) + "\",\n  \"kty\": \"EC\",\n  \"x\": \"" + keysB64URL(g, 32) +
						"\",\n  \"y\": \"" + keysB64URL(g, 32) + "\"\n}\n",
				},
				Negatives: []string{
					// a public key, a scalar of the wrong size, a toy value, a template
					`{"kty":"RSA","n":"` + keysB64URL(g, 256) + `","e":"AQAB","alg":"RS256"}` + "\n",
					ec(20),
					`{"kty":"oct","k":"` + strings.Repeat("A", 43) + `"}` + "\n",
					`{"kty":"EC","crv":"P-256","d":"%s","x":"%s","y":"%s"}` + "\n",
					`{"kty":"OKP","crv":"Ed25519","d":"` + keysB64URL(g, 31) + `"}` + "\n",
					// sorted keys of a public key: nothing above "kty" is private
					"{\n  \"crv\": \"P-256\",\n  \"kid\": \"k1\",\n  \"kty\": \"EC\",\n  \"x\": \"" + keysB64URL(g, 32) + "\",\n  \"y\": \"" + keysB64URL(g, 32) + "\"\n}\n",
				},
			}
		},
		"android-signing-password": func(g *fake.Gen) Cases {
			p := keysPassword(g)
			return Cases{
				Positives: []string{
					"android {\n    signingConfigs {\n        release {\n            storeFile file(\"upload.jks\")\n            storePassword \"" + p + "\"\n            keyAlias \"upload\"\n            keyPassword '" + keysPassword(g) + "'\n        }\n    }\n}\n",
					"signingConfigs {\n    create(\"release\") {\n        storePassword = \"" + keysPassword(g) + "\"\n        keyAlias = \"upload\"\n    }\n}\n",
					"storePassword=" + keysPassword(g) + "\nkeyPassword=" + keysPassword(g) + "\nkeyAlias=upload\nstoreFile=/home/me/upload-keystore.jks\n",
					"./gradlew assembleRelease -Pandroid.injected.signing.store.password=" + keysPassword(g) + " -Pandroid.injected.signing.key.alias=upload\n",
				},
				Negatives: []string{
					"release {\n    storePassword keystoreProperties['storePassword']\n    keyPassword = keystoreProperties[\"keyPassword\"] as String\n}\n",
					"release {\n    storePassword System.getenv(\"KEYSTORE_PASSWORD\")\n    keyPassword \"${System.env.KEY_PASSWORD}\"\n}\n",
					"debug {\n    storePassword \"android\"\n    keyPassword \"android\"\n}\n",
					"storePassword=" + p[:3] + "\n",
				},
			}
		},
		"java-keystore-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"JAVA_OPTS=\"-Djavax.net.ssl.keyStore=/etc/app/keystore.p12 -Djavax.net.ssl.keyStorePassword=" + keysPassword(g) + "\"\n",
					"javax.net.ssl.trustStorePassword=" + keysPassword(g) + "\n",
					"System.setProperty(\"javax.net.ssl.keyStorePassword\", \"" + keysPassword(g) + "\");\n",
				},
				Negatives: []string{
					"-Djavax.net.ssl.trustStorePassword=changeit\n",
					"-Djavax.net.ssl.keyStorePassword=${KEYSTORE_PASSWORD}\n",
					"System.setProperty(\"javax.net.ssl.keyStorePassword\", System.getenv(\"KS_PASS\"));\n",
				},
			}
		},
		"azure-publish-profile-password": func(g *fake.Gen) Cases {
			site := g.Pick("contoso-api", "shop-web", "billing")
			return Cases{
				Positives: []string{
					"<publishData>\n  <publishProfile profileName=\"" + site + " - Web Deploy\" publishMethod=\"MSDeploy\" publishUrl=\"" + site +
						".scm.azurewebsites.net:443\" msdeploySite=\"" + site + "\" userName=\"$" + site + "\" userPWD=\"" + g.MixedAlnum(60) +
						"\" destinationAppUrl=\"https://" + site + ".azurewebsites.net\" />\n</publishData>\n",
					"<publishProfile profileName=\"" + site + " - FTP\" publishMethod=\"FTP\" userName=\"" + site + "\\$" + site + "\" userPWD=\"" + g.MixedAlnum(60) + "\" />\n",
				},
				Negatives: []string{
					"<publishProfile profileName=\"" + site + "\" userName=\"$" + site + "\" userPWD=\"\" />\n",
					"<publishProfile profileName=\"" + site + "\" userPWD=\"********\" />\n",
					"<publishProfile profileName=\"" + site + "\" userPWD=\"" + strings.Repeat("ab", 8) + "\" />\n",
				},
			}
		},
		"jenkins-encrypted-secret": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <id>deploy</id>\n  <username>ci</username>\n  <password>" + keysJenkins(g, 1, 32, 32) + "</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n",
					"<hudson.plugins.git.UserRemoteConfig>\n  <secret>" + keysJenkins(g, 1, 48, 48) + "</secret>\n</hudson.plugins.git.UserRemoteConfig>\n",
				},
				Negatives: []string{
					"<password>" + keysJenkins(g, 1, 48, 32) + "</password>\n",
					"<password>" + keysJenkins(g, 2, 32, 32) + "</password>\n",
					"<password>" + keysJenkins(g, 1, 20, 20) + "</password>\n",
				},
			}
		},
		"minisign-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"untrusted comment: minisign encrypted secret key\n" + keysMinisign(g, "Sc") + "\n",
					"MINISIGN_SECRET_KEY: |\n  untrusted comment: minisign secret key\n  " + keysMinisign(g, "\x00\x00") + "\n",
				},
				Negatives: []string{
					"untrusted comment: minisign encrypted secret key\n" + keysMinisign(g, "Sx") + "\n",
					"untrusted comment: minisign encrypted secret key\n" + keysB64(keysCat([]byte("EdScB2"), make([]byte, 152))) + "\n",
					"untrusted comment: minisign secret key\n" + keysMinisign(g, "Sc")[:150] + "\n",
				},
			}
		},
		"signify-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"untrusted comment: signify secret key\n" + keysSignify(g, 104) + "\n",
					"SIGNIFY_SECRET_KEY=\"" + keysSignify(g, 104) + "\"\n",
				},
				Negatives: []string{
					"untrusted comment: signify secret key\n" + keysSignify(g, 101) + "\n",
					"untrusted comment: signify secret key\n" + keysB64(keysCat([]byte("EdBK"), []byte{0, 0, 0, 42}, make([]byte, 96))) + "\n",
				},
			}
		},
		"pkcs12-base64": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"SIGNING_CERTIFICATE_P12_BASE64=" + keysPFX(g, 2, 600) + "\n",
					"apiVersion: v1\nkind: Secret\ntype: Opaque\ndata:\n  keystore.p12: " + keysPFX(g, 2, 900) + "\n",
				},
				Negatives: []string{
					"TRUSTSTORE_P12=" + keysPFX(g, 3, 600) + "\n",
					"SIGNING_CERTIFICATE_P12_BASE64=" + keysPFX(g, 2, 600)[:500] + "\n",
				},
			}
		},
		"s3fs-passwd-secret": func(g *fake.Gen) Cases {
			id := func() string { return fake.Join("AK", "IA") + g.String("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) }
			secret := func() string { return g.String(fake.Base64, 40) }
			return Cases{
				Positives: []string{
					id() + ":" + secret() + "\n",
					"media-bucket:" + id() + ":" + secret() + "\n",
					"RUN echo \"" + id() + ":" + secret() + "\" > /etc/passwd-s3fs && chmod 600 /etc/passwd-s3fs\n",
				},
				Negatives: []string{
					id() + ":" + secret()[:30] + "\n",
					id() + ":" + strings.Repeat("A", 40) + "\n",
					"minio:" + upperAlnum(g, 20) + ":" + secret() + "\n",
				},
			}
		},
		"samba-smbpasswd-hash": func(g *fake.Gen) Cases {
			nt := func() string { return strings.ToUpper(g.Hex(32)) }
			lct := func() string { return "LCT-" + strings.ToUpper(g.Hex(8)) + ":" }
			return Cases{
				Positives: []string{
					"alice:1000:" + strings.Repeat("X", 32) + ":" + nt() + ":[U          ]:" + lct() + "\n",
					"backup:1001:" + nt() + ":" + nt() + ":[UX         ]:" + lct() + "\n",
				},
				Negatives: []string{
					"alice:1000:" + strings.Repeat("X", 32) + ":" + strings.Repeat("X", 32) + ":[DU         ]:" + lct() + "\n",
					"alice:1000:" + strings.Repeat("X", 32) + ":" + strings.ToLower(nt()) + ":[U          ]:" + lct() + "\n",
					"alice:1000:" + strings.Repeat("X", 32) + ":" + nt()[:30] + ":[U          ]:" + lct() + "\n",
				},
			}
		},
		"rabbitmq-password-hash": func(g *fake.Gen) Cases {
			user := func(hash, algo string) string {
				return "{\"users\": [{\"name\": \"svc\", \"password_hash\": \"" + hash + "\", \"hashing_algorithm\": \"" + algo + "\", \"tags\": []}]}\n"
			}
			return Cases{
				Positives: []string{
					user(keysB64(g.Bytes(36)), "rabbit_password_hashing_sha256"),
					user(keysB64(g.Bytes(68)), "rabbit_password_hashing_sha512"),
				},
				Negatives: []string{
					user("", "rabbit_password_hashing_sha256"),
					user(keysB64(g.Bytes(30)), "rabbit_password_hashing_sha256"),
					user(strings.Repeat("A", 48), "rabbit_password_hashing_sha256"),
				},
			}
		},
		"openldap-rootpw": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"database mdb\nsuffix \"dc=example,dc=com\"\nrootdn \"cn=Manager,dc=example,dc=com\"\nrootpw " + keysPassword(g) + "\n",
					"dn: olcDatabase={1}mdb,cn=config\nchangetype: modify\nreplace: olcRootPW\nolcRootPW: " + keysPassword(g) + "\n",
				},
				Negatives: []string{
					"rootpw {SSHA}" + g.String(fake.Base64, 32) + "\n",
					"olcRootPW: secret\n",
					"rootpw ${LDAP_ROOT_PASSWORD}\n",
				},
			}
		},
		"kerberos-keytab-base64": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"apiVersion: v1\nkind: Secret\ndata:\n  krb5.keytab: " + keysKeytab(18, g.Bytes(32)) + "\n",
					"KRB5_KEYTAB_B64=" + keysKeytab(17, g.Bytes(16)) + "\n",
				},
				Negatives: []string{
					"KRB5_KEYTAB_B64=" + keysKeytab(18, g.Bytes(20)) + "\n",
					"KRB5_KEYTAB_B64=" + keysKeytab(18, make([]byte, 32)) + "\n",
				},
			}
		},
		"postfix-sasl-password": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"[smtp.sendgrid.net]:587 apikey:" + fake.Join("SG", ".") + g.MixedAlnum(22) + "." + g.MixedAlnum(43) + "\n",
					"# relay credentials\n[mail.isp.example]:submission alerts@example.com:" + keysPassword(g) + "\n",
					"smtp.office365.com:587 relay@corp.example:" + keysPassword(g) + "\n",
				},
				Negatives: []string{
					"[mail.isp.example]:587 alerts@example.com:password\n",
					"[mail.isp.example]:587 alerts@example.com:${SMTP_PASSWORD}\n",
					"see mail.isp.example for details: user:" + keysPassword(g) + "\n",
				},
			}
		},
		"tor-onion-service-secret-key": func(g *fake.Gen) Cases {
			return Cases{
				Positives: []string{
					"TOR_HS_ED25519_SECRET_KEY=" + keysTor(g.Bytes(64)) + "\n",
					"apiVersion: v1\nkind: Secret\ndata:\n  hs_ed25519_secret_key: " + keysTor(g.Bytes(64)) + "\n",
				},
				Negatives: []string{
					"hs_ed25519_secret_key: " + keysTor(make([]byte, 64)) + "\n",
					"hs_ed25519_secret_key: " + keysTor(g.Bytes(63)) + "\n",
				},
			}
		},
	}
}
