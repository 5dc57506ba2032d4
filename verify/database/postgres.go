package database

import (
	"context"
	"crypto/tls"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/keysieve/keysieve/findings"
)

// checkPostgres logs in to a PostgreSQL (or CockroachDB, Redshift)
// server with pgconn, pgx's connection layer: startup, authentication,
// then Terminate. No query runs.
func checkPostgres(ctx context.Context, t *target, d *dialer, timeout time.Duration) findings.Verification {
	cfg, err := pgconn.ParseConfig("postgres:///?sslmode=disable")
	if err != nil {
		return findings.Verification{Status: findings.VerifyError, Detail: "pgx config: " + err.Error()}
	}
	port, err := strconv.ParseUint(t.port, 10, 16)
	if err != nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "invalid port"}
	}
	cfg.Host, cfg.Port = t.host, uint16(port)
	cfg.User, cfg.Password, cfg.Database = t.user, t.password, t.database
	cfg.ConnectTimeout = timeout
	cfg.DialFunc = d.DialContext
	cfg.LookupFunc = func(_ context.Context, host string) ([]string, error) {
		return []string{host}, nil // the caller's dialer resolves, and guards, the name
	}
	cfg.RuntimeParams = map[string]string{"application_name": "keysieve-verify"}
	cfg.ValidateConnect, cfg.AfterConnect = nil, nil
	cfg.Fallbacks = nil
	if t.tls != tlsDisable {
		cfg.TLSConfig = &tls.Config{ServerName: t.host, MinVersion: tls.VersionTLS12}
	}
	conn, err := pgconn.ConnectConfig(ctx, cfg)
	if err != nil && t.tls == tlsPrefer && strings.Contains(err.Error(), "server refused TLS connection") {
		// libpq's "prefer": plain text only when the server offers no TLS,
		// never after a certificate that does not verify.
		cfg.TLSConfig = nil
		conn, err = pgconn.ConnectConfig(ctx, cfg)
	}
	if err != nil {
		return t.pgFailure(ctx, d, err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	return t.valid("authenticated", map[string]string{"server_version": conn.ParameterStatus("server_version")})
}

// pgFailure classifies a failed PostgreSQL login by its SQLSTATE.
func (t *target) pgFailure(ctx context.Context, d *dialer, err error) findings.Verification {
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		switch {
		case pe.Code == "28P01":
			return invalid("password authentication failed (SQLSTATE 28P01)")
		case pe.Code == "3D000":
			return t.valid("authenticated; the database does not exist (SQLSTATE 3D000)", nil)
		case pe.Code == "28000" && strings.Contains(pe.Message, "pg_hba"):
			return findings.Verification{Status: findings.VerifyError, Detail: "the server refuses logins from this host (SQLSTATE 28000)"}
		case pe.Code == "28000":
			return invalid("login refused (SQLSTATE 28000)")
		}
		return findings.Verification{Status: findings.VerifyError, Detail: "server error (SQLSTATE " + pe.Code + ")"}
	}
	return t.failure(ctx, d, "connect", err)
}
