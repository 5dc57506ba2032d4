package verify

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

func githubFinding(secret, file string) findings.Finding {
	return findings.Finding{Rule: "github-token", File: file, Line: 1, Secret: secret, Severity: "critical"}
}

// okHandler answers 200 {} and counts requests.
func okHandler(n *atomic.Int64) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		n.Add(1)
		fmt.Fprint(w, `{"login":"octo"}`)
	}
}

// TestPrivateAddressRefused: a provider host that resolves to loopback
// is skipped, and nothing is sent, unless AllowPrivate.
func TestPrivateAddressRefused(t *testing.T) {
	t.Parallel()
	var n atomic.Int64
	_, ctx := startProviders(t, okHandler(&n))
	secret := fake.New(1).Alnum(40)
	for _, allow := range []bool{false, true} {
		res := &findings.Result{Findings: []findings.Finding{githubFinding(secret, "a")}}
		opts := loopbackOpts()
		opts.AllowPrivate = allow
		Run(ctx, res, opts)
		v := res.Findings[0].Verification
		switch {
		case !allow && (v.Status != findings.VerifySkipped || !strings.Contains(v.Detail, "private")):
			t.Errorf("loopback without --verify-private: %+v, want skipped", v)
		case !allow && n.Load() != 0:
			t.Errorf("%d requests reached the loopback server", n.Load())
		case allow && v.Status != findings.VerifyValid:
			t.Errorf("loopback with --verify-private: %+v, want valid", v)
		}
	}
}

// TestDialGuard: the guarded dialer refuses a loopback listener by its
// resolved address, and Blocked classifies metadata and private ranges.
func TestDialGuard(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	env := newEnv(context.Background(), false, time.Second)
	if _, err := env.Dial(context.Background(), "tcp", "localhost:"+portOf(ln)); err == nil || !strings.Contains(err.Error(), "refused: address") {
		t.Errorf("dial localhost: %v, want refused", err)
	}
	if _, err := env.Dial(context.Background(), "udp", "127.0.0.1:53"); err == nil {
		t.Errorf("udp dial allowed")
	}
	allowed := newEnv(context.Background(), true, time.Second)
	c, err := allowed.Dial(context.Background(), "tcp", ln.Addr().String())
	if err != nil {
		t.Fatalf("dial with private allowed: %v", err)
	}
	c.Close()
	for addr, want := range map[string]bool{
		"127.0.0.1": true, "::1": true, "10.1.2.3": true, "172.16.0.1": true, "192.168.1.1": true,
		"169.254.169.254": true, "fd00:ec2::254": true, "100.100.100.200": true, "168.63.129.16": true,
		"::ffff:127.0.0.1": true, "0.0.0.0": true, "fe80::1": true, "224.0.0.1": true,
		"8.8.8.8": false, "2606:4700::1111": false,
	} {
		if got := Blocked(netip.MustParseAddr(addr)); got != want {
			t.Errorf("Blocked(%s) = %v, want %v", addr, got, want)
		}
	}
}

func portOf(ln net.Listener) string {
	_, p, _ := net.SplitHostPort(ln.Addr().String())
	return p
}

// TestNoCrossHostRedirect: a redirect to another host is not followed
// (nothing is dialled for it); one on the same host is.
func TestNoCrossHostRedirect(t *testing.T) {
	t.Parallel()
	secret := fake.New(2).Alnum(40)
	fp, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.Host == "evil.example.com":
			t.Errorf("redirect followed to %s", r.Host)
		case r.URL.Path == "/user" && strings.Contains(r.Header.Get("Authorization"), "cross"):
			http.Redirect(w, r, "https://evil.example.com/steal", http.StatusFound)
		case r.URL.Path == "/user":
			http.Redirect(w, r, "/user2", http.StatusFound)
		default:
			fmt.Fprint(w, `{"login":"octo"}`)
		}
	}))
	res := &findings.Result{Findings: []findings.Finding{githubFinding("cross"+secret, "a"), githubFinding(secret, "b")}}
	Run(ctx, res, loopbackOpts())
	if v := res.Findings[0].Verification; v.Status != findings.VerifyError || !strings.Contains(v.Detail, "redirect") {
		t.Errorf("cross-host redirect: %+v, want an error", v)
	}
	if v := res.Findings[1].Verification; v.Status != findings.VerifyValid {
		t.Errorf("same-host redirect: %+v, want valid", v)
	}
	for _, d := range fp.Dials() {
		if strings.HasPrefix(d, "evil.") {
			t.Errorf("dialled %s", d)
		}
	}
}

