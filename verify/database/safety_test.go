package database

import (
	"bufio"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/keysieve/keysieve/findings"
	"github.com/keysieve/keysieve/internal/fake"
)

// connStrings are one string of each kind for a host and port.
func connStrings(host, port, pw string) map[string]struct {
	kind Kind
	conn string
} {
	hp := net.JoinHostPort(host, port)
	return map[string]struct {
		kind Kind
		conn string
	}{
		"postgres":    {KindPostgres, "postgres://app:" + pw + "@" + hp + "/app?sslmode=disable"},
		"libpq":       {KindPostgres, "host=" + host + " port=" + port + " user=app password=" + pw + " sslmode=disable"},
		"cockroachdb": {KindCockroachDB, "cockroachdb://app:" + pw + "@" + hp + "/app?sslmode=disable"},
		"mysql":       {KindMySQL, "mysql://app:" + pw + "@" + hp + "/app?ssl-mode=DISABLED"},
		"jdbc":        {KindJDBC, "jdbc:mysql://" + hp + "/app?sslMode=DISABLED&user=app&password=" + pw},
		"adonet":      {KindADONET, "Host=" + host + ";Port=" + port + ";Username=app;Password=" + pw + ";SSL Mode=Disable"},
		"redis":       {KindRedis, "redis://app:" + pw + "@" + hp + "/0"},
		"azure redis": {KindRedis, hp + ",password=" + pw + ",ssl=False"},
		"mongodb":     {KindMongoDB, "mongodb://app:" + pw + "@" + hp + "/app"},
	}
}

// checkAll runs the checks at once (they mostly wait), keyed by name.
func checkAll(conns map[string]struct {
	kind Kind
	conn string
}, opts Options) map[string]findings.Verification {
	var mu sync.Mutex
	var wg sync.WaitGroup
	out := map[string]findings.Verification{}
	for name, c := range conns {
		wg.Go(func() {
			v := Check(context.Background(), c.kind, c.conn, opts)
			mu.Lock()
			out[name] = v
			mu.Unlock()
		})
	}
	wg.Wait()
	return out
}

// A check whose dialer refuses the address (as the framework's guarded
// dialer refuses private ones) is skipped at once, with no connection.
func TestRefusingDialerSkips(t *testing.T) {
	t.Parallel()
	pw := fake.New(6).Alnum(16)
	var calls atomic.Int32
	refuse := func(ctx context.Context, network, addr string) (net.Conn, error) {
		calls.Add(1)
		return nil, errors.New("private address refused")
	}
	conns := connStrings("10.1.2.3", "4000", pw)
	start := time.Now()
	got := checkAll(conns, Options{Dial: refuse, Timeout: 30 * time.Second})
	if d := time.Since(start); d > 15*time.Second {
		t.Fatalf("refused checks took %v: they waited for their timeout", d)
	}
	if int(calls.Load()) < len(conns) {
		t.Fatalf("dialer called %d times for %d checks", calls.Load(), len(conns))
	}
	for name, v := range got {
		t.Run(name, func(t *testing.T) {
			want(t, v, findings.VerifySkipped, pw)
			if !strings.Contains(v.Detail, "private address refused") {
				t.Fatalf("detail %q", v.Detail)
			}
		})
	}
}

// A server that accepts and never answers ends the check at its timeout.
func TestTimeoutHonoured(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			t.Cleanup(func() { c.Close() })
		}
	}()
	_, port, _ := net.SplitHostPort(l.Addr().String())
	pw := fake.New(7).Alnum(16)
	start := time.Now()
	got := checkAll(connStrings("127.0.0.1", port, pw), Options{Dial: plainDial, Timeout: 500 * time.Millisecond})
	if d := time.Since(start); d > 10*time.Second {
		t.Fatalf("took %v with a 500 ms timeout", d)
	}
	for name, v := range got {
		t.Run(name, func(t *testing.T) {
			want(t, v, findings.VerifyError, pw)
			if v.Detail != "connect: timeout" {
				t.Fatalf("detail %q", v.Detail)
			}
		})
	}
}

// A closed port is an error, not a refusal of the credentials.
func TestUnreachableIsError(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	_, port, _ := net.SplitHostPort(l.Addr().String())
	l.Close()
	pw := fake.New(8).Alnum(16)
	for name, v := range checkAll(connStrings("127.0.0.1", port, pw), Options{Dial: plainDial, Timeout: 20 * time.Second}) {
		t.Run(name, func(t *testing.T) {
			want(t, v, findings.VerifyError, pw)
			if !strings.Contains(v.Detail, "refused") {
				t.Fatalf("detail %q", v.Detail)
			}
		})
	}
}

