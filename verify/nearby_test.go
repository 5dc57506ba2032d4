package verify

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

// nearbyCase is one paired provider's test: a finding's secret, the text
// around it with and without the second value, the exact request the
// provider must receive, and a valid answer with the identity it gives.
type nearbyCase struct {
	rule, secret  string
	text, missing string
	method, host  string
	path, query   string
	request       func(r *http.Request, body []byte) bool // the credential sent, exactly
	validBody     string
	identity      map[string]string
}

func basicIs(r *http.Request, user, pass string) bool {
	return r.Header.Get("Authorization") == "Basic "+base64.StdEncoding.EncodeToString([]byte(user+":"+pass))
}

// nearbyCases builds the cases with secrets made at run time.
func nearbyCases(g *fake.Gen) map[string]nearbyCase {
	twToken, twSID := g.Hex(32), fake.Join("A", "C")+g.Hex(32)
	keySecret, keySID, keyAccount := g.Alnum(32), fake.Join("S", "K")+g.Hex(32), fake.Join("A", "C")+g.Hex(32)
	dockerToken, dockerUser := fake.Join("dckr", "_pat_")+g.Alnum(27), "acmeci"+g.String(fake.Digits, 3)
	shopToken := fake.Join("shp", "at_") + g.Hex(32)
	atlToken := fake.Join("ATA", "TT3") + g.Alnum(180) + "=" + g.String(fake.HexUpper, 8)
	return map[string]nearbyCase{
		"twilio-auth-token": {
			rule: "twilio-auth-token", secret: twToken,
			text:    "TWILIO_ACCOUNT_SID=" + twSID + "\nTWILIO_FROM=+15550100\nTWILIO_AUTH_TOKEN=" + twToken + "\n",
			missing: "TWILIO_AUTH_TOKEN=" + twToken + "\n",
			method:  "GET", host: "api.twilio.com", path: "/2010-04-01/Accounts/" + twSID + ".json",
			request:   func(r *http.Request, _ []byte) bool { return basicIs(r, twSID, twToken) },
			validBody: `{"sid":"` + twSID + `","friendly_name":"Acme Prod","status":"active","type":"Full"}`,
			identity:  map[string]string{"account": "Acme Prod", "status": "active", "type": "Full"},
		},
		"twilio-api-key-secret": {
			rule: "twilio-api-key-secret", secret: keySecret,
			text:    "twilio:\n  api_key: " + keySID + "\n  api_secret: " + keySecret + "\n",
			missing: "twilio:\n  api_secret: " + keySecret + "\n",
			method:  "GET", host: "verify.twilio.com", path: "/v2/Services", query: "PageSize=1",
			request:   func(r *http.Request, _ []byte) bool { return basicIs(r, keySID, keySecret) },
			validBody: `{"services":[{"account_sid":"` + keyAccount + `","friendly_name":"login"}],"meta":{}}`,
			identity:  map[string]string{"account_sid": keyAccount},
		},
		"dockerhub-token": {
			rule: "dockerhub-token", secret: dockerToken,
			text:    "env:\n  DOCKERHUB_USERNAME: " + dockerUser + "\n  DOCKERHUB_TOKEN: " + dockerToken + "\n",
			missing: "env:\n  DOCKERHUB_TOKEN: " + dockerToken + "\n",
			method:  "POST", host: "hub.docker.com", path: "/v2/auth/token",
			request: func(r *http.Request, body []byte) bool {
				var got map[string]string
				return json.Unmarshal(body, &got) == nil && len(got) == 2 && got["identifier"] == dockerUser && got["secret"] == dockerToken &&
					r.Header.Get("Content-Type") == "application/json" && r.Header.Get("Authorization") == ""
			},
			validBody: `{"access_token":"` + fake.Join("e", "yJ") + g.Alnum(20) + `"}`,
			identity:  map[string]string{"user": dockerUser},
		},
		"shopify-access-token": {
			rule: "shopify-access-token", secret: shopToken,
			text:    "SHOPIFY_STORE_DOMAIN=acme-store.myshopify.com\nSHOPIFY_ADMIN_TOKEN=" + shopToken + "\n",
			missing: "SHOPIFY_ADMIN_TOKEN=" + shopToken + "\n",
			method:  "GET", host: "acme-store.myshopify.com", path: "/admin/api/" + shopifyAPIVersion + "/shop.json",
			request: func(r *http.Request, _ []byte) bool {
				return r.Header.Get("X-Shopify-Access-Token") == shopToken && r.Header.Get("Authorization") == ""
			},
			validBody: `{"shop":{"name":"Acme Store","myshopify_domain":"acme-store.myshopify.com","plan_name":"basic"}}`,
			identity:  map[string]string{"shop": "Acme Store", "domain": "acme-store.myshopify.com", "plan": "basic"},
		},
		"atlassian-api-token": {
			rule: "atlassian-api-token", secret: atlToken,
			text:    "JIRA_URL=https://acme.atlassian.net/jira\nJIRA_EMAIL=ci-bot@acme.example\nJIRA_API_TOKEN=" + atlToken + "\n",
			missing: "JIRA_URL=https://acme.atlassian.net/jira\nJIRA_API_TOKEN=" + atlToken + "\n",
			method:  "GET", host: "acme.atlassian.net", path: "/rest/api/3/myself",
			request:   func(r *http.Request, _ []byte) bool { return basicIs(r, "ci-bot@acme.example", atlToken) },
			validBody: `{"accountId":"acct-1","emailAddress":"ci-bot@acme.example","displayName":"CI Bot"}`,
			identity:  map[string]string{"account": "acct-1", "email": "ci-bot@acme.example", "name": "CI Bot", "site": "acme.atlassian.net"},
		},
	}
}