// TestSecretNeverInOutput: whatever the provider answers (echoing the
// secret, redirecting to a URL holding it, failing), no verification
// holds the secret; nor do errors from a check whose URL holds it.
func TestSecretNeverInOutput(t *testing.T) {
	t.Parallel()
	g := fake.New(3)
	tele := sampleSecret(g, "telegram-bot-token")
	gh := g.Alnum(40)
	fp, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		echo := strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer ")
		if strings.Contains(r.URL.Path, "getMe") {
			http.Redirect(w, r, "https://evil.example.com/"+tele, http.StatusFound)
			return
		}
		w.Header().Set("X-OAuth-Scopes", echo)
		fmt.Fprintf(w, `{"login":%q,"id":%q}`, "user "+echo, echo)
	}))
	_ = fp
	res := &findings.Result{Findings: []findings.Finding{
		{Rule: "telegram-bot-token", File: "a", Secret: tele},
		{Rule: "github-token", File: "b", Secret: gh},
		{Rule: "slack-webhook", File: "c", Secret: "https://hooks.slack.com/services/" + gh + "/x"},
	}}
	Run(ctx, res, loopbackOpts())
	// A server that is down: connection errors name the URL.
	down := httptest.NewServer(http.NotFoundHandler())
	down.Close()
	res2 := &findings.Result{Findings: []findings.Finding{{Rule: "telegram-bot-token", File: "a", Secret: tele}}}
	Run(withAddr(ctx, down.Listener.Addr().String()), res2, loopbackOpts())
	for _, f := range append(res.Findings, res2.Findings...) {
		b, _ := json.Marshal(f.Verification)
		if strings.Contains(string(b), tele) || strings.Contains(string(b), gh) || strings.Contains(string(b), tele[:20]) {
			t.Errorf("verification holds the secret: %s", b)
		}
	}
	if res.Findings[1].Verification.Status != findings.VerifyValid || res2.Findings[0].Verification.Status != findings.VerifyError {
		t.Errorf("statuses %+v %+v", res.Findings[1].Verification, res2.Findings[0].Verification)
	}
}

// Test429Backoff: a 429 with a Retry-After that fits the budget is
// retried; one beyond the budget is reported at once as rate limited.
func Test429Backoff(t *testing.T) {
	t.Parallel()
	for _, after := range []string{"0", "3600"} {
		var n atomic.Int64
		_, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if n.Add(1) == 1 {
				w.Header().Set("Retry-After", after)
				w.WriteHeader(http.StatusTooManyRequests)
				return
			}
			fmt.Fprint(w, `{"login":"octo"}`)
		}))
		res := &findings.Result{Findings: []findings.Finding{githubFinding(fake.New(4).Alnum(40), "a")}}
		start := time.Now()
		Run(ctx, res, loopbackOpts())
		v := res.Findings[0].Verification
		switch after {
		case "0":
			if v.Status != findings.VerifyValid || n.Load() != 2 {
				t.Errorf("Retry-After 0: %+v after %d requests, want valid after 2", v, n.Load())
			}
		default:
			if v.Status != findings.VerifyError || !strings.Contains(v.Detail, "429") || n.Load() != 1 || time.Since(start) > 5*time.Second {
				t.Errorf("Retry-After past the budget: %+v after %d requests, want a 429 error at once", v, n.Load())
			}
		}
	}
}

// TestEachSecretOnce: findings sharing a secret (in several files) make
// one request each distinct secret, and all get its verdict.
func TestEachSecretOnce(t *testing.T) {
	t.Parallel()
	var n atomic.Int64
	_, ctx := startProviders(t, okHandler(&n))
	g := fake.New(5)
	secrets := []string{g.Alnum(40), g.Alnum(40), g.Alnum(40)}
	res := &findings.Result{}
	for i := range 30 {
		res.Findings = append(res.Findings, githubFinding(secrets[i%3], fmt.Sprint("f", i)))
	}
	sum := Run(ctx, res, loopbackOpts())
	if n.Load() != 3 || sum.Checked != 3 || sum.Valid != 3 {
		t.Errorf("%d requests, summary %+v; want 3", n.Load(), sum)
	}
	for _, f := range res.Findings {
		if f.Verification == nil || f.Verification.Status != findings.VerifyValid {
			t.Fatalf("finding %s: %+v", f.File, f.Verification)
		}
	}
}