// TLS certificates are verified: a server whose certificate no trusted
// authority signed is an error, and no password is sent to it.
func TestTLSCertificateVerified(t *testing.T) {
	t.Parallel()
	srv := httptest.NewUnstartedServer(http.NotFoundHandler())
	srv.Config.ErrorLog = log.New(io.Discard, "", 0) // the refused handshakes
	srv.StartTLS()
	t.Cleanup(srv.Close)
	u, _ := url.Parse(srv.URL)
	pw := fake.New(9).Alnum(16)
	for _, conn := range []string{
		"rediss://:" + pw + "@" + u.Host + "/0",
		u.Host + ",password=" + pw + ",ssl=True",
	} {
		v := Check(context.Background(), KindRedis, conn, Options{Dial: plainDial, Timeout: 5 * time.Second})
		want(t, v, findings.VerifyError, pw)
		if !strings.Contains(v.Detail, "certificate") {
			t.Fatalf("detail %q, want a certificate error", v.Detail)
		}
	}

	// PostgreSQL without sslmode tries TLS and falls back to plain text
	// only when the server offers none: not after a bad certificate.
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	cert := srv.TLS.Certificates[0]
	var conns atomic.Int32
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			go func() {
				defer c.Close()
				c.SetDeadline(time.Now().Add(5 * time.Second))
				if _, err := io.ReadFull(c, make([]byte, 8)); err != nil { // SSLRequest
					return
				}
				c.Write([]byte("S"))
				tls.Server(c, &tls.Config{Certificates: []tls.Certificate{cert}}).Handshake()
			}()
		}
	}()
	v := Check(context.Background(), KindPostgres, "postgres://app:"+pw+"@"+l.Addr().String()+"/app", Options{Dial: plainDial, Timeout: 5 * time.Second})
	want(t, v, findings.VerifyError, pw)
	if !strings.Contains(v.Detail, "certificate") || conns.Load() != 1 {
		t.Fatalf("detail %q after %d connections, want a certificate error and no second try", v.Detail, conns.Load())
	}
}

// Driver errors that quote the password (here a server that echoes it)
// are sanitized, and no failure's Detail ever holds the password.
func TestNoSecretInDetail(t *testing.T) {
	t.Parallel()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	go echoServer(l)
	_, port, _ := net.SplitHostPort(l.Addr().String())
	g := fake.New(10)
	for i, pw := range []string{g.Alnum(16), g.Alnum(8) + "%#&?" + g.Alnum(4)} {
		escaped := url.QueryEscape(pw)
		conns := map[string]struct {
			kind Kind
			conn string
		}{}
		for j, c := range []struct {
			kind Kind
			conn string
		}{
			{KindRedis, "redis://:" + escaped + "@127.0.0.1:" + port},
			{KindRedis, "redis://:" + pw + "@127.0.0.1:" + port},
			{KindPostgres, "postgres://app:" + escaped + "@127.0.0.1:" + port + "/app?sslmode=disable"},
			{KindMySQL, "mysql://app:" + escaped + "@127.0.0.1:" + port + "/app"},
			{KindMongoDB, "mongodb://app:" + escaped + "@127.0.0.1:" + port + "/app"},
			{KindMySQL, "mysql://app:" + pw + "@127.0.0.1:notaport/app"},
			{KindPostgres, "postgres://app:" + pw + "@127.0.0.1:99999/app"},
			{KindMongoDB, "mongodb://app:" + pw + "@127.0.0.1:" + port + "/app?replicaSet=" + pw + "&w=" + pw},
			{KindJDBC, "jdbc:sqlserver://h;password=" + pw},
			{KindPostgres, "postgres://app:" + pw + "@/app"},
		} {
			conns[fmt.Sprintf("%d/%s/%d", i, c.kind, j)] = c
		}
		for name, v := range checkAll(conns, Options{Dial: plainDial, Timeout: time.Second}) {
			t.Run(name, func(t *testing.T) {
				if v.Status == findings.VerifyValid || v.Detail == "" {
					t.Fatalf("%+v against a fake server", v)
				}
				assertNoSecret(t, v, pw)
				if conns[name].kind == KindRedis && !strings.Contains(v.Detail, "[redacted]") {
					t.Fatalf("the echoed password was not redacted: detail %q", v.Detail)
				}
			})
		}
	}
}

// echoServer answers each Redis command with an error quoting all its
// arguments, as a careless server or proxy might: for AUTH, the
// password. Other protocols get their first bytes echoed back.
func echoServer(l net.Listener) {
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			c.SetDeadline(time.Now().Add(5 * time.Second))
			r := bufio.NewReader(c)
			for {
				head, err := r.ReadString('\n')
				if err != nil {
					return
				}
				n, err := strconv.Atoi(strings.TrimSpace(strings.TrimPrefix(head, "*")))
				if !strings.HasPrefix(head, "*") || err != nil {
					c.Write([]byte(head)) // not Redis: echo and hang up
					return
				}
				var args []string
				for range n {
					r.ReadString('\n') // $len
					arg, _ := r.ReadString('\n')
					args = append(args, strings.TrimSpace(arg))
				}
				c.Write([]byte("-ERR unexpected " + strings.Join(args, " ") + "\r\n"))
			}
		}()
	}
}
