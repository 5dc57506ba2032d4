package report_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/report"
)

// TestTemplateNeverShowsContext: the text a scan keeps around a secret
// for --verify's checks (Finding.Context) is empty to a template that
// names it, with or without --show-secrets, and JSON does not carry it.
func TestTemplateNeverShowsContext(t *testing.T) {
	t.Parallel()
	secret := fake.New(1244).GitHubToken(fake.Join("gh", "p"))
	res := verifiedResult(secret)
	res.Findings[0].Context = "NEIGHBOUR_SECRET=kept-for-verify " + secret
	for _, show := range []bool{false, true} {
		var out bytes.Buffer
		opts := report.Options{ShowSecrets: show, Template: "{{range .Findings}}<{{.Context}}>{{end}}"}
		if err := report.Write(&out, "template", res, opts); err != nil {
			t.Fatal(err)
		}
		if out.String() != "<>" {
			t.Errorf("show secrets %v: template printed %q, want <>", show, out.String())
		}
		out.Reset()
		if err := report.Write(&out, "json", res, opts); err != nil || strings.Contains(out.String(), "NEIGHBOUR") {
			t.Errorf("show secrets %v: JSON holds the kept text (%v)", show, err)
		}
	}
}
