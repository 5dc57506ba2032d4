package rules

import (
	"encoding/base64"
	"strings"
	"testing"
)

// TestSecretDataEntries checks which entries of a Kubernetes Secret's
// data: section are read, under which name and decoded to what: in YAML
// and JSON, with the kind line above or below data:, as a list item, and
// not past the document's end or in a manifest of another kind.
func TestSecretDataEntries(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	v1, v2 := b64("v1v1v1v1"), b64("v2v2v2v2")
	for _, tc := range []struct {
		name, text string
		want       []string // joined name = decoded value
	}{
		{"kind above", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: acme\ndata:\n  acme: " + v1 + "\n  username: " + b64("admin-user") + "\n  db_password: " + v2 + "\n",
			[]string{"acme_secret=v1v1v1v1", "db_password=v2v2v2v2"}},
		{"kind below, quoted", "apiVersion: v1\ndata:\n  acme: '" + v1 + "'\n  globex: \"" + v2 + "\"\nkind: 'Secret'\n",
			[]string{"acme_secret=v1v1v1v1", "globex_secret=v2v2v2v2"}},
		{"list item", "kind: List\nitems:\n- kind: Secret\n  data:\n    acme: " + v1 + "\n- kind: ConfigMap\n  data:\n    globex: " + v2 + "\n",
			[]string{"acme_secret=v1v1v1v1"}},
		{"json", "{\n  \"kind\": \"Secret\",\n  \"data\": {\n    \"acme\": \"" + v1 + "\",\n    \"host\": \"" + b64("db.acme.test") + "\"\n  }\n}\n",
			[]string{"acme_secret=v1v1v1v1"}},
		// `echo pw | base64` encodes the newline too
		{"trailing newline", "kind: Secret\ndata:\n  acme: " + b64("v1v1v1v1\n") + "\n", []string{"acme_secret=v1v1v1v1"}},
		{"next document", "kind: Secret\nstringData: {}\n---\nkind: ConfigMap\ndata:\n  acme: " + v1 + "\n", nil},
		{"secret store", "kind: SecretStore\ndata:\n  acme: " + v1 + "\n", nil},
		{"not base64, a certificate, several lines", "kind: Secret\ndata:\n  acme: {{ .Values.acme | b64enc }}\n  tls.crt: " + v1 + "\n  config: " + b64("v1v1v1v1\nv2v2v2v2") + "\n", nil},
	} {
		got := listedOfEveryLine([]byte(tc.text), func(e listedEntry) string { return string(e.decoded) })
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: read %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSecretDocsAreBounded checks that a file of many Secret documents
// has only maxSecretDocs of them read.
func TestSecretDocsAreBounded(t *testing.T) {
	var b strings.Builder
	doc := "---\nkind: Secret\ndata:\n  acme: " + base64.StdEncoding.EncodeToString([]byte("v1v1v1v1")) + "\n"
	for range 3 * maxSecretDocs {
		b.WriteString(doc)
	}
	data := []byte(b.String())
	var lines []int
	for i := 0; i < len(data); i += len(doc) {
		lines = append(lines, i+4) // each kind line
	}
	if n := len(listedEntries(data, lines)); n != maxSecretDocs {
		t.Errorf("%d entries read, want one per document up to %d", n, maxSecretDocs)
	}
}
