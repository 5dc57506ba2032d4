package verify

import (
	"fmt"
	"net/http"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
	"github.com/keysieve/keysieve/internal/verifyhook"
)

// TestTLSVerified: a server whose certificate the system roots do not
// trust gets no request: the check is an error, and the secret is not
// sent.
func TestTLSVerified(t *testing.T) {
	t.Parallel()
	var n atomic.Int64
	fp, _ := startProviders(t, okHandler(&n))
	addr := fp.Listener.Addr().String()
	// The hook sends the dial to the test server but, unlike
	// startProviders's, does not trust its certificate.
	ctx := verifyhook.With(t.Context(), &verifyhook.Hook{Addr: func(string) string { return addr }})
	res := &findings.Result{Findings: []findings.Finding{githubFinding(fake.New(1213).Alnum(40), "a")}}
	Run(ctx, res, loopbackOpts())
	if v := res.Findings[0].Verification; v.Status != findings.VerifyError || !strings.Contains(v.Detail, "TLS") {
		t.Errorf("untrusted certificate: %+v, want a TLS error", v)
	}
	if n.Load() != 0 {
		t.Errorf("%d requests reached a server with an untrusted certificate", n.Load())
	}
}

// TestRequestTimeout: a provider that does not answer within the
// per-request timeout is an error, well before the budget ends.
func TestRequestTimeout(t *testing.T) {
	t.Parallel()
	_, ctx := startProviders(t, stallHandler(5*time.Second))
	res := &findings.Result{Findings: []findings.Finding{githubFinding(fake.New(1214).Alnum(40), "a")}}
	opts := loopbackOpts()
	opts.Timeout = 150 * time.Millisecond
	start := time.Now()
	Run(ctx, res, opts)
	if v := res.Findings[0].Verification; v.Status != findings.VerifyError || v.Detail != "timed out" || time.Since(start) > 3*time.Second {
		t.Errorf("slow provider: %+v after %v, want timed out within the 150 ms request timeout", v, time.Since(start))
	}
}

// TestProxyEnvironmentIgnored: the proxy variables cannot send a check
// (and its credential) to another host: the client has no proxy, and
// with them set the check still dials only the provider's host. Not
// parallel: it sets the environment.
func TestProxyEnvironmentIgnored(t *testing.T) {
	proxy := "http://proxy.example.test:3128"
	for _, name := range []string{"HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"} {
		t.Setenv(name, proxy)
	}
	t.Setenv("NO_PROXY", "")
	t.Setenv("no_proxy", "")
	var n atomic.Int64
	fp, ctx := startProviders(t, okHandler(&n))
	env := newEnv(ctx, true, time.Second)
	if tr, ok := env.Client.Transport.(*http.Transport); !ok || tr.Proxy != nil {
		t.Errorf("the verification client's transport takes a proxy (%T)", env.Client.Transport)
	}
	res := &findings.Result{Findings: []findings.Finding{githubFinding(fake.New(1215).Alnum(40), "a")}}
	Run(ctx, res, loopbackOpts())
	if v := res.Findings[0].Verification; v.Status != findings.VerifyValid || n.Load() != 1 {
		t.Errorf("with proxy variables set: %+v after %d requests, want valid after 1", v, n.Load())
	}
	if d := fp.Dials(); fmt.Sprint(d) != "[api.github.com:443]" {
		t.Errorf("dialled %v, want only api.github.com:443", d)
	}
}
