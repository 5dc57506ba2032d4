// Package verifyhook lets tests point live verification at loopback
// servers. A Hook travels in a context.Context and is honoured only inside
// a test binary (testing.Testing): no flag, environment variable or
// configuration file can install one, so a production run always talks to
// the providers' real hosts.
package verifyhook

import (
	"context"
	"crypto/x509"
	"testing"
)

// Hook redirects verification traffic in tests.
type Hook struct {
	// Addr maps the address a check dials ("api.example.com:443") to the
	// address actually dialled (a loopback test server). The dialled
	// address still passes the private-address guard.
	Addr func(hostport string) string
	// RootCAs, when set, replaces the system roots, so that a test server's
	// certificate for the provider's host name verifies.
	RootCAs *x509.CertPool
}

type key struct{}

// With returns ctx carrying h.
func With(ctx context.Context, h *Hook) context.Context {
	return context.WithValue(ctx, key{}, h)
}

// From returns the hook ctx carries, or nil. Outside a test binary it
// always returns nil.
func From(ctx context.Context) *Hook {
	if !testing.Testing() {
		return nil
	}
	h, _ := ctx.Value(key{}).(*Hook)
	return h
}
