package verify

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/verifyhook"
)

// maxBody is how much of a provider's answer a check reads.
const maxBody = 1 << 20

// maxRetries is how many times a request answered 429 is retried.
const maxRetries = 2

// Env is what a check may use to reach its provider: an HTTP client and a
// dialer that both refuse private addresses (unless allowed), and the
// per-request timeout. Checks must not make connections any other way.
type Env struct {
	// Client verifies TLS, ignores proxy environment variables, follows
	// no redirect to another host, and dials through Dial.
	Client *http.Client
	// Dial connects over TCP, refusing loopback, private, link-local and
	// metadata addresses (checked on the resolved address at connect time)
	// unless --verify-private.
	Dial DialFunc
	// Timeout bounds each request or connection.
	Timeout time.Duration

	// sleep waits d or until ctx ends (a test may shorten it).
	sleep func(ctx context.Context, d time.Duration) error
}

// newEnv builds the guarded environment; a test hook in ctx (test
// binaries only) redirects dials and trusts its certificate.
func newEnv(ctx context.Context, allowPrivate bool, timeout time.Duration) *Env {
	var mapAddr func(string) string
	tlsConf := &tls.Config{MinVersion: tls.VersionTLS12}
	if h := verifyhook.From(ctx); h != nil {
		mapAddr = h.Addr
		tlsConf.RootCAs = h.RootCAs
	}
	dial := newDial(allowPrivate, timeout, mapAddr)
	tr := &http.Transport{
		Proxy:                  nil, // never an environment proxy
		DialContext:            dial,
		TLSClientConfig:        tlsConf,
		TLSHandshakeTimeout:    timeout,
		ResponseHeaderTimeout:  timeout,
		MaxResponseHeaderBytes: 64 << 10,
		ForceAttemptHTTP2:      true,
		MaxIdleConnsPerHost:    8,
		IdleConnTimeout:        30 * time.Second,
	}
	client := &http.Client{Transport: tr, Timeout: timeout, CheckRedirect: sameHostRedirect}
	return &Env{Client: client, Dial: dial, Timeout: timeout, sleep: sleepCtx}
}

// errCrossHost says a redirect to another host (or off HTTPS) was not
// followed.
var errCrossHost = errors.New("redirect to another host not followed")

// sameHostRedirect follows at most 3 redirects, only to the same host
// over HTTPS: a credential is only ever sent to its provider's host.
func sameHostRedirect(req *http.Request, via []*http.Request) error {
	if len(via) >= 3 {
		return errors.New("too many redirects")
	}
	first := via[0].URL
	if req.URL.Host != first.Host || req.URL.Scheme != first.Scheme {
		return errCrossHost
	}
	return nil
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// response is what a check reads of an answer.
type response struct {
	Status int
	Header http.Header
	Body   []byte
}

// Do sends a request built by build (called afresh for each attempt),
// each attempt bounded by the per-request timeout. A 429 answer is
// retried after its Retry-After (or 1 s, then 2 s) when that wait fits in
// ctx's deadline (the run's budget); otherwise the 429 is returned.
func (e *Env) Do(ctx context.Context, build func(ctx context.Context) (*http.Request, error)) (*response, error) {
	for attempt := 0; ; attempt++ {
		resp, err := e.once(ctx, build)
		if err != nil || resp.Status != http.StatusTooManyRequests || attempt == maxRetries {
			return resp, err
		}
		wait := retryAfter(resp.Header.Get("Retry-After"), time.Duration(attempt+1)*time.Second)
		if dl, ok := ctx.Deadline(); ok && time.Until(dl) < wait {
			return resp, nil
		}
		if err := e.sleep(ctx, wait); err != nil {
			return resp, nil
		}
	}
}

func (e *Env) once(ctx context.Context, build func(ctx context.Context) (*http.Request, error)) (*response, error) {
	rctx, cancel := context.WithTimeout(ctx, e.Timeout)
	defer cancel()
	req, err := build(rctx)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	if req.Header.Get("User-Agent") == "" {
		req.Header.Set("User-Agent", "keysieve-verify")
	}
	resp, err := e.Client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		return nil, fmt.Errorf("read answer: %w", err)
	}
	return &response{Status: resp.StatusCode, Header: resp.Header, Body: body}, nil
}

// retryAfter reads a Retry-After header (seconds or an HTTP date),
// falling back to def.
func retryAfter(h string, def time.Duration) time.Duration {
	h = strings.TrimSpace(h)
	if h == "" {
		return def
	}
	if n, err := strconv.Atoi(h); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(h); err == nil {
		return max(time.Until(t), 0)
	}
	return def
}

// errorVerification turns a failed request into a verdict whose detail
// names the kind of failure only: an error's text may hold the URL, and
// some URLs hold the secret.
func errorVerification(err error) findings.Verification {
	var dnsErr *net.DNSError
	var tlsErr *tls.CertificateVerificationError
	switch {
	case errors.Is(err, ErrPrivateAddress):
		return findings.Verification{Status: findings.VerifySkipped, Detail: "provider host resolves to a private address (--verify-private allows it)"}
	case errors.Is(err, errCrossHost):
		return findings.Verification{Status: findings.VerifyError, Detail: "redirect to another host not followed"}
	case errors.Is(err, context.DeadlineExceeded) || isTimeout(err):
		return findings.Verification{Status: findings.VerifyError, Detail: "timed out"}
	case errors.Is(err, context.Canceled):
		return findings.Verification{Status: findings.VerifySkipped, Detail: "cancelled"}
	case errors.As(err, &tlsErr):
		return findings.Verification{Status: findings.VerifyError, Detail: "TLS certificate not verified"}
	case errors.As(err, &dnsErr):
		return findings.Verification{Status: findings.VerifyError, Detail: "provider host not resolved"}
	}
	return findings.Verification{Status: findings.VerifyError, Detail: "request failed"}
}

func isTimeout(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) && ne.Timeout()
}