// request is what the fake provider received.
type request struct {
	method, host, path, query string
	ok                        bool
}

// runNearby verifies one finding of rule with text as its context against
// a server answering in mode, and returns the verdict, the requests the
// server got and the hosts dialled.
func runNearby(t *testing.T, c nearbyCase, text, mode string, opts Options) (findings.Verification, []request, []string) {
	t.Helper()
	var mu sync.Mutex
	var got []request
	fp, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		mu.Lock()
		got = append(got, request{r.Method, r.Host, r.URL.Path, r.URL.RawQuery, c.request(r, body)})
		mu.Unlock()
		switch mode {
		case "valid":
			io.WriteString(w, c.validBody)
		case "invalid":
			w.WriteHeader(http.StatusUnauthorized)
			io.WriteString(w, `{"message":"unauthorized"}`)
		default:
			w.WriteHeader(http.StatusInternalServerError)
		}
	}))
	res := &findings.Result{Findings: []findings.Finding{{Rule: c.rule, File: "f", Line: 3, Secret: c.secret, Severity: "high", Context: text}}}
	Run(ctx, res, opts)
	v := *res.Findings[0].Verification
	if out := v.Detail + fmt.Sprint(v.Identity); strings.Contains(out, c.secret) {
		t.Errorf("%s: the secret is in the verdict: %+v", mode, v)
	}
	mu.Lock()
	defer mu.Unlock()
	return v, got, fp.Dials()
}

// TestNearbyProviders: each provider whose check needs a value near the
// secret (Twilio's SIDs, a Docker Hub user name, a Shopify shop, an
// Atlassian site and e-mail) is valid with the identity, invalid and
// error as its provider answers, after exactly one request to the host,
// path and credential expected; with the value missing it is skipped,
// saying what is missing, and nothing is dialled.
func TestNearbyProviders(t *testing.T) {
	t.Parallel()
	cases := nearbyCases(fake.New(1240))
	specs := map[string]*nearbySpec{}
	for _, s := range nearbySpecs() {
		specs[s.Rule] = s
	}
	if len(cases) != len(specs) {
		t.Fatalf("%d cases for %d paired rules", len(cases), len(specs))
	}
	for rule, c := range cases {
		t.Run(rule, func(t *testing.T) {
			t.Parallel()
			for _, mode := range []string{"valid", "invalid", "error"} {
				v, got, dials := runNearby(t, c, c.text, mode, loopbackOpts())
				want := map[string]string{"valid": findings.VerifyValid, "invalid": findings.VerifyInvalid, "error": findings.VerifyError}[mode]
				if v.Status != want {
					t.Errorf("%s answer: %+v, want %s", mode, v, want)
				}
				wantReq := request{c.method, c.host, c.path, c.query, true}
				if len(got) != 1 || got[0] != wantReq {
					t.Errorf("%s: requests %+v, want one %+v (ok: the credential sent as expected)", mode, got, wantReq)
				}
				if fmt.Sprint(dials) != "["+c.host+":443]" {
					t.Errorf("%s: dialled %v, want %s:443", mode, dials, c.host)
				}
				if mode == "valid" && fmt.Sprint(v.Identity) != fmt.Sprint(c.identity) {
					t.Errorf("identity %v, want %v", v.Identity, c.identity)
				}
			}
			v, got, dials := runNearby(t, c, c.missing, "valid", loopbackOpts())
			if wantDetail := "no " + specs[rule].Needs + " near the secret"; v.Status != findings.VerifySkipped || v.Detail != wantDetail || len(got)+len(dials) != 0 {
				t.Errorf("second value missing: %+v after %d requests, %v dialled; want skipped %q, nothing dialled", v, len(got), dials, wantDetail)
			}
		})
	}
}

