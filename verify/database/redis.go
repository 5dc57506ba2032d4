package database

import (
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/redis/go-redis/v9"
	"github.com/redis/go-redis/v9/maintnotifications"

	"github.com/keysieve/keysieve/findings"
)

// checkRedis logs in to a Redis server with go-redis: AUTH (with the
// user name when the string gives one), then PING, which go-redis needs
// to open the connection.
func checkRedis(ctx context.Context, t *target, d *dialer, timeout time.Duration) findings.Verification {
	// The connection is opened here and handed to go-redis, whose pool
	// would otherwise retry failed dials, log them on its global logger
	// and keep dialing in the background.
	conn, err := dialTLS(ctx, d, "tcp", joinHostPort(t.host, t.port), t)
	if err != nil {
		return t.failure(ctx, d, "connect", err)
	}
	handed := make(chan net.Conn, 1)
	handed <- conn
	opts := &redis.Options{
		Addr:            joinHostPort(t.host, t.port),
		Username:        t.user,
		Password:        t.password,
		Protocol:        2,
		DisableIdentity: true,
		MaxRetries:      -1,
		PoolSize:        1,
		DialTimeout:     timeout,
		ReadTimeout:     timeout,
		WriteTimeout:    timeout,
		MaintNotificationsConfig: &maintnotifications.Config{
			Mode: maintnotifications.ModeDisabled,
		},
		DialerRetries: 1,
		Dialer: func(context.Context, string, string) (net.Conn, error) {
			select {
			case c := <-handed:
				return c, nil
			default:
				return nil, errors.New("one connection per check")
			}
		},
	}
	// opts.DB stays 0: a SELECT would be a command after login. The
	// database number is reported as the string gives it.
	client := redis.NewClient(opts)
	defer client.Close()
	err = client.Ping(ctx).Err()
	if err == nil {
		return t.valid("authenticated", nil)
	}
	msg := err.Error()
	switch {
	case strings.HasPrefix(msg, "WRONGPASS"), strings.HasPrefix(msg, "ERR invalid password"),
		strings.HasPrefix(msg, "ERR invalid username-password"):
		return invalid("authentication refused (WRONGPASS)")
	case strings.Contains(msg, "without any password configured"):
		return t.valid("the server requires no password", nil)
	case strings.HasPrefix(msg, "NOPERM"):
		return t.valid("authenticated; PING not permitted", nil)
	case strings.HasPrefix(msg, "NOAUTH"):
		return invalid("authentication required (NOAUTH)")
	}
	return t.failure(ctx, d, "connect", err)
}

// dialTLS dials through d and, when the target asks for TLS, runs a
// verified TLS handshake on the connection (go-redis leaves TLS to a
// custom dialer).
func dialTLS(ctx context.Context, d *dialer, network, addr string, t *target) (net.Conn, error) {
	conn, err := d.DialContext(ctx, network, addr)
	if err != nil || t.tls != tlsRequire {
		return conn, err
	}
	tc := tls.Client(conn, &tls.Config{ServerName: t.host, MinVersion: tls.VersionTLS12})
	if err := tc.HandshakeContext(ctx); err != nil {
		conn.Close()
		return nil, fmt.Errorf("tls: %w", err)
	}
	return tc, nil
}

// joinHostPort joins a host and a port, bracketing IPv6 addresses.
func joinHostPort(host, port string) string {
	return net.JoinHostPort(host, port)
}