// TestConcurrencyCap: no more than Concurrency requests to one provider
// are in flight at once.
func TestConcurrencyCap(t *testing.T) {
	t.Parallel()
	var mu sync.Mutex
	inflight, peak := 0, 0
	_, ctx := startProviders(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		inflight++
		peak = max(peak, inflight)
		mu.Unlock()
		time.Sleep(20 * time.Millisecond)
		mu.Lock()
		inflight--
		mu.Unlock()
		fmt.Fprint(w, `{}`)
	}))
	g := fake.New(6)
	res := &findings.Result{}
	for i := range 24 {
		res.Findings = append(res.Findings, githubFinding(g.Alnum(40), fmt.Sprint("f", i)))
	}
	opts := loopbackOpts()
	opts.Concurrency = 3
	Run(ctx, res, opts)
	if peak > 3 || peak < 2 {
		t.Errorf("peak %d requests in flight, want at most 3 (and more than 1)", peak)
	}
}

// TestBudgetSkips: checks not started when the budget is spent are
// skipped; those cut short are errors.
func TestBudgetSkips(t *testing.T) {
	t.Parallel()
	_, ctx := startProviders(t, stallHandler(2*time.Second))
	g := fake.New(9)
	res := &findings.Result{}
	for i := range 6 {
		res.Findings = append(res.Findings, githubFinding(g.Alnum(40), fmt.Sprint("f", i)))
	}
	opts := loopbackOpts()
	opts.Concurrency, opts.Budget = 2, 100*time.Millisecond
	start := time.Now()
	sum := Run(ctx, res, opts)
	if sum.Errors != 2 || sum.Skipped != 4 || time.Since(start) > 2*time.Second {
		t.Errorf("summary %+v after %v, want 2 timed out and 4 skipped within the budget", sum, time.Since(start))
	}
}

// TestOnlyAnnotates: verification changes no finding but its
// Verification and (when valid) Severity; rules without a check are
// skipped.
func TestOnlyAnnotates(t *testing.T) {
	t.Parallel()
	var n atomic.Int64
	_, ctx := startProviders(t, okHandler(&n))
	f := githubFinding(fake.New(10).Alnum(40), "a")
	f.Severity = "high"
	other := findings.Finding{Rule: "generic-secret", File: "b", Secret: "x", Severity: "low"}
	res := &findings.Result{Findings: []findings.Finding{f, other}}
	Run(ctx, res, loopbackOpts())
	got := res.Findings[0]
	if got.Severity != "critical" || got.Verification.Identity["user"] != "octo" {
		t.Errorf("valid finding: severity %q identity %v", got.Severity, got.Verification.Identity)
	}
	got.Severity, got.Verification = f.Severity, nil
	if fmt.Sprint(got) != fmt.Sprint(f) {
		t.Errorf("finding changed: %+v", got)
	}
	if v := res.Findings[1].Verification; v.Status != findings.VerifySkipped || res.Findings[1].Severity != "low" {
		t.Errorf("rule without a check: %+v", v)
	}
}

// TestResolver: a resolver supplies checks for a family of rules (how the
// database checks plug in), run with the guarded dialer.
func TestResolver(t *testing.T) {
	t.Parallel()
	reg := NewRegistry()
	var sawDial bool
	reg.AddResolver(func(rule string) (Check, bool) {
		if rule != "postgres-uri" {
			return Check{}, false
		}
		return Check{Provider: "db", Func: func(ctx context.Context, s string, env *Env) findings.Verification {
			_, err := env.Dial(ctx, "tcp", "127.0.0.1:1")
			sawDial = err != nil && strings.Contains(err.Error(), "refused: address")
			return findings.Verification{Status: findings.VerifySkipped, Detail: "private"}
		}}, true
	})
	res := &findings.Result{Findings: []findings.Finding{{Rule: "postgres-uri", Secret: "u"}}}
	Run(context.Background(), res, Options{Registry: reg})
	if !sawDial || res.Findings[0].Verification.Detail != "private" {
		t.Errorf("resolver check: dial refused %v, %+v", sawDial, res.Findings[0].Verification)
	}
}

// withAddr returns ctx with a hook sending every dial to addr.
func withAddr(ctx context.Context, addr string) context.Context {
	h := hookFrom(ctx)
	return hookWith(ctx, addr, h)
}
