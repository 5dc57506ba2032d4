package verify

import (
	"crypto"
	"crypto/rsa"
	"crypto/sha256"
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"encoding/pem"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

// stsServer answers GetCallerIdentity for the key id valid, refusing
// every other key id.
func stsServer(t *testing.T, valid string, account uint64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.ParseForm()
		authz := r.Header.Get("Authorization")
		if r.Host != "sts.us-east-1.amazonaws.com" || r.Form.Get("Action") != "GetCallerIdentity" || !strings.Contains(authz, "AWS4-HMAC-SHA256") {
			t.Errorf("STS request to %s action %q", r.Host, r.Form.Get("Action"))
		}
		if !strings.Contains(authz, "Credential="+valid+"/") || !strings.Contains(authz, "/us-east-1/sts/aws4_request") {
			w.WriteHeader(http.StatusForbidden)
			fmt.Fprint(w, `<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code><Message>bad</Message></Error><RequestId>1</RequestId></ErrorResponse>`)
			return
		}
		acct := strconv.FormatUint(account, 10)
		w.Header().Set("Content-Type", "text/xml")
		fmt.Fprintf(w, `<GetCallerIdentityResponse><GetCallerIdentityResult><Arn>%s</Arn><UserId>U1</UserId><Account>%s</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
			"arn:aws:iam::"+acct+":user/ci", acct)
	}
}

// TestAWSPair verifies key id and secret found in one file as a pair,
// through STS with SigV4, and marks a lone key id skipped.
func TestAWSPair(t *testing.T) {
	t.Parallel()
	g := fake.New(7)
	account := g.AWSAccountID()
	good, bad := g.AWSKeyID(fake.Join("AK", "IA"), account), g.AWSKeyID(fake.Join("AK", "IA"), account)
	secret := g.String(fake.Base64, 40)
	_, ctx := startProviders(t, stsServer(t, good, account))
	res := &findings.Result{Findings: []findings.Finding{
		{Rule: "aws-access-key-id", File: "a.env", Line: 1, Secret: good, Severity: "high"},
		{Rule: "aws-secret-access-key", File: "a.env", Line: 2, Secret: secret, Severity: "critical"},
		{Rule: "aws-access-key-id", File: "b.env", Line: 1, Secret: bad},
		{Rule: "aws-secret-access-key", File: "b.env", Line: 9, Secret: secret},
		{Rule: "aws-access-key-id", File: "lone.env", Line: 1, Secret: good},
	}}
	sum := Run(ctx, res, loopbackOpts())
	want := []string{findings.VerifyValid, findings.VerifyValid, findings.VerifyInvalid, findings.VerifyInvalid, findings.VerifySkipped}
	for i, f := range res.Findings {
		if f.Verification.Status != want[i] {
			t.Errorf("finding %d (%s in %s): %s (%s), want %s", i, f.Rule, f.File, f.Verification.Status, f.Verification.Detail, want[i])
		}
	}
	if id := res.Findings[0].Verification.Identity; id["account"] != strconv.FormatUint(account, 10) || !strings.HasSuffix(id["arn"], ":user/ci") {
		t.Errorf("identity %v", id)
	}
	if res.Findings[0].Severity != "critical" || res.Findings[2].Severity != "" {
		t.Errorf("severities %q %q: valid raises one level, invalid leaves it", res.Findings[0].Severity, res.Findings[2].Severity)
	}
	if sum.Checked != 2 {
		t.Errorf("checked %d distinct pairs, want 2", sum.Checked)
	}
}

// TestGCPServiceAccount exchanges a service-account key for a token at
// Google's token host, never at the token_uri the file names.
func TestGCPServiceAccount(t *testing.T) {
	t.Parallel()
	g := fake.New(8)
	keyFile := g.GCPServiceAccountJSON("proj-"+g.String(fake.Lower, 6), "")
	keyFile = strings.Replace(keyFile, "oauth2.googleapis.com", "evil.example.com", 1)
	block, _ := pem.Decode([]byte(fake.PKCS8PEM()))
	parsed, _ := x509.ParsePKCS8PrivateKey(block.Bytes)
	pub := &parsed.(*rsa.PrivateKey).PublicKey
	for _, valid := range []bool{true, false} {
		_, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			r.ParseForm()
			if r.Host != "oauth2.googleapis.com" || r.URL.Path != "/token" {
				t.Errorf("token request to %s%s", r.Host, r.URL.Path)
			}
			if err := checkJWT(r.Form.Get("assertion"), pub); err != nil || !valid {
				w.WriteHeader(http.StatusBadRequest)
				fmt.Fprint(w, `{"error":"invalid_grant","error_description":"Invalid JWT Signature."}`)
				return
			}
			w.Header().Set("Content-Type", "application/json")
			fmt.Fprint(w, `{"access_token":"x","token_type":"Bearer","expires_in":3600}`)
		}))
		// The rule's secret starts at "type" inside the object.
		inner := strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(keyFile, "{")), "}")
		res := &findings.Result{Findings: []findings.Finding{{Rule: "gcp-service-account-key", File: "k.json", Secret: inner}}}
		Run(ctx, res, loopbackOpts())
		v := res.Findings[0].Verification
		want := map[bool]string{true: findings.VerifyValid, false: findings.VerifyInvalid}[valid]
		if v.Status != want || !strings.HasSuffix(v.Identity["client_email"], ".iam.gserviceaccount.com") {
			t.Errorf("valid=%v: %+v, want %s with the client email", valid, v, want)
		}
	}
}

// checkJWT verifies an RS256 assertion's signature with pub.
func checkJWT(jwt string, pub *rsa.PublicKey) error {
	parts := strings.Split(jwt, ".")
	if len(parts) != 3 {
		return fmt.Errorf("not a JWT")
	}
	sig, err := base64.RawURLEncoding.DecodeString(parts[2])
	if err != nil {
		return err
	}
	sum := sha256.Sum256([]byte(parts[0] + "." + parts[1]))
	if err := rsa.VerifyPKCS1v15(pub, crypto.SHA256, sum[:], sig); err != nil {
		return err
	}
	claims, _ := base64.RawURLEncoding.DecodeString(parts[1])
	var c struct{ Aud string }
	json.Unmarshal(claims, &c)
	if c.Aud != "https://oauth2.googleapis.com/token" {
		return fmt.Errorf("audience %q", c.Aud)
	}
	return nil
}
