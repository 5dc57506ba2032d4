package rules

import (
	"strings"
	"testing"
)

// TestCurlHeaderView checks the view findCurlHeaders scans: one line per
// credential argument of each curl command, after its URL's scheme and
// host, whatever the order of the arguments and the lines they take; the
// arguments are the pieces that map back to the file.
func TestCurlHeaderView(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, text string
		want       []string // the view's lines
	}{
		{"header first, continued lines", "curl -X GET \\\n  -H \"key: v1\" \\\n  \"https://api.acme.com/v1/items?x=1\"\n",
			[]string{`curl https://api.acme.com -H "key: v1"`}},
		{"url first, two headers and a user", "curl https://api.acme.com:8443/x -H 'Accept: a' --header=X-Key:v2 -u user:v3\n",
			[]string{`curl https://api.acme.com:8443 -H 'Accept: a'`, `curl https://api.acme.com:8443 --header=X-Key:v2`, `curl https://api.acme.com:8443 -u user:v3`}},
		{"cmd and PowerShell continuations", "curl -H \"k: v4\" ^\n  https://a.acme.com\r\ncurl -H \"k: v5\" `\n  http://b.acme.com\n",
			[]string{`curl https://a.acme.com -H "k: v4"`, `curl http://b.acme.com -H "k: v5"`}},
		{"unindented continuation lines", "curl --location 'https://api.acme.com/v4/search' \\\n--header 'Authorization: Bearer v9' \\\n--data '{}'\n",
			[]string{`curl https://api.acme.com --header 'Authorization: Bearer v9'`}},
		// the next command's URL is not this one's
		{"one line each", "curl -H \"k: v6\" $URL\ncurl https://c.acme.com\n", nil},
		{"not curl", "curl_easy_setopt(h, CURLOPT_URL, \"https://acme.com\"); // -H \"k: v7\"\nlibcurl -H \"k: v8\" https://acme.com\n", nil},
	} {
		var v view
		data := []byte(tc.text)
		var hits []int
		for i := range data {
			if strings.HasPrefix(strings.ToLower(tc.text[i:]), curlCommand) {
				hits = append(hits, i)
			}
		}
		addCurlCommands(&v, data, hits, func() bool { return false })
		got := strings.Split(strings.TrimSuffix(string(v.text), "\n"), "\n")
		if len(v.text) == 0 {
			got = nil
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
		for _, p := range v.pieces {
			if p.inner && !strings.Contains(string(v.text[p.at:p.at+p.vlen]), string(data[p.orig:p.orig+p.olen])) {
				t.Errorf("%s: piece %q maps to %q", tc.name, v.text[p.at:p.at+p.vlen], data[p.orig:p.orig+p.olen])
			}
		}
	}
}

// TestCurlHitsAreBounded checks that a file of many "curl" words notes
// maxCurlHits of them, not one each: the hits are kept for the curl view.
func TestCurlHitsAreBounded(t *testing.T) {
	t.Parallel()
	cfg, err := Parse("curl.toml", []byte(`[[rules]]
id = "acme-key"
description = "Acme key"
category = "saas"
severity = "high"
keywords = ["acme"]
regex = '''acme_key=(\w{8})'''
remediation = "Revoke it: https://acme.test/keys"
`))
	if err != nil {
		t.Fatal(err)
	}
	rs, err := Compile(cfg)
	if err != nil {
		t.Fatal(err)
	}
	m := rs.NewMatcher()
	m.Find([]byte(strings.Repeat("libcurl ", 10*maxCurlHits)))
	if len(m.curlHits) != maxCurlHits {
		t.Errorf("%d hits of curl noted, want the bound %d", len(m.curlHits), maxCurlHits)
	}
}
