package database

import (
	"context"
	"crypto/tls"
	"errors"
	"strconv"
	"time"

	"github.com/go-sql-driver/mysql"

	"github.com/keysieve/keysieve/findings"
)

// checkMySQL logs in to a MySQL or MariaDB server with
// go-sql-driver/mysql: the handshake and authentication, then close. No
// statement runs.
func checkMySQL(ctx context.Context, t *target, d *dialer, timeout time.Duration) findings.Verification {
	cfg := mysql.NewConfig()
	cfg.User, cfg.Passwd, cfg.DBName = t.user, t.password, t.database
	cfg.Net, cfg.Addr = "tcp", joinHostPort(t.host, t.port)
	cfg.DialFunc = d.DialContext
	cfg.Timeout, cfg.ReadTimeout, cfg.WriteTimeout = timeout, timeout, timeout
	cfg.Logger = silentLogger{}
	switch t.tls {
	case tlsRequire:
		cfg.TLS = &tls.Config{ServerName: t.host, MinVersion: tls.VersionTLS12}
	case tlsPrefer:
		cfg.TLS = &tls.Config{ServerName: t.host, MinVersion: tls.VersionTLS12}
		cfg.AllowFallbackToPlaintext = true
	}
	connector, err := mysql.NewConnector(cfg)
	if err != nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "mysql config: " + t.redact(err.Error())}
	}
	conn, err := connector.Connect(ctx)
	if err != nil {
		return t.mysqlFailure(ctx, d, err)
	}
	conn.Close()
	return t.valid("authenticated", map[string]string{"server_version": mysqlVersion(d.greeting())})
}

// mysqlFailure classifies a failed MySQL login by its error number.
func (t *target) mysqlFailure(ctx context.Context, d *dialer, err error) findings.Verification {
	var me *mysql.MySQLError
	if errors.As(err, &me) {
		code := strconv.Itoa(int(me.Number))
		switch me.Number {
		case 1045:
			return invalid("access denied (error 1045)")
		case 1044, 1049:
			// Sent after the password was accepted.
			return t.valid("authenticated; no access to the database (error "+code+")", map[string]string{"server_version": mysqlVersion(d.greeting())})
		case 1130:
			return findings.Verification{Status: findings.VerifyError, Detail: "the server refuses connections from this host (error 1130)"}
		}
		return findings.Verification{Status: findings.VerifyError, Detail: "server error " + code}
	}
	return t.failure(ctx, d, "connect", err)
}

// mysqlVersion reads the server version from the initial handshake
// packet: a 4-byte header, protocol version 10, then the version as a
// NUL-terminated string.
func mysqlVersion(greeting []byte) string {
	if len(greeting) < 6 || greeting[4] != 10 {
		return ""
	}
	rest := greeting[5:]
	for i, c := range rest {
		if c == 0 {
			return string(rest[:i])
		}
		if c < 0x20 || c > 0x7e {
			return ""
		}
	}
	return ""
}

// silentLogger drops the driver's log lines: they go to no output of ours.
type silentLogger struct{}

func (silentLogger) Print(...any) {}
