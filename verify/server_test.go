package verify

import (
	"context"
	"net/http"
	"net/url"
	"testing"
	"time"

	"github.com/keysieve/keysieve/internal/verifytest"
)

// testHosts are the names the test certificate covers: every fixed host a
// check calls, and the wildcards of hosts derived from a secret.
func testHosts() []string {
	hosts := []string{"sts.us-east-1.amazonaws.com", "oauth2.googleapis.com",
		"hooks.slack.com", "discord.com", "*.api.mailchimp.com", "evil.example.com"}
	for _, s := range httpSpecs() {
		if u, err := url.Parse(s.URL); err == nil && u.Host != "" {
			hosts = append(hosts, u.Hostname())
		}
	}
	for _, s := range nearbySpecs() {
		hosts = append(hosts, s.Hosts...)
	}
	return hosts
}

// startProviders starts a server standing in for every provider, answering
// with h, and returns a context whose hook sends every dial to it.
func startProviders(t testing.TB, h http.Handler) (*verifytest.Server, context.Context) {
	t.Helper()
	return verifytest.Start(t, h, testHosts()...)
}

// loopbackOpts are options for tests: the fake providers are on
// loopback, so private addresses are allowed.
func loopbackOpts() Options {
	return Options{AllowPrivate: true, Timeout: 5 * time.Second, Budget: 20 * time.Second}
}

// stallHandler answers nothing for d, or until the client gives up, and
// then drops the connection without an answer. Returning normally would
// send an implicit 200, which a client that has just cancelled can still
// read (the transport returns a response that races its cancellation),
// and a check would call the credential valid.
func stallHandler(d time.Duration) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-time.After(d):
		case <-r.Context().Done():
		}
		panic(http.ErrAbortHandler)
	}
}
