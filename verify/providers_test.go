package verify

import (
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

// sampleSecret returns a well-formed fake secret for rule.
func sampleSecret(g *fake.Gen, rule string) string {
	switch rule {
	case "telegram-bot-token":
		return g.String(fake.Digits, 9) + ":" + fake.Join("A", "A") + g.String(fake.Base64URL, 33)
	case "mailchimp-api-key":
		return g.Hex(32) + "-" + fake.Join("u", "s") + strconv.Itoa(1+g.IntN(20))
	case "slack-webhook":
		return "https://hooks.slack.com/services/T" + g.String(fake.Upper, 9) + "/B" + g.String(fake.Upper, 9) + "/" + g.Alnum(24)
	case "discord-webhook":
		return "https://discordapp.com/api/webhooks/" + g.String(fake.Digits, 18) + "/" + g.String(fake.Base64URL, 68)
	}
	return g.Alnum(40)
}

// validBody builds a JSON answer holding every identity path of s (each
// leaf "v-<key>") and its ValidIf path.
func validBody(s *httpSpec) []byte {
	if s.ValidBody != "" {
		return []byte(s.ValidBody)
	}
	var root any
	for _, f := range s.Identity {
		if !strings.HasPrefix(f.From, "header:") {
			root = setPath(root, strings.Split(f.From, "."), "v-"+f.Key)
		}
	}
	if s.ValidIf != "" && !truthy(lookup(root, s.ValidIf)) {
		root = setPath(root, strings.Split(s.ValidIf, "."), true)
	}
	if root == nil {
		root = map[string]any{}
	}
	b, _ := json.Marshal(root)
	return b
}

// setPath sets parts in v (building objects, or arrays for numeric parts).
func setPath(v any, parts []string, leaf any) any {
	if len(parts) == 0 {
		return leaf
	}
	if i, err := strconv.Atoi(parts[0]); err == nil {
		arr, _ := v.([]any)
		for len(arr) <= i {
			arr = append(arr, nil)
		}
		arr[i] = setPath(arr[i], parts[1:], leaf)
		return arr
	}
	m, _ := v.(map[string]any)
	if m == nil {
		m = map[string]any{}
	}
	m[parts[0]] = setPath(m[parts[0]], parts[1:], leaf)
	return m
}

// carries reports whether r sends secret: in a header (Basic credentials
// decoded), the URL or the body.
func carries(r *http.Request, body []byte, secret string) bool {
	if u, err := url.Parse(secret); err == nil && u.Scheme == "https" {
		return r.URL.Path == u.Path
	}
	if strings.Contains(r.URL.String(), url.PathEscape(secret)) || strings.Contains(r.URL.RawQuery, url.QueryEscape(secret)) || strings.Contains(string(body), secret) {
		return true
	}
	for _, vs := range r.Header {
		for _, v := range vs {
			if strings.Contains(v, secret) {
				return true
			}
			if b, ok := strings.CutPrefix(v, "Basic "); ok {
				if dec, err := base64.StdEncoding.DecodeString(b); err == nil && strings.Contains(string(dec), secret) {
					return true
				}
			}
		}
	}
	return false
}

// TestProviders runs every HTTP check against the fake provider server:
// a valid answer (with identity), an invalid one and a server error, and
// checks the request went to the provider's host, with its method and
// the secret.
func TestProviders(t *testing.T) {
	t.Parallel()
	specs := httpSpecs()
	for i, s := range specs {
		t.Run(s.Provider, func(t *testing.T) {
			t.Parallel()
			g := fake.New(uint64(i + 1))
			secret := sampleSecret(g, s.Rules[0])
			target, ok := s.target(secret)
			if !ok {
				t.Fatalf("sample secret refused by the check")
			}
			u, _ := url.Parse(target)
			for _, mode := range []string{"valid", "invalid", "error"} {
				got := runSpec(t, s, secret, u.Host, mode)
				want := map[string]string{"valid": findings.VerifyValid, "invalid": findings.VerifyInvalid, "error": findings.VerifyError}[mode]
				if got.Status != want {
					t.Fatalf("%s answer: status %q (%s), want %q", mode, got.Status, got.Detail, want)
				}
				if mode == "valid" {
					for _, f := range s.Identity {
						if got.Identity[f.Key] != "v-"+f.Key {
							t.Errorf("identity %s = %q, want %q (from %s)", f.Key, got.Identity[f.Key], "v-"+f.Key, f.From)
						}
					}
				}
			}
		})
	}
}

// runSpec verifies one finding of s's first rule against a server that
// answers in mode, checking the request it receives.
func runSpec(t *testing.T, s *httpSpec, secret, host, mode string) findings.Verification {
	t.Helper()
	fp, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		if r.Host != host || r.Method != s.method() || !carries(r, body, secret) {
			t.Errorf("request %s to %s: want %s to %s carrying the secret", r.Method, r.Host, s.method(), host)
			w.WriteHeader(http.StatusTeapot)
			return
		}
		switch mode {
		case "valid":
			for _, f := range s.Identity {
				if name, ok := strings.CutPrefix(f.From, "header:"); ok {
					w.Header().Set(name, "v-"+f.Key)
				}
			}
			code := http.StatusOK
			if len(s.ValidStatus) > 0 {
				code = s.ValidStatus[0]
			}
			w.WriteHeader(code)
			w.Write(validBody(s))
		case "invalid":
			switch {
			case s.ValidIf != "":
				w.Write([]byte(`{"ok":false,"success":false,"valid":false,"data":null,"auth":null}`))
			case s.InvalidStatus != nil:
				w.WriteHeader(s.InvalidStatus[0])
				w.Write([]byte(`invalid_token`))
			default:
				w.WriteHeader(http.StatusUnauthorized)
			}
		default:
			w.WriteHeader(http.StatusInternalServerError)
		}
	}))
	res := &findings.Result{Findings: []findings.Finding{{Rule: s.Rules[0], File: "f", Line: 1, Secret: secret, Severity: "high"}}}
	Run(ctx, res, loopbackOpts())
	if d := fp.Dials(); len(d) == 0 || !strings.HasPrefix(d[0], host) {
		t.Errorf("dialled %v, want %s", d, host)
	}
	return *res.Findings[0].Verification
}

// TestRegistry checks every rule with a check exists in rules.toml, and
// that there are at least 60 providers.
func TestRegistry(t *testing.T) {
	t.Parallel()
	data, err := readRulesTOML()
	if err != nil {
		t.Fatal(err)
	}
	reg := NewRegistry()
	for _, id := range reg.Rules() {
		if !strings.Contains(data, "\nid = \""+id+"\"\n") {
			t.Errorf("rule %s has a check but is not in rules.toml", id)
		}
	}
	providers := map[string]bool{}
	for _, id := range reg.Rules() {
		c, _ := reg.Lookup(id)
		providers[c.Provider] = true
	}
	if len(providers) < 60 {
		t.Errorf("%d providers, want at least 60", len(providers))
	}
	names := make([]string, 0, len(providers))
	for p := range providers {
		names = append(names, p)
	}
	slices.Sort(names)
	t.Logf("%d providers, %d rules: %s", len(providers), len(reg.Rules()), strings.Join(names, ", "))
}
