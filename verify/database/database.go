// Package database verifies leaked database credentials by logging in:
// it parses a connection string (a URI, a JDBC URL, an ADO.NET or libpq
// key/value string, a StackExchange.Redis configuration string), connects
// to the host it names through the caller's dialer, and authenticates
// with the database's most-used Go driver (pgx, go-sql-driver/mysql,
// go-redis, mongo-go-driver). Nothing runs after login but the driver's
// handshake (and a PING for Redis and MongoDB, whose drivers log in
// lazily). No secret appears in any Detail: driver messages are
// sanitized before they are returned.
package database

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/keysieve/keysieve/findings"
)

// Kind names the format of a connection string, and so the protocol a
// check speaks. KindJDBC and KindADONET choose the protocol from the
// string itself (the JDBC subprotocol, the ADO.NET keys).
type Kind string

// The kinds Check understands.
const (
	KindPostgres    Kind = "postgres"    // postgres:// URIs and libpq key=value strings
	KindCockroachDB Kind = "cockroachdb" // cockroachdb:// URIs (PostgreSQL protocol)
	KindMySQL       Kind = "mysql"       // mysql:// and mariadb:// URIs
	KindRedis       Kind = "redis"       // redis:// and rediss:// URIs, StackExchange.Redis strings
	KindMongoDB     Kind = "mongodb"     // mongodb:// and mongodb+srv:// URIs
	KindJDBC        Kind = "jdbc"        // jdbc:postgresql:, jdbc:mysql:, jdbc:mariadb:, jdbc:redshift:
	KindADONET      Kind = "adonet"      // ADO.NET / ODBC key=value; strings for PostgreSQL or MySQL
)

// ruleKinds maps the keysieve rules whose connection strings this
// package can check to the kind of string each rule matches.
var ruleKinds = map[string]Kind{
	"postgres-uri":                        KindPostgres,
	"libpq-connection-string":             KindPostgres,
	"cockroachdb-uri":                     KindCockroachDB,
	"mysql-uri":                           KindMySQL,
	"redis-uri":                           KindRedis,
	"azure-cache-redis-connection-string": KindRedis,
	"mongodb-uri":                         KindMongoDB,
	"jdbc-url-password":                   KindJDBC,
	"adonet-connection-string":            KindADONET,
}

// ForRule says which kind of connection string a rule matches, and
// whether this package can check it.
func ForRule(ruleID string) (Kind, bool) {
	k, ok := ruleKinds[ruleID]
	return k, ok
}

// Options are what a check needs from its caller.
type Options struct {
	// Dial opens every network connection a check makes. The verify
	// framework passes a guarded dialer that refuses private addresses;
	// an error from Dial that is not a net.Error (a refusal by policy,
	// not by the network) makes the check skipped. Required.
	Dial func(ctx context.Context, network, addr string) (net.Conn, error)
	// Timeout bounds the whole check; DefaultTimeout when zero.
	Timeout time.Duration
}

// DefaultTimeout bounds a check when Options.Timeout is zero.
const DefaultTimeout = 10 * time.Second

// Check logs in with the credentials in connString, a connection string
// of the given kind, and reports whether the server accepted them. The
// rules' secret groups capture only the password: use CheckMatch to
// check a finding from the text around it.
func Check(ctx context.Context, kind Kind, connString string, opts Options) findings.Verification {
	t, err := parse(kind, connString)
	if err != nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: redactAll(err.Error(), connString)}
	}
	return t.check(ctx, opts)
}

// check runs the login for a parsed target.
func (t *target) check(ctx context.Context, opts Options) findings.Verification {
	if t.unsupported != "" {
		return findings.Verification{Status: findings.VerifySkipped, Detail: t.unsupported}
	}
	if opts.Dial == nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "no dialer"}
	}
	timeout := opts.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	ctx, stop := context.WithCancel(ctx)
	defer stop()
	d := &dialer{dial: opts.Dial, onRefuse: stop}
	var v findings.Verification
	switch t.proto {
	case KindPostgres:
		v = checkPostgres(ctx, t, d, timeout)
	case KindMySQL:
		v = checkMySQL(ctx, t, d, timeout)
	case KindRedis:
		v = checkRedis(ctx, t, d, timeout)
	case KindMongoDB:
		v = checkMongo(ctx, t, d, timeout)
	default:
		v = findings.Verification{Status: findings.VerifySkipped, Detail: fmt.Sprintf("no check for %s", t.proto)}
	}
	v.Detail = t.redact(v.Detail)
	return v
}

// failure turns a connection or login error that was not a refusal of
// the credentials into a verification: skipped when the dialer refused
// every address by policy, error otherwise.
func (t *target) failure(ctx context.Context, d *dialer, what string, err error) findings.Verification {
	if refused := d.refusal(); refused != nil {
		return findings.Verification{Status: findings.VerifySkipped, Detail: "connection not allowed: " + t.redact(refused.Error())}
	}
	var ne net.Error
	deadline, ok := ctx.Deadline()
	switch {
	case errors.Is(err, context.DeadlineExceeded) || errors.Is(ctx.Err(), context.DeadlineExceeded) ||
		(errors.As(err, &ne) && ne.Timeout()) || (ok && !time.Now().Before(deadline)):
		// Drivers report their own read deadlines in their own words
		// ("invalid connection"): past the check's deadline, it is a timeout.
		return findings.Verification{Status: findings.VerifyError, Detail: what + ": timeout"}
	}
	return findings.Verification{Status: findings.VerifyError, Detail: what + ": " + t.redact(err.Error())}
}

// valid is the verification of an accepted login.
func (t *target) valid(detail string, extra map[string]string) findings.Verification {
	id := map[string]string{"host": t.host}
	if t.user != "" {
		id["user"] = t.user
	}
	if t.database != "" {
		id["database"] = t.database
	}
	for k, v := range extra {
		if v != "" {
			id[k] = t.redact(v)
		}
	}
	return findings.Verification{Status: findings.VerifyValid, Detail: detail, Identity: id}
}

// invalid is the verification of a refused login.
func invalid(detail string) findings.Verification {
	return findings.Verification{Status: findings.VerifyInvalid, Detail: detail}
}
