package rules

import (
	"bytes"
	"encoding/asn1"
)

// pfxHead is the start of a PKCS#12 PFX (RFC 7292 section 4): version 3
// and the authSafe ContentInfo; the MAC data that follows is not needed.
type pfxHead struct {
	Version  int
	AuthSafe struct {
		ContentType asn1.ObjectIdentifier
		Content     asn1.RawValue `asn1:"explicit,tag:0"`
	}
	MacData asn1.RawValue `asn1:"optional"`
}

// pfxContentTypes are the PKCS#7 content types an authSafe may have: data
// (password integrity, what OpenSSL, Windows and keytool write) and
// signedData (public-key integrity).
var pfxContentTypes = map[string]bool{
	"1.2.840.113549.1.7.1": true,
	"1.2.840.113549.1.7.2": true,
}

// minPFXContent is the fewest content bytes a PFX holding a key and its
// certificate can have; a truncated copy decodes to less.
const minPFXContent = 200

// pfxKeyBag is the DER of the bag type OIDs under pkcs-12 bagtypes
// (1.2.840.113549.1.12.10.1) without their last arc: 1 is keyBag, 2
// pkcs8ShroudedKeyBag (RFC 7292 section 4.2). OpenSSL, Windows and keytool
// keep the key bag in a plain data ContentInfo, so its OID is readable; a
// bundle of certificates only (a truststore) has none.
var pfxKeyBag = []byte{0x06, 0x0b, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x0c, 0x0a, 0x01}

// checkPKCS12 checks base64 of a DER PKCS#12 file (.pfx, .p12): a PFX
// SEQUENCE of version 3 whose authSafe is PKCS#7 data or signedData with
// content, nothing after the SEQUENCE, and a key bag inside.
func checkPKCS12(secret []byte) Check {
	der, ok := decodeBase64(string(secret), b64Std)
	if !ok {
		return Check{}
	}
	var pfx pfxHead
	rest, err := asn1.Unmarshal(der, &pfx)
	if err != nil || len(rest) != 0 || pfx.Version != 3 {
		return Check{}
	}
	content := pfx.AuthSafe.Content.Bytes
	if !pfxContentTypes[pfx.AuthSafe.ContentType.String()] || len(content) < minPFXContent {
		return Check{}
	}
	i := bytes.Index(content, pfxKeyBag)
	return Check{OK: i >= 0 && i+len(pfxKeyBag) < len(content) && (content[i+len(pfxKeyBag)] == 1 || content[i+len(pfxKeyBag)] == 2)}
}
