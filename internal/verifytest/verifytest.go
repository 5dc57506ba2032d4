// Package verifytest starts loopback TLS servers that stand in for the
// providers live verification calls, for tests of verify and cli. The
// context it returns carries a verifyhook.Hook, honoured in test
// binaries only, that sends every check's dial to the server and trusts
// its certificate.
package verifytest

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
	"sync"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/verifyhook"
)

// Server is a loopback TLS server answering for the providers' hosts.
type Server struct {
	*httptest.Server
	mu      sync.Mutex
	dialled []string
}

// Start starts a server answering with h, whose certificate names hosts,
// and returns a context (derived from t.Context) whose hook sends every
// verification dial to it.
func Start(t testing.TB, h http.Handler, hosts ...string) (*Server, context.Context) {
	t.Helper()
	cert, pool, err := selfSigned(hosts)
	if err != nil {
		t.Fatalf("verifytest: certificate: %v", err)
	}
	srv := httptest.NewUnstartedServer(h)
	srv.TLS = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.Config.ErrorLog = log.New(io.Discard, "", 0)
	srv.StartTLS()
	t.Cleanup(srv.Close)
	s := &Server{Server: srv}
	addr := srv.Listener.Addr().String()
	hook := &verifyhook.Hook{RootCAs: pool, Addr: func(hostport string) string {
		s.mu.Lock()
		s.dialled = append(s.dialled, hostport)
		s.mu.Unlock()
		return addr
	}}
	return s, verifyhook.With(t.Context(), hook)
}

// Dials returns the host:port pairs checks asked to dial, in order.
func (s *Server) Dials() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.dialled...)
}

// selfSigned makes a certificate for hosts that is its own authority.
func selfSigned(hosts []string) (tls.Certificate, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "keysieve test providers"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(24 * time.Hour),
		DNSNames: hosts, IsCA: true, BasicConstraintsValid: true,
		KeyUsage:    x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	leaf, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	pool := x509.NewCertPool()
	pool.AddCert(leaf)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: leaf}, pool, nil
}
