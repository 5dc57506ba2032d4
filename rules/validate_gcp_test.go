package rules

import (
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
)

func TestCheckGCPServiceAccount(t *testing.T) {
	g := fake.New(9)
	doc := g.GCPServiceAccountJSON("proj-test", "")
	secret := doc[strings.Index(doc, `"type"`):strings.LastIndex(doc, "}")]
	c := checkGCPServiceAccount([]byte(secret))
	if !c.OK || !strings.HasSuffix(c.Owner, "@proj-test.iam.gserviceaccount.com") {
		t.Errorf("service account key: got %+v", c)
	}
	bad := strings.Replace(secret, `"private_key_id": "`, `"private_key_id": "zz`, 1)
	if checkGCPServiceAccount([]byte(bad)).OK {
		t.Errorf("key with a malformed private_key_id accepted")
	}
}