// TestNearbyHostsConfined: a Shopify shop or Atlassian site that is not
// one label under myshopify.com / atlassian.net (another host, a longer
// name ending elsewhere, a deeper name) is never contacted: skipped. A
// good host on a private address is refused by the guard as for every
// provider.
func TestNearbyHostsConfined(t *testing.T) {
	t.Parallel()
	cases := nearbyCases(fake.New(1241))
	for _, tc := range []struct{ rule, from, to string }{
		{"shopify-access-token", "acme-store.myshopify.com", "evil.test"},
		{"shopify-access-token", "acme-store.myshopify.com", "x.myshopify.com.evil.test"},
		{"shopify-access-token", "acme-store.myshopify.com", "a.b.myshopify.com"},
		{"shopify-access-token", "acme-store.myshopify.com", "x_y.myshopify.com"},
		{"shopify-access-token", "acme-store.myshopify.com", "myshopify.com"},
		{"atlassian-api-token", "acme.atlassian.net", "evil.test"},
		{"atlassian-api-token", "acme.atlassian.net", "acme.atlassian.net.evil.test"},
		{"atlassian-api-token", "acme.atlassian.net", "acme.atlassian.network"},
	} {
		c := cases[tc.rule]
		text := strings.ReplaceAll(c.text, tc.from, tc.to)
		v, got, dials := runNearby(t, c, text, "valid", loopbackOpts())
		if v.Status != findings.VerifySkipped || len(got)+len(dials) != 0 {
			t.Errorf("%s with %s: %+v after %d requests, dialled %v; want skipped, nothing dialled", tc.rule, tc.to, v, len(got), dials)
		}
	}
	opts := loopbackOpts()
	opts.AllowPrivate = false
	for _, rule := range []string{"shopify-access-token", "atlassian-api-token", "dockerhub-token", "twilio-auth-token"} {
		v, got, _ := runNearby(t, cases[rule], cases[rule].text, "valid", opts)
		if v.Status != findings.VerifySkipped || len(got) != 0 {
			t.Errorf("%s on loopback without --verify-private: %+v after %d requests, want skipped", rule, v, len(got))
		}
	}
}

// TestNearbyRefusesMalformed: values that reach a check in a form the
// provider does not take (a host with a path, a SID of another kind, a
// user name with a slash) are not sent, whatever found them.
func TestNearbyRefusesMalformed(t *testing.T) {
	t.Parallel()
	var n int
	var mu sync.Mutex
	_, ctx := startProviders(t, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { mu.Lock(); n++; mu.Unlock() }))
	env := newEnv(ctx, true, time.Second)
	specs := map[string]*nearbySpec{}
	for _, s := range nearbySpecs() {
		specs[s.Rule] = s
	}
	for rule, vals := range map[string]string{
		"shopify-access-token":  "evil.test/x",
		"atlassian-api-token":   "acme.evil.test\x00a@b.example",
		"twilio-auth-token":     "SK0123",
		"twilio-api-key-secret": "AC" + strings.Repeat("0", 32) + "/x",
		"dockerhub-token":       "../user",
	} {
		v := specs[rule].check(ctx, "s3cr3t-value\x00"+vals, env)
		if v.Status != findings.VerifySkipped || !strings.Contains(v.Detail, "not sent") {
			t.Errorf("%s with %q: %+v, want skipped, not sent", rule, vals, v)
		}
	}
	if n != 0 {
		t.Errorf("%d requests sent for malformed values", n)
	}
}

// TestNearbyFind: the value nearest the secret is taken, in the layouts
// configuration files use; a name of another kind is not.
func TestNearbyFind(t *testing.T) {
	t.Parallel()
	g := fake.New(1242)
	tok := fake.Join("dckr", "_pat_") + g.Alnum(27)
	specs := map[string]*nearbySpec{}
	for _, s := range nearbySpecs() {
		specs[s.Rule] = s
	}
	for _, c := range []struct{ rule, text, want string }{
		{"dockerhub-token", "docker login -u builder01 --password " + tok, "builder01"},
		{"dockerhub-token", `{"username": "Builder02", "password": "` + tok + `"}`, "builder02"},
		{"dockerhub-token", "DOCKER_USER=far00001\n\n\n\nDOCKER_USER=near0002\nDOCKER_PASS=" + tok + "\nDOCKER_USER=after003", "near0002"},
		{"dockerhub-token", "username: ${{ secrets.DOCKER_USER }}\npassword: " + tok, ""},
		{"dockerhub-token", "DOCKER_USERNAME=ci@acme.example\nDOCKER_PASSWORD=" + tok, ""},
		{"shopify-access-token", "url = 'https://Acme-Shop.myshopify.com/admin'\ntoken = " + tok, "acme-shop"},
		{"atlassian-api-token", "site: acme.atlassian.net\nuser: a@acme.example\ntoken: " + tok, "acme\x00a@acme.example"},
	} {
		vals, ok := specs[c.rule].Find(c.text, tok)
		if got := strings.Join(vals, "\x00"); got != c.want || ok != (c.want != "") {
			t.Errorf("%s in %q: %q (%v), want %q", c.rule, c.text, got, ok, c.want)
		}
	}
}
