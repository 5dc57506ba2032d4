package verify

import (
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"io"
	"log"
	"math/big"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sync"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/verifyhook"
)

// testHosts are the names the test certificate covers: every fixed host a
// check calls, and the wildcards of hosts derived from a secret.
func testHosts() []string {
	hosts := map[string]bool{
		"sts.us-east-1.amazonaws.com": true, "oauth2.googleapis.com": true,
		"hooks.slack.com": true, "discord.com": true, "*.api.mailchimp.com": true,
		"evil.example.com": true,
	}
	for _, s := range httpSpecs() {
		if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
			hosts[u.Hostname()] = true
		}
	}
	out := make([]string, 0, len(hosts))
	for h := range hosts {
		out = append(out, h)
	}
	return out
}

var (
	certOnce sync.Once
	testCert tls.Certificate
	testPool *x509.CertPool
)

// providerCert returns a self-signed certificate for every provider host,
// made once per test binary.
func providerCert(t testing.TB) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	certOnce.Do(func() {
		key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
		if err != nil {
			panic(err)
		}
		tmpl := &x509.Certificate{
			SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "keysieve test providers"},
			NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
			DNSNames: testHosts(), IsCA: true, BasicConstraintsValid: true,
			KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
			ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		}
		der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
		if err != nil {
			panic(err)
		}
		leaf, _ := x509.ParseCertificate(der)
		testCert = tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}
		testPool = x509.NewCertPool()
		testPool.AddCert(leaf)
	})
	return testCert, testPool
}

// fakeProviders is a loopback TLS server standing in for every provider,
// and the hook that sends checks to it.
type fakeProviders struct {
	srv *httptest.Server
	mu  sync.Mutex
	// dialled are the host:port pairs checks asked to dial.
	dialled []string
}

// startProviders starts a server answering with h and returns a context
// whose hook sends every dial to it.
func startProviders(t testing.TB, h http.Handler) (*fakeProviders, context.Context) {
	t.Helper()
	cert, pool := providerCert(t)
	srv := httptest.NewUnstartedServer(h)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	t.Cleanup(srv.Close)
	fp := &fakeProviders{srv: srv}
	addr := srv.Listener.Addr().String()
	hook := &verifyhook.Hook{RootCAs: pool, Addr: func(hostport string) string {
		fp.mu.Lock()
		fp.dialled = append(fp.dialled, hostport)
		fp.mu.Unlock()
		return addr
	}}
	return fp, verifyhook.With(context.Background(), hook)
}

func (fp *fakeProviders) dials() []string {
	fp.mu.Lock()
	defer fp.mu.Unlock()
	return append([]string(nil), fp.dialled...)
}

// loopbackOpts are options for tests: the fake providers are on
// loopback, so private addresses are allowed.
func loopbackOpts() Options {
	return Options{AllowPrivate: true, Timeout: 5 * time.Second, Budget: 20 * time.Second}
}
